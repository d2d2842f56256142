"""Names inside a cleaned mention: the place a body is named after, the two names of a pair."""

from __future__ import annotations

import re

from index.entities.cleanup import Mention
from index.entities.names import is_shouting
from index.entities.rules import names_an_organisation

# Bodies and places named after the town, canton or country they serve: "CHU de Lille",
# "Parquet général d'Alger", "canton du Valais", "palais présidentiel de Kosyam".
_PLACE_BEARING = frozenset(
    """chu chr chru hôpital clinique parquet tribunal cour préfecture sous-préfecture mairie commune
    ville canton région département province district gouvernorat wilaya palais colline estuaire
    port aéroport gare université stade église cathédrale basilique musée chambre barreau diocèse
    conseil assemblée centre zone commissariat police gendarmerie lac baie carrefour tunnel barrage
    marché château prison patinoire piscine hippodrome cimetière""".split()
)
_PLACE_AT_THE_END = re.compile(
    r"^(?P<head>[\w'’-]+)\b.*?\s(?:de|du|d['’])\s*(?P<place>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)*)$"
)


def place_inside(mention: Mention) -> Mention | None:
    """The place a body's or a place's name ends with, as a mention of its own."""
    if mention.label not in ("ORG", "LOC"):
        return None
    match = _PLACE_AT_THE_END.match(mention.text)
    if match is None or match["head"].lower() not in _PLACE_BEARING or match["place"] in ("État", "Etat"):
        return None
    start = mention.start + match.start("place")
    return Mention(start, mention.end, match["place"], "LOC", is_shouting(match["place"]))


# Two names a hyphen pairs, one of them an acronym: "Suisse-UE", "la coalition CSV-DP".
_PAIR = re.compile(r"^(?P<a>[A-ZÀ-Ý][\w'’]+)-(?P<b>[A-ZÀ-Ý][\w'’]+)$")


def pair_parts(mention: Mention) -> list[Mention]:
    """The two names of a pair, or the mention itself."""
    match = _PAIR.match(mention.text)
    acronym = match is not None and any(part.isupper() and len(part) <= 6 for part in match.groups())
    # (Not a name in capitals, "PORTO-NOVO", nor a known one, "Keystone-ATS".)
    if match is None or not acronym or (mention.text.isupper() and len(mention.text) > 7):
        return [mention]
    if names_an_organisation(mention.text):
        return [mention]
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
