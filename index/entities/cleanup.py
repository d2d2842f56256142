"""Correct what the NER model gets wrong: fragments, UI words, honorifics, verbs, broken spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.areas import is_country, is_place_label
from index.entities.capital_surnames import surname_in_capitals
from index.entities.leading_words import strip_leading
from index.entities.lone_words import is_lone_word_no_name, is_numbered_common_words, sentence_initial
from index.entities.model import RawSpan
from index.entities.name_ends import strip_trailing, without_a_clause, without_a_predicate
from index.entities.names import Words, is_shouting, span_word
from index.entities.not_names import is_never_a_name, is_portfolio
from index.entities.occasions import is_an_occasion, named_storm
from index.entities.offices import (
    TITLES,
    is_office,
    office_holder_s_body,
    title_makes_person,
)
from index.entities.rules import INSTITUTION_HEADS, PLACE_HEADS, names_an_organisation
from index.entities.service_codes import is_a_service_code
from index.entities.span_bounds import span_bounds, without_glued_tail
from index.outlets import TOP_LEVEL_DOMAINS
from index.text import entity_key

# Words the model labels because they are capitalised at the start of a line or a UI label.
# Lowercase words that do belong inside people's names.
NAME_PARTICLES = frozenset(
    "de du des la le d' van von der den di da dos das al el bin ben ibn y e zu".split()
)
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Mention:
    """A cleaned entity mention: its text and where it stands in the text given to NER."""

    start: int
    end: int
    text: str
    label: str
    shouting: bool


# "le procureur de la République de Marseille": a title, not a country named "République de Marseille";
# "ministre de la Santé", "secrétaire d'État à la Transition écologique": a portfolio, not a place.
_TITLE_BEFORE = re.compile(
    r"(?:procureure?s? (?:adjointe? )?de la"
    r"|(?:ministre|ministère|secrétaire d'état|secrétariat d'état|délégué|déléguée|chargé|chargée)"
    r"(?: \w+)? (?:de la|de l'|du|des|d'|à la|à l'|aux?))\s*$",
    re.IGNORECASE,
)


def clean_span(text: str, span: RawSpan, common_words: frozenset[str] = frozenset()) -> Mention | None:
    """The mention `span` names in `text`, cleaned, or None when it is not a name.

    Passes, in order: the span's bounds (a line, a dateline); a title or a ministry's
    portfolio before it that makes it no name; a title that makes a person of it, an office
    that gives its body; what the model runs into a name (a sentence's common noun, the body
    after a person, a title before a place); the words before and after the name, a result
    at its end; then the checks that what is left is a name. `common_words` are French words
    that a capital at a sentence's start does not make a name."""
    if span.listed:  # a results line's column holds the team's name, whole
        return Mention(span.start, span.end, text[span.start : span.end], span.label, shouting=False)
    return _cleaned(text, span, common_words)


def _cleaned(text: str, span: RawSpan, common_words: frozenset[str]) -> Mention | None:
    start, end = span_bounds(text, span)
    if _TITLE_BEFORE.search(text, max(0, start - 40), start) or (
        span.label != "PER" and _in_a_portfolio(text, start)
    ):
        return _minister_after_the_portfolio(text, start, end)
    words = _span_words(text, start, end, span.label, common_words)
    words, label = _titled(text, words, span, common_words)
    words = _without_common_head(text, words, label, common_words)
    words, label = _the_country_after_common_words(text, words, label, common_words)
    words = _without_a_shouted_kicker(text, words, common_words)
    words = _without_what_follows_a_person(text, words, label)
    words = _without_a_title_of(text, words, label)
    words = without_a_clause(text, words)
    if label != "PER" and is_office(text, words):
        return None
    label = _institution_for_a_place(text, words, label)
    by_kind = (span.ruled and not _after_an_auxiliary(text, words)) or _named_by_kind(text, words, label)
    if not by_kind and words and _ADVERBIAL_OPENING.match(text, words[0][0]):
        return None  # "Par ailleurs, …", "En inscrivant 6 essais, …": a sentence's opening
    kept = strip_leading(text, words, label, by_kind)
    if kept is None:
        return None
    kept = without_a_predicate(text, strip_trailing(text, kept), label, common_words)
    if not kept:
        return None
    start, end = kept[0][0], kept[-1][1]
    while end > start and not text[end - 1].isalnum():
        end -= 1
    result = _RESULT_AT_THE_END.search(text, start, end)  # "Saint-Prex I 4 - 0"
    end = result.start() if result else end
    name = text[start:end]
    if _not_listed(text, start, name, label, common_words):
        return None
    if not by_kind and not _is_name_with_its_article(text, start, name, len(kept), label, common_words):
        return None
    return Mention(start, end, name, _website_s(name, label), is_shouting(name))


