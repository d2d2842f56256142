"""Any string typed as a query gets results or a one-line QueryError, never another exception."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index import Library, QueryError
from tests.corpus import write_corpus

_PIECES = st.sampled_from(
    [
        '"',
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        "*",
        "?",
        "~",
        "^",
        "-",
        "+",
        "AND",
        "OR",
        "NOT",
        "TO",
        "date:",
        "title:",
        "source:",
        "person:",
        "date:[",
        "date:>",
        "2023",
        "2023-13-45",
        "coree",
        "é",
        "\x1b[2J",
        "\x00",
        "l'",
        "’",
        " ",
        "\\",
        "/",
        "<",
        ">=",
        "*x*",
    ]
)
QUERIES = st.one_of(
    st.text(max_size=60),
    st.lists(_PIECES, max_size=12).map(" ".join),
    st.lists(_PIECES, max_size=12).map("".join),
)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("fuzz")
    with Library(root / "home") as lib:
        lib.ingest([write_corpus(root / "corpus")], entities=False)
        yield lib


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES)
def test_any_query_answers_or_says_why(library: Library, query: str) -> None:
    for sort in ("relevance", "date"):
        try:
            results = library.search(query, sort=sort)
        except QueryError as error:
            assert str(error) and "\n" not in str(error)
        else:
            assert results.total >= len(results.hits)
            for hit in results.hits:
                assert "\x1b" not in hit.snippet.text
    assert isinstance(library.match_spans(query, "La Corée du Nord et l’Ukraine"), list)
