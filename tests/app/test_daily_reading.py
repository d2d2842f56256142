"""The app for daily reading (issue 16): layout at every size, the list's rows, the search box,
the site picker, colours and themes, and the rough edges, each through Pilot."""

from __future__ import annotations

import json

import pytest
from textual.color import Color
from textual.theme import BUILTIN_THEMES
from textual.widgets import OptionList

from reader.app import ReaderApp
from reader.labels import ENTITY_COLOURS, ENTITY_COLOURS_LIGHT
from reader.screens.source_picker import SourcePicker
from reader.settings import DARK_THEMES, LIGHT_THEMES, OFFERED_THEMES
from reader.widgets.article_list import ArticleList
from reader.widgets.entities_pane import EntitiesPane
from reader.widgets.reader_view import ReaderView
from reader.widgets.related_pane import RelatedPane
from reader.widgets.search_bar import SearchBar
from reader.widgets.status_bar import StatusBar
from tests.app.test_pilot import main, settle


def _shown(app: ReaderApp, selector: str) -> bool:
    widget = app.query_one(selector)
    return all(node.display for node in widget.ancestors_with_self if node is not app.screen)


def _focused_is_shown(app: ReaderApp) -> bool:
    focused = app.focused
    return focused is not None and all(node.display for node in focused.ancestors_with_self)


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 35), (160, 48), (220, 60)])
async def test_the_layout_stays_whole_with_and_without_the_sidebar(make_app, size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        wide = size[0] >= 112
        assert _shown(app, "#reader") and _shown(app, "#articles")
        assert _shown(app, "#sidebar") == wide
        for _ in range(2):  # sidebar toggled on and off again
            await pilot.press("b")
            await pilot.pause()
            await pilot.pause()
            assert _shown(app, "#reader"), "the article never vanishes"
            sidebar = _shown(app, "#sidebar")
            # Narrow: the sidebar takes the list's place; wide: the three fit.
            assert _shown(app, "#articles") == (wide or not sidebar)
            assert _focused_is_shown(app), app.focused
            for pane in ("#articles", "#reader", "#sidebar"):
                if _shown(app, pane):
                    assert app.query_one(pane).size.width >= 20, pane


async def test_e_on_a_narrow_screen_shows_the_sidebar_and_focuses_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.pause()
        assert _shown(app, "#sidebar") and not _shown(app, "#articles")
        assert app.focused is app.query_one(EntitiesPane)
        await pilot.press("b")  # back to the list
        await pilot.pause()
        await pilot.pause()
        assert _shown(app, "#articles") and _focused_is_shown(app)


@pytest.mark.parametrize(("size", "title_cells"), [((80, 24), 20), ((100, 30), 30)])
async def test_titles_get_the_list_s_width_and_are_cut_with_an_ellipsis(make_app, size, title_cells) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        listing = app.query_one(ArticleList)
        screen = main(app)
        for row, article in enumerate(screen.articles[: listing.rows_per_page]):
            title_line = listing.render_line(2 * row).text.rstrip()
            meta_line = listing.render_line(2 * row + 1).text
            shown = title_line[2:]
            assert len(shown) >= min(title_cells, len(article.title)), (shown, article.title)
            if len(article.title) > len(shown):
                assert shown.endswith("…")
            assert "·" in meta_line  # site · date on the second line


async def test_a_click_opens_the_row_clicked(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(150, 45)) as pilot:
        await settle(pilot)
        screen = main(app)
        listing = app.query_one(ArticleList)
        last = min(len(screen.articles), listing.rows_per_page) - 1
        for index in (1, last):
            # +1: the pane's top border line
            await pilot.click(ArticleList, offset=(4, 1 + 2 * index + 1))
            await settle(pilot)
            assert screen.current_article is not None
            assert screen.current_article.id == screen.articles[index].id


async def test_escape_in_the_search_box_gives_the_keys_back_to_the_list(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(150, 45)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert app.focused is app.query_one(SearchBar)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is app.query_one(ArticleList)
        await pilot.press("j")
        assert app.query_one(SearchBar).value == ""
        assert app.query_one(ArticleList).cursor == 1


async def test_a_query_that_cannot_be_understood_leaves_list_and_status_as_they_were(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(150, 45)) as pilot:
        await settle(pilot)
        screen = main(app)
        before = list(screen.articles)
        await pilot.press("slash", *"date:banana", "enter")
        await settle(pilot)
        assert screen.articles == before
        assert screen.mode.query == ""  # the status bar says what the list shows
        assert "date:banana" not in str(app.query_one(StatusBar).render())
        assert any("date:banana" in n.message for n in app._notifications)


async def test_a_search_with_no_hits_says_so(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(150, 45)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zzyzzyva", "enter")
        await settle(pilot)
        assert main(app).articles == []
        assert any(n.message == "No article matches zzyzzyva." for n in app._notifications)


async def test_the_site_picker_moves_with_j_k_filters_by_typing_and_counts_unread(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(150, 45)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, SourcePicker)
        options = picker.query_one(OptionList)
        assert "unread" in str(options.get_option_at_index(1).prompt)
        start = options.highlighted or 0
        await pilot.press("j")
        assert options.highlighted == start + 1
        await pilot.press("k")
        assert options.highlighted == start
        await pilot.press(*"wtsn")  # letters in order: watson
        await pilot.pause()
        assert options.option_count == 1 and "watson" in str(options.get_option_at_index(0).prompt)
        await pilot.press("escape")  # clears the filter first
        await pilot.pause()
        assert isinstance(app.screen, SourcePicker) and options.option_count > 1
        await pilot.press(*"wtsn", "enter")
        await settle(pilot)
        assert main(app).mode.site == "watson"


async def test_g_and_capital_g_move_in_the_article_and_the_side_panes(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(150, 24)) as pilot:
        await settle(pilot)
        screen = main(app)
        longest = max(screen.articles, key=lambda a: len(app.library.get(a.id).body))  # type: ignore[union-attr]
        screen.open_article(longest.id)
        await settle(pilot)
        view = app.query_one(ReaderView)
        view.focus()
        await pilot.press("G")
        await pilot.pause(0.5)
        assert view.scroll_y > 0
        await pilot.press("g")
        await pilot.pause(0.5)
        assert view.scroll_y == 0
        entities = app.query_one(EntitiesPane)
        entities.focus()
        await pilot.press("G")
        assert entities.highlighted == entities.option_count - 1


async def test_the_palette_re_index_command_re_indexes(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(150, 45)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"re-index the library")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert any(n.message.startswith("Re-indexed:") for n in app._notifications), [
            n.message for n in app._notifications
        ]


async def test_related_articles_say_how_strongly(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(150, 45)) as pilot:
        await settle(pilot)
        pane = app.query_one(RelatedPane)
        prompts = [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]
        assert prompts and all(
            any(w in p for w in ("strong", "related", "weak")) and "%" in p for p in prompts
        )


async def test_the_theme_is_kept_and_offered_themes_only(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(150, 45)) as pilot:
        await settle(pilot)
        assert set(app.available_themes) == set(OFFERED_THEMES)
        app.theme = "solarized-light"
        await pilot.pause()
        settings = json.loads((app.library.home / "settings.json").read_text())
        assert settings == {"theme": "solarized-light"}
    again = ReaderApp(app.library, app.read_state)
    async with again.run_test(size=(150, 45)) as pilot:
        await settle(pilot)
        assert again.theme == "solarized-light"


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        value_ = value / 255
        return value_ / 12.92 if value_ <= 0.03928 else ((value_ + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(one: Color, other: Color) -> float:
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", OFFERED_THEMES)
def test_entity_colours_read_at_4_5_to_1_on_every_offered_theme(theme: str) -> None:
    spec = BUILTIN_THEMES[theme]
    default = "#121212" if spec.dark else "#efefef"
    # Text stands on the screen's background or a pane's surface.
    backgrounds = [Color.parse(c) for c in (spec.background or default, spec.surface) if c]
    colours = ENTITY_COLOURS if theme in DARK_THEMES else ENTITY_COLOURS_LIGHT
    assert (theme in DARK_THEMES) == spec.dark and (theme in LIGHT_THEMES) == (not spec.dark)
    for code, hex_colour in colours.items():
        colour = Color.parse(hex_colour)
        for background in backgrounds:
            assert contrast(colour, background) >= 4.5, (theme, code, background.hex)


async def test_a_screenshot_is_saved_in_the_data_directory_or_says_why_not(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.action_screenshot("shot.svg")
        assert (app.library.home / "screenshots" / "shot.svg").exists()
        blocker = app.library.home / "not-a-folder"
        blocker.write_text("")
        app.action_screenshot("shot.svg", str(blocker))
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Screenshot saved:") for m in messages), messages
        assert any(m.startswith("Screenshot not saved in") and ":" in m[24:] for m in messages)


async def test_an_article_deleted_and_re_indexed_leaves_the_screen(make_app, tmp_path) -> None:
    import shutil as shutil_

    app = make_app()
    folder = tmp_path / "mine"
    folder.mkdir()
    doomed = folder / "doomed.txt"
    doomed.write_text(
        "Un article bientôt supprimé du disque\n\nCe texte assez long pour faire un article complet disparaîtra "
        "du dossier pendant que le lecteur le lit encore à l'écran.\n",
        "utf-8",
    )
    app.library.ingest([folder], entities=False)
    async with app.run_test(size=(150, 45)) as pilot:
        await settle(pilot)
        screen = main(app)
        target = next(a for a in screen.articles if a.path == str(doomed))
        screen.open_article(target.id)
        await settle(pilot)
        assert screen.current_article is not None and screen.current_article.id == target.id
        shutil_.rmtree(folder)
        screen.action_reindex()
        await settle(pilot)
        assert screen.current_article is None
        assert any(n.message == "The open article is no longer in the library." for n in app._notifications)
