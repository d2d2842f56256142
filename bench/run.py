"""The whole benchmark: for each N, generate, ingest, re-index, search, related and the app."""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

from bench import app_start, related_speed, search_speed
from bench.corpus import generate
from index import Library


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def run(count: int, work: Path, entities: bool) -> dict[str, object]:
    corpus = generate(work / f"corpus-{count}", count)
    home = work / f"home-{count}-{'ent' if entities else 'noent'}"
    shutil.rmtree(home, ignore_errors=True)
    with Library(home) as library:
        start = time.perf_counter()
        report = library.ingest([corpus], entities=entities)
        ingest = time.perf_counter() - start
        start = time.perf_counter()
        library.ingest([corpus], entities=entities)
        reindex = time.perf_counter() - start
    row: dict[str, object] = {
        "articles": len(report.added),
        "entities": entities,
        "ingest_per_s": round(len(report.added) / ingest, 1),
        "unchanged_reindex_s": round(reindex, 2),
        "index_mb": round(_size_mb(home / "index"), 1),
    }
    row |= {f"search_{k}": round(v, 1) for k, v in search_speed.measure(home, rounds=3).items()}
    row |= {f"related_{k}": round(v, 1) for k, v in related_speed.measure(home, samples=50).items()}
    row |= {f"app_{k}": v for k, v in app_start.measure(home, runs=3).items()}
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("counts", type=int, nargs="*", default=[2000, 20000, 100000])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "reader-bench")
    parser.add_argument("--no-entities", action="store_true", help="ingest without NER (faster)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    versions = ", ".join(
        f"{name} {version(name)}" for name in ("whoosh-reloaded", "spacy", "textual", "dateparser")
    )
    print(f"# {os.cpu_count()} cores, Python {platform.python_version()}, {versions}")
    for count in args.counts:
        print(run(count, args.work, entities=not args.no_entities), flush=True)


if __name__ == "__main__":
    main()
