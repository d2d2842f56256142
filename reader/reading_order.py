"""The order of reading: the next unread article of a list, the next site with unread ones,
and unread counts per site (newsboat's n and p). Pure functions over summaries and read ids."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from index import ArticleSummary, SourceCount


def next_unread(
    articles: Sequence[ArticleSummary], index: int, read_ids: frozenset[str], delta: int
) -> ArticleSummary | None:
    """The first unread article after `index` (before it when `delta` < 0), or None."""
    order = range(index + 1, len(articles)) if delta > 0 else range(index - 1, -1, -1)
    return next((articles[i] for i in order if articles[i].id not in read_ids), None)


def unread_by_site(articles: Iterable[ArticleSummary], read_ids: set[str] | frozenset[str]) -> Counter[str]:
    """How many articles of each site are unread ("" for the unknown site)."""
    return Counter(article.source for article in articles if article.id not in read_ids)


def site_order(sources: Sequence[SourceCount]) -> list[str]:
    """Sites in alphabetical order, the articles of unknown sites last (as `]` and `[` go)."""
    names = sorted((source.name for source in sources if source.name), key=str.casefold)
    return names + [source.name for source in sources if not source.name]


def next_site_with_unread(
    names: Sequence[str], site: str | None, unread: Counter[str], delta: int
) -> str | None:
    """The site after `site` in `names` (before it when `delta` < 0) that has unread articles."""
    if not names:
        return None
    start = names.index(site) if site in names else (-1 if delta > 0 else len(names))
    for step in range(1, len(names) + 1):
        name = names[(start + delta * step) % len(names)]
        if unread[name] and name != site:
            return name
    return None
