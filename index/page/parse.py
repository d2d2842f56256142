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
from index.page.body import article_paragraphs, foreign_furniture, is_signature_line, lead_in
from index.page.captions import caption_copies
from index.page.date_writing import parse_date
from index.page.dates import date_candidates, find_publication_date, has_a_date_glued_on, is_titled_date
from index.page.headline import (
    TITLE_SITE_SUFFIX,
    find_headline,
    first_sentence,
    headline_under_its_standfirst,
    holds_the_headline,
)
from index.page.headline_shape import is_menu
from index.page.metadata import Metadata, split_front_matter
from index.page.own_voice import DOMAIN, LINK_WORDS
from index.page.prose import is_prose
from index.page.results import collapsed_spaces, is_results_line
from index.page.site import find_site, written_name
from index.records import Article, article_id
from index.text import fold, sanitize_line


# The site may hold a hyphen ("Ouest-France"), not a spaced separator.
def split_paragraphs(text: str) -> list[str]:
    """Non-blank paragraphs. Scraped pages put one paragraph per line; a block of
    hard-wrapped lines (a plain-text article wrapped at a fixed width) is joined back."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [collapsed_spaces(line) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if _is_hard_wrapped(lines):
            paragraphs.append(_join_wrapped(lines))
        else:
            paragraphs.extend(_with_run_ons_joined(lines))
    return [part for paragraph in paragraphs for part in _without_glued_stamp(paragraph)]


# A photographer's credit glued before the paragraph under the picture: "Photo : Noé Roy – Les
# deux dernières séances du conseil …".
_GLUED_CREDIT = re.compile(
    r"^((?i:photos?|crédits?(?: photos?)?)\s*:\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3})\s+[–—-]\s+"
    r"(?=[A-ZÀ-Ý].{80,})"
)


# A date stamp glued to the paragraph it opens: "14 décembre 2009Le syndic a fait le point …".
_GLUED_STAMP = re.compile(r"^(\d{1,2}(?:er)? [a-zéû]{3,9}\.? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})(?=[A-ZÀ-Ý«])")


# A picture's file name, its alt text, glued to the paragraph under it: "merignac1webCertes, ce
# n'est pas …" (lower case with a digit, as no word of French is written).
_GLUED_FILE_NAME = re.compile(r"^[a-z][a-z_-]*\d+[a-z0-9_-]*(?=[A-ZÀ-Ý][a-zà-ÿ'’]*[ ,].{40,})")


# An update's label with no date, glued to the paragraph: "mise à jourDurant une semaine, …".
_GLUED_LABEL = re.compile(r"^(?i:mise? à jour|actualisé|updated)(?=[A-ZÀ-Ý][a-zà-ÿ'’]*[ ,].{40,})")


def _without_glued_stamp(paragraph: str) -> list[str]:
    """The stamp (or a photographer's credit) on a line of its own, so that it is read as the
    date (or dropped as a credit) and the text as the text; a picture's file name dropped."""
    paragraph = _GLUED_LABEL.sub("", _GLUED_FILE_NAME.sub("", paragraph))
    credit = _GLUED_CREDIT.match(paragraph)
    if credit is not None:
        return [credit[1], paragraph[credit.end() :]]
    match = _GLUED_STAMP.match(paragraph)
    if match is None or parse_date(match[1]) is None:
        return [paragraph]
    return [match[1], paragraph[match.end() :]]


def _with_run_ons_joined(lines: Sequence[str]) -> list[str]:
    """A sentence the page broke across lines among other lines ("La préfète … a entamé" /
    "une tournée des municipalités …" / "tournée :"): a line cut after a word, then words in
    lower case (a few at least, unless the sentence already runs on: a lone "mediacongo" under
    a title is the site's name, "mise à jour" a label). A headline broken so is joined too
    ("Jusqu'à 300 euros d'économies" / "en changeant de fournisseur")."""
    joined: list[str] = []
    running_on = False
    last = ""  # the last line as the page printed it, before any joining
    for line in lines:
        previous = joined[-1] if joined else ""
        cut = len(previous) >= 25 and re.search(r"[a-zà-ÿ,]$", previous) is not None
        # (A line never ends on "du" or on a name's hyphen: "… du" / "Gouvernement de …",
        # "Félix-" / "Antoine …", whatever the case the next line opens with.)
        # (Only a short line, wrapped at a width; a teaser cut at its length is longer.)
        dangling = 25 <= len(last) <= 100 and bool(_DANGLING_END.search(last))
        # (a headline broken after its kicker's colon: "Léa Roy :" / "l'économie au service …")
        dangling = dangling or (_NAME_AND_COLON.match(last) is not None and line[:1].islower())
        last = line
        lower = line[:1].islower() and (running_on or len(line.split()) >= 4) and not _is_meta(line)
        if (cut and lower) or dangling:
            joined[-1] = _join_wrapped([previous, line])
            running_on = True
            continue
        joined.append(line)
        running_on = False
    return joined


_NAME_AND_COLON = re.compile(r"^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}\s*:$")
_DANGLING_END = re.compile(
    r"(?:\s(?:de|du|des|la|le|les|à|au|aux|et|en|sur|par|pour|un|une|l['’]|d['’])|[a-zà-ÿ]-)$", re.IGNORECASE
)


def _is_meta(line: str) -> bool:
    """A line the page starts in lower case that is no sentence's rest: "mardi 5 mars 2024,
    17:45", "par Léa Morvan", "mis à jour le …"."""
    return bool(_META_START.match(line) or clutter.is_byline(line) or date_candidates(line[:40]))


# (a label glued to the paragraph after it ends the word too: "mise à jourDurant une semaine …")
_META_START = re.compile(
    r"(?:par|by|publié|mis à jour|mise à jour|modifié|photo|crédit|source)(?:\b|(?-i:(?=[A-ZÀ-Ý])))", re.I
)


def _is_hard_wrapped(lines: Sequence[str]) -> bool:
    """Lines cut at a fixed width: nearly all as long as the longest, and most running on."""
    if len(lines) == 2:
        first, second = lines
        return (
            len(first) >= 60
            and not clutter.ends_sentence(first)
            and second[:1].islower()
            and not _is_meta(second)
        )
    if len(lines) < 3 or len(set(lines)) < len(lines):
        return False  # (a caption printed twice, as alt text then legend, is no wrapped text)
    if sum(map(is_results_line, lines)) * 2 >= len(lines):
        return False  # a round's results, a match a line
    # (other articles' titles, each ending on its day and time: "… - Jeudi, 14 Octobre 2021 15:00")
    if sum(line.rstrip()[-1:].isdigit() for line in lines) * 2 >= len(lines):
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
        # ("Félix-" + "Antoine": a name's hyphen too.)
        hyphen = joined.endswith("-") and (
            line[:1].islower() or (joined[-2:-1].isalpha() and line[:1].isupper())
        )
        joined = joined + line if hyphen else f"{joined} {line}"
    return joined


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
    if clutter.is_section_label(site) or interface.is_ui(site):
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


def _layout(page: Sequence[str], path: Path) -> _Layout:
    """The stages in order: where the body starts, the date lines near it, the headline
    above it, the body's paragraphs, then the site, which must not be the headline (and may
    be read from the pictures' addresses, which nothing else keeps)."""
    paragraphs = [text for text in (_MARKUP_LEFT.sub("", p).strip() for p in page) if text]
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
    title, source = _split_site_suffix(title, find_site(page, title), page)
    return _Layout(title, body, date, source, _asides(paragraphs, body, captions))


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


def _asides(paragraphs: Sequence[str], body: Sequence[str], captions: set[str]) -> tuple[str, ...]:
    """The page's lines that name the article's people and places without being its body:
    bylines, and photo captions without their credits (a photographer is not in the story)."""
    kept, asides = set(body), []
    for paragraph in paragraphs:
        if paragraph in kept or len(paragraph) > 400:
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
