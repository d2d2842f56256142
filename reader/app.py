"""ReaderApp: the Textual app; it holds the library and read state and shows the main screen."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding, BindingType

from index import DataFiles, Library, printable
from reader.commands import ReaderCommands
from reader.read_state import ReadState
from reader.screens.help_screen import HelpScreen
from reader.screens.main_screen import MainScreen
from reader.settings import OFFERED_THEMES, Settings
from reader.widgets.article_list import ArticleList
from reader.widgets.entities_pane import EntitiesPane
from reader.widgets.reader_view import ReaderView
from reader.widgets.related_pane import RelatedPane
from reader.widgets.search_bar import SearchBar


class ReaderApp(App[None]):
    CSS_PATH = "styles/reader.tcss"
    TITLE = "reader"
    SUB_TITLE = "news library"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Keys", id="app.help"),
    ]

    def __init__(self, library: Library, read_state: ReadState | None = None) -> None:
        super().__init__()
        self.library = library
        self.read_state = read_state or ReadState(library.home)
        self.settings = Settings(library.home)
        for name in list(self.available_themes):
            if name not in OFFERED_THEMES:
                self.unregister_theme(name)
        self.theme = self.settings.theme

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.library, self.read_state)

    def watch_theme(self, theme: str) -> None:
        problem = self.settings.save_theme(theme)
        if problem:
            self.notify(printable(problem), severity="warning", markup=False)

    @property
    def dark(self) -> bool:
        """Whether the theme is dark: entity colours follow it."""
        return self.current_theme.dark

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Save an SVG of the screen in the data directory's screenshots folder, and say where
        (Textual's own says "Failed to save screenshot" with no reason)."""
        folder = Path(path) if path else DataFiles(self.library.home).screenshots
        try:
            folder.mkdir(parents=True, exist_ok=True)
            saved = self.save_screenshot(filename, str(folder))
        except OSError as error:
            message = f"Screenshot not saved in {folder}: {error.strerror or error}"
            self.notify(printable(message), severity="error", markup=False)
            return
        self.notify(printable(f"Screenshot saved: {saved}"), markup=False)

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(key_sections()))


def key_sections() -> list[tuple[str, list[BindingType]]]:
    """Every key of the main screen, by where it works: the help screen shows these, and a
    test checks that the README's key table says the same."""
    return [
        ("Anywhere", [*MainScreen.BINDINGS, *ReaderApp.BINDINGS]),
        ("Article list", ArticleList.BINDINGS),
        ("Reader view", ReaderView.BINDINGS),
        ("Side panes", [*EntitiesPane.BINDINGS, *RelatedPane.BINDINGS]),
        ("Search box", SearchBar.BINDINGS),
        (
            "Textual",
            [
                Binding("tab", "", "Next pane"),
                Binding("shift+tab", "", "Previous pane"),
                Binding("ctrl+p", "", "Command palette: re-index, sites, panes, theme"),
            ],
        ),
    ]
