"""Measure Library.related latency (p50/p95) on an existing library."""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from index import Library


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def measure(home: Path, samples: int = 100) -> dict[str, float]:
    with Library(home) as library:
        ids = [a.id for a in library.articles()]
        rng = random.Random(3)
        chosen = rng.sample(ids, min(samples, len(ids)))
        library.related(chosen[0])  # warm the searcher and caches
        timings = []
        for article_id in chosen:
            start = time.perf_counter()
            library.related(article_id, limit=5)
            timings.append((time.perf_counter() - start) * 1000)
        return {
            "articles": len(ids),
            "p50_ms": statistics.median(timings),
            "p95_ms": percentile(timings, 0.95),
        }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("home", type=Path)
    parser.add_argument("--samples", type=int, default=100)
    args = parser.parse_args()
    print(measure(args.home, args.samples))
