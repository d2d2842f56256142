"""How much of a query's postings Whoosh's top-k collector can skip, and why not more.

    .venv/bin/python -m bench.block_skipping HOME [QUERY ...]

For each query: the matches, how many the top-20 collector scored (`collect` calls), the
blocks it skipped by block quality, and, for each of the query's terms, how many of its
posting blocks have an upper bound (BM25 of the block's highest frequency at its shortest
document) at or under the final 20th score: the blocks that skipping could ever leave out,
even knowing the final threshold from the start."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from whoosh.collectors import TopCollector

from index import Library
from index.search.query import parse_query, scoring_form
from index.search.searching import parser_of

QUERIES = ["poutine", "russie NOT ukraine", "kim guerre victoire", '"soutien total"', "missiles OR obus"]


def _skippable_blocks(searcher: Any, field: str, text: Any, threshold: float) -> tuple[int, int]:
    blocks = skippable = 0
    for leaf, _offset in searcher.leaf_searchers():
        reader = leaf.reader()
        if (field, text) not in reader:
            continue
        matcher = reader.postings(field, text, scorer=searcher.weighting.scorer(leaf, field, text))
        while matcher.is_active():
            blocks += 1
            skippable += matcher.block_quality() <= threshold
            matcher._next_block()  # Whoosh's posting reader: one block at a time
    return blocks, skippable


def report(home: Path, queries: list[str]) -> None:
    with Library(home) as library:
        library.search("poutine")
        memory = library._memory()
        if memory is None:
            raise SystemExit(f"no index in {home}")
        searcher = memory.searcher
        for query in queries:
            parsed = scoring_form(parse_query(query, parser_of(memory)))
            collector = TopCollector(limit=20)
            scored = 0
            original = collector.collect

            def counting(sub_docnum: int, original: Any = original) -> Any:
                nonlocal scored
                scored += 1
                return original(sub_docnum)

            collector.collect = counting  # type: ignore[method-assign]
            searcher.search_with_collector(parsed, collector)
            results = collector.results()
            threshold = results[-1].score if len(results) else 0.0
            matches = len(set(parsed.docs(searcher)))
            print(f"{query}: {matches} matches, {scored} scored, {collector.skipped_times} blocks skipped")
            for term in parsed.all_terms():
                if not isinstance(term, tuple):
                    continue
                field, text = term
                blocks, skippable = _skippable_blocks(searcher, field, text, threshold)
                if blocks:
                    print(f"    {field}:{text!r}: {blocks} blocks, {skippable} under the final 20th score")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("home", type=Path)
    parser.add_argument("queries", nargs="*", default=QUERIES)
    args = parser.parse_args()
    report(args.home, args.queries)
