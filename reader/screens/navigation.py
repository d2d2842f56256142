"""Navigation: moving between articles and sites (J and K, newsboat's n and p, ] and [, the
site picker, marking a list read); a part of MainScreen, apart for its size."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import work

from index import Article, ArticleSummary, Library, SourceCount
from reader.labels import UNKNOWN_SITE, plural
from reader.list_mode import ListMode
from reader.read_state import ReadState
from reader.reading_order import next_site_with_unread, next_unread, site_order, unread_by_site
from reader.screens.source_picker import ALL, SourcePicker


class Navigation:
    """Mixed into MainScreen, whose state it reads and whose workers it starts."""

    if TYPE_CHECKING:  # MainScreen's, declared for the type checker
        articles: list[ArticleSummary]
        read_ids: frozenset[str]
        mode: ListMode
        search_spans: tuple[tuple[int, int], ...]
        library: Library
        read_state: ReadState
        sources: list[SourceCount]
        _open_unread_next: bool
        current_article: Article | None
        app: Any

        def say(self, message: str, **options: Any) -> None: ...
        def open_article(self, article_id: str, mark_read: bool = True) -> None: ...
        def reload(self, open_first: bool = False) -> None: ...
        def _post(self, worker_callback: Callable[..., Any], *args: Any, **kwargs: Any) -> None: ...
        def _count_unread(self) -> None: ...
        def clear_search_box(self) -> None: ...

    def _current_index(self) -> int:
        current = self.current_article.id if self.current_article else None
        return next((i for i, a in enumerate(self.articles) if a.id == current), -1)

    def _step(self, delta: int) -> None:
        if not self.articles:
            return
        index = self._current_index()
        target = index + delta if index >= 0 else 0
        if not 0 <= target < len(self.articles):
            self.say("This is the last article." if delta > 0 else "This is the first article.", timeout=3)
            return
        self.open_article(self.articles[target].id)

    def action_next_article(self) -> None:
        self._step(+1)

    def action_previous_article(self) -> None:
        self._step(-1)

    def _step_unread(self, delta: int) -> None:
        """The next (or previous) unread article of the list, as newsboat's n and p; past the
        list's end, the next site that has unread articles."""
        found = next_unread(self.articles, self._current_index(), self.read_ids, delta)
        if found is not None:
            self.open_article(found.id)
        elif self.mode.query or self.mode.entity:
            self.say("No more unread articles in this list.", timeout=3)
        else:
            self.find_unread_site(delta)

    def action_next_unread(self) -> None:
        self._step_unread(+1)

    def action_previous_unread(self) -> None:
        self._step_unread(-1)

    @work(thread=True, exclusive=True, group="unread", exit_on_error=False)
    def find_unread_site(self, delta: int) -> None:
        # (A worker: counting unread articles per site lists the whole library.)
        unread = unread_by_site(self.library.articles(), self.read_state.ids)
        name = next_site_with_unread(site_order(self.sources), self.mode.site, unread, delta)
        if name is None:
            self._post(self.say, "No unread articles left.", timeout=3)
        else:
            self._post(self._go_to_unread_site, name)

    def _go_to_unread_site(self, name: str) -> None:
        self._open_unread_next = True
        self.say(f"Next site with unread articles: {name or UNKNOWN_SITE}", timeout=3)
        self._set_source(name)

    def action_mark_all_read(self) -> None:
        count = self.read_state.set_all_read([article.id for article in self.articles])
        self.read_ids = frozenset(self.read_state.ids)
        self._count_unread()
        self.say(f"Marked {plural(count, 'article')} read.", timeout=3)

    def _set_source(self, source: str | None) -> None:
        self.mode = ListMode.of_site(source)
        self.search_spans = ()
        self.clear_search_box()
        self.reload(open_first=True)

    def _cycle_source(self, delta: int) -> None:
        names = site_order(self.sources)
        if not names:
            return
        site = self.mode.site
        index = names.index(site) if site in names else -1
        self._set_source(names[(index + delta) % len(names)] if index >= 0 or delta > 0 else names[-1])

    def action_next_source(self) -> None:
        self._cycle_source(+1)

    def action_previous_source(self) -> None:
        self._cycle_source(-1)

    def action_pick_source(self) -> None:
        self.open_source_picker()

    @work(thread=True, exclusive=True, group="unread", exit_on_error=False)
    def open_source_picker(self) -> None:
        self._post(self._push_source_picker, unread_by_site(self.library.articles(), self.read_state.ids))

    def _push_source_picker(self, unread: Counter[str]) -> None:
        def picked(choice: str | None) -> None:
            if choice is not None:
                self._set_source(None if choice == ALL else choice)

        self.app.push_screen(SourcePicker(self.sources, self.mode.site, unread), picked)
