"""Turn the text of a scraped news page into an Article: headline, site, date, clean body."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from index.areas import is_place_label
from index.page import clutter, credits, interface
from index.page.article_start import body_start
from index.page.body import article_paragraphs, foreign_furniture, lead_in
from index.page.captions import caption_copies
from index.page.date_lines import date_candidates, has_a_date_glued_on, is_titled_date
from index.page.date_writing import parse_date
from index.page.dates import find_publication_date
from index.page.folder_furniture import line_key
from index.page.headline import TITLE_SITE_SUFFIX, find_headline, holds_the_headline
from index.page.headline_fallbacks import headline_under_its_standfirst
from index.page.headline_shape import is_menu
from index.page.medium_names import DOMAIN, LINK_WORDS
from index.page.metadata import Metadata, split_front_matter
from index.page.paragraphs import split_paragraphs
from index.page.prose import is_prose
from index.page.signature_lines import is_a_letter_s_opening, is_signature_line
from index.page.site import find_site, written_name
from index.page.stand_in_title import first_sentence
from index.records import Article, article_id
from index.text import fold, sanitize_line


# The site may hold a hyphen ("Ouest-France"), not a spaced separator.
def _split_site_suffix(title: str, source: str, page: Sequence[str]) -> tuple[str, str]:
    """ "Headline | Le Monde" -> ("Headline", "Le Monde") when the suffix names the site (by
    the name the page writes: "… | Atlantico.fr" on a page that says "Atlantico")."""
    match = TITLE_SITE_SUFFIX.match(title)
    if not match:
        return title, source
    site = match.group("site").strip()
    if _a_phrase_of_the_text(match.group("title"), site, page):
        return title, source  # "… sur l'axe Douala – Buea": a road the article names so too
    if source and fold(site) in {fold(source), fold(source).replace(" ", "")}:
        return match.group("title").strip(), source
    rest = fold(site)[len(fold(source)) :].strip() if source and fold(site).startswith(fold(source)) else ""
    if rest and is_place_label(rest):
        return match.group("title").strip(), source  # "… - Le Temps Tunisie": the outlet and its country
    if clutter.is_section_label(site) or interface.is_ui(site) or credits.is_photo_agency(site):
        return title, source  # "… – Vidéo": the title says what it shows, not where
    # (or a domain in lower case: "… ? - abamako.com")
    named = _name_shaped(site) or bool(DOMAIN.match(site))
    if not source and len(site.split()) <= 3 and named and not site.endswith("."):
        if any(c.isdigit() for c in site):
            return title, source  # "… - demi-finale - Top 14": a competition, not a site
        return match.group("title").strip(), written_name(site, page) if DOMAIN.match(site) else site
    return title, source


def _name_shaped(site: str) -> bool:
    """Capitalised words and their particles: "Le Journal de Saône", never words of a
    sentence ("Fribourg Olympic champion")."""
    words = site.replace("’", "'").split()
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in LINK_WORDS for w in words)


def _a_phrase_of_the_text(title: str, site: str, page: Sequence[str]) -> bool:
    """The title's last word and the site's name, a dash apart, in a paragraph of the text
    too: words of the article ("Douala – Buea", a road), which no page signs its title with."""
    words = title.split()
    if not words:
        return False
    joined = re.compile(rf"(?<!\w){re.escape(words[-1])}\s*[-–—]\s*{re.escape(site)}(?!\w)")
    return any(joined.search(line) for line in page if len(line) > 2 * len(title) and is_prose(line))


MAX_TEXT_CHARS = 1_000_000


def _cut_to_limit(text: str, warnings: list[str]) -> str:
    """Longer than any article: a dump or a book. Its start is indexed (the file is kept)."""
    if len(text) <= MAX_TEXT_CHARS:
        return text
    cut = text.rfind("\n\n", 0, MAX_TEXT_CHARS)
    warnings.append(f"very long ({len(text):,} characters): the first {MAX_TEXT_CHARS:,} are indexed")
    return text[: cut if cut > MAX_TEXT_CHARS // 2 else MAX_TEXT_CHARS]


@dataclass(frozen=True)
class _Layout:
    """What the lines of a page turned out to be: headline, body, date, site."""

    title: str
    body: list[str]
    date: datetime | None
    source: str
    asides: tuple[str, ...] = ()


def _layout(page: Sequence[str], path: Path, furniture: frozenset[str] = frozenset()) -> _Layout:
    """The stages in order: where the body starts, the date lines near it, the headline
    above it, the body's paragraphs, then the site, which must not be the headline (and may
    be read from the pictures' addresses, which nothing else keeps). The site is read from
    the whole page, the folder's furniture too: a masthead is printed on every page."""
    paragraphs = [
        text
        for text in (_MARKUP_LEFT.sub("", p).strip() for p in page)
        if text and not _folder_s_furniture(text, furniture)
    ]
    start = body_start(paragraphs)
    prose_after = [i for i in range(start + 1, len(paragraphs)) if is_prose(paragraphs[i])]
    near_top = prose_after[0] + 1 if prose_after else start + 4
    date, date_lines = find_publication_date(paragraphs, near_top)
    header = _header(paragraphs, start, date_lines)
    lead = paragraphs[start] if start < len(paragraphs) else ""
    headline = find_headline(header, lead, path.stem, paragraphs)
    captions = caption_copies(paragraphs, start)
    body = _article(paragraphs, start, date_lines, header, headline, captions)
    # (Under a standfirst, the line may be the article's subhead as well: it stays in the body.)
    # (under the page's date line and byline too: "Publié par Léa Roy le 27 septembre 2022")
    dated = next((i for i in range(len(paragraphs)) if i not in date_lines), 0)
    under_standfirst = (
        headline_under_its_standfirst(paragraphs[dated:]) if headline is None and start <= dated else None
    )
    title = headline or under_standfirst or _stand_in_title(body, paragraphs, path)
    if not body:
        body = [p for p in header if not interface.is_ui(p) and fold(p) != fold(title)]
    title, source = _title_and_site(page, title, headline is not None, header, (lead, paragraphs), path)
    return _Layout(title, body, date, source, _asides(paragraphs, body, captions))


