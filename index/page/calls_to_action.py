"""Calls to action: lines asking the reader to follow, subscribe or click; promos in pictographs."""

from __future__ import annotations

import re
import unicodedata


def is_emoji_promo(line: str) -> bool:
    """A short promo line wrapped in pictographs ("👉 Suivez en direct ... 👈"), or led by one
    into a call to action ("🔴 Abonnez-vous"); a headline that merely starts with an emoji
    ("🇫🇷 La France gagne") is not one."""
    stripped = line.strip()
    if not stripped or len(stripped) > 160:
        return False
    starts, ends = _is_pictograph(stripped[0]), _is_pictograph(stripped[-1])
    return (starts and ends) or (starts and bool(_CALL_TO_ACTION.match(_after_pictographs(stripped))))


def calls_to_action(line: str) -> bool:
    """The line asks the reader to do something: "Ci-dessous écoutez le magazine :"."""
    return bool(_CALL_TO_ACTION_WORD.search(line))


def _after_pictographs(text: str) -> str:
    """The text after its leading pictographs (and the selectors and spaces that join them)."""
    index = 0
    while index < len(text) and (_is_pictograph(text[index]) or text[index] in "\ufe0f\u200d "):
        index += 1
    return text[index:]


_CALL_TO_ACTION = re.compile(
    r"(?:suivez|abonnez|découvrez|cliquez|téléchargez|rejoignez|inscrivez|lisez|regardez|écoutez"
    r"|retrouvez|participez|profitez|follow|subscribe|click|watch|read)\b",
    re.IGNORECASE,
)
_CALL_TO_ACTION_WORD = re.compile(r"\b" + _CALL_TO_ACTION.pattern, re.IGNORECASE)


def _is_pictograph(char: str) -> bool:
    return unicodedata.category(char) == "So"
