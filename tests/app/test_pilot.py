"""Every key of the app, driven through Pilot on the fixture library; assertions on state and panes."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable

from rich.console import Console
from rich.style import Style
from textual.pilot import Pilot
from textual.widgets import OptionList
from textual.worker import WorkerCancelled, WorkerFailed

from reader.app import ReaderApp
from reader.list_mode import ListMode
from reader.messages import EntityChosen
from reader.screens.help_screen import HelpScreen, bindings_table
from reader.screens.main_screen import MainScreen
from reader.screens.source_picker import SourcePicker
from reader.widgets.article_list import ArticleList
from reader.widgets.entities_pane import EntitiesPane
from reader.widgets.reader_view import ReaderView
from reader.widgets.related_pane import RelatedPane
from reader.widgets.search_bar import SearchBar
from reader.widgets.status_bar import StatusBar
from tests.corpus import write_corpus

SIZE = (150, 45)


async def settle(pilot: Pilot) -> None:
    """Let workers finish and the UI catch up with their results."""
    for _ in range(3):
        # A newer exclusive worker cancels a stale one (the whole list after a first page):
        # expected. A failed worker is reported by the screen's handler, which tests check.
        with contextlib.suppress(WorkerCancelled, WorkerFailed):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def main(app: ReaderApp) -> MainScreen:
    screen = app.screen
    assert isinstance(screen, MainScreen), screen
    return screen


async def test_start_lists_every_article_and_opens_the_newest(make_app: Callable[[], ReaderApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        assert len(screen.articles) == 11
        dates = [a.date.replace(tzinfo=None) for a in screen.articles if a.date]
        assert len(set(dates)) >= 5 and dates == sorted(dates, reverse=True)
        assert all(a.date is None for a in screen.articles[len(dates) :])  # undated last
        assert screen.current_article is not None and screen.current_article.id == screen.articles[0].id
        assert screen.current_article.entities
        assert app.focused is app.query_one(ArticleList)
        status = app.query_one(StatusBar)
        assert status.shown == 11 and status.total == 11


async def test_search_shows_hits_opens_the_first_and_escape_returns(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, SearchBar)
        await pilot.press(*"lavrov", "enter")
        await settle(pilot)
        screen = main(app)
        assert [a.source for a in screen.articles] == ["Dagens.fr"]
        assert screen.current_article is not None and screen.current_article.source == "Dagens.fr"
        view = app.query_one(ReaderView)
        spans = view.search_spans
        assert spans and all(screen.current_article.body[s:e].lower() == "lavrov" for s, e in spans)
        assert app.query_one(StatusBar).hits == 1
        await pilot.press("escape")
        await settle(pilot)
        assert len(screen.articles) == 11 and screen.mode.query == ""
        assert app.query_one(SearchBar).value == ""


async def test_escape_in_the_search_box_clears_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"coree", "enter")
        await settle(pilot)
        assert len(main(app).articles) < 11
        await pilot.press("slash", "escape")
        await settle(pilot)
        assert len(main(app).articles) == 11


async def test_malformed_query_shows_a_message_in_the_app(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"date:[hier TO demain]", "enter")
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("dates are written" in m for m in messages), messages
        assert len(main(app).articles) == 11  # the list is left as it was


async def test_a_message_that_quotes_the_user_is_shown_as_text_not_markup(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"date:[b]oui[/b]", "enter")
        await settle(pilot)
        said = [n for n in app._notifications if "date:[b]oui[/b]" in n.message]
        assert said and all(not n.markup for n in said)


async def test_list_keys_move_and_enter_opens(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing = app.query_one(ArticleList)
        await pilot.press("j", "j", "down")
        assert listing.cursor == 3
        await pilot.press("k")
        assert listing.cursor == 2
        await pilot.press("enter")
        await settle(pilot)
        screen = main(app)
        assert screen.current_article is not None and screen.current_article.id == screen.articles[2].id
        await pilot.press("G")
        assert listing.cursor == 10
        await pilot.press("g")
        assert listing.cursor == 0


async def test_capital_j_and_k_open_next_and_previous_from_anywhere(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        app.query_one(ReaderView).focus()
        await pilot.press("J")
        await settle(pilot)
        assert screen.current_article.id == screen.articles[1].id  # type: ignore[union-attr]
        await pilot.press("J", "J")
        await settle(pilot)
        assert screen.current_article.id == screen.articles[3].id  # type: ignore[union-attr]
        await pilot.press("K")
        await settle(pilot)
        assert screen.current_article.id == screen.articles[2].id  # type: ignore[union-attr]
        assert app.query_one(ArticleList).cursor == 2


async def test_unread_workflow_read_on_open_n_p_and_mark_all(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        # Shown at start is not read: only opening reads.
        assert screen.current_article.id == screen.articles[0].id  # type: ignore[union-attr]
        assert screen.read_ids == frozenset()
        await pilot.press("n")
        await settle(pilot)
        assert screen.current_article.id == screen.articles[1].id  # type: ignore[union-attr]
        assert screen.articles[1].id in screen.read_ids
        await pilot.press("p")  # the previous unread: the first article, shown but never read
        await settle(pilot)
        assert screen.current_article.id == screen.articles[0].id  # type: ignore[union-attr]
        await pilot.press("A")
        await settle(pilot)
        assert screen.read_ids == frozenset(a.id for a in screen.articles)
        assert app.query_one(StatusBar).unread == 0
        messages = [n.message for n in app._notifications]
        assert any(f"Marked {len(screen.articles) - 2} articles read." == m for m in messages), messages
        await pilot.press("n")
        await settle(pilot)
        assert any(n.message == "No unread articles left." for n in app._notifications)


async def test_n_past_the_end_of_a_site_goes_to_the_next_site_with_unread(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        first_site = screen.mode.site
        await pilot.press("A")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert screen.mode.site not in (None, first_site)
        current = screen.current_article
        assert current is not None and current.source == screen.mode.site
        assert current.id in screen.read_ids


async def test_brackets_jump_between_sites(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        first = screen.mode.site
        assert first and {a.source for a in screen.articles} == {first}
        assert screen.current_article is not None and screen.current_article.source == first
        await pilot.press("right_square_bracket")
        await settle(pilot)
        second = screen.mode.site
        assert second != first and {a.source for a in screen.articles} == {second}
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert screen.mode.site == first
        await pilot.press("escape")
        await settle(pilot)
        assert screen.mode.site is None and len(screen.articles) == 11


async def test_s_picks_a_site_from_a_list(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SourcePicker)
        picker = app.screen.query_one(OptionList)
        labels = [str(picker.get_option_at_index(i).prompt) for i in range(picker.option_count)]
        target = next(i for i, label in enumerate(labels) if label.startswith("Le Quotidien"))
        picker.highlighted = target
        await pilot.press("enter")
        await settle(pilot)
        screen = main(app)
        assert screen.mode.site == "Le Quotidien"
        assert {a.source for a in screen.articles} == {"Le Quotidien"} and len(screen.articles) == 2


async def test_tab_cycles_panes_and_e_r_focus_the_side_panes(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, ArticleList)
        await pilot.press("tab")
        assert isinstance(app.focused, ReaderView)
        await pilot.press("tab")
        assert isinstance(app.focused, EntitiesPane)
        await pilot.press("tab")
        assert isinstance(app.focused, RelatedPane)
        await pilot.press("shift+tab", "shift+tab", "shift+tab")
        assert isinstance(app.focused, ArticleList)
        await pilot.press("e")
        assert isinstance(app.focused, EntitiesPane)
        await pilot.press("r")
        assert isinstance(app.focused, RelatedPane)


async def test_choosing_an_entity_filters_the_list(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        seed = next(a for a in screen.articles if a.source == "Dagens.fr")
        screen.open_article(seed.id)
        await settle(pilot)
        await pilot.press("e")
        pane = app.query_one(EntitiesPane)
        ids = [pane.get_option_at_index(i).id for i in range(pane.option_count)]
        pane.highlighted = next(
            i for i, option_id in enumerate(ids) if option_id and "Kim Jong Un" in option_id
        )
        await pilot.press("enter")
        await settle(pilot)
        assert screen.mode.entity == "Kim Jong Un"
        assert len(screen.articles) == 5 and all("/seeds/" in a.path for a in screen.articles)
        await pilot.press("escape")
        await settle(pilot)
        assert screen.mode.entity is None and len(screen.articles) == 11


async def test_a_search_inside_an_entity_filter_searches_only_its_articles(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        everywhere = {hit.article.id for hit in app.library.search("corée", limit=None)}
        naming = {a.id for a in app.library.articles_with("Kim Jong Un")}
        assert everywhere - naming and everywhere & naming  # the filter must make a difference
        screen.post_message(EntityChosen("Kim Jong Un"))
        await settle(pilot)
        await pilot.press("slash", *"corée", "enter")
        await settle(pilot)
        assert screen.mode == ListMode(query="corée", entity="Kim Jong Un")
        assert {a.id for a in screen.articles} == everywhere & naming
        status = app.query_one(StatusBar)
        assert status.hits == len(everywhere & naming)
        rendered = status.render().plain
        assert "for corée" in rendered and "naming: Kim Jong Un" in rendered
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert screen.mode == ListMode() and len(screen.articles) == 11


async def test_choosing_a_related_article_opens_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        seed = next(a for a in screen.articles if a.source == "Dagens.fr")
        screen.open_article(seed.id)
        await settle(pilot)
        assert screen.related and all(r.article.id != seed.id for r in screen.related)
        scores = [r.score for r in screen.related]
        assert scores == sorted(scores, reverse=True)
        # The best is other coverage of the same story: a seed sharing named entities.
        assert "/seeds/" in screen.related[0].article.path and screen.related[0].reasons.entities
        target = screen.related[0].article.id
        await pilot.press("r", "enter")
        await settle(pilot)
        assert screen.current_article is not None and screen.current_article.id == target


async def test_u_toggles_read_and_it_persists(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        article_id = screen.current_article.id  # type: ignore[union-attr]
        assert article_id not in screen.read_ids  # shown at start, not yet read
        await pilot.press("u")
        assert article_id in screen.read_ids
        await pilot.press("u")
        assert article_id not in screen.read_ids
        await pilot.press("u")
        assert article_id in screen.read_ids
        state = json.loads((app.library.home / "read-state.json").read_text())
        assert article_id in state["read"]
    again = ReaderApp(app.library, None)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert article_id in main(again).read_ids


async def test_a_corrupt_read_state_file_is_reported_not_fatal(make_app) -> None:
    app = make_app()
    (app.library.home / "read-state.json").write_text("{not json")
    fresh = ReaderApp(app.library, None)
    async with fresh.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("read/unread state" in n.message for n in fresh._notifications)
        assert len(main(fresh).articles) == 11


async def test_help_screen_lists_every_key_and_escape_closes_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        console = Console(record=True, width=120)
        console.print(bindings_table(app.screen.sections))
        text = console.export_text()
        for description in (
            "Search",
            "Next article",
            "Next site",
            "Pick site",
            "Entities",
            "Related",
            "Read/unread",
        ):
            assert description in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_command_palette_has_the_app_commands(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"toggle the sidebar")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert main(app).sidebar_visible is False
        assert not app.query_one("#sidebar").display


async def test_q_quits(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_small_terminal_hides_the_sidebar_and_b_shows_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = main(app)
        assert screen.sidebar_visible is False
        assert app.query_one(ArticleList).size.width >= 28 and app.query_one(ReaderView).size.width >= 38
        await pilot.press("b")
        assert screen.sidebar_visible is True
        await pilot.press("L")
        assert screen.list_visible is False


async def test_markup_and_escapes_in_articles_show_literally(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        hostile = next(a for a in screen.articles if "piégé" in a.title)
        screen.open_article(hostile.id)
        await settle(pilot)
        rendered = app.query_one(ReaderView).render_article().plain
        assert "[bold red]piégé[/]" in rendered and "[@click=app.quit]un clic[/]" in rendered
        assert "\x1b" not in rendered
        # Textual runs a click action only from a style's meta: the text carries none, and
        # none of the markup's styles.
        text = app.query_one(ReaderView).render_article()
        styles = [span.style for span in text.spans]
        assert not any(isinstance(style, Style) and (style.meta or style.link) for style in styles)
        assert "bold red" not in {str(style) for style in styles}


async def test_a_damaged_index_is_reported_in_the_app(make_app) -> None:
    app = make_app()
    segment = next((app.library.home / "index").glob("*.seg"))
    segment.write_bytes(segment.read_bytes()[:100])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("reader index --rebuild" in n.message for n in app._notifications)
        assert app.is_running and main(app).articles == []


async def test_the_app_sees_what_another_indexer_added_on_refresh(make_app, tmp_path) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    app = make_app()
    extra = tmp_path / "extra"
    extra.mkdir()
    paragraph = "Un paragraphe assez long pour faire un article complet, avec des mots et encore des mots."
    for number in range(3):
        (extra / f"new{number}.txt").write_text(
            f"Un article ajouté pendant la lecture {number}\n\n{paragraph}\n"
        )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = Path(sys.executable).parent / "reader"
        env = {**os.environ, "READER_HOME": str(app.library.home)}
        indexer = subprocess.run(
            [str(reader), "index", "--no-entities", str(extra)], env=env, capture_output=True, text=True
        )
        assert indexer.returncode == 0, indexer.stderr
        await pilot.press("ctrl+r")
        await settle(pilot)
        titles = [a.title for a in main(app).articles]
        assert len(titles) == 14 and sum("ajouté pendant la lecture" in t for t in titles) == 3
        # And a new article opens from the list.
        screen = main(app)
        screen.query_one(ArticleList).cursor = titles.index(next(t for t in titles if "ajouté" in t))
        await pilot.press("enter")
        await settle(pilot)
        assert (
            screen.current_article is not None and "ajouté pendant la lecture" in screen.current_article.title
        )


async def test_a_huge_article_is_shown_cut_with_a_pointer_to_the_file(make_app) -> None:
    from dataclasses import replace

    from reader.widgets.reader_view import MAX_SHOWN

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.query_one(ReaderView)
        article = main(app).current_article
        assert article is not None
        huge = replace(article, body="Des mots encore et encore. " * 400_000)
        view.article = huge
        await pilot.pause()
        rendered = view.render_article().plain
        assert len(rendered) < MAX_SHOWN + 1000 and article.path in rendered


async def test_an_unwritable_read_state_is_reported_and_reading_goes_on(make_app) -> None:
    app = make_app()
    # A folder where the state file should be: every save fails, as on a read-only disk.
    (app.library.home / "read-state.json").mkdir()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        article_id = screen.current_article.id  # type: ignore[union-attr]
        await pilot.press("u")
        await pilot.pause()
        assert article_id in screen.read_ids  # kept in memory
        assert any("cannot save read/unread state" in n.message for n in app._notifications)
        await pilot.press("n")
        await settle(pilot)
        assert app.is_running and screen.current_article is not None
        assert screen.current_article.id != article_id


async def test_entity_names_show_literally_in_the_entities_pane(make_app) -> None:
    app = make_app()
    (app.library.home / "aliases.toml").write_text(
        '[PER]\n"[@click=app.quit]Lagarde[/] \\u001b]0;pwned\\u0007[b]BCE[/b]" = ["Christine Lagarde", "Lagarde"]\n',
        encoding="utf-8",
    )
    corpus = app.library.home.parent / "corpus"
    write_corpus(corpus)
    app.library.ingest([corpus], parallel=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        article = next(a for a in screen.articles if "BCE" in a.title and a.path.startswith(str(corpus)))
        screen.open_article(article.id)
        await settle(pilot)
        pane = app.query_one(EntitiesPane)
        prompts = [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]
        assert any("[@click=app.quit]Lagarde[/] [b]BCE[/b]" in p for p in prompts), prompts
        assert not any("\x1b" in p or "\x07" in p for p in prompts)
        pane.focus()
        pane.highlighted = next(i for i, p in enumerate(prompts) if "[@click=app.quit]Lagarde[/]" in p)
        await pilot.press("enter")  # choosing it filters the list by its literal name, runs nothing
        await settle(pilot)
        assert app.is_running and screen.mode.entity is not None
        assert "[@click=app.quit]Lagarde[/]" in screen.mode.entity
        assert [a.id for a in screen.articles] == [article.id]


async def test_a_large_library_shows_the_newest_page_first_then_the_whole_list(make_app, monkeypatch) -> None:
    from reader.screens import main_screen

    monkeypatch.setattr(main_screen, "FIRST_PAGE", 3)
    shown: list[tuple[int, bool]] = []
    original = MainScreen._show_list

    def spy(self, articles, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append((len(articles), bool(kwargs.get("partial") or (len(args) > 4 and args[4]))))
        return original(self, articles, *args, **kwargs)

    monkeypatch.setattr(MainScreen, "_show_list", spy)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        assert shown[0] == (3, True)  # the page, with the newest article opened from it
        assert shown[-1] == (11, False) and len(screen.articles) == 11
        assert screen.current_article is not None
        assert screen.current_article.id == screen.articles[0].id


async def test_a_read_state_file_from_an_older_version_is_converted_and_said(make_app) -> None:
    app = make_app()
    first = app.library.articles()[-1].id  # the oldest: not opened (and so not read) at start
    (app.library.home / "read-state.json").write_text(json.dumps([first]))  # the first format
    fresh = ReaderApp(app.library, None)
    async with fresh.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("older format" in n.message for n in fresh._notifications)
        assert first in main(fresh).read_ids
    state = json.loads((app.library.home / "read-state.json").read_text())
    assert state["version"] >= 1 and first in state["read"]


async def test_escapes_in_metadata_and_file_names_never_reach_the_screen(make_app) -> None:
    app = make_app()
    folder = app.library.home.parent / "hostile"
    folder.mkdir()
    body = "Un paragraphe assez long pour faire un article complet, avec des mots et encore des mots.\n"
    (folder / "a.txt").write_text(f"Un titre ordinaire\n\n{body}")
    (folder / "a.meta.toml").write_text(
        'title = "Titre \\u001b]0;pwned\\u0007 piégé"\nsource = "Site \\u001b[2J"\n'
    )
    (folder / "nom\x1b]2;pwned\x07.txt").write_text(body)
    app.library.ingest([folder], parallel=False, entities=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        for article in [a for a in screen.articles if a.path.startswith(str(folder))]:
            screen.open_article(article.id)
            await settle(pilot)
            shown = app.export_screenshot()
            assert "\x1b" not in shown and "\x07" not in shown and "pwned" not in shown
        assert any(a.title == "Titre piégé" for a in screen.articles)


async def test_r_fetches_the_feeds_and_o_opens_the_article_s_page(
    make_app, web, tmp_path, monkeypatch
) -> None:
    from tests.feed_pages import serve_story_feed

    monkeypatch.setenv("READER_HTTP_TIMEOUT", "2")
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" >> {opened}\n')
    browser.chmod(0o755)
    monkeypatch.setenv("BROWSER", str(browser))
    import webbrowser

    monkeypatch.setattr(webbrowser, "_tryorder", None)  # read $BROWSER again
    app = make_app()
    feed = serve_story_feed(web)
    (app.library.home / "feeds.toml").write_text(f'[[feed]]\nurl = "{feed}"\ntitle = "Le Courrier du Val"\n')
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        assert len(screen.articles) == 11
        await pilot.press("o")  # a file has no address: said, nothing opened
        await pilot.pause()
        assert any("no web address" in n.message for n in app._notifications)
        await pilot.press("R")
        await settle(pilot)
        assert len(screen.articles) == 14
        assert any("3 new articles from 1 feed" in n.message for n in app._notifications)
        fetched = next(a for a in screen.articles if a.feed == feed)
        screen.open_article(fetched.id)
        await settle(pilot)
        assert screen.current_article is not None and screen.current_article.url.startswith(web.base)
        await pilot.press("o")
        await settle(pilot)
        for _ in range(50):
            if opened.exists():
                break
            await pilot.pause(0.1)
        assert opened.read_text().strip() == screen.current_article.url
