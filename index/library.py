"""The one facade over the core: ingest files, search, read articles and their entities back."""

from __future__ import annotations

import contextlib
import errno
import functools
import heapq
import json
import pickle
import struct
import threading
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from whoosh import query as wq
from whoosh.sorting import FieldFacet, ScoreFacet, TranslateFacet

from index.article import Article, ArticleSummary, article_id
from index.discover import discover
from index.documents import article_from_stored, summary_from_stored
from index.entities.aliases import Aliases, load_aliases
from index.entities.table import EntityInfo, EntityTable
from index.query import QueryError, make_parser, matched_terms, parse_query, scoring_form, term_spans
from index.related import Related, find_related
from index.report import IngestReport, Progress
from index.saved_files import read_json, read_order, write_json, write_order
from index.snippet import MarkFormatter, Snippet, SnippetWindow, fragmenter, lead_snippet, unmark
from index.store import MISSING_DATE, ArticleStore, DataDirectoryError, IndexUnusable

SORTS = ("relevance", "date")
ROOTS_FILE = "roots.json"
TABLE_FILE = "entity-table.json"
ARTICLES_FILE = "entity-articles.json"
ORDER_FILE = "newest-first.bin"
F = TypeVar("F", bound=Callable[..., Any])


# What Whoosh raises when an index file is truncated or overwritten.
_DAMAGE = (EOFError, struct.error, zlib.error, pickle.UnpicklingError, UnicodeDecodeError)


def _locked(method: F) -> F:
    """One call at a time, and a damaged index reported as such, with the way out."""

    @functools.wraps(method)
    def wrapper(self: Library, *args: Any, **kwargs: Any) -> Any:
        with self._lock, self._damage_reported():
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


ENTITY_TYPES = ("PER", "LOC", "ORG", "MISC")


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
    """The best hits, and how many articles match in all (an upper estimate when `estimated`)."""

    hits: list[Hit]
    total: int
    estimated: bool = False

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


def _date_sort_key(key: int) -> tuple[int, int]:
    # Whoosh gives undated documents the column's largest value; they go last, not first.
    return (1, 0) if key >= MISSING_DATE else (0, -key)


NEWEST_FIRST = TranslateFacet(_date_sort_key, FieldFacet("date"))


