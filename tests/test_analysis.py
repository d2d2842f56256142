"""The French analyzer: elisions, accent folding, stop words and stemming."""

from __future__ import annotations

import pytest

from index.store.analysis import french_analyzer, name_analyzer


def terms(text: str, analyzer=None) -> list[str]:
    return [t.text for t in (analyzer or french_analyzer())(text)]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("coree", "Corée"),
        ("COREE", "corée"),
        ("impérialiste", "impérialistes"),
        ("imperialistes", "Impérialiste"),
        ("ukraine", "l’Ukraine"),
        ("ukraine", "d'Ukraine"),
        ("etats", "États"),
        ("coeur", "cœur"),
        ("russe", "russes"),
        ("coréen", "coréens"),
    ],
)
def test_query_word_and_text_word_meet(query: str, text: str) -> None:
    assert terms(query) == terms(text) != []


@pytest.mark.parametrize("word", ["le", "la", "les", "de", "des", "et", "qu'il", "jusqu’où", "été"])
def test_stop_words_and_elided_pronouns_are_dropped(word: str) -> None:
    assert terms(word) == []


def test_different_words_stay_different() -> None:
    assert terms("Corée") != terms("Chine")
    assert terms("Kiev") != terms("Kim")


def test_elision_keeps_character_offsets_of_the_word() -> None:
    text = "l'Ukraine"
    (token,) = french_analyzer()(text, chars=True, positions=True)
    assert text[token.startchar : token.endchar] == "Ukraine"


def test_name_analyzer_folds_without_stemming() -> None:
    assert terms("La Gazette", name_analyzer()) == ["la", "gazette"]
    assert terms("Médiapart", name_analyzer()) == ["mediapart"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Stop words and elisions out, accents folded, Snowball stems: not just lowercased.
        ("Les impérialistes d'Ukraine ont été dénoncés", ["imperial", "ukrain", "denonc"]),
        ("Économies", ["econom"]),
        ("Corée", ["core"]),
    ],
)
def test_index_terms_are_folded_stems(text: str, expected: list[str]) -> None:
    assert terms(text) == expected
