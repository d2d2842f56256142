"""Read an article file into text whatever its encoding, or say in one line why it can't be read."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from index.errors import UnreadableFile
from index.text import sanitize

MAX_BYTES = 50 * 1024 * 1024


def decode(data: bytes) -> str:
    """Decode bytes: BOMs first, then UTF-8, then Windows-1252 (falling back to Latin-1)."""
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
    if _looks_binary(data):
        raise UnreadableFile("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    # A few stray NULs in text are tolerated; many NULs or control bytes mean a binary format.
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return sample.count(0) > len(sample) // 100 or controls > len(sample) // 10


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableFile(
                f"too large ({size // (1024 * 1024)} MB, limit {MAX_BYTES // (1024 * 1024)} MB)"
            )
        with path.open("rb") as handle:
            return handle.read()
    except FileNotFoundError as error:
        raise UnreadableFile("file vanished before it could be read") from error
    except PermissionError as error:
        raise UnreadableFile("permission denied") from error
    except IsADirectoryError as error:
        raise UnreadableFile("is a directory") from error
    except OSError as error:
        raise UnreadableFile(os.strerror(error.errno) if error.errno else str(error)) from error


def read_text(data: bytes) -> str:
    """Decoded, sanitised text of an article file's bytes; raises UnreadableFile if it has none."""
    if not data.strip():
        raise UnreadableFile("empty file")
    text = sanitize(decode(data))
    if not text.strip():
        raise UnreadableFile("no text in file")
    return text
