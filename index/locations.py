"""Where reader keeps its data, and every environment variable it reads: one module for both."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from index.errors import DataDirectoryError

# The environment variables reader reads, each in one place.
HOME_VARIABLE = "READER_HOME"  # the data directory
NER_MODEL_VARIABLE = "READER_NER_MODEL"  # a larger spaCy pipeline than the default
DEBUG_VARIABLE = "READER_DEBUG"  # show internal errors with their traceback
HTTP_TIMEOUT_VARIABLE = "READER_HTTP_TIMEOUT"  # seconds to connect, and between bytes read
DEFAULT_HTTP_TIMEOUT = 10.0


def data_home() -> Path:
    """$READER_HOME when set, else the platform's user data directory."""
    configured = os.environ.get(HOME_VARIABLE, "").strip()
    if not configured:
        return Path(user_data_dir("reader", appauthor=False))
    try:
        return Path(configured).expanduser()
    except RuntimeError as error:  # "~nosuchuser/x": no such user, no home to expand
        raise DataDirectoryError(f"{HOME_VARIABLE}={configured!r} cannot be used: {error}") from error


def check_home(home: Path) -> None:
    """A data directory must be a folder (or not exist yet): a file or a device is refused."""
    if home.exists() and not home.is_dir():
        raise DataDirectoryError(
            f"the data directory {home} is not a folder; set {HOME_VARIABLE} to a folder"
        )


def ner_model_name() -> str | None:
    """The spaCy pipeline the user chose, if any."""
    return os.environ.get(NER_MODEL_VARIABLE, "").strip() or None


def http_timeout() -> float:
    """The HTTP timeout in seconds: $READER_HTTP_TIMEOUT when it is a positive number."""
    try:
        value = float(os.environ.get(HTTP_TIMEOUT_VARIABLE, ""))
    except ValueError:
        return DEFAULT_HTTP_TIMEOUT
    return value if value > 0 else DEFAULT_HTTP_TIMEOUT


def debugging() -> bool:
    return bool(os.environ.get(DEBUG_VARIABLE))


def bundled_seeds() -> Path | None:
    """The demo corpus shipped beside the packages in a source checkout, if present."""
    candidate = Path(__file__).resolve().parent.parent / "seeds"
    return candidate if candidate.is_dir() else None


@dataclass(frozen=True)
class DataFiles:
    """Every file and folder reader keeps in the data directory `home`."""

    home: Path

    @property
    def index(self) -> Path:
        """The Whoosh index (a folder reader creates and may rebuild)."""
        return self.home / "index"

    @property
    def ingest_lock(self) -> Path:
        return self.home / "ingest.lock"

    @property
    def roots(self) -> Path:
        """Every file or folder ever ingested, for re-indexing."""
        return self.home / "roots.json"

    @property
    def folder_lines(self) -> Path:
        """What each indexed folder's files print alike, kept to skip reading them again."""
        return self.home / "folder-lines.json"

    @property
    def entity_table(self) -> Path:
        return self.home / "entity-table.json"

    @property
    def entity_articles(self) -> Path:
        return self.home / "entity-articles.json"

    @property
    def newest_first(self) -> Path:
        return self.home / "newest-first.bin"

    @property
    def aliases(self) -> Path:
        """The user's own alias file."""
        return self.home / "aliases.toml"

    @property
    def outlets(self) -> Path:
        """The user's own news outlets, added to the bundled list."""
        return self.home / "outlets.toml"

    @property
    def read_state(self) -> Path:
        return self.home / "read-state.json"

    @property
    def settings(self) -> Path:
        """The app's settings (its theme), written by the app."""
        return self.home / "settings.json"

    @property
    def screenshots(self) -> Path:
        return self.home / "screenshots"

    @property
    def feeds(self) -> Path:
        """The subscriptions, human-editable."""
        return self.home / "feeds.toml"

    @property
    def feed_state(self) -> Path:
        """What fetching remembers per feed: validators, items seen, last error."""
        return self.home / "feed-state.json"

    @property
    def fetch_lock(self) -> Path:
        return self.home / "fetch.lock"

    @property
    def fetched(self) -> Path:
        """Fetched articles, one page and one sidecar each: the index is rebuilt from them."""
        return self.home / "articles"
