"""Read a web page: headline, site, date, address and main text, from the page's metadata and trafilatura."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from index.errors import UnreadableFile
from index.page import interface
from index.page.date_writing import parse_date
from index.page.metadata import Metadata
from index.page.parse import parse_article
from index.page.textfile import decode, looks_binary
from index.records import Article, article_id
from index.text import sanitize, sanitize_line

# A page larger than this is not an article page; trafilatura's tree work grows with it.
MAX_HTML_CHARS = 5_000_000
# Where a page states when it was published, most explicit first. trafilatura's date comes
# from htmldate, which keeps the day but drops the time and the UTC offset; these keep both.
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.created",
    "date",
    "pubdate",
    "publishdate",
    "sailthru.date",
)


@dataclass(frozen=True)
class PageFacts:
    """What a page says of itself, each "" / None when it does not say."""

    title: str = ""
    site: str = ""
    date: datetime | None = None
    url: str = ""
    paragraphs: tuple[str, ...] = ()


def read_page(html: str, url: str = "") -> PageFacts:
    """The page's facts: metadata as the page states it (Open Graph, JSON-LD, meta tags,
    canonical link), the main text as trafilatura extracts it (no navigation, footer,
    share buttons, "read also" blocks, cookie banners)."""
    import trafilatura  # only ingestion of web pages pays for importing trafilatura
    from lxml import html as lxml_html
    from lxml.etree import LxmlError

    html = html[:MAX_HTML_CHARS]
    try:
        tree = lxml_html.fromstring(html)
    except (LxmlError, ValueError, TypeError):  # an empty or unparseable document
        return PageFacts()
    metadata = _meta_tags(tree)
    # Read from the tree before trafilatura, which prunes the tree it is given (parsed once).
    title = metadata.get("og:title") or _title_tag(tree)
    site = metadata.get("og:site_name") or _json_ld(tree, "publisher_name")
    date = _stated_date(metadata, tree)
    address = _canonical(tree) or metadata.get("og:url") or url
    document = trafilatura.bare_extraction(
        tree, url=url or None, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(document, "text", "") or "" if document is not None else ""
    return PageFacts(
        title=sanitize_line(metadata.get("og:title") or getattr(document, "title", "") or title),
        site=sanitize_line(site),
        date=date,
        url=sanitize_line(address),
        # The extractor keeps some furniture (paywall notices, share labels): the same line
        # rules as for scraped text drop it.
        paragraphs=tuple(
            p
            for p in (sanitize_line(line) for line in sanitize(text).split("\n"))
            if p and not interface.is_ui(p)
        ),
    )


def _meta_tags(tree: Any) -> dict[str, str]:
    """<meta property|name|itemprop=... content=...> by lowercased name, the first of each."""
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        content = element.get("content")
        if key and content and key not in found:
            found[key] = content.strip()
    return found


def _title_tag(tree: Any) -> str:
    titles = tree.findall(".//title")
    return titles[0].text_content() if titles else ""


def _canonical(tree: Any) -> str:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return str(link.get("href")).strip()
    return ""


def _json_ld_objects(tree: Any) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text_content() or "null")
        except (ValueError, RecursionError):
            continue
        for item in data if isinstance(data, list) else [data]:
            if not isinstance(item, dict):
                continue
            objects.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                objects.extend(node for node in graph if isinstance(node, dict))
    return objects


def _json_ld(tree: Any, wanted: str) -> str:
    """A JSON-LD value: "datePublished", or "publisher_name" (the publisher's name)."""
    for item in _json_ld_objects(tree):
        if wanted == "publisher_name":
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                return str(publisher["name"])
        elif isinstance(item.get(wanted), str):
            return str(item[wanted])
    return ""


def _stated_date(metadata: dict[str, str], tree: Any) -> datetime | None:
    """The publication date the page states, with its time and UTC offset when given."""
    candidates = [metadata.get(key, "") for key in _DATE_META] + [_json_ld(tree, "datePublished")]
    for element in tree.iter("time"):
        if element.get("datetime"):
            candidates.append(str(element.get("datetime")))
            break
    for candidate in candidates:
        if candidate:
            parsed = parse_date(candidate.strip())
            if parsed is not None:
                return parsed
    return None


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]{1,40})""", re.IGNORECASE)


def decode_html(data: bytes, declared: str | None = None) -> str:
    """A page's text: in the charset the server or the page declares, else as any text file
    is decoded (UTF-8, then Windows-1252)."""
    found = _CHARSET.search(data[:4096])
    for charset in (declared, found.group(1).decode("ascii", "replace") if found else None):
        if charset:
            try:
                return data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue
    return decode(data)


def read_page_text(data: bytes) -> str:
    """A saved page's text, or UnreadableFile: empty and binary files are not pages."""
    if not data.strip():
        raise UnreadableFile("empty file")
    if looks_binary(data):
        raise UnreadableFile("binary file, not a web page")
    return decode_html(data)


_BLOCKS = re.compile(r"(?i)<(?:/p|br|/div|/h[1-6]|/li|/tr|/section|/article|/header|/footer)\b[^>]*>")


def html_article(
    html: str, path: Path, metadata: Metadata | None = None, content_hash: str = "", site_default: str = ""
) -> Article:
    """The article of a saved or fetched web page; `metadata` (a sidecar) overrides what
    the page says. When extraction finds no text, the page's whole text is read as a
    scraped page is, clutter rules and all."""
    meta = metadata or Metadata()
    facts = read_page(html, meta.url or "")
    warnings = list(meta.warnings)
    if not facts.paragraphs and meta.feed_text:
        warnings.append("no article text in the page: the feed's text is the body")
        facts = replace(facts, paragraphs=tuple(p for p in meta.feed_text.split("\n\n") if p.strip()))
    if not facts.paragraphs:
        return parse_article(
            _visible_text(html), path, _with_page_facts(meta, facts), content_hash, site_default
        )
    stated = meta.merged(_with_page_facts(Metadata(), facts))
    body = _without_headline(list(facts.paragraphs), facts.title)
    return Article(
        id=article_id(path),
        path=str(path),
        title=stated.title or body[0][:200],
        source=stated.source or site_default,
        date=(parse_date(meta.date) if meta.date else None) or facts.date,
        body="\n\n".join(body),
        lead=body[0],
        url=stated.url or "",
        feed=stated.feed or "",
        content_hash=content_hash,
        warnings=tuple(warnings),
    )


def _without_headline(body: list[str], title: str) -> list[str]:
    """The text without the headline that extraction leaves at its top."""
    return body[1:] if len(body) > 1 and title and body[0] == title else body


def _with_page_facts(meta: Metadata, facts: PageFacts) -> Metadata:
    stated = Metadata(
        title=facts.title or None,
        source=facts.site or None,
        date=facts.date.isoformat() if facts.date else None,
        url=facts.url or None,
    )
    return meta.merged(stated)


def _visible_text(html: str) -> str:
    from lxml import html as lxml_html
    from lxml.etree import LxmlError

    try:
        tree = lxml_html.fromstring(_BLOCKS.sub(lambda m: m.group(0) + "\n", html[:MAX_HTML_CHARS]))
    except (LxmlError, ValueError, TypeError):
        return sanitize(html)
    for element in tree.xpath("//script|//style|//noscript"):
        element.drop_tree()
    return sanitize(tree.text_content())
