"""The Whoosh index on disk: open or create it, hold the ingestion lock, write, read through one searcher."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TypeVar

from whoosh import index as whoosh_index
from whoosh.index import EmptyIndexError, LockError
from whoosh.index import IndexError as WhooshIndexError
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from index.errors import INDEX_DAMAGE, DataDirectoryError, IndexBusy, IndexUnusable, damaged_index
from index.locks import held
from index.store.mapped_storage import MappedStorage
from index.store.schema import SCHEMA_VERSION, article_schema
from index.store.scoring import FastBM25F
from index.store.searcher_memory import SearcherMemory
from index.store.segment_writer import ArticleWriter

INDEX_NAME = "articles"
VERSION_FILE = "version.json"
# What opening an index whose files are damaged or foreign raises, besides INDEX_DAMAGE: a
# table of contents overwritten with text fails Whoosh's own checks (its IndexError, TypeError).
_OPEN_FAILURES = (
    EmptyIndexError,
    WhooshIndexError,
    OSError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    *INDEX_DAMAGE,
)
# The files Whoosh writes for an index called INDEX_NAME: all that `--rebuild` may delete.
_OWN_FILE = re.compile(rf"^(?:_{INDEX_NAME}_\d+\.toc|{INDEX_NAME}_[\w.-]+|{re.escape(VERSION_FILE)})$")
_BUSY = "the index is busy: another `reader index` is running; try again when it ends"
T = TypeVar("T")


class ArticleStore:
    """One Whoosh index in `directory`, created on first use; `lock_path` serialises ingestions."""

    def __init__(self, directory: Path, lock_path: Path) -> None:
        self.directory = directory
        self.lock_path = lock_path
        self._index: whoosh_index.Index | None = None
        self._memory: SearcherMemory | None = None

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
        self._remove_own_files()
        self.directory.mkdir(parents=True, exist_ok=True)
        created = MappedStorage(self.directory).create_index(article_schema(), indexname=INDEX_NAME)
        (self.directory / VERSION_FILE).write_text(json.dumps({"schema": SCHEMA_VERSION}), "utf-8")
        return created

    def _remove_own_files(self) -> None:
        """Empty the index folder of the files reader wrote there, and only those: a folder
        that reader did not make (no version file, other files in it) is refused whole."""
        if not self.directory.exists():
            return
        if not self.directory.is_dir():
            raise DataDirectoryError(f"{self.directory} is a file, not reader's index folder: move it away")
        names = [path.name for path in self.directory.iterdir()]
        if names and VERSION_FILE not in names:
            raise DataDirectoryError(
                f"{self.directory} holds files reader did not make, and reader never deletes those: "
                "move them, or set READER_HOME to another folder"
            )
        for name in names:
            if _OWN_FILE.match(name):
                (self.directory / name).unlink()

    def open(self, create: bool = False) -> whoosh_index.Index | None:
        """The index, or None when there is none yet and `create` is False."""
        if self._index is not None:
            return self._index
        try:
            exists = self.exists()  # reads the table of contents, which may be damaged
        except _OPEN_FAILURES as error:
            raise damaged_index(self.directory, error) from error
        if not exists:
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
            self._index = MappedStorage(self.directory).open_index(indexname=INDEX_NAME)
        except _OPEN_FAILURES as error:
            raise damaged_index(self.directory, error) from error
        return self._index

    def reset(self) -> None:
        """Start over with an empty index."""
        self._index = self._create()

    def close(self) -> None:
        if self._memory is not None:
            self._memory.searcher.close()
            self._memory = None
        self._index = None

    # -- writing ---------------------------------------------------------------------------

    def exclusive(self, wait: float) -> AbstractContextManager[None]:
        """Held for a whole ingestion run, so that two runs never interleave their batches."""
        return held(self.lock_path, wait, _BUSY)

    @contextmanager
    def writer(self, wait: float) -> Iterator[IndexWriter]:
        """A writer holding the index lock; waits up to `wait` seconds for another writer."""
        ix = self.open(create=True)
        assert ix is not None
        try:
            writer = ArticleWriter(ix, timeout=wait)
        except LockError as error:
            raise IndexBusy(_BUSY) from error
        try:
            yield writer
        except BaseException:
            writer.cancel()
            raise

    # -- reading ---------------------------------------------------------------------------

    def searcher(self) -> Searcher | None:
        """A searcher kept open across calls and replaced, with its memory, when the index changed."""
        memory = self.memory()
        return memory.searcher if memory is not None else None

    def memory(self) -> SearcherMemory | None:
        """The current searcher's memory (see SearcherMemory), or None when there is no index."""
        ix = self.open()
        if ix is None:
            return None
        if self._memory is None or not self._memory.searcher.up_to_date():
            # Not Searcher.refresh(): it fails when the previous reader was of an empty index.
            previous, self._memory = self._memory, SearcherMemory(ix.searcher(weighting=FastBM25F()))
            if previous is not None:
                previous.searcher.close()
        return self._memory

    def kept(self, name: str, make: Callable[[Searcher], T]) -> T | None:
        """What `make` reads through the current searcher, made once per index generation;
        None when there is no index."""
        memory = self.memory()
        if memory is None:
            return None
        return memory.get(name, lambda: make(memory.searcher))

    def generation(self) -> int:
        ix = self.open()
        return ix.latest_generation() if ix is not None else -1
