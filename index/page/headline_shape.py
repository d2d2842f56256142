"""Whether a line at the top of a page is shaped like a headline: a few words that are not a
label, a menu, a caption, a credit, a byline, a dateline, a sentence or the site's name."""

from __future__ import annotations

import re

from index.areas import is_place_label
from index.page import clutter, credits, interface
from index.page.date_lines import date_candidates
from index.page.medium_names import LINK_WORDS
from index.page.outlet_lines import outlet_named_by
from index.page.own_voice import issue_masthead
from index.page.prose import is_all_caps, is_prose
from index.page.self_described import self_described_site
from index.text import fold

_MIN_HEADLINE_WORDS = 2  # two-word headlines are scored down, not refused
MAX_HEADLINE_CHARS = 220
_LONGEST_HEADLINE_WORDS = 40
_LONG_HEADLINE_WORDS = 20


_SHORT_ELLIPSIS_WORDS = 8
# A town and its country or region alone: "Le Mans, France", "Sion, Valais".
_PLACE_TAG = re.compile(
    r"^\s*[A-ZÀ-Ý][\w'’-]+(?:[ -][\w'’-]+){0,3},\s*(?P<country>[A-ZÀ-Ý][\w'’ -]{1,25}?)\s*$"
)
_INTERVIEWER = re.compile(r"^\s*propos recueillis par\b", re.IGNORECASE)
# A person's role under their name, in lower case: "présidente du Centre d'Action Laïque".
_ROLE_LINE = re.compile(
    r"^(?:président|directeur|directrice|administrat(?:eur|rice)|secrétaire|conseill(?:er|ère)"
    r"|fondat(?:eur|rice)|responsable|coordinat(?:eur|rice)|coordonnat(?:eur|rice)|porte-parole"
    r"|chargée?|chef|cheffe|maire|députée?|ministre|avocate?|professeure?|animat(?:eur|rice))e?s?"
    r"\s+(?:de|du|des|d['’]|à|au|aux|général|générale|adjointe?)\b"
)


def could_be_headline(line: str, first: bool = False) -> bool:
    """Whether `line` is shaped like a headline; a list of news trailing off ("… 112 morts...
    Commande de masques...") only as the page's `first` candidate (elsewhere, a teaser's)."""
    words = line.split()
    trailing = first and _trails_off(line, words)
    if (
        len(words) < _MIN_HEADLINE_WORDS
        or len(line) > MAX_HEADLINE_CHARS
        or _is_the_page_s(line, words, trailing)
    ):
        return False
    # "… : quel avenir pour … ?", "Fleurier reprend le trophée !"; a speaker and their words,
    # quoted whole: "Mosimann : «Chanter sur mon album ? Oui, certainement !»"
    question = (line.rstrip().endswith(("?", "!")) or bool(_SPEAKER_QUOTED.match(line))) and len(words) < 20
    # A long line that does not end like a sentence may be a long headline ("Résultats de la
    # 2e journée … : le MC Alger tenu en échec, … – Vidéo"); its length scores it down.
    unpunctuated = not clutter.ends_sentence(line) and len(words) < _LONGEST_HEADLINE_WORDS
    prose = (is_prose(line) and not question and not unpunctuated) or is_a_lead_s_sentence(line)
    return not (prose or (line.rstrip().endswith(".") and not trailing and not is_all_caps(line)))


def _trails_off(line: str, words: list[str]) -> bool:
    """A list of news, each trailing off on dots ("Coronavirus : 112 morts en 24 heures...
    Commande de masques..."), no comma, its last word no small word a cut would stop on: a
    live page's headline, where a teaser cut short has one ellipsis, at its end. (A short title
    trailing off once is the headline only where no other line can be: headline_fallbacks.)"""
    last = re.sub(r"^.*['’]|\W+$", "", words[-1].lower()) if words else ""
    return (
        clutter.is_truncated(line)
        and len(_ELLIPSIS.findall(line)) >= 2
        and len(words) <= _TRAILING_LIST_WORDS
        and "," not in line
        and last not in _CUT_AFTER_WORDS
    )


