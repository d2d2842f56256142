"""The one facade over the core: ingest files, search, and read articles back."""

from __future__ import annotations

import contextlib
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import query as wq
from whoosh.sorting import FieldFacet, ScoreFacet, TranslateFacet

from index.article import Article, ArticleSummary, article_id
from index.discover import discover
from index.metadata import read_sidecar, sidecar_path
from index.parse import parse_article
from index.query import QueryError, make_parser, parse_query
from index.snippet import MarkFormatter, Snippet, fragmenter, lead_snippet, unmark
from index.store import ArticleStore, article_fields, article_from_stored, summary_from_stored
from index.textfile import UnreadableFile, read_bytes, read_text

Progress = Callable[[int, int, str], None]
SORTS = ("relevance", "date")
# Commit every this many changed files, so that a run killed midway keeps what it did.
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


@dataclass(frozen=True)
class Hit:
    """One search result: the article's summary, its score and a highlighted snippet."""

    article: ArticleSummary
    score: float
    snippet: Snippet

    def to_json(self) -> dict[str, object]:
        return {**self.article.to_json(), "score": round(self.score, 4), "snippet": self.snippet.text}


@dataclass(frozen=True)
class SearchResults:
    hits: list[Hit]
    total: int

    def __iter__(self) -> Iterator[Hit]:
        return iter(self.hits)

    def __len__(self) -> int:
        return len(self.hits)


@dataclass(frozen=True)
class SourceCount:
    name: str
    count: int

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "count": self.count}


def _newest_first(key: int) -> tuple[int, int]:
    # Whoosh gives undated documents the column's largest value; they go last, not first.
    return (1, 0) if key >= _MISSING_DATE else (0, -key)


_MISSING_DATE = 2**64 - 1
NEWEST_FIRST = TranslateFacet(_newest_first, FieldFacet("date"))


class Library:
    """A library of articles kept in the data directory `home`."""

    def __init__(self, home: str | Path) -> None:
        self.home = Path(home)
        self._store = ArticleStore(self.home / "index")
        self._parser = None

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingestion ------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | Path],
        rebuild: bool = False,
        progress: Progress | None = None,
        wait: float = 30.0,
    ) -> IngestReport:
        """Index the article files under `paths`: new and changed files are (re)parsed,
        unchanged ones skipped by content hash, vanished ones under `paths` removed."""
        found = discover(paths)
        report = IngestReport(skipped=list(found.skipped), ignored=found.ignored)
        if rebuild:
            self._store.reset()
        self._store.open(create=True)
        known = self._store.hashes()
        total = len(found.files)
        pending = 0
        with self._store.writer(wait) as writer:
            for done, path in enumerate(found.files, 1):
                if progress:
                    progress(done, total, str(path))
                try:
                    data = read_bytes(path)
                    digest = _digest(path, data)
                    previous = known.get(str(path))
                    if previous and previous[1] == digest:
                        report.unchanged.append(str(path))
                        continue
                    article = self._parse(path, data, digest, report)
                except UnreadableFile as reason:
                    report.skipped.append((str(path), str(reason)))
                    continue
                writer.update_document(**article_fields(article))
                (report.updated if previous else report.added).append(str(path))
                pending += 1
                if pending >= BATCH:
                    writer.commit()
                    pending = 0
                    writer = self._store.open().writer(timeout=wait)  # type: ignore[union-attr]
            seen = {str(p) for p in found.files}
            for known_path, (doc_id, _hash) in known.items():
                if known_path not in seen and _under(known_path, found.roots):
                    writer.delete_by_term("id", doc_id)
                    report.removed.append(known_path)
            writer.commit()
        return report

    @staticmethod
    def _parse(path: Path, data: bytes, digest: str, report: IngestReport) -> Article:
        metadata, warning = read_sidecar(path)
        if warning:
            report.warnings.append((str(path), warning))
        article = parse_article(read_text(data), path, metadata, content_hash=digest)
        report.warnings.extend((str(path), w) for w in article.warnings)
        return article

    # -- reading --------------------------------------------------------------------------

    def search(self, query: str, limit: int | None = 20, sort: str = "relevance") -> SearchResults:
        """Articles matching `query`, best first (or newest first with sort="date").

        Raises QueryError with a one-line message when the query cannot be understood."""
        if sort not in SORTS:
            raise QueryError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
        searcher = self._store.searcher()
        if searcher is None:
            return SearchResults([], 0)
        if self._parser is None:
            self._parser = make_parser(searcher.schema)
        parsed = parse_query(query, self._parser)
        sortedby = [NEWEST_FIRST, ScoreFacet()] if sort == "date" else None
        results = searcher.search(parsed, limit=limit, sortedby=sortedby, terms=True)
        results.formatter = MarkFormatter()
        results.fragmenter = fragmenter()
        hits = []
        for hit in results:
            stored = hit.fields()
            marked = hit.highlights("body", top=2) if stored.get("body") else ""
            snippet = unmark(marked) if marked else lead_snippet(stored.get("lead") or "")
            # Sorted by date, Whoosh's hit.score is the sort key; the score facet is its last part.
            score = -hit.score[-1] if sortedby else hit.score
            hits.append(Hit(summary_from_stored(stored), float(score or 0.0), snippet))
        return SearchResults(hits, len(results))

    def get(self, ref: str) -> Article | None:
        """The article with id `ref`, or whose file is at path `ref`."""
        searcher = self._store.searcher()
        if searcher is None:
            return None
        stored = searcher.document(id=ref)
        if stored is None:
            stored = searcher.document(id=article_id(Path(ref).expanduser()))
        return article_from_stored(stored) if stored else None

    def articles(self, source: str | None = None) -> list[ArticleSummary]:
        """Every article (of one site when `source` is given), newest first, undated last."""
        searcher = self._store.searcher()
        if searcher is None:
            return []
        q = wq.Every() if source is None else wq.Term("site", source)
        results = searcher.search(q, limit=None, sortedby=NEWEST_FIRST)
        return [summary_from_stored(hit.fields()) for hit in results]

    def sources(self) -> list[SourceCount]:
        """Every site with its number of articles, most articles first; "" counts the unknown."""
        searcher = self._store.searcher()
        if searcher is None:
            return []
        reader = searcher.reader()
        if reader.doc_count_all() == 0:
            return []
        column = reader.column_reader("site")
        counts = Counter(_text(column[n]) for n in reader.all_doc_ids())
        return [SourceCount(name, n) for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    def __len__(self) -> int:
        searcher = self._store.searcher()
        return searcher.doc_count() if searcher is not None else 0


def _digest(path: Path, data: bytes) -> str:
    """The content hash of an article: its bytes and its sidecar's, so editing either re-indexes."""
    digest = hashlib.sha256(data)
    sidecar = sidecar_path(path)
    if sidecar is not None:
        with contextlib.suppress(OSError):  # read_sidecar reports it
            digest.update(b"\0sidecar\0" + sidecar.read_bytes())
    return digest.hexdigest()


def _under(path: str, roots: list[Path]) -> bool:
    candidate = Path(path)
    return any(candidate == root or root in candidate.parents for root in roots)


def _text(value: str | bytes) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value
