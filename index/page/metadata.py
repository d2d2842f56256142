"""User-supplied metadata: a `NAME.meta.toml` sidecar or a front-matter block overrides detection."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path

from index.errors import UnreadableFile
from index.page.textfile import read_bytes
from index.text import sanitize, sanitize_line

KEYS = ("title", "source", "date", "url", "feed", "feed_text")
_ALIASES = {"site": "source", "published": "date", "link": "url", "headline": "title"}
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.DOTALL)
# The longest value kept per field: a headline is never a book (and analysing one was slow).
MAX_CHARS = {"title": 400, "source": 120, "date": 100, "url": 2048, "feed": 2048, "feed_text": 500_000}
MAX_SIDECAR_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Metadata:
    """Fields the user stated; None where they said nothing; what could not be used, said."""

    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None
    feed: str | None = None  # the subscription a fetched article came from
    feed_text: str | None = None  # the feed's own text: the body when the page has none
    warnings: tuple[str, ...] = ()

    def merged(self, other: Metadata) -> Metadata:
        """These values, with `other`'s where this one has none."""
        values = {key: getattr(self, key) or getattr(other, key) for key in KEYS}
        return replace(self, **values, warnings=(*self.warnings, *other.warnings))


def _field_value(name: str, value: object, warnings: list[str]) -> str | None:
    """The value as text, one sanitised line within its length; None (said) when it is not
    a plain value: `title = [1, 2]` is a mistake, not the title "[1, 2]"."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        warnings.append(f"{name} is not text ({type(value).__name__}): ignored")
        return None
    # The feed's text keeps its paragraphs; every other field is one line.
    text = sanitize(str(value)).strip() if name == "feed_text" else sanitize_line(str(value))
    if len(text) > MAX_CHARS[name]:
        warnings.append(f"{name} too long ({len(text):,} characters): cut to {MAX_CHARS[name]}")
        text = text[: MAX_CHARS[name] - 1] + "…"
    return text or None


def _from_mapping(mapping: dict[str, object], warnings: list[str] | None = None) -> Metadata:
    said = list(warnings or [])
    values: dict[str, str] = {}
    for key, value in mapping.items():
        name = _ALIASES.get(key.lower(), key.lower())
        if name in KEYS and value is not None:
            text = _field_value(name, value, said)
            if text is not None:
                values[name] = text
    return Metadata(**values, warnings=tuple(said))


def _toml(text: str) -> dict[str, object]:
    """TOML, or TOMLDecodeError; a nesting bomb ("a = [[[[..." ten thousand deep) makes
    tomllib recurse past Python's limit, and is refused like any invalid TOML."""
    try:
        return tomllib.loads(text)
    except RecursionError as error:
        raise tomllib.TOMLDecodeError("nested too deeply") from error


def _parse_key_values(block: str) -> dict[str, object]:
    """TOML if it parses, else YAML-style `key: value` lines (we accept only flat string fields)."""
    try:
        return _toml(block)
    except tomllib.TOMLDecodeError:
        pass
    mapping: dict[str, object] = {}
    for line in block.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "#")):
            mapping[key.strip()] = value.strip().strip("\"'")
    return mapping


def split_front_matter(text: str) -> tuple[Metadata, str]:
    """Metadata from a leading `---` (or `+++`) block, and the text after it."""
    match = _FRONT_MATTER.match(text.lstrip("\n"))
    if not match:
        return Metadata(), text
    mapping = _parse_key_values(match.group(2))
    if not any(_ALIASES.get(k.lower(), k.lower()) in KEYS for k in mapping):
        return Metadata(), text  # a horizontal rule, not front matter
    return _from_mapping(mapping), text.lstrip("\n")[match.end() :]


def sidecar_path(path: Path) -> Path | None:
    """The sidecar for `path`, if one exists: `NAME.meta.toml` or `NAME.EXT.meta.toml`."""
    for candidate in (path.with_suffix(".meta.toml"), path.with_name(path.name + ".meta.toml")):
        try:
            if candidate != path and candidate.is_file():
                return candidate
        except OSError:  # a name too long for a sidecar: it cannot exist
            continue
    return None


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(".meta.toml")


def sidecar_bytes(sidecar: Path) -> bytes:
    """A sidecar's bytes: a regular file of at most MAX_SIDECAR_BYTES, or UnreadableFile."""
    data = read_bytes(sidecar)
    if len(data) > MAX_SIDECAR_BYTES:
        raise UnreadableFile(f"too large for a sidecar ({len(data):,} bytes)")
    return data


def read_sidecar(path: Path) -> tuple[Metadata, str | None]:
    """The sidecar's metadata, and a warning if it exists but cannot be used."""
    sidecar = sidecar_path(path)
    if sidecar is None:
        return Metadata(), None
    try:
        return _from_mapping(_toml(sidecar_bytes(sidecar).decode("utf-8"))), None
    except (UnreadableFile, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return Metadata(), f"ignored {sidecar.name}: {error}"


FOLDER_FILE = ".reader.toml"


@lru_cache(maxsize=4096)
def folder_site(directory: Path) -> str:
    """The site a `.reader.toml` (`source = "Le Temps"`) in `directory` or the nearest folder
    above it gives the articles that do not name theirs: people save pages per outlet."""
    for folder in (directory, *directory.parents):
        candidate = folder / FOLDER_FILE
        try:
            if not candidate.is_file():
                continue
            data = _toml(sidecar_bytes(candidate).decode("utf-8"))
        except (OSError, UnreadableFile, UnicodeDecodeError, tomllib.TOMLDecodeError):
            return ""
        value = data.get("source") or data.get("site")
        return _field_value("source", value, []) or "" if value is not None else ""
    return ""
