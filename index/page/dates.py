"""Find an article's publication date: which date lines near the top are the article's, and which wins."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import pairwise

from index.page import clutter, credits, interface
from index.page.date_lines import date_candidates, label_of, labelled_part
from index.page.date_lists import is_a_dated_title, is_teaser_list, printed_again
from index.page.date_writing import (
    DATE_EXPRESSION,
    PUBLISHED,
    UPDATED,
    calendar_badge,
    follows_a_name,
    parse_date,
    short_year_date,
)
from index.page.datelines import dateline_date

_PUBLISHED, _UPDATED = PUBLISHED, UPDATED  # (the labels' names here, where they are read most)


def find_publication_date(lines: Sequence[str], near_top: int) -> tuple[datetime | None, set[int]]:
    """The publication date and the indexes of every date line.

    Lines labelled "Publié" among the first `near_top` lines win, then unlabelled date lines
    there (before those after a name, as an agenda or a menu lists a day), then labelled lines
    further down (another article's card may carry one), then lines labelled "Mis à jour". A
    line may hold several dates ("12.06.2023, 05:57 12.06.2023, 08:30"): the first is the
    publication.
    """
    found = _DateLines()
    for index in range(len(lines)):
        found.read(lines, index, near_top)
    plain = found.groups["plain"]
    repeated = printed_again(plain, found.written)
    if repeated is not None:
        plain[:] = [repeated]  # the article's day, printed twice or more among others'
    elif not found.groups["published"] and is_teaser_list(plain):
        plain.clear()  # other articles' dates: unsure, so none (a wrong date is worse)
    for name, group in found.groups.items():
        if name == "updated" and group:
            return _over_its_update(lines, found.date_lines) or group[0], found.date_lines
        if group:
            return group[0], found.date_lines
    return _date_elsewhere(lines, near_top, found.date_lines), found.date_lines


@dataclass
class _DateLines:
    """The page's dates sorted by how sure each is, in the order they are tried."""

    groups: dict[str, list[datetime]] = field(
        default_factory=lambda: {k: [] for k in ("published", "plain", "named", "published_below", "updated")}
    )
    date_lines: set[int] = field(default_factory=set)
    written: defaultdict[date, set[str]] = field(default_factory=lambda: defaultdict(set))  # each day's forms

    def read(self, lines: Sequence[str], index: int, near_top: int) -> None:
        label, line = labelled_part(lines[index])
        if index >= near_top and label == "plain":
            return
        if label == "published" and index >= near_top:
            label = "published_below"  # far below the top: maybe another article's card
        # "• vendredi 19 avril 2024 02 h 49", "Dimanche, 9 novembre 2025" on the first line: the
        # site's clock, or maybe the article's day; unsure, it dates nothing (a wrong date is worse).
        clock_or_teaser = _is_the_site_s_clock(lines, index, line) or is_a_dated_title(lines, index)
        if _TODAY.match(line) or (label == "plain" and clock_or_teaser):
            self.date_lines.add(index)  # furniture, but no publication date
            return
        first = _first_date(lines, index, line)
        if first is None:
            closing = _closing_label_date(line) if index < near_top else None
            if closing is not None:
                self.groups["published"].append(closing)  # the line stays the article's: no date line
            return
        self.date_lines.add(index)
        if not _is_caption(lines, index):  # the day a photo was taken
            self.groups["named" if label == "plain" and follows_a_name(line) else label].append(first)
            self.written[first.date()].add(line.strip())


# A weather widget's temperature: "12.1 C", "-3 °C".
_TEMPERATURE = re.compile(r"^\s*-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]\s*$")


def _is_the_site_s_clock(lines: Sequence[str], index: int, line: str) -> bool:
    """A date on the first line in a widget's style, or under a weather widget ("12.1 C" /
    "Val-de-Travers" / "20 décembre 2025"): the site's clock, not the article's day."""
    # (the first line of the page but its furniture: "Facebook Twitter" over the clock; a
    # clock signs nothing: "27.04.2023 par PAD" is the article's day and author)
    if (
        index <= _FURNITURE_OVER_THE_CLOCK
        and not _SIGNED.search(line)
        and all(interface.is_ui(above) for above in lines[:index])
        and (_WIDGET_START.match(line) or _over_an_earlier_day(lines, index))
    ):
        return True
    return any(_TEMPERATURE.match(above) for above in lines[max(0, index - 2) : index])


_FURNITURE_OVER_THE_CLOCK = 2
_SIGNED = re.compile(r"\bpar\s+[A-ZÀ-Ý]")
# How far below the site's clock the article's own date line may stand (the masthead, a
# menu and the headline between them), and how long that line may be ("mardi 5 avril 2011 |
# 5741 visites"): a paragraph citing an earlier day is no date line.
_CLOCK_REACH = 12
_DATE_LINE_CHARS = 60


def _over_an_earlier_day(lines: Sequence[str], top: int) -> bool:
    """The page's first line a date over a date line of an earlier day, next to it or a few
    lines down ("Mardi 19 Mars, 2024 à Dakar" / "Vendredi 01 Juin, 2018", or "jeudi 2 mai
    2024" / a masthead, a menu, the headline / "mardi 5 avril 2011 | 5741 visites"): today's
    date in the site's header, then the article's day."""
    today = _first_date(lines, top, lines[top])
    if today is None:
        return False
    days = [
        _first_date(lines, index, line)
        for index, line in enumerate(lines[top + 1 : top + _CLOCK_REACH + 1], top + 1)
        if label_of(line) == "plain"
        and len(line) <= _DATE_LINE_CHARS
        and not line.rstrip().endswith(_SENTENCE_ENDS)
    ]
    found = [day for day in days if day is not None]
    # (one: under several dates, a list of other articles' days, the first no clock)
    return len(found) == 1 and today.date() > found[0].date()


def _date_elsewhere(lines: Sequence[str], near_top: int, date_lines: set[int]) -> datetime | None:
    """No date line near the top: a date alone at the article's foot (then a date line too),
    or a dateline's at a paragraph's start."""
    foot = _foot_date_line(lines, near_top)
    if foot is not None:
        date_lines.add(foot)
        return _first_date(lines, foot, lines[foot])
    if near_top < len(lines) and _is_a_stamp(lines[near_top]):
        date_lines.add(near_top)  # the headline, the standfirst, then the day and time alone
        return _first_date(lines, near_top, lines[near_top])
    return dateline_date(lines[: near_top + 1])


def _is_a_stamp(line: str) -> bool:
    """Nothing but days and times, maybe printed twice: "22.12.2025, 15:4522.12.2025, 15:45"."""
    if len(line) > _STAMP_CHARS or not date_candidates(line):
        return False
    return not _STAMP_PIECES.sub("", DATE_EXPRESSION.sub("", line))


_STAMP_CHARS = 60
# (numeric days and times first: glued, "15:4522.12.2025" is a time, then a day)
_STAMP_PIECES = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\s?[:hH]\s?\d{2}|[\s,|·•–—-]+")


def _over_its_update(lines: Sequence[str], date_lines: set[int]) -> datetime | None:
    """Only an update's date was found: a day alone right over it, no later than it, is the
    publication ("28 août 2025 - 12h52" / "Modifié le 28 août 2025 - 13h13", at the foot)."""
    for index, (line, below) in enumerate(pairwise(lines)):
        if not _is_a_bare_date(line) or not _UPDATED.match(below):
            continue
        published, updated = _first_date(lines, index, line), _first_date(lines, index + 1, below)
        if published is not None and updated is not None and published <= updated:
            date_lines.add(index)
            return published
    return None


_BARE_DATE_CHARS = 40
_SENTENCE_ENDS = (".", "!", "?", "…", "»", '"')


def _foot_date_line(lines: Sequence[str], near_top: int) -> int | None:
    """No date near the top, but a date alone on its line between a paragraph that ends its
    sentence and the page's end or footer, and no other such line below the top: the
    article's day, printed at its foot ("… Nous y reviendrons..." / "Samedi 10 Juin 2017" /
    "Dans la même rubrique :"). A list of other articles would date several."""
    found = [i for i in range(max(near_top, 1), len(lines)) if _is_a_bare_date(lines[i])]
    if len(found) != 1:
        return None
    index = found[0]
    above = lines[index - 1].rstrip()
    below = lines[index + 1] if index + 1 < len(lines) else ""
    ends_the_article = not below.strip() or clutter.is_footer(below)  # ("Dans la même rubrique :")
    return index if len(above.split()) >= 3 and above.endswith(_SENTENCE_ENDS) and ends_the_article else None


def _is_a_bare_date(line: str) -> bool:
    """A date and nothing else but its weekday: "Samedi 10 Juin 2017", "10/06/2017"."""
    if len(line) > _BARE_DATE_CHARS:
        return False
    candidates = date_candidates(line)
    if not candidates:
        return False
    rest = line.replace(candidates[0], " ").split()
    return all(word.lower().strip(",") in _WEEKDAYS for word in rest)


_WEEKDAYS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche le".split())


# A standfirst with its byline and date glued on: "… la voiture de sa mère. Par L.S. - Publié le
# Mercredi 23 Novembre 2022 à 06:31".
_CLOSING_LABEL = re.compile(
    r"[.!?»]\s+(?P<tail>(?:(?:Par|By)\s.{1,40}?\s[-–|,]\s*)?"
    r"(?i:publié|mis en ligne|date de publication)\b.{4,60})$"
)


def _closing_label_date(line: str) -> datetime | None:
    match = _CLOSING_LABEL.search(line)
    if match is None:
        return None
    candidates = date_candidates(match["tail"])
    return parse_date(candidates[0]) if candidates else None


# A theme's header shows today's date, in English order with French names ("samedi, mai 4,
# 2024"): the day the page was seen, not the day it was published.
_TODAY = re.compile(
    r"^\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+(?:janvier|février|mars|avril|mai"
    r"|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{1,2},\s+\d{4}\s*$"
    # (or with a comma before the year: "samedi, 29 novembre, 2025")
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),\s+\d{1,2}\s+[a-zéû]{3,9},\s+\d{4}\s*$"
    # "Aujourd'hui 30/01/26 - 02:17" (not a headline: "Aujourd'hui dans la presse : …")
    r"|aujourd['’]hui\b(?:\s*à)?[\s,:-]{0,4}\d"
    # a campaign's or an offer's deadline: "30/04/2024 date de fin", "Date limite : 12 mai 2024"
    r"|.{0,30}\bdate (?:de fin|limite|d['’]échéance)\b"
    # the cover of the paper's latest issue: "Couverture du journal du 19/04/2024"
    r"|(?:la\s+)?(?:couverture|une)\s+du\s+(?:journal|numéro|magazine|quotidien)\s+du\s+\d"
    # the day's saint beside it: "dimanche 23 juillet 2017 - Ste Brigitte"
    r"|(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?\s+[a-zéû]{3,9}\s+\d{4}"
    r"\s*[-–|,]?\s*(?:(?:bonne )?fête\s*:?\s*|(?:ste?|saint|sainte)\.?\s+)[A-ZÀ-Ý][\w-]+\s*$)",
    re.IGNORECASE,
)
_BARE_TIME = re.compile(r"^\s*(?:à\s+)?(\d{1,2})\s*[:hH]\s*(\d{2})\s*$")


