"""What the `reader` command prints: JSON without Rich, and Rich's renderers loaded only to draw.

A `--json` command never imports Rich (35 ms of a cold start): it writes with `print_json`,
and the commands that draw tables reach `reader.render` through `rich_output()`."""

from __future__ import annotations

import importlib
import json
import sys
from types import ModuleType


def print_json(document: object) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def rich_output() -> ModuleType:
    """`reader.render`, imported on first use."""
    return importlib.import_module("reader.render")


def draw(renderer: str, rows: object) -> object:
    """What `reader.render`'s function `renderer` makes of `rows`."""
    return getattr(rich_output(), renderer)(rows)
