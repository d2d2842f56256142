"""SourcePicker: choose a site to filter the article list by."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from index import SourceCount

ALL = "\0all"


class SourcePicker(ModalScreen[str | None]):
    """Dismisses with the chosen site's name, ALL for every site, or None when cancelled."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="source_picker.cancel")]

    def __init__(self, sources: list[SourceCount], current: str | None) -> None:
        super().__init__()
        self.sources = sources
        self.current = current

    def compose(self) -> ComposeResult:
        options = [Option(Text("All sites", style="bold"), id=ALL)]
        for source in self.sources:
            prompt = Text(source.name or "(unknown site)", style="magenta" if source.name else "dim")
            prompt.append(f"  {source.count}", style="dim")
            options.append(Option(prompt, id=f"={source.name}"))
        picker = OptionList(*options, id="source-picker")
        picker.border_title = "Sites"
        yield picker

    def on_mount(self) -> None:
        picker = self.query_one(OptionList)
        if self.current is not None:
            picker.highlighted = next(
                (i + 1 for i, s in enumerate(self.sources) if s.name == self.current), 0
            )
        picker.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ALL
        self.dismiss(ALL if option_id == ALL else option_id[1:])
