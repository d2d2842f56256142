"""Names inside a cleaned mention: the place a body is named after, the two names of a pair."""

from __future__ import annotations

import re
from dataclasses import replace

from index.areas import articled_town, is_country, is_place_label
from index.entities.cleanup import Mention
from index.entities.names import is_shouting
from index.entities.rules import names_an_organisation
from index.outlets import known_outlets

# Bodies and places named after the town, canton or country they serve: "CHU de Lille",
# "Parquet général d'Alger", "canton du Valais", "palais présidentiel de Kosyam", "Communauté
# urbaine de Yaoundé".
_PLACE_BEARING = frozenset(
    """chu chr chru hôpital clinique parquet tribunal cour préfecture sous-préfecture mairie commune
    ville canton région département province district gouvernorat wilaya palais colline estuaire
    port aéroport gare université stade église cathédrale basilique musée chambre barreau diocèse
    conseil assemblée centre zone commissariat police gendarmerie lac baie carrefour tunnel barrage
    marché château prison patinoire piscine hippodrome cimetière communauté métropole agglomération
    municipalité""".split()
)
_PLACE_AT_THE_END = re.compile(
    r"^(?P<head>[\w'’-]+)\b.*?\s(?:de|(?P<du>du)|d['’]|(?P<article>des|de la|de l['’]))\s*"
    r"(?P<place>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+| d['’][A-ZÀ-Ý][\w'’-]+)*)$"  # ("Côte d'Ivoire")
)
# Divisions of a country, named after the place they govern: "la commune de Saint-Imier" and
# "la wilaya de Tizi Ouzou" are Saint-Imier and Tizi Ouzou.
_DIVISIONS = frozenset(
    "commune région département wilaya province district gouvernorat daïra arrondissement comté".split()
)


def place_inside(mention: Mention) -> Mention | None:
    """The place a body's or a place's name ends with, as a mention of its own."""
    if mention.label not in ("ORG", "LOC"):
        return None
    match = _PLACE_AT_THE_END.match(mention.text)
    head = match["head"].lower() if match else ""
    if match is None or head not in _PLACE_BEARING | _DIVISIONS or match["place"] in ("État", "Etat"):
        return None
    # After an article, only a division's place ("région de l'Extrême-Sud", "commune des
    # Cévennes"), known for a département's ("département de l'Habitat" is a ministry's):
    # "Conseil des Etats", "Palais des Sports" and "Chambre de l'Agriculture" name no place.
    if match["article"] and (
        head not in _DIVISIONS or (head == "département" and not is_place_label(match["place"]))
    ):
        return None
    place = match["place"]
    if match["du"] and head not in _DIVISIONS and not is_place_label(place):
        # "Assemblée des Représentants du Peuple": after "du", an area's name or an articled town's
        place = articled_town(place) or ""
        if not place:
            return None
    start = mention.start + match.start("place")
    return Mention(start, mention.end, place, "LOC", is_shouting(place))


def the_divided_place(mention: Mention) -> Mention:
    """A country's division as the place it is named after ("commune de Saint-Imier" is
    Saint-Imier), or the mention itself."""
    match = _PLACE_AT_THE_END.match(mention.text) if mention.label == "LOC" else None
    if match is None or match["head"] not in _DIVISIONS:  # ("Commune de X" is its council)
        return mention
    inside = place_inside(mention)
    return inside if inside is not None else mention


# Two names a hyphen pairs, one of them an acronym: "Suisse-UE", "la coalition CSV-DP".
_PAIR = re.compile(r"^(?P<a>[A-ZÀ-Ý][\w'’]+)-(?P<b>[A-ZÀ-Ý][\w'’]+)$")


# A route between two places: "l'axe Douala-Yaoundé", "le tronçon Sévaré-Mopti", "le TGV
# Paris-Lyon" (a town's own hyphen stays: "Clermont-Ferrand", "Rouyn-Noranda").
_ROUTE_BEFORE = re.compile(
    r"\b(?:axe|axes|route|tronçon|liaison|corridor|ligne|vol|vols|trajet|autoroute|itinéraire|navette"
    r"|TGV|TER|train|bus)(?:\s+(?:routier|ferroviaire|aérien|direct|reliant))?\s+$",
    re.IGNORECASE,
)
_COMPASS = frozenset("nord sud est ouest centre".split())


