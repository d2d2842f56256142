"""What makes two entity names the same: the folded key, and the words that are never a name."""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def entity_key(name: str) -> str:
    """ "Kim Jong-un", "KIM JONG UN" and "Kim Jong Un" -> "kimjongun"; "États-Unis" -> "etatsunis"."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_LIGATURES).casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def word_keys(name: str) -> list[str]:
    """The folded words of a name, for matching "Kim" to "Kim Jong Un"."""
    return [key for key in (entity_key(w) for w in re.split(r"[\s\-'’]+", name)) if key]


def is_shouting(text: str) -> bool:
    """All capitals over more than an acronym's length: text from a shouted headline."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 6 and all(c.isupper() for c in letters)


ENTITY_TYPES = ("PER", "LOC", "ORG", "MISC")
