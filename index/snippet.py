"""Highlighted snippets from Whoosh's highlighter, as plain text plus the spans of matched words."""

from __future__ import annotations

from dataclasses import dataclass

from whoosh.highlight import ContextFragmenter, Formatter, get_text

_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use marks; sanitize() strips them from articles


@dataclass(frozen=True)
class Snippet:
    """Text around the matches; `spans` are [start, end) offsets of matched words in `text`."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()


class MarkFormatter(Formatter):
    """Marks matched tokens with private-use characters instead of HTML, so that the caller
    decides how to show them and article text is never treated as markup."""

    between = " … "

    def format_token(self, text: str, token: object, replace: bool = False) -> str:
        return _OPEN + get_text(text, token, replace) + _CLOSE


def fragmenter() -> ContextFragmenter:
    return ContextFragmenter(maxchars=240, surround=70)


def unmark(marked: str) -> Snippet:
    """Turn marked highlighter output into one line of text and the spans of its matches."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start = -1
    for char in marked:
        if char == _OPEN:
            start = length
        elif char == _CLOSE:
            if start >= 0:
                spans.append((start, length))
            start = -1
        elif char.isspace():
            if length and parts[-1] != " ":  # paragraph breaks and runs of spaces become one space
                parts.append(" ")
                length += 1
        else:
            parts.append(char)
            length += 1
    text = "".join(parts).rstrip()
    return Snippet(text, tuple((s, min(e, len(text))) for s, e in spans if s < len(text)))


def lead_snippet(text: str, limit: int = 240) -> Snippet:
    """A snippet for a hit that matched outside the body: the start of the text."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return Snippet(text)
    return Snippet(text[: limit - 1].rsplit(" ", 1)[0] + "…")
