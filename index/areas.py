"""Regions and countries sites print as kickers and rubrics (index/data/areas.toml): "Sud
Alsace" before a headline, "Côte d'Ivoire" over it."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from index.text import fold


@cache
def _data() -> dict[str, list[str]]:
    return tomllib.loads(resources.files("index.data").joinpath("areas.toml").read_text(encoding="utf-8"))


@cache
def _areas() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(map(_key, _data()["areas"])), frozenset(map(_key, _data()["compass"]))


@cache
def _countries() -> frozenset[str]:
    return frozenset(map(_key, _data()["countries"]))


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


def is_country(name: str) -> bool:
    """A country's name ("Cameroun", "RDC"), without its article."""
    return _ARTICLE.sub("", _key(name)) in _countries()


_ARTICLE = re.compile(r"^(?:le|la|les|l) ")


def is_place_label(line: str) -> bool:
    """A line that is only an area's or a country's name ("Côte d'Ivoire", "Haute-Savoie",
    "Le Sénégal"): a rubric, never a headline."""
    key = _ARTICLE.sub("", _key(line.strip(" .:|-–—•")))
    return key in _countries() or is_area(key)


# (with its department or region between: "Lencloître, Vienne, France")
_GEOTAG = re.compile(
    r"^\s*[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2},"
    r"(?:\s*[A-ZÀ-Ý][\w'’-]+(?:[ -][\w'’-]+){0,3},)?\s*(?P<country>[^,]{2,30}?)\s*$"
)


def is_geotag(line: str) -> bool:
    """A town and its country alone on a line ("Rennes, France", "Lencloître, Vienne, France"):
    a picture's or a post's place tag, no paragraph of the article."""
    tag = _GEOTAG.match(line)
    return tag is not None and is_country(tag["country"])


@cache
def _articled_towns() -> dict[str, str]:
    towns = _data().get("articled_towns", [])
    return {_key(town.split(" ", 1)[1]): town for town in towns}


def articled_town(name: str) -> str | None:
    """The whole name of a town whose article is its own, from its name without it ("Havre":
    "Le Havre"), or None."""
    return _articled_towns().get(_key(name))
