"""Locks between processes on files of the data directory: one run at a time, gone with its process."""

from __future__ import annotations

import fcntl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from index.errors import IndexBusy


@contextmanager
def held(lock_path: Path, wait: float, busy: str) -> Iterator[None]:
    """Hold the lock at `lock_path`, waiting up to `wait` seconds; IndexBusy(`busy`) if it
    stays taken. An flock dies with its process: a killed run never leaves a stale lock."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a") as handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexBusy(busy) from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