_TRAILING_LIST_WORDS = 24
# Small words a length cut stops after, and no title ends on (hand-written: the search room's
# stop words are a layer above this one, and hold whole verbs too).
_CUT_AFTER_WORDS = frozenset(
    """de du des la le les l un une et ou à au aux en pour par sur sous dans avec d qu que qui ne
    se sa son ses leur leurs ce cette ces cet a est si mais dont y""".split()
)
_ELLIPSIS = re.compile(r"\.{3,}|…")


def is_a_lead_s_sentence(line: str) -> bool:
    """Past 20 words, clauses between commas (outside quotations) make a lead's sentence whose
    full stop the page lost, no headline: "Quatre soldats …, après l'attaque survenue dimanche
    …, ont été retrouvés vivants lundi, annoncent des sources militaires"."""
    unquoted = re.sub(r"«[^»]*»|\"[^\"]*\"", "", line)
    return len(line.split()) >= _LONG_HEADLINE_WORDS and unquoted.count(",") >= 2


def _is_the_page_s(line: str, words: list[str], trailing: bool = False) -> bool:
    """A line of the page's rather than a title: a teaser cut short, its interface, a label,
    who someone is, the site's name or tagline, a caption, a menu."""
    cut = clutter.is_truncated(line) and not trailing
    if cut and (len(words) > _SHORT_ELLIPSIS_WORDS or "," not in line):
        return True  # a teaser cut short (but "Année de foin, année de rien…" is a title's)
    if interface.is_ui(line) or clutter.is_footer(line) or _is_label(line):
        return True
    place = _PLACE_TAG.match(line)
    if place is not None and is_place_label(place["country"]):
        return True  # "Le Mans, France": where the story happens, a map's tag
    if _ROLE_LINE.match(line) or _INTERVIEWER.match(line):
        return True  # "administratrice de la Ligue de l'Enseignement - Liège": who someone is
    if _is_a_name_and_its_acronym(line):
        return True  # "Service de police de la Ville de Gatineau (SPVG)": a topic's tag
    if outlet_named_by(line) is not None or self_described_site(line):
        return True  # the site's name, or its tagline
    if _are_keywords(words) or _is_a_topic_list(line):
        return True  # "grève enseignants 6 février Seine-Saint-Denis": the page's keywords
    # ("A L uneACTUALITESinternationalPOLITIQUE": a menu's entries run together)
    return _is_caption_menu_or_item(line, words) or any(_GLUED_MENU.search(word) for word in words)


def _are_keywords(words: list[str]) -> bool:
    """Words in lower case first, with no small word between them: a search engine's
    keywords or the page's tags, where a title is a phrase ("hausse des prix" has one)."""
    first = words[0] if words else ""
    if len(words) < 2 or not first[:1].isalpha() or not first[:1].islower() or first[1:2].isupper():
        return False  # ("iPhone 15 : …" opens on a brand's lower case)
    small = LINK_WORDS | {"un", "une", "pour", "par", "avec", "dans", "ou", "a", "est", "sont", "ne", "pas"}
    return not any(word.lower().strip(",.:;!?«»") in small for word in words) and not any(
        "'" in word or "’" in word for word in words
    )


def _is_a_topic_list(line: str) -> bool:
    """A site's tagline listing its topics ("Sciences et société, alimentation, mondes agricoles
    et environnement"): three items or more, each of a few words joined by "et" at most, where a
    headline's enumeration has a verb, an article or a colon ("Inflation, loyers, énergie : ce
    qui change")."""
    items = [item.split() for item in re.split(r",\s*|\s+(?:et|&)\s+", line.strip())]
    if len(items) < 3 or line.count(",") < 2 or any(not item or len(item) > 3 for item in items):
        return False
    return not re.search(r"[:?!.;«»\"()\d]", line) and not any(
        word.lower() in LINK_WORDS or "'" in word or "’" in word for item in items for word in item
    )


def is_a_body_s_name(line: str) -> bool:
    """A public body's name and nothing else ("Ministère de la Santé et des Services sociaux",
    "Ville de Lévis"): the topic's tag over the headline. A headline naming a body says what
    it did, so a verb or a colon makes the line no tag."""
    words = line.strip().split()
    if not _BODY_HEAD.match(line.strip()) or len(words) > _LONGEST_BODY_NAME:
        return False
    return all(
        word[:1].isupper() or word.lower() in _NAME_LINKS or _AN_ADJECTIVE.search(word) for word in words[1:]
    )


