"""Ingestion: bring the index in line with the article files, committing in batches."""

from __future__ import annotations

from pathlib import Path

from index.discover import Discovery
from index.entities.aliases import Aliases
from index.pipeline import Outcome, process_files
from index.report import IngestReport, Progress
from index.store import ArticleStore, article_fields

# Articles committed together: a run killed midway keeps the batches it committed.
BATCH = 2000


def ingest_files(
    store: ArticleStore,
    found: Discovery,
    report: IngestReport,
    aliases: Aliases | None,
    salt: str,
    progress: Progress | None,
    wait: float,
    parallel: bool = True,
) -> None:
    """Bring the index in line with the files `found`; the caller holds the ingestion lock.

    Entities are extracted when `aliases` is given. A commit every BATCH articles."""
    known = store.hashes()
    total = len(found.files)
    files = [(str(path), known[str(path)][1] if str(path) in known else None) for path in found.files]
    batch: list[Outcome] = []
    for done, outcome in enumerate(process_files(files, salt, aliases, parallel), 1):
        if progress:
            progress(done, total, outcome.path)
        report.warnings.extend((outcome.path, w) for w in outcome.warnings)
        if outcome.unchanged:
            report.unchanged.append(outcome.path)
        elif outcome.skipped is not None:
            report.skipped.append((outcome.path, outcome.skipped))
        else:
            batch.append(outcome)
            if len(batch) >= BATCH:
                _write(store, batch, report, wait, merge=False)
                batch = []
    if batch:
        _write(store, batch, report, wait, merge=False)
    seen = {str(p) for p in found.files}
    gone = [
        (path, doc_id)
        for path, (doc_id, _hash) in known.items()
        if path not in seen and _under(path, found.roots)
    ]
    if gone:
        with store.writer(wait) as writer:
            for gone_path, doc_id in gone:
                writer.delete_by_term("id", doc_id)
                report.removed.append(gone_path)
            writer.commit(merge=False)
    if report.added or report.updated or report.removed:
        # Batches are committed unmerged (merging after each one cost more than the indexing
        # at 20,000 articles); small segments are merged once, at the end.
        with store.writer(wait) as writer:
            writer.commit(merge=True)


def _write(store: ArticleStore, batch: list[Outcome], report: IngestReport, wait: float, merge: bool) -> None:
    with store.writer(wait) as writer:
        for outcome in batch:
            assert outcome.article is not None
            # A new file's id cannot be in the index: adding skips the lookup in every segment.
            add = writer.update_document if outcome.existed else writer.add_document
            add(**article_fields(outcome.article))
        writer.commit(merge=merge)
    for outcome in batch:
        (report.updated if outcome.existed else report.added).append(outcome.path)


def _under(path: str, roots: list[Path]) -> bool:
    candidate = Path(path)
    return any(candidate == root or root in candidate.parents for root in roots)