def _not_listed(text: str, start: int, name: str, label: str, common_words: frozenset[str]) -> bool:
    """No name, a service's code, or an occasion's name (no person, place or body)."""
    occasion = is_an_occasion(name, common_words) or named_storm(text, start)
    return (
        _no_name(name, label)
        or is_a_service_code(text, start, name)
        or occasion
        or _a_quoted_title(text, start, name, label)
    )


def _a_quoted_title(text: str, start: int, name: str, label: str) -> bool:
    """A work's title in guillemets, which the model calls a person or leaves untyped («With a
    Little Help from My Friends», « Flag II »); a known body or outlet quoted is one («Le Monde»)."""
    if label not in ("MISC", "PER"):
        return False
    before = text[max(0, start - 3) : start].rstrip()
    after = text[start + len(name) : start + len(name) + 3].lstrip()
    quoted = before.endswith(("«", "“", '"')) and after.startswith(("»", "”", '"'))
    return quoted and not names_an_organisation(name, as_written=True)


def _website_s(name: str, label: str) -> str:
    """ "Europe1.fr", "Breizh-info.com": a website, an organisation whatever the model said."""
    return "ORG" if _WEBSITE.match(name) else label


# A website's name as its domain: "Europe1.fr", "Breizh-info.com".
_WEBSITE = re.compile(rf"^[\w-]+(?:\.[\w-]+)*\.(?:{TOP_LEVEL_DOMAINS})$", re.IGNORECASE)


# A personal pronoun or possessive inside a span: a sentence's words ("Mes collègues et moi").
_AND_THE = re.compile(r" et (?:les|le|la|l['’]|des|du|un|une) ")
_PRONOUN_LAST = re.compile(r"\s(?:On|Il|Elle|Ils|Elles|Nous|Vous|Je)$")
_PERSONAL_WORD = re.compile(r"(?<![\w'’-])(?i:moi|moi-même|nous|vous|je|j['’]|tu|toi)(?![\w'’-])")


def _span_words(text: str, start: int, end: int, label: str, common_words: frozenset[str]) -> Words:
    """The span's words, up to a common word glued to the name, after a route's word ("ligne
    Épinal-Saint-Dié": the places a route joins, which mention_parts divides)."""
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    words = without_glued_tail(text, words, common_words)
    if label == "LOC" and len(words) > 1 and span_word(text, words[0]) in _ROUTE_WORDS:
        words = words[1:]
    return words


def _minister_after_the_portfolio(text: str, start: int, end: int) -> Mention | None:
    """The person the model ran into the portfolio before them: "ministre de l'Éducation
    Caroline Désir" is Caroline Désir; the portfolio alone names no one."""
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    for cut in range(1, len(words) - 1):
        person = words[cut:]
        if not is_portfolio(text[start : words[cut - 1][1]]) or len(person) > _PERSON_WORDS:
            continue
        named = [text[a:b] for a, b in person]
        if all(w[:1].isupper() for w in named) and not is_portfolio(named[0]):
            first, last = person[0][0], person[-1][1]
            return Mention(first, last, text[first:last], "PER", is_shouting(text[first:last]))
    return None


_PERSON_WORDS = 3


