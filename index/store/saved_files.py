"""Files saved beside the index for one generation of it: the entity table and the newest-first order."""

from __future__ import annotations

import contextlib
import json
import struct
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from index.atomic_write import write_atomically

# The JSON files' format; a file of another format is rebuilt.
JSON_FORMAT = 3
# The order file: a header (magic, generation, count) then the document numbers as int32.
_ORDER_MAGIC = b"RDO1"
_ORDER_HEADER = struct.Struct("<4sqI")


def read_json(path: Path, generation: int) -> dict[str, Any] | None:
    """The JSON object saved in `path` for this generation, or None."""
    with contextlib.suppress(OSError, ValueError):
        data = json.loads(path.read_text("utf-8"))
        if (
            isinstance(data, dict)
            and data.get("generation") == generation
            and data.get("format") == JSON_FORMAT
        ):
            return data
    return None


def write_json(path: Path, generation: int, payload: dict[str, Any]) -> None:
    """Save `payload` for this generation; a failure to save only costs time later."""
    data = {"format": JSON_FORMAT, "generation": generation, **payload}
    with contextlib.suppress(OSError):
        write_atomically(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def read_order(path: Path, generation: int, limit: int | None = None) -> array[int] | None:
    """The first `limit` (else all) document numbers saved in `path` for this generation."""
    with contextlib.suppress(OSError, ValueError, struct.error), path.open("rb") as handle:
        magic, saved_generation, count = _ORDER_HEADER.unpack(handle.read(_ORDER_HEADER.size))
        if magic != _ORDER_MAGIC or saved_generation != generation:
            return None
        wanted = count if limit is None else min(limit, count)
        order = array("i")
        order.frombytes(handle.read(wanted * order.itemsize))
        if len(order) == wanted:
            return order
    return None


def write_order(path: Path, generation: int, docnums: Sequence[int]) -> None:
    """Save an order of document numbers for this generation; failing to save costs only time."""
    order = array("i", docnums)
    header = _ORDER_HEADER.pack(_ORDER_MAGIC, generation, len(order))
    with contextlib.suppress(OSError):
        write_atomically(path, header + order.tobytes())
