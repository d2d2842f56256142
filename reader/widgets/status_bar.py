"""StatusBar: how many articles are in view, and which search or filter made the list."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from index import printable
from reader.labels import UNKNOWN_SITE, plural
from reader.list_mode import ListMode


class StatusBar(Static):
    shown: reactive[int] = reactive(0)
    total: reactive[int] = reactive(0)
    mode: reactive[ListMode] = reactive(ListMode)
    hits: reactive[int] = reactive(0)
    hits_estimated: reactive[bool] = reactive(False)
    unread: reactive[int] = reactive(0)
    activity: reactive[str] = reactive("")  # what a worker is doing now ("Fetching feeds: 3/8")
    loading: reactive[bool] = reactive(False)  # a search is running: no count to show yet

    def render(self) -> Text:
        text = self._counts()
        mode = self.mode
        if mode.site is not None:
            text.append("  · site: ")
            text.append(printable(mode.site) or UNKNOWN_SITE, style="magenta")
        if mode.entity:
            text.append("  · naming: ")
            text.append(printable(mode.entity), style="green")
        text.append(f"  · {self.unread} unread", style="dim")
        if not mode.is_everything:
            text.append("  (Esc: back to all)", style="dim")
        if self.activity:
            text.append(f"  · {self.activity}", style="bold")
        return text

    def _counts(self) -> Text:
        text = Text()
        if self.loading:
            text.append("Searching for ", style="bold")
            text.append(printable(self.mode.query), style="bold yellow")
            text.append("…")
        elif self.mode.query:
            about = "about " if self.hits_estimated else ""
            text.append(f"{about}{plural(self.hits, 'hit')} for ", style="bold")
            text.append(printable(self.mode.query), style="bold yellow")
            if self.hits > self.shown:
                text.append(f" (showing {self.shown})")
        else:
            text.append(plural(self.shown, "article"), style="bold")
            if self.shown != self.total:
                text.append(f" of {self.total}")
        return text
