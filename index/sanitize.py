"""Make article text safe to store and show: no terminal escape sequences, no control characters."""

from __future__ import annotations

import re

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
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060]")


def sanitize(text: str) -> str:
    """Return `text` with newlines normalised and every escape sequence and control removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    text = _ZERO_WIDTH.sub("", text)
    return _SPACES.sub(" ", text)


def sanitize_line(text: str) -> str:
    """Like `sanitize`, for a one-line field (title, source, query): newlines become spaces."""
    return " ".join(sanitize(text).split())
