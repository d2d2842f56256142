"""Read an article file into text whatever its encoding, or say in one line why it can't be read."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from index.errors import UnreadableFile
from index.text import sanitize

MAX_BYTES = 50 * 1024 * 1024
# A scraped page may carry a stray NUL or control byte; a binary format is full of them.
_MAX_NUL_SHARE = 0.05
_MAX_CONTROL_SHARE = 0.10


def decode(data: bytes) -> str:
    """Decode bytes: BOMs first, then UTF-8 (with a character cut at the very end dropped),
    then Windows-1252 (falling back to Latin-1)."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise UnreadableFile(f"invalid {encoding.upper()} text") from error
    if looks_binary(data):
        raise UnreadableFile("binary file, not text")
    utf8 = _utf8(data)
    if utf8 is not None:
        return utf8
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _utf8(data: bytes) -> str | None:
    """The text, if `data` is UTF-8; a file cut inside its last character (a download or a
    copy stopped short) is UTF-8 all the same, less that character."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        cut = error.start if error.reason == "unexpected end of data" else -1
    if cut < len(data) - 3:
        return None
    try:
        return data[:cut].decode("utf-8")
    except UnicodeDecodeError:
        return None


def looks_binary(data: bytes) -> bool:
    """By proportion, as editors decide: a few stray NULs or controls in text are tolerated."""
    sample = data[:8192]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return sample.count(0) > _MAX_NUL_SHARE * len(sample) or controls > _MAX_CONTROL_SHARE * len(sample)


def check_regular(path: Path) -> os.stat_result:
    """The file's status if it is a regular file; a FIFO, a device or a socket is refused
    before it is opened (opening a FIFO waits for a writer; /dev/zero never ends)."""
    try:
        status = path.stat()
    except OSError as error:
        raise _unreadable(error) from error
    if stat.S_ISDIR(status.st_mode):
        raise UnreadableFile("is a directory")
    if not stat.S_ISREG(status.st_mode):
        raise UnreadableFile(f"not a regular file ({_kind(status.st_mode)})")
    return status


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a socket" if stat.S_ISSOCK(mode) else "not a file"


def read_bytes(path: Path) -> bytes:
    """The file's bytes, at most MAX_BYTES: a regular file only, its size checked on the open
    file and by reading, never trusted from the directory alone."""
    check_regular(path)
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since the check, opening does not wait.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise UnreadableFile("not a regular file")
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise _unreadable(error) from error
    if len(data) > MAX_BYTES:
        raise UnreadableFile(f"too large (more than {MAX_BYTES // (1024 * 1024)} MB)")
    return data


def _unreadable(error: OSError) -> UnreadableFile:
    """The one-line reason for a file the system would not give us."""
    if isinstance(error, FileNotFoundError):
        return UnreadableFile("file vanished before it could be read")
    if isinstance(error, PermissionError):
        return UnreadableFile("permission denied")
    if isinstance(error, IsADirectoryError):
        return UnreadableFile("is a directory")
    return UnreadableFile(os.strerror(error.errno) if error.errno else str(error))


def read_text(data: bytes) -> str:
    """Decoded, sanitised text of an article file's bytes; raises UnreadableFile if it has none."""
    if not data.strip():
        raise UnreadableFile("empty file")
    text = sanitize(decode(data))
    if not text.strip():
        raise UnreadableFile("no text in file")
    return text
