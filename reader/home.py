"""Where reader keeps its data: $READER_HOME, else the platform's user data directory."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir


def data_home() -> Path:
    configured = os.environ.get("READER_HOME", "").strip()
    return Path(configured).expanduser() if configured else Path(user_data_dir("reader", appauthor=False))


def bundled_seeds() -> Path | None:
    """The demo corpus shipped beside the package in a source checkout, if present."""
    candidate = Path(__file__).resolve().parent.parent / "seeds"
    return candidate if candidate.is_dir() else None
