"""Snapshots of the main views at a fixed size, on the fixture library (update: --snapshot-update)."""

from __future__ import annotations

import contextlib

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from reader.screens.main_screen import MainScreen
from reader.widgets.search_bar import SearchBar

SIZE = (140, 40)


async def settle(pilot: Pilot) -> None:
    pilot.app.query_one(SearchBar).cursor_blink = False
    for _ in range(3):
        with contextlib.suppress(WorkerCancelled):  # a stale exclusive worker replaced: expected
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def open_seed(pilot: Pilot, source: str) -> None:
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    screen.open_article(next(a.id for a in screen.articles if a.source == source))
    await settle(pilot)


def test_main_view(snap_compare, make_app) -> None:
    async def run_before(pilot: Pilot) -> None:
        await open_seed(pilot, "Dagens.fr")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_search(snap_compare, make_app) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("slash", *"coree", "enter")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_entity_filter(snap_compare, make_app) -> None:
    async def run_before(pilot: Pilot) -> None:
        await open_seed(pilot, "La Gazette")
        await pilot.press("e", "enter")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_help_screen(snap_compare, make_app) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_small_terminal(snap_compare, make_app) -> None:
    async def run_before(pilot: Pilot) -> None:
        await open_seed(pilot, "watson")

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)
