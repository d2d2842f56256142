"""How the CLI and every pane write dates, unknown sites and entity types, and the one colour of each type."""

from __future__ import annotations

from datetime import datetime

from rich.style import Style

from index import KIND_OF

# The one name of a missing site, and of a missing date, wherever reader writes them.
UNKNOWN_SITE = "(unknown site)"
UNDATED = "(undated)"

# One colour per entity type, for the CLI's tables and every pane, on dark backgrounds and
# on light ones: each at least 4.5:1 against the backgrounds of every theme the app offers
# (tests/app/test_themes.py measures it).
ENTITY_STYLES = {
    "PER": Style(color="#5fd787", bold=True),
    "LOC": Style(color="#7ab8ff", bold=True),
    "ORG": Style(color="#e29be2", bold=True),
    "MISC": Style(color="#d7af5f", bold=True),
}
ENTITY_STYLES_LIGHT = {
    "PER": Style(color="#155e2a", bold=True),
    "LOC": Style(color="#1a4f96", bold=True),
    "ORG": Style(color="#86218a", bold=True),
    "MISC": Style(color="#6b4700", bold=True),
}


def entity_style(code: str, dark: bool = True) -> Style:
    styles = ENTITY_STYLES if dark else ENTITY_STYLES_LIGHT
    return styles.get(code, styles["MISC"])


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