_BODY_HEAD = re.compile(
    r"^(?:Ministère|Secrétariat|Conseil|Assemblée|Sénat|Commission|Cour|Tribunal|Mairie|Préfecture"
    r"|Gouvernement|Parlement|Agence|Office|Direction|Fédération|Université|Département|Région"
    r"|Province|Ville|Commune|Canton|Institut|Autorité|Caisse|Chambre|Communauté)\b"
)
_LONGEST_BODY_NAME = 10
_NAME_LINKS = frozenset("de du des d' d’ la le les l' l’ et en pour aux au à".split())
# (the name's adjectives: "sociaux", "nationale", "fédéral", "publique", "québécoise")
_AN_ADJECTIVE = re.compile(
    r"(?:al|ale|aux|ales|ique|iques|ien|ienne|iens|iennes|ais|aise|ois|oise|el|elle|els|elles|aire|aires"
    r"|if|ive|ifs|ives|eur|rice|enne|ennes|éen|éens|ême|ieure?s?)$"
)


_NAME_AND_ACRONYM = re.compile(r"^(?P<name>[A-ZÀ-Ý][^()]{4,100}?)\s*\((?P<acronym>[A-ZÀ-Ý]{2,10})\)$")


def _is_a_name_and_its_acronym(line: str) -> bool:
    """A body's name and its acronym, made of the name's initials, and nothing else: a tag
    over the headline (a headline that names a body says what it did: "Le maire quitte le
    Parti libéral (PLQ)")."""
    found = _NAME_AND_ACRONYM.match(line.strip())
    if found is None:
        return False
    words = re.split(r"[\s'’-]+", found["name"].lower())
    initials = "".join(word[0] for word in words if word and word not in LINK_WORDS)
    return initials.upper() == fold(found["acronym"]).upper()


def _is_caption_menu_or_item(line: str, words: list[str]) -> bool:
    """A caption, a menu, a list's item, a bar of short pieces ("■ FAITS DIVERS | aujourd'hui
    à 13:02"), a live page's post ("21h56 : Les 3 minutes les plus longues")."""
    if credits.is_captioned(line) or credits.is_credit_line(line) or credits.places_people_in_a_picture(line):
        return True
    if is_menu(words):
        return True
    if _NUMBERED_PART.match(line):
        return True  # "2. // Interview Léa Roy (2/2)": a series' part in a list of its parts
    if line.lstrip()[:1] in "•·▪►" or line.lstrip()[:2] in ("- ", "– ", "— ") or _LIVE_POST_TIME.match(line):
        return True
    if line.rstrip().endswith(","):
        return True  # a letter's salutation, a list's line: "Chères lectrices, chers lecteurs,"
    return "|" in line and all(len(piece.split()) < 4 for piece in line.split("|"))


def _is_label(line: str) -> bool:
    """A section label, a breadcrumb, a byline, a dateline, a label for what follows."""
    if clutter.is_section_label(line) or clutter.is_byline(line):
        return True
    if clutter.is_breadcrumb(line) and not _under_its_country(line):
        return True
    # (A dateline opens a sentence; "RDC – Conférence des gouverneurs : Kinshasa se déplace" is a
    # kicker and its headline.)
    dateline = clutter.strip_dateline(line) != line and clutter.ends_sentence(line)
    if line.rstrip().endswith(":") or dateline or _is_labelled(line) or _SUMMARY_BOX.match(line):
        return True
    if is_place_label(line) or _a_menu_of_places(line) or _SERIES_LABEL.match(line):
        # "Côte d'Ivoire" over the headline: the rubric of a country's news; "Notre dossier :
        # l'Europe centrale …": the series the article is part of
        return True
    # (a column's name with its writer's: "Le billet de Thomas Legrand")
    return _is_a_masthead_s_or_a_notice(line) or _is_the_site_s_own(line) or bool(_COLUMN_OF.match(line))


