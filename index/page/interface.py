"""Lines of a page's interface, wherever they stand: share bars, buttons, login and paywall
boxes, ads, players, consent banners, promos."""

from __future__ import annotations

import re
from functools import lru_cache

from index.page.account_boxes import ACCOUNT_BOX_LINES
from index.page.box_lines import BOX_LINES
from index.page.calls_to_action import is_emoji_promo
from index.page.full_lines import full_line
from index.page.furniture_sentences import FURNITURE_SENTENCE_WORDS, FURNITURE_SENTENCES
from index.page.live_lines import LIVE_LINES
from index.page.navigation_lines import NAVIGATION_LINES
from index.page.picture_lines import PICTURE_LINES
from index.page.share_lines import SHARE_LINES
from index.page.teaser_lines import TEASER_LINES

# A date's labels the scrape left without their dates: "Publié le · Mis à jour le".
_EMPTY_DATE_LABEL = (
    r"(?:(?:publié|mis à jour|mis en ligne|modifié|actualisé|updated|published)(?: le| on)?"
    r"\s*[·|•,–-]?\s*){1,3}"
)


# A station's name and frequency: "Lyon 98.4 FM" (a player's list of them, or a masthead).
STATION = r"[\w'’ -]{2,30}\s\d{2,3}[.,]\d\s?(?:FM|MHz)"


