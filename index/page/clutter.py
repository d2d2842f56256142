"""Lines of a scraped page around the article: footers, section labels, bylines, breadcrumbs."""

from __future__ import annotations

import re
import unicodedata

from index.areas import is_place_label
from index.page.full_lines import full_line
from index.page.interface import LONGEST_FURNITURE

# Lines after which nothing belongs to the article: comment sections, "related" blocks, footers.
_FOOTER = full_line(
    r"(?:ceci|cela) (?:pourrait|peut) (?:également|aussi) vous intéresser\s*:?",
    r"(?:vous (?:aimerez|pourriez aimer|aimerez aussi|aimeriez (?:peut-être|aussi))|à découvrir aussi"
    r"|à découvrir également|nos suggestions|recommandé pour vous)\b.{0,60}",
    r"(?:sur le même (?:sujet|thème)|dans la même rubrique"
    r"|(?:les )?(?:articles?|tags?) (?:similaires|liés|associés|recommandés|en relation))\s*:?",
    r"(?:plus d['’]articles|more stories|related (?:articles|stories|news)|you may also like)\b.{0,40}",
    r".{0,60}\bvoir plus",
    r"\d+\s+(?:commentaires?|comments?)\s*:?|(?:commentaires?|comments?)\s*\(\d+\)",
    r"\d+\s+(?:de|sur)\s+\d+\s+commentaires?\b.{0,60}",  # "2 de 2 commentaires pour l'article 117999"
    # A blog's comments under their count and the article's title: "3 réflexions sur « … »".
    r"(?:\d+|une?) (?:réflexions?|commentaires?|réponses?|thoughts?|responses?|comments?) (?:sur|à|on|to)"
    r"\s*[«“\"].{1,200}",
    # The article's neighbours together, then other content: "Previous ArticleNext Article".
    r"(?:previous (?:article|post)\s*next (?:article|post)|article précédent\s*article suivant)",
    r"votre commentaire s['’]affichera\b.{0,120}",
    # A reader's comment under the buttons of the one above, scraped glued: "Signaler RépondreIl faut …"
    r"(?:signaler\s*répondre|répondre\s*signaler)\S.{0,1000}",
    r"(?:laisser un commentaire|leave a comment|réagissez à cet article|les commentaires)\b.{0,60}",
    r"avez-vous quelque chose à nous dire\s*\??",
    # The first reader's comment, numbered, under the avatar's alt text and the name: "1. Léa Léa".
    r"\d{1,3}\.\s+(?P<commenter>\S+(?:\s\S+)?)\s+(?P=commenter)",
    # A related box, a comment form: "Pour aller plus loin", "Qu'en pensez-vous ?", "Votre
    # adresse e-mail ne sera pas publiée."
    r"(?:pour )?aller plus loin\s*:?",
    r"(?:articles?|sujets?) qui (?:pourrai(?:en)?t|peu(?:ven)?t) vous intéresser\s*:?",
    # ("Ces articles devraient vous intéresser :", "Ces sujets pourraient vous intéresser")
    r"(?:ces|d['’]autres) (?:articles?|sujets?|contenus?|vidéos?) (?:devrai(?:en)?t|pourrai(?:en)?t)"
    r" (?:aussi |également )?vous intéresser\s*:?",
    r"qu['’]en pensez-vous\s*\?",
    r"votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée\b.{0,80}",
    r"(?:recommandés pour vous|(?:nos )?recommandations|le choix de la rédaction|vos réactions"
    r"|what['’]s hot|tendance"
    r"|(?:les )?(?:articles? |contenus? )?les plus (?:consultés|lus|partagés|commentés|populaires|vus)"
    r"|contenus? à découvrir|lire l['’]article dans son intégralité sur\b.{0,80}"
    r"|(?:à la une|à découvrir) (?:du|de|d'|sur)\b.{0,40}|articles les plus lus|les plus lus)\s*:?",
)

# Section labels and breadcrumb roots: navigation, never a headline or a site name.
SECTION_LABELS = frozenset(
    unicodedata.normalize("NFC", w)
    for w in """
    accueil home menu une international internationale monde world france europe afrique asie
    amériques moyen-orient politique politics économie éco eco economy finance business
    société society sport sports culture cultures sciences science tech technologie technology
    santé health environnement planète climat opinion opinions idées débats éditorial
    édito chronique tribune analyse décryptage enquête reportage interview entretien vidéo vidéos video
    videos photos podcast podcasts actualité actualités actu news info infos faits-divers interviews
    justice régions local people médias media éducation guerre conflit diplomatie défense
    insolite lifestyle mode voyage auto automobile immobilier emploi météo dossier dossiers
    live direct breaking suisse belgique québec canada ukraine russie chine
    football foot tennis rugby cyclisme basket basketball hockey handball golf athlétisme natation
    boxe cinéma musique livres théâtre
    """.split()
)

