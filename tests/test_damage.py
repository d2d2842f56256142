"""A damaged index, a killed indexer: a clear message with the way out, and nothing indexed lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index import IndexUnusable, Library
from index.ingest.batches import BATCH
from tests.conftest import SEEDS

READER = Path(sys.executable).parent / "reader"


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("pattern", ["*.seg", "_articles_*.toc"])
def test_a_truncated_index_file_says_how_to_rebuild(tmp_path: Path, pattern: str) -> None:
    home = tmp_path / "home"
    with Library(home) as lib:
        lib.ingest([SEEDS], entities=False)
    _truncate(next((home / "index").glob(pattern)))
    with Library(home) as lib, pytest.raises(IndexUnusable, match="--rebuild"):
        lib.search("poutine")
    with Library(home) as lib, pytest.raises(IndexUnusable, match="--rebuild"):
        lib.ingest([SEEDS], entities=False)
    env = {**os.environ, "READER_HOME": str(home)}
    failed = subprocess.run([str(READER), "search", "poutine"], env=env, capture_output=True, text=True)
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert failed.stderr.count("\n") == 1 and "reader index --rebuild" in failed.stderr
    with Library(home) as lib:
        assert len(lib.ingest([SEEDS], rebuild=True, entities=False).added) == 5
        assert lib.search("poutine").total == 5


def test_an_indexer_killed_midway_loses_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paragraph = "Un paragraphe assez long pour faire un article, avec des mots et encore des mots. " * 4
    count = 2 * BATCH + 500  # the kill lands after the first commit, before the last
    for number in range(count):
        (corpus / f"a{number:04d}.txt").write_text(f"Titre numéro {number} de ce corpus\n\n{paragraph}\n")
    home = tmp_path / "home"
    env = {**os.environ, "READER_HOME": str(home)}
    first = subprocess.Popen(
        [str(READER), "index", "--no-entities", str(corpus)], env=env, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    # _articles_0.toc is the empty index; _articles_1.toc the first committed batch.
    while time.monotonic() < deadline and not (home / "index" / "_articles_1.toc").exists():
        time.sleep(0.05)
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    with Library(home) as lib:
        before = len(lib)  # whatever was committed is readable
        assert before < count  # the kill did land midway
        report = lib.ingest([corpus], entities=False, wait=5)  # the dead run's lock died with it
        assert len(report.unchanged) == before
        assert len(lib) == count and len(lib.articles()) == count
