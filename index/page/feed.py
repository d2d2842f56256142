"""Feed documents: their items (RSS, Atom) read with feedparser, and an item's HTML as plain paragraphs."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from index.errors import ReaderError
from index.page.date_writing import parse_date
from index.page.metadata import Metadata
from index.records import Article
from index.text import sanitize, sanitize_line

# feedparser hands XML to expat, which expands internal entities: refused before parsing.
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]{0,2000}>")


class NotAFeed(ReaderError):
    """The document is not a feed (an HTML page without a feed link, garbage, a hostile DTD)."""


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed: its identity, address, title, date and the feed's own text."""

    id: str
    link: str
    title: str
    date: datetime | None
    content_html: str  # content:encoded / Atom content, else the summary; "" when none

    @property
    def key(self) -> str:
        """A short stable name for the item's files."""
        return hashlib.sha1(self.id.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    link: str
    items: tuple[FeedItem, ...]


def parse_feed(body: bytes, url: str) -> ParsedFeed:
    """The items of a feed document; NotAFeed when it is none. A malformed feed that still
    has items (feedparser's "bozo" feeds) is read; duplicate ids are read once."""
    import feedparser  # only fetching pays for importing feedparser

    if _ENTITY_DECLARATION.search(body[:65536]):
        raise NotAFeed("the feed declares XML entities (refused: entity expansion)")
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.get("version") and not parsed.entries:
        raise NotAFeed("not a feed (no RSS or Atom items)")
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        item = _item(entry, url)
        if item is not None and item.id not in seen:
            seen.add(item.id)
            items.append(item)
    feed = parsed.get("feed", {})
    return ParsedFeed(sanitize_line(feed.get("title", "")), feed.get("link", ""), tuple(items))


def _item(entry: Any, base: str) -> FeedItem | None:
    link = urljoin(base, entry.get("link", "")) if entry.get("link") else ""
    identity = entry.get("id") or link or entry.get("title")
    if not identity:
        return None
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    return FeedItem(
        id=str(identity),
        link=link,
        title=sanitize_line(entry.get("title", "")),
        date=_entry_date(entry),
        content_html=html or "",
    )


def _entry_date(entry: Any) -> datetime | None:
    """The item's published (else updated) date with its own UTC offset, not converted:
    the raw string is parsed, because feedparser's parsed form is in UTC."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw:
            value = _rfc822(raw) or parse_date(raw)  # RSS dates are RFC 822, Atom dates ISO 8601
            if value is not None:
                return value
    return None


def _rfc822(raw: str) -> datetime | None:
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None


def plain_text(html: str) -> str:
    """A feed's HTML content as paragraphs of text, for when the article cannot be fetched."""
    from lxml import html as lxml_html
    from lxml.etree import LxmlError

    blocks = re.sub(r"(?i)<(?:/p|br|/div|/h[1-6]|/li|/blockquote)\b[^>]*>", "\n\n", html)
    try:
        text = lxml_html.fromstring(f"<div>{blocks}</div>").text_content()
    except (LxmlError, ValueError, TypeError):
        text = _TAGS.sub(" ", blocks)
    paragraphs = [" ".join(part.split()) for part in sanitize(text).split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


# A feed file in a folder gives one article per item; each is stored under the file's path
# with this mark and the item's key, so that the index keeps one path per article.
ITEM_MARK = "#item="


def item_path(path: str, item: FeedItem) -> str:
    return f"{path}{ITEM_MARK}{item.key}"


def file_of(path: str) -> str:
    """The file an indexed path belongs to: itself, or the feed file of an item."""
    return path.split(ITEM_MARK, 1)[0]


def feed_file_articles(data: bytes, path: Path, content_hash: str) -> list[Article]:
    """The articles of a local feed file (`.xml`, `.rss`, `.atom`), one per item: its title,
    date and address from the feed, its text from the item's content (an item has no page
    to fetch here: a file is never a reason to go on the network)."""
    from index.page.html import html_article

    parsed = parse_feed(data, "")
    articles = []
    for item in parsed.items:
        web = item.link if item.link.startswith(("http://", "https://")) else None
        stated = Metadata(
            title=item.title or None,
            source=parsed.title or None,
            date=item.date.isoformat() if item.date else None,
            url=web,
            feed_text=plain_text(item.content_html) or None,
        )
        html = f"<html><body><article>{item.content_html}</article></body></html>"
        articles.append(html_article(html, Path(item_path(str(path), item)), stated, content_hash))
    if not articles:
        raise NotAFeed("a feed without items")
    return articles