# Lines that are page furniture wherever they stand. Each is a whole line: a sentence
# that merely contains one of these words is never dropped.
_UI = full_line(
    *ACCOUNT_BOX_LINES,
    *BOX_LINES,
    *PICTURE_LINES,
    *LIVE_LINES,
    *NAVIGATION_LINES,
    *SHARE_LINES,
    *TEASER_LINES,
    # A widget's label and value glued, the same word twice: "BruxellesBruxelles".
    r"(?-i:(?P<twice>[A-ZÀ-Ý][a-zà-ÿ-]{2,})(?P=twice))",
    # A teaser's age and byline before its title: "Il y a 2 heures | Par Léa Morvan Le …"
    r"il y a\s+\d+\s*(?:min(?:utes?)?|h|heures?|jours?)\s*\|.{0,300}",
    r"sommaire(?: du dossier)?|(?:des |les |toutes les |l['’])?infos? en continu",
    # An app's prompt on a phone ("Vous êtes sur smartphone ?" / "Télécharger →" / "Non
    # merci"), a layout's leftover, a flash's badge.
    r"vous êtes sur (?:smartphone|mobile|tablette|votre mobile)\s*\??|télécharger\s*[→>»]?|non merci",
    # (the e-paper's button, named for the title: "Télécharger Bordeaux7")
    r"télécharger (?-i:[A-ZÀ-Ý])[\w'’.-]*(?: [\w'’.-]+)?",
    r"s[ée]parateur|urgent|alerte info|breaking news",
    # An archive's warning; a link's prompt ("Le compte-rendu … est à lire ici."); a partner's
    # thanks; a reproduction notice; French TV's legal notice.
    r"(?:prenez note que |veuillez noter que )?cet article ne fait plus l['’]objet"
    r" de mises? à jour\b.{0,200}",
    r"\S.{0,40} remercie ses partenaires\b.{0,80}",
    r"toute reprise (?:totale|partielle|totale ou partielle|totale où partielle)\b.{0,200}",
    r"attention\s*:\s*regarder la télévision\b.{0,200}",
    r"\d[\d\s]*visiteurs? (?:en ce moment|en ligne|connectés?)",  # a site's counter
    r"(?:nos réseaux sociaux|nous suivre|suivez-nous)\s*:?",
    # A page builder's anchors and author badge: "top of page", "Writer's picture: X".
    r"(?:top|bottom) of page|(?:writer['’]s picture|photo du rédacteur|photo de l['’]auteur)\s*:.{0,80}",
    # (between dashes: "- Advertisement -")
    r"(?:[-–—]\s)?(?:publicité|advertisement|advertising|annonces?|sponsorisé|contenu sponsorisé|sponsored"
    r"|pub|ads?)(?:\s[-–—])?",
    # an ad's break in the text, a shop's empty basket
    r"(?:la )?suite (?:après|sous) (?:la|cette) publicité|(?:votre |le )?panier est vide",
    r"ads? by \S.{0,40}",
    # a readers' survey over the page
    r"(?:votre avis nous intéresse|répondre à (?:cette|notre) enquête\b.{0,80}"
    r"|(?:un )?(?:grand )?merci pour votre participation)\s*[.!]?",
    # a radio player's stations and icons' names: "Lyon 98.4 FM", "skip_previous skip_next"
    STATION,
    r"[a-z]+(?:_[a-z]+)+(?:\s+[a-z]+(?:_[a-z]+)+)*",
    # a consent box's button
    r"(?:gérer|paramétrer|personnaliser) (?:mes|vos) (?:choix|cookies|préférences)",
    r"(?:tout (?:accepter|refuser|décliner)|accepter|refuser|décliner|en savoir plus(?: ok)?|ok"
    r"|fonctionnels?|analytiques?|statistiques|préférences|nécessaires)",
    # A site describing itself: "Retrouvez ici, toutes les infos … de la vie montreusienne."
    r"retrouvez,? (?:ici|sur (?:ce|notre) site|chaque jour)\b.{0,360}",
    # An archive's notice, an app store's prompts, a contact box's lines.
    r"cet article fait partie des archives\b.{0,300}",
    r"(?:installe[zr]?|télécharge[zr]?) (?:gratuitement )?(?:notre |l['’])app(?:li(?:cation)?)?\b.{0,80}",
    r"(?:pour |sur )?iphone,? ipad(?:,| et) android",
    r"(?:réception|tél(?:éphone)?\.?|tel\.?|fax|standard|whats['’]?app|mail|e-mail|courriel|jeux|rédaction)"
    r"\s*:\s*(?:\+?\d[\d\s().-]{6,}|\S+(?:@|\(at\))\S+)",
    r"(?:cp|case postale|bp)\s*\d{1,5}",
    r"\d{4,5}\s+[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2}(?:\s+\d{1,2})?",
    r"(?:rue|avenue|av\.|boulevard|bd|chemin|route|place|quai|allée)\s+[\w'’ .-]{2,40}\s+\d+\w?",
    r"(?:restez informée?s?|link|alerte|view all results?|no results?|logo\s+\S.{0,50}"
    r"|(?:site|user|author|calendar|clock|comment|time) icon\b.{0,60})",
    # A station's or a paper's tagline: "La 1re radio en Gaspésie", "Votre premier site d'info".
    r"(?:la |le |votre |ta )?(?:1re|1ère|1er|première|premier|n°\s?1|numéro un)\s+(?:radio|site|journal"
    r"|quotidien|hebdo|média|télé|chaîne)\b.{0,60}(?<![.!?])",
    r"(?-i:Gracieuseté|Courtoisie)\s+(?-i:[A-ZÀ-Ý])[^.!?]{0,70}",
    r"(?:vidéo|video)\s*:\s*\S+(?:\s+\S+){0,4}",  # a credit; not "Vidéo : <a video page's headline>"
    r"\d+",  # a counter, an id
    # A platform's link alone on its line (an embedded post or video), a share button glued to the next
    # one ("Partager cet articleClose Button"), a rights notice.
    r"https?://(?:www\.|m\.)?(?:facebook|twitter|x|instagram|youtube|youtu|tiktok|t)\.\w+/\S*",
    r"(?:tous )?droits (?:de [\w ]{1,60})?réservés\b.{0,300}",
    # A reproduction notice, a counter of readers, a live player's notices.
    r"toute reproduction (?:même partielle |totale ou partielle )?(?:est )?interdite\b.{0,80}",
    r"(?:visits?|vues?|views?|lectures?|lu)\s*:?\s*\d[\d\s]*(?:fois)?",
    r"si (?:le|la|ce|cette|l['’]) ?\w+(?: \w+)? ne s['’]affiche pas\b.{0,100}",
    r".{0,120}\bcliquez ici\s*[.!]?",
    r"-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]",
    r"(?:urgences?|police|pompiers|samu|secours|ambulance)\s*:?\s*\d{2,4}",
    r"(?-i:Application|Appli) (?-i:[A-ZÀ-Ý]).{0,60}",
    r"\*\s*(?:indicates required|champs? obligatoires?)",
    r"\d+(?:\s+\d+){1,3}|\d*\s*(?:views?|vues)",
    r"(?:jpe?g|png|gif|webp|pdf)\s*[-–]\s*[\d.,]+\s*[kmg]o",  # a picture's file: "JPEG - 95.5 ko"
    r"voir (?:tous )?les résultats\b.{0,120}",
    # An ad's picture named by its size: "MTN NEW GO 970x250 Px-01-1".
    r"(?:\S+\s+){0,6}\S*\d{3,4}\s?[x×]\s?\d{2,4}\S*(?:\s+\S+){0,3}(?<![.!?…])",
    # A place's front page: "Tunis - A la une".
    r"[\w'’ -]{2,30}\s[-–]\s(?:à|a) la une",
    r"[a-z0-9]+(?:_[a-z0-9]+)+",
    # A promo for the outlet's channel: "Nous expliquons tout sur notre chaîne YouTube. Abonnez-vous !"
    r".{0,120}\babonnez-vous\s*!",
    # A consent box's categories: "Les cookies nécessaires activent les fonctionnalités de base …"
    r"(?:les )?cookies (?:nécessaires|fonctionnels|analytiques|publicitaires|de performance"
    r"|statistiques)\b.{0,300}",
    r"(?:les plus lus|most read|tendances|trending|à la une|en continu|(?:le |en )?direct|live)",
    # other news under the article: "Fil d'actualité", "Dans le reste de l'actu..."
    r"(?:fil d['’]actualités?|fil info|(?:dans|tout) le reste de l['’]actu(?:alité)?)\s*(?:\.\.\.|…)?",
    r"souhaitez-vous recevoir une notification\b.{0,160}",
    r".{0,200}\bs['’]abonner",
    r"il y a\s+\d+\s*(?:h|min|s|j|heures?|minutes?|jours?|mois|ans?)\b(?:\s*\d+\s*(?:min|minutes?))?",
    r"(?:avez-vous|vous avez) (?:quelque chose|une remarque|une question|découvert une erreur)\b.{0,160}",
    r"(?:signaler une erreur|report an error|vous pouvez nous transmettre).{0,160}",
    r"(?:tags?|mots[- ]clés|thèmes?|sujets?(?: associés| liés| connexes)?|keywords)\s*:.{0,200}",
    r"suivez (?:toute |notre |nos |en direct )?(?:l['’]actualité|page|compte|chaîne|fil|direct|live"
    r"|newsletter"
    r"|réseaux)\b.{0,80}",
    r"(?:télécharge[rz] l['’]appli(?:cation)?|download the app)\b.{0,200}",
    r"share with|(?:articles? |les plus )?récents?|vus|lus",
    # A news ticker, its items between slashes: "Burkina : le cinéaste … / les échanges entre … /".
    r"(?:[^/]{20,}\s/(?:\s+|$)){2,}[^/]*|flash info\s*:?",
    # A widget's quotation: "Proverbe du Jour : « … » Steve Jobs".
    r"(?:proverbe|citation|pensée|verset|hadith) du jour\s*:.{0,300}",
    r"(?:temps|durée) de lecture\s*:?.{0,20}(?:\s*(?i:crédits?(?: photos?)?|photos?)\s*:.{0,40})?",
    # The rights' line alone, and an author's label in inclusive writing: "Auteur⸱e".
    r"(?:\(c\)|©)\s*tous droits réservés\.?|auteur(?:[⸱·.]e|\(e\))?s?\s*:?",
    r"\d+\s*min(?:utes?)?\s*(?:\d+\s*)?de lecture",  # ("11 min 2 de lecture")
    r"\d{1,2}\s?mn\.?",  # a reading time alone: "4 mn"
    # A live match's scoreboard ("0 : 2"); a radio's now-playing box, the song, then its artist
    # in capitals ("En ce moment Titre ARTISTE").
    r"\d{1,2}\s?:\s?\d{1,2}",
    # The site's tagline: "Journal d'investigation en ligne", "Quotidien d'information régional".
    r"(?:le |un )?(?:journal|quotidien|hebdo(?:madaire)?|magazine|média|site|webzine|mensuel|portail)"
    r"(?: (?:en ligne|indépendant|régional|local|citoyen|participatif|gratuit|numérique))*"
    r" d['’](?:informations?|investigation|actualités?|analyses?|enquêtes?)"
    r"(?: (?:en ligne|indépendante?|régionale?|locale?|citoyenne?|générale|économique|politique|sportive))*",
    r"(?:contactez[- ]nous|nous contacter)\b.{0,80}",
    r"couverture d[eu] .{0,40}n°\s*\d+.{0,20}",
    # Broadcast plugs: "À suivre ce soir sur LCI", "Revoir l'émission en replay".
    r"(?:revoir|réécouter|regarder|écouter)"
    r" (?:l['’]émission|le replay|la vidéo|le podcast|l['’]épisode)\b.{0,80}",
    # A live article's note: "Cet article est régulièrement mis à jour, cliquez ici pour …"
    r"cet article est (?:régulièrement |constamment )?(?:mis à jour|actualisé)\b.{0,120}",
    r"retrouvez\b.{0,60}\b(?:sur|en replay|en podcast|dans notre)\b.{0,80}",
    # Error reports.
    r"(?:vous avez|avez-vous) (?:repéré|remarqué|trouvé|vu|relevé) une (?:erreur|faute|coquille)\b.{0,120}",
    # ("Vous voulez communiquer un renseignement ou vous avez repéré une erreur ?")
    r"vous (?:voulez|souhaitez) (?:nous )?(?:communiquer|transmettre|signaler)\b.{0,60}"
    r"\b(?:erreur|faute|coquille|renseignement|information)\b.{0,60}",
    # A local paper's appeal: "Soutenez une presse locale de qualité"
    r"soutenez (?:une |la |notre )?(?:presse|information|journalisme)\b.{0,60}",
    r"signaler (?:un contenu|un abus|une erreur|une faute|un problème|ce contenu|ce commentaire)\b.{0,60}",
    r"une (?:erreur|faute) (?:dans cet article|à (?:nous )?signaler)\b.{0,80}",
    # Empty date labels ("Publié le · Mis à jour le"), reading time, share and comment counts.
    _EMPTY_DATE_LABEL,
    # (after an icon's name: "schedule LECTURE 7 MIN")
    r"(?:(?:schedule|access_time|timer|clock)\s+)?(?:lecture|reading time)\s*:?\s*\d+\s*min(?:utes?)?\.?",
    r"\(?\d+\s+votes?\s*,\s*moyenne\s+[\d.,]+\s+sur\s+\d+\s*\)?",
    r"[^-–—]{2,30}\s[-–—]\s(?:rubriques|catégories|sections)",
    # A reader thanked for the picture; the letters page's rules; a broadcaster's plug.
    r"merci (?:à )?(?-i:[A-ZÀ-Ý][\w'’-]+)(?: (?-i:[A-ZÀ-Ý][\w'’-]+))?"
    r" pour (?:la|cette|ces|les|sa|ses) photos?\b.{0,20}",
    r"(?:vous voulez|envie de|pour) réagir à l['’]actualité\s*\?.{0,300}",
    r".{0,100}\brendez-vous sur (?:l['’]antenne|nos antennes|notre antenne)\b.{0,100}",
    # A download's link: "Téléchargez le PDF en cliquant ici."
    r"(?:téléchargez|télécharger) (?:le|la|notre|votre) (?:pdf|document|fichier|version pdf|brochure)"
    r"\b.{0,40}",
    r"\d+\s*min(?:utes?)?\.?",
    r"(?:dernière )?(?:publié|mis à jour|mise à jour|modifié|actualisé)"
    r"(?:\s*:?\s+(?:hier|aujourd['’]hui|avant-hier|il y a)\b.{0,30})?",
    r"[\W_]{1,12}",
    # A date's or a byline's words left alone by the scrape: "Published" / "on", "Publié" / "le".
    r"(?:on|le|par|by|à|(?:écrit|rédigé|written) (?:par|by))",
    r"(?P<letter>[a-z])(?P=letter){2,}",  # a test's or a slip's "hhh"
)

