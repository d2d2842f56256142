"""Lines in English on a French page: a paywall's or an account's box, never the article."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Function words: frequent, and of one language only. Written by hand: a language detector
# (langdetect, fastText) is unsure on a line of five words, and these lists are not.
_ENGLISH = frozenset(
    "the your you to and for is are our this will be with of on please we it an all only can get in "
    "here more now my by from".split()
)
_FRENCH = frozenset(
    "le la les des du de et est une un pour dans que qui sur au aux par pas ce cette il elle vous "
    "nous à en ne son sa ses se plus".split()
)
_WORD = re.compile(r"[a-zà-ÿ']+")
_SHORT_LINE_WORDS = 40


def _counts(line: str) -> tuple[int, int]:
    words = _WORD.findall(line.lower())
    return sum(w in _ENGLISH for w in words), sum(w in _FRENCH for w in words)


def is_english_line(line: str) -> bool:
    """A short line with English function words and no French one ("Please select your date
    of birth", "This is a Pro feature.")."""
    if len(line.split()) > _SHORT_LINE_WORDS:
        return False
    english, french = _counts(line)
    return english >= 2 and french == 0


def is_french_page(paragraphs: Sequence[str]) -> bool:
    """Most of the page's function words are French: there, an English line is furniture
    (on an English page it is the article, and is kept)."""
    english = french = 0
    for paragraph in paragraphs:
        e, f = _counts(paragraph)
        english, french = english + e, french + f
    return french >= 2 * max(english, 1)