def _is_a_masthead_s_or_a_notice(line: str) -> bool:
    """ "Dieudonné Kengne, Directeur de publication": a masthead's line; "CAMILLE ROY + GÉRARD
    LE GOFF", "Léa Roy Par Léa Roy", "Par Léa Morvan - …, le 09/04/2006": the authors;
    "Publié dans notre magazine n°118": where the article was printed; "… Date de publication
    : 21/02/2023": a notice; "Éditions : française | anglaise | internationales": a menu."""
    if _NAME_AND_ROLE.match(line) or _NAMES_JOINED.match(line) or _NAME_THEN_ITS_BYLINE.match(line):
        return True
    if _PRINTED_IN.match(line) or _ENDS_ON_A_DATE_LABEL.search(line) or _LOWERCASE_MENU.match(line):
        return True
    return bool(_SIGNED.match(line) and date_candidates(line))


_PRINTED_IN = re.compile(
    r"^\s*(?:(?:cet )?article\s+)?(?:initialement\s+)?(?:publiée?|parue?)\s+(?:dans|en)\s+"
    r"(?:notre|le|la|l['’]|les)\s*(?:magazine|journal|quotidien|hebdo\w*|mensuel|numéro|édition|n°|revue)",
    re.IGNORECASE,
)
_ENDS_ON_A_DATE_LABEL = re.compile(
    r"(?:^|[.!?]\s+)(?:Date de (?:publication|parution|mise en ligne)(?: originale)?"
    r"|Publié le|Mis en ligne le|Mis à jour le)\s*:?\s*\S*\d{1,4}[^.!?]{0,30}$"
)
# Items in lower case between bars, after a first one: a menu of languages or editions.
_LOWERCASE_MENU = re.compile(r"^[^|]+(?:\|\s*[a-zà-ÿ][^|]{0,25}){2,}$")
_SERIES_LABEL = re.compile(
    r"^\s*(?:notre|nos|le|la)\s+(?:dossiers?|séries?|feuilleton|grand format|hors-série)\s*:", re.IGNORECASE
)
_COLUMN_OF = re.compile(
    r"^\s*(?:(?:le|la|l['’])\s*)?(?i:billet|chronique|édito|éditorial|tribune|carte blanche|bloc-notes"
    r"|humeur|regard|point de vue|lettre|journal|blog|analyse|décryptage|œil|oeil)"
    r"(?: \w+)? d(?:e|u|['’])\s*(?-i:[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){0,2})\s*$",
    re.IGNORECASE,
)


def _is_the_site_s_own(line: str) -> bool:
    """What the site prints about itself: an offer, an edition or an issue, a rubric's path,
    a tagline saying what news it brings."""
    if _PROMOTION.match(line):
        return True  # "Profitez des offres Boutique.ch !": an advertiser's (whose domain is no site)
    if _EDITION.match(line) or _SHOUTED_PATH.search(line):
        return True  # "num.328 mai 2023 p.24", "Régions Centre : TIZI-OUZOU/PROTECTION CIVILE"
    if _AN_OUTLET_S_EDITION.match(line) and outlet_named_by(line) is not None:
        return True  # "Paris Match Suisse |": the outlet's name and its edition, a masthead
    if issue_masthead([line]) or _ISSUE_REFERENCE.match(line):
        return True  # "Terre vive n°42 > Dossier, juin 2023", "Kerne Hebdo N° 2793 du": an issue
    if _MEDIUM_DESCRIBED.match(line):
        return True  # "Média indépendant, en accès libre pour tous, …": the site describing itself
    if _KINDS_OF_NEWS.match(line):
        return True  # "Enquêtes et actualité à Strasbourg": a list of what the site brings
    if _OFFERS_THE_NEWS.search(line) and not re.search(r"\d|\s[A-ZÀ-Ý]", line.strip()):
        return True  # "Le meilleur de l'actualité au fil des événements": what the site offers
    return bool(_THE_NEWS_OF.match(line) and not re.search(r"\d", line))  # "Toute l'actualité du …"


