"""Search latency through the Library facade, with SQLite FTS5 over the same texts as a baseline."""

from __future__ import annotations

import argparse
import re
import sqlite3
import statistics
import tempfile
import time
import unicodedata
from pathlib import Path

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


def measure(home: Path, rounds: int = 5) -> dict[str, float]:
    with Library(home) as library:
        library.search("poutine")  # open the searcher once, as the app does
        timings = []
        for _ in range(rounds):
            for query in QUERIES:
                start = time.perf_counter()
                library.search(query, limit=20)
                timings.append((time.perf_counter() - start) * 1000)
        baseline = _fts5(library, rounds)
    result = {"p50_ms": statistics.median(timings), "p95_ms": percentile(timings, 0.95)}
    if baseline:
        result["fts5_p50_ms"] = statistics.median(baseline)
        result["fts5_p95_ms"] = percentile(baseline, 0.95)
        result["ratio_p50"] = result["p50_ms"] / max(result["fts5_p50_ms"], 1e-6)
    return result


def _fts5(library: Library, rounds: int) -> list[float]:
    """FTS5 (unicode61, accents removed) over the same titles and bodies."""
    with tempfile.TemporaryDirectory() as folder:
        db = sqlite3.connect(str(Path(folder) / "fts.db"))
        db.execute("CREATE VIRTUAL TABLE a USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')")
        for summary in library.articles():
            article = library.get(summary.id)
            if article is not None:
                db.execute("INSERT INTO a VALUES (?, ?)", (article.title, article.body))
        db.commit()
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


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("home", type=Path)
    args = parser.parse_args()
    print(measure(args.home))