_ROUTE_WORDS = frozenset("ligne axe tronçon liaison trajet".split())


def _no_name(name: str, label: str) -> bool:
    """Whatever named it ("l'Assemblée générale" has a body's shape): a list's number ("- 14";
    "98.5" is a station), a word never a name, a quotation's words ("Mes collègues et moi"), a
    menu's run of capitalised entries."""
    if is_never_a_name(name) or name.isdigit() or (label == "MISC" and bool(_PERSONAL_WORD.search(name))):
        return True
    if name.islower() and " " not in name:
        return True  # a kind's word alone, "la gendarmerie", "la salle du Belushi's" cut at its quote
    if label == "MISC" and _AND_THE.search(name):
        return True  # "le Samu et les forces de police": a list's words, no name
    if label == "PER" and _PRONOUN_LAST.search(name):
        return True  # "un plan B. On a tout fait": an initial, then the next sentence's pronoun
    # A menu's entries run together: "Sports Business News Annonces Femmes Nécrologie Publicité".
    words = name.split()
    return label in ("ORG", "MISC") and len(words) >= _MENU_WORDS and all(w[:1].isupper() for w in words)


_MENU_WORDS = 5


def _titled(text: str, words: Words, span: RawSpan, common_words: frozenset[str]) -> tuple[Words, str]:
    """The span's words and type once its titles are read: a person after a title or with a
    surname in capitals, the body an office serves."""
    words, label = title_makes_person(text, words, span.label)
    if not span.ruled:  # (a pattern's type stands: "Montpellier HSC" is a club)
        words, label = surname_in_capitals(text, words, label, common_words)
    return office_holder_s_body(text, words, label)


# Heads of events' and works' names, capitalised with their lower-case rest: "Coupe du monde".
_EVENT_HEADS = frozenset(
    "coupe jeux championnat ligue tour festival journée semaine salon fête prix code loi".split()
)
_NAME_S_ARTICLE = re.compile(r"(?:Le|La|Les|LE|LA|LES) |[Ll]['’]")


def _is_name_with_its_article(
    text: str, start: int, name: str, words: int, label: str, common: frozenset[str]
) -> bool:
    """Whether `name` is a name, and still one without the capitalised article it keeps: "la
    Rédaction" is "Rédaction", a label, whatever its article."""
    if not _is_name(text, start, name, words, label, common):
        return False
    article = _NAME_S_ARTICLE.match(name)
    if article is None:
        return True
    rest = name[article.end() :]
    return _is_name(text, start + article.end(), rest, len(rest.split()), label, common)


# A ministry's portfolio, listed: "Ministère du Commerce, de l'Industrie et de la Promotion des
# PME", "le maroquin de l'Agriculture et du Développement rural" (not a département's:
# "départements de la Creuse et de la Corrèze" are places).
_PORTFOLIO_HEAD = re.compile(
    r"\b(?:ministères?|ministres?|secrétariats?|maroquins?|portefeuilles?)\s+(?:d[eu]s?\s|de la\s|de l'\s?)",
    re.IGNORECASE,
)
_PORTFOLIO_WORD = re.compile(r"^(?:[A-ZÀ-Ý][\w'’-]*|de|du|des|la|l'|le|les|et|à|aux|,)$")


def _in_a_portfolio(text: str, start: int) -> bool:
    """Whether `start` lies in a list of portfolios after a ministry (only capitalised words,
    "de", "et" and commas between them)."""
    before = text[max(0, start - 160) : start]
    heads = list(_PORTFOLIO_HEAD.finditer(before))
    if not heads:
        return False
    between = before[heads[-1].end() :].replace(",", " , ").replace("'", "' ").split()
    # The span is an item of the list: "de la" or "et" right before it, never a comma
    # ("… et de la Communication, Mehdi Bensaïd": the minister after the list).
    last_link = not between or between[-1].lower() in _LINK_WORDS
    return last_link and all(_PORTFOLIO_WORD.match(word) for word in between)


