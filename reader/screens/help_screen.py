"""HelpScreen: every key of the app, read from the bindings themselves so it never goes stale."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

_KEY_NAMES = {
    "slash": "/",
    "question_mark": "?",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "escape": "Esc",
    "enter": "Enter",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "space": "Space",
    "tab": "Tab",
    "shift+tab": "Shift+Tab",
    "home": "Home",
    "end": "End",
    "down": "↓",
    "up": "↑",
}


def key_label(keys: str) -> str:
    return " / ".join(_KEY_NAMES.get(k, k.replace("ctrl+", "Ctrl+")) for k in keys.split(","))


def _unique(bindings: list[BindingType]) -> list[Binding]:
    """Each key once per section: the two side panes share j and k."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for binding in bindings:
        if isinstance(binding, Binding) and (binding.key, binding.description) not in seen:
            seen.add((binding.key, binding.description))
            kept.append(binding)
    return kept


def bindings_table(sections: list[tuple[str, list[BindingType]]]) -> Table:
    table = Table(box=None, show_header=False, pad_edge=False, expand=True)
    table.add_column("key", style="bold cyan", no_wrap=True, width=18)
    table.add_column("action")
    for title, bindings in sections:
        table.add_row(Text(""), Text(""))
        table.add_row(Text(title, style="bold underline"), Text(""))
        for binding in _unique(bindings):
            table.add_row(Text(key_label(binding.key)), Text(binding.description or binding.action))
    return table


class HelpScreen(ModalScreen[None]):
    """Escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close"),
    ]

    def __init__(self, sections: list[tuple[str, list[BindingType]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "Keys"
            box.border_subtitle = "Esc to close"
            yield Static(bindings_table(self.sections))
