"""Turn the text of a scraped news page into an Article: headline, site, date, clean body."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from index.outlets import known_outlets
from index.page import clutter
from index.page.dates import date_candidates, find_publication_date, parse_date
from index.page.headline import clean_candidate, could_be_headline, find_headline, first_sentence, is_prose
from index.page.metadata import Metadata, split_front_matter
from index.page.site import find_site, outlet_named_by
from index.records import Article, article_id
from index.text import fold, sanitize_line

# The site may hold a hyphen ("Ouest-France"), not a spaced separator.
_TITLE_SITE_SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+[|–—-]\s+(?P<site>(?:(?!\s[|–—-]\s)[^|–—]){2,40})$")


def split_paragraphs(text: str) -> list[str]:
    """Non-blank paragraphs. Scraped pages put one paragraph per line; a block of
    hard-wrapped lines (a plain-text article wrapped at a fixed width) is joined back."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if _is_hard_wrapped(lines):
            paragraphs.append(_join_wrapped(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def _is_hard_wrapped(lines: Sequence[str]) -> bool:
    """Lines cut at a fixed width: nearly all as long as the longest, and most running on."""
    if len(lines) == 2:
        first, second = lines
        return len(first) >= 60 and not clutter.ends_sentence(first) and second[:1].islower()
    if len(lines) < 3:
        return False
    width = max(len(line) for line in lines)
    if not 50 <= width <= 120:
        return False
    body = lines[:-1]
    full = sum(1 for line in body if len(line) >= 0.7 * width)
    open_ended = sum(1 for line in body if not clutter.ends_sentence(line) or len(line) >= 0.9 * width)
    return full >= 0.8 * len(body) and open_ended >= 0.5 * len(body)


def _join_wrapped(lines: Sequence[str]) -> str:
    joined = lines[0]
    for line in lines[1:]:
        # "nord-" + "coréen": a hyphen at a wrap point is kept, with no space.
        joined = joined + line if joined.endswith("-") and line[:1].islower() else f"{joined} {line}"
    return joined


def _is_title_repeat(paragraph: str, title: str) -> bool:
    """The headline again, or a truncated copy of it ("Kim Jong Un fait l'éloge de ... à")."""
    key, title_key = fold(paragraph), fold(title)
    if not key or not title_key:
        return False
    if key == title_key:
        return True
    return (
        title_key.startswith(key.rstrip(" .…"))
        and len(key) >= 0.4 * len(title_key)
        and not is_prose(paragraph)
    )


def _body_start(paragraphs: Sequence[str]) -> int:
    """The first paragraph of prose that is not furniture, nor a caption: pages print a
    caption twice (the picture's alt text, then its legend), never an article's paragraph."""
    top = [fold(p) for p in paragraphs[:40]]
    for index, paragraph in enumerate(paragraphs):
        if not is_prose(paragraph) or clutter.is_ui(paragraph) or clutter.is_footer(paragraph):
            continue
        if clutter.is_captioned(paragraph) or (index < len(top) and top.count(top[index]) > 1):
            continue
        if _is_caption_over_the_headline(paragraphs, index):
            continue
        return index
    return len(paragraphs)


def _is_caption_over_the_headline(paragraphs: Sequence[str], index: int) -> bool:
    """A picture's caption printed before anything else, then the headline, then the article:
    "Le festival rassemble 600 personnes chaque année." / "Festivals : la recette" / "…"."""
    if index + 2 >= len(paragraphs) or len(paragraphs[index].split()) >= 20:
        return False
    if any(could_be_headline(clean_candidate(p)) for p in paragraphs[:index]):
        return False
    following = clean_candidate(paragraphs[index + 1])
    return could_be_headline(following) and is_prose(paragraphs[index + 2])


def _article_paragraphs(
    paragraphs: Sequence[str], start: int, skip: set[int], title: str, captions: set[str]
) -> list[str]:
    """The article's paragraphs from `start`; a footer line ends them, unless it comes so
    early that most of the page's prose would be lost (a "see also" box inside the text)."""
    # Read once per page: the titles it prints twice and its captions' copies.
    repeated = _teaser_titles(paragraphs) | captions
    cards = _first_teaser_card(paragraphs, start)
    body = _paragraphs_until_footer(paragraphs[:cards], start, skip, title, repeated, stop_at_footer=True)
    prose_left = sum(1 for p in paragraphs[start:] if is_prose(p) and not clutter.is_ui(p))
    if sum(1 for p in body if is_prose(p)) < 2 and prose_left >= 3:
        body = _paragraphs_until_footer(paragraphs, start, skip, title, repeated, stop_at_footer=False)
    return body


def _first_teaser_card(paragraphs: Sequence[str], start: int) -> int:
    """Where a list of other articles starts below the article: two date lines or more, of
    different days, each over a short title ("Billet • 6 décembre 2023" / "Gaza, …")."""
    cards = [
        (index, day)
        for index in range(start + 1, len(paragraphs) - 1)
        if not is_prose(paragraphs[index + 1]) and (day := _first_date(paragraphs[index])) is not None
    ]
    days = {day.date() for _, day in cards}
    return cards[0][0] if len(cards) >= 2 and len(days) >= 2 else len(paragraphs)


def _first_date(line: str) -> datetime | None:
    if len(line) > 120:
        return None
    return next((d for d in map(parse_date, date_candidates(line)) if d is not None), None)


def _is_furniture(paragraph: str, following: str | None) -> bool:
    if clutter.is_ui(paragraph) or clutter.is_widget_label(paragraph, following):
        return True
    if (
        clutter.is_footer(paragraph)
        or clutter.is_breadcrumb(paragraph)
        or clutter.is_section_label(paragraph)
    ):
        return True
    if not is_prose(paragraph) and (outlet_named_by(paragraph) is not None or clutter.is_byline(paragraph)):
        return True  # the site's name and tagline ("SWI swissinfo.ch - succursale"), a byline
    signed = _TITLE_SITE_SUFFIX.match(paragraph) if not is_prose(paragraph) else None
    if signed is not None and known_outlets().named(signed.group("site")) is not None:
        return True  # another article's title, signed by its outlet
    return clutter.is_captioned(paragraph) and not clutter.ends_with_signature(paragraph)


_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[•·▪►*-])\s+")


def _caption_copies(paragraphs: Sequence[str]) -> set[str]:
    """Captions as the page prints them again without their credit (the picture's alt text,
    a gallery's legend): the folded text of every captioned line, credit taken off."""
    copies = set()
    for paragraph in paragraphs:
        credit = clutter.caption_credit(paragraph)
        if credit:
            caption = paragraph[: len(paragraph) - len(credit)]
            caption = re.sub(r"\s+[-–—]\s+[^-–—]{2,40}$", "", caption)  # "— Michel Euler/AP/SIPA"
            copies.add(fold(caption.rstrip(" -–—")))
    return copies - {""}


def _teaser_titles(paragraphs: Sequence[str]) -> set[str]:
    """Short lines the page prints twice ("1. Que déduire de …" then "Que déduire de …"):
    the titles of a box of other articles. (The headline's own copies are handled apart.)"""
    counts: dict[str, int] = {}
    for paragraph in paragraphs:
        if not is_prose(paragraph):
            key = fold(_LIST_MARK.sub("", paragraph))
            counts[key] = counts.get(key, 0) + 1
    return {key for key, count in counts.items() if count > 1}


def _paragraphs_until_footer(
    paragraphs: Sequence[str], start: int, skip: set[int], title: str, teasers: set[str], stop_at_footer: bool
) -> list[str]:
    body: list[str] = []
    seen: set[str] = set()
    for index in range(start, len(paragraphs)):
        paragraph = paragraphs[index]
        if stop_at_footer and clutter.is_footer(paragraph):
            break
        if index in skip or _is_title_repeat(paragraph, title):
            continue
        if fold(_LIST_MARK.sub("", paragraph)) in teasers and not clutter.ends_with_signature(paragraph):
            continue
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if _is_furniture(paragraph, following):
            continue
        key = fold(paragraph)
        if key in seen:
            continue
        seen.add(key)
        body.append(paragraph)
        if clutter.ends_with_signature(paragraph):
            break  # a wire signature closes the dispatch; what follows is the page's
    # An article ends on a sentence, never on a heading or a teaser's title (which are short:
    # a long line without its full stop is the article's, cut by the page).
    while (
        body and not clutter.ends_sentence(body[-1]) and not is_prose(body[-1]) and len(body[-1].split()) < 15
    ):
        body.pop()
    return body


def _split_site_suffix(title: str, source: str) -> tuple[str, str]:
    """ "Headline | Le Monde" -> ("Headline", "Le Monde") when the suffix names the site."""
    match = _TITLE_SITE_SUFFIX.match(title)
    if not match:
        return title, source
    site = match.group("site").strip()
    if source and fold(site) in {fold(source), fold(source).replace(" ", "")}:
        return match.group("title").strip(), source
    if not source and len(site.split()) <= 3 and site[:1].isupper() and not site.endswith("."):
        return match.group("title").strip(), site
    return title, source


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


def _layout(paragraphs: Sequence[str], path: Path) -> _Layout:
    """The stages in order: where the body starts, the date lines near it, the headline
    above it, the body's paragraphs, then the site, which must not be the headline."""
    start = _body_start(paragraphs)
    prose_after = [i for i in range(start + 1, len(paragraphs)) if is_prose(paragraphs[i])]
    near_top = prose_after[0] + 1 if prose_after else start + 4
    date, date_lines = find_publication_date(paragraphs, near_top)
    header = [p for i, p in enumerate(paragraphs[:start]) if i not in date_lines]
    headline = find_headline(header, paragraphs[start] if start < len(paragraphs) else "")
    captions = _caption_copies(paragraphs)
    body = _article_paragraphs(paragraphs, start, date_lines, headline or "", captions)
    lead_in = _lead_in(paragraphs, start, date_lines, headline)
    body = [line for line in _standfirst(header, headline, body) if line not in lead_in] + lead_in + body
    title = headline or _stand_in_title(body, paragraphs, path)
    if not body:
        body = [p for p in header if not clutter.is_ui(p) and fold(p) != fold(title)]
    title, source = _split_site_suffix(title, find_site(paragraphs, title))
    return _Layout(title, body, date, source, _asides(paragraphs, body, captions))


# Who signs the article, on a short line of its own: "12 novembre 2019 à 5h14 par Marie PIRIOU",
# "LEFASO.NET | Par Tiga Cheick Sawadogo", "Le reportage d'Eric Roux et Léa Morvan :",
# "Sara Bouchard", "Yves Durand. Le Figaro.", "Élise Martin | Journal de Québec".
_SIGNED = re.compile(
    r"\b[Pp]ar\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}\s*$"
    r"|\b(?:reportage|texte|photos?|vidéo|images|propos recueillis|une chronique)"
    r"\s+(?:de\s+|d'|d’|par\s+)[A-ZÀ-Ý]"
    r"|^(?:[Pp]ar\s+)?[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){1,2}\s*(?:$|[|.,]|\sle\s\w+\s\d)"
)


def _is_signature_line(line: str) -> bool:
    if (
        len(line.split()) > 12
        or clutter.is_ui(line)
        or clutter.is_section_label(line)
        or not _SIGNED.search(line)
    ):
        return False
    return not all(word.lower().strip(".,|") in clutter.SECTION_LABELS for word in line.split()[:2])


def _asides(paragraphs: Sequence[str], body: Sequence[str], captions: set[str]) -> tuple[str, ...]:
    """The page's lines that name the article's people and places without being its body:
    bylines, and photo captions without their credits (a photographer is not in the story)."""
    kept, asides = set(body), []
    for paragraph in paragraphs:
        if paragraph in kept or len(paragraph) > 400:
            continue
        credit = clutter.caption_credit(paragraph)
        if credit:
            asides.append(paragraph[: len(paragraph) - len(credit)])
        elif fold(paragraph) in captions or clutter.is_byline(paragraph) or _is_signature_line(paragraph):
            asides.append(paragraph)
    return tuple(aside for aside in asides if aside.strip())


def _standfirst(header: Sequence[str], headline: str | None, body: Sequence[str]) -> list[str]:
    """The standfirst: a long line right after the headline that does not end like a
    sentence, so the body's start passed it by ("Des liens d'affection se tissent entre …")."""
    if not headline:
        return []
    keys = [fold(line) for line in header]
    after = [i for i, key in enumerate(keys) if key == fold(headline)]
    if not after or after[-1] + 1 >= len(header):
        return []
    line = header[after[-1] + 1]
    if len(line.split()) < 12 or line in body or clutter.is_ui(line) or clutter.is_captioned(line):
        return []
    return [line] if not (clutter.is_byline(line) or clutter.is_breadcrumb(line)) else []


def _lead_in(paragraphs: Sequence[str], start: int, date_lines: set[int], headline: str | None) -> list[str]:
    """The lines between the headline and the first paragraph of prose, when they are the
    article's own: a live page's short sections ("Urgences", "En cas d'urgence : 112")
    come before any long paragraph. Read upwards from the body; the first line that is the
    page's (a date, a byline, a caption, a list of links, a path) ends them."""
    if not headline or start >= len(paragraphs):
        return []
    above = range(start - 1, -1, -1)
    below_headline = next((i for i in above if fold(paragraphs[i]) == fold(headline)), -1)
    # A live page's posts, each stamped with its time, with links to other articles between them.
    live = sum(1 for p in paragraphs[below_headline + 1 : start] if _LIVE_POST.match(p)) >= 2
    lines: list[str] = []
    for index in range(start - 1, below_headline, -1):
        paragraph = paragraphs[index]
        if live and clutter.is_ui(paragraph):
            continue
        if index in date_lines or not _could_open_the_article(paragraph, paragraphs[index + 1]):
            return lines
        lines.insert(0, paragraph)
    return lines


_LIVE_POST = re.compile(r"^\s*\d{1,2}\s*[h:]\s*\d{2}\s*[.:–—-]?\s+\S")


def _could_open_the_article(paragraph: str, following: str) -> bool:
    if (
        _is_furniture(paragraph, following)
        or _LIST_MARK.match(paragraph)
        or _NOT_PROSE_CHARS.search(paragraph)
    ):
        return False
    if clutter.caption_credit(paragraph) or clutter.is_truncated(paragraph) or _is_signature_line(paragraph):
        return False
    return not _LABELLED_LINE.match(paragraph)


_NOT_PROSE_CHARS = re.compile(r"https?:|www\.|[<>{}]|\w/\w+/")
_LABELLED_LINE = re.compile(r"^\s*[\w ]{2,20}\s:\s")  # "Source : JT 20h"


def _stand_in_title(body: Sequence[str], paragraphs: Sequence[str], path: Path) -> str:
    """No line is shaped like a headline: the first sentence stands in, else the file name."""
    fallback = body or [p for p in paragraphs if not clutter.is_ui(p)]
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
) -> Article:
    """Parse the (already decoded and sanitised) text of the file at `path`.

    `metadata` (from a sidecar) overrides what the text's front matter says, which
    overrides what detection finds; `site_default` (a folder's `.reader.toml`) is the site
    when none of them names one.
    """
    front, text = split_front_matter(text)
    meta = (metadata or Metadata()).merged(front)
    warnings: list[str] = list(meta.warnings)
    found = _layout(split_paragraphs(_cut_to_limit(clutter.without_crawl_stamp(text), warnings)), path)
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
