"""Find the site's name in a scraped page: a name line at the top, a domain, a signature."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.outlets import Outlet, known_outlets
from index.page import clutter
from index.text import fold

_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)*\.[a-z]{2,12})/?$", re.IGNORECASE)
_SIGNATURE_SOURCE = re.compile(r"^\s*(?:vidéo|video)\s*:\s*(\S.{0,40}?)\s*$", re.IGNORECASE)
# Agencies and photo banks credit a picture or a dispatch, not the site that published the page.
_NOT_SITES = {
    "ap",
    "afp",
    "reuters",
    "keystone",
    "getty images",
    "dpa",
    "ats",
    "epa",
    "shutterstock",
    "belga",
    "sda-ats",
}
_MAX_SITE_WORDS = 4
# A site line before its tagline: "Outlet - tagline", "Outlet, tagline", "OUTLET | Par ...".
_TAGLINE = re.compile(r"\s+[-–—|]\s+|,\s+")
# Where a page credits its own outlet: a byline, a copyright, a source line.
# ("Source : X" is not one: pages cite other outlets as their sources.) A byline may also be
# "Prénom Nom. Outlet."
_CREDIT = re.compile(
    r"(?:^[Pp]ar\s*,?\s+|©\s*|^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2}\.\s+)([^,;|/]{2,60})"
)
_APPEAL = re.compile(
    r"\b(?:soutenez|abonnez[- ]vous|je m'abonne|faites un don|accès illimité|rejoignez|suivez|"
    r"téléchargez l'application)\b",
    re.IGNORECASE,
)


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
    """The site's name as the page gives it, or "" when the page does not say: a wrong name
    is worse than none.

    Looked for, in order: a known outlet (index/data/outlets.toml) named by a line near the
    top, alone or before its tagline; a bare domain line near the top; a known outlet in a
    credit anywhere near the top or the bottom ("Par Public Sénat", "© Le Figaro"); an
    unknown name on the first line, only when the page names it again or it is a domain;
    a signature such as "Video: watson". A shorter, run-together form at the top
    ("Lagazette") gives way to the spaced form the page also uses ("Paris / La Gazette").
    """
    nonblank = [line.strip() for line in lines if line.strip()]
    edges = [*nonblank[:15], *nonblank[-15:]]
    name = (
        _outlet_line(nonblank[:10], headline)
        or _domain_line(nonblank[:6])
        or _outlet_credit(edges)
        or _outlet_appeal(nonblank)
        or _name_line(nonblank, headline)
        or _signature(nonblank)
    )
    if name and not _DOMAIN.match(name):
        name = _spaced_form(name, nonblank[1:12]) or name
    return name


def _outlet_line(lines: Sequence[str], headline: str | None) -> str:
    """A line that is a known outlet's name, or starts with it before its tagline
    ("SWI swissinfo.ch - succursale de la SSR", "LEFASO.NET | Par ...")."""
    for line in lines:
        if fold(line) == fold(headline or ""):
            break  # the site is named above the headline, not in the article
        found = outlet_named_by(line)
        if found is not None and not found[1].is_agency:
            return found[0]
    return ""


def outlet_named_by(line: str) -> tuple[str, Outlet] | None:
    """(the name as written, the outlet) when `line` is a known outlet's name or domain,
    alone (a bullet aside) or before its tagline; None otherwise."""
    for part in (line, *_TAGLINE.split(line, maxsplit=1)[:1]):
        part = part.strip(' .«»"•·*–-')
        outlet = (known_outlets().named(part) or _outlet_of_domain(part)) if part else None
        if outlet is not None:
            return part, outlet
    return None


def _outlet_of_domain(text: str) -> Outlet | None:
    match = _DOMAIN.match(text)
    return known_outlets().of_domain(match.group(1)) if match else None


def _outlet_credit(lines: Sequence[str]) -> str:
    """A known outlet in a byline or a copyright: "Par Public Sénat", "© Le Figaro"."""
    outlets = known_outlets()
    for line in lines:
        for match in _CREDIT.finditer(line):
            words = match.group(1).split()
            # The longest run of the credit's first words that names an outlet.
            for end in range(min(len(words), 5), 0, -1):
                candidate = " ".join(words[:end]).strip(' .,;:)»«"')
                outlet = outlets.named(candidate)
                if outlet is not None and not outlet.is_agency:
                    return candidate
    return ""


def _outlet_appeal(lines: Sequence[str]) -> str:
    """A page asking to support or subscribe to its outlet names it: "Soutenez Politis, faites
    un don", "un accès illimité à tout TelQuel"."""
    outlets = known_outlets()
    for line in lines:
        if len(line) < 300 and _APPEAL.search(line):
            found = outlets.mentioned(line)
            if found:
                return found
    return ""


def _name_line(lines: Sequence[str], headline: str | None) -> str:
    """An unknown name on the first line: a brand only when the page names it again (or in
    its spaced form) or it is a domain; else a section label, a place, a button."""
    top = lines[0] if lines else ""
    if not top or not _site_like(top) or fold(top) == fold(headline or ""):
        return ""
    if known_outlets().named(top) is not None or _DOMAIN.match(top):
        return top
    key = fold(top).replace(" ", "")
    again = any(key in fold(line).replace(" ", "") for line in lines[1:40])
    return top if again or _spaced_form(top, lines[1:12]) else ""


def _domain_line(lines: Sequence[str]) -> str:
    for line in lines:
        match = _DOMAIN.match(line)
        if match:
            return match.group(1)
    return ""


def _signature(lines: Sequence[str]) -> str:
    """ "Video: watson": a known outlet signing a video or a source line."""
    for line in lines:
        match = _SIGNATURE_SOURCE.match(line)
        if match and match.group(1).lower() not in _NOT_SITES and known_outlets().named(match.group(1)):
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
