"""Bring the index in line with the files found: new and changed articles in batches, vanished ones out."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from index.ingest.discover import Discovery
from index.ingest.folder_lines import furniture_of_files
from index.ingest.options import ArticleShaping, IngestOptions
from index.ingest.workers import Outcome, process_files
from index.page.feed import file_of
from index.records import WRITING, IngestReport, Progress
from index.store.article_store import ArticleStore
from index.store.columns import hashes
from index.store.documents import article_fields

# Articles committed together at least: a run killed midway keeps the batches it committed.
BATCH = 2000


def ingest_files(
    store: ArticleStore,
    found: Discovery,
    report: IngestReport,
    options: IngestOptions,
    shaping: ArticleShaping,
    folder_lines: Path | None = None,
) -> None:
    """Bring the index in line with the files `found`; the caller holds the ingestion lock.
    `folder_lines` caches what each folder's files print alike (see `folder_lines`).

    Articles are committed in batches that grow with the index (see _write_segments)."""
    memory = store.memory()
    known = hashes(memory) if memory is not None else {}
    # A feed file's items are indexed under paths of their own; they share the file's hash.
    digests = {file_of(path): digest for path, (_id, digest) in known.items()}
    files = [(str(path), digests.get(str(path))) for path in found.files]
    counter = _Counter(options.progress, len(files))
    furniture = furniture_of_files([name for name, _ in files], folder_lines)
    to_write = _sorted_out(process_files(files, shaping, options.parallel, furniture), report, counter)
    _write_segments(store, to_write, len(known), report, options.wait, counter.writing)
    _remove(store, _gone(known, found, report), report, options.wait)
    if report.added or report.updated or report.removed:
        # Batches are committed unmerged (merging after each one cost more than the indexing
        # at 20,000 articles); small segments are merged once, at the end.
        counter.writing()
        with store.writer(options.wait) as writer:
            writer.commit(merge=True)


def _gone(known: dict[str, tuple[str, str]], found: Discovery, report: IngestReport) -> list[tuple[str, str]]:
    """(path, id) of the indexed articles whose file vanished from the folders indexed, and
    of the items a changed feed file no longer has."""
    seen = {str(p) for p in found.files}
    kept = {*report.unchanged, *(path for path, _reason in report.skipped)}
    written = {*report.added, *report.updated}
    gone = []
    for path, (doc_id, _digest) in known.items():
        file = file_of(path)
        if file not in seen:
            vanished = _under(file, found.roots)
        else:
            vanished = path != file and file not in kept and path not in written
        if vanished:
            gone.append((path, doc_id))
    return gone


def _remove(store: ArticleStore, gone: list[tuple[str, str]], report: IngestReport, wait: float) -> None:
    """Remove the articles whose files vanished from the folders being indexed."""
    if not gone:
        return
    with store.writer(wait) as writer:
        for gone_path, doc_id in gone:
            writer.delete_by_term("id", doc_id)
            report.removed.append(gone_path)
        writer.commit(merge=False)


@dataclass
class _Counter:
    """Tells `progress` each file read, and when a batch is being written."""

    progress: Progress | None
    total: int
    done: int = 0

    def read(self, path: str) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total, path)

    def writing(self) -> None:
        if self.progress:
            self.progress(self.done, self.total, WRITING)


def _sorted_out(outcomes: Iterable[Outcome], report: IngestReport, counter: _Counter) -> Iterator[Outcome]:
    """The outcomes that have an article to write; the others go straight into the report."""
    last_file = None
    for outcome in outcomes:
        file = file_of(outcome.path)
        if file != last_file:  # a feed file's items count as the one file read
            counter.read(file)
            last_file = file
        report.warnings.extend((outcome.path, w) for w in outcome.warnings)
        if outcome.unchanged:
            report.unchanged.append(outcome.path)
        elif outcome.skipped is not None:
            report.skipped.append((outcome.path, outcome.skipped))
        else:
            yield outcome


def _write_segments(
    store: ArticleStore,
    outcomes: Iterator[Outcome],
    indexed: int,
    report: IngestReport,
    wait: float,
    writing: Callable[[], None] = lambda: None,
) -> None:
    """Write the articles in batches of BATCH, or of as many articles as the index already
    holds when that is more: each batch is a Whoosh segment, and every search and term
    lookup visits every segment, so growing batches keep a library of N articles at about
    log2(N / BATCH) segments (fixed batches made 50 at 100,000 articles), and merging them,
    which costs more than the indexing, is left to Whoosh's policy for small segments."""
    while (first := next(outcomes, None)) is not None:
        written: list[tuple[str, bool]] = []
        with store.writer(wait) as writer:
            for outcome in itertools.chain([first], itertools.islice(outcomes, max(BATCH, indexed) - 1)):
                assert outcome.article is not None
                # A new file's id cannot be in the index: adding skips the lookup in every segment.
                add = writer.update_document if outcome.existed else writer.add_document
                add(**article_fields(outcome.article))
                written.append((outcome.path, outcome.existed))
            writing()
            writer.commit(merge=False)
        for path, existed in written:
            (report.updated if existed else report.added).append(path)
        indexed += len(written)


def _under(path: str, roots: list[Path]) -> bool:
    candidate = Path(path)
    return any(candidate == root or root in candidate.parents for root in roots)
