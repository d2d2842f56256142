"""AddFeedScreen: ask for the address of a feed (or of a page that links one) to subscribe to."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class AddFeedScreen(ModalScreen[str | None]):
    """Dismisses with the address typed, or None when cancelled."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="add_feed.cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="add-feed-box") as box:
            box.border_title = "Add a feed"
            box.border_subtitle = "Enter to subscribe, Esc to cancel"
            yield Label("The address of a feed, or of a site's page that links its feed:")
            yield Input(placeholder="https://…", id="add-feed-url")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)
