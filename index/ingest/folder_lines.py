"""The lines each text file's folder prints on its other pages too, read before the files are parsed."""

from __future__ import annotations

import contextlib
import json
import os
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from index.atomic_write import write_atomically
from index.errors import ReaderError
from index.ingest.discover import TEXT_SUFFIXES
from index.page.folder_furniture import WITNESSES, folder_furniture, furniture_among, line_keys
from index.page.textfile import read_bytes

# A folder's furniture is read from this many of its pages at most, spread over the folder:
# a site's lines come back on every page, and a folder of 100,000 dumped pages would hold
# all their lines at once.
SAMPLE = 1000


def furniture_of_files(paths: Sequence[str], cache: Path | None = None) -> dict[str, frozenset[str]]:
    """For each text file among `paths`, the lines the other files of its folder print too
    (only the files with some). HTML pages and feeds are left out: their extraction reads
    their markup.

    `cache` keeps each folder's result with the sizes and times of its files: a folder none
    of whose files changed is not read again (reading every file's lines doubled the time of
    re-indexing an unchanged library)."""
    folders: dict[str, list[str]] = defaultdict(list)
    for name in paths:
        path = Path(name)
        if path.suffix.lower() in TEXT_SUFFIXES:
            folders[str(path.parent)].append(name)
    kept = _read_cache(cache)
    fresh: dict[str, Any] = {}
    shared: dict[str, frozenset[str]] = {}
    for folder, names in folders.items():
        if len(names) <= WITNESSES:
            continue
        signature = _signature(names)
        cached = _cached_lines(kept.get(folder), signature)
        if cached is not None:
            lines = cached
        else:
            lines = {name: found for name, found in _folder(names).items() if found}
        fresh[folder] = {
            "signature": signature,
            "lines": {name: sorted(found) for name, found in lines.items()},
        }
        shared.update(lines)
    if cache is not None:
        _write_cache(cache, kept, fresh)
    return shared


_CACHE_VERSION = 1


def _signature(names: Sequence[str]) -> list[list[Any]]:
    """The folder's files as they stand: name, size and time of each."""
    signature: list[list[Any]] = []
    for name in sorted(names):
        try:
            status = os.stat(name)
        except OSError:
            signature.append([name, None, None])
            continue
        signature.append([name, status.st_size, status.st_mtime_ns])
    return signature


def _cached_lines(entry: Any, signature: list[list[Any]]) -> dict[str, frozenset[str]] | None:
    """The folder's lines as cached, if its files are as they were (and the entry is sound)."""
    if not isinstance(entry, dict) or entry.get("signature") != signature:
        return None
    lines = entry.get("lines")
    if not isinstance(lines, dict):
        return None
    if not all(
        isinstance(found, list) and all(isinstance(line, str) for line in found) for found in lines.values()
    ):
        return None
    return {str(name): frozenset(found) for name, found in lines.items()}


def _a_list_of_lines(found: Any) -> bool:
    return isinstance(found, list) and all(isinstance(line, str) for line in found)


def _read_cache(cache: Path | None) -> dict[str, Any]:
    if cache is None:
        return {}
    try:
        data = json.loads(cache.read_bytes())
    except (OSError, ValueError):
        return {}  # none yet, or damaged: every folder is read again
    if not isinstance(data, dict) or data.get("version") != _CACHE_VERSION:
        return {}
    folders = data.get("folders")
    return folders if isinstance(folders, dict) else {}


def _write_cache(cache: Path, kept: dict[str, Any], fresh: dict[str, Any]) -> None:
    """The folders read now, and those of other roots that still exist."""
    folders = {
        folder: entry for folder, entry in kept.items() if folder not in fresh and os.path.isdir(folder)
    }
    folders.update(fresh)
    if folders == kept:
        return
    with contextlib.suppress(OSError):  # a cache not written is read again next time
        write_atomically(cache, json.dumps({"version": _CACHE_VERSION, "folders": folders}).encode())


def _folder(names: Sequence[str]) -> dict[str, frozenset[str]]:
    step = max(1, len(names) // SAMPLE)
    sample = {name: _keys(name) for name in names[::step]}
    if len(sample) == len(names):
        return folder_furniture(sample)
    candidates = frozenset().union(*folder_furniture(sample).values())
    if not candidates:
        return {}
    # (one file's lines at a time: the folder's would not fit in memory)
    return {name: furniture_among(_keys(name), candidates) for name in names}


def _keys(name: str) -> frozenset[str]:
    """The file's lines; none when it cannot be read (its parse will say why). Decoded as
    UTF-8 and not sanitised, which is a third of the time of the parse's reading: a line that
    other encodings or control characters spell otherwise is not found, and stays."""
    try:
        data = read_bytes(Path(name))
    except (ReaderError, OSError):
        return frozenset()
    return line_keys(data.decode("utf-8", "replace"))
