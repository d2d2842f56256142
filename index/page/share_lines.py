"""Lines of a page's share, follow and comment widgets and of the posts it embeds: whole lines of
page furniture, read by `interface.is_ui` with the rest of the page's interface."""

from __future__ import annotations

from index.page.box_lines import OTHER_ARTICLES_HEADING

# Each is a whole line (`full_lines.full_line`): a sentence that merely contains one of these
# words is never dropped.
SHARE_LINES: tuple[str, ...] = (
    r"(?:partager|partagez|partage|share|tweet(?:er)?|imprimer|print|envoyer|e-?mail|mail|copier le lien"
    r"|conserver|sauvegarder"
    r"|copy link|copy url|copier l['’]url|google news"
    r"|facebook|twitter|whatsapp|linkedin|telegram|pinterest|flipboard|x)"
    r"(?:\s+(?:sur|on|via|par|cet article|l['’]article|this|this article)\b.*)?\s*:?",
    # social follow prompts, a local edition's picker, the browser's own notices
    r"(?:follow|suivez|suivre)\s+(?:@?[\w.-]+|nous|us)\s+(?:on|sur)\s+\w+.{0,40}",
    # A tweet embedded in the page, or a feed of them: "… -> https://t.co/…", "pic.twitter.com/…".
    r".{0,400}(?:https?://t\.co/|pic\.twitter\.com/)\S+.{0,200}",
    # (its link cut by the scrape, "… aux côtés de Thierry… pic.twitt"; or its text naming two
    # accounts, which an article names by their holders: "… le préfet @NunezL et @Prefet93 …")
    r".{0,300}\bpic\.twit\S*",
    r"(?=(?:.*?(?:^|\s)@\w{3,}){2}).{0,300}",
    # A line of hashtags alone: an embedded post's tags ("#Sécurité", "#Lyon #Grève").
    r"(?:#[\w-]{2,}\s*){1,6}",
    r"live terminé|tout le live|tweetez|envoyez",
    r"(?:\d*|one|no|un|aucun)\s*(?:commentaires?|comments?|réactions?)",
    r"(?:réagir|réagissez|laisser un commentaire|leave a comment|ajouter un commentaire)\b.{0,60}",
    r"(?:suis|suivez|rejoins|rejoignez)[- ]nous sur les réseaux.{0,40}",
    # A follow prompt glued after its button's label: "Kerne.net Google News Suivez kerne.net
    # sur Google News".
    r".{0,60}\bsuivez\s+\S+\s+sur\s+(?:google news|whatsapp|facebook|twitter|x|instagram|telegram|youtube"
    r"|tiktok|linkedin|threads|bluesky)",
    # An embedded post's signature: "— Stade Kerne (@StadeKerne) January 3, 2024", or with
    # the day in French, "— Léa R. (@LeaKerne) 26 Janvier 2014"
    r"[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2}(?:er)? [^\W\d_]{3,9} \d{4})",
    # an embedded post's frame: "Voir cette publication sur Instagram", "Une publication
    # partagée par Angèle (@angele_vl) le"
    r"voir cette publication sur \w+|une publication partagée par .{1,80}\(@[\w.]+\)(?: le\b.{0,40})?",
    r"partager (?:cet |l['’])article\S*(?:\s+\S+){0,2}",
    r"(?:sur (?:facebook|twitter|linkedin|whatsapp|x|instagram|telegram|bluesky|threads)\s*){2,}",
    # A comments box's and a theme's leftovers: "Reactions", "List is empty.", "post_thumb_default".
    r"reactions?|list is empty\.?|no comments?( yet)?\.?",
    # a comment box's links and notices, a teaser's age, an audio player's clock
    r"(?:voir|afficher|lire) (?:les|tous les) commentaires|(?:aucun|pas de) commentaires?",
    # "Suivez-nous sur …", "Suivez notre direct"; not a live page's headline ("Suivez le
    # multiplex de la dernière journée").
    r"(?:suivez(?:-nous| nous)|follow us)\b.{0,80}",
    r"connect with us|follow us\b.{0,40}",
    # A content manager's buttons, spaced or run together ("PDFImprimerEnvoyer"), its readers'
    # rating ("(17 votes, moyenne 3.65 sur 5)"), its menu's heading ("Kerne Infos - Rubriques").
    r"(?:(?:PDF|Imprimer|Envoyer|E-?mail|Print)\s*){2,}",
    r"(?:\d+\s*)?(?:partages?|shares?|j['’]aime|likes?)(?:\s*\d+)?",
    r"(?:partager|partagez|commenter|réagir)\s*(?:cet article)?\s*\(?\d*\)?",
    # a chain of share buttons, each may say so: "Partager sur Twitter Partager sur Linkedin"
    r"(?:(?:(?:partager|partagez|share)\s+(?:sur|on|via)\s+)?"
    r"\(?(?:facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|e-?mail|courriel|messenger|bluesky"
    r"|threads|reddit|imprimer|partager|copier le lien|flipboard|instagram|youtube|tiktok"
    r"|google\s?(?:\+|plus))\)?"
    # (the next box's heading glued on: "Facebook Twitter Google+ Les dernières actualités")
    rf"\s*[|,·•/]?\s*){{2,}}(?:{OTHER_ARTICLES_HEADING})?",
    r"@[\w.]{2,30}",
)
