"""The Whoosh schema of the article index."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from whoosh import query as wq
from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from index.store.analysis import french_analyzer, name_analyzer, pair_analyzer

# Bump when the schema or the analysis changes: an index of another version is rebuilt.
SCHEMA_VERSION = 7


# What a `date:` query may say: a year, a month or a day. Whoosh's own parser also reads
# run-together digits, and took "20231" for 2023.
_DATE_STRING = re.compile(r"^\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?$")


def _date_string(text: str) -> Any:
    """The span of time `text` names (Whoosh's adatetime), or ValueError."""
    if not _DATE_STRING.match(text.strip()):
        raise ValueError(f"{text!r} is not a parseable date")
    return DATETIME()._parse_datestring(period_key(text))  # Whoosh reads "2023-9-12" wrong


class DayField(NUMERIC):
    """Dates indexed as day numbers, in tiers of 16 days, for `date:` ranges; a single
    year, month or day is looked up in the period field instead.

    Whoosh's DATETIME indexes microseconds in tiers of 256: a query for one year expanded
    into ~260 terms per segment, 60 ms at 20,000 articles; days expand into ~30 terms.
    Accepts what DATETIME accepts: YYYY, YYYY-MM, YYYY-MM-DD and ranges of them."""

    def __init__(self) -> None:
        super().__init__(int, 32, shift_step=4)

    def index(self, value: Any, **kwargs: Any) -> Any:
        return super().index(value.toordinal() if isinstance(value, datetime) else value, **kwargs)

    def parse_query(self, fieldname: str, qstring: str, boost: float = 1.0) -> wq.Query:
        try:
            _date_string(qstring)
        except Exception as error:  # Whoosh raises bare exceptions for unparseable dates
            return wq.error_query(error)
        # One year, month or day is one term of the period field: a range of days expanded
        # into ~30 terms per segment, whose postings were all read and merged (20 ms a query
        # at 20,000 articles).
        return wq.Term("period", period_key(qstring), boost=boost)

    def parse_range(
        self,
        fieldname: str,
        start: str | None,
        end: str | None,
        startexcl: bool,
        endexcl: bool,
        boost: float = 1.0,
    ) -> wq.Query:
        if start is None and end is None:
            return wq.Every(fieldname, boost=boost)
        low = _date_string(start).floor().toordinal() if start is not None else None
        high = _date_string(end).ceil().toordinal() if end is not None else None
        if low is not None and high is not None:
            keys = period_cover(date.fromordinal(low), date.fromordinal(high))
            if len(keys) <= _MOST_PERIOD_TERMS:  # whole years and months, then days
                return wq.Or([wq.Term("period", key) for key in keys], boost=boost)
        return wq.NumericRange(fieldname, low, high, boost=boost)


# Past this many years, months and days, a range is cheaper as a numeric range.
_MOST_PERIOD_TERMS = 40


def period_cover(first: date, last: date) -> list[str]:
    """The fewest period terms that cover the days from `first` to `last`: whole years, then
    whole months, then single days ([2022-12-20 TO 2024-02-10]: twelve days of December
    2022, 2023, January 2024 and ten days of February)."""
    keys: list[str] = []
    day = first
    while day <= last:
        year_end, month_end = date(day.year, 12, 31), _month_end(day)
        if (day.month, day.day) == (1, 1) and year_end <= last:
            keys.append(f"{day:%Y}")
            day = year_end + timedelta(days=1)
        elif day.day == 1 and month_end <= last:
            keys.append(f"{day:%Y-%m}")
            day = month_end + timedelta(days=1)
        else:
            keys.append(f"{day:%Y-%m-%d}")
            day += timedelta(days=1)
    return keys


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def period_key(text: str) -> str:
    """ "2023-5" -> "2023-05": a `date:` value as the period field indexes it."""
    return "-".join(part.zfill(2) for part in text.strip().split("-"))


def periods(date: datetime) -> str:
    """The terms of `date` in the period field: its year, month and day."""
    return f"{date:%Y} {date:%Y-%m} {date:%Y-%m-%d}"


def article_schema() -> Schema:
    french = french_analyzer()
    names = name_analyzer()
    return Schema(
        # id, path and hash are also columns so incremental indexing reads no stored bodies.
        id=ID(stored=True, unique=True, sortable=True),
        path=ID(stored=True, sortable=True),
        content_hash=ID(stored=True, sortable=True),
        title=TEXT(analyzer=french, stored=True, field_boost=2.0),
        source=TEXT(analyzer=names, stored=True),
        # The site name as one term: for `articles(source=...)`, `sources()` and grouping.
        site=ID(stored=False, sortable=True),
        # Indexes the headline and the body, stores the body (see article_fields).
        body=TEXT(analyzer=french, stored=True),
        # Neighbouring body terms paired ("soutien total"): a two-word phrase is one term, so
        # its search skips the blocks that cannot reach the top instead of checking the
        # positions of every match. Frequencies only, no positions.
        pairs=TEXT(analyzer=pair_analyzer(), phrase=False),
        lead=STORED(),
        url=STORED(),
        # The subscription an article came from ("" for files): `reader feeds` counts by it.
        feed=ID(stored=True, sortable=True),
        # Wall-clock time as the article gives it (naive), for date queries and sorting;
        # `date_iso` keeps the original with its timezone.
        date=DATETIME(sortable=True),
        # What `date:` queries search (the query parser maps `date` to it).
        day=DayField(),
        # Its year, month and day as terms ("2023 2023-05 2023-05-14"): `date:2023` is one term.
        period=KEYWORD(),
        date_iso=STORED(),
        # What a list row shows, as columns: listing 20,000 articles must not read their bodies.
        title_column=COLUMN(VarBytesColumn()),
        url_column=COLUMN(VarBytesColumn()),
        date_column=COLUMN(VarBytesColumn()),
        # Entity names, searchable word by word or as "phrases": person:poutine, place:"corée du nord".
        person=TEXT(analyzer=names),
        place=TEXT(analyzer=names),
        org=TEXT(analyzer=names),
        entity=TEXT(analyzer=names),
        # One folded key per entity, for articles_with(); the entities themselves (names,
        # types, counts, spans) as JSON in a column, so the library-wide table reads no bodies.
        entity_keys=KEYWORD(commas=True),
        entities=COLUMN(VarBytesColumn()),
    )
