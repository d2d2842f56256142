"""Text shared by every room: the sanitiser (no escapes, no controls), accent folding and French elision."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# ECMA-48 sequences: CSI (ESC [ ... final), OSC/DCS/APC/PM/SOS strings (ended by BEL or ST),
# two-character ESC sequences, and their 8-bit C1 forms.
_ESCAPES = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]                     # CSI
  | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]).*?(?:\x07|\x1b\\|\x9c|$)   # OSC, DCS, SOS, PM, APC
  | \x1b[ -/]*[0-~]                                     # other ESC sequences
    """,
    re.VERBOSE | re.DOTALL,
)
# Every other C0/C1 control except tab and newline, plus DEL, the BOM and the
# private-use markers the highlighter uses internally.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ue000\ue001]")
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Zero-width characters, and the bidirectional embeddings, overrides and isolates that can
# make a title read as something else ("Trojan Source"); the implicit marks LRM/RLM stay.
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\u202a-\u202e\u2066-\u2069]")


def sanitize(text: str) -> str:
    """Return `text` composed (NFC: a decomposed "Corée" is the same word as a composed one),
    with newlines normalised and every escape sequence, control and invisible override removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", _SPACES.sub(" ", text))


def sanitize_line(text: str) -> str:
    """Like `sanitize`, for a one-line field (title, source, query): newlines become spaces."""
    return " ".join(sanitize(text).split())


def printable(text: str) -> str:
    """Any string about to reach a terminal (a title, a path, a reason, an error message) as
    one safe line: no escapes or controls, and the bytes of a file name that is not UTF-8
    (which Python keeps as lone surrogates) shown as U+FFFD instead of failing to print."""
    if any("\ud800" <= char <= "\udfff" for char in text):
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return sanitize_line(text)


# -- folding: one rule for comparing lines, indexing words and keying entity names ------------

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "’": "'"})
# Regex passes, not a per-character loop in Python: that loop was a tenth of ingestion time.
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_QUOTES = re.compile(r"[\"'’“”«»]")


def fold_chars(text: str) -> str:
    """Lowercase, without accents or ligatures: "Cœur" -> "coeur", "Corée" -> "coree"."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_LIGATURES).casefold()))


def fold(text: str) -> str:
    """A line folded for comparing two lines: no case, accents or quotes, spaces collapsed."""
    # The parse folds the same lines at each of its stages: short ones are remembered (a
    # bounded cache of short keys: a page of one huge line must not fill the memory).
    return _fold_line(text) if len(text) <= _LONGEST_REMEMBERED else _fold(text)


_LONGEST_REMEMBERED = 5000  # (at most 2,048 of them: 10 MB at worst)


def _fold(text: str) -> str:
    return " ".join(_QUOTES.sub(" ", fold_chars(text)).split())


_fold_line = lru_cache(maxsize=2048)(_fold)


@lru_cache(maxsize=100_000)
def fold_word(word: str) -> str:
    """One word folded for the index: memoised, a library has far fewer words than tokens."""
    return fold_chars(word)


def entity_key(name: str) -> str:
    """ "Kim Jong-un", "KIM JONG UN" and "Kim Jong Un" -> "kimjongun"; "États-Unis" -> "etatsunis"."""
    return "".join(c for c in fold_chars(name) if c.isalnum())


# French elided articles and pronouns before a word: "l'Ukraine", "qu’il", "jusqu'à".
ELISION = re.compile(
    r"^(?:l|d|j|m|n|s|t|c|ç|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)['’](?=\w)", re.IGNORECASE
)
