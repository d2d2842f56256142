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


def capture(session: str) -> str:
    return subprocess.run(
        ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True
    ).stdout


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
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "140", "-y", "40", command],
        check=True,
        env={**os.environ, "TERM": "xterm-256color"},
    )
    try:
        wait_for(session, "5 articles")
        subprocess.run(["tmux", "send-keys", "-t", session, "/"], check=True)
        time.sleep(0.5)  # Textual moves focus on its next turn; a person does not type this fast
        subprocess.run(["tmux", "send-keys", "-t", session, "-l", "Lavrov"], check=True)
        subprocess.run(["tmux", "send-keys", "-t", session, "Enter"], check=True)
        wait_for(session, "1 hit for")
        wait_for(session, "Sergueï Lavrov")  # the hit opened: its entities are listed
        screen = wait_for(session, "Kim Jong Un est « confiant »")
        assert "Dagens.fr" in screen
        subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=True)
        deadline = time.monotonic() + 20
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert done.read_text().strip() == "0"
        assert "Traceback" not in capture(session)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