def _folder_s_furniture(line: str, furniture: frozenset[str]) -> bool:
    """A line the folder's other pages print too, unless it holds a date: pages published on
    one day may print it alike, and the date is read from it."""
    return bool(furniture) and line_key(line) in furniture and not date_candidates(line)


def _title_and_site(
    page: Sequence[str],
    title: str,
    read: bool,
    header: Sequence[str],
    text: tuple[str, Sequence[str]],
    path: Path,
) -> tuple[str, str]:
    """The site, then the title without the site's suffix. A headline `read` among the header's
    lines that is the site's own name (printed alone over its print page, "Liberté Actus"
    twice) gives way to the header's other lines."""
    site = find_site(page, title)
    if read and site and fold(title) == fold(site):
        others = [line for line in header if fold(line) != fold(site)]
        lead, paragraphs = text
        title = find_headline(others, lead, path.stem, paragraphs) or title
    return _split_site_suffix(title, site, page)


def _header(paragraphs: Sequence[str], start: int, date_lines: set[int]) -> list[str]:
    """The lines above the body where the headline may be: not a date line (unless a title
    holds the day), not furniture in another language (a paywall box in English)."""
    foreign = foreign_furniture(paragraphs)
    return [
        p
        for i, p in enumerate(paragraphs[:start])
        if (i not in date_lines or is_titled_date(p) or has_a_date_glued_on(p)) and fold(p) not in foreign
    ]


def _article(
    paragraphs: Sequence[str],
    start: int,
    date_lines: set[int],
    header: Sequence[str],
    headline: str | None,
    captions: set[str],
) -> list[str]:
    """The article's paragraphs: its standfirst, the lines between the headline and the body
    that are its own, the body."""
    body = article_paragraphs(paragraphs, start, date_lines, headline or "", captions)
    above = [line for line in lead_in(paragraphs, start, date_lines, headline) if fold(line) not in captions]
    standfirst = [line for line in _standfirst(header, headline, body) if fold(line) not in captions]
    body = [line for line in standfirst if line not in above] + above + body
    if headline is None and 0 < start < len(paragraphs) and _is_own_prose(paragraphs[start - 1]):
        body = [paragraphs[start - 1], *body]  # no headline: the long line taken for one is the article's
    return _once_each([_GLUED_BYLINE.sub("", paragraph) for paragraph in body])


# The byline and day glued after the article's last sentence: "… de pierres. Par Zinfos974 -
# Publié le Mardi 24 Août 2021 à 09:05" (the site reads it; the article's text ends before it).
_GLUED_BYLINE = re.compile(
    r"(?<=[.!?»])\s+Par\s+[^.!?]{2,40}\s[-–]\s+(?:Publié|Mis à jour|Modifié)\b.{0,60}$"
)


_REPEATED_WORDS = 8


def _once_each(body: Sequence[str]) -> list[str]:
    """The body without a paragraph printed again (the article run twice, a summary box that
    repeats the standfirst): an article never writes the same sentences twice over."""
    seen: set[str] = set()
    kept = []
    for paragraph in body:
        key = fold(paragraph.lstrip("•·▪►*-–— "))
        if len(paragraph.split()) >= _REPEATED_WORDS and key in seen:
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept


