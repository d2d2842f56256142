"""ReaderView: the open article (title, site, date, body), its entities and search words highlighted."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Static

from index import Article, printable
from reader.labels import UNDATED, UNKNOWN_SITE, entity_style, format_date

EMPTY = "No article open. Pick one in the list (Enter), or search with /."
# Past this many characters a "page" is a dump, and laying it out would freeze the app.
MAX_SHOWN = 200_000


class ReaderView(VerticalScroll, can_focus=True):
    """Article text is always a rich Text built from plain strings, never parsed as markup."""

    BINDINGS = [
        Binding("down,j", "scroll_down", "Down", show=False, id="reader_view.down"),
        Binding("up,k", "scroll_up", "Up", show=False, id="reader_view.up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="reader_view.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="reader_view.page_up"),
        Binding("home,g", "scroll_home", "Top", show=False, id="reader_view.top"),
        Binding("end,G", "scroll_end", "Bottom", show=False, id="reader_view.bottom"),
    ]
    COMPONENT_CLASSES = {
        "reader-view--title",
        "reader-view--meta",
        "reader-view--match",
    }
    DEFAULT_CSS = """
    ReaderView > .reader-view--title { text-style: bold; color: $foreground; }
    ReaderView > .reader-view--meta { color: $foreground-muted; }
    ReaderView > .reader-view--match { background: $warning 60%; color: $foreground; }
    """

    article: reactive[Article | None] = reactive(None)
    search_spans: reactive[tuple[tuple[int, int], ...]] = reactive(tuple)

    def compose(self) -> ComposeResult:
        yield Static(EMPTY, id="article-text")

    def watch_article(self) -> None:
        self._show()
        self.scroll_home(animate=False)

    def watch_search_spans(self) -> None:
        self._show()

    def on_mount(self) -> None:
        # Entity colours follow the theme's darkness: redrawn when the user changes it.
        self.watch(self.app, "theme", lambda _theme: self._show(), init=False)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"reader-view--{name}", partial=True)

    def _show(self) -> None:
        if not self.is_mounted:
            return
        self.query_one("#article-text", Static).update(self.render_article())

    def render_article(self) -> Text:
        article = self.article
        if article is None:
            return Text(EMPTY)
        meta = printable(
            " · ".join([article.source or UNKNOWN_SITE, format_date(article.date, with_time=True) or UNDATED])
        )
        text = Text()
        text.append(printable(article.title) + "\n", style=self._style("title"))
        if article.url:
            text.append(printable(article.url) + "\n", style=self._style("meta"))
        text.append(meta + "\n\n", style=self._style("meta"))
        body = Text(article.body[:MAX_SHOWN])
        for entity in article.entities:
            style = entity_style(entity.type, self.app.current_theme.dark)
            for start, end in entity.spans:
                body.stylize(style, start, end)
        for start, end in self.search_spans:
            body.stylize(self._style("match"), start, end)
        text.append_text(body)
        if len(article.body) > MAX_SHOWN:
            rest = len(article.body) - MAX_SHOWN
            text.append(
                f"\n\n[… {rest:,} more characters: see {printable(article.path)}]", style=self._style("meta")
            )
        return text
