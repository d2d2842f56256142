"""EntitiesPane: the open article's people, places and organisations, by type, with mention counts."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from index import ENTITY_TYPES, Article, printable
from reader.labels import entity_heading, entity_style
from reader.messages import EntityChosen


class EntitiesPane(OptionList):
    """Choosing an entity (Enter or click) filters the list to every article that names it."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="entities_pane.down"),
        Binding("k", "cursor_up", "Up", show=False, id="entities_pane.up"),
        Binding("g", "first", "First", show=False, id="entities_pane.first"),
        Binding("G", "last", "Last", show=False, id="entities_pane.last"),
    ]

    article: reactive[Article | None] = reactive(None)

    def on_mount(self) -> None:
        self.watch(self.app, "theme", lambda _theme: self.watch_article(self.article), init=False)

    def watch_article(self, article: Article | None) -> None:
        self.clear_options()
        if article is None or not article.entities:
            self.add_option(Option(Text("No entities", style="dim"), disabled=True))
            return
        for kind in ENTITY_TYPES:
            entities = [e for e in article.entities if e.type == kind]
            if not entities:
                continue
            self.add_option(Option(Text(entity_heading(kind), style="bold underline"), disabled=True))
            for entity in sorted(entities, key=lambda e: (-e.count, e.name)):
                style = entity_style(kind, self.app.current_theme.dark)
                prompt = Text(f" {printable(entity.name)}", style=style)
                prompt.append(f" {entity.count}", style="dim")
                self.add_option(Option(prompt, id=f"{kind}:{entity.name}"))
        self.highlighted = 1  # the first entity, under its type's heading

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(EntityChosen(event.option.id.split(":", 1)[1]))
