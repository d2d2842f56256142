"""The README stays true: its command table is the CLI's commands and options, its key table the app's keys."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from textual.binding import Binding

from reader.app import key_sections
from reader.cli import COMMANDS, HANDLERS, _parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
# How the README writes a key -> Textual's name for it.
README_KEYS = {
    "/": "slash",
    "?": "question_mark",
    "[": "left_square_bracket",
    "]": "right_square_bracket",
    "Esc": "escape",
    "Enter": "enter",
    "PgUp": "pageup",
    "PgDn": "pagedown",
    "Space": "space",
    "Home": "home",
    "End": "end",
    "↑": "up",
    "↓": "down",
    "Tab": "tab",
    "Shift+Tab": "shift+tab",
    "Ctrl+R": "ctrl+r",
    "Ctrl+P": "ctrl+p",
}


def _table(header: str) -> list[list[str]]:
    """The rows (cells) of the README table whose header row starts with `header`."""
    lines = README.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip("|"))])
    return rows


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _documented_commands() -> dict[str, str]:
    """command name -> its README row, for the rows that name a subcommand."""
    documented = {}
    for cells in _table("| command |"):
        words = cells[0].strip("`").split()
        if len(words) > 1 and words[1].islower() and words[1].isalpha():
            documented[words[1]] = cells[0]
    return documented


def test_every_cli_command_is_in_the_readme_and_every_documented_one_exists() -> None:
    assert set(_documented_commands()) == set(COMMANDS) == set(_subcommands()) == set(HANDLERS)


def test_every_option_of_a_command_is_documented_and_exists() -> None:
    documented = _documented_commands()
    for name, parser in _subcommands().items():
        options = {
            o for a in parser._actions for o in a.option_strings if o.startswith("--") and o != "--help"
        }
        written = set(re.findall(r"--[a-z-]+", documented[name]))
        assert written == options, name


def _readme_keys() -> set[str]:
    keys = set()
    for cells in _table("| key |"):
        for token in re.split(r",\s*|\s+", cells[0]):
            token = token.strip("`")
            if token:
                keys.add(README_KEYS.get(token, token))
    return keys


def _bound_keys() -> set[str]:
    return {
        key
        for _title, bindings in key_sections()
        for binding in bindings
        if isinstance(binding, Binding)
        for key in binding.key.split(",")
    }


def test_the_readme_key_table_is_the_apps_keys() -> None:
    readme, bound = _readme_keys(), _bound_keys()
    assert readme - bound == set(), "in the README but bound to nothing"
    assert bound - readme == set(), "bound but not in the README"
