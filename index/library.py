"""The one facade over the core: ingest files, search, read articles and their entities back.

It holds the lock, translates failures into one-line errors and delegates: the work is
done in the rooms below it (ingest, search, store, page, entities)."""

from __future__ import annotations

import contextlib
import errno
import functools
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from whoosh import query as wq

from index.entities.aliases import Aliases, load_aliases
from index.errors import INDEX_DAMAGE, DataDirectoryError, QueryError, damaged_index
from index.ingest.discover import discover
from index.ingest.options import ArticleShaping, IngestOptions
from index.ingest.roots import read_roots, remember_roots
from index.locations import DataFiles, check_home
from index.locks import held
from index.records import (
    ENTITY_TYPES,
    AddReport,
    Article,
    ArticleSummary,
    EntityInfo,
    FeedInfo,
    FetchReport,
    IngestReport,
    Progress,
    Related,
    SearchResults,
    SourceCount,
    article_id,
)
from index.search import listing, searching
from index.search.entity_lookup import EntityLookup
from index.search.related import find_related
from index.store.article_store import ArticleStore
from index.store.columns import entities_of
from index.store.documents import article_from_stored
from index.store.searcher_memory import ResultCache, SearcherMemory

F = TypeVar("F", bound=Callable[..., Any])
_FETCHING = "another `reader fetch` or `reader add` is running; try again when it ends"
# (feeds done, feeds in all, articles downloaded)
FetchProgress = Callable[[int, int, int], None]


def _locked(method: F) -> F:
    """One call at a time, and a damaged index reported as such, with the way out."""

    @functools.wraps(method)
    def wrapper(self: Library, *args: Any, **kwargs: Any) -> Any:
        with self._lock, self._damage_reported():
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


_ID_PREFIX = re.compile(r"[0-9a-f]{4,11}")
SEARCH_CACHE_SIZE = 64


