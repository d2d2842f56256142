"""The app's own commands in Textual's command palette (Ctrl+P), beside its theme and quit commands."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

# (name, help, action run on the screen)
COMMANDS: list[tuple[str, str, str]] = [
    ("Fetch feeds", "Fetch every subscription and index the new articles", "fetch_feeds"),
    ("Add a feed", "Subscribe to a feed, or to the feed a page links", "add_feed"),
    ("Open in browser", "Open the article's page in the web browser", "open_in_browser"),
    ("Re-index the library", "Index the folders again: new, changed and deleted files", "reindex"),
    ("Refresh the list", "Show articles another indexer added", "refresh"),
    ("Pick a site", "Show the articles of one site", "pick_source"),
    ("Next site", "Show the next site's articles", "next_source"),
    ("All articles", "Clear the search and filters", "back_to_all"),
    ("Toggle the sidebar", "Show or hide entities and related articles", "toggle_sidebar"),
    ("Toggle the article list", "Show or hide the list, to read wide", "toggle_list"),
    ("Mark read / unread", "Toggle the open article's read state", "toggle_read"),
    ("Search", "Focus the search box", "focus_search"),
    ("Help: every key", "The help screen: every key of the app, by pane", "app.help"),
    ("Mark all read", "Mark every article of the list read", "mark_all_read"),
    ("Next unread article", "Open the next unread article, or the next site's", "next_unread"),
]


class ReaderCommands(Provider):
    """Matches what the user types against the commands above."""

    def _callback(self, action: str) -> Callable[[], object]:
        screen = self.screen
        if action.startswith("app."):
            return partial(self.app.run_action, action.removeprefix("app."))
        return partial(screen.run_action, action)

    async def discover(self) -> Hits:
        for name, help_text, action in COMMANDS:
            yield DiscoveryHit(name, self._callback(action), help=help_text)

    async def search(self, query: str) -> AsyncIterator[Hit]:
        matcher = self.matcher(query)
        for name, help_text, action in COMMANDS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), self._callback(action), help=help_text)