_LINK_WORDS = frozenset({"de", "du", "des", "la", "l'", "le", "les", "et", "à", "aux"})  # a list's links


def _without_common_head(text: str, words: Words, label: str, common_words: frozenset[str]) -> Words:
    """A person after a common noun that opens the sentence: "But de Craig Goodwin" in a live
    report is Craig Goodwin ("Pierre de Coubertin" keeps his name: one word after "de")."""
    if label != "PER" or len(words) < 4 or span_word(text, words[1]) != "de":
        return words
    head = span_word(text, words[0])
    named = all(span_word(text, w)[:1].isupper() for w in words[2:])
    if named and head.lower() in common_words and sentence_initial(text, words[0][0]):
        return words[2:]
    return words


def _the_country_after_common_words(
    text: str, words: Words, label: str, common_words: frozenset[str]
) -> tuple[Words, str]:
    """A country after capitalised common words, a heading's or a cut name's ("Classement
    Belgique", "Changement climatique Canada"): the country. (Not "République démocratique
    du Congo": a particle links a name's words.)"""
    if label not in ("LOC", "MISC") or not 2 <= len(words) <= 3:
        return words, label
    *before, last = [span_word(text, w) for w in words]
    if not is_country(last) or any(word.lower() not in common_words or is_country(word) for word in before):
        return words, label
    if names_an_organisation(" ".join([*before, last])):
        return words, label  # "Libre Belgique" (La Libre Belgique), "Radio France"
    return words[-1:], "LOC"


def _without_a_shouted_kicker(text: str, words: Words, common_words: frozenset[str]) -> Words:
    """A common word in capitals run into the text's first words: a kicker ("PÉNURIE A Rennes,
    comme …" is about Rennes)."""
    if len(words) < 2:
        return words
    head, following = span_word(text, words[0]), span_word(text, words[1])
    kicker = head.isupper() and len(head) >= 4 and head.lower() in common_words
    return words[1:] if kicker and (not following.isupper() or len(following) == 1) else words


def _without_what_follows_a_person(text: str, words: Words, label: str) -> Words:
    """A full name, then "de" and the body the person serves: "Toufik Hakkar de Sonatrach" is
    Toufik Hakkar, "Paul Martin des Alouettes" is Paul Martin ("Charles de Gaulle", "Pierre de
    Coubertin": one word before the particle; "du" is left, as in a club the model calls a
    person: "Etoile Sportive du Sahel")."""
    of = next((i for i, w in enumerate(words) if span_word(text, w) in ("de", "des")), None)
    if label != "PER" or of is None or of < 2 or of + 1 >= len(words):
        return words
    before, after = words[:of], words[of + 1 :]
    if all(span_word(text, w)[:1].isupper() for w in before) and span_word(text, after[0])[:1].isupper():
        return before
    return words


def _without_a_title_of(text: str, words: Words, label: str) -> Words:
    """A place after a title and "de": "Roi de Namur" (in "procureur du Roi de Namur")."""
    titled = label == "LOC" and len(words) >= 3 and span_word(text, words[0]).lower() in TITLES
    return words[2:] if titled and span_word(text, words[1]).lower() in ("de", "du", "d'") else words


def _institution_for_a_place(text: str, words: Words, label: str) -> str:
    """ "préfecture des Deux-Sèvres" as a place: an institution's head in lower case, then a
    name, is the institution."""
    if label != "LOC" or len(words) < 3:
        return label
    head = span_word(text, words[0])
    named = any(span_word(text, w)[:1].isupper() for w in words[1:])
    institution = (
        head in INSTITUTION_HEADS and head != "procureur"
    )  # (an office: "procureur de la République")
    return "ORG" if head.islower() and institution and named else label


