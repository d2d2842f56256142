"""Subscribe: find the feed behind an address (a feed, or a page that links one), or read an OPML list."""

from __future__ import annotations

from pathlib import Path

from index.errors import ReaderError
from index.page.feed import NotAFeed, ParsedFeed, parse_feed
from index.page.html import decode_html
from index.sources.feeds import feed_links, read_opml
from index.sources.refresh import FEED_ACCEPT
from index.sources.web_client import WebClient, check_web_address

MAX_OPML_BYTES = 10 * 1024 * 1024


def find_feed(client: WebClient, address: str) -> tuple[str, ParsedFeed]:
    """The feed at `address`, or the first feed that the page at `address` links: its
    address (a permanent redirect's target when it moved) and its parsed items."""
    response = client.get(check_web_address(address), accept=FEED_ACCEPT)
    if response.cut:
        raise NotAFeed(f"larger than {client.limits.max_bytes // (1024 * 1024)} MB: cut off, not read")
    try:
        return response.moved_to or address, parse_feed(response.body, response.url)
    except NotAFeed as not_feed:
        page = decode_html(response.body, response.charset())
        for link in feed_links(page, response.url):
            try:
                linked = client.get(check_web_address(link), accept=FEED_ACCEPT)
                return linked.moved_to or link, parse_feed(linked.body, linked.url)
            except ReaderError:
                continue
        raise NotAFeed(f"{not_feed.message}, and the page links no feed") from None


def is_opml_file(ref: str) -> bool:
    """A local file to import rather than an address to subscribe to."""
    return not ref.startswith(("http://", "https://")) and Path(ref).expanduser().is_file()


def opml_file_feeds(ref: str) -> list[tuple[str, str]]:
    """(url, title) of the feeds an OPML file lists; NotAFeed with why when it cannot be read."""
    path = Path(ref).expanduser()
    try:
        if path.stat().st_size > MAX_OPML_BYTES:
            raise NotAFeed(f"{path} is too large for an OPML file")
        data = path.read_bytes()
    except OSError as error:
        raise NotAFeed(f"cannot read {path}: {error.strerror or error}") from error
    return read_opml(data)
