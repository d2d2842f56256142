"""Lines that send the reader to other articles: "lire aussi" links, teasers and their labels,
"read on <site>" prompts; whole lines read by `interface.is_ui` with the rest of the page's interface."""

from __future__ import annotations

# Each is a whole line (`full_lines.full_line`): a sentence that merely contains one of these
# words is never dropped.
TEASER_LINES: tuple[str, ...] = (
    # (glued to the next box's heading too: "Lire la suiteLes dernières actualités")
    r"(?:à |a )?(?:lire|voir|écouter|regarder) (?:aussi|également|la suite|plus|notre dossier)"
    r"(?:\b|(?=[A-ZÀ-Ý])).{0,160}",
    r"(?:read|see) (?:also|more)\b.{0,80}",
    r".{0,160}\b(?:est|sont) à (?:lire|voir|revoir|retrouver|écouter|consulter) ici\s*[.!]?",
    # a feed's footer
    r"l['’]article .{5,300} est apparu en premier sur .{2,80}",
    r"(?:voir )?tous (?:mes|ses|les|nos) articles",
    # Teasers and their links: "► ARTICLE // L'Union s'incline …", "La suite…. https://…",
    # "Continue Reading".
    r"[►▶→]\s*[A-ZÀ-Ý]{3,}\s*(?://|\|)\s*\S.{0,200}",
    r"(?:la suite|lire la suite|suite)\W{0,8}https?://\S+",
    r"(?:continue reading|continuer la lecture)\W{0,4}",
    # A box of related articles by topic: "En parlant de Vladimir Poutine:".
    r"en parlant de\b.{1,60}:",
    # A box about the article, a cross-reference: "Coup d'œil sur cet article", "Pour le
    # contexte, voir notre article sur …".
    r"coup d['’](?:oe|œ)il sur cet article",
    r"(?:pour [^,]{1,80}, )?voir (?:notre|nos|l['’]|cet) (?:article|dossier|papier)s?\b.{0,160}",
    r"(?:en ce moment,? )?d['’]autres lisent",
    # A teaser box's label: "Ne ratez pas !", "À ne pas manquer".
    r"(?:ne (?:ratez|manquez) pas|(?:à|a) ne pas (?:manquer|rater))\s*[!.:…]?",
    # "Read on <site>", "(Re)lire", "Lire l'article complet".
    r"(?:\(re\)lire|relire)\b.{0,120}",
    r"(?:à|a) (?:lire|voir|écouter|regarder|retrouver|suivre)(?: aussi| également| ensuite|\s*:).{0,120}",
    # (A capital after "sur": "À suivre sur le terrain, …" may open a sentence.)
    r"(?:à|a) (?:lire|voir|revoir|écouter|réécouter|regarder|retrouver|suivre)\b.{0,40}\bsur"
    r" (?-i:[A-ZÀ-Ý0-9]|notre|le site).{0,100}",
    r"(?:lire|voir|écouter|regarder) (?:l['’]article |la suite |l['’]intégralité )?(?:sur|dans)"
    r" (?-i:[A-ZÀ-Ý0-9]"
    r"|notre|le site).{0,100}",
    r"lire l['’]article (?:complet|original|entier)\b.{0,80}",
    r"related (?:posts|articles|stories)",
    # Teaser links ("> Coronavirus : …") and date labels without a date ("Publié hier à 17h00").
    r">\s*\S.{0,200}",
    # Box labels ("À voir"; the article's own, such as "L'essentiel", are kept); punctuation alone.
    r"(?:à|a) (?:voir|lire|écouter|regarder|suivre|la une)",
)