# Two names an en dash joins: "Compiègne–Amiens", a fixture; a name's own joins use a hyphen.
# A route to a saint's town: "Épinal-Saint-Dié", "Nantes-Saint-Nazaire".
_PAIR_WITH_A_SAINT = re.compile(r"^(?P<a>[A-ZÀ-Ý][\w'’]+)-(?P<b>(?:Saint|Sainte|St|Ste)-[A-ZÀ-Ý][\w'’-]+)$")
# Two names of a list the model ran together over its comma: "Colruyt, Match".
_LISTED_PAIR = re.compile(r"^(?P<a>[A-ZÀ-Ý][\w'’ -]*?\w),\s+(?P<b>[A-ZÀ-Ý][\w'’ -]*\w)$")
_AND_PAIR = re.compile(r"^(?P<a>[A-ZÀ-Ý][\w'’ -]*?\w) et (?P<b>[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,3})$")
_DASHED_PAIR = re.compile(r"^(?P<a>[A-ZÀ-Ý][\w'’ -]*?\w)\s?[–—]\s?(?P<b>[A-ZÀ-Ý][\w'’ -]*\w)$")


def pair_parts(mention: Mention, text: str = "") -> list[Mention]:
    """The two names of a pair, or the mention itself."""
    quoted = _outlet_then_person(mention, text)
    if quoted:
        return quoted
    person_after = _person_after_a_word(mention)
    if person_after:
        return person_after
    route = mention.label == "LOC" and _ROUTE_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
    # (two names dashed apart, or listed: "Colruyt, Match"; a route's "Épinal-Saint-Dié")
    joined = _DASHED_PAIR.match(mention.text) or _LISTED_PAIR.match(mention.text)
    allied = _AND_PAIR.match(mention.text) if mention.label in ("ORG", "MISC") else None
    if allied is not None and names_an_organisation(
        allied["a"], as_written=not names_an_organisation(allied["b"])
    ):
        # "Les Républicains et Ensemble": two bodies the model ran together over "et" ("Droit
        # et Justice" is one party, though "Le Droit" is a paper: its article is missing)
        return [replace(part, label="ORG") for part in _parts(mention, allied)]
    joined = joined or (_PAIR_WITH_A_SAINT.match(mention.text) if route else None)
    if joined is not None:
        return _parts(mention, joined)
    match = _PAIR.match(mention.text)
    if match is None or f"({mention.text})" in text:
        return [mention]  # (an acronym the text defines in brackets is one: "… du Canton de Vaud (HEIG-VD)")
    if route and not any(part.lower() in _COMPASS for part in match.groups()):
        return _parts(mention, match)
    return _parts(mention, match) if _two_names_hyphenated(mention.text, match) else [mention]


def _person_after_a_word(mention: Mention) -> list[Mention]:
    """A person the model ran a word into, before a hyphenated given name: the area they are
    named after ("la Mayenne Jean-Marc Allain", a councillor of the department) kept apart, any
    other word left out ("La France Insoumise Jean-Luc Mélenchon")."""
    match = _AREA_THEN_PERSON.match(mention.text)
    if match is None:
        return []
    if is_place_label(match["a"]):
        place, person = _parts(mention, match)
        return [replace(place, label="LOC"), replace(person, label="PER")]
    if mention.label == "PER" and not _SAINT.match(match["b"]):
        return [replace(_parts(mention, match)[1], label="PER")]
    return []


def _two_names_hyphenated(name: str, match: re.Match[str]) -> bool:
    """An acronym and a name ("CSV-DP", "Suisse-UE"), or a country and its town, as a kicker
    joins them ("Cameroun-Yaoundé", "RDC-Ituri"; not a country's own name: "Guinée-Bissau");
    not a name in capitals ("PORTO-NOVO"), nor a known one ("Keystone-ATS")."""
    acronym = any(part.isupper() and len(part) <= 6 for part in match.groups())
    country_first = is_country(match["a"]) and not is_place_label(name)
    if not (acronym or country_first) or (name.isupper() and len(name) > 7):
        return False
    return not names_an_organisation(name)


# ("Paul St-Pierre Plamondon": a saint's name is a surname's, not a given name)
_SAINT = re.compile(r"^(?:St|Ste|Saint|Sainte)-")
# An area, then a person's given name (hyphenated, or two) and surname: "Mayenne Jean-Marc Allain".
_AREA_THEN_PERSON = re.compile(
    r"^(?P<a>[A-ZÀ-Ý][\w'’-]+)\s+(?P<b>[A-ZÀ-Ý][a-zà-ÿ]+-[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý][\w'’-]+)$"
)


