"""The article record that parsing produces and the index stores."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


def article_id(path: Path) -> str:
    """A short, stable id for the file at `path` (the same file keeps its id when edited)."""
    return hashlib.sha1(str(path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:12]


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

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "date": self.date.isoformat() if self.date else None,
        }


@dataclass(frozen=True)
class Article(ArticleSummary):
    """A cleaned article: headline, site, date and the body without the page's clutter."""

    body: str = ""
    lead: str = ""
    url: str = ""
    content_hash: str = ""
    entities: tuple[ArticleEntity, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def summary(self) -> ArticleSummary:
        return ArticleSummary(self.id, self.path, self.title, self.source, self.date)

    def to_json(self) -> dict[str, object]:
        return {
            **super().to_json(),
            "url": self.url or None,
            "lead": self.lead,
            "body": self.body,
            "entities": [entity.to_json() for entity in self.entities],
        }
