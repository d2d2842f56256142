"""Fetch the subscriptions: each feed (conditionally), the article behind each new item, kept as files."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import tomli_w

from index.atomic_write import write_atomically
from index.errors import ReaderError
from index.page.feed import FeedItem, ParsedFeed, parse_feed, plain_text
from index.page.html import decode_html
from index.records import FetchReport
from index.sources.subscriptions import FeedState, FeedStates, Subscription, Subscriptions
from index.sources.web_client import FetchError, WebClient, check_web_address

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
# Feeds fetched at once, and article pages downloaded at once across them; each host still
# gets at most Limits.per_host requests at a time.
FEEDS_AT_ONCE = 8
PAGES_AT_ONCE = 32
# Item ids remembered per feed: more than any feed lists at once.
SEEN_KEPT = 5000
# (feeds done, feeds in all, articles downloaded so far)
FetchProgress = Callable[[int, int, int], None]


@dataclass(frozen=True)
class FeedOutcome:
    """What fetching one feed did."""

    subscription: Subscription  # as it is now (a moved feed's new address, a learned title)
    state: FeedState
    new: int = 0
    error: str = ""
    note: str = ""


class Refresher:
    """Fetches subscriptions with one client, writing new articles under `folder`."""

    def __init__(self, client: WebClient, folder: Path, progress: FetchProgress | None = None) -> None:
        self.client, self.folder, self.progress = client, folder, progress
        self._lock = threading.Lock()
        self._done = self._downloaded = self._total = 0
        self._pages: ThreadPoolExecutor  # the page downloads of one fetch (see fetch)

    def fetch(
        self, subscriptions: Subscriptions, states: FeedStates, only: list[Subscription] | None = None
    ) -> FetchReport:
        """Fetch every subscription (or `only` these); one that fails is said in the report,
        and never stops the others."""
        feeds = list(subscriptions.feeds if only is None else only)
        self._total = len(feeds)
        report = FetchReport(feeds=len(feeds))
        with (
            ThreadPoolExecutor(max_workers=PAGES_AT_ONCE) as self._pages,
            ThreadPoolExecutor(max_workers=FEEDS_AT_ONCE) as pool,
        ):
            outcomes = list(pool.map(lambda feed: self.fetch_one(feed, states.of(feed.url)), feeds))
        for feed, outcome in zip(feeds, outcomes, strict=True):
            if outcome.subscription != feed:
                subscriptions.replace(feed, outcome.subscription)
                states.states.pop(feed.url, None)
            states.states[outcome.subscription.url] = outcome.state
            report.new += outcome.new
            report.per_feed[outcome.subscription.url] = outcome.new
            if outcome.error:
                report.failed.append((outcome.subscription.url, outcome.error))
            if outcome.note:
                report.notes.append(outcome.note)
        return report

    def fetch_one(self, feed: Subscription, state: FeedState) -> FeedOutcome:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            outcome = self._fetch(feed, replace(state, last_fetched=now))
        except ReaderError as error:
            dead = getattr(error, "http_status", None) == 410
            outcome = FeedOutcome(
                feed, replace(state, last_fetched=now, error=error.message, dead=dead), 0, error.message
            )
        self._tell(feeds=1)
        return outcome

    def _fetch(self, feed: Subscription, state: FeedState) -> FeedOutcome:
        if state.dead:
            raise FetchError("gone (HTTP 410): the feed no longer exists; `reader remove` it", 410)
        response = self.client.get(feed.url, state.etag, state.last_modified, FEED_ACCEPT)
        if response.not_modified:
            return FeedOutcome(feed, replace(state, error=""))
        if response.cut:  # an endless response or a decompression bomb: never parsed
            raise FetchError(f"larger than {self.client.limits.max_bytes // (1024 * 1024)} MB: cut off")
        parsed = parse_feed(response.body, response.url)
        moved = response.moved_to
        current = replace(feed, url=moved or feed.url, title=feed.title or parsed.title)
        note = f"{feed.url} moved permanently to {moved}: subscription updated" if moved else ""
        validators = replace(
            state,
            etag=response.headers.get("etag", ""),
            last_modified=response.headers.get("last-modified", ""),
            error="",
        )
        seen_before = set(state.seen)
        folder = self.folder / feed_folder(current.url)
        # An item already stored (its files are there) is never downloaded again.
        new_items = [
            item
            for item in parsed.items
            if item.id not in seen_before and not (folder / f"{item.key}.html").exists()
        ]
        # A feed's pages are downloaded side by side (the per-host limit still holds).
        for stored in [self._pages.submit(self._store, current, parsed, item) for item in new_items]:
            stored.result()
        seen = validators.with_seen([item.id for item in new_items])
        error = "the response was cut at the size limit" if response.cut else ""
        return FeedOutcome(
            current, replace(seen, seen=seen.seen[-SEEN_KEPT:], error=error), len(new_items), error, note
        )

    def _store(self, feed: Subscription, parsed: ParsedFeed, item: FeedItem) -> None:
        """The item's page (or the feed's text when it cannot be had) and its sidecar."""
        html, page_url = "", item.link
        if feed.full_text and item.link:
            try:
                page = self.client.get(check_web_address(item.link), accept=PAGE_ACCEPT)
                html, page_url = decode_html(page.body, page.charset()), page.url
                self._tell(downloaded=1)
            except ReaderError:
                html = ""  # 404, paywall, timeout: the feed's own text stands in
        feed_text = plain_text(item.content_html) if item.content_html else ""
        if not html:
            # No page: an empty one, so that reading it falls back to the feed's text and says so.
            html = "<html><body></body></html>"
        sidecar = {
            "title": item.title,
            "source": feed.title or parsed.title,
            "url": page_url if page_url.startswith(("http://", "https://")) else "",
            "feed": feed.url,
        }
        if item.date is not None:
            sidecar["date"] = item.date.isoformat()
        if feed_text:
            sidecar["feed_text"] = feed_text[:500_000]
        folder = self.folder / feed_folder(feed.url)
        write_atomically(
            folder / f"{item.key}.meta.toml", tomli_w.dumps({k: v for k, v in sidecar.items() if v}).encode()
        )
        write_atomically(folder / f"{item.key}.html", html.encode("utf-8", "replace"))

    def _tell(self, feeds: int = 0, downloaded: int = 0) -> None:
        with self._lock:
            self._done += feeds
            self._downloaded += downloaded
            if self.progress is not None:
                self.progress(self._done, self._total, self._downloaded)


def feed_folder(url: str) -> str:
    """A folder name for a feed's articles: readable, and unique to its address."""
    import hashlib

    readable = re.sub(r"[^a-z0-9]+", "-", re.sub(r"^https?://(www\.)?", "", url.lower())).strip("-")[:40]
    return f"{readable or 'feed'}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:8]}"
