"""ListMode: what the article list shows (a search, a site, an entity), as one value."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class ListMode:
    """Every article when empty; else the articles of `site`, naming `entity`, matching
    `query`. A search runs inside the site or entity filter it was typed in; choosing a
    site or an entity starts a new list."""

    query: str = ""
    site: str | None = None
    entity: str | None = None

    @property
    def is_everything(self) -> bool:
        return not self.query and self.site is None and not self.entity

    def searching(self, query: str) -> ListMode:
        """The same filter, searched for `query` ("" leaves the search, keeping the filter)."""
        return replace(self, query=query.strip())

    @staticmethod
    def of_site(site: str | None) -> ListMode:
        return ListMode(site=site)

    @staticmethod
    def naming(entity: str) -> ListMode:
        return ListMode(entity=entity)
