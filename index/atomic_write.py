"""Writing a file whole or not at all: a temporary file of this process and thread, then a rename."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """A crash never leaves half a file, and two writers never share a temporary name (the
    app and an indexer may save the same file at the same time)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
