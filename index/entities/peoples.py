"""Whether a capitalised word names a people: "les Lensois", "un Kinois", "le Suisse" (where
"la Suisse" is the country), a list of residents."""

from __future__ import annotations

import re

# (or a salutation's: "Chères Belges, chers Belges")
_PLURAL_ARTICLE = re.compile(r"(?:^|\s|«)(?:les|des|aux|ces|nos|vos|leurs|chers|chères)\s+$", re.IGNORECASE)


def is_people(text: str, start: int, name: str) -> bool:
    """A demonym after a plural article, or "un", names a people, whether the lemmatizer lists
    it or not: "les Lensois", "des Valaisannes", "d'un Kinois" (never "les Cévennes", "les
    Ardennes": no such ending)."""
    before = text[max(0, start - 120) : start]
    if not _PEOPLE.search(name.lower()):
        return False
    one_of = _ONE_OF_A_PEOPLE.search(before[-8:]) or _MANY_OF_A_PEOPLE.search(before[-30:])
    if _PLURAL_ARTICLE.search(before[-8:]) or one_of or _PAIRED_PEOPLE.search(before):
        return True
    return _in_a_list_of_peoples(text, start)


def one_man_of_a_people(text: str, start: int, name: str) -> bool:
    """After a masculine article, one of a people whose name no ending tells ("le Suisse", "au
    Serbe", "le premier Belge"), or any people's before a person's name ("l'Allemand Daniel
    Altmaier"; "le Chablais" alone is a region)."""
    if not _ONE_MAN_OF_A_PEOPLE.search(text[max(0, start - 12) : start]):
        return False
    lower = name.lower()
    return lower in IRREGULAR_DEMONYMS or (
        bool(_PEOPLE.search(lower)) and bool(_A_NAME_NEXT.match(text, start + len(name)))
    )


_A_NAME_NEXT = re.compile(r" [A-ZÀ-Ý][a-zà-ÿ]+ [A-ZÀ-Ý]")


# A list of capitalised words: "Ancileviens, Cran-Gevriens, Meythesans et Seynodiens".
_CAPITALISED_LIST = re.compile(
    r"[A-ZÀ-Ý][\w'’-]+(?:\s*,\s*[A-ZÀ-Ý][\w'’-]+){1,10}\s*,?\s+(?:et|ou)\s+[A-ZÀ-Ý][\w'’-]+"
)
_RESIDENTS = re.compile(r"[ié]ens$")


def _in_a_list_of_peoples(text: str, start: int) -> bool:
    """An item of a list where three items or more end as residents do ("-iens", "-éens"):
    a list of peoples, whatever the other items' endings. (Towns end so one at a time:
    "Amiens, Calais et Beauvais".)"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    for found in _CAPITALISED_LIST.finditer(line):
        if found.start() <= start - line_start < found.end():
            items = re.findall(r"[A-ZÀ-Ý][\w'’-]+", found.group(0))
            return sum(1 for item in items if _RESIDENTS.search(item)) >= 3
    return False


# "un Kinois", "d'une Genevoise": one of a people.
_ONE_OF_A_PEOPLE = re.compile(r"(?:^|\s|d')(?:un|une)\s+$", re.IGNORECASE)
# "des milliers de Sétifiens", "des nombreux Ziguinchorois", "plusieurs Lyonnais": many of a people.
_MANY_OF_A_PEOPLE = re.compile(
    r"(?:\b(?:milliers|centaines|dizaines|millions|nombre|foule|majorité|plupart)\s+(?:de|d'|des)"
    r"|\b(?:nombreux|nombreuses|plusieurs|quelques|certains|certaines|deux|trois|quatre|cinq|\d+))\s+$",
    re.IGNORECASE,
)


# Both genders named, or a list of peoples: "les Joliettaines et Joliettains", "les
# Annéciens, Seynodiens et Cran-Gevriens".
_PAIRED_PEOPLE = re.compile(
    r"(?:^|\s)(?:les|des|aux|ces)\s+[A-ZÀ-Ý][\w-]+(?:\s*,\s*[A-ZÀ-Ý][\w-]+){0,6}\s*(?:,|\bet|\bou)\s+$",
    re.IGNORECASE,
)


# Not "an" nor "ite": "les Balkans"; "-ins" only, masculine: "les Poitevins", never "les
# Philippines". Peoples whose adjective has no such ending: "les Suisses"; a town's
# supporters: "les Akbouistes".
_PEOPLE = re.compile(
    r"(?:ois|oise|ais|aise|ien|ienne|ain|aine|anne|éen|éenne|and|ande)s?$|istes$|ins$"
    r"|^(?:belge|suisse|russe|arabe|basque|tchèque|slovaque|turc|turque|grec|grecque)s$|^burkinab[èé]s?$"
)
# Peoples' names that no ending tells ("le Belge", "un Serbe"): a country's name for some
# ("la Suisse"), so one only after a masculine article.
IRREGULAR_DEMONYMS = frozenset(
    """belge suisse russe biélorusse arabe basque corse tchèque slovaque slovène croate serbe bulgare
    bosniaque kosovar turc turque grec grecque britannique kurde malgache argentin argentine letton
    lettonne burkinabè burkinabé""".split()
)
# A masculine article or word before one of a people: "le Suisse", "au Serbe", "le premier Belge".
_ONE_MAN_OF_A_PEOPLE = re.compile(
    r"(?:^|[\s'’])(?:le|du|au|un|l['’]|premier|dernier|jeune|nouveau)\s*$", re.IGNORECASE
)
