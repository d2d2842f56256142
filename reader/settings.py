"""Settings: the user's choices that outlive a run (the theme), kept in the data directory."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from index import DataFiles, write_atomically

# The themes the app offers: the entity colours are checked against each (4.5:1 or more).
DARK_THEMES = ("textual-dark", "nord", "gruvbox", "tokyo-night", "dracula", "catppuccin-mocha")
LIGHT_THEMES = ("textual-light", "solarized-light", "catppuccin-latte")
OFFERED_THEMES = DARK_THEMES + LIGHT_THEMES


class Settings:
    """Read once at start; saved whole, atomically, when a choice changes. A missing or broken
    file means the defaults: settings are never worth a failure."""

    def __init__(self, home: Path) -> None:
        self.path = DataFiles(home).settings
        self.theme = "textual-dark"
        with contextlib.suppress(OSError, ValueError):
            data = json.loads(self.path.read_text("utf-8"))
            if isinstance(data, dict) and data.get("theme") in OFFERED_THEMES:
                self.theme = data["theme"]

    def save_theme(self, theme: str) -> str | None:
        """Keep `theme`; the reason in one line when it cannot be saved."""
        if theme == self.theme or theme not in OFFERED_THEMES:
            return None
        self.theme = theme
        try:
            write_atomically(self.path, json.dumps({"theme": theme}).encode("utf-8"))
        except OSError as error:
            return f"cannot save the theme: {error.strerror or error}"
        return None
