"""The installed `reader` command in a real terminal (tmux): it starts, searches, opens, and quits cleanly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEEDS

READER = Path(sys.executable).parent / "reader"
pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def tmux(session: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run a tmux command on the test's own server: its own socket, so one test's server
    shutting down as its last session ends never races the next test's `new-session`."""
    return subprocess.run(
        ["tmux", "-L", session, *args],
        check=check,
        capture_output=True,
        text=True,
        env=_terminal_environment(),
    )


def _terminal_environment() -> dict[str, str]:
    """The test's environment without COLUMNS and LINES, which pytest-xdist's workers carry
    (80 and 24) and which the app would take over the pane's real size."""
    kept = {name: value for name, value in os.environ.items() if name not in {"COLUMNS", "LINES"}}
    return {**kept, "TERM": "xterm-256color"}


def start(session: str, width: int, height: int, command: str) -> None:
    tmux(session, "new-session", "-d", "-s", session, "-x", str(width), "-y", str(height), command)


def stop(session: str) -> None:
    tmux(session, "kill-server", check=False)


def capture(session: str) -> str:
    return tmux(session, "capture-pane", "-p", "-t", session, check=False).stdout


def wait_for(session: str, text: str, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = capture(session)
        if text in screen:
            return screen
        time.sleep(0.3)
    raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")


def test_reader_in_tmux_searches_opens_and_quits(tmp_path: Path) -> None:
    session = f"reader-test-{os.getpid()}"
    home = tmp_path / "home"
    done = tmp_path / "exit-status"
    command = f"READER_HOME={home} {READER} {SEEDS}; echo $? > {done}"
    start(session, 140, 40, command)
    try:
        wait_for(session, "5 articles")
        tmux(session, "send-keys", "-t", session, "/")
        time.sleep(0.5)  # Textual moves focus on its next turn; a person does not type this fast
        tmux(session, "send-keys", "-t", session, "-l", "Lavrov")
        tmux(session, "send-keys", "-t", session, "Enter")
        wait_for(session, "1 hit for")
        wait_for(session, "Sergueï Lavrov")  # the hit opened: its entities are listed
        screen = wait_for(session, "Kim Jong Un est « confiant »")
        assert "Dagens.fr" in screen
        tmux(session, "send-keys", "-t", session, "q")
        deadline = time.monotonic() + 20
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert done.read_text().strip() == "0"
        assert "Traceback" not in capture(session)
    finally:
        stop(session)


def _after_toggle(session: str, shown: bool, timeout: float = 15.0) -> str:
    """The screen once the sidebar shows (or hides) as asked: a loaded machine redraws late."""
    deadline = time.monotonic() + timeout
    screen = capture(session)
    while ("─ Entities ─" in screen) != shown and time.monotonic() < deadline:
        time.sleep(0.2)
        screen = capture(session)
    time.sleep(0.3)  # the rest of the frame
    return capture(session)


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 35), (160, 48), (220, 60)])
def test_reader_in_tmux_stays_whole_at_every_size(tmp_path: Path, size: tuple[int, int]) -> None:
    """The list's titles, the article and (when shown) the sidebar are all on screen, with the
    sidebar toggled both ways; on a narrow screen the sidebar takes the list's place."""
    session = f"reader-size-{os.getpid()}-{size[0]}"
    home = tmp_path / "home"
    width, height = size
    start(session, width, height, f"READER_HOME={home} {READER} {SEEDS}")
    try:
        screen = wait_for(session, "5 articles")
        wide = width >= 112
        for sidebar in (wide, not wide, wide):
            # The panes' border titles (the footer names keys, not panes).
            assert "─ Article ─" in screen, screen  # the reader view: never hidden
            assert ("─ Entities ─" in screen) == sidebar, screen
            assert ("─ Articles ─" in screen) == (wide or not sidebar), screen
            # A title gets at least 20 cells at 80 columns, 30 from 100 (as far as it is long).
            if "─ Articles ─" in screen:
                assert "Kim Jong Un est « confiant » dans la vi"[: 20 if width < 100 else 30] in screen
            tmux(session, "send-keys", "-t", session, "b")
            screen = _after_toggle(session, shown=not sidebar)
        assert "Traceback" not in screen
    finally:
        stop(session)
