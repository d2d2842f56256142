"""Whether a one-word mention is a name: common words, peoples, and heads of names cut short."""

from __future__ import annotations

import re
from functools import lru_cache

from index.areas import is_place_label
from index.entities.not_names import is_month_of_a_date
from index.entities.offices import TITLES
from index.entities.peoples import IRREGULAR_DEMONYMS, is_people, one_man_of_a_people
from index.entities.rules import INSTITUTION_HEADS, names_an_organisation
from index.text import fold_chars

# Endings of French verb forms (participles, infinitives, conjugations): a lone capitalised
# word with one of these at the start of a sentence is a verb, not a name.
_VERB_ENDING = re.compile(r"(?:é|ée|és|ées|er|ez|ant|ait|aient|ons|iez|ions|èrent|it|ir)$")


# A verb with its pronoun: "Donnez-nous", "Rejoignez-les", "Allons-y".
_IMPERATIVE = re.compile(r"[a-zà-ÿ]{3,}-(?:nous|vous|moi|toi|les|la|le|leur|lui|en|y)$")


def sentence_initial(text: str, start: int) -> bool:
    """At a sentence's or a line's start, or alone on a short line (a menu entry, a label):
    where French capitalises any word."""
    before = text[:start].rstrip(" \t«\"“'([—–-•·▪*|/")
    if not before or before[-1] in ".!?:\n…»" or text[:start].endswith("/"):  # ("Guinée/Retour du …")
        return True
    if _LIVE_CLOCK.search(text, max(0, start - 12), start):
        return True  # a live post's first word, after its time: "23:20 - Bonne soirée"
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    return len(text[line_start : line_end if line_end != -1 else len(text)].split()) <= 4


_LIVE_CLOCK = re.compile(r"\b\d{1,2}[:h]\d{2}\s*[-–—]?\s*$")


def is_lone_word_no_name(text: str, start: int, name: str, label: str, common_words: frozenset[str]) -> bool:
    """A one-word mention that is a common word, a people, or the head of a name cut short."""
    if one_man_of_a_people(text, start, name):
        return True  # "le Suisse", where "la Suisse" is the country
    if name.lower() in _NAME_HEADS_ALONE:
        return True  # "Haute" of "Haute commission mixte …": a name's adjective, cut from it
    if _a_side(text, start, name):
        return True  # ("Nord" is a département too)
    if label != "LOC" and name.lower().removesuffix("s") in IRREGULAR_DEMONYMS and not is_place_label(name):
        return True  # "beaucoup de Burkinabè" (the lemmatizer lists no such word)
    if label == "LOC" and is_place_label(name):
        return False  # "Guinée" and "Chine" are common words too, "Manche" and "Somme" as well
    # A place keeps a plural that is a common word ("Tours", "Rennes", "Paris, accrocheur …")
    # except at a title's head ("Intempéries : …", "Mali : Meurtres et disparitions") or when
    # it only ever opens a sentence ("Honneurs sont rendus aux membres disparus").
    plural = label != "LOC" or _opens_a_title(text, start) or not _treated_as_a_town(text, start, name)
    # (or after the elided article opening the sentence: "L'Attribution de 54 300 € …")
    article = _SENTENCE_S_ARTICLE.search(text, 0, start)
    initial = sentence_initial(text, article.start() if article else start)
    if initial and (_is_common_word(text, name, common_words, plural) or _IMPERATIVE.search(name)):
        return True
    if is_generic_body(name) or _an_office(name):
        return True  # ("du Wali de la région", "les nouveaux Walis": an office alone)
    # (After "à" or "en" with no article, a capitalised word is a name: "à Cannes", "en Valais";
    # a common noun takes its article, "à la gare".)
    if (
        _is_word_not_name(name, label, common_words)
        and not _after_a_bare_preposition(text, start, name, label)
        and not _a_given_name_inside_a_sentence(text, start, name, label)
    ):
        return True
    return _a_word_of_the_sentence(text, start, name, label, common_words)


# Common words numbered: "Essais libres 2", "Hall 5", "Episode 5", "départementale 13".
_NUMBERED_WORDS = re.compile(r"^(?P<words>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s+\d{1,4}$")


_NUMBERED_NAMES = frozenset("départementale nationale route autoroute ligue division".split())


