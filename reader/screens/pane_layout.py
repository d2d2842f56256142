"""PaneLayout: which panes show at which width, the sidebar and list toggles, and where focus
goes when its pane hides; a part of MainScreen, apart for its size."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.widget import Widget

from reader.widgets.article_list import ArticleList
from reader.widgets.entities_pane import EntitiesPane
from reader.widgets.reader_view import ReaderView

if TYPE_CHECKING:
    from reader.screens.main_screen import MainScreen

WIDE = 112  # below this width three panes do not fit: the sidebar takes the list's place


class PaneLayout:
    """Mixed into MainScreen, whose reactives (sidebar_visible, list_visible, narrow) it
    watches and sets."""

    if TYPE_CHECKING:  # MainScreen's, declared for the type checker
        sidebar_visible: bool
        list_visible: bool
        narrow: bool
        _sized: bool

    @property
    def _screen(self) -> MainScreen:
        return cast("MainScreen", self)

    def on_resize(self) -> None:
        self.narrow = self._screen.size.width < WIDE
        if not self._sized:  # the first layout decides; later the user's toggles rule
            self._sized = True
            self.sidebar_visible = not self.narrow

    def watch_sidebar_visible(self) -> None:
        self._lay_out()

    def watch_list_visible(self) -> None:
        self._lay_out()

    def watch_narrow(self) -> None:
        self._lay_out()

    def _lay_out(self) -> None:
        """Which panes show: three do not fit a narrow screen, so there the sidebar takes the
        list's place (the article always stays); focus moves off a pane that is hidden."""
        self._screen.set_class(not self.sidebar_visible, "-no-sidebar")
        self._screen.set_class(not self.list_visible or (self.narrow and self.sidebar_visible), "-no-list")
        self._screen.call_after_refresh(self._focus_a_shown_pane)

    def _is_shown(self, widget: Widget) -> bool:
        return all(node.display for node in widget.ancestors_with_self if node is not self)

    def _focus_a_shown_pane(self) -> None:
        focused = self._screen.focused
        if focused is not None and self._is_shown(focused):
            return
        panes = (
            self._screen.query_one(ArticleList),
            self._screen.query_one(EntitiesPane),
            self._screen.query_one(ReaderView),
        )
        shown = [pane for pane in panes if self._is_shown(pane)]
        if shown:
            shown[0].focus()

    def action_toggle_sidebar(self) -> None:
        self.sidebar_visible = not self.sidebar_visible

    def action_toggle_list(self) -> None:
        self.list_visible = not self.list_visible

    def _focus_list(self) -> None:
        article_list = self._screen.query_one(ArticleList)
        if self._is_shown(article_list):
            article_list.focus()
        else:
            self._screen.set_focus(None)
            self._focus_a_shown_pane()