# A wire-agency signature closes a dispatch: "(ats/jch)", "(AFP)", "(avec Reuters)".
_AGENCIES = (
    r"ats|afp|ap|reuters|dpa|belga|apa|sda|ansa|efe|kyodo|tass|xinhua|upi|awp|anp|bloomberg"
    r"|lusa|yonhap|ria novosti|interfax|agerpres|pap|ctk|mti|cp|bta|keystone-ats"
)
# Possessive quantifiers: "et" and "and" are word characters too, so "(afp/etetet…" could be
# split between separators and words in exponentially many ways (85 bytes took 17 s).
_SIGNATURE = re.compile(
    rf"\((?:avec |with |source\s*:\s*)?(?:{_AGENCIES})(?:\s*+(?:[/,]|et|and)\s*+[\w.-]{{1,12}}+)*+\)\s*$",
    re.IGNORECASE,
)
_TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'»”)\]]*\s*$")
# "JAKARTA - ", "PARIS (AFP) — ": a capitalised place before a dash, then ordinary text.
# ("EN DIRECT - ", "VIDÉO - ", "EXCLUSIF - " are a headline's labels, not places.)
_DATELINE = re.compile(
    r"^(?!(?:EN DIRECT|DIRECT|LIVE|VIDÉO|VIDEO|INFO|EXCLUSIF|ALERTE|URGENT|PHOTOS?|AUDIO)\b)"
    r"[A-ZÀ-Ý][A-ZÀ-Ý' .-]{1,30}(?:\s*\([\w ./]{1,20}\))?\s*[-–—]\s+(?=[A-ZÀ-Ý«\"]?[a-zà-ÿ])"
)
_BYLINE = re.compile(
    # ("De Léa Morvan" is a byline, "de videos" a button's end; "De nombreuses parcelles
    # labourées" a subhead.)
    r"^(?:(?:par|by|von|(?-i:de)|de(?=\s+(?-i:[A-ZÀ-Ý])))\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,4}"
    r"|[\w'’ .-]{2,30}\s+/\s+[\w'’ .-]{2,40}"
    # a name and its role: "Luisa Gambaro Journaliste", "Léa Kerlo, correspondante à Berne"
    r"|(?-i:[A-ZÀ-Ý][\w'’-]+)(?:\s+(?-i:[A-ZÀ-Ý][\w'’-]+)){1,3},?\s+(?:journaliste|rédact(?:eur|rice)"
    r"|correspondante?|reporter|photographe|chroniqueu(?:r|se)|envoyée? spéciale?)"
    r"(?:\s+[\w'’ .-]{1,40})?"
    # a quote box's card, the role glued to the name: "Léa KerloConseillère d'Etat en charge de …"
    r"|(?-i:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}[a-zà-ÿ](?:Conseill|Command|Direct|Présid|Ministre"
    r"|Maire|Porte-parole|Procureur|Chef|Professeur|Responsable|Secrétaire|Député|Avocat|Journaliste)[\w'’-]*)"
    r"(?:\s+[\w'’ .-]{1,60})?)\s*$",
    re.IGNORECASE,
)


# The crawler that scraped a page may stamp the start of its text with a month or a day
# ("date 2024-04 Aller au contenu"): the crawl's, not the page's, so neither a headline's
# words nor a publication date; parse_article takes it off first.
_CRAWL_STAMP = re.compile(r"^\s*date \d{4}-\d{2}(?:-\d{2})?\s+")


def without_crawl_stamp(line: str) -> str:
    return _CRAWL_STAMP.sub("", line)


def is_footer(line: str) -> bool:
    """A line that starts the page's footer: everything after it is not the article."""
    return len(line) <= LONGEST_FURNITURE and bool(_FOOTER.match(line))


def ends_with_signature(line: str) -> bool:
    return bool(_SIGNATURE.search(line))


# An excerpt cut short over its link, scraped on one line: "… devant son siège social, à... Lire la suite".
_CUT_WITH_ITS_LINK = re.compile(
    r"(?:\.\.\.|…)\s*(?i:lire la suite|lire plus|en savoir plus|la suite|suite|read more)\s*[.…>»›→]*\s*$"
)


# A match's minute, as live pages stamp their posts: "47'", "90+3'".
MATCH_MINUTE = r"\d{1,3}(?:\+\d{1,2})?\s?['’]"

# A word of the page's code alone on its line, in ASCII lower case: an image's name or class
# ("logo-an", "private", "spot_imgspot_img"). A French paragraph is no such word. Or a match's
# timeline, its minutes run together: "88'88'81'77'67' 96'".
_STRAY_TOKEN = re.compile(
    rf"^\s*(?:[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*|(?:{MATCH_MINUTE}\s*){{3,}}"
    r"|[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?:\s+[-–])?)\s*$"  # (an identifier: "COMBAT_ROY_KERLO -")
)


