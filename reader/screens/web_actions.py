"""What the main screen does with the web, as thread jobs: fetch the feeds, add one, open a page."""

from __future__ import annotations

import webbrowser
from typing import TYPE_CHECKING

from index import FetchReport, IngestOptions
from reader.labels import plural
from reader.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from reader.screens.main_screen import MainScreen

# Each job runs in a thread worker of the screen (see MainScreen.action_fetch_feeds): it
# reaches the UI only through screen._post, and a failure is reported by the screen's one
# Worker.StateChanged handler.


def fetch_feeds(screen: MainScreen) -> None:
    if not screen.library.feeds():
        screen._post(
            screen.say, "No feeds yet: Ctrl+P “Add a feed”, or `reader add URL`.", severity="warning"
        )
        return
    screen._post(_activity, screen, "Fetching feeds…")

    def progress(done: int, total: int, downloaded: int) -> None:
        screen._post(_activity, screen, f"Fetching feeds: {done}/{total}, {downloaded} articles downloaded")

    try:
        report = screen.library.fetch_feeds(IngestOptions(parallel=False), progress)
    finally:
        screen._post(_activity, screen, "")
    screen._post(screen.say, _summary(report), severity="warning" if report.failed else "information")
    if report.new:
        screen._post(screen.reload)


def add_feed(screen: MainScreen, address: str) -> None:
    screen._post(_activity, screen, f"Subscribing to {address}…")
    try:
        report = screen.library.add_feeds([address], IngestOptions(parallel=False))
    finally:
        screen._post(_activity, screen, "")
    if report.failed:
        screen._post(screen.say, f"Not subscribed: {report.failed[0][1]}", severity="error")
        return
    names = ", ".join(title or url for url, title in report.subscribed) or "already subscribed"
    new = report.fetched.new if report.fetched else 0
    screen._post(screen.say, f"Subscribed: {names} ({new} new articles)")
    screen._post(screen.reload)


def open_page(screen: MainScreen, url: str) -> None:
    # webbrowser honours $BROWSER; starting a browser can take a moment, hence a thread.
    if not webbrowser.open(url):
        screen._post(screen.say, f"No browser could be started for {url}", severity="error")


def _activity(screen: MainScreen, text: str) -> None:
    screen.query_one(StatusBar).activity = text


def _summary(report: FetchReport) -> str:
    text = f"{plural(report.new, 'new article')} from {plural(report.feeds, 'feed')}"
    if report.failed:
        failures = "; ".join(f"{url} ({error})" for url, error in report.failed[:3])
        text += f"; {len(report.failed)} failed: {failures}"
    return text