def is_numbered_common_words(name: str, common_words: frozenset[str]) -> bool:
    """Common words and a number: a session, a hall, an episode, no name ("France 2",
    "Canal 9" are channels: a place's name, or a known body's)."""
    found = _NUMBERED_WORDS.match(name)
    if found is None or is_place_label(found["words"]) or names_an_organisation(name):
        return False
    if found["words"].split()[0].lower() in _NUMBERED_NAMES:
        return False  # a road, "Départementale 58"; a league, "Ligue 1"
    folded = _folded(common_words)
    return all(
        any(form in common_words or fold_chars(form) in folded for form in _base_forms(word.lower()))
        for word in found["words"].split()
    )


def _an_office(name: str) -> bool:
    return name.lower() in TITLES or name.lower().removesuffix("s") in TITLES


def _a_word_of_the_sentence(
    text: str, start: int, name: str, label: str, common_words: frozenset[str]
) -> bool:
    """A common word the text also writes in lower case, a date's month, a people, or the head
    of a name cut short."""
    if name.lower() in common_words and _used_in_lower_case(text, name):
        return True  # "La Vigilance météorologique … cette vigilance rouge"
    if is_month_of_a_date(text, start, name):
        return True
    if is_people(text, start, name) or _is_cut_short(text, start + len(name), name, common_words):
        return True
    return label == "LOC" and _a_common_noun_s_head(text, start + len(name), name, common_words)


def _a_given_name_inside_a_sentence(text: str, start: int, name: str, label: str) -> bool:
    """A person named by one word inside a sentence, after no article: "Décalé par David",
    "servi par Thomas", "un but de Cornet" (the lemmatizer lists "david", "thomas" and
    "cornet" as words; "la Marine", "la Victoire" take their article)."""
    if label != "PER" or name.isupper() or _DEMONYM.search(name.lower()):
        return False
    if _CAPITALISED_NEXT.match(text, start + len(name)):
        return False  # the model cut it from a longer name: "Archipel" of "Archipel Citoyen"
    qualifier = _LOWER_WORD.match(text, start + len(name))
    if qualifier is not None and _ADJECTIVE_ENDING.search(qualifier[1]):
        return False  # a title and its adjective: "Evouna, Trésorier général du parti"
    before = text[max(0, start - 20) : start]
    return bool(_INSIDE_A_SENTENCE.search(before)) and not _DETERMINER_BEFORE.search(before)


_INSIDE_A_SENTENCE = re.compile(r"[a-zà-ÿ,]\s+$")
_CAPITALISED_NEXT = re.compile(r" [A-ZÀ-Ý]")
_DETERMINER_BEFORE = re.compile(
    r"(?:^|[\s'’])(?i:le|la|les|l|un|une|du|des|au|aux|sa|son|ses|leur|leurs|cette|ce|cet|ces|notre|votre"
    r"|nos|vos|mon|ma|mes|d)\s*['’]?\s*$"
)


def _a_side(text: str, start: int, name: str) -> bool:
    """ "Nord" as a side, not the département: "l'hémisphère Nord", or set against another
    side ("les régions du Nord et celles du Sud")."""
    if name not in ("Nord", "Sud", "Est", "Ouest"):
        return False
    if text[max(0, start - 12) : start].lower().endswith(("hémisphère ", "pôle ", "côte ")):
        return True
    sentence = text[max(0, start - 80) : start + 80]
    return len(set(_SIDE.findall(sentence))) >= 2


_SIDE = re.compile(r"\b(?:du|le|au|l['’])\s?(Nord|Sud|Est|Ouest)\b")


_SENTENCE_S_ARTICLE = re.compile(r"(?<![\w'’])[LD][’']$")


# Capitalised common nouns a text uses for the authority it means ("la Ville", "la Province",
# "l'Exécutif", "la communication du Palais"): no name of their own. ("Confédération",
# "Hexagone", "Grand-Duché" name one place each, and stay.)
_GENERIC_BODIES = frozenset(
    fold_chars(word)
    for word in """ville municipalité mairie province région régions nation palais pays république état
    états département commune agglomération métropole territoire exécutif hémicycle canton conseil
    ministère parquet cour agence gouvernement tribunal préfecture internet""".split()
)


def is_generic_body(word: str) -> bool:
    """ "la Ville", "l'Etat", "la Cour": the authority a text means, named by its kind alone."""
    return fold_chars(word.lower()) in _GENERIC_BODIES


# Adjectives that open names ("Haute-Vienne", "Grand Est", "Petite Camargue", "Nouvelle-Aquitaine",
# "Saint-Malo"), never a name alone.
_NAME_HEADS_ALONE = frozenset(
    "haute haut hautes hauts basse bas grand grande petit petite nouveau nouvelle vieux vieille saint"
    " sainte".split()
)


