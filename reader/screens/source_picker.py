"""SourcePicker: choose a site to filter the article list by."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from index import SourceCount, fold, printable
from reader.labels import UNKNOWN_SITE

ALL = "\0all"


class SourcePicker(ModalScreen[str | None]):
    """Dismisses with the chosen site's name, ALL for every site, or None when cancelled.

    Each site shows its unread and total counts. j/k move; typing filters the sites (by the
    letters in order, case and accents aside), Backspace unfilters; Esc clears the filter,
    then cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="source_picker.cancel"),
        Binding("j", "move(1)", "Down", show=False, id="source_picker.down"),
        Binding("k", "move(-1)", "Up", show=False, id="source_picker.up"),
    ]

    def __init__(self, sources: list[SourceCount], current: str | None, unread: Mapping[str, int]) -> None:
        super().__init__()
        self.sources = sources
        self.current = current
        self.unread = unread
        self.filter = ""

    def compose(self) -> ComposeResult:
        picker = OptionList(*self._options(), id="source-picker")
        picker.border_title = "Sites"
        picker.border_subtitle = "type to filter · j/k · Enter"
        yield picker

    def _options(self) -> list[Option]:
        options = [] if self.filter else [Option(Text("All sites", style="bold"), id=ALL)]
        key = fold(self.filter)
        for source in self.sources:
            name = source.name or UNKNOWN_SITE
            if key and not _letters_in_order(key, fold(name)):
                continue
            prompt = Text(printable(name), style="bold" if source.name else "dim")
            unread = self.unread.get(source.name, 0)
            prompt.append(f"  {unread} unread" if unread else "", style="yellow")
            prompt.append(f"  {source.count}", style="dim")
            options.append(Option(prompt, id=f"={source.name}"))
        return options

    def on_mount(self) -> None:
        picker = self.query_one(OptionList)
        if self.current is not None:
            found = (i + 1 for i, source in enumerate(self.sources) if source.name == self.current)
            picker.highlighted = next(found, 0)
        picker.focus()

    def _refilter(self) -> None:
        picker = self.query_one(OptionList)
        picker.clear_options()
        picker.add_options(self._options())
        picker.border_title = f"Sites: {printable(self.filter)}" if self.filter else "Sites"
        if picker.option_count:
            picker.highlighted = 0

    def on_key(self, event: events.Key) -> None:
        if event.key == "backspace" and self.filter:
            self.filter = self.filter[:-1]
        elif event.character and event.character.isprintable() and event.key not in ("j", "k", "space"):
            self.filter += event.character
        else:
            return
        event.stop()
        self._refilter()

    def action_move(self, delta: int) -> None:
        picker = self.query_one(OptionList)
        picker.action_cursor_down() if delta > 0 else picker.action_cursor_up()

    def action_cancel(self) -> None:
        if self.filter:
            self.filter = ""
            self._refilter()
        else:
            self.dismiss(None)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ALL
        self.dismiss(ALL if option_id == ALL else option_id[1:])


def _letters_in_order(wanted: str, name: str) -> bool:
    """ "lsr" finds "Le Soir": each letter of the filter, in order (a fuzzy match)."""
    position = 0
    for letter in wanted.replace(" ", ""):
        position = name.find(letter, position) + 1
        if position == 0:
            return False
    return True
