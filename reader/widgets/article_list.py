"""ArticleList: the list of articles, one line each, drawn only where visible (20,000 rows stay fast)."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from index import Article, ArticleSummary, printable
from reader.labels import format_date
from reader.messages import ArticleSelected

SOURCE_WIDTH = 14
DATE_WIDTH = 10  # YYYY-MM-DD
UNREAD, READ = "● ", "  "


def _fit(text: str, width: int) -> str:
    """`text` cut (with an ellipsis) or padded to exactly `width` cells."""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…" if width > 1 else set_cell_size(text, width)
    return set_cell_size(text, width)


class ArticleList(ScrollView, can_focus=True):
    """Date, site and title of each article; unread ones marked; the open one in bold.

    A Line API widget: it renders only the rows on screen, so its cost does not grow
    with the library."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False, id="article_list.down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="article_list.up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="article_list.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="article_list.page_up"),
        Binding("home,g", "first", "First", show=False, id="article_list.first"),
        Binding("end,G", "last", "Last", show=False, id="article_list.last"),
        Binding("enter", "open", "Open", id="article_list.open"),
    ]
    COMPONENT_CLASSES = {
        "article-list--cursor",
        "article-list--date",
        "article-list--source",
        "article-list--unread",
        "article-list--current",
    }
    DEFAULT_CSS = """
    ArticleList { overflow-x: hidden; }
    ArticleList > .article-list--cursor { background: $accent 40%; }
    ArticleList:focus > .article-list--cursor { background: $accent; color: $text; }
    ArticleList > .article-list--date { color: $text-muted; }
    ArticleList > .article-list--source { color: $secondary; }
    ArticleList > .article-list--unread { color: $warning; }
    ArticleList > .article-list--current { text-style: bold; }
    """

    articles: reactive[list[ArticleSummary]] = reactive(list, always_update=True)
    read_ids: reactive[frozenset[str]] = reactive(frozenset, always_update=True)
    current_article: reactive[Article | None] = reactive(None)
    cursor: reactive[int] = reactive(0)

    def watch_articles(self, articles: list[ArticleSummary]) -> None:
        self.virtual_size = Size(self.size.width, len(articles))
        self.cursor = 0
        self.scroll_to(y=0, animate=False)
        self.refresh()

    def watch_read_ids(self) -> None:
        self.refresh()

    @property
    def current_id(self) -> str | None:
        return self.current_article.id if self.current_article else None

    def watch_current_article(self) -> None:
        index = self.index_of(self.current_id)
        if index is not None and index != self.cursor:
            self.cursor = index
        self.refresh()

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, len(self.articles) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh(Region(0, old - int(self.scroll_y), self.size.width, 1))
        self.refresh(Region(0, new - int(self.scroll_y), self.size.width, 1))
        self.scroll_to_region(Region(0, new, 1, 1), animate=False)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.articles))

    def index_of(self, article_id: str | None) -> int | None:
        for index, article in enumerate(self.articles):
            if article.id == article_id:
                return index
        return None

    # -- drawing ----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        width = self.size.width
        base = self.rich_style
        if index >= len(self.articles):
            return Strip.blank(width, base)
        article = self.articles[index]
        style = base
        if index == self.cursor:
            style = base + self.get_component_rich_style("article-list--cursor")
        if article.id == self.current_id:
            style += self.get_component_rich_style("article-list--current", partial=True)
        unread = article.id not in self.read_ids
        segments = [
            Segment(UNREAD if unread else READ, style + self._part("unread") if unread else style),
            Segment(_fit(format_date(article.date), DATE_WIDTH) + " ", style + self._part("date")),
            Segment(_fit(printable(article.source) or "—", SOURCE_WIDTH) + " ", style + self._part("source")),
            Segment(printable(article.title), style),
        ]
        return Strip(segments).crop_extend(0, width, style)

    def _part(self, name: str) -> Style:
        return self.get_component_rich_style(f"article-list--{name}", partial=True)

    # -- actions ----------------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_page_down(self) -> None:
        self.cursor += max(1, self.size.height - 1)

    def action_page_up(self) -> None:
        self.cursor -= max(1, self.size.height - 1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.articles) - 1

    def action_open(self) -> None:
        if self.articles:
            self.post_message(ArticleSelected(self.articles[self.cursor].id))

    def on_click(self, event: events.Click) -> None:
        index = int(self.scroll_y) + event.y
        if 0 <= index < len(self.articles):
            self.cursor = index
            self.action_open()
