"""How an article becomes a Whoosh document, and how stored fields and columns become articles again."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import datetime
from typing import Any

from index.records import ENTITY_KINDS, Article, ArticleEntity, ArticleSummary
from index.store.schema import periods


def article_fields(article: Article) -> dict[str, Any]:
    """The Whoosh document for `article`."""
    fields: dict[str, Any] = {
        "id": article.id,
        "path": article.path,
        "content_hash": article.content_hash,
        "title": article.title,
        "source": article.source,
        "site": article.source,
        # The body field indexes the headline too, so that a plain query searches one field
        # (half the scoring of title OR body); it stores the body alone.
        "body": f"{article.title}\n\n{article.body}",
        "pairs": f"{article.title}\n\n{article.body}",
        "_stored_body": article.body,
        "lead": article.lead,
        "url": article.url,
        "url_column": article.url.encode("utf-8"),
        "feed": article.feed,
        "date_iso": article.date.isoformat() if article.date else None,
        "title_column": article.title.encode("utf-8"),
        "date_column": article.date.isoformat().encode("ascii") if article.date else b"",
    }
    if article.date is not None:
        fields["date"] = fields["day"] = wall_clock(article.date)
        fields["period"] = periods(fields["date"])
    for kind in ENTITY_KINDS:
        if kind.field:
            fields[kind.field] = ", ".join(e.name for e in article.entities if e.type == kind.code)
    fields["entity"] = ", ".join(e.name for e in article.entities)
    fields["entity_keys"] = ",".join(e.key for e in article.entities)
    fields["entities"] = encode_entities(article.entities)
    return fields


def wall_clock(value: datetime) -> datetime:
    """The time as the article wrote it, naive: what a date query on the article should match."""
    return value.replace(tzinfo=None)


def encode_entities(entities: tuple[ArticleEntity, ...]) -> bytes:
    rows = [[e.name, e.type, e.count, e.key, [list(s) for s in e.spans], list(e.aliases)] for e in entities]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_entities(data: bytes) -> list[ArticleEntity]:
    if not data:
        return []
    return [
        ArticleEntity(name, kind, count, tuple((a, b) for a, b in spans), key, tuple(aliases))
        for name, kind, count, key, spans, aliases in json.loads(data)
    ]


def entity_keys(data: bytes) -> set[str]:
    """The keys of encoded entities (see encode_entities), without decoding the rest."""
    return {row[3] for row in json.loads(data)} if data else set()


def _date(stored: dict[str, Any]) -> datetime | None:
    value = stored.get("date_iso")
    return datetime.fromisoformat(value) if value else None


def summary_from_stored(stored: dict[str, Any]) -> ArticleSummary:
    return ArticleSummary(
        id=stored["id"],
        path=stored["path"],
        title=stored.get("title", ""),
        source=stored.get("source", ""),
        date=_date(stored),
        url=stored.get("url") or "",
        feed=stored.get("feed") or "",
    )


def article_from_stored(stored: dict[str, Any], entities: list[ArticleEntity] | None = None) -> Article:
    summary = summary_from_stored(stored)
    return Article(
        **{f.name: getattr(summary, f.name) for f in fields(ArticleSummary)},
        body=stored.get("body", ""),
        lead=stored.get("lead", ""),
        content_hash=stored.get("content_hash", ""),
        entities=tuple(entities or ()),
    )


def row_from_columns(
    doc_id: Any, path: Any, title: Any, site: Any, url: Any, feed: Any, date: bytes
) -> ArticleSummary:
    """A list row from its column values (in ROW_COLUMNS order, then the date)."""
    return ArticleSummary(
        id=text_of(doc_id),
        path=text_of(path),
        title=text_of(title),
        source=text_of(site),
        date=datetime.fromisoformat(date.decode("ascii")) if date else None,
        url=text_of(url),
        feed=text_of(feed),
    )


def text_of(value: str | bytes) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value