def _with_time_below(date: datetime, next_line: str) -> datetime:
    """ "jeudi 28 septembre 2017" then "17:00" on the next line: the time of that date."""
    return _at_time(date, _BARE_TIME.match(next_line))


def _at_time(date: datetime, time: re.Match[str] | None) -> datetime:
    """A day without its time at the time `time` gives (hours, minutes), if it is one."""
    if time is None or (date.hour, date.minute) != (0, 0) or int(time[1]) > 23 or int(time[2]) > 59:
        return date
    return date.replace(hour=int(time[1]), minute=int(time[2]))


_DAY_THEN_CREDIT = re.compile(r"^(?P<day>.{6,40}?)\s*[-–|]\s*©\s*\S.{0,40}$")


def _is_caption(lines: Sequence[str], index: int) -> bool:
    """A photo caption, or a copy of one printed without its credit, or a line over a
    picture's credit ("La place Stanislas le 15 janvier 2021" / "Crédit : X")."""
    # (A copy may keep the escapes of the page's script: "l\\'Assemblée", then "l'Assemblée".)
    line = lines[index].strip().replace("\\'", "'")
    if _a_day_beside_its_credit_or_author(line):
        return False
    nearby = lines[max(0, index - 2) : index + 3]
    if any(other.strip().startswith(line) and credits.is_captioned(other) for other in nearby):
        return True
    below = [other for other in lines[index + 1 : index + 3] if other.strip() != line]
    day = DATE_EXPRESSION.search(line)
    if day is not None and _EVENT_S_NAME.search(line[: day.start()]) and _AT_A_PLACE.match(line[day.end() :]):
        return True  # "Manifestation du 17 décembre 2019 à Paris": a picture's legend, its event
    if _PUBLISHED.search(line) or _UPDATED.search(line) or _is_a_bare_date(line):
        return False  # ("Publié le 14 août 2020", "Vendredi 7 février 2025" over the picture's credit:
        # the article's day; a legend has words)
    return bool(below) and credits.is_credit_line(below[0]) and len(line.split()) <= 18