class Library:
    """A library of articles kept in the data directory `home`."""

    def __init__(self, home: str | Path) -> None:
        self.home = Path(home)
        check_home(self.home)
        self.files = DataFiles(self.home)
        self._store = ArticleStore(self.files.index, self.files.ingest_lock)
        self._aliases: Aliases | None = None
        # The app calls from worker threads; Whoosh readers share file handles, so one at a time.
        self._lock = threading.RLock()

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _damage_reported(self) -> Iterator[None]:
        try:
            yield
        except INDEX_DAMAGE as error:
            self._store.close()
            raise damaged_index(self._store.directory, error) from error

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

    def _memory(self) -> SearcherMemory | None:
        return self._store.memory()

    def _entities(self, memory: SearcherMemory) -> EntityLookup:
        return EntityLookup(memory, self.files, self._store.generation)

    def _load_aliases(self) -> Aliases:
        if self._aliases is None:
            self._aliases = load_aliases(self.home)
        return self._aliases

    # -- ingestion ------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | Path],
        options: IngestOptions | None = None,
        *,
        rebuild: bool = False,
        progress: Progress | None = None,
        wait: float = 30.0,
        entities: bool = True,
        parallel: bool = True,
    ) -> IngestReport:
        """Index the article files under `paths`: new and changed files are (re)parsed and,
        with `entities`, run through NER; unchanged ones are skipped by content hash; files
        that vanished from under `paths` are removed. `options`, when given, replaces the
        keyword arguments (see IngestOptions).

        Raises IndexBusy when another ingestion holds the index longer than `wait` seconds,
        and EntityModelMissing (before changing anything) when spaCy's model is missing."""
        options = options or IngestOptions(rebuild, entities, parallel, wait, progress)
        found = discover(paths)
        report = IngestReport(skipped=list(found.skipped), ignored=found.ignored)
        outlets = self.files.outlets if self.files.outlets.is_file() else None
        shaping = ArticleShaping(self._load_aliases() if options.entities else None, outlets)
        with self._write_errors_reported(), self._store.exclusive(options.wait), self._damage_reported():
            if options.rebuild:
                self._store.reset()
            self._store.open(create=True)
            remember_roots(self.files.roots, found.roots)
            # Imported here: parsing and NER modules are not needed to read the library.
            from index.ingest.batches import ingest_files

            with self._lock:
                ingest_files(self._store, found, report, options, shaping, self.files.folder_lines)
                # Aggregated and saved once here, so that opening the app is quick.
                memory = self._memory()
                if memory is not None:
                    self._entities(memory).table()
                    listing.newest_first(memory, self.files.newest_first, self._store.generation(), 0)
        return report

    # -- sources on the web -------------------------------------------------------------
    # Imported in these methods only: reading the library needs no HTTP client, feed
    # parser or page extractor.

    def add_feeds(self, refs: Iterable[str], options: IngestOptions | None = None) -> AddReport:
        """Subscribe to each address (a feed, or a page that links one) or OPML file, fetch
        the new subscriptions once and index what they brought (see feed_runs.add)."""
        from index.sources import feed_runs

        with self._write_errors_reported(), held(self.files.fetch_lock, 30, _FETCHING):
            report = feed_runs.add(self.files, list(refs))
        if report.fetched is not None and report.fetched.new:
            report.fetched.ingest = self.ingest([self.files.fetched], options)
        return report

    def fetch_feeds(
        self, options: IngestOptions | None = None, progress: FetchProgress | None = None
    ) -> FetchReport:
        """Fetch every subscription (conditional GET; new items only; the full article behind
        each), keep what came as files in the data directory, and index them."""
        from index.sources import feed_runs

        with self._write_errors_reported(), held(self.files.fetch_lock, 30, _FETCHING):
            report = feed_runs.fetch(self.files, progress)
        if report.new:
            report.ingest = self.ingest([self.files.fetched], options)
        return report

    def feeds(self) -> list[FeedInfo]:
        """The subscriptions, with their article counts, last fetch and last error."""
        from index.sources import feed_runs

        return feed_runs.feed_infos(self.files, self.articles())

    def feeds_opml(self) -> str:
        """The subscriptions as an OPML document."""
        from index.sources import feed_runs

        return feed_runs.opml(self.files)

    def remove_feed(self, ref: str, purge: bool = False) -> tuple[str, str]:
        """Unsubscribe from the feed whose url or title is `ref` (its url and title are
        returned); its articles stay unless `purge`, which deletes the files reader fetched
        for it, and so their index entries."""
        from index.sources import feed_runs

        with self._write_errors_reported(), held(self.files.fetch_lock, 30, _FETCHING):
            removed = feed_runs.remove(self.files, ref, purge)
        if purge and self.files.fetched.is_dir():
            self.ingest([self.files.fetched], IngestOptions(entities=False))
        return removed

    def roots(self) -> list[str]:
        """Every file or folder ever ingested into this library, for re-indexing."""
        return read_roots(self.files.roots)

    # -- reading --------------------------------------------------------------------------

    @_locked
    def search(
        self,
        query: str,
        limit: int | None = 20,
        sort: str = "relevance",
        snippets: bool = True,
        source: str | None = None,
        entity: str | None = None,
    ) -> SearchResults:
        """Articles matching `query`, best first (or newest first with sort="date"), with
        highlighted snippets unless `snippets` is False (then the lead stands in); only those
        of the site `source` and naming `entity` when given.

        Raises QueryError with a one-line message when the query cannot be understood."""
        memory = self._memory()
        if memory is None:
            return SearchResults([], 0)
        # The app asks the same searches again as the user moves around: kept per index
        # generation (in the searcher's memory, dropped when the index changes).
        cache = memory.get("search results", lambda: ResultCache(SEARCH_CACHE_SIZE))
        key = (query, limit, sort, snippets, source, entity)
        cached = cache.get(key)
        if cached is not None:
            return cached
        within = self._filter(memory, source, entity)
        results = searching.search(memory, query, limit, sort, snippets, within)
        cache.put(key, results)
        return results

    def _filter(self, memory: SearcherMemory, source: str | None, entity: str | None) -> wq.Query | None:
        parts: list[wq.Query] = []
        if source is not None:
            parts.append(wq.Term("site", source))
        if entity:
            parts.append(self._entities(memory).naming(entity, self._load_aliases()))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else wq.And(parts)

    @_locked
    def get(self, ref: str) -> Article | None:
        """The article with id `ref`, or whose file is at path `ref`, its entities named as
        the library knows them."""
        memory = self._memory()
        docnum = self._docnum(memory, ref)
        if memory is None or docnum is None:
            return None
        table = self._entities(memory).table()
        entities = [table.canonical(e) for e in entities_of(memory, docnum)]
        return article_from_stored(memory.searcher.stored_fields(docnum), entities)

    @_locked
    def articles(self, source: str | None = None, limit: int | None = None) -> list[ArticleSummary]:
        """Every article (of one site when `source` is given), newest first, undated last;
        only the `limit` newest when given (quick: the app shows them while it reads the rest)."""
        memory = self._memory()
        if memory is None:
            return []
        q = None if source is None else wq.Term("site", source)
        return listing.articles(memory, q, self.files.newest_first, self._store.generation(), limit)

    @_locked
    def articles_with(self, entity: str) -> list[ArticleSummary]:
        """Every article that mentions `entity` (any of its names), newest first."""
        memory = self._memory()
        if memory is None:
            return []
        q = self._entities(memory).naming(entity, self._load_aliases())
        return listing.articles(memory, q, self.files.newest_first, self._store.generation())

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
        memory = self._memory()
        docnum = self._docnum(memory, ref)
        if memory is None or docnum is None:
            return [], []
        return find_related(memory, docnum, limit)

    @staticmethod
    def _docnum(memory: SearcherMemory | None, ref: str) -> int | None:
        if memory is None:
            return None
        docnum = memory.searcher.document_number(id=ref)
        if docnum is None:
            docnum = memory.searcher.document_number(id=article_id(Path(ref).expanduser()))
        if docnum is None and _ID_PREFIX.fullmatch(ref):
            # The start of an id, as git takes a commit's: only when one article has it.
            ids = [term.decode() if isinstance(term, bytes) else term for term in
                   memory.searcher.reader().expand_prefix("id", ref)]  # fmt: skip
            if len(ids) > 1:
                raise QueryError(f"{ref!r} starts {len(ids)} articles' ids: type more of it")
            if ids:
                docnum = memory.searcher.document_number(id=ids[0])
        return docnum

    @_locked
    def match_spans(self, query: str, text: str) -> list[tuple[int, int]]:
        """Where the words of `query` occur in `text` (as the index matches them: "coree"
        marks "Corée"), for highlighting; [] when the query cannot be parsed."""
        memory = self._memory()
        return searching.match_spans(memory, query, text) if memory is not None else []

    @_locked
    def entities(self, type: str | None = None) -> list[EntityInfo]:
        """Canonical entities of the library (of one type: PER, LOC, ORG or MISC), in the
        most articles first."""
        if type is not None and type.upper() not in ENTITY_TYPES:
            raise QueryError(f"unknown entity type {type!r}: use one of {', '.join(ENTITY_TYPES)}")
        memory = self._memory()
        return self._entities(memory).table().entities(type) if memory is not None else []

    @_locked
    def sources(self) -> list[SourceCount]:
        """Every site with its number of articles, most articles first; "" counts the unknown."""
        memory = self._memory()
        return listing.sources(memory) if memory is not None else []

    @_locked
    def __len__(self) -> int:
        searcher = self._store.searcher()
        return searcher.doc_count() if searcher is not None else 0
