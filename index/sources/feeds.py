"""Feeds and OPML: items from RSS/Atom with feedparser, feed links in pages, subscription lists in and out."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin
from xml.sax.saxutils import quoteattr

from index.errors import ReaderError
from index.page.dates import parse_date
from index.text import sanitize, sanitize_line

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/xml")
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


def feed_links(html: str, base: str) -> list[str]:
    """The feeds a page links (`<link rel="alternate" type="application/rss+xml" href>`)."""
    from lxml import html as lxml_html
    from lxml.etree import LxmlError

    try:
        tree = lxml_html.fromstring(html)
    except (LxmlError, ValueError, TypeError):
        return []
    links = []
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in FEED_TYPES and link.get("href"):
            links.append(urljoin(base, str(link.get("href")).strip()))
    return links


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


def read_opml(data: bytes) -> list[tuple[str, str]]:
    """(url, title) of every feed an OPML file lists, nested outlines included."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(data)
    except (DefusedXmlException, SyntaxError, ValueError) as error:
        raise NotAFeed(f"not an OPML file ({type(error).__name__}: {str(error)[:100]})") from error
    feeds = []
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        if url:
            feeds.append((url.strip(), sanitize_line(outline.get("title") or outline.get("text") or "")))
    if root.tag.lower() != "opml":
        raise NotAFeed("not an OPML file (its root is not <opml>)")
    return feeds


def write_opml(feeds: list[tuple[str, str]]) -> str:
    """An OPML 2.0 document listing `feeds` ((url, title) pairs)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head><title>reader subscriptions</title></head>",
        "  <body>",
    ]
    for url, title in feeds:
        name = quoteattr(title or url)
        lines.append(f'    <outline type="rss" text={name} title={name} xmlUrl={quoteattr(url)}/>')
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)
