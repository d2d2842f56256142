"""What was read through one searcher, kept until the index changes: the store's one cache."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from whoosh.searching import Searcher

T = TypeVar("T")


class SearcherMemory:
    """Values read through one searcher (whole columns, term statistics, the entity table,
    list rows). The rule is the same for all of them: a value is valid while the index is
    unchanged, and the store opens a new searcher, with a new memory, when it changes."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._values: dict[str, Any] = {}

    def get(self, name: str, make: Callable[[], T]) -> T:
        """The value called `name`, made by `make` on first use."""
        if name not in self._values:
            self._values[name] = make()
        value: T = self._values[name]
        return value

    def has(self, name: str) -> bool:
        return name in self._values

    def peek(self, name: str, kind: type[T]) -> T | None:
        """The value called `name` if it was made already, else None (nothing is read)."""
        value = self._values.get(name)
        return value if isinstance(value, kind) else None


class ResultCache:
    """The last `size` results by key, the least recently used dropped first. Kept in a
    searcher's memory, so it never outlives the index generation it read."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._results: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()  # the app's workers search from several threads

    def get(self, key: Hashable) -> Any | None:
        with self._lock:
            if key not in self._results:
                return None
            self._results.move_to_end(key)
            return self._results[key]

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._results[key] = value
            self._results.move_to_end(key)
            while len(self._results) > self.size:
                self._results.popitem(last=False)
