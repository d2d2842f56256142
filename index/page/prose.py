"""Whether a line is the article's prose: a paragraph, rather than a label, a headline or a caption."""

from __future__ import annotations

from index.page import clutter


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
