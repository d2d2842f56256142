"""How the CLI and every pane write dates, unknown sites and entity types, and the one colour of each type."""

from __future__ import annotations

from datetime import datetime

from rich.style import Style

from index import KIND_OF

# The name of a missing site in lists and tables.
UNKNOWN_SITE = "(unknown site)"

# One colour per entity type, for the CLI's tables and every pane: chosen for contrast on
# dark backgrounds (256-colour values, so every terminal shows the same).
ENTITY_STYLES = {
    "PER": Style(color="#5fd787", bold=True),
    "LOC": Style(color="#5fafff", bold=True),
    "ORG": Style(color="#d787d7", bold=True),
    "MISC": Style(color="#d7af5f", bold=True),
}


def entity_style(code: str) -> Style:
    return ENTITY_STYLES.get(code, ENTITY_STYLES["MISC"])


def entity_heading(code: str) -> str:
    """ "People", "Places", ...: the heading of a type's entities."""
    kind = KIND_OF.get(code)
    return kind.plural if kind else code


def format_date(value: datetime | None, with_time: bool = False) -> str:
    """ "2023-06-12", or with `with_time` "2023-06-12 05:57" when the time is known; "" when undated."""
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d %H:%M" if with_time and (value.hour or value.minute) else "%Y-%m-%d")
