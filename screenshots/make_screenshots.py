"""Regenerate the screenshots in this folder from the bundled seeds and an invented feed served on
127.0.0.1 (the tests' server and pages): SVG from Textual, PNG from the SVG."""

from __future__ import annotations

import asyncio
import contextlib
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from index import Library
from reader.app import ReaderApp
from reader.read_state import ReadState
from reader.screens.main_screen import MainScreen
from reader.widgets.search_bar import SearchBar

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
SIZE = (150, 42)


async def settle(pilot: Pilot) -> None:
    pilot.app.query_one(SearchBar).cursor_blink = False
    for _ in range(3):
        with contextlib.suppress(WorkerCancelled):  # a stale exclusive worker replaced: expected
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def main_view(pilot: Pilot) -> None:
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    screen.open_article(next(a.id for a in screen.articles if a.source == "Dagens.fr"))


async def search(pilot: Pilot) -> None:
    await pilot.press("slash", *"coree impérialistes", "enter")


async def entity_filter(pilot: Pilot) -> None:
    await main_view(pilot)  # a seed: its entities name the story the seeds follow
    await settle(pilot)
    await pilot.press("e", "enter")  # the first person: the one the story follows


async def help_screen(pilot: Pilot) -> None:
    await pilot.press("question_mark")


async def feeds(pilot: Pilot) -> None:
    await pilot.press("s")


SCENES: dict[str, Callable[[Pilot], Awaitable[None]]] = {
    "main": main_view,
    "search": search,
    "entity-filter": entity_filter,
    "help": help_screen,
    "feeds": feeds,
}


async def shoot(home: Path) -> list[Path]:
    written = []
    for name, scene in SCENES.items():
        app = ReaderApp(Library(home), ReadState(home))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await scene(pilot)
            await settle(pilot)
            written.append(Path(app.save_screenshot(f"{name}.svg", str(HERE))))
    return written


_EDGE_SPACES = re.compile(
    r'(<text [^>]*?x=")([\d.]+)("[^>]*?textLength=")([\d.]+)("[^>]*>)'
    r"((?:&#160;)*)([^<]*?)((?:&#160;)*)(</text>)"
)


def _without_edge_spaces(match: re.Match[str]) -> str:
    """A text run's leading and trailing spaces as a shift of its x and a shorter length:
    SVG renderers drop them ("Moscou de" drawn "Moscoude"), terminals do not."""
    x, length = float(match[2]), float(match[4])
    lead, body, trail = match[6].count("&#160;"), match[7], match[8].count("&#160;")
    cells = lead + len(re.sub(r"&#?\w+;", "_", body)) + trail
    if not body or not (lead or trail) or cells == 0:
        return match[0]
    cell = length / cells
    x, length = x + lead * cell, length - (lead + trail) * cell
    return f"{match[1]}{x:g}{match[3]}{length:g}{match[5]}{body}{match[9]}"


def to_png(svg: Path) -> Path | None:
    png = svg.with_suffix(".png")
    # The PNG is drawn from a copy whose edge spaces are positions: the SVG stays Textual's.
    fixed = svg.with_suffix(".png.svg")
    fixed.write_text(_EDGE_SPACES.sub(_without_edge_spaces, svg.read_text("utf-8")), "utf-8")
    try:
        return _render_png(fixed, png)
    finally:
        fixed.unlink()


def _render_png(svg: Path, png: Path) -> Path | None:
    if shutil.which("rsvg-convert"):
        subprocess.run(["rsvg-convert", str(svg), "-o", str(png)], check=True)
        return png
    try:
        import cairosvg  # type: ignore[import-not-found]
    except ImportError:
        return None
    cairosvg.svg2png(url=str(svg), write_to=str(png))
    return png


def main() -> int:
    sys.path.insert(0, str(HERE.parent))
    from tests.feed_pages import serve_story_feed
    from tests.web_server import LocalWeb

    web = LocalWeb()
    web.start()
    try:
        with tempfile.TemporaryDirectory(prefix="reader-screens-") as temporary:
            home = Path(temporary) / "home"
            with Library(home) as library:
                library.ingest([SEEDS])
                library.add_feeds([serve_story_feed(web)])
            svgs = asyncio.run(shoot(home))
    finally:
        web.stop()
    for svg in svgs:
        png = to_png(svg)
        print(f"{svg.relative_to(HERE.parent)}" + (f", {png.relative_to(HERE.parent)}" if png else ""))
    if not all(svg.with_suffix(".png").exists() for svg in svgs):
        print("no PNG: install rsvg-convert (Debian: librsvg2-bin) or cairosvg", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
