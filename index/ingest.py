"""Ingestion: read, hash, parse and annotate article files in batches, and write them to the index."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from index.article import Article
from index.discover import Discovery
from index.entities.extract import EntityExtractor
from index.metadata import read_sidecar, sidecar_path
from index.parse import parse_article
from index.store import ArticleStore, article_fields
from index.textfile import UnreadableFile, read_bytes, read_text

Progress = Callable[[int, int, str], None]
# Files parsed and annotated together, then committed: a run killed midway keeps the
# batches it committed, and spaCy gets batches large enough to use both cores.
BATCH = 500


@dataclass
class IngestReport:
    """What one ingestion did, file by file."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    ignored: int = 0

    @property
    def read_anything(self) -> bool:
        return bool(self.added or self.updated or self.unchanged or self.removed)


def content_digest(path: Path, data: bytes, salt: str) -> str:
    """The hash that decides whether a file must be processed again: its bytes, its sidecar's,
    and `salt` (what else shapes the stored article: entity mode, alias files)."""
    digest = hashlib.sha256(data)
    sidecar = sidecar_path(path)
    if sidecar is not None:
        with contextlib.suppress(OSError):  # read_sidecar reports it
            digest.update(b"\0sidecar\0" + sidecar.read_bytes())
    digest.update(b"\0salt\0" + salt.encode())
    return digest.hexdigest()


def _parse(path: Path, data: bytes, digest: str, report: IngestReport) -> Article:
    metadata, warning = read_sidecar(path)
    if warning:
        report.warnings.append((str(path), warning))
    article = parse_article(read_text(data), path, metadata, content_hash=digest)
    report.warnings.extend((str(path), w) for w in article.warnings)
    return article


def ingest_files(
    store: ArticleStore,
    found: Discovery,
    report: IngestReport,
    extractor: EntityExtractor | None,
    salt: str,
    progress: Progress | None,
    wait: float,
) -> None:
    """Bring the index in line with the files `found`; the caller holds the ingestion lock."""
    known = store.hashes()
    total = len(found.files)
    for first in range(0, total, BATCH):
        pending: list[tuple[Article, bool]] = []
        for done, path in enumerate(found.files[first : first + BATCH], first + 1):
            if progress:
                progress(done, total, str(path))
            try:
                data = read_bytes(path)
                digest = content_digest(path, data, salt)
                previous = known.get(str(path))
                if previous and previous[1] == digest:
                    report.unchanged.append(str(path))
                    continue
                pending.append((_parse(path, data, digest, report), previous is not None))
            except UnreadableFile as reason:
                report.skipped.append((str(path), str(reason)))
        if not pending:
            continue
        articles = [article for article, _ in pending]
        if extractor is not None:
            articles = extractor.annotate(articles)
        with store.writer(wait) as writer:
            for article in articles:
                writer.update_document(**article_fields(article))
            writer.commit()
        for article, (_, existed) in zip(articles, pending, strict=True):
            (report.updated if existed else report.added).append(article.path)
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
            writer.commit()


def _under(path: str, roots: list[Path]) -> bool:
    candidate = Path(path)
    return any(candidate == root or root in candidate.parents for root in roots)
