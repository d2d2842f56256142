"""The Whoosh index on disk: open or create it, write articles, read them back."""

from __future__ import annotations

import fcntl
import json
import mmap
import os
import pickle
import shutil
import struct
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.index import EmptyIndexError, LockError
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from index.article import ArticleEntity, ArticleSummary
from index.documents import decode_entities, entity_keys, row_from_columns, text_of
from index.schema import SCHEMA_VERSION, article_schema
from index.scoring import FastBM25F
from index.segment_writer import ArticleWriter
from index.segments import column_values, leaf_of
from index.term_stats import TermStats

INDEX_NAME = "articles"
# Up to this many list rows are read document by document; more, and every row is read
# column by column (10x cheaper per row) and kept for the searcher's lifetime.
FEW_ROWS = 500
VERSION_FILE = "version.json"
LOCK_FILE = "ingest.lock"
# What Whoosh's date column holds for an undated article.
MISSING_DATE = 2**64 - 1


class IndexBusy(RuntimeError):
    """Another process is writing the index."""


class IndexUnusable(RuntimeError):
    """The index on disk cannot be opened; the message says how to get out."""


class DataDirectoryError(RuntimeError):
    """The data directory cannot be written (read-only, no permission, disk full); the
    message says which directory and what to do. Nothing committed before is lost."""


