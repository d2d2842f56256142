"""Pick the headline and the site name out of the lines at the top of a scraped page."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from index import clutter

_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)*\.[a-z]{2,12})/?$", re.IGNORECASE)
_SIGNATURE_SOURCE = re.compile(r"^\s*(?:vidéo|video|source)\s*:\s*(\S.{0,40}?)\s*$", re.IGNORECASE)
# Agencies and photo banks credit a picture or a dispatch, not the site that published the page.
_NOT_SITES = {"ap", "afp", "reuters", "keystone", "getty images", "dpa", "ats", "epa", "shutterstock"}
_MIN_HEADLINE_WORDS = 3
_MAX_HEADLINE_CHARS = 220
_MAX_SITE_WORDS = 4


# Regex passes, not a per-character loop in Python: that loop was a tenth of ingestion time.
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_QUOTES = re.compile(r"[\"'’“”«»]")


def fold(text: str) -> str:
    """Lowercase, accents removed, whitespace collapsed: for comparing two lines."""
    stripped = _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return " ".join(_QUOTES.sub(" ", stripped).split())


def is_all_caps(line: str) -> bool:
    letters = sum(map(str.isalpha, line))
    return letters >= 8 and sum(map(str.isupper, line)) >= 0.9 * letters


def is_prose(line: str) -> bool:
    """A paragraph of the article rather than a label, headline or caption."""
    words = len(line.split())
    if is_all_caps(line):
        return False
    if words >= 25:
        return True
    return words >= 10 and clutter.ends_sentence(line) and not clutter.is_truncated(line)


def _could_be_headline(line: str) -> bool:
    words = line.split()
    if len(words) < _MIN_HEADLINE_WORDS or len(line) > _MAX_HEADLINE_CHARS:
        return False
    if clutter.is_truncated(line) or clutter.is_ui(line) or clutter.is_footer(line):
        return False
    if clutter.is_section_label(line) or clutter.is_breadcrumb(line) or clutter.is_byline(line):
        return False
    if line.rstrip().endswith(":") or clutter.strip_dateline(line) != line:
        return False
    return not (is_prose(line) or (line.rstrip().endswith(".") and not is_all_caps(line)))


def find_headline(header: Sequence[str]) -> str | None:
    """The headline among the lines above the body, or None.

    A line the page repeats (title, og:title, h1) is the headline; else the first line
    shaped like one: a few words, not a label, breadcrumb, caption, byline or sentence.
    """
    folded = [fold(line) for line in header]
    counts = Counter(folded)
    for line, key in zip(header, folded, strict=True):
        if counts[key] > 1 and _could_be_headline(line):
            return line.strip()
    for line in header:
        if _could_be_headline(line):
            return line.strip()
    return None


def first_sentence(paragraph: str) -> str:
    """The first sentence of `paragraph` without a dateline, as a stand-in headline."""
    text = clutter.strip_dateline(paragraph.strip())
    match = re.search(r"(?<=[^\s.A-Z][.!?])\s+(?=[«\"A-ZÀ-Ý])", text)
    sentence = text[: match.start()] if match else text
    if len(sentence) > _MAX_HEADLINE_CHARS:
        sentence = sentence[: _MAX_HEADLINE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return sentence.strip()


def _site_like(line: str) -> bool:
    text = line.strip()
    words = text.split()
    if not words or len(words) > _MAX_SITE_WORDS or len(text) > 40:
        return False
    if clutter.ends_sentence(text) or text.endswith(":") or clutter.is_ui(text):
        return False
    if clutter.is_section_label(text) or text.lower() in _NOT_SITES:
        return False
    return bool(_DOMAIN.match(text)) or text[0].isupper() or text[0].isdigit()


def find_site(lines: Sequence[str], headline: str | None) -> str:
    """The site's name as the page gives it, or "" when the page does not say.

    Looked for, in order: a site-name line at the very top, a bare domain line near the
    top, a signature such as "Video: watson". A shorter, run-together form at the top
    ("Lagazette") gives way to the spaced form the page also uses ("Paris / La Gazette").
    """
    nonblank = [line.strip() for line in lines if line.strip()]
    name = ""
    top = nonblank[0] if nonblank else ""
    if top and _site_like(top) and fold(top) != fold(headline or ""):
        name = top
    if not name:
        for line in nonblank[:6]:
            match = _DOMAIN.match(line)
            if match:
                name = match.group(1)
                break
    if not name:
        for line in nonblank:
            match = _SIGNATURE_SOURCE.match(line)
            if match and match.group(1).lower() not in _NOT_SITES and len(match.group(1).split()) <= 3:
                name = match.group(1)
                break
    if name and not _DOMAIN.match(name):
        name = _spaced_form(name, nonblank[1:12]) or name
    return name


def _spaced_form(name: str, lines: Sequence[str]) -> str | None:
    letters = [c for c in name if c.isalnum()]
    if len(letters) < 4 or " " in name:
        return None
    pattern = re.compile(
        r"(?<!\w)" + r"[\s'’-]?".join(re.escape(c) for c in letters) + r"(?!\w)", re.IGNORECASE
    )
    for line in lines:
        match = pattern.search(line)
        if match and match.group(0) != name and re.search(r"[\s'’-]", match.group(0)):
            return match.group(0)
    return None
