"""User-supplied metadata: a `NAME.meta.toml` sidecar or a front-matter block overrides detection."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time
from pathlib import Path

KEYS = ("title", "source", "date", "url")
_ALIASES = {"site": "source", "published": "date", "link": "url", "headline": "title"}
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.DOTALL)


@dataclass(frozen=True)
class Metadata:
    """Fields the user stated; None where they said nothing."""

    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None

    def merged(self, other: Metadata) -> Metadata:
        """These values, with `other`'s where this one has none."""
        return replace(
            self, **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )


def _from_mapping(mapping: dict[str, object]) -> Metadata:
    values: dict[str, str] = {}
    for key, value in mapping.items():
        name = _ALIASES.get(key.lower(), key.lower())
        if name not in KEYS or value is None:
            continue
        if isinstance(value, datetime | date | time):
            values[name] = value.isoformat()
        else:
            values[name] = str(value).strip()
    return Metadata(**values)


def _parse_key_values(block: str) -> dict[str, object]:
    """TOML if it parses, else YAML-style `key: value` lines (we accept only flat string fields)."""
    try:
        return tomllib.loads(block)
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
        if candidate != path and candidate.is_file():
            return candidate
    return None


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(".meta.toml")


def read_sidecar(path: Path) -> tuple[Metadata, str | None]:
    """The sidecar's metadata, and a warning if it exists but cannot be used."""
    sidecar = sidecar_path(path)
    if sidecar is None:
        return Metadata(), None
    try:
        return _from_mapping(tomllib.loads(sidecar.read_text("utf-8"))), None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return Metadata(), f"ignored {sidecar.name}: {error}"