_MACHINE_TRANSLATION = re.compile(
    r"(?:automatically generated|machine[- ]translat|traduction automatique|traduit automatiquement"
    r"|automatiquement traduit|generated by (?:the )?ai|inaccuracies in translat"
    r"|traduction (?:générée|réalisée) par)",
    re.IGNORECASE,
)

# No furniture pattern matches a longer line; checking the length first saves the regex
# engine's backtracking over every paragraph of every article.
LONGEST_FURNITURE = 400


# Patterns that scan a long line for a word: asked only of lines holding one of their words.
_UI_BY_WORD = full_line(*FURNITURE_SENTENCES)


_EMPTIED_DATE = full_line(_EMPTY_DATE_LABEL)


# An aggregator's "about" box, however long: "X publie environ 400 articles par jour provenant …".
_AGGREGATOR_S_ABOUT_BOX = re.compile(
    r"^\s*\S.{0,60}\bpublie (?:environ |plus de |près de )?\d[\d\s]* articles par jour\b"
)


def is_empty_date_label(line: str) -> bool:
    """ "Publié le , mis à jour": a date's labels without their dates."""
    return bool(_EMPTIED_DATE.match(line))


def is_ui(line: str) -> bool:
    """Page furniture: share bars, ads, teaser labels, credits, lone numbers."""
    if _MASKED_TEXT.fullmatch(line):
        return True  # a paywall's text masked letter by letter, short or long
    if _TEMPLATE_FIELD.search(line):
        return True  # a widget whose template was never filled: "{{ temperature }}° C"
    if len(line) > LONGEST_FURNITURE:
        return (
            is_machine_translation_notice(line)
            or line.lstrip().startswith(("<image>", "[image:"))
            or bool(_AGGREGATOR_S_ABOUT_BOX.match(line))
        )
    return _is_short_ui(line)


