"""Surnames in capitals: "Ibrahim TRAORE", as official and West African texts write a person."""

from __future__ import annotations

import re

from index.areas import is_place_label
from index.entities.names import DETERMINERS, Words, span_word
from index.entities.offices import TITLE_WORDS
from index.entities.rules import names_an_organisation

# A word in capitals long enough to be no initial ("TRAORE", "BIBEHE", "N'DIAYE").
_CAPITALS = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'-]{2,}$")
# The same right after a span: " TRAORE" in "Capitaine Ibrahim TRAORE", then no more letters.
_CAPITALS_AFTER = re.compile(r" ([A-ZÀ-Ý][A-ZÀ-Ý'-]{2,})(?![\w'-])")
# A rank's last word, that the model takes for the name's first: "Général d'Armée Assimi GOITA".
_BEFORE_A_NAME = TITLE_WORDS | DETERMINERS | {"armée", "d'", "de"}


def surname_in_capitals(
    text: str, words: Words, label: str, common_words: frozenset[str]
) -> tuple[Words, str]:
    """A person whose surname the text writes in capitals: the model types "Ibrahim TRAORE"
    an organisation, its capitals an acronym's, or stops before them ("Capitaine Ibrahim"
    TRAORE). Given names that are no French words, then surnames in capitals that name no
    known body or place."""
    if label == "PER":
        return _with_the_surname_after(text, words, common_words), label
    first = 0
    while first < len(words) and span_word(text, words[first]).lower() in _BEFORE_A_NAME:
        first += 1
    named = [span_word(text, word) for word in words[first:]]
    given = 0
    while given < len(named) and _is_given_name(named[given], common_words):
        given += 1
    if not given:
        return words, label
    if given == len(named):  # "Capitaine Ibrahim", and TRAORE after it
        extended = _with_the_surname_after(text, words[first:], common_words)
        return (extended, "PER") if len(extended) > len(named) else (words, label)
    if all(_is_surname(word, common_words) for word in named[given:]):
        return words[first:], "PER"
    return words, label


def _with_the_surname_after(text: str, words: Words, common_words: frozenset[str]) -> Words:
    if not words or not _is_given_name(span_word(text, words[-1]), common_words):
        return words
    found = _CAPITALS_AFTER.match(text, words[-1][1])
    if found is None or not _is_surname(found[1], common_words):
        return words
    return [*words, found.span(1)]


def _is_given_name(word: str, common_words: frozenset[str]) -> bool:
    """A capitalised word in lower case after its capital, and no French noun or adjective
    ("Francs CFA", "Informations CORONAVIRUS") nor place ("Montpellier HSC")."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    lower = word.lower()
    singular = lower[:-1] if lower.endswith(("s", "x")) else lower
    return lower not in common_words and singular not in common_words and not is_place_label(word)


def _is_surname(word: str, common_words: frozenset[str]) -> bool:
    """Capitals that are no French word ("LIRE", "VIDÉO"), known body ("AFP") or place."""
    if not _CAPITALS.match(word) or word.lower() in common_words:
        return False
    return not names_an_organisation(word) and not is_place_label(word)
