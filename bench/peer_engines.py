"""Xapian and tantivy as search baselines, fed the terms reader's own analyzer makes.

Both engines index each article's title and body as reader's analyzer turns them into terms
(folded, elided, stemmed, as `bench/search_speed.py` does for FTS5), and get the queries
analysed the same way, so all of them match the same articles and the timings compare the
engines, not their analyses. Benchmark-only: neither is a dependency of reader. Xapian comes
from Debian (`apt-get install python3-xapian`, found in the system's dist-packages), tantivy
from PyPI (`pip install tantivy`); an engine that is not installed is skipped."""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from index import Library
from index.store.analysis import french_analyzer

_DEBIAN_PACKAGES = "/usr/lib/python3/dist-packages"
# Xapian numbers positions per document: a gap between title and body keeps a phrase inside one.
_TITLE_GAP = 100

Analysed = Callable[[str], str]


def analysing() -> Analysed:
    analyzer = french_analyzer()

    def analysed(text: str) -> str:
        return " ".join(token.text for token in analyzer(text))

    return analysed


def analysed_parts(query: str, analysed: Analysed) -> list[str] | None:
    """The query's words, phrases and operators in the index's terms; None for field and
    date queries, which the peers do not have."""
    if ":" in query:
        return None
    parts = []
    for word in re.findall(r'"[^"]+"|\S+', query):
        if word in {"OR", "NOT", "AND"}:
            parts.append(word)
        elif word.startswith('"'):
            parts.append('"' + analysed(word.strip('"')) + '"')
        else:
            parts.extend(analysed(word).split())
    return parts or None


def _tantivy_query(parts: list[str]) -> str:
    """tantivy's parser joins words with OR unless told: "+a +b", "+a -b", "a b" for OR."""
    if "OR" in parts:
        return " ".join(part for part in parts if part != "OR")
    words, negated = [], False
    for part in parts:
        if part == "NOT":
            negated = True
            continue
        words.append(("-" if negated else "+") + part)
    return " ".join(words)


def _xapian() -> Any:
    try:
        import xapian  # optional, benchmark only
    except ImportError:
        if _DEBIAN_PACKAGES not in sys.path:
            sys.path.append(_DEBIAN_PACKAGES)
        try:
            import xapian
        except ImportError:
            return None
    return xapian


def _tantivy() -> Any:
    try:
        import tantivy  # optional, benchmark only
    except ImportError:
        return None
    return tantivy


def _texts(library: Library, analysed: Analysed) -> Iterator[tuple[str, str]]:
    for summary in library.articles():
        article = library.get(summary.id)
        if article is not None:
            yield analysed(article.title), analysed(article.body)


def timed(
    queries: list[str],
    rounds: int,
    analysed: Analysed,
    top: Callable[[list[str]], Any],
    count: Callable[[list[str]], int],
) -> tuple[list[float], dict[str, int]]:
    """Milliseconds of `top` (the first 20 results) for each query each round, and each
    query's match count (from `count`, outside the timings, on the first round)."""
    timings: list[float] = []
    counts: dict[str, int] = {}
    for round_number in range(rounds):
        for query in queries:
            parts = analysed_parts(query, analysed)
            if parts is None:
                continue
            start = time.perf_counter()
            top(parts)
            timings.append((time.perf_counter() - start) * 1000)
            if round_number == 0:
                counts[query] = count(parts)
    return timings, counts


def measure_xapian(library: Library, queries: list[str], rounds: int) -> dict[str, Any] | None:
    xapian = _xapian()
    if xapian is None:
        return None
    analysed = analysing()
    with tempfile.TemporaryDirectory() as folder:
        db = xapian.WritableDatabase(str(Path(folder) / "x"), xapian.DB_CREATE_OR_OVERWRITE)
        terms = xapian.TermGenerator()
        for title, body in _texts(library, analysed):
            document = xapian.Document()
            terms.set_document(document)
            terms.index_text(title)
            terms.increase_termpos(_TITLE_GAP)
            terms.index_text(body)
            db.add_document(document)
        db.commit()
        parser = xapian.QueryParser()
        parser.set_default_op(xapian.Query.OP_AND)
        flags = xapian.QueryParser.FLAG_PHRASE | xapian.QueryParser.FLAG_BOOLEAN
        enquire = xapian.Enquire(db)

        def top(parts: list[str]) -> Any:
            enquire.set_query(parser.parse_query(" ".join(parts), flags))
            enquire.get_mset(0, 20)
            return parts

        def count(parts: list[str]) -> int:
            enquire.set_query(parser.parse_query(" ".join(parts), flags))
            return int(enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated())

        timings, counts = timed(queries, rounds, analysed, top, count)
        db.close()
    return {"timings": timings, "counts": counts, "version": xapian.version_string()}


def measure_tantivy(library: Library, queries: list[str], rounds: int) -> dict[str, Any] | None:
    tantivy = _tantivy()
    if tantivy is None:
        return None
    analysed = analysing()
    builder = tantivy.SchemaBuilder()
    for field in ("title", "body"):
        builder.add_text_field(field, stored=False, tokenizer_name="whitespace")
    with tempfile.TemporaryDirectory() as folder:
        index = tantivy.Index(builder.build(), path=folder)
        writer = index.writer()
        for title, body in _texts(library, analysed):
            writer.add_document(tantivy.Document(title=title, body=body))
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        searcher = index.searcher()

        def top(parts: list[str]) -> Any:
            return searcher.search(
                index.parse_query(_tantivy_query(parts), ["title", "body"]), 20, count=False
            )

        def count(parts: list[str]) -> int:
            parsed = index.parse_query(_tantivy_query(parts), ["title", "body"])
            return int(searcher.search(parsed, 1, count=True).count)

        timings, counts = timed(queries, rounds, analysed, top, count)
    return {"timings": timings, "counts": counts, "version": getattr(tantivy, "__version__", "")}
