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


def _ingest(corpus: Path, home: Path, entities: bool) -> tuple[int, float, float]:
    """Articles added, seconds to ingest them, seconds for an unchanged re-index."""
    shutil.rmtree(home, ignore_errors=True)
    with Library(home) as library:
        start = time.perf_counter()
        report = library.ingest([corpus], entities=entities)
        ingest = time.perf_counter() - start
        start = time.perf_counter()
        library.ingest([corpus], entities=entities)
        return len(report.added), ingest, time.perf_counter() - start


def run(count: int, work: Path, entities: bool) -> dict[str, object]:
    corpus = generate(work / f"corpus-{count}", count)
    row: dict[str, object] = {"articles": count}
    if entities:  # the library measured below is built with entities, as users build theirs
        added, seconds, reindex = _ingest(corpus, work / f"home-{count}-ent", entities=True)
        row |= {"ingest_entities_per_s": round(added / seconds, 1)}
    plain = work / f"home-{count}-noent"
    added, seconds, reindex_plain = _ingest(corpus, plain, entities=False)
    row |= {"ingest_no_entities_per_s": round(added / seconds, 1)}
    home = work / f"home-{count}-ent" if entities else plain
    if entities:
        shutil.rmtree(plain)
    row |= {
        "unchanged_reindex_s": round(reindex if entities else reindex_plain, 2),
        "index_mb": round(_size_mb(home / "index"), 1),
    }
    searched = search_speed.measure(home, rounds=3)
    row |= {f"search_{k}": round(v, 1) if isinstance(v, float) else v for k, v in searched.items()}
    row |= {f"related_{k}": round(v, 1) for k, v in related_speed.measure(home, samples=50).items()}
    row |= {f"app_{k}": v for k, v in app_start.measure(home, runs=3).items()}
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("counts", type=int, nargs="*", default=[2000, 20000, 100000])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "reader-bench")
    parser.add_argument(
        "--no-entities", action="store_true", help="build the measured library without NER (faster)"
    )
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
