"""Alias files: names folding cannot join (Putin/Poutine, Kiev/Kyiv), bundled and the user's own."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from index.errors import AliasFileError
from index.locations import DataFiles
from index.records import ENTITY_TYPES
from index.text import entity_key, sanitize_line

BUNDLED_FILE = "aliases.toml"


@dataclass
class Aliases:
    """variant key -> (canonical name, type)."""

    names: dict[str, tuple[str, str]] = field(default_factory=dict)
    digest: str = ""

    def resolve(self, name: str) -> tuple[str, str] | None:
        return self.names.get(entity_key(name))

    def add_toml(self, text: str) -> None:
        data = tomllib.loads(text)
        for kind, table in data.items():
            if kind.upper() not in ENTITY_TYPES or not isinstance(table, dict):
                continue
            for name, variants in table.items():
                # A user's file is text to show like any article's: no escapes, one line.
                canonical = sanitize_line(name)
                if isinstance(variants, str):
                    variants = [variants]
                if not isinstance(variants, list):
                    continue
                for variant in [canonical, *variants]:
                    if isinstance(variant, str) and entity_key(variant):
                        self.names[entity_key(variant)] = (canonical, kind.upper())


def load_aliases(home: Path | None) -> Aliases:
    """The bundled aliases, then the user's file in `home` on top."""
    aliases = Aliases()
    digest = hashlib.sha256()
    bundled = resources.files("index").joinpath("data", BUNDLED_FILE).read_text("utf-8")
    aliases.add_toml(bundled)
    digest.update(bundled.encode())
    user = DataFiles(home).aliases if home is not None else None
    if user is not None and user.is_file():
        try:
            text = user.read_text("utf-8")
            aliases.add_toml(text)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise AliasFileError(f"cannot read your alias file {user}: {error}") from error
        digest.update(text.encode())
    aliases.digest = digest.hexdigest()
    return aliases
