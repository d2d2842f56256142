"""Find the site's name in a scraped page: a name line at the top, a domain, a signature."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.page import clutter
from index.text import fold

_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)*\.[a-z]{2,12})/?$", re.IGNORECASE)
_SIGNATURE_SOURCE = re.compile(r"^\s*(?:vidéo|video|source)\s*:\s*(\S.{0,40}?)\s*$", re.IGNORECASE)
# Agencies and photo banks credit a picture or a dispatch, not the site that published the page.
_NOT_SITES = {"ap", "afp", "reuters", "keystone", "getty images", "dpa", "ats", "epa", "shutterstock"}
_MAX_SITE_WORDS = 4


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
    name = _name_line(nonblank, headline) or _domain_line(nonblank[:6]) or _signature(nonblank)
    if name and not _DOMAIN.match(name):
        name = _spaced_form(name, nonblank[1:12]) or name
    return name


def _name_line(lines: Sequence[str], headline: str | None) -> str:
    top = lines[0] if lines else ""
    return top if top and _site_like(top) and fold(top) != fold(headline or "") else ""


def _domain_line(lines: Sequence[str]) -> str:
    for line in lines:
        match = _DOMAIN.match(line)
        if match:
            return match.group(1)
    return ""


def _signature(lines: Sequence[str]) -> str:
    for line in lines:
        match = _SIGNATURE_SOURCE.match(line)
        if match and match.group(1).lower() not in _NOT_SITES and len(match.group(1).split()) <= 3:
            return match.group(1)
    return ""


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
