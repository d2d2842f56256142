"""How pages write a day: date expressions (a day, a month, a four-digit year, a time, a zone),
parsed, the months' names by dateparser; and a theme's calendar badge, a line each."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from functools import lru_cache

# Candidates always carry a day, a month and a four-digit year: weekday names, "hier",
# "cette semaine" and other relative words are never a publication date. ("30 - Mars - 2019":
# the parts may stand between dashes.)
_MONTH = r"[A-Za-zÀ-ÿ]{3,10}\.?"
# A date's labels: published, updated.
# (and a text's credit with its day: "(Texte: 09-01-2025 / Image: Radio X)")
PUBLISHED = re.compile(
    r"\b(publi[ée]e?|publication|published|posted|paru|date|mise? en ligne|créée?)\b|\btexte\s*:(?=\s*\d)",
    re.IGNORECASE,
)
UPDATED = re.compile(r"\b(mise?[- ]à[- ]jour|actualisé|modifié|updated|aktualisiert)\b", re.IGNORECASE)

_TIME = r"(?:\s*,?\s*(?:à|a|at|um|-|–)?\s*\d{1,2}\s*[:hH]\s*\d{2}(?:\s*[:]\s*\d{2})?(?:\s*(?:am|pm|AM|PM))?)?"
_TZ = r"(?:\s*\(?\s*(?:(?:UTC|GMT)\s*[+-−]\s*\d{1,2}(?::?\d{2})?|UTC|GMT|CEST|CET|Z)\s*\)?)?"
_APART = r"(?:\s+|\s*[-–]\s*)"
# A twelve-hour clock before the day, as Québec's sites print it: "5:00 PM - 28 septembre 2021".
_CLOCK_BEFORE = r"(?P<{}>\b\d{{1,2}}:\d{{2}}\s*[AaPp][Mm]\s*[-–,]?\s*)?"
DATE_EXPRESSION = re.compile(
    rf"""
    (?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}(?:[T\s]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)
  | (?P<ymd>\b(?P<yy>\d{{4}})/(?P<ym>\d{{1,2}})/(?P<yd>\d{{1,2}})\b{_TIME})
  | (?P<numeric>{_CLOCK_BEFORE.format("nc")}
      (?:\b|(?<=[a-zà-ÿ]))(?P<nd>\d{{1,2}})(?P<sep>[./-])(?P<nm>\d{{1,2}})(?P=sep)(?P<ny>\d{{4}}){_TIME}{_TZ})
  | (?P<dmy>{_CLOCK_BEFORE.format("dc")}
      \b(?P<dd>\d{{1,2}})(?:er|st|nd|rd|th)?\.?{_APART}(?P<dm>{_MONTH}),?{_APART}
      (?P<dy>\d{{4}}){_TIME}{_TZ})
  | (?P<mdy>\b(?P<mm>{_MONTH})\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>\d{{4}}){_TIME}{_TZ})
    """,
    re.VERBOSE,
)
_CLOCK = re.compile(r"(\d{1,2})\s*[:hH]\s*(\d{2})(?:\s*:\s*(\d{2}))?(?:\s*([ap]m))?", re.IGNORECASE)
_OFFSET = re.compile(r"(?:UTC|GMT)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?")
_ZONE = re.compile(r"\b(CEST|CET|GMT|UTC|Z)\b")
_LANGUAGES = ["fr", "en", "de", "it", "es", "nl", "pt"]
_ZONES = {"CET": 60, "CEST": 120, "GMT": 0, "UTC": 0, "Z": 0}


@lru_cache(maxsize=512)
def month_number(word: str) -> int | None:
    """The month a name stands for in any of our languages ("mars", "März", "Sept.").

    dateparser knows the month names of every language but takes milliseconds a call, so it
    is asked once per distinct word; the rest of a date is plain digits, parsed here."""
    import dateparser  # only ingestion pays for importing dateparser

    parsed = dateparser.parse(
        f"1 {word} 2000", languages=_LANGUAGES, settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True}
    )
    return parsed.month if parsed is not None else None


def _from_match(match: re.Match[str]) -> datetime | None:
    if match["iso"]:
        try:
            return datetime.fromisoformat(match["iso"].replace("Z", "+00:00"))
        except ValueError:
            return None
    day_month_year = _day_month_year(match)
    if day_month_year is None:
        return None
    text = match.group(0)
    date_end = (
        match.end("yd") - match.start()
        if match["ymd"]
        else text.find(match["ny"] or match["dy"] or match["my"]) + 4
    )
    before = match["nc"] or match["dc"]
    clock = _clock(text, date_end) if not before or _CLOCK.search(text, date_end) else _clock(before, 0)
    try:
        value = datetime(*day_month_year[::-1], *clock)
    except ValueError:
        return None
    zone = _zone(text, date_end)
    return value.replace(tzinfo=zone) if zone is not None else value


def _day_month_year(match: re.Match[str]) -> tuple[int, int, int] | None:
    if match["ymd"]:
        return int(match["yd"]), int(match["ym"]), int(match["yy"])  # "2017/05/19": a CMS's year first
    if match["numeric"]:
        first, second = int(match["nd"]), int(match["nm"])
        # Day first, as French writes it; month first only where no month is that high
        # ("07/29/2020", an American CMS's default).
        return (
            (second, first, int(match["ny"]))
            if first <= 12 < second <= 31
            else (first, second, int(match["ny"]))
        )
    month = month_number((match["dm"] or match["mm"]).lower())
    if month is None:
        return None
    return int(match["dd"] or match["md"]), month, int(match["dy"] or match["my"])


def _clock(text: str, after: int) -> tuple[int, int, int]:
    """Hour, minute and second written after the date (midnight when none is)."""
    clock = _CLOCK.search(text, after)
    if not clock:
        return 0, 0, 0
    hour, minute, second = int(clock[1]), int(clock[2]), int(clock[3] or 0)
    if clock[4] and clock[4].lower() == "pm" and hour < 12:
        hour += 12
    return hour, minute, second


def _zone(text: str, after: int) -> timezone | None:
    """The UTC offset or zone name written after the date, if any."""
    offset = _OFFSET.search(text, after)
    if offset:
        sign = -1 if offset[1] in "-−" else 1
        return timezone(timedelta(minutes=sign * (int(offset[2]) * 60 + int(offset[3] or 0))))
    zone = _ZONE.search(text, after)
    return timezone(timedelta(minutes=_ZONES[zone[1]])) if zone else None


@lru_cache(maxsize=4096)
def parse_date(text: str) -> datetime | None:
    """Parse one date expression (also used for user metadata); None unless it names a day,
    a month and a year: "la semaine dernière" and "lundi" are not dates."""
    text = text.strip()
    if not text:
        return None
    try:
        return _plausible(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    match = DATE_EXPRESSION.search(text)
    return _plausible(_from_match(match)) if match else None


def _plausible(value: datetime | None) -> datetime | None:
    if value is None or value.year < 1900:
        return None
    now = datetime.now(value.tzinfo or None) if value.tzinfo else datetime.now()
    if value - now > timedelta(days=2):
        return None
    return value


def glued_day_and_time(line: str) -> str:
    """The day and time a line ends with, as a page glues its stamp after a headline
    ("… de ce vendredi 25 septembre 2020 vendredi 25 septembre 2020 - 09:24"), or ""."""
    last = next(reversed(list(DATE_EXPRESSION.finditer(line))), None)
    if last is None or line[last.end() :].strip() or not _ENDS_WITH_TIME.search(last.group(0)):
        return ""
    before = line[: last.start()]
    weekday = re.search(r"(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+$", before)
    start = weekday.start() if weekday else last.start()
    return line[start:] if parse_date(last.group(0)) is not None else ""


_ENDS_WITH_TIME = re.compile(r"\d{1,2}\s*[:hH]\s*\d{2}$")


def names_a_month_and_year(text: str) -> bool:
    """A month's name then a year, as a monthly dates its issue: "mai 2017", "juillet-août 2023"."""
    return any(
        month_number(found.group(1).lower()) is not None
        for found in re.finditer(r"\b([^\W\d_]{3,10})(?:[-/ ][^\W\d_]+)?\s+(?:19|20)\d{2}\b", text)
    )


