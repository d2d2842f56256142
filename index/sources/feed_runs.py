"""What `reader add`, `fetch`, `feeds` and `remove` do with subscriptions, fetch state and fetched files."""

from __future__ import annotations

from typing import TYPE_CHECKING

from index.errors import ReaderError
from index.locations import DataFiles
from index.records import AddReport, ArticleSummary, FeedInfo, FetchReport
from index.sources.feeds import write_opml
from index.sources.subscriptions import FeedStates, Subscription, SubscriptionError, Subscriptions

if TYPE_CHECKING:
    from index.sources.refresh import FetchProgress
    from index.sources.web_client import WebClient

# The web client and the refresher (httpx, which also imports Rich for its own command line)
# are imported by the functions that go on the network: `reader feeds --json` needs neither.


def add(files: DataFiles, refs: list[str]) -> AddReport:
    """Subscribe to each address or OPML file and fetch the new subscriptions once. An address
    that is no reachable feed is refused with why, and nothing of it is kept; the feeds of an
    OPML file are all kept, a failing one with its error (the user's list stays whole)."""
    from index.sources.refresh import Refresher
    from index.sources.subscribing import is_opml_file, opml_file_feeds
    from index.sources.web_client import WebClient

    report = AddReport()
    subscriptions = Subscriptions(files.feeds)
    states = FeedStates(files.feed_state)
    added: list[Subscription] = []
    with WebClient() as client:
        for ref in refs:
            try:
                found = opml_file_feeds(ref) if is_opml_file(ref) else [_url_and_title(client, ref)]
            except ReaderError as error:
                report.failed.append((ref, error.message))
                continue
            for url, title in found:
                feed = Subscription(url, title)
                if subscriptions.add(feed):
                    added.append(feed)
                else:
                    report.already.append(url)
        subscriptions.save()
        report.subscribed = [(feed.url, feed.title) for feed in added]
        if added:
            report.fetched = Refresher(client, files.fetched).fetch(subscriptions, states, only=added)
            subscriptions.save()
            states.save()
    return report


def _url_and_title(client: WebClient, ref: str) -> tuple[str, str]:
    from index.sources.subscribing import find_feed

    url, parsed = find_feed(client, ref)
    return url, parsed.title


def fetch(files: DataFiles, progress: FetchProgress | None = None) -> FetchReport:
    """Fetch every subscription; the new articles are written under files.fetched."""
    from index.sources.refresh import Refresher
    from index.sources.web_client import WebClient

    subscriptions = Subscriptions(files.feeds)
    states = FeedStates(files.feed_state)
    with WebClient() as client:
        report = Refresher(client, files.fetched, progress).fetch(subscriptions, states)
    subscriptions.save()
    states.save()
    return report


def feed_infos(files: DataFiles, articles: list[ArticleSummary]) -> list[FeedInfo]:
    """Each subscription with the ids of its indexed articles, its last fetch and error."""
    states = FeedStates(files.feed_state)
    by_feed: dict[str, list[str]] = {}
    for row in articles:
        if row.feed:
            by_feed.setdefault(row.feed, []).append(row.id)
    infos = []
    for feed in Subscriptions(files.feeds).feeds:
        state = states.of(feed.url)
        ids = tuple(by_feed.get(feed.url, ()))
        infos.append(
            FeedInfo(feed.url, feed.title, len(ids), state.last_fetched or None, state.error or None, ids)
        )
    return infos


def opml(files: DataFiles) -> str:
    return write_opml([(feed.url, feed.title) for feed in Subscriptions(files.feeds).feeds])


def remove(files: DataFiles, ref: str, purge: bool) -> tuple[str, str]:
    """Unsubscribe; with `purge`, delete the page and sidecar files fetched for the feed
    (only those: reader never deletes what it did not write)."""
    subscriptions = Subscriptions(files.feeds)
    feed = subscriptions.find(ref)
    if feed is None:
        raise SubscriptionError(f"no subscription with the address or title {ref!r} (see `reader feeds`)")
    subscriptions.remove(feed)
    subscriptions.save()
    from index.sources.refresh import feed_folder

    folder = files.fetched / feed_folder(feed.url)
    if purge and folder.is_dir():
        for path in [*folder.glob("*.html"), *folder.glob("*.meta.toml")]:
            path.unlink()
    return feed.url, feed.title
