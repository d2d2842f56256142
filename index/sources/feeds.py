"""Feeds on the web: the feed links of a page, and subscription lists in and out as OPML."""

from __future__ import annotations

from urllib.parse import urljoin
from xml.sax.saxutils import quoteattr

from index.page.feed import NotAFeed
from index.text import sanitize_line

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/xml")


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
