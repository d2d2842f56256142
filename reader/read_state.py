"""Which articles the user has read, kept in the data directory across runs."""

from __future__ import annotations

import json
from pathlib import Path

from index import DataFiles, write_atomically

VERSION = 1


class ReadState:
    """A set of read article ids, saved atomically after every change."""

    def __init__(self, home: Path) -> None:
        self.path = DataFiles(home).read_state
        self.ids: set[str] = set()
        self.problem: str | None = None  # said to the user once, at start
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as error:
            self.problem = f"read/unread state could not be read ({type(error).__name__}); starting afresh"
            return
        if isinstance(data, dict) and isinstance(data.get("read"), list):
            self.ids = {str(i) for i in data["read"]}
        elif isinstance(data, list):  # the first format: a bare list of ids
            self.ids = {str(i) for i in data}
            self.problem = "read/unread state was in an older format: converted, nothing lost"
            self.save()
        else:
            self.problem = "read/unread state is in an unknown format; starting afresh"

    def is_read(self, article_id: str) -> bool:
        return article_id in self.ids

    def set_read(self, article_id: str, read: bool) -> None:
        if read == (article_id in self.ids):
            return
        (self.ids.add if read else self.ids.discard)(article_id)
        self.save()

    def set_all_read(self, article_ids: list[str]) -> int:
        """Mark these articles read (saved once); how many were unread."""
        unread = [article_id for article_id in article_ids if article_id not in self.ids]
        if unread:
            self.ids.update(unread)
            self.save()
        return len(unread)

    def save(self) -> None:
        """Written whole or not at all (index.write_atomically): a crash never leaves half a file."""
        data = json.dumps({"version": VERSION, "read": sorted(self.ids)}).encode("utf-8")
        try:
            write_atomically(self.path, data)
        except OSError as error:
            self.problem = f"cannot save read/unread state: {error.strerror or error}"