# A few capitalised words, perhaps closed by a bar: an outlet's name and its edition.
_AN_OUTLET_S_EDITION = re.compile(r"^\s*[A-ZÀ-Ý0-9][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){1,4}\s*\|?\s*$")


def _a_menu_of_places(line: str) -> bool:
    """Places and nothing else, two or more ("Togo Afrique Monde"): the site's menu of regions."""
    words = line.split()
    return 2 <= len(words) <= 6 and all(is_place_label(word) or word in _WORLD_WORDS for word in words)


_WORLD_WORDS = frozenset(
    "Monde International Région Régions National Local Afrique Europe Asie Amérique Amériques Océanie"
    " Maghreb Moyen-Orient".split()
)


def _under_its_country(line: str) -> bool:
    """ "Cameroun > Insécurité routière : 3 morts …", "Cameroun / Gestion urbaine : dialogue …":
    a headline after its country's rubric, where a breadcrumb's last step is a section's name
    or a title cut short."""
    pieces = re.split(r"\s[>/]\s", line)
    return len(pieces) == 2 and is_place_label(pieces[0]) and len(pieces[1].split()) >= 6


# Words that join a menu's entries' names: "Pays de Lourdes", "Lourdes et Grand Tarbes".
_MENU_LINKS = frozenset("de du des et la le les d' l' à en sur".split())


def is_long_menu(line: str) -> bool:
    """A menu's line of ten words or more ("Informations Lourdes et Grand Tarbes  Informations
    Pays de Lourdes …"): no prose, and a line over it is the site's tagline."""
    words = line.split()
    return len(words) >= 10 and is_menu(words) and not clutter.ends_sentence(line)


def is_menu(words: list[str], share: float = 0.8) -> bool:
    """A run of capitalised names ("Bretagne Normandie Occitanie ..."): French headlines are
    in sentence case, so a line of mostly capitalised words is a menu (unless all in capitals)."""
    # "&", "|", numbers and shouted words ("UN CONFIDENT ET UN COMPLICE") do not count. A
    # headline in title case has a quotation's guillemets or one kicker's colon; a menu has
    # neither (a masthead's "Directeur : … Rédacteur en chef : … | …" is labelled twice).
    # (the colon glued to its kicker too: "Gabon: Bongo, Déby et Sassou en conclave à Libreville")
    colons = sum(1 for word in words if word == ":" or (word.endswith(":") and word[:1].isalpha()))
    if any(word in ("«", "»") for word in words) or (colons == 1 and "|" not in words):
        return False
    named = [
        word
        for word in words
        if word[:1].isalpha() and not (len(word) > 1 and word.isupper()) and word not in _MENU_LINKS
    ]
    if len(named) < 7:
        return False
    return sum(1 for word in named if word[:1].isupper()) >= share * len(named)


# A masthead's or a byline's line: a name, then its role, with or without a comma ("Dieudonné
# Kengne, Directeur de publication", "Léa Roy Rédacteur en chef adjoint").
_NAME_AND_ROLE = re.compile(
    r"^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3},?\s+(?i:directeur|directrice|rédacteur|rédactrice"
    r"|journaliste|correspondant|correspondante|envoyé spécial|envoyée spéciale|chroniqueur|chroniqueuse"
    r"|photographe|éditorialiste|reporter)\b.{0,60}$"
)
_SPEAKER_QUOTED = re.compile(r"^[^«»:]{2,60}\s?:\s*«[^«»]{4,}»\s*$")
_SIGNED = re.compile(r"^\s*(?:par|by)\s+[A-ZÀ-Ý]", re.IGNORECASE)
# Lines that label something else: a source, a credit, a caption, a photo.
_LABELLED = re.compile(
    r"^\s*(?:source|(?:crédits?|credits?)(?:\s+(?:photos?|images?))?|photo|(?P<video>vidéo|video)|légende|image"
    r"|illustration)\s*:",
    re.IGNORECASE,
)


# A summary box's heading over its points: "Ce qu'il faut retenir", "L'essentiel".
_SUMMARY_BOX = re.compile(
    r"^\s*(?:ce qu['’](?:il|on) (?:faut|doit) (?:retenir|savoir)|à retenir|l['’]essentiel|en bref"
    r"|les points clés|les faits)\s*[.:!]?\s*$",
    re.IGNORECASE,
)


