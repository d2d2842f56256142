"""Lines in another language on a French page (English, Dutch, German): a paywall's or an
account's box, a notice to readers, a link to a translation; never the article."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Function words: frequent, and of one language only. Written by hand: a language detector
# (langdetect, fastText) is unsure on a line of five words, and these lists are not.
_ENGLISH = frozenset(
    "the your you to and for is are our this will be with of on please we it an all only can get in "
    "here more now my by from".split()
)
# (Without the words French shares: "de", "en", "hier", "est".)
_DUTCH = frozenset(
    "het een van naar waar met aan niet meer zijn wordt ook bij uit voor dat wij zij hun onze deze dit "
    "werd worden heeft hebben kunnen".split()
)
_GERMAN = frozenset(
    "der die das und ist nicht mit sie ein eine dem den wir ich auf für von zu auch wird sind hat "
    "oder".split()
)
_FRENCH = frozenset(
    "le la les des du de et est une un pour dans que qui sur au aux par pas ce cette il elle vous "
    "nous à en ne son sa ses se plus".split()
)
_WORD = re.compile(r"[a-zà-ÿ']+")
_SHORT_LINE_WORDS = 40


def _counts(line: str) -> tuple[int, int]:
    """The function words of the most frequent other language, and the French ones."""
    words = _WORD.findall(line.lower())
    foreign = max(sum(w in language for w in words) for language in (_ENGLISH, _DUTCH, _GERMAN))
    return foreign, sum(w in _FRENCH for w in words)


def is_foreign_line(line: str) -> bool:
    """A short line with another language's function words and no French one ("Please select
    your date of birth", "Lesen Sie die deutsche Version hier."), or a longer one where they
    outnumber the French ones by far (a Dutch notice, whose "de" and "en" French shares)."""
    foreign, french = _counts(line)
    if len(line.split()) <= _SHORT_LINE_WORDS and foreign >= 2 and french == 0:
        return True
    return foreign >= 6 and foreign >= 3 * french


def is_french_page(paragraphs: Sequence[str]) -> bool:
    """Most of the page's function words are French: there, an English line is furniture
    (on an English page it is the article, and is kept)."""
    english = french = 0
    for paragraph in paragraphs:
        e, f = _counts(paragraph)
        english, french = english + e, french + f
    return french >= 2 * max(english, 1)
