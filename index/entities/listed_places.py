"""Places the model skipped in a list of places: "Aisne, Calvados, Eure, Manche, Oise et Somme"."""

from __future__ import annotations

import re

from index.areas import is_place_label
from index.entities.model import RawSpan

# A list of capitalised names, two at least, joined by commas and a last "et" or "ou":
# "Aisne, Calvados, Eure, Manche, Oise, Seine-Maritime et Somme".
_ITEM = r"[A-ZÀ-Ý][\w'’-]*(?: (?:de |du |des |d['’]|la |le )?[A-ZÀ-Ý][\w'’-]*){0,3}"
_LIST = re.compile(rf"{_ITEM}(?:\s*,\s*{_ITEM})+(?:\s+(?:et|ou)\s+{_ITEM})?")
_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:et|ou)\s+")
# Items the model marked as places for the list to be one of places.
_PLACES_MARKED = 3


def places_listed_with_places(text: str, spans: list[RawSpan]) -> list[RawSpan]:
    """The spans, with the items of a list of places that no span covers: the model marks most
    of a list's places and skips one here and there (written by hand: spaCy has no notion of
    a list's items sharing a type). Only a known place is added, or any item of a list whose
    places the model marked three times or more."""
    places = {span.start for span in spans if span.label == "LOC"}
    found: list[RawSpan] = []
    for listed in _LIST.finditer(text):
        items = _items(text, listed)
        marked = [start for start, _ in items if start in places]
        if len(marked) < 2:
            continue
        for start, end in items:
            if start in places or any(s.start < end and start < s.end for s in spans):
                continue
            if is_place_label(text[start:end]) or len(marked) >= _PLACES_MARKED:
                found.append(RawSpan(start, end, "LOC", listed=True))
    return sorted([*spans, *found], key=lambda span: span.start)


def _items(text: str, listed: re.Match[str]) -> list[tuple[int, int]]:
    """Where each item of the list starts and ends in `text`."""
    items, at = [], listed.start()
    for separator in _SEPARATOR.finditer(text, listed.start(), listed.end()):
        items.append((at, separator.start()))
        at = separator.end()
    items.append((at, listed.end()))
    return items
