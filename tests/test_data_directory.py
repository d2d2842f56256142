"""A data directory that cannot be written (read-only, not permitted, full): one clear line, nothing lost."""

from __future__ import annotations

import os
import resource
import stat
import subprocess
import sys
from pathlib import Path

from index import Library
from tests.corpus import write_corpus
from tests.unprivileged import unprivileged_prefix

READER = Path(sys.executable).parent / "reader"


def _without_write_permission(home: Path) -> list[str]:
    """The command prefix under which `home` cannot be written.

    Not root: remove the write bits. Root writes everywhere, so run as `nobody` instead."""
    prefix = unprivileged_prefix()
    if not prefix:
        for path in [home, *home.rglob("*")]:
            path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        return []
    for path in [home, *home.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return prefix


def _run(
    prefix: list[str], home: Path, *args: str, limit_bytes: int | None = None
) -> subprocess.CompletedProcess[str]:
    def limit_file_size() -> None:  # Python ignores SIGXFSZ, so writes past it fail with EFBIG
        if limit_bytes is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    env = {**os.environ, "READER_HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [*prefix, str(READER), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit_file_size,
        cwd=home.parent,
    )


def _more_articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True)
    for number in range(count):
        (folder / f"depeche-{number:03d}.txt").write_text(
            f"Dépêche numéro {number} sur les marchés européens\n\n"
            + f"Les bourses européennes ont terminé la séance {number} en ordre dispersé, "
            "les investisseurs attendant les chiffres de l'emploi américain et la décision "
            "de la banque centrale sur ses taux directeurs. " * 6,
            encoding="utf-8",
        )
    folder.chmod(0o755)
    return folder


def test_a_read_only_data_directory_says_so_and_still_serves_searches(shared_tmp: Path) -> None:
    corpus = write_corpus(shared_tmp / "corpus")
    home = shared_tmp / "home"
    with Library(home) as library:
        library.ingest([corpus], entities=False)
        before = len(library)
    more = _more_articles(shared_tmp / "more", 3)
    prefix = _without_write_permission(home)

    indexing = _run(prefix, home, "index", "--no-entities", str(corpus), str(more))
    assert indexing.returncode == 1
    message = indexing.stderr.strip()
    assert "\n" not in message and "Traceback" not in message
    assert "cannot write to the data directory" in message and str(home) in message
    assert "READER_HOME" in message

    searching = _run(prefix, home, "search", "--json", "japon")
    assert searching.returncode == 0, searching.stderr
    assert '"title"' in searching.stdout
    with Library(home) as library:
        assert len(library) == before


def test_a_full_disk_stops_indexing_with_one_line_and_loses_nothing(shared_tmp: Path) -> None:
    corpus = write_corpus(shared_tmp / "corpus")
    home = shared_tmp / "home"
    with Library(home) as library:
        library.ingest([corpus], entities=False)
        before = {summary.id for summary in library.articles()}
    more = _more_articles(shared_tmp / "more", 300)

    # Files may not grow past 32 kB: the new segment (~300 articles) cannot be written.
    full = _run([], home, "index", "--no-entities", str(corpus), str(more), limit_bytes=32_000)
    assert full.returncode == 1, full.stdout + full.stderr
    message = full.stderr.strip().splitlines()[-1]
    assert "Traceback" not in full.stderr
    assert "no space left" in message and str(home) in message

    with Library(home) as library:
        assert {summary.id for summary in library.articles()} == before
        assert library.search("japon").hits

    again = _run([], home, "index", "--no-entities", str(corpus), str(more))
    assert again.returncode == 0, again.stderr
    with Library(home) as library:
        assert len(library) == len(before) + 300
        assert library.search("bourses européennes").total >= 300