# Demonyms: "Français", "Gallois", "Tunisiens" name peoples, not places or persons.
_DEMONYM = re.compile(r"(?:ois|oise|ais|aise|ien|ienne|ain|aine|éen|éenne|ite|an|ane|ol|ole)s?$")


def _is_word_not_name(name: str, label: str, common_words: frozenset[str]) -> bool:
    """A lone French word anywhere in the text: a demonym ("les Français"), or for a person,
    an organisation or a miscellany a common noun ("Directrice", "Défense", "Corner" in a live
    match report) unless it is a known organisation's name. Places keep theirs: Bordeaux,
    Liège, Tours, la Manche and le Cher are common nouns too."""
    lower = name.lower()
    folded = _folded(common_words)  # (a word without its accents: "Economie" as a rubric)
    if not any(form in common_words or fold_chars(form) in folded for form in _base_forms(lower)):
        return False
    if label == "ORG" and lower in INSTITUTION_HEADS:
        return False  # "le Parlement", "le Sénat": the capital makes the institution
    demonym = bool(_DEMONYM.search(lower))
    # (The outlet and organisation lists are asked last: it is the slow check.)
    return (demonym or label in ("PER", "MISC", "ORG")) and not names_an_organisation(name)


# Feminine and plural endings back to the masculine singular the lemmatizer lists: "Petites"
# is "petit", "Nationaux" is "national". (Written by hand: the lemmatizer is not loaded.)
_INFLECTIONS = (
    ("aux", "al"),
    ("ives", "if"),
    ("ive", "if"),
    ("euses", "eux"),
    ("euse", "eux"),
    ("ères", "er"),
    ("ère", "er"),
    ("elles", "el"),
    ("elle", "el"),
    ("ennes", "en"),
    ("enne", "en"),
    ("onnes", "on"),
    ("onne", "on"),
    ("es", ""),
    ("e", ""),
    ("s", ""),
    ("x", ""),
)


def _base_forms(lower: str, plural: bool = True) -> list[str]:
    """`lower` and the masculine singular forms it may be an inflection of; without `plural`,
    not the bare plural: "Rennes", "Tours" and "Cannes" are towns before they are reindeer."""
    endings = _INFLECTIONS if plural else _INFLECTIONS[:-2]
    return [lower] + [lower[: -len(end)] + base for end, base in endings if lower.endswith(end)]


_OF_NAME = re.compile(r" (?:de|du|des|d')\s*[A-ZÀ-Ýa-zà-ÿ]")


def _is_cut_short(text: str, end: int, name: str, common_words: frozenset[str]) -> bool:
    """The head of a longer name the model cut ("Département" of "Département de la cohésion
    sociale", "Centre" of "Centre de recherche", "Centre fédéral pour requérants d'asile"):
    alone it names nothing."""
    if name.lower() not in INSTITUTION_HEADS | _CUT_HEADS:
        return False
    qualifier = _LOWER_WORD.match(text, end)
    return bool(_OF_NAME.match(text, end)) or (
        qualifier is not None
        and qualifier[1] in common_words
        and bool(_ADJECTIVE_ENDING.search(qualifier[1]))
    )


def _a_common_noun_s_head(text: str, end: int, name: str, common_words: frozenset[str]) -> bool:
    """A common noun the model took for a place, cut from the words that make it a name: "au
    Bureau du coroner", "(Salle communautaire de …", "le Front commun".
    (Places that are common nouns too, "la Manche", "le Cher", are read before.)"""
    if not any(form in common_words for form in _base_forms(name.lower(), plural=False)):
        return False
    qualifier = _QUALIFIER.match(text, end)
    if qualifier is None:
        return False
    word = qualifier["word"]
    return (
        bool(qualifier["of"])
        or word in _LINKS
        or (word in common_words and bool(_ADJECTIVE_ENDING.search(word)))
    )


# A lower-case word after the noun, or "de" and one: what the name goes on with.
_QUALIFIER = re.compile(r" (?P<of>(?:de|du|des) |d['’])?(?P<word>[a-zà-ÿ]{3,})(?![\w'’-])")
_LINKS = frozenset({"commun", "commune"})  # (not "contre": "la guerre du Kremlin contre …")


_LOWER_WORD = re.compile(r" ([a-zà-ÿ]{4,})(?![\w'’-])")
# An adjective's endings ("fédéral", "cantonale", "européen"), where a noun after the head is
# the sentence's ("au Parlement début 2023", "la Chambre vote").
_ADJECTIVE_ENDING = re.compile(
    r"(?:al|ale|aux|el|elle|ique|if|ive|aire|ien|ienne|ain|aine|ais|aise|ois|oise|éen|éenne|iste)s?$"
)


