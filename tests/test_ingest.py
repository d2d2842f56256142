"""Incremental ingestion into a real index: added, updated, unchanged, removed, skipped, busy."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from index import WRITING, IndexBusy, IndexUnusable, Library
from tests.corpus import write_corpus
from tests.unprivileged import unprivileged_prefix

PARAGRAPH = (
    "Les négociations entre les partenaires sociaux ont repris lundi matin au ministère du Travail, "
    "après trois semaines d'interruption et une grève très suivie dans les transports."
)


def article(title: str, extra: str = "") -> str:
    return f"{title}\n\n{PARAGRAPH}\n\n{extra}\n"


def test_reingest_skips_unchanged_updates_changed_and_removes_deleted(library: Library, write) -> None:
    a = write("a.txt", article("Premier titre de cet article"))
    b = write("b.txt", article("Deuxième titre de cet article"))
    folder = a.parent
    first = library.ingest([folder])
    assert sorted(first.added) == sorted([str(a), str(b)])

    second = library.ingest([folder])
    assert sorted(second.unchanged) == sorted([str(a), str(b)])
    assert not (second.added or second.updated or second.removed)

    a.write_text(article("Premier titre corrigé de cet article"))
    b.unlink()
    write("c.txt", article("Troisième titre de cet article"))
    third = library.ingest([folder])
    assert third.updated == [str(a)]
    assert third.removed == [str(b)]
    assert len(third.added) == 1
    assert {r.title for r in library.articles()} == {
        "Premier titre corrigé de cet article",
        "Troisième titre de cet article",
    }
    assert len(library) == 2
    assert library.search("corrigé").hits[0].article.path == str(a)


def test_ingesting_another_folder_keeps_the_first(library: Library, tmp_path: Path) -> None:
    one = write_corpus(tmp_path / "one")
    two = tmp_path / "two"
    two.mkdir()
    (two / "x.txt").write_text(article("Un article dans un autre dossier"))
    library.ingest([one])
    report = library.ingest([two])
    assert not report.removed
    assert len(library) == 6


def test_editing_a_sidecar_reindexes_the_article(library: Library, write) -> None:
    path = write("a.txt", article("Titre détecté de l'article"))
    library.ingest([path])
    path.with_suffix(".meta.toml").write_text('title = "Titre choisi"\n')
    report = library.ingest([path])
    assert report.updated == [str(path)]
    assert library.articles()[0].title == "Titre choisi"


def test_rebuild_starts_over(library: Library, write, tmp_path: Path) -> None:
    a = write("a.txt", article("Premier titre de cet article"))
    other = tmp_path / "other.txt"
    other.write_text(article("Un article ailleurs"))
    library.ingest([a.parent, other])
    report = library.ingest([a.parent], rebuild=True)
    assert report.added == [str(a)]
    assert len(library) == 1


def test_bad_files_are_skipped_with_reasons_and_the_run_goes_on(library: Library, write) -> None:
    good = write("good.txt", article("Un bon article parmi les mauvais"))
    write("empty.txt", b"")
    write("binary.txt", bytes(range(256)) * 40)
    write("utf16.txt", article("Un article en UTF-16 avec BOM"), encoding="utf-16")
    write("latin.txt", article("Un article en Windows-1252 très ancien"), encoding="cp1252")
    write("crlf.txt", article("Un article aux fins de ligne Windows").replace("\n", "\r\n"))
    write("photo.jpg", b"\xff\xd8\xff")
    locked = write("locked/secret.txt", article("Un article illisible"))
    loop = good.parent / "loop"
    loop.symlink_to(good.parent, target_is_directory=True)
    (good.parent / "dangling.txt").symlink_to(good.parent / "nowhere.txt")
    os.chmod(locked.parent, 0o000)
    try:
        report = library.ingest([good.parent, good.parent / "missing.txt"])
    finally:
        os.chmod(locked.parent, 0o755)
    reasons = {Path(p).name: r for p, r in report.skipped}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert "no such file" in reasons["missing.txt"]
    assert "symbolic link" in reasons["dangling.txt"]
    assert report.ignored == 1
    titles = {r.title for r in library.articles()}
    assert {
        "Un bon article parmi les mauvais",
        "Un article en UTF-16 avec BOM",
        "Un article en Windows-1252 très ancien",
        "Un article aux fins de ligne Windows",
    } <= titles
    assert len(report.added) == len(titles)  # the loop did not index anything twice


def test_unreadable_files_and_folders_are_skipped_as_permission_denied(shared_tmp: Path) -> None:
    folder = shared_tmp / "articles"
    (folder / "locked").mkdir(parents=True)
    (folder / "good.txt").write_text(article("Un bon article lisible par tous"))
    (folder / "secret.txt").write_text(article("Un article que personne ne peut lire"))
    (folder / "locked" / "inside.txt").write_text(article("Un article dans un dossier fermé"))
    home = shared_tmp / "home"
    home.mkdir()
    home.chmod(0o777)
    prefix = unprivileged_prefix()  # root reads everything: then run as nobody
    (folder / "secret.txt").chmod(0o000)
    (folder / "locked").chmod(0o000)
    result = subprocess.run(
        [*prefix, str(Path(sys.executable).parent / "reader"), "index", "--no-entities", str(folder)],
        env={**os.environ, "READER_HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=shared_tmp,
    )
    assert result.returncode == 0, result.stderr
    said = " ".join(result.stderr.split())  # Rich folds long lines at the terminal's width
    assert "1 added" in said and "2 skipped" in said
    assert "secret.txt: permission denied" in said, said
    assert "locked: cannot read folder: permission denied" in said, said


def test_a_file_that_vanishes_before_reading_is_skipped(library: Library, write, monkeypatch) -> None:
    path = write("gone.txt", article("Un article qui va disparaître"))
    keep = write("keep.txt", article("Un article qui reste là"))
    from index.ingest import discover as discover_module

    real = discover_module.discover

    def discover_then_delete(paths):
        found = real(paths)
        path.unlink()
        return found

    monkeypatch.setattr("index.library.discover", discover_then_delete)
    report = library.ingest([path.parent])
    assert report.added == [str(keep)]
    assert report.skipped == [(str(path), "file vanished before it could be read")]


def test_a_second_writer_waits_then_reports_busy(tmp_path: Path, write) -> None:
    home = tmp_path / "home"
    path = write("a.txt", article("Un article pour tester le verrou"))
    with Library(home) as lib:
        lib.ingest([path])
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from index.store.article_store import ArticleStore
                from pathlib import Path
                store = ArticleStore(Path({str(home / "index")!r}), Path({str(home / "ingest.lock")!r}))
                with store.exclusive(wait=1):
                    print("locked", flush=True)
                    time.sleep(30)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with Library(home) as lib, pytest.raises(IndexBusy, match="busy"):
            lib.ingest([path], wait=0.5)
        with Library(home) as lib:  # readers are never blocked by a writer
            assert lib.search("verrou").hits
    finally:
        holder.kill()
        holder.wait()
    with Library(home) as lib:  # the lock dies with its holder
        assert lib.ingest([path], wait=1).unchanged == [str(path)]


def test_an_index_of_another_version_asks_for_a_rebuild(tmp_path: Path, write) -> None:
    path = write("a.txt", article("Un article pour tester les versions"))
    with Library(tmp_path / "home") as lib:
        lib.ingest([path])
    (tmp_path / "home" / "index" / "version.json").write_text('{"schema": -1}')
    with Library(tmp_path / "home") as lib, pytest.raises(IndexUnusable, match="--rebuild"):
        lib.search("versions")
    with Library(tmp_path / "home") as lib:
        assert lib.ingest([path], rebuild=True).added == [str(path)]
        assert lib.search("versions").hits


def test_progress_reports_every_file(library: Library, tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "corpus")
    calls: list[tuple[int, int, bool]] = []
    library.ingest([folder], progress=lambda done, total, path: calls.append((done, total, path == WRITING)))
    # Every file read, then the batch written and merged.
    assert calls == [(i, 5, False) for i in range(1, 6)] + [(5, 5, True), (5, 5, True)]


def test_worker_pool_path_gives_the_same_articles_and_entities(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_corpus(tmp_path / "corpus")
    with Library(tmp_path / "inline") as lib:
        lib.ingest([folder])
        inline = {a.id: lib.get(a.id) for a in lib.articles()}
    from index.ingest import workers

    monkeypatch.setattr(workers, "PARALLEL_FROM", 2)
    monkeypatch.setattr(workers, "CHUNK", 2)
    # Two workers even on a one-core machine, and a record that the pool really ran.
    monkeypatch.setattr(workers.os, "cpu_count", lambda: 2)
    pools: list[str] = []
    real_context = workers.multiprocessing.get_context

    def recording_context(method: str):  # type: ignore[no-untyped-def]
        pools.append(method)
        return real_context(method)

    monkeypatch.setattr(workers.multiprocessing, "get_context", recording_context)
    with Library(tmp_path / "pooled") as lib:
        report = lib.ingest([folder])
    assert pools, "the worker pool did not run"
    with Library(tmp_path / "pooled") as lib:
        assert len(report.added) == 5
        pooled = {a.id: lib.get(a.id) for a in lib.articles()}
    assert pooled == inline
    assert any(article.entities for article in pooled.values() if article)


def test_a_20_mb_file_is_indexed_from_its_start_with_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    paragraph = "Les négociations sur le climat se poursuivent à Bonn entre les délégations. " * 3
    with (folder / "dump.txt").open("w", encoding="utf-8") as handle:
        handle.write(
            "Archive complète des dépêches sur le climat\n\nLe rapporteur a cité l’ornithorynque pour illustrer la diversité des espèces menacées par le réchauffement.\n\n"
        )
        while handle.tell() < 20 * 1024 * 1024:
            handle.write(paragraph + "\n\n")
    (folder / "normal.txt").write_text(
        "Un article ordinaire sur la pêche\n\nLes pêcheurs bretons ont manifesté mardi à Brest.\n",
        encoding="utf-8",
    )
    with Library(tmp_path / "home") as library:
        report = library.ingest([folder], entities=False)
        assert len(report.added) == 2 and not report.skipped
        assert any(path.endswith("dump.txt") and "very long" in warning for path, warning in report.warnings)
        assert [hit.article.title for hit in library.search("ornithorynque").hits] == [
            "Archive complète des dépêches sur le climat"
        ]
        assert library.search("pêcheurs").total == 1
        article = library.get(str(folder / "dump.txt"))
        assert article is not None and len(article.body) <= 1_000_000


def test_batches_grow_with_the_index_so_segments_stay_few(tmp_path: Path, monkeypatch) -> None:
    from index.ingest import batches as ingest
    from index.ingest.workers import Outcome
    from index.page.parse import parse_article
    from index.records import IngestReport
    from index.store.article_store import ArticleStore
    from tests.corpus import write_mixed_corpus

    monkeypatch.setattr(ingest, "BATCH", 4)
    paths = write_mixed_corpus(tmp_path / "corpus", 36)
    outcomes = (Outcome(str(p), parse_article(p.read_text("utf-8"), p)) for p in paths)
    store = ArticleStore(tmp_path / "index", tmp_path / "ingest.lock")
    report = IngestReport()
    ingest._write_segments(store, outcomes, 0, report, wait=0)
    searcher = store.searcher()
    assert searcher is not None
    sizes = [leaf.doc_count_all() for leaf, _offset in searcher.reader().leaf_readers()]
    # Each batch is as large as the index before it: 4, 4, 8, 16, then the 4 left.
    assert sizes == [4, 4, 8, 16, 4]
    assert sorted(report.added) == sorted(map(str, paths))
    store.close()


def test_progress_tells_each_file_read_and_when_the_index_is_written(tmp_path: Path, monkeypatch) -> None:
    from index.ingest import batches as ingest
    from tests.corpus import write_mixed_corpus

    monkeypatch.setattr(ingest, "BATCH", 5)
    paths = write_mixed_corpus(tmp_path / "corpus", 12)
    calls: list[tuple[int, int, str]] = []
    with Library(tmp_path / "home") as library:
        library.ingest([tmp_path / "corpus"], progress=lambda *call: calls.append(call))
    reads = [call for call in calls if call[2] != WRITING]
    assert sorted(path for _, _, path in reads) == sorted(str(p.resolve()) for p in paths)
    assert [done for done, _, _ in reads] == list(range(1, 13)) and {total for _, total, _ in calls} == {12}
    writes = [i for i, call in enumerate(calls) if call[2] == WRITING]
    # Batches of 5, 5 (as large as the index before it) and the 2 left, then the final merge.
    assert [calls[i][0] for i in writes] == [5, 10, 12, 12]
    assert writes[-1] == len(calls) - 1
