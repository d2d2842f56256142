"""IngestReport: what one ingestion did, file by file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Progress = Callable[[int, int, str], None]


@dataclass
class IngestReport:
    """What one ingestion did, file by file."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    ignored: int = 0

    @property
    def read_anything(self) -> bool:
        return bool(self.added or self.updated or self.unchanged or self.removed)
