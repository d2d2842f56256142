"""Date ranges as period terms (years, months, days): every day covered once, nothing more."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from index.store.schema import period_cover, periods

DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


def _days_of(key: str) -> set[date]:
    """The days a period term stands for, from the terms each day is indexed under."""
    first = date.fromisoformat((key + "-01-01")[:10])  # "2023" -> 2023-01-01, "2023-05" -> 2023-05-01
    days, day = set(), first
    while day.year == first.year and key in periods(day).split():
        days.add(day)
        day += timedelta(days=1)
    return days


@given(DAYS, st.integers(min_value=0, max_value=900))
def test_a_range_s_period_terms_cover_each_of_its_days_once(first: date, length: int) -> None:
    last = first + timedelta(days=length)
    covered = [day for key in period_cover(first, last) for day in _days_of(key)]
    assert len(covered) == len(set(covered))
    assert set(covered) == {first + timedelta(days=n) for n in range(length + 1)}


def test_whole_months_and_years_are_one_term_each() -> None:
    assert period_cover(date(2022, 1, 1), date(2022, 6, 30)) == [f"2022-0{m}" for m in range(1, 7)]
    assert period_cover(date(2022, 12, 31), date(2024, 1, 1)) == ["2022-12-31", "2023", "2024-01-01"]
