"""Find the article files under the paths the user names, without following loops or stopping on errors."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from index.errors import UnreadableFile
from index.page.metadata import is_sidecar
from index.page.textfile import check_regular

# Inside folders only these are taken as articles; a file named explicitly is always tried.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ""})
PAGE_SUFFIXES = frozenset({".html", ".htm"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})  # one article per item
ARTICLE_SUFFIXES = TEXT_SUFFIXES | PAGE_SUFFIXES | FEED_SUFFIXES


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    roots: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    ignored: int = 0


def _absolute(path: Path) -> Path:
    try:
        return path.resolve(strict=False)
    except (OSError, RuntimeError):  # a symlink loop
        return Path(os.path.abspath(path))


def discover(paths: Iterable[str | Path]) -> Discovery:
    """Every article file under `paths`, each once, in a stable order; a path that cannot
    be looked at is skipped with its reason, and the others are still found."""
    found = Discovery()
    seen: set[Path] = set()
    for raw in paths:
        try:
            _discover_one(Path(raw), found, seen)
        except (OSError, RuntimeError) as error:  # a name too long, "~nosuchuser"
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            found.skipped.append((str(raw), f"cannot look at it: {reason}"))
    return found


def _discover_one(raw: Path, found: Discovery, seen: set[Path]) -> None:
    path = raw.expanduser()
    absolute = _absolute(path)
    found.roots.append(absolute)
    if path.is_dir():
        _walk(path, found, seen)
    elif path.is_file():
        if absolute not in seen:
            seen.add(absolute)
            found.files.append(absolute)
    elif path.is_symlink() and not path.exists():
        found.skipped.append((str(path), "broken or looping symbolic link"))
    elif path.exists():  # a FIFO, a device, a socket: said why, never opened
        found.skipped.append((str(path), _why_unreadable(path)))
    else:
        found.skipped.append((str(path), "no such file or folder"))


def _why_unreadable(path: Path) -> str:
    try:
        check_regular(path)
    except UnreadableFile as reason:
        return str(reason)
    return "not a file or folder"


def _walk(top: Path, found: Discovery, seen: set[Path]) -> None:
    visited_dirs: set[tuple[int, int]] = set()

    def on_error(error: OSError) -> None:
        reason = "permission denied" if isinstance(error, PermissionError) else (error.strerror or str(error))
        found.skipped.append((str(error.filename or top), f"cannot read folder: {reason}"))

    for directory, dirnames, filenames in os.walk(top, onerror=on_error, followlinks=True):
        try:
            stat = os.stat(directory)
        except OSError as error:
            on_error(error)
            dirnames[:] = []
            continue
        key = (stat.st_dev, stat.st_ino)
        if key in visited_dirs:  # a symlink back up the tree: walk each folder once
            dirnames[:] = []
            continue
        visited_dirs.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        # Resolved once per folder: resolving every file (a system call per path part) was
        # a third of an unchanged re-index of 100,000 files. Only symbolic links need more.
        real_directory = _absolute(Path(directory))
        for name in sorted(filenames):
            _consider(Path(directory) / name, real_directory / name, found, seen)


def _consider(path: Path, absolute: Path, found: Discovery, seen: set[Path]) -> None:
    """Take the file at `path` (at `absolute` unless it is a link) if it may be an article."""
    if path.name.startswith(".") or is_sidecar(path):
        return
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        found.ignored += 1
        return
    if path.is_symlink():
        if not path.exists():
            found.skipped.append((str(absolute), "broken or looping symbolic link"))
            return
        if not path.is_file():  # a link to a device or a FIFO: named where the user put it
            found.skipped.append((str(absolute), _why_unreadable(path)))
            return
        absolute = _absolute(path)
    if absolute not in seen:
        seen.add(absolute)
        found.files.append(absolute)