def _a_day_beside_its_credit_or_author(line: str) -> bool:
    """ "mercredi 21 décembre 2016 - © Léa Roy": the day, and the picture's credit; "Léa Roy |
    Mardi 16 novembre 2021" over a picture's credit: a byline, no legend."""
    credited_day = _DAY_THEN_CREDIT.match(line)
    if credited_day is not None and _is_a_bare_date(credited_day["day"]):
        return True
    parts = [part.strip() for part in line.split("|")]
    return len(parts) == 2 and any(map(_is_a_bare_date, parts)) and min(len(p.split()) for p in parts) <= 4


# An event's name and its day, then its place: "Conseil des ministres du 5 mars 2024 à l'Élysée".
_EVENT_S_NAME = re.compile(r"^\s*[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+[\w'’-]+){0,4}\s+du\s+$")
_AT_A_PLACE = re.compile(r"\s+(?:à|au|aux|en)\s+(?:l['’]\s*)?[A-ZÀ-Ý]")
# The site's clock on the page's first line: "• vendredi 19 avril 2024 02 h 49", or a weekday
# and a day alone, "Vendredi 22 novembre 2024" (the day the page was seen, maybe).
_WIDGET_START = re.compile(
    r"^\s*(?:[•·▪►*]\s*(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
    r"|(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+\d{1,2}(?:er)?\s+[a-zéû]{3,9}"
    r"\s+\d{4}\s*$)",
    re.IGNORECASE,
)


def _first_date(lines: Sequence[str], index: int, line: str) -> datetime | None:
    """The first date of a date line, with the time the line below may give it."""
    parsed = next((d for d in map(parse_date, date_candidates(line)) if d is not None), None)
    parsed = parsed or short_year_date(line) or calendar_badge(lines, index)
    if parsed is not None:
        parsed = _at_time(parsed, _TIME_FIRST.match(line))
    if parsed is not None and index + 1 < len(lines):
        parsed = _with_time_below(parsed, lines[index + 1])
    return parsed


# The time first, then the day: "07H42 - vendredi 9 décembre 2016".
_TIME_FIRST = re.compile(r"^\s*(\d{1,2})\s*[:hH]\s*(\d{2})\s*[-–—|,]\s*(?=\D)")
