"""MainScreen: composes the panes, owns what is shown, and runs every library call in a worker."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header
from textual.worker import NoActiveWorker, Worker, WorkerState, get_current_worker

from index import (
    DEBUG_VARIABLE,
    Article,
    ArticleSummary,
    IngestOptions,
    Library,
    QueryError,
    ReaderError,
    Related,
    SourceCount,
    printable,
)
from reader.list_mode import ListMode
from reader.messages import ArticleSelected, EntityChosen, SearchCleared, SearchSubmitted
from reader.read_state import ReadState
from reader.screens import web_actions
from reader.screens.add_feed import AddFeedScreen
from reader.screens.navigation import Navigation
from reader.screens.pane_layout import PaneLayout
from reader.widgets.article_list import ArticleList
from reader.widgets.entities_pane import EntitiesPane
from reader.widgets.reader_view import ReaderView
from reader.widgets.related_pane import RelatedPane
from reader.widgets.search_bar import SearchBar
from reader.widgets.status_bar import StatusBar

SEARCH_LIMIT = 1000
FIRST_PAGE = 200  # rows shown while the whole list of a large library is read


class MainScreen(PaneLayout, Navigation, Screen[None]):
    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="main.search"),
        Binding("n", "next_unread", "Next unread", id="main.next_unread"),
        Binding("p", "previous_unread", "Previous unread", id="main.previous_unread"),
        Binding("J", "next_article", "Next article", show=False, id="main.next"),
        Binding("K", "previous_article", "Previous article", show=False, id="main.previous"),
        Binding("A", "mark_all_read", "Mark all read", show=False, id="main.mark_all_read"),
        Binding("right_square_bracket", "next_source", "Next site", id="main.next_source"),
        Binding(
            "left_square_bracket", "previous_source", "Previous site", show=False, id="main.previous_source"
        ),
        Binding("s", "pick_source", "Pick site", id="main.pick_source"),
        Binding("e", "focus_entities", "Entities", id="main.entities"),
        Binding("r", "focus_related", "Related", id="main.related"),
        Binding("u", "toggle_read", "Read/unread", id="main.toggle_read"),
        Binding("o", "open_in_browser", "Open in browser", show=False, id="main.open_in_browser"),
        Binding("R", "fetch_feeds", "Fetch feeds", show=False, id="main.fetch_feeds"),
        Binding("b", "toggle_sidebar", "Show/hide sidebar", show=False, id="main.toggle_sidebar"),
        Binding("L", "toggle_list", "Show/hide article list", show=False, id="main.toggle_list"),
        Binding("ctrl+r", "refresh", "Refresh the list", show=False, id="main.refresh"),
        Binding("escape", "back_to_all", "Clear search and filters", show=False, id="main.back"),
    ]

    articles: reactive[list[ArticleSummary]] = reactive(list, always_update=True)
    current_article: reactive[Article | None] = reactive(None)
    related: reactive[list[Related]] = reactive(list, always_update=True)
    read_ids: reactive[frozenset[str]] = reactive(frozenset, always_update=True)
    search_spans: reactive[tuple[tuple[int, int], ...]] = reactive(tuple)
    mode: reactive[ListMode] = reactive(ListMode)
    sidebar_visible: reactive[bool] = reactive(True)
    list_visible: reactive[bool] = reactive(True)
    narrow: reactive[bool] = reactive(False)  # too narrow for list, article and sidebar side by side

    def __init__(self, library: Library, read_state: ReadState) -> None:
        super().__init__()
        self.library = library
        self.read_state = read_state
        self.sources: list[SourceCount] = []
        self.total = 0
        self._sized = False
        self._list_partial = False  # showing only the newest page of the list
        self._open_unread_next = False  # the next list opens its first unread article (n, p)
        self._mode_before_search = ListMode()  # back to it when a query cannot be understood

    def compose(self) -> ComposeResult:
        yield Header()
        yield SearchBar(id="search")
        with Horizontal(id="panes"):
            article_list = ArticleList(id="articles").data_bind(
                MainScreen.articles, MainScreen.read_ids, current_article=MainScreen.current_article
            )
            article_list.border_title = "Articles"
            yield article_list
            view = ReaderView(id="reader").data_bind(
                article=MainScreen.current_article, search_spans=MainScreen.search_spans
            )
            view.border_title = "Article"
            yield view
            with Vertical(id="sidebar"):
                entities = EntitiesPane(id="entities").data_bind(article=MainScreen.current_article)
                entities.border_title = "Entities"
                yield entities
                related = RelatedPane(id="related").data_bind(MainScreen.related)
                related.border_title = "Related"
                yield related
        yield StatusBar(id="status").data_bind(MainScreen.mode)
        yield Footer()

    def on_mount(self) -> None:
        self.read_ids = frozenset(self.read_state.ids)
        if self.read_state.problem:
            self.say(self.read_state.problem, severity="warning", timeout=8)
        self.query_one(ArticleList).focus()
        self.reload(open_first=True)

    # -- workers: every library call runs off the event loop; failures are reported by the
    # app's one Worker.StateChanged handler --------------------------------------------------

    def say(self, message: str, **options: Any) -> None:
        """A notification whose text is data: never markup, never an escape sequence."""
        self.notify(printable(message), markup=False, **options)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Every worker's failure, said in one line: a ReaderError as its message, anything
        else as an internal error (the app goes on; nothing is shown as a traceback)."""
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        if isinstance(error, ReaderError):
            title = "Search" if isinstance(error, QueryError) else "Library"
            self.say(error.message, title=title, severity="error", timeout=15)
            if isinstance(error, QueryError) and event.worker.group == "list":
                # The list still shows what it showed: so must the status bar.
                self.mode = self._mode_before_search
                self.query_one(StatusBar).loading = False
        else:
            message = f"internal error: {type(error).__name__}: {error} (run with {DEBUG_VARIABLE}=1)"
            self.say(message, title="reader", severity="error", timeout=15)

    def _post(self, worker_callback: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """Hand a result to the UI thread unless a newer worker has replaced this one. From a
        thread the worker started itself (the fetcher's pool, telling progress) there is no
        worker to ask, and the call is handed on."""
        try:
            cancelled = get_current_worker().is_cancelled
        except NoActiveWorker:
            cancelled = False
        if not cancelled:
            self.app.call_from_thread(worker_callback, *args, **kwargs)

    def reload(self, open_first: bool = False) -> None:
        """Fill the list for the current search or filter (in a worker)."""
        self.load_list(self.mode, open_first)

    @work(thread=True, exclusive=True, group="list", exit_on_error=False)
    def load_list(self, mode: ListMode, open_first: bool) -> None:
        library = self.library
        if mode.query:
            results = library.search(
                mode.query, limit=SEARCH_LIMIT, snippets=False, source=mode.site, entity=mode.entity
            )
            articles, hits = [hit.article for hit in results.hits], (results.total, results.estimated)
        elif mode.entity:
            articles, hits = library.articles_with(mode.entity), (0, False)
        else:
            if open_first:
                # The newest page, and its first article, before the whole list: a large
                # library takes a second to list. The rest is loaded once the article is open.
                page = library.articles(source=mode.site, limit=FIRST_PAGE)
                if page:
                    self._post(self._show_list, page, (0, False), self.sources, len(library), True, True)
                    return
            articles, hits = library.articles(source=mode.site), (0, False)
        self._post(self._show_list, articles, hits, library.sources(), len(library), open_first)

    def _show_list(
        self,
        articles: list[ArticleSummary],
        hits: tuple[int, bool],
        sources: list[SourceCount],
        total: int,
        open_first: bool,
        partial: bool = False,
    ) -> None:
        self._list_partial = partial
        self.sources, self.total = sources, total
        self.articles = articles
        status = self.query_one(StatusBar)
        status.loading = False
        status.shown, status.total = len(articles), total
        status.hits, status.hits_estimated = hits
        self._count_unread()
        if not partial and self.mode.is_everything:
            self._forget_vanished_article(articles)
        if self._open_unread_next and articles:
            self._open_unread_next = False
            first_unread = next((a for a in articles if a.id not in self.read_ids), articles[0])
            self.open_article(first_unread.id)
        elif open_first and articles:
            # Shown, not read: an article becomes read when the user opens it.
            self.open_article(articles[0].id, mark_read=False)
        if self.mode.query and not articles:
            self.say(f"No article matches {self.mode.query}.", title="Search", timeout=5)

    def _forget_vanished_article(self, articles: list[ArticleSummary]) -> None:
        """Deleted from disk and re-indexed: the open article is no longer in the library."""
        current = self.current_article
        if current is not None and all(article.id != current.id for article in articles):
            self.current_article = None
            self.related = []
            self.say("The open article is no longer in the library.", severity="warning", timeout=5)

    def open_article(self, article_id: str, mark_read: bool = True) -> None:
        self.load_article(article_id, self.mode.query, mark_read)

    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def load_article(self, article_id: str, query: str, mark_read: bool) -> None:
        article = self.library.get(article_id)
        if article is None:
            self._post(self.say, "That article is no longer in the library.", severity="warning")
            self._post(self._complete_list)
            return
        spans = tuple(self.library.match_spans(query, article.body)) if query else ()
        self._post(self._show_article, article, spans, mark_read)
        related = self.library.related(article_id, limit=8)
        self._post(self._show_related, related)

    def _show_article(self, article: Article, spans: tuple[tuple[int, int], ...], mark_read: bool) -> None:
        self.search_spans = spans
        self.current_article = article
        self.related = []
        if mark_read:
            self._set_read(article.id, True)
        self._complete_list()

    def _complete_list(self) -> None:
        """Load the whole list after a first page (see load_list)."""
        if self._list_partial:
            self._list_partial = False
            self.reload()

    def _show_related(self, related: list[Related]) -> None:
        self.related = related

    def action_reindex(self) -> None:
        self.reindex_library()

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def reindex_library(self) -> None:
        roots = self.library.roots()
        if not roots:
            self._post(self.say, "Nothing to re-index yet: run `reader PATH` first.", severity="warning")
            return
        self._post(self.say, f"Re-indexing {len(roots)} folder(s)…", timeout=3)
        report = self.library.ingest(roots, IngestOptions(parallel=False))
        summary = f"{len(report.added)} added, {len(report.updated)} updated, {len(report.removed)} removed"
        self._post(self.say, f"Re-indexed: {summary}, {len(report.skipped)} skipped")
        self._post(self.reload)

    # -- messages from the panes -----------------------------------------------------------

    @on(ArticleSelected)
    def _article_selected(self, message: ArticleSelected) -> None:
        self.open_article(message.article_id)

    @on(SearchSubmitted)
    def _search_submitted(self, message: SearchSubmitted) -> None:
        # A search runs inside the site or entity the list shows (the status bar says both).
        self._mode_before_search = self.mode
        self.mode = self.mode.searching(message.query)
        self.query_one(StatusBar).loading = True
        self.reload(open_first=True)
        self._focus_list()

    @on(SearchCleared)
    def _search_cleared(self) -> None:
        self.action_back_to_all()

    @on(EntityChosen)
    def _entity_chosen(self, message: EntityChosen) -> None:
        self.mode = ListMode.naming(message.name)
        self.search_spans = ()
        self.reload()
        self._focus_list()

    # -- actions ---------------------------------------------------------------------------

    def action_focus_search(self) -> None:
        self.query_one(SearchBar).focus()

    def action_focus_entities(self) -> None:
        self.sidebar_visible = True
        self.query_one(EntitiesPane).focus()

    def action_focus_related(self) -> None:
        self.sidebar_visible = True
        self.query_one(RelatedPane).focus()

    def action_toggle_read(self) -> None:
        if self.current_article is not None:
            article_id = self.current_article.id
            self._set_read(article_id, not self.read_state.is_read(article_id))

    def _set_read(self, article_id: str, read: bool) -> None:
        self.read_state.set_read(article_id, read)
        self.read_ids = frozenset(self.read_state.ids)
        self._count_unread()
        if self.read_state.problem:
            self.say(self.read_state.problem, severity="error")
            self.read_state.problem = None

    def _count_unread(self) -> None:
        self.query_one(StatusBar).unread = sum(1 for a in self.articles if a.id not in self.read_state.ids)

    # -- the web (jobs in web_actions, run in thread workers) -------------------------------

    def _web_job(self, job: Callable[..., None], *args: Any, group: str = "web") -> None:
        self.run_worker(
            partial(job, self, *args), thread=True, exclusive=True, group=group, exit_on_error=False
        )

    def action_fetch_feeds(self) -> None:
        self._web_job(web_actions.fetch_feeds)

    def action_add_feed(self) -> None:
        def chosen(address: str | None) -> None:
            if address:
                self._web_job(web_actions.add_feed, address)

        self.app.push_screen(AddFeedScreen(), chosen)

    def action_open_in_browser(self) -> None:
        url = self.current_article.url if self.current_article is not None else ""
        if not url.startswith(("http://", "https://")):
            self.say("This article has no web address to open.", severity="warning")
            return
        self._web_job(web_actions.open_page, url, group="browser")

    def action_refresh(self) -> None:
        self.say("Refreshing the list…", timeout=2)
        self.reload()

    def action_back_to_all(self) -> None:
        # Focus leaves the search box in any case: the next "j" moves the list, never types.
        self._focus_list()
        if self.mode.is_everything:
            return
        self.mode = ListMode()
        self.search_spans = ()
        self.query_one(SearchBar).value = ""
        self.reload()

    def clear_search_box(self) -> None:
        self.query_one(SearchBar).value = ""