def _is_labelled(line: str) -> bool:
    """A credit, a source or a caption after its label ("Photo : X", "Vidéo : Studio Y"); not
    a video page's headline after its label ("Vidéo : Le maire défend son budget devant …")."""
    match = _LABELLED.match(line)
    if match is None:
        return False
    return not match["video"] or interface.is_ui(line)  # (the interface knows a video's credit)


_SHOUTED_NAME = r"[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){1,3}"
_NAMES_JOINED = re.compile(rf"^{_SHOUTED_NAME}(?: [+&] {_SHOUTED_NAME})+$")
# The author's picture's alt text run into the byline: "Maxime Roy Par Maxime Roy".
_NAME_THEN_ITS_BYLINE = re.compile(
    r"^\s*(?P<name>[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){1,3})\s+(?i:par)\s+(?P=name)\s*$"
)
_PROMOTION = re.compile(
    r"^(?:profitez|découvrez)\s+(?:des|de nos|nos|notre|l['’])\s*offres?\b", re.IGNORECASE
)
_NUMBERED_PART = re.compile(r"^\s*\d{1,2}\.\s*//")
_GLUED_MENU = re.compile(r"[a-zà-ÿ][A-ZÀ-Ý]{2}.*[a-zà-ÿ][A-ZÀ-Ý]")
# ("21h56 : Les 3 minutes …", "21h : Les manifs …", and a feed's "22:40 Garder la mémoire …" or
# "19:54Châteauroux : …")
_LIVE_POST_TIME = re.compile(r"^\s*\d{1,2}\s?(?:h\s?(?:\d{2})?|:\s?\d{2})(?:\s*[:–—-]\s|\s?[A-ZÀ-Ý])")
# A print edition's reference, and a rubric's path shouted after a colon.
_EDITION = re.compile(r"^\s*(?:n°|no\.|num\.?|numéro)\s*\d+\b.{0,40}$", re.IGNORECASE)
# A site's tagline says it brings "l'actualité" or "informations"; a headline about one
# event names it (a place, a person, a number) where a tagline names nothing.
_OFFERS_THE_NEWS = re.compile(r"\b(?:actualit[ée]s?|informations)\b", re.IGNORECASE)
_KIND_OF_NEWS = (
    r"(?:actualit[ée]s?|actus?|infos?|informations|nouvelles|news|enquêtes|reportages|analyses"
    r"|décryptages|opinions|débats|vidéos|podcasts|chroniques|dossiers|interviews|sports?)"
)
_MEDIUM_DESCRIBED = re.compile(
    r"^\s*(?:média|journal|magazine|quotidien|hebdomadaire|mensuel|site|radio|webzine)s?\s+"
    r"(?:indépendant|libre|gratuit|participatif|citoyen|alternatif|associatif|engagé|en ligne"
    r"|d['’]information|d['’]investigation)\w*\s*(?:,|$)",
    re.IGNORECASE,
)
_KINDS_OF_NEWS = re.compile(
    rf"^\s*{_KIND_OF_NEWS}(?:\s*(?:,|et|&)\s*{_KIND_OF_NEWS})+"
    r"(?:\s+(?:à|de|du|des|d['’]|en|sur|au|aux|pour)\b.{0,60})?\s*$",
    re.IGNORECASE,
)
_ISSUE_REFERENCE = re.compile(r"^[A-ZÀ-Ý][\w'’ -]{1,40}\s[Nn][°º]\s?\d{1,5}\b.{0,20}$")
_THE_NEWS_OF = re.compile(
    r"^\s*(?:toute |toutes )?(?:l['’]\s?actualit[ée]|les actualit[ée]s|l['’]\s?info(?:rmation)?|les infos)"
    r"\s+(?:de|du|des|d['’]|en|sur|à|au|aux)\b",
    re.IGNORECASE,
)
_SHOUTED_PATH = re.compile(r":\s*[A-ZÀ-Ý][A-ZÀ-Ý' -]+/[A-ZÀ-Ý][A-ZÀ-Ý' -]+$")
