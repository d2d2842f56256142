"""Date queries through the period field find exactly what the day field's numeric ranges found
(the way they were searched before): the same articles, on a real index of invented pages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh import query as wq

from index import Library
from index.store.article_store import INDEX_NAME
from tests.corpus import write_mixed_corpus

# (query, first day, last day) as the day field's range reads them.
CASES = [
    ("date:2023", date(2023, 1, 1), date(2023, 12, 31)),
    ("date:2022-07", date(2022, 7, 1), date(2022, 7, 31)),
    ("date:[2022-03-15 TO 2023-02-10]", date(2022, 3, 15), date(2023, 2, 10)),
    ("date:[2023-12-01 TO 2024-01-31]", date(2023, 12, 1), date(2024, 1, 31)),
    ("date:[2022-01-01 TO 2024-12-31]", date(2022, 1, 1), date(2024, 12, 31)),
]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    root = tmp_path_factory.mktemp("dates")
    write_mixed_corpus(root / "corpus", count=90)
    with Library(root / "home") as lib:
        lib.ingest([root / "corpus"], entities=False)
        yield lib


def _by_day_range(home: Path, first: date, last: date) -> set[str]:
    ix = whoosh_index.open_dir(str(home / "index"), indexname=INDEX_NAME)
    with ix.searcher() as searcher:
        hits = searcher.search(wq.NumericRange("day", first.toordinal(), last.toordinal()), limit=None)
        return {hit["id"] for hit in hits}


@pytest.mark.parametrize(("query", "first", "last"), CASES)
def test_a_date_query_finds_what_the_day_range_found(
    library: Library, query: str, first: date, last: date
) -> None:
    found = {hit.article.id for hit in library.search(query, limit=None, snippets=False)}
    expected = _by_day_range(library.home, first, last)
    assert expected, "the corpus must have articles in the range, or the test proves nothing"
    assert found == expected