def _named_by_kind(text: str, words: Words, label: str) -> bool:
    """An organisation or place named by its kind in lower case: "ministère de l'Intérieur",
    "police vaudoise", "rue du Chapitre"."""
    if words and span_word(text, words[0]).lower() in _TIME_ADJECTIVES:
        return False  # "Nouveau parlement" heading a table: a sentence's words
    if _after_an_auxiliary(text, words):
        return False
    heads = {span_word(text, w).lower() for w in words[:2] if span_word(text, w)[:1].islower()}
    kinds = INSTITUTION_HEADS if label == "ORG" else PLACE_HEADS if label == "LOC" else frozenset()
    # (A place's kind needs a name after it: "palais présidentiel" alone names none.)
    named = label != "LOC" or any(_ELIDED.sub("", span_word(text, w))[:1].isupper() for w in words)
    return bool(heads & kinds) and named


def _after_an_auxiliary(text: str, words: Words) -> bool:
    """A participle, not a place's kind: "elle a cité Jacques Ellul"."""
    return bool(words) and bool(_AUXILIARY_BEFORE.search(text, max(0, words[0][0] - 12), words[0][0]))


_AUXILIARY_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|aura|auront|ai|avons|avez)\s+$")
_TIME_ADJECTIVES = frozenset(
    """nouveau nouvelle nouveaux nouvelles ancien ancienne futur future prochain prochaine actuel
    actuelle""".split()
)
_ELIDED = re.compile(r"^[dl]['’]")  # "stade d'Ébimpé": the name after the elided article
_RESULT_AT_THE_END = re.compile(r"\s+\d{1,2}\s*[-–]\s*\d{1,2}$")
# A capitalised preposition then a lower-case word: an adverbial, never a name ("En Marche" is).
_ADVERBIAL_OPENING = re.compile(r"(?:Par|En|Au|Aux|Sur|Sous)\s+[a-zà-ÿ]")


def _is_name(text: str, start: int, name: str, words: int, label: str, common_words: frozenset[str]) -> bool:
    """Capitalised, not a pronoun or UI word, not a sentence-initial common word or verb,
    and for a person no lowercase word but particles ("Affaires étrangères" left of
    "ministre des Affaires étrangères" is not a person)."""
    if not name or not (name[0].isupper() or name[0].isdigit()) or len(entity_key(name)) < 2:
        return False
    if is_never_a_name(name) or (label != "PER" and is_portfolio(name)):
        return False
    if words == 1 and is_lone_word_no_name(text, start, name, label, common_words):
        return False
    if words > 1 and _opens_a_sentence_in_lower_case(text, start, name, common_words):
        return False
    if words > 1 and is_numbered_common_words(name, common_words):
        return False  # "Essais libres 2", "Hall 5"
    return not (label == "PER" and any(w[:1].islower() and w not in NAME_PARTICLES for w in name.split()))


def _opens_a_sentence_in_lower_case(text: str, start: int, name: str, common_words: frozenset[str]) -> bool:
    """A sentence's or a subhead's opening words: a common word, capitalised only for its place,
    then lower-case words ("Disparition inquiétante", "Dimanche dernier", "Vigilants sur les
    dérapages"). An institution or a place leads with its kind ("Conseil fédéral", "Coupe du
    monde" keep theirs)."""
    first, *rest = name.split()
    lower = first.lower()
    if lower in INSTITUTION_HEADS or lower in PLACE_HEADS or lower in _EVENT_HEADS:
        return False
    if not sentence_initial(text, start) or not _is_common(lower, common_words) or is_place_label(name):
        return False  # ("Corée du Nord : …" opens a line with a country)
    # ("Côte d'Ivoire": a name goes on after its elided particle.)
    if all(re.sub(r"^[dl]['’]", "", word)[:1].islower() for word in rest):
        return True
    # "Retour du Chef": common words on both sides of a particle, whatever their capitals (not
    # "Patrice Talon", "Radio Pulsar": a person's or a brand's name may be common words).
    linked = any(word in ("du", "de", "des") for word in rest)
    return linked and all(word[:1].islower() or _is_common(word.lower(), common_words) for word in rest)


def _is_common(word: str, common_words: frozenset[str]) -> bool:
    return word in common_words or word.rstrip("s") in common_words
