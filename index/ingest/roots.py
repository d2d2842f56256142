"""The files and folders ever ingested into a library, remembered for re-indexing."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path


def read_roots(path: Path) -> list[str]:
    """Every file or folder ever ingested, from the roots file at `path` ([] when none)."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return []
    return [str(item) for item in data] if isinstance(data, list) else []


def remember_roots(path: Path, roots: list[Path]) -> None:
    """Add `roots` to the roots file; failing to save only costs a re-index its folders."""
    known = read_roots(path)
    merged = known + [str(root) for root in roots if str(root) not in known]
    with contextlib.suppress(OSError):
        path.write_text(json.dumps(merged, ensure_ascii=False), "utf-8")
