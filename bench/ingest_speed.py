"""Measure ingestion: spaCy model load time, articles/s with and without entities, unchanged re-index."""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path

from bench.corpus import generate
from index import Library
from index.entities.model import NerModel


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int, nargs="?", default=2000)
    parser.add_argument("--corpus", type=Path, help="reuse or create the corpus here")
    args = parser.parse_args()
    corpus = args.corpus or Path(tempfile.gettempdir()) / f"reader-bench-{args.count}"
    generate(corpus, args.count)
    print(f"machine: {os.cpu_count()} cores, Python {platform.python_version()}")

    start = time.perf_counter()
    NerModel().load()
    print(f"spaCy model load: {time.perf_counter() - start:.2f} s")

    for entities in (True, False):
        home = Path(tempfile.mkdtemp(prefix="reader-bench-home-"))
        try:
            with Library(home) as library:
                start = time.perf_counter()
                report = library.ingest([corpus], entities=entities)
                elapsed = time.perf_counter() - start
                rate = len(report.added) / elapsed
                label = "with entities" if entities else "without entities"
                print(f"ingest {len(report.added)} articles {label}: {elapsed:.1f} s, {rate:.0f} articles/s")
                start = time.perf_counter()
                again = library.ingest([corpus], entities=entities)
                print(f"  unchanged re-index of {len(again.unchanged)}: {time.perf_counter() - start:.2f} s")
        finally:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
