"""How the CLI and every pane write dates, unknown sites and entity types, and the one colour of each type."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from index import KIND_OF

if TYPE_CHECKING:
    from rich.style import Style

# The one name of a missing site, and of a missing date, wherever reader writes them.
UNKNOWN_SITE = "(unknown site)"
UNDATED = "(undated)"

# One colour per entity type, for the CLI's tables and every pane, on dark backgrounds and
# on light ones: each at least 4.5:1 against the backgrounds of every theme the app offers
# (tests/app/test_daily_reading.py measures it).
ENTITY_COLOURS = {"PER": "#5fd787", "LOC": "#7ab8ff", "ORG": "#e29be2", "MISC": "#d7af5f"}
ENTITY_COLOURS_LIGHT = {"PER": "#155e2a", "LOC": "#1a4f96", "ORG": "#86218a", "MISC": "#6b4700"}


@cache
def entity_style(code: str, dark: bool = True) -> Style:
    from rich.style import Style  # Rich only where something is drawn: `--json` loads none

    colours = ENTITY_COLOURS if dark else ENTITY_COLOURS_LIGHT
    return Style(color=colours.get(code, colours["MISC"]), bold=True)


def entity_heading(code: str) -> str:
    """ "People", "Places", ...: the heading of a type's entities."""
    kind = KIND_OF.get(code)
    return kind.plural if kind else code


def format_date(value: datetime | None, with_time: bool = False) -> str:
    """ "2023-06-12", or with `with_time` "2023-06-12 05:57" when the time is known; "" when undated."""
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d %H:%M" if with_time and (value.hour or value.minute) else "%Y-%m-%d")


def plural(count: int, word: str, plural_form: str | None = None) -> str:
    """ "1 result", "2 results", "1 day apart": the count with its word agreed."""
    return f"{count} {word if count == 1 else plural_form or word + 's'}"