class ArticleStore:
    """One Whoosh index in `directory`, created on first use."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._index: whoosh_index.Index | None = None
        self._searcher: Searcher | None = None
        # name -> (searcher, what was read through it): valid while the index is unchanged.
        self._per_searcher: dict[str, tuple[Searcher, Any]] = {}

    # -- opening ---------------------------------------------------------------------------

    def _version_matches(self) -> bool:
        try:
            data = json.loads((self.directory / VERSION_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            return False
        return isinstance(data, dict) and data.get("schema") == SCHEMA_VERSION

    def exists(self) -> bool:
        return whoosh_index.exists_in(str(self.directory), indexname=INDEX_NAME)

    def _create(self) -> whoosh_index.Index:
        self.close()
        if self.directory.exists():
            shutil.rmtree(self.directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        created = _storage(self.directory).create_index(article_schema(), indexname=INDEX_NAME)
        (self.directory / VERSION_FILE).write_text(json.dumps({"schema": SCHEMA_VERSION}), "utf-8")
        return created

    def open(self, create: bool = False) -> whoosh_index.Index | None:
        """The index, or None when there is none yet and `create` is False."""
        if self._index is not None:
            return self._index
        if not self.exists():
            if not create:
                return None
            self._index = self._create()
            return self._index
        if not self._version_matches():
            raise IndexUnusable(
                f"the index in {self.directory} was built by another version of reader; "
                "run `reader index --rebuild PATH...`"
            )
        try:
            self._index = _storage(self.directory).open_index(indexname=INDEX_NAME)
        except (
            EmptyIndexError,
            OSError,
            ValueError,
            EOFError,
            KeyError,
            struct.error,
            pickle.UnpicklingError,
        ) as error:
            raise IndexUnusable(
                f"the index in {self.directory} is damaged ({type(error).__name__}); "
                "run `reader index --rebuild PATH...` to rebuild it from your files"
            ) from error
        return self._index

    def reset(self) -> None:
        """Start over with an empty index."""
        self._index = self._create()

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._index = None

    # -- writing ---------------------------------------------------------------------------

    @contextmanager
    def exclusive(self, wait: float) -> Iterator[None]:
        """Held for a whole ingestion run, so that two runs never interleave their batches.

        An flock dies with its process: a killed indexer never leaves a stale lock."""
        lock_path = self.directory.parent / LOCK_FILE
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        with lock_path.open("a") as handle:
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise IndexBusy(
                            "the index is busy: another `reader index` is running; try again when it ends"
                        ) from None
                    time.sleep(0.1)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    @contextmanager
    def writer(self, wait: float) -> Iterator[IndexWriter]:
        """A writer holding the index lock; waits up to `wait` seconds for another writer."""
        ix = self.open(create=True)
        assert ix is not None
        try:
            writer = ArticleWriter(ix, timeout=wait)
        except LockError as error:
            raise IndexBusy(
                "the index is busy: another `reader index` is running; try again when it ends"
            ) from error
        try:
            yield writer
        except BaseException:
            writer.cancel()
            raise

    # -- reading ---------------------------------------------------------------------------

    def searcher(self) -> Searcher | None:
        """A searcher kept open across calls and refreshed when the index changed."""
        ix = self.open()
        if ix is None:
            return None
        if self._searcher is None or not self._searcher.up_to_date():
            # Not Searcher.refresh(): it fails when the previous reader was of an empty index.
            previous, self._searcher = self._searcher, ix.searcher(weighting=FastBM25F())
            if previous is not None:
                previous.close()
        return self._searcher

    def hashes(self) -> dict[str, tuple[str, str]]:
        """path -> (id, content hash) of every article, read from columns (no stored bodies)."""
        searcher = self.searcher()
        if searcher is None:
            return {}
        reader = searcher.reader()
        if reader.doc_count_all() == 0:
            return {}
        paths = reader.column_reader("path")
        ids = reader.column_reader("id")
        digests = reader.column_reader("content_hash")
        return {text_of(paths[n]): (text_of(ids[n]), text_of(digests[n])) for n in reader.all_doc_ids()}

    def entities_of(self, searcher: Searcher, docnum: int) -> list[ArticleEntity]:
        return decode_entities(self._entity_data(searcher, docnum))

    def entity_keys_of(self, searcher: Searcher, docnum: int) -> set[str]:
        """The keys of a document's entities, without making the entities (related articles
        ask for a hundred documents' keys at a time)."""
        return entity_keys(self._entity_data(searcher, docnum))

    def _entity_data(self, searcher: Searcher, docnum: int) -> bytes:
        # A column reader loads the column's offsets: make one per searcher, not per call.
        column = self._kept(searcher, "entities", lambda: searcher.reader().column_reader("entities"))
        return bytes(column[docnum])

    def entity_rows(self) -> Iterator[tuple[str, list[ArticleEntity]]]:
        """(article id, its entities) for every article, read from columns only."""
        searcher = self.searcher()
        if searcher is None:
            return
        reader = searcher.reader()
        if reader.doc_count_all() == 0:
            return
        ids = reader.column_reader("id")
        column = reader.column_reader("entities")
        for docnum in reader.all_doc_ids():
            yield text_of(ids[docnum]), decode_entities(column[docnum])

    def summaries(self, docnums: list[int]) -> list[ArticleSummary]:
        """List rows for `docnums`, in order, read from columns only (cached per searcher)."""
        searcher = self.searcher()
        if searcher is None or not docnums:
            return []
        if self._kept(searcher, "rows") is None and len(docnums) <= FEW_ROWS:
            return self._some_rows(searcher, docnums)  # a first page: no need to read every row
        rows = self._kept(searcher, "rows", lambda: self._all_rows(searcher))
        return [rows[n] for n in docnums]

    def date_keys(self) -> list[int]:
        """Every document's raw date column value (the column's maximum when undated), cached
        per searcher: sorting a list needs all of them."""
        searcher = self.searcher()
        if searcher is None:
            return []
        return self._kept(
            searcher, "dates", lambda: column_values(searcher.reader(), "date", MISSING_DATE, translate=False)
        )

    def date_key(self, searcher: Searcher, docnum: int) -> int:
        """One document's raw date column value, without reading the whole column (0.34 s at
        100,000 articles) when it is not read already: related articles need ~100 of them."""
        dates = self._kept(searcher, "dates")
        if dates is not None:
            return int(dates[docnum])
        leaf, offset = leaf_of(searcher.reader(), docnum)
        if not leaf.has_column("date"):
            return MISSING_DATE
        return int(leaf.column_reader("date", translate=False)[docnum - offset])

    def term_stats(self, searcher: Searcher) -> TermStats:
        """Term statistics for `searcher`, remembered until the index changes."""
        stats: TermStats = self._kept(searcher, "term stats", lambda: TermStats(searcher.reader()))
        return stats

    def _kept(self, searcher: Searcher, name: str, make: Callable[[], Any] | None = None) -> Any:
        """What `make` read through `searcher`, made once per searcher; None when not made yet
        and no `make` is given."""
        held = self._per_searcher.get(name)
        if held is not None and held[0] is searcher:
            return held[1]
        if make is None:
            return None
        value = make()
        self._per_searcher[name] = (searcher, value)
        return value

    @staticmethod
    def _some_rows(searcher: Searcher, docnums: list[int]) -> list[ArticleSummary]:
        reader = searcher.reader()
        names = ("id", "path", "title_column", "site", "date_column")
        columns = [reader.column_reader(name) for name in names]
        return [row_from_columns(*(column[n] for column in columns)) for n in docnums]

    @staticmethod
    def _all_rows(searcher: Searcher) -> list[ArticleSummary]:
        # Whole columns in one pass each: per-document column access costs ~10x more.
        reader = searcher.reader()
        columns = [column_values(reader, name) for name in ("id", "path", "title_column", "site")]
        dates = column_values(reader, "date_column")
        return [row_from_columns(*values) for values in zip(*columns, dates, strict=True)]

    def generation(self) -> int:
        ix = self.open()
        return ix.latest_generation() if ix is not None else -1


class _MappedStorage(FileStorage):
    """Index files read in place through mmap.

    Whoosh's own mmap path copies each part of a compound segment into a BytesIO (opening
    20,000 articles took 330 MB of RAM); plain file reads cost a system call per value read
    (related articles 3x slower). Mapped once and read in place, the pages are the OS's to
    share and evict."""

    def __init__(self, path: str) -> None:
        super().__init__(path, supports_mmap=False)

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        with open(self._fpath(name), "rb") as handle:
            if os.fstat(handle.fileno()).st_size == 0:  # an empty file cannot be mapped
                return super().open_file(name, **kwargs)
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        return _MappedFile(mapped, name=name, **kwargs)


class _MappedFile(StructFile):
    """A mapped index file that fails as a truncated file does, with EOFError: mmap says
    ValueError("seek out of range") when a file is shorter than its own table says."""

    def seek(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().seek(*args, **kwargs)
        except ValueError as error:
            raise EOFError(str(error)) from error


def _storage(directory: Path) -> FileStorage:
    return _MappedStorage(str(directory))
