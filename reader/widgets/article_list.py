"""ArticleList: the list of articles, two lines each, drawn only where visible (20,000 rows stay fast)."""

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
from reader.labels import UNDATED, UNKNOWN_SITE, format_date
from reader.messages import ArticleSelected

ROW_HEIGHT = 2  # the title, then site and date: as mail clients do, so the title gets the width
UNREAD, READ = "● ", "  "
SEPARATOR = " · "


def _fit(text: str, width: int) -> str:
    """`text` cut (with an ellipsis) or padded to exactly `width` cells."""
    if width <= 0:
        return ""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…" if width > 1 else set_cell_size(text, width)
    return set_cell_size(text, width)


class ArticleList(ScrollView, can_focus=True):
    """Each article on two lines: the title (cut with "…"), then its site and date; unread
    ones marked; the open one in bold.

    A Line API widget: it renders only the lines on screen, so its cost does not grow
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
    ArticleList > .article-list--cursor { background: $accent 30%; }
    ArticleList:focus > .article-list--cursor { background: $accent 60%; }
    ArticleList > .article-list--date { color: $foreground-muted; }
    ArticleList > .article-list--source { color: $foreground; }
    ArticleList > .article-list--unread { color: $text-warning; }
    ArticleList > .article-list--current { text-style: bold; }
    """

    articles: reactive[list[ArticleSummary]] = reactive(list, always_update=True)
    read_ids: reactive[frozenset[str]] = reactive(frozenset, always_update=True)
    current_article: reactive[Article | None] = reactive(None)
    cursor: reactive[int] = reactive(0)

    def watch_articles(self, articles: list[ArticleSummary]) -> None:
        self.virtual_size = Size(self.size.width, ROW_HEIGHT * len(articles))
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
        for index in (old, new):
            self.refresh(Region(0, ROW_HEIGHT * index - int(self.scroll_y), self.size.width, ROW_HEIGHT))
        self.scroll_to_region(Region(0, ROW_HEIGHT * new, 1, ROW_HEIGHT), animate=False)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, ROW_HEIGHT * len(self.articles))

    @property
    def rows_per_page(self) -> int:
        return max(1, self.size.height // ROW_HEIGHT)

    def index_of(self, article_id: str | None) -> int | None:
        for index, article in enumerate(self.articles):
            if article.id == article_id:
                return index
        return None

    # -- drawing ----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        line = int(self.scroll_y) + y
        index, part = divmod(line, ROW_HEIGHT)
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
        if part == 0:
            unread = article.id not in self.read_ids
            mark = Segment(UNREAD if unread else READ, style + self._part("unread") if unread else style)
            segments = [mark, Segment(_fit(printable(article.title), width - len(UNREAD)), style)]
        else:
            date = format_date(article.date) or UNDATED
            site = Segment(printable(article.source) or UNKNOWN_SITE, style + self._part("source"))
            segments = [Segment(READ, style), site, Segment(SEPARATOR + date, style + self._part("date"))]
        return Strip(segments).crop_extend(0, width, style)

    def _part(self, name: str) -> Style:
        return self.get_component_rich_style(f"article-list--{name}", partial=True)

    # -- actions ----------------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_page_down(self) -> None:
        self.cursor += max(1, self.rows_per_page - 1)

    def action_page_up(self) -> None:
        self.cursor -= max(1, self.rows_per_page - 1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.articles) - 1

    def action_open(self) -> None:
        if self.articles:
            self.post_message(ArticleSelected(self.articles[self.cursor].id))

    def on_click(self, event: events.Click) -> None:
        # The offset inside the content: event.y counts the border line too.
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = (int(self.scroll_y) + offset.y) // ROW_HEIGHT
        if 0 <= index < len(self.articles):
            self.cursor = index
            self.action_open()
