"""Dates that are other articles': a list of dated titles, a list of teasers each with its day,
and the one day a page prints again among them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime

from index.page.date_writing import DATE_EXPRESSION, PUBLISHED, UPDATED


def is_a_dated_title(lines: Sequence[str], index: int) -> bool:
    """Other articles' titles, each ending on its day, one a line ("Kerne - Société : La foire
    revient - Vendredi, 15 Octobre 2021 16:16"): a list, not the article's date line."""
    neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return _title_then_day(lines[index]) and any(map(_title_then_day, neighbours))


_TITLE_WORDS = 4
_DAY_AFTER_A_DASH = re.compile(
    r"\s[-–—|]\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s*)?$", re.IGNORECASE
)


def _title_then_day(line: str) -> bool:
    """A title of a few words, then a day (and its time) ending the line after a dash."""
    days = list(DATE_EXPRESSION.finditer(line))
    if not days or days[-1].end() < len(line.rstrip()):
        return False
    before = line[: days[-1].start()]
    dash = _DAY_AFTER_A_DASH.search(before)
    title = before[: dash.start()] if dash else ""
    return len(title.split()) >= _TITLE_WORDS and not (PUBLISHED.search(title) or UPDATED.search(title))


def printed_again(plain: Sequence[datetime], written: dict[date, set[str]]) -> datetime | None:
    """The one day printed again in another form among unlabelled dates of several days
    ("2020-08-10", "10.08.2020" under a banner's "08 avril 2024"); teasers of the same day
    print it the same way."""
    days = Counter(d.date() for d in plain)
    repeated = [day for day, count in days.items() if count >= 2 and len(written[day]) >= 2]
    if len(days) < 2 or len(repeated) != 1:
        return None
    return next(d for d in plain if d.date() == repeated[0])


def is_teaser_list(plain: Sequence[datetime]) -> bool:
    """Three unlabelled date lines or more with different days near the top: a list of other
    articles ("What's hot", "Les plus lus"), each with its date."""
    return len(plain) >= 3 and len({d.date() for d in plain}) >= 2