class Library:
    """A library of articles kept in the data directory `home`."""

    def __init__(self, home: str | Path) -> None:
        self.home = Path(home)
        self._store = ArticleStore(self.home / "index")
        self._parser = None
        self._aliases: Aliases | None = None
        self._table: tuple[int, EntityTable] | None = None
        # The app calls from worker threads; Whoosh readers share file handles, so one at a time.
        self._lock = threading.RLock()

    def close(self) -> None:
        self._store.close()

    @contextlib.contextmanager
    def _damage_reported(self) -> Iterator[None]:
        try:
            yield
        except _DAMAGE as error:
            self._store.close()
            raise IndexUnusable(
                f"the index in {self._store.directory} is damaged ({type(error).__name__}); "
                "run `reader index --rebuild PATH...` to rebuild it from your files"
            ) from error

    @contextlib.contextmanager
    def _write_errors_reported(self) -> Iterator[None]:
        try:
            yield
        except OSError as error:
            reason = error.strerror or type(error).__name__
            if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
                raise DataDirectoryError(
                    f"no space left for the library in {self.home} ({reason}); free some space "
                    "and run `reader index` again: what was indexed before is kept"
                ) from error
            if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise DataDirectoryError(
                    f"cannot write to the data directory {self.home} ({reason}); make it "
                    "writable or set READER_HOME to another folder"
                ) from error
            raise

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
        entities: bool = True,
        parallel: bool = True,
    ) -> IngestReport:
        """Index the article files under `paths`: new and changed files are (re)parsed and,
        with `entities`, run through NER; unchanged ones are skipped by content hash; files
        that vanished from under `paths` are removed.

        Raises IndexBusy when another ingestion holds the index longer than `wait` seconds,
        and EntityModelMissing (before changing anything) when spaCy's model is missing.
        `parallel=False` keeps all work in this process (required from a threaded program)."""
        found = discover(paths)
        report = IngestReport(skipped=list(found.skipped), ignored=found.ignored)
        aliases = self._load_aliases() if entities else None
        salt = f"entities:{aliases.digest}" if aliases else "entities:off"
        with self._write_errors_reported(), self._store.exclusive(wait), self._damage_reported():
            if rebuild:
                self._store.reset()
            self._store.open(create=True)
            self._remember_roots(found.roots)
            # Imported here: parsing and NER modules are not needed to read the library.
            from index.ingest import ingest_files

            with self._lock:
                ingest_files(self._store, found, report, aliases, salt, progress, wait, parallel)
                # Aggregated and saved once here, so that opening the app is quick.
                self._entity_table()
                self._newest_first(0)
        return report

    def _remember_roots(self, roots: list[Path]) -> None:
        known = self.roots()
        merged = known + [str(root) for root in roots if str(root) not in known]
        with contextlib.suppress(OSError):
            (self.home / ROOTS_FILE).write_text(json.dumps(merged, ensure_ascii=False), "utf-8")

    def roots(self) -> list[str]:
        """Every file or folder ever ingested into this library, for re-indexing."""
        try:
            data = json.loads((self.home / ROOTS_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            return []
        return [str(item) for item in data] if isinstance(data, list) else []

    def _load_aliases(self) -> Aliases:
        if self._aliases is None:
            self._aliases = load_aliases(self.home)
        return self._aliases

    # -- reading --------------------------------------------------------------------------

    @_locked
    def search(
        self, query: str, limit: int | None = 20, sort: str = "relevance", snippets: bool = True
    ) -> SearchResults:
        """Articles matching `query`, best first (or newest first with sort="date"), with
        highlighted snippets unless `snippets` is False (then the lead stands in).

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
        # No terms=True and no exact count unless Whoosh has one: both force scoring every
        # matching document instead of skipping the blocks that cannot reach the top.
        results = searcher.search(scoring_form(parsed), limit=limit, sortedby=sortedby)
        results.formatter = MarkFormatter()
        results.fragmenter = fragmenter()
        terms = matched_terms(parsed)
        window = SnippetWindow(terms)
        hits = []
        for hit in results:
            stored = hit.fields()
            body = stored.get("body") or ""
            # A query with no word in the body (date:, source:, title:) has nothing to highlight.
            marked = hit.highlights("body", text=window(body), top=2) if snippets and terms and body else ""
            snippet = unmark(marked) if marked else lead_snippet(stored.get("lead") or "")
            # Sorted by date, Whoosh's hit.score is the sort key; the score facet is its last part.
            score = -hit.score[-1] if sortedby else hit.score
            hits.append(Hit(summary_from_stored(stored), float(score or 0.0), snippet))
        exact = results.has_exact_length()
        return SearchResults(hits, len(results) if exact else results.estimated_length(), not exact)

    @_locked
    def get(self, ref: str) -> Article | None:
        """The article with id `ref`, or whose file is at path `ref`, its entities named as
        the library knows them."""
        searcher = self._store.searcher()
        docnum = self._docnum(ref)
        if searcher is None or docnum is None:
            return None
        table = self._entity_table()
        entities = [table.canonical(e) for e in self._store.entities_of(searcher, docnum)]
        return article_from_stored(searcher.stored_fields(docnum), entities)

    @_locked
    def articles(self, source: str | None = None, limit: int | None = None) -> list[ArticleSummary]:
        """Every article (of one site when `source` is given), newest first, undated last;
        only the `limit` newest when given (quick: the app shows them while it reads the rest)."""
        return self._summaries(wq.Every() if source is None else wq.Term("site", source), limit)

    @_locked
    def articles_with(self, entity: str) -> list[ArticleSummary]:
        """Every article that mentions `entity` (any of its names), newest first."""
        alias = self._load_aliases().resolve(entity)
        table = self._entity_table()
        keys = table.keys_of(table.canonical_key(alias[0] if alias else entity))
        return self._summaries(wq.Or([wq.Term("entity_keys", key) for key in keys]))

    def _live_docnums(self, q: wq.Query) -> Iterable[int]:
        """The documents matching `q`; none when there is no index or it is empty."""
        searcher = self._store.searcher()
        if searcher is None or searcher.reader().doc_count_all() == 0:
            return []
        return searcher.reader().all_doc_ids() if isinstance(q, wq.Every) else searcher.docs_for_query(q)

    def _summaries(self, q: wq.Query, limit: int | None = None) -> list[ArticleSummary]:
        if isinstance(q, wq.Every):
            return self._store.summaries(list(self._newest_first(limit)))
        return self._store.summaries(self._sorted(self._live_docnums(q), limit))

    def _sorted(self, docnums: Iterable[int], limit: int | None) -> list[int]:
        # Sorted here on the raw date column: Whoosh's sorting collector costs ~10x more.
        dates = self._store.date_keys()
        if limit is None:
            return sorted(docnums, key=lambda n: _date_sort_key(dates[n]))
        return heapq.nsmallest(limit, docnums, key=lambda n: _date_sort_key(dates[n]))

    def _newest_first(self, limit: int | None = None) -> Sequence[int]:
        """Every article's document number, newest first: saved once per index generation, so
        that the app's first page reads 200 numbers instead of 100,000 dates (0.34 s)."""
        generation = self._store.generation()
        order = read_order(self.home / ORDER_FILE, generation, limit)
        if order is None:
            full = self._sorted(self._live_docnums(wq.Every()), None)
            write_order(self.home / ORDER_FILE, generation, full)
            return full[:limit]
        return order

    @_locked
    def related(self, ref: str, limit: int = 5) -> list[Related]:
        """Other coverage of the article `ref` (id or path), best first, never the article
        itself; near-identical copies fold into one entry (`also_in`)."""
        return self._related(ref, limit)[0]

    @_locked
    def duplicates(self, ref: str) -> list[ArticleSummary]:
        """Other articles with the same text as `ref` (the same file twice, a wire copy)."""
        return self._related(ref, 5)[1]

    def _related(self, ref: str, limit: int) -> tuple[list[Related], list[ArticleSummary]]:
        searcher = self._store.searcher()
        docnum = self._docnum(ref)
        if searcher is None or docnum is None:
            return [], []
        return find_related(self._store, searcher, docnum, limit)

    def _docnum(self, ref: str) -> int | None:
        searcher = self._store.searcher()
        if searcher is None:
            return None
        docnum = searcher.document_number(id=ref)
        if docnum is None:
            docnum = searcher.document_number(id=article_id(Path(ref).expanduser()))
        return docnum

    @_locked
    def match_spans(self, query: str, text: str) -> list[tuple[int, int]]:
        """Where the words of `query` occur in `text` (as the index matches them: "coree"
        marks "Corée"), for highlighting; [] when the query cannot be parsed."""
        searcher = self._store.searcher()
        if searcher is None or not query.strip():
            return []
        if self._parser is None:
            self._parser = make_parser(searcher.schema)
        try:
            parsed = parse_query(query, self._parser)
        except QueryError:
            return []
        return term_spans(parsed, text)

    @_locked
    def entities(self, type: str | None = None) -> list[EntityInfo]:
        """Canonical entities of the library (of one type: PER, LOC, ORG or MISC), in the
        most articles first."""
        if type is not None and type.upper() not in ENTITY_TYPES:
            raise QueryError(f"unknown entity type {type!r}: use one of {', '.join(ENTITY_TYPES)}")
        return self._entity_table().entities(type)

    def _entity_table(self) -> EntityTable:
        """The library-wide entity table, for this index generation: in memory, else from the
        files saved beside the index, else aggregated anew from every article (and saved)."""
        generation = self._store.generation()
        if self._table is not None and self._table[0] == generation:
            return self._table[1]
        data = read_json(self.home / TABLE_FILE, generation)
        table = None
        if data is not None:
            with contextlib.suppress(ValueError, TypeError, KeyError):  # not as saved: made anew
                table = EntityTable.from_json(data, functools.partial(self._entity_articles, generation))
        if table is None:
            table = self._aggregate_entities(generation)
        self._table = (generation, table)
        return table

    def _aggregate_entities(self, generation: int) -> EntityTable:
        table = EntityTable.from_rows(self._store.entity_rows())
        write_json(self.home / ARTICLES_FILE, generation, table.articles_json())
        write_json(self.home / TABLE_FILE, generation, table.to_json())
        return table

    def _entity_articles(self, generation: int) -> tuple[list[str], dict[str, array[int]]]:
        """Which articles name each entity: from its file, else aggregated anew."""
        data = read_json(self.home / ARTICLES_FILE, generation)
        if data is not None:
            with contextlib.suppress(ValueError, TypeError, KeyError):
                return EntityTable.articles_from_json(data)
        return EntityTable.articles_from_json(self._aggregate_entities(generation).articles_json())

    @_locked
    def sources(self) -> list[SourceCount]:
        """Every site with its number of articles, most articles first; "" counts the unknown."""
        counts = Counter(row.source for row in self._store.summaries(list(self._live_docnums(wq.Every()))))
        return [SourceCount(name, n) for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    @_locked
    def __len__(self) -> int:
        searcher = self._store.searcher()
        return searcher.doc_count() if searcher is not None else 0
