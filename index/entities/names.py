"""What makes two entity names the same, and the words of a name: the folded key, a span's words."""

from __future__ import annotations

import re

from index.text import entity_key

# Words that open a sentence and never a name: after "X." they end the name before them
# ("… sur X. En raison de …", "le stade Mohammed V. Pour ce match …").
SENTENCE_OPENERS = (
    "En Le La Les Un Une Il Elle Ils Elles On Au Aux Des Du De Et Ce Ces Cet Cette Son Sa Ses Dans Pour "
    "Par Sur Mais Si Selon Après Avant Depuis"
).split()
DETERMINERS = frozenset(
    "le la les un une des du de d' l' au aux ce cet cette son sa ses nos vos leurs notre votre leur".split()
)
Words = list[tuple[int, int]]  # [start, end) of each word of a span, in the text


def word_keys(name: str) -> list[str]:
    """The folded words of a name, for matching "Kim" to "Kim Jong Un"."""
    return [key for key in (entity_key(w) for w in re.split(r"[\s\-'’]+", name)) if key]


def is_shouting(text: str) -> bool:
    """All capitals over more than an acronym's length: text from a shouted headline."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 6 and all(c.isupper() for c in letters)


def span_word(text: str, word: tuple[int, int]) -> str:
    return text[word[0] : word[1]]