# A day with a two-digit year, alone on its line but for a label and a rubric: "03/09/25",
# "Diffusion le 27-08-25 | Société", "Le 22/05/25 à 18:13". (Inside a sentence, "03/09/25"
# may be anything.)
_SHORT_YEAR_LINE = re.compile(
    r"^\s*(?:(?:(?:publié|diffusé|diffusion|mis en ligne|posté|paru)\s+)?le\s+"
    # (or after a byline and its outlet: "Léa Morvan pour ABP le 24/11/18 17:24")
    r"|[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){1,3}\s+(?:pour|par)\s+\S+(?:\s+\S+){0,2}?\s+le\s+)?"
    r"(?P<d>\d{1,2})(?P<sep>[./·-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{2})(?![\d./·-])"
    r"(?:\s*(?:à\s*)?(?P<h>\d{1,2})\s*[:hH]\s*(?P<min>\d{2}))?(?:\s*[|•–—-]\s*[^|•]{1,40})?\s*$",
    re.IGNORECASE,
)


def short_year_date(line: str) -> datetime | None:
    match = _SHORT_YEAR_LINE.match(line)
    if match is None:
        return None
    try:
        value = datetime(
            2000 + int(match["y"]),
            int(match["m"]),
            int(match["d"]),
            int(match["h"] or 0),
            int(match["min"] or 0),
        )
    except ValueError:
        return None
    return _plausible(value)


_BADGE_DAY, _BADGE_MONTH, _BADGE_YEAR = (
    re.compile(r"\d{1,2}"),
    re.compile(r"[A-Za-zéûÉÛ]{3,9}\.?"),
    re.compile(r"(?:19|20)\d{2}"),
)


def calendar_badge(lines: Sequence[str], index: int) -> datetime | None:
    """A theme's calendar badge, its day, month and year a line each ("09" / "Sep" / "2021")."""
    if index + 2 >= len(lines) or not _BADGE_DAY.fullmatch(lines[index].strip()):
        return None
    month, year = lines[index + 1].strip(), lines[index + 2].strip()
    if not (_BADGE_MONTH.fullmatch(month) and _BADGE_YEAR.fullmatch(year)):
        return None
    return parse_date(f"{lines[index].strip()} {month} {year}")


# A place's or an event's name before a day, as a menu or an agenda lists them ("Vieux Clocher 16
# avril 2021", "Théâtre du Port 16 avril 2021"): capitalised words, no label, no byline.
_NAME_THEN_DAY = re.compile(
    r"^\s*(?!(?i:par|by|le|publié|mis)\b)[A-ZÀ-Ý][\w'’-]+\s+(?:(?:[A-ZÀ-Ý][\w'’-]+|d[eu]|des|la)\s+){0,3}(?=\d)"
)


def follows_a_name(line: str) -> bool:
    """The line gives a day after a name of a few capitalised words: an agenda's or a menu's."""
    return bool(_NAME_THEN_DAY.match(line))
