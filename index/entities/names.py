"""What makes two entity names the same: the folded key, and the words of a name."""

from __future__ import annotations

import re

from index.text import entity_key


def word_keys(name: str) -> list[str]:
    """The folded words of a name, for matching "Kim" to "Kim Jong Un"."""
    return [key for key in (entity_key(w) for w in re.split(r"[\s\-'’]+", name)) if key]


def is_shouting(text: str) -> bool:
    """All capitals over more than an acronym's length: text from a shouted headline."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 6 and all(c.isupper() for c in letters)
