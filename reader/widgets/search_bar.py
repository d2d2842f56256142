"""SearchBar: the query box; Enter runs the search, Escape leaves it."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input

from reader.messages import SearchCleared, SearchSubmitted

PLACEHOLDER = 'Search: words, "phrases", OR, NOT, source:…, person:…, date:2023 (Enter to run, Esc to clear)'


class SearchBar(Input):
    BINDINGS = [Binding("escape", "clear_search", "Clear search", id="search_bar.clear")]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(placeholder=PLACEHOLDER, **kwargs)  # type: ignore[arg-type]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.post_message(SearchSubmitted(event.value))
        else:
            self.post_message(SearchCleared())

    def action_clear_search(self) -> None:
        self.value = ""
        self.post_message(SearchCleared())
