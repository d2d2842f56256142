"""How one ingestion runs: the user's options, and what shapes each stored article."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from index.entities.aliases import Aliases
from index.records import Progress


@dataclass(frozen=True)
class IngestOptions:
    """What the caller chose for one ingestion, passed whole through the pipeline.

    `rebuild` starts the index over; `entities` runs NER; `parallel=False` keeps all work in
    this process (required from a threaded program such as the app); `wait` is how long to
    wait for another ingestion; `progress` is told of every file read."""

    rebuild: bool = False
    entities: bool = True
    parallel: bool = True
    wait: float = 30.0
    progress: Progress | None = None


@dataclass(frozen=True)
class ArticleShaping:
    """What, besides a file's bytes, shapes the article stored for it: whether entities are
    extracted, with which aliases. Part of every content hash, so a change re-processes."""

    aliases: Aliases | None
    outlets_file: Path | None = None  # the user's outlets.toml, when there is one

    @property
    def salt(self) -> str:
        entities = f"entities:{self.aliases.digest}" if self.aliases else "entities:off"
        if self.outlets_file is None:
            return entities
        try:
            outlets = hashlib.sha256(self.outlets_file.read_bytes()).hexdigest()
        except OSError:
            outlets = "unreadable"
        return f"{entities};outlets:{outlets}"
