"""Find an article's publication date: regex candidates near the top, parsed by dateparser."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import lru_cache

# Candidates always carry a day, a month and a four-digit year: weekday names, "hier",
# "cette semaine" and other relative words are never a publication date.
_MONTH = r"[A-Za-zÀ-ÿ]{3,10}\.?"
_TIME = r"(?:\s*,?\s*(?:à|a|at|um|-|–)?\s*\d{1,2}\s*[:hH]\s*\d{2}(?:\s*[:]\s*\d{2})?(?:\s*(?:am|pm|AM|PM))?)?"
_TZ = r"(?:\s*\(?\s*(?:(?:UTC|GMT)\s*[+-−]\s*\d{1,2}(?::?\d{2})?|UTC|GMT|CEST|CET|Z)\s*\)?)?"
_CANDIDATE = re.compile(
    rf"""
    (?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}(?:[T\s]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)
  | (?P<numeric>\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}{_TIME}{_TZ})
  | (?P<dmy>\b\d{{1,2}}(?:er|st|nd|rd|th)?\.?\s+{_MONTH}\s+\d{{4}}{_TIME}{_TZ})
  | (?P<mdy>\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}{_TIME}{_TZ})
    """,
    re.VERBOSE,
)
_PUBLISHED = re.compile(r"\b(publi[ée]e?|published|posted|paru|date)\b", re.IGNORECASE)
_UPDATED = re.compile(r"\b(mis à jour|mise à jour|actualisé|modifié|updated|aktualisiert)\b", re.IGNORECASE)
_LANGUAGES = ["fr", "en", "de", "it", "es", "nl", "pt"]
_TZ_NAMES = {"CET": "+01:00", "CEST": "+02:00", "GMT": "+00:00", "UTC": "+00:00", "Z": "+00:00"}
# A date line may carry a few other words ("Par Jean Dupont", "Publié le"), not a sentence.
_MAX_OTHER_WORDS = 7


def _normalise(candidate: str) -> str:
    text = candidate.replace("−", "-").replace("–", "-")
    text = re.sub(r"(\d)\s*[hH]\s*(\d{2})", r"\1:\2", text)
    text = re.sub(r"\b(\d{1,2})(?:er|st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"\s+(?:à|a|at|um|-)\s+(?=\d{1,2}:)", " ", text)
    text = re.sub(r"[()]", " ", text)
    text = re.sub(r"\b(CEST|CET)\b", lambda m: "UTC" + _TZ_NAMES[m.group(1)], text)
    return " ".join(text.replace(",", " ").split())


@lru_cache(maxsize=4096)
def parse_date(text: str) -> datetime | None:
    """Parse one date expression (also used for user metadata); None unless it is a full date."""
    text = text.strip()
    if not text:
        return None
    try:
        return _plausible(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    match = _CANDIDATE.search(text)
    if match is None:  # no day, month and year: "la semaine dernière" is not a date
        return None
    text = match.group(0)
    import dateparser  # only ingestion pays for importing dateparser

    settings = {"DATE_ORDER": "DMY", "STRICT_PARSING": True, "PREFER_DATES_FROM": "past"}
    parsed = dateparser.parse(_normalise(text), languages=_LANGUAGES, settings=settings)  # type: ignore[arg-type]
    return _plausible(parsed)


def _plausible(value: datetime | None) -> datetime | None:
    if value is None or value.year < 1900:
        return None
    now = datetime.now(value.tzinfo or None) if value.tzinfo else datetime.now()
    if value - now > timedelta(days=2):
        return None
    return value


def date_candidates(line: str) -> list[str]:
    """Date expressions in `line`, in order, if the line is a date line rather than prose."""
    matches = list(_CANDIDATE.finditer(line))
    if not matches:
        return []
    rest = _CANDIDATE.sub(" ", line)
    if len(re.findall(r"\w+", rest)) > _MAX_OTHER_WORDS:
        return []
    return [m.group(0) for m in matches]


def find_publication_date(lines: Sequence[str], near_top: int) -> tuple[datetime | None, set[int]]:
    """The publication date and the indexes of every date line.

    Lines labelled "Publié" win, then unlabelled date lines among the first `near_top`
    lines, then lines labelled "Mis à jour". A line may hold several dates
    ("12.06.2023, 05:57 12.06.2023, 08:30"): the first is the publication.
    """
    published: list[datetime] = []
    plain: list[datetime] = []
    updated: list[datetime] = []
    date_lines: set[int] = set()
    for index, line in enumerate(lines):
        labelled_published = bool(_PUBLISHED.search(line))
        labelled_updated = bool(_UPDATED.search(line))
        if index >= near_top and not (labelled_published or labelled_updated):
            continue
        candidates = date_candidates(line)
        parsed = [d for d in (parse_date(c) for c in candidates) if d is not None]
        if not parsed:
            continue
        date_lines.add(index)
        if labelled_published and not (
            labelled_updated and _UPDATED.search(line).start() < _PUBLISHED.search(line).start()  # type: ignore[union-attr]
        ):
            published.append(parsed[0])
        elif labelled_updated:
            updated.append(parsed[0])
        else:
            plain.append(parsed[0])
    for group in (published, plain, updated):
        if group:
            return group[0], date_lines
    return None, date_lines


def wall_clock(value: datetime) -> datetime:
    """The time as the article wrote it, naive: what a date query on the article should match."""
    return value.replace(tzinfo=None)
