"""Every failure the user sees as one line: `ReaderError` and its kinds, and what a damaged index raises."""

from __future__ import annotations

import pickle
import struct
import zlib


class ReaderError(Exception):
    """A failure to show the user as one line (its message), never as a traceback.

    The CLI catches this class alone and exits with `status`; the app shows the message."""

    status = 1

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        return str(self)


class QueryError(ReaderError, ValueError):
    """A query that cannot be run: the message says what is wrong with it."""


class IndexBusy(ReaderError):
    """Another process is writing the index."""


class IndexUnusable(ReaderError):
    """The index on disk cannot be opened; the message says how to get out."""


class DataDirectoryError(ReaderError):
    """The data directory cannot be written (read-only, no permission, disk full); the
    message says which directory and what to do. Nothing committed before is lost."""


class AliasFileError(ReaderError):
    """The user's alias file cannot be read; the message says where and why."""


class EntityModelMissing(ReaderError):
    """spaCy or its French model is not installed."""


class UnreadableFile(ReaderError):
    """A file that cannot be an article; the message is the reason shown beside its name.

    Raised per file during ingestion and turned into a skipped file: it never stops a run."""


# What Whoosh raises when an index file is truncated or overwritten, while opening the
# index or reading it; the library turns each into IndexUnusable with the way out.
INDEX_DAMAGE: tuple[type[Exception], ...] = (
    EOFError,
    struct.error,
    zlib.error,
    pickle.UnpicklingError,
    UnicodeDecodeError,
)


def damaged_index(directory: object, error: BaseException) -> IndexUnusable:
    """The one message for an index that cannot be read, naming the way out."""
    return IndexUnusable(
        f"the index in {directory} is damaged ({type(error).__name__}); "
        "run `reader index --rebuild PATH...` to rebuild it from your files"
    )