# "au Soir François Kerlo": a paper, then whom it quotes, which the model runs together.
_OUTLET_THEN_PERSON = re.compile(
    r"^(?P<a>[A-ZÀ-Ý][\w'’-]+) (?P<b>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){1,2})$"
)


def _outlet_then_person(mention: Mention, text: str) -> list[Mention]:
    """The outlet the contracted article before the mention names, and the person after it."""
    match = _OUTLET_THEN_PERSON.match(mention.text)
    before = text[max(0, mention.start - 4) : mention.start].split()
    if match is None or not before or text[mention.start - 1 : mention.start] != " ":
        return []
    outlet = known_outlets().named_after(before[-1], match["a"])
    if not outlet:
        return []
    paper, person = _parts(mention, match)
    return [replace(paper, text=outlet, label="ORG"), replace(person, label="PER")]


def _parts(mention: Mention, match: re.Match[str]) -> list[Mention]:
    return [
        Mention(
            mention.start + match.start(part),
            mention.start + match.end(part),
            match[part],
            mention.label,
            is_shouting(match[part]),
        )
        for part in ("a", "b")
    ]


_NUMBER_BEFORE = re.compile(r"(?<!\d)(\d{1,3}) $")  # (or glued on: "mercredi20 Minutes avec AFP")


def the_articled_town(mention: Mention) -> Mention:
    """ "au Havre", "Le Havre" opening a sentence: the town's whole name, article and all."""
    if mention.label not in ("LOC", "MISC", "ORG") or (
        " " in mention.text and not mention.text[:1].isupper()
    ):
        return mention
    town = articled_town(mention.text)
    return replace(mention, text=town, label="LOC") if town else mention


_ELIDED_ARTICLE = re.compile(r"(?<!\w)[lL]['’]$")


def the_contracted_outlet(mention: Mention, text: str) -> Mention:
    """ "au Monde" names Le Monde, and so does "le Monde" (the model leaves the article out;
    `Outlets.named_after`): the outlet's whole name, or the mention itself."""
    number = _NUMBER_BEFORE.search(text, max(0, mention.start - 5), mention.start)
    if number is not None and known_outlets().named(f"{number[1]} {mention.text}"):
        # "20 Minutes", "24 heures": the model leaves the number out
        whole = text[number.start(1) : mention.end]
        return replace(mention, start=number.start(1), text=whole, label="ORG")
    if _ELIDED_ARTICLE.search(text, max(0, mention.start - 3), mention.start):
        # "et l'Express sont unanimes": the magazine L'Express, its article elided in lower case
        elided = known_outlets().named(f"L'{mention.text}")
        if elided is not None and not elided.is_agency:
            return replace(mention, text=f"L'{mention.text}", label="ORG")
    before = text[max(0, mention.start - 4) : mention.start].split()
    if not before or text[mention.start - 1] != " " or mention.text.startswith(("Le ", "La ", "Les ", "L'")):
        return mention
    outlet = known_outlets().named_after(before[-1], mention.text)
    return replace(mention, text=outlet, label="ORG") if outlet else mention


# A scorer's minute after the name, with the score it made ("Cathline (2-1, 60e)") or alone
# ("Dembélé (28e)"); alone, only in a match report, whose minutes pass the 20 places of a
# league's table ("Lorient (3e)" is a club's rank).
_SCORE_AND_MINUTE = re.compile(r"\s?\(\d{1,2}-\d{1,2},\s?\d{1,3}e")
_MINUTE = re.compile(r"\s?\((\d{1,3})e\b")
_LATE_MINUTE = re.compile(r"\((?:\d{1,2}-\d{1,2},\s?)?(?:2[1-9]|[3-9]\d|1[01]\d)e\b")


def the_scorer(mention: Mention, text: str) -> Mention:
    """A name followed by the minute it scored in is a player's, whatever the model typed."""
    if mention.label == "PER" or len(mention.text.split()) > 3:
        return mention
    scored = _SCORE_AND_MINUTE.match(text, mention.end)
    minute = _MINUTE.match(text, mention.end)
    if scored or (minute and _LATE_MINUTE.search(text)):
        return replace(mention, label="PER")
    return mention
