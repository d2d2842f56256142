"""RelatedPane: other coverage of the open article's story, with why each is related."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from index import Related, printable
from reader.labels import UNDATED, UNKNOWN_SITE, format_date
from reader.messages import ArticleSelected


def strength(score: float) -> tuple[str, str]:
    """A related article's score in words, and the style that says it: a weak match (one
    shared common word) must not look like a strong one."""
    # Scores of the same story told by two outlets run 0.2 to 0.6; one shared common word
    # gives about 0.1 (measured on the seeds and the test corpus).
    if score >= 0.4:
        return "strong", "bold green"
    if score >= 0.15:
        return "related", "green"
    return "weak", "dim"


def related_prompt(item: Related) -> Text:
    article = item.article
    text = Text(printable(article.title), style="bold")
    site = printable(article.source) or UNKNOWN_SITE
    text.append(f"\n{site} · {format_date(article.date) or UNDATED}", style="dim")
    word, style = strength(item.score)
    text.append(f"\n{word} {round(100 * item.score)}%", style=style)
    if item.reasons.entities:
        text.append(" · shares " + printable(", ".join(item.reasons.entities[:3])), style=style)
    elif item.reasons.terms:
        text.append(" · words " + printable(", ".join(item.reasons.terms[:4])), style=style)
    if item.also_in:
        text.append("\nalso in: " + printable(", ".join(c.source or c.id for c in item.also_in)), style="dim")
    return text


class RelatedPane(OptionList):
    """Choosing a related article (Enter or click) opens it."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="related_pane.down"),
        Binding("k", "cursor_up", "Up", show=False, id="related_pane.up"),
        Binding("g", "first", "First", show=False, id="related_pane.first"),
        Binding("G", "last", "Last", show=False, id="related_pane.last"),
    ]

    related: reactive[list[Related]] = reactive(list, always_update=True)

    def watch_related(self, related: list[Related]) -> None:
        self.clear_options()
        if not related:
            self.add_option(Option(Text("No related articles", style="dim"), disabled=True))
            return
        for item in related:
            self.add_option(Option(related_prompt(item), id=item.article.id))
        self.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(ArticleSelected(event.option.id))
