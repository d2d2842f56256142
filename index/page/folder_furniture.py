"""Lines that the pages of one folder print alike: their sites' furniture, in whatever words.

People save pages per outlet or per story. A menu, a footer, a newsletter box or a site's
tagline comes back word for word on every page of its site, while an article's own lines do
not come back on other articles: a line printed on two other pages of the folder (a
sentence, on most of its pages) is furniture, which no list of words could know of every
site. Pages that share their long
lines are copies of one text (an article saved twice, a wire carried by several outlets) and
are no witnesses for each other: their shared paragraphs are the article.

Written by hand: trafilatura reads a site's template from its HTML, and scraped text has none.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

from index.page.clutter import without_crawl_stamp

Page = TypeVar("Page", bound=Hashable)

# A line printed on this many other pages is furniture.
WITNESSES = 2

# A paragraph of this many characters is prose enough to tell copies of one text apart from
# pages that share a site's template.
_LONG_LINE = 120

# Copies of one text share at least this share of the shorter one's long lines.
_COPY_SHARE = 0.5

# A long line on more pages than this is the site's (a paywall's notice on every page): it
# says nothing of which pages are copies, and skipping it keeps the count linear.
_TEMPLATE_LINE = 50

# Longer lines are never read as furniture here: no box runs that long.
_LONGEST = 600


def line_key(line: str) -> str:
    """A line as compared across pages: its words, whatever spaces the scrape left."""
    key = line.strip()
    # (most lines hold single spaces only: splitting and joining them again is what costs)
    return " ".join(key.split()) if _ODD_SPACE.search(key) else key


_ODD_SPACE = re.compile(r"[^\S ]| {2}")


def line_keys(text: str) -> frozenset[str]:
    """The distinct lines of a page's text that could be furniture (the crawler's stamp off
    its first, as the parse reads it)."""
    lines = without_crawl_stamp(text).splitlines()
    return frozenset(key for key in map(line_key, lines) if 1 < len(key) <= _LONGEST)


def folder_furniture(pages: Mapping[Page, Iterable[str]]) -> dict[Page, frozenset[str]]:
    """For each page (its `line_keys`), its lines that at least WITNESSES other pages of the
    folder print too, copies of its text left out."""
    lines = {page: frozenset(keys) for page, keys in pages.items()}
    holders: dict[str, list[Page]] = defaultdict(list)
    for page, keys in lines.items():
        for key in keys:
            holders[key].append(page)
    copies = _copies(lines, holders)
    furniture: dict[Page, frozenset[str]] = {}
    for page, keys in lines.items():
        own_copies = copies.get(page, set())
        shared = {
            key
            for key in keys
            if len(holders[key]) >= _holders_needed(key, len(lines))
            and _witnesses(holders[key], own_copies) >= WITNESSES
        }
        furniture[page] = frozenset(_without_most_of_its_prose(shared, keys))
    return furniture


def _witnesses(holders: list[Page], copies: set[Page]) -> int:
    """The pages holding a line besides this page and its copies."""
    if not copies:
        return len(holders) - 1
    return len(holders) - 1 - sum(1 for other in holders if other in copies)


def _holders_needed(key: str, pages: int) -> int:
    """A label comes back on three pages; a sentence on most of the folder's pages:
    articles on one story quote the same words ("« Nous ne céderons pas », a déclaré …"),
    and a site prints its template's sentences on every page."""
    if len(key.split()) >= _SENTENCE_WORDS and key.endswith(_SENTENCE_ENDS):
        return max(WITNESSES + 1, pages // 2 + 1)
    return WITNESSES + 1


_SENTENCE_WORDS = 6
_SENTENCE_ENDS = (".", "!", "?", "»", "…", '"', "”")


def furniture_among(keys: frozenset[str], furniture: frozenset[str]) -> frozenset[str]:
    """A page's lines among the `furniture` found on other pages of its folder (a sample of a
    large one)."""
    return frozenset(_without_most_of_its_prose(set(keys & furniture), keys))


def _without_most_of_its_prose(shared: set[str], keys: frozenset[str]) -> set[str]:
    """A page whose long lines would be furniture for the most part is a copy of other pages
    that went unseen (shorter pages, each cut elsewhere): its lines stay its own, the short
    ones too (its headline, its subheadings)."""
    long_shared = sum(1 for key in shared if len(key) >= _LONG_LINE)
    long_lines = sum(1 for key in keys if len(key) >= _LONG_LINE)
    if long_shared >= 2 and long_shared >= _COPY_SHARE * long_lines:
        return set()
    return shared


def _copies(lines: Mapping[Page, frozenset[str]], holders: Mapping[str, list[Page]]) -> dict[Page, set[Page]]:
    """The pages that share at least half of each other's long lines: copies of one text."""
    long_lines = {page: sum(1 for key in keys if len(key) >= _LONG_LINE) for page, keys in lines.items()}
    shared: dict[tuple[Page, Page], int] = defaultdict(int)
    for key, pages in holders.items():
        if len(key) < _LONG_LINE or not 1 < len(pages) <= _TEMPLATE_LINE:
            continue
        for i, first in enumerate(pages):
            for second in pages[i + 1 :]:
                shared[(first, second)] += 1
    copies: dict[Page, set[Page]] = defaultdict(set)
    for (first, second), count in shared.items():
        if count >= _COPY_SHARE * min(long_lines[first], long_lines[second]):
            copies[first].add(second)
            copies[second].add(first)
    return copies
