"""Highlighted snippets from Whoosh's highlighter, as plain text plus the spans of matched words."""

from __future__ import annotations

import re
import unicodedata

from whoosh.highlight import ContextFragmenter, Formatter, get_text

from index.records import Snippet

_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use marks; sanitize() strips them from articles


class MarkFormatter(Formatter):
    """Marks matched tokens with private-use characters instead of HTML, so that the caller
    decides how to show them and article text is never treated as markup."""

    between = " … "

    def format_token(self, text: str, token: object, replace: bool = False) -> str:
        return _OPEN + get_text(text, token, replace) + _CLOSE


def fragmenter() -> ContextFragmenter:
    return ContextFragmenter(maxchars=240, surround=70)


def _accent_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[0]
        if base.isascii() and base.isalpha():
            table[code] = base.lower()
    return table


_ACCENTS = _accent_table()
WINDOW_CHARS = 500


class SnippetWindow:
    """The part of a long body around the first word that may match the query, so that the
    highlighter re-analyses ~900 characters instead of the whole article.

    Whoosh's highlighter tokenises the whole stored text for every hit (two thirds of a
    search's time on 20 results); it can use stored character offsets instead only when
    every document is scored, which costs more. A French stem is almost always a prefix of
    the accent-folded word, which one regex finds; when it is not, the whole body is used."""

    def __init__(self, terms: set[str]) -> None:
        words = sorted((t for t in terms if t.isalnum()), key=len, reverse=True)
        self._pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")") if words else None

    def __call__(self, body: str) -> str:
        if self._pattern is None or len(body) <= WINDOW_CHARS:
            return body
        folded = body.lower().translate(_ACCENTS)
        if len(folded) != len(body):  # a few characters change length when lowercased
            return body
        found = self._pattern.search(folded)
        if found is None:
            return body
        start = max(0, found.start() - WINDOW_CHARS // 3)
        end = start + WINDOW_CHARS
        if start > 0:  # start on a word boundary
            start = body.find(" ", start) + 1 or start
        return body[start:end]


def unmark(marked: str) -> Snippet:
    """Turn marked highlighter output into one line of text and the spans of its matches:
    runs of white space (paragraph breaks too) become one space."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start = -1
    after_space = True  # no space at the start
    for part in _MARKS.split(marked):
        if part == _OPEN:
            start = length
        elif part == _CLOSE:
            if start >= 0:
                spans.append((start, length))
            start = -1
        elif part:
            piece = _SPACES.sub(" ", part)
            if after_space and piece.startswith(" "):
                piece = piece[1:]
            if piece:
                parts.append(piece)
                length += len(piece)
                after_space = piece.endswith(" ")
    text = "".join(parts).rstrip()
    return Snippet(text, tuple((s, min(e, len(text))) for s, e in spans if s < len(text)))


_MARKS = re.compile(f"([{_OPEN}{_CLOSE}])")
_SPACES = re.compile(r"\s+")


def lead_snippet(text: str, limit: int = 240) -> Snippet:
    """A snippet for a hit that matched outside the body: the start of the text."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return Snippet(text)
    return Snippet(text[: limit - 1].rsplit(" ", 1)[0] + "…")
