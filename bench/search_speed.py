"""Search latency through the Library facade, with SQLite FTS5 over the same texts as a baseline."""

from __future__ import annotations

import argparse
import re
import sqlite3
import statistics
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import peer_engines
from bench.related_speed import percentile
from index import Library

# Words, phrases, OR/NOT, field and date queries, as a reader of French news types them.
QUERIES = [
    "poutine",
    "coree",
    "impérialistes",
    "kremlin moscou",
    '"corée du nord"',
    '"soutien total"',
    "missiles OR obus",
    "lavrov OR wagner",
    "russie NOT ukraine",
    "kim guerre victoire",
    "source:dagens",
    "title:poutine",
    "person:lavrov",
    "place:wonsan",
    "date:2021",
    "date:[2022-01-01 TO 2022-06-30]",
    "sanctions nations unies",
    "pyongyang relations bilatérales",
    "alimentaire sécheresse",
    "date:2023 poutine",
]


FTS_SEARCH = "SELECT rowid, snippet(a, 1, '[', ']', '…', 20) FROM a WHERE a MATCH ? ORDER BY rank LIMIT 20"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fts_query(query: str) -> str | None:
    """The closest FTS5 query: field and date queries have no equivalent and are skipped."""
    if ":" in query:
        return None
    query = query.replace(" NOT ", " NOT ").replace(" OR ", " OR ")
    words = re.findall(r'"[^"]+"|\w+', query)
    return " ".join(w if w in {"OR", "NOT"} or w.startswith('"') else _fold(w) for w in words)


def _timed_searches(library: Library, rounds: int, snippets: bool) -> list[float]:
    # Each round asks new questions: the library keeps recent results per generation, and
    # a cached answer measures a dictionary, not the engine.
    timings = []
    for round_number in range(rounds):
        for query in QUERIES:
            start = time.perf_counter()
            library.search(query, limit=20 + round_number, snippets=snippets)
            timings.append((time.perf_counter() - start) * 1000)
    return timings


def measure(home: Path, rounds: int = 5) -> dict[str, Any]:
    with Library(home) as library:
        library.search("poutine")  # open the searcher once, as the app does
        timings = _timed_searches(library, rounds, snippets=True)
        bare = _timed_searches(library, rounds, snippets=False)
        baseline = _fts5(library, rounds)
        stemmed, agreement = _fts5_stemmed(library, rounds)
    result: dict[str, Any] = {"p50_ms": statistics.median(timings), "p95_ms": percentile(timings, 0.95)}
    result |= {"nosnippet_p50_ms": statistics.median(bare), "nosnippet_p95_ms": percentile(bare, 0.95)}
    if baseline:
        result["fts5_p50_ms"] = statistics.median(baseline)
        result["fts5_p95_ms"] = percentile(baseline, 0.95)
        result["ratio_p50"] = result["p50_ms"] / max(result["fts5_p50_ms"], 1e-6)
    if stemmed:
        result["fts5_stemmed_p50_ms"] = statistics.median(stemmed)
        result["fts5_stemmed_p95_ms"] = percentile(stemmed, 0.95)
        result["ratio_p95_stemmed"] = result["nosnippet_p95_ms"] / max(result["fts5_stemmed_p95_ms"], 1e-6)
        result["same_counts"] = agreement
    return result | _peers(home, rounds, result["nosnippet_p95_ms"])


def _peers(home: Path, rounds: int, reader_p95: float) -> dict[str, Any]:
    """Xapian and tantivy on the same analysed terms, when installed (bench/peer_engines.py):
    p50, p95, reader's p95 over theirs, and on how many queries their counts equal reader's."""
    result: dict[str, Any] = {}
    with Library(home) as library:
        for name, measure_peer in (
            ("xapian", peer_engines.measure_xapian),
            ("tantivy", peer_engines.measure_tantivy),
        ):
            peer = measure_peer(library, QUERIES, rounds)
            if peer is None:
                continue
            timings, counts = peer["timings"], peer["counts"]
            same = sum(library.search(q, limit=None, snippets=False).total == n for q, n in counts.items())
            result |= {
                f"{name}_p50_ms": statistics.median(timings),
                f"{name}_p95_ms": percentile(timings, 0.95),
                f"ratio_p95_{name}": reader_p95 / max(percentile(timings, 0.95), 1e-6),
                f"{name}_same_counts": f"{same}/{len(counts)}",
            }
    return result


def _fts_table(
    folder: Path, library: Library, tokenize: str, text_of: Callable[[str], str]
) -> sqlite3.Connection:
    """An FTS5 table `a(title, body)` of every article, each text passed through `text_of`."""
    db = sqlite3.connect(str(folder / "fts.db"))
    db.execute(f"CREATE VIRTUAL TABLE a USING fts5(title, body, tokenize='{tokenize}')")
    for summary in library.articles():
        article = library.get(summary.id)
        if article is not None:
            db.execute("INSERT INTO a VALUES (?, ?)", (text_of(article.title), text_of(article.body)))
    db.commit()
    return db


def _fts5(library: Library, rounds: int) -> list[float]:
    """FTS5 (unicode61, accents removed) over the same titles and bodies."""
    with tempfile.TemporaryDirectory() as folder:
        db = _fts_table(Path(folder), library, "unicode61 remove_diacritics 2", lambda text: text)
        timings = []
        for _ in range(rounds):
            for query in QUERIES:
                fts = _fts_query(query)
                if fts is None:
                    continue
                start = time.perf_counter()
                db.execute(FTS_SEARCH, (fts,)).fetchall()
                timings.append((time.perf_counter() - start) * 1000)
        db.close()
        return timings


FTS_TOP = "SELECT rowid FROM a WHERE a MATCH ? ORDER BY rank LIMIT 20"


def _fts5_stemmed(library: Library, rounds: int) -> tuple[list[float], str]:
    """FTS5 fed the terms reader's analyzer makes of each title and body, and queries
    analysed the same way: the same matches, so a like-for-like engine comparison (no
    snippets on either side). Returns the timings and how many queries matched as many
    articles in both (reader's exact counts)."""
    analysed = peer_engines.analysing()
    with tempfile.TemporaryDirectory() as folder:
        db = _fts_table(Path(folder), library, "unicode61", analysed)

        def top(parts: list[str]) -> Any:
            return db.execute(FTS_TOP, (" ".join(parts),)).fetchall()

        def count(parts: list[str]) -> int:
            return int(db.execute("SELECT count(*) FROM a WHERE a MATCH ?", (" ".join(parts),)).fetchone()[0])

        timings, counts = peer_engines.timed(QUERIES, rounds, analysed, top, count)
        # reader's counts are exact with every match collected
        same = sum(library.search(q, limit=None, snippets=False).total == n for q, n in counts.items())
        db.close()
        return timings, f"{same}/{len(counts)}"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("home", type=Path)
    args = parser.parse_args()
    print(measure(args.home))