# A picture in a page scraped to Markdown: "![alt](https://…/photo.jpg)"; an HTML comment the
# scrape left in a line: "… ça ne l'est pas moins<!-- --> | Atlantico.fr".
_MARKUP_LEFT = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\s]{0,500}\)|<!--.{0,200}?-->")


def _is_own_prose(line: str) -> bool:
    return is_prose(line) and not interface.is_ui(line) and not credits.is_captioned(line)


def _rubric_path(line: str) -> bool:
    """A rubric's path, "EN ESTRIE / Actualité", shaped like a byline: it names no one."""
    return any(clutter.is_section_label(part) for part in line.split("/")[1:])


def _asides(paragraphs: Sequence[str], body: Sequence[str], captions: set[str]) -> tuple[str, ...]:
    """The page's lines that name the article's people and places without being its body:
    bylines, and photo captions without their credits (a photographer is not in the story)."""
    kept, asides = set(body), []
    for paragraph in paragraphs:
        if paragraph in kept or len(paragraph) > 400:
            continue
        if _rubric_path(paragraph):
            continue
        credit = credits.caption_credit(paragraph)
        if credit:
            asides.append(paragraph[: len(paragraph) - len(credit)])
        elif fold(paragraph) in captions or clutter.is_byline(paragraph) or is_signature_line(paragraph):
            asides.append(paragraph)
    return tuple(aside for aside in asides if aside.strip())


def _standfirst(header: Sequence[str], headline: str | None, body: Sequence[str]) -> list[str]:
    """The standfirst: the first long line after the headline, past short lines (an
    agency's name, a date, a byline), that does not end like a sentence or that the page
    prints twice, so the body's start passed it by ("Des liens d'affection se tissent …")."""
    if not headline:
        return []
    keys = [fold(line) for line in header]
    after = [i for i, line in enumerate(header) if holds_the_headline(line, headline)]
    if not after:
        return []
    above = set(keys[: after[0]])  # a caption also printed over the headline is no standfirst
    for line in header[after[-1] + 1 :]:
        if fold(line) in above:
            return []
        if len(line.split()) < _SHORT_META_WORDS or clutter.is_byline(line):
            continue
        if len(line.split()) < 12 or line in body or interface.is_ui(line) or credits.is_captioned(line):
            return []
        if is_menu(line.split()):
            return []
        return [] if clutter.is_breadcrumb(line) else [line]
    return []


_SHORT_META_WORDS = 6  # "ATS", "30.8.2025 - 14:05", "Par Anne Durand": no standfirst


def _stand_in_title(body: Sequence[str], paragraphs: Sequence[str], path: Path) -> str:
    """No line is shaped like a headline: the first sentence stands in, else the file name."""
    fallback = body or [p for p in paragraphs if not interface.is_ui(p)]
    # (a letter's salutation, "Chères lectrices, chers lecteurs,", says nothing of the article)
    fallback = [p for p in fallback if not is_a_letter_s_opening(p)] or fallback
    return first_sentence(fallback[0]) if fallback else sanitize_line(path.stem) or "(untitled)"


def _stated_date(meta: Metadata, detected: datetime | None, warnings: list[str]) -> datetime | None:
    if not meta.date:
        return detected
    date = parse_date(meta.date)
    if date is None:
        warnings.append(f"metadata date {meta.date!r} is not a date; detected date used")
        return detected
    return date


def parse_article(
    text: str,
    path: Path,
    metadata: Metadata | None = None,
    content_hash: str = "",
    site_default: str = "",
    furniture: frozenset[str] = frozenset(),
) -> Article:
    """Parse the (already decoded and sanitised) text of the file at `path`.

    `metadata` (from a sidecar) overrides what the text's front matter says, which
    overrides what detection finds; `site_default` (a folder's `.reader.toml`) is the site
    when none of them names one; `furniture` holds the lines that the folder's other pages
    print too (`folder_furniture`), none of them the article's.
    """
    front, text = split_front_matter(text)
    meta = (metadata or Metadata()).merged(front)
    warnings: list[str] = list(meta.warnings)
    paragraphs = split_paragraphs(_cut_to_limit(clutter.without_crawl_stamp(text), warnings))
    found = _layout(paragraphs, path, furniture)
    return Article(
        id=article_id(path),
        path=str(path),
        title=meta.title or found.title,
        source=meta.source or found.source or site_default,
        date=_stated_date(meta, found.date, warnings),
        body="\n\n".join(found.body),
        lead=found.body[0] if found.body else "",
        url=meta.url or "",
        feed=meta.feed or "",
        content_hash=content_hash,
        warnings=tuple(warnings),
        asides=found.asides,
    )