_MASKED_TEXT = re.compile(r"(?:\*+[\s.,;:'’!?-]*){6,}")
_TEMPLATE_FIELD = re.compile(r"\{\{\s*[\w.]+\s*\}\}|\{%\s*\w+")


@lru_cache(maxsize=4096)  # (asked of the same lines by every stage of the parse)
def _is_short_ui(line: str) -> bool:
    if _UI.match(line) or is_machine_translation_notice(line) or is_emoji_promo(line):
        return True
    if _AGGREGATOR_S_ABOUT_BOX.match(line):
        return True
    if _FILE_NAME_WORDS.match(line):
        return True
    lower = line.lower()
    return any(word in lower for word in FURNITURE_SENTENCE_WORDS) and bool(_UI_BY_WORD.match(line))


# A picture's alt text made of its file's name: lower-case words around an identifier
# ("cameroon 2019 population c 922539123 yaounde carrefour …"). No headline or sentence
# writes seven digits or more without a space.
_FILE_NAME_WORDS = re.compile(
    r"^\s*[a-z0-9][a-z0-9 _-]*(?<![\d.,])\d{7,}(?![\d.,])[a-z0-9 _-]*$"
    # or a picture's identifier alone: "file78fyhxwauepowpxj4uh" (no word is 16 letters and
    # digits in lower case)
    r"|^\s*(?=[a-z]*\d[a-z]*\d)[a-z0-9]{16,64}\s*$"
)


def is_machine_translation_notice(line: str) -> bool:
    return bool(_MACHINE_TRANSLATION.search(line)) and len(line) < 600
