"""Regions sites print as kickers (index/data/areas.toml): "Sud Alsace" before a headline."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from index.text import fold


@cache
def _areas() -> tuple[frozenset[str], frozenset[str]]:
    data = tomllib.loads(resources.files("index.data").joinpath("areas.toml").read_text(encoding="utf-8"))
    return frozenset(map(_key, data["areas"])), frozenset(map(_key, data["compass"]))


def _key(name: str) -> str:
    return re.sub(r"[\s'’-]+", " ", fold(name)).strip()


def is_area(name: str) -> bool:
    """A région, département, canton or province, with or without a compass word before it."""
    areas, compass = _areas()
    key = _key(name)
    if key in areas:
        return True
    head, _, rest = key.partition(" ")
    return head in compass and rest in areas
