"""The records the core hands out: articles, search hits, related articles, entities, ingestion reports."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


def article_id(path: Path) -> str:
    """A short, stable id for the file at `path` (the same file keeps its id when edited)."""
    return hashlib.sha1(str(path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:12]


def iso_date(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True)
class ArticleEntity:
    """An entity as one article names it: its spans are [start, end) offsets into the body."""

    name: str
    type: str
    count: int
    spans: tuple[tuple[int, int], ...] = ()
    key: str = ""
    aliases: tuple[str, ...] = ()  # the other names the article uses for it

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "type": self.type,
            "count": self.count,
            "spans": [list(s) for s in self.spans],
            "aliases": list(self.aliases),
        }


@dataclass(frozen=True)
class ArticleSummary:
    """What a list row needs: no body, so listing a large library stays cheap."""

    id: str
    path: str
    title: str
    source: str
    date: datetime | None
    url: str = ""  # the article's address on the web, "" when unknown
    feed: str = ""  # the address of the subscription it came from, "" for files

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "date": iso_date(self.date),
            "url": self.url or None,
            "feed": self.feed or None,
        }


@dataclass(frozen=True)
class Article(ArticleSummary):
    """A cleaned article: headline, site, date and the body without the page's clutter."""

    body: str = ""
    lead: str = ""
    content_hash: str = ""
    entities: tuple[ArticleEntity, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    # Lines around the article that name its people and places (byline, photo captions):
    # read for entities, never shown as the body, not stored.
    asides: tuple[str, ...] = field(default=())

    @property
    def summary(self) -> ArticleSummary:
        return ArticleSummary(self.id, self.path, self.title, self.source, self.date, self.url, self.feed)

    def to_json(self) -> dict[str, object]:
        return {
            **super().to_json(),
            "lead": self.lead,
            "body": self.body,
            "entities": [entity.to_json() for entity in self.entities],
        }


@dataclass(frozen=True)
class EntityKind:
    """A type of named entity: its code (spaCy's label), what to call it, and the index field
    that holds its names ("" for other names: only `entity:`, which holds every name)."""

    code: str
    label: str
    plural: str
    field: str


ENTITY_KINDS = (
    EntityKind("PER", "person", "People", "person"),
    EntityKind("LOC", "place", "Places", "place"),
    EntityKind("ORG", "organisation", "Organisations", "org"),
    EntityKind("MISC", "other name", "Other names", ""),
)
ENTITY_TYPES = tuple(kind.code for kind in ENTITY_KINDS)
KIND_OF = {kind.code: kind for kind in ENTITY_KINDS}


@dataclass(frozen=True)
class EntityInfo:
    """A canonical entity of the library: its name, type, mentions in all and its articles' ids."""

    name: str
    type: str
    count: int
    articles: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    key: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "type": self.type,
            "count": self.count,
            "articles": list(self.articles),
            "aliases": list(self.aliases),
        }


@dataclass(frozen=True)
class Snippet:
    """Text around the matches; `spans` are [start, end) offsets of matched words in `text`."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Hit:
    """One search result: the article's summary, its score and a highlighted snippet."""

    article: ArticleSummary
    score: float
    snippet: Snippet

    def to_json(self) -> dict[str, object]:
        return {**self.article.to_json(), "score": round(self.score, 4), "snippet": self.snippet.text}


@dataclass(frozen=True)
class SearchResults:
    """The best hits, and how many articles match in all (an upper estimate when `estimated`)."""

    hits: list[Hit]
    total: int
    estimated: bool = False

    def __iter__(self) -> Iterator[Hit]:
        return iter(self.hits)

    def __len__(self) -> int:
        return len(self.hits)


@dataclass(frozen=True)
class SourceCount:
    """A site and how many articles of the library it published ("" for the unknown ones)."""

    name: str
    count: int

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "count": self.count}


@dataclass(frozen=True)
class Reasons:
    """Why an article is related: the entities and key words it shares, and the time apart."""

    entities: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    days_apart: int | None = None

    def to_json(self) -> dict[str, object]:
        return {"entities": list(self.entities), "terms": list(self.terms), "days_apart": self.days_apart}

    def short(self) -> str:
        """One line for a sidebar: the shared entities, else the shared words."""
        return ", ".join(self.entities[:3]) or ", ".join(self.terms[:4])


@dataclass(frozen=True)
class Related:
    """A related article, its score in [0, 1], why, and the copies of it that were folded in."""

    article: ArticleSummary
    score: float
    reasons: Reasons
    also_in: tuple[ArticleSummary, ...] = field(default=())

    def to_json(self) -> dict[str, object]:
        return {
            **self.article.to_json(),
            "score": round(self.score, 4),
            "reasons": self.reasons.to_json(),
            "also_in": [copy.to_json() for copy in self.also_in],
        }


# (files done, files in all, what is being done: the path of the file just read, or WRITING).
Progress = Callable[[int, int, str], None]
# What a Progress is told while a batch is written into the index: the largest batches of a
# big import take a minute, with no file read meanwhile. No path contains a NUL.
WRITING = "\0writing"


@dataclass
class IngestReport:
    """What one ingestion did, file by file."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    ignored: int = 0

    @property
    def read_anything(self) -> bool:
        return bool(self.added or self.updated or self.unchanged or self.removed)


@dataclass
class FetchReport:
    """What one fetch of the subscriptions did: new articles per feed, failures with why."""

    feeds: int = 0
    new: int = 0
    per_feed: dict[str, int] = field(default_factory=dict)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (feed url, reason)
    notes: list[str] = field(default_factory=list)  # moved feeds, titles learned
    ingest: IngestReport | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "feeds": self.feeds,
            "new": self.new,
            "failed": [{"url": url, "error": error} for url, error in self.failed],
        }


@dataclass(frozen=True)
class FeedInfo:
    """A subscription as `reader feeds` shows it; `article_ids` lets the app count unread."""

    url: str
    title: str
    articles: int
    last_fetched: str | None
    error: str | None
    article_ids: tuple[str, ...] = ()

    def to_json(self, unread: int) -> dict[str, object]:
        return {
            "url": self.url,
            "title": self.title,
            "articles": self.articles,
            "unread": unread,
            "last_fetched": self.last_fetched,
            "error": self.error,
        }


@dataclass
class AddReport:
    """What `reader add` did: feeds subscribed, already there, refused (with why), then fetched."""

    subscribed: list[tuple[str, str]] = field(default_factory=list)  # (url, title)
    already: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (what was given, why)
    fetched: FetchReport | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "subscribed": [{"url": url, "title": title} for url, title in self.subscribed],
            "already": self.already,
            "failed": [{"url": ref, "error": error} for ref, error in self.failed],
            "fetch": self.fetched.to_json() if self.fetched else None,
        }
