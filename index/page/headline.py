"""Pick the headline out of the lines at the top of a scraped page."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from index.page import clutter
from index.text import fold

_MIN_HEADLINE_WORDS = 3
_MAX_HEADLINE_CHARS = 220


def is_all_caps(line: str) -> bool:
    letters = sum(map(str.isalpha, line))
    return letters >= 8 and sum(map(str.isupper, line)) >= 0.9 * letters


def is_prose(line: str) -> bool:
    """A paragraph of the article rather than a label, headline or caption."""
    words = len(line.split())
    if is_all_caps(line):
        return False
    if words >= 25:
        return True
    return words >= 10 and clutter.ends_sentence(line) and not clutter.is_truncated(line)


def _could_be_headline(line: str) -> bool:
    words = line.split()
    if len(words) < _MIN_HEADLINE_WORDS or len(line) > _MAX_HEADLINE_CHARS:
        return False
    if clutter.is_truncated(line) or clutter.is_ui(line) or clutter.is_footer(line):
        return False
    if clutter.is_section_label(line) or clutter.is_breadcrumb(line) or clutter.is_byline(line):
        return False
    if line.rstrip().endswith(":") or clutter.strip_dateline(line) != line:
        return False
    return not (is_prose(line) or (line.rstrip().endswith(".") and not is_all_caps(line)))


def find_headline(header: Sequence[str]) -> str | None:
    """The headline among the lines above the body, or None.

    A line the page repeats (title, og:title, h1) is the headline; else the first line
    shaped like one: a few words, not a label, breadcrumb, caption, byline or sentence.
    """
    folded = [fold(line) for line in header]
    counts = Counter(folded)
    for line, key in zip(header, folded, strict=True):
        if counts[key] > 1 and _could_be_headline(line):
            return line.strip()
    for line in header:
        if _could_be_headline(line):
            return line.strip()
    return None


def first_sentence(paragraph: str) -> str:
    """The first sentence of `paragraph` without a dateline, as a stand-in headline."""
    text = clutter.strip_dateline(paragraph.strip())
    match = re.search(r"(?<=[^\s.A-Z][.!?])\s+(?=[«\"A-ZÀ-Ý])", text)
    sentence = text[: match.start()] if match else text
    if len(sentence) > _MAX_HEADLINE_CHARS:
        sentence = sentence[: _MAX_HEADLINE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return sentence.strip()
