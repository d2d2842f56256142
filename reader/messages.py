"""Messages the panes post upward, named for what happened; the screen decides what follows."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class ArticleSelected(Message):
    """The user chose an article to read."""

    article_id: str


@dataclass
class EntityChosen(Message):
    """The user chose an entity: show every article that names it."""

    name: str


@dataclass
class SearchSubmitted(Message):
    """The user ran a search."""

    query: str


@dataclass
class SearchCleared(Message):
    """The user left the search: back to the full list."""


@dataclass
class SourcePicked(Message):
    """The user picked a site to filter the list by (None: every site)."""

    source: str | None
