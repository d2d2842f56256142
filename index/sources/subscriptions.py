"""The user's subscriptions (feeds.toml, edited by hand too) and what fetching remembers of each feed."""

from __future__ import annotations

import contextlib
import json
import tomllib
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import tomli_w

from index.atomic_write import write_atomically
from index.errors import ReaderError


class SubscriptionError(ReaderError):
    """The subscriptions file cannot be read or written, or names no such feed."""


@dataclass(frozen=True)
class Subscription:
    """A feed the user follows: its address, its title, and whether to download the full
    article behind each item (else the feed's own text is the body)."""

    url: str
    title: str = ""
    full_text: bool = True

    def to_toml(self) -> dict[str, object]:
        data: dict[str, object] = {"url": self.url, "title": self.title}
        if not self.full_text:
            data["full_text"] = False
        return data


class Subscriptions:
    """The subscriptions in `path` (TOML: `[[feed]]` tables with url, title, full_text)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.feeds: list[Subscription] = self._load()

    def _load(self) -> list[Subscription]:
        try:
            data = tomllib.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as error:
            raise SubscriptionError(f"cannot read your subscriptions in {self.path}: {error}") from error
        feeds = []
        for table in data.get("feed", []) if isinstance(data.get("feed"), list) else []:
            if isinstance(table, dict) and isinstance(table.get("url"), str) and table["url"].strip():
                title = str(table["title"]) if isinstance(table.get("title"), str) else ""
                feeds.append(Subscription(table["url"].strip(), title, table.get("full_text") is not False))
        return feeds

    def save(self) -> None:
        """Written as a person would write it: one `[[feed]]` table per subscription."""
        parts = [
            "# reader's subscriptions: edit freely (url, title; full_text = false keeps the feed's text)\n"
        ]
        parts += [f"\n[[feed]]\n{tomli_w.dumps(feed.to_toml())}" for feed in self.feeds]
        write_atomically(self.path, "".join(parts).encode("utf-8"))

    def find(self, ref: str) -> Subscription | None:
        """The subscription whose url or title (any case) is `ref`."""
        wanted = ref.strip()
        for feed in self.feeds:
            if feed.url == wanted or feed.title.casefold() == wanted.casefold():
                return feed
        return None

    def add(self, feed: Subscription) -> bool:
        """Subscribe; False (nothing changed) when the url is already there."""
        if any(known.url == feed.url for known in self.feeds):
            return False
        self.feeds.append(feed)
        return True

    def remove(self, feed: Subscription) -> None:
        self.feeds = [known for known in self.feeds if known.url != feed.url]

    def replace(self, old: Subscription, new: Subscription) -> None:
        """`old` becomes `new` (a moved feed's new address, a title learned at fetch)."""
        self.feeds = [new if known.url == old.url else known for known in self.feeds]


@dataclass
class FeedState:
    """What fetching remembers of one feed, apart from the user's file."""

    etag: str = ""
    last_modified: str = ""
    seen: list[str] = field(default_factory=list)  # item ids already stored
    last_fetched: str = ""  # ISO 8601, UTC
    error: str = ""  # the last fetch's failure, "" when it went well
    dead: bool = False  # the server said 410 Gone

    def with_seen(self, ids: list[str]) -> FeedState:
        known = set(self.seen)
        return replace(self, seen=self.seen + [i for i in ids if i not in known])


class FeedStates:
    """Every feed's FeedState, in a JSON file written whole after each fetch."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.states: dict[str, FeedState] = {}
        with contextlib.suppress(OSError, ValueError, TypeError):
            data = json.loads(path.read_text("utf-8"))
            for url, state in data.get("feeds", {}).items():
                known = {key: value for key, value in state.items() if key in FeedState.__annotations__}
                self.states[url] = FeedState(**known)

    def of(self, url: str) -> FeedState:
        return self.states.get(url, FeedState())

    def save(self) -> None:
        document = {"format": 1, "feeds": {url: asdict(state) for url, state in self.states.items()}}
        write_atomically(self.path, json.dumps(document, ensure_ascii=False).encode("utf-8"))
