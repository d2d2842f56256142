"""StatusBar: how many articles are in view, and which search or filter made the list."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static


class StatusBar(Static):
    shown: reactive[int] = reactive(0)
    total: reactive[int] = reactive(0)
    search_query: reactive[str] = reactive("")
    hits: reactive[int] = reactive(0)
    hits_estimated: reactive[bool] = reactive(False)
    source_filter: reactive[str | None] = reactive(None)
    entity_filter: reactive[str | None] = reactive(None)
    unread: reactive[int] = reactive(0)

    def render(self) -> Text:
        text = Text()
        if self.search_query:
            hits = self.hits
            about = "about " if self.hits_estimated else ""
            text.append(f"{about}{hits} hit{'s' if hits != 1 else ''} for ", style="bold")
            text.append(self.search_query, style="bold yellow")
            if hits > self.shown:
                text.append(f" (showing {self.shown})")
        else:
            text.append(f"{self.shown} article{'s' if self.shown != 1 else ''}", style="bold")
            if self.shown != self.total:
                text.append(f" of {self.total}")
        if self.source_filter is not None:
            text.append("  · site: ")
            text.append(self.source_filter or "(unknown)", style="magenta")
        if self.entity_filter:
            text.append("  · naming: ")
            text.append(self.entity_filter, style="green")
        text.append(f"  · {self.unread} unread", style="dim")
        if self.search_query or self.source_filter is not None or self.entity_filter:
            text.append("  (Esc: back to all)", style="dim")
        return text