def is_stray_token(line: str) -> bool:
    return bool(_STRAY_TOKEN.match(line))


def is_cut_with_its_link(line: str) -> bool:
    """A teaser's excerpt: cut in its sentence, then the link to the rest. An article's own
    paragraph is printed whole."""
    return bool(_CUT_WITH_ITS_LINK.search(line))


def is_truncated(line: str) -> bool:
    return bool(_TRUNCATED.search(line))


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def is_byline(line: str) -> bool:
    return bool(_BYLINE.match(line)) and not ends_sentence(line)


def strip_dateline(sentence: str) -> str:
    """ "JAKARTA - Le président..." -> "Le président...": a dateline is not part of a headline."""
    return _DATELINE.sub("", sentence, count=1)


def is_section_label(line: str) -> bool:
    words = [
        w.strip(" >»›|/:•·▪").lower() for w in re.split(r"[>»›|/]|\s{2,}", line) if w.strip(" >»›|/:•·▪")
    ]
    # (in the plural too: "Chroniques", "Enquêtes", "Analyses")
    return bool(words) and all(
        w in SECTION_LABELS or w in _SECTION_PHRASES or w.removesuffix("s") in SECTION_LABELS for w in words
    )


# (and a box of other news's heading: "Dernières nouvelles")
_SECTION_PHRASES = frozenset(
    {
        "web tv",
        "webtv",
        "faits divers",
        "fait divers",
        "dernières nouvelles",
        "dernieres nouvelles",
        "autres articles",
        "derniers articles",
        "articles récents",
        "exclusivité web",  # a badge, as "Exclusif", never a site
        "exclusivité",
        "exclusif",
        "en exclusivité",
    }
)


def is_breadcrumb(line: str) -> bool:
    """ "Accueil Guerre Kim Jong Un est ...", "Monde > Asie": navigation, usually truncated,
    never a paragraph ("ENTRETIEN – … / …" is an interview's first paragraph)."""
    if len(line.split()) > 20:
        return False
    first = line.split(maxsplit=1)[0].lower().strip(">»›|/") if line.split() else ""
    return (
        # (A closing guillemet after an opening one quotes: "« illégaux » du marché".)
        bool(
            re.search(r"\s(?:[>»›|/]|::)\s", re.sub(r"«[^«»]*»", "", line))
            and (is_section_label(line.split(" ")[0]) or is_place_label(line.split(" ")[0]))
        )
        or (first in {"accueil", "home"} and len(line.split()) > 1)
        or bool(_YOU_ARE_HERE.match(line))
        or _a_menu_row(line)
        or (bool(_LEADING_ARROW.match(line)) and len(line.split()) <= _MOST_PATH_WORDS)
    )


def _a_menu_row(line: str) -> bool:
    """Three or more tabs between bars, each a few capitalised words: "Calendrier | Classement
    | Statistiques" (a table's row holds figures; a title has two parts)."""
    items = [item.strip() for item in line.split(" | ")]
    return len(items) >= 3 and all(
        0 < len(item.split()) <= 3 and item[:1].isupper() and not re.search(r"[\d.!?:]", item)
        for item in items
    )


# A path opening with its arrow: "> Faits divers > Au Creusot".
_LEADING_ARROW = re.compile(r"^\s*[>›]\s*\S[^>›]*\s[>›]\s*\S")
_MOST_PATH_WORDS = 10


_YOU_ARE_HERE = re.compile(r"^\s*(?:vous[ -]êtes ici|vous êtes ici|you are here)\s*:", re.IGNORECASE)


def is_widget_label(line: str, next_line: str | None) -> bool:
    """A short line ending with ':' that introduces a widget ("En parlant de X:"), not a quote or list."""
    if not line.rstrip().endswith(":") or len(line.split()) > 8:
        return False
    if next_line and len(next_line.split()) >= 40:
        return False  # a subhead over a long paragraph ("Le fil du match (18-17) :")
    return not (next_line and next_line.lstrip()[:1] in {"«", '"', "“", "-", "–", "—", "•", "*"})


# An agency's dispatch keys before a title: "SENEGAL-POLITIQUE-VIOLENCES / Neuf personnes …".
_DISPATCH_KEYS = re.compile(r"^\s*[A-ZÀ-Ý]{3,}(?:-[A-ZÀ-Ý]{3,}){1,5}\s*/\s*\S")


def is_dispatch_teaser(line: str) -> bool:
    """A line listing another dispatch by its keys and title (an agency's list of stories)."""
    return bool(_DISPATCH_KEYS.match(line))


# A line that credits a picture, by a copyright sign or a label: "© X", "Crédit photo : X",
# "Photo : X".