# Heads of names that are nothing alone, besides the institutions.
_CUT_HEADS = frozenset("département centre service région secrétariat délégation".split())


def _after_a_bare_preposition(text: str, start: int, name: str, label: str) -> bool:
    """ "à Cannes", "en Valais" (a place's: "en Établissement public" is a status, "en LIVE" a
    label)."""
    found = _BARE_PREPOSITION.search(text[max(0, start - 8) : start])
    return found is not None and not name.isupper() and (found.group(1) == "à" or label == "LOC")


def _treated_as_a_town(text: str, start: int, name: str) -> bool:
    """Written inside a sentence, or followed by a comma, a dateline's mark or a singular verb:
    "Paris, accrocheur …", "Tours / …", "Rennes a battu …", where "Honneurs sont rendus"."""
    after = text[start + len(name) : start + len(name) + 12].lstrip(" ")
    return (
        after.startswith((",", "/", "-", "–", "—", "("))
        or bool(_SINGULAR_VERB.match(after))
        or _named_inside_a_sentence(text, name)  # (last: it reads the whole text)
    )


_SINGULAR_VERB = re.compile(
    r"(?:a|est|va|fait|doit|peut|reste|sera|était|avait|aura|devient|vient|veut|accueille)\s"
)


def _named_inside_a_sentence(text: str, name: str) -> bool:
    """The text writes the word capitalised after a lower-case word too ("… battu Paris"): a
    name, where "Honneurs sont rendus …" only opens a sentence."""
    return bool(re.search(rf"[a-zà-ÿ,]\s+{re.escape(name)}(?![\w-])", text))


_BARE_PREPOSITION = re.compile(r"(?:^|[\s(])(à|en)\s+$")


def _used_in_lower_case(text: str, word: str) -> bool:
    """The text writes the word in lower case too, inside a line: "… cette vigilance rouge"
    (not a logo's alt text alone on its line, "vichy")."""
    lower = word.lower()
    if lower == word or lower not in _words_of(text):
        return False
    inside = rf"[\w,;:'’][ \t]*{re.escape(lower)}(?![\w-])|(?<![\w-]){re.escape(lower)}[ \t]*[\w,;:]"
    return bool(re.search(inside, text))


@lru_cache(maxsize=8)
def _words_of(text: str) -> frozenset[str]:
    """The words of `text` as written, read once per text: every mention of an article asks."""
    return frozenset(_WORD_CHARS.findall(text))


_WORD_CHARS = re.compile(r"[\w-]+")


def _is_common_word(text: str, word: str, common_words: frozenset[str], plural: bool) -> bool:
    """A capitalised sentence opener that is a French word (or, with `plural`, a plural of
    one), that the text also uses in lower case, or a verb form."""
    lower = word.lower()
    if lower == word:
        return False
    if any(form in common_words for form in _base_forms(lower, plural=plural)):
        return True  # also shouted: "PRESSE", "TRAFIC" (acronyms such as "ONU" are no words)
    if any(form in _folded(common_words) for form in _base_forms(fold_chars(lower), plural=plural)):
        return True  # a word without its accents: "Elèves", "Meteo"
    if _used_in_lower_case(text, word):
        return True
    # (Every part of "Cameroun-Yaoundé" capitalised: places joined, no participle.)
    compound = "-" in word and all(part[:1].isupper() for part in word.split("-"))
    return bool(_VERB_ENDING.search(lower)) and not word.isupper() and not compound


@lru_cache(maxsize=2)  # (a frozenset keeps its hash: the lookup is cheap)
def _folded(common_words: frozenset[str]) -> frozenset[str]:
    """The common words without their accents, made once per word list."""
    return frozenset(fold_chars(word) for word in common_words)


_MOST_TITLE_WORDS = 10


def _opens_a_title(text: str, start: int) -> bool:
    """At the head of a short line that is no sentence (a headline, a subhead), or after its
    kicker's colon."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    before = text[line_start:start].strip()
    # (A title has words in lower case: "Paris / La Gazette" is a dateline and its paper.)
    lowercase = sum(1 for word in line.split() if word[:1].islower())
    short = len(line.split()) <= _MOST_TITLE_WORDS
    titled = short and lowercase >= 2 and not line.rstrip().endswith((".", "!"))
    return titled and (not before or before.endswith(":"))
