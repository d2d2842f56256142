"""IngestReport: what one ingestion did, file by file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

# (files done, files in all, what is being done: the path of the file just read, or WRITING).
Progress = Callable[[int, int, str], None]
# What a Progress is told while a batch is written into the index: the largest batches of a
# big import take a minute, with no file read meanwhile. No path contains a NUL.
WRITING = "\0writing"


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
