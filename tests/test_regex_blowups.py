"""No rule of page understanding takes long on any line: generated lines of the risky alphabets, timed."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.page import (
    clutter,
    credits,
    date_lines,
    date_writing,
    dates,
    headline,
    interface,
    site,
    stand_in_title,
)
from index.page.metadata import split_front_matter
from index.page.paragraphs import split_paragraphs
from index.page.parse import parse_article
from index.store.analysis import french_analyzer

# Pieces that the rules' patterns repeat or alternate on: separators that are also word
# characters ("et", "and"), brackets, date parts, labels, quotes, spaces of every kind.
TOKENS = [
    *"()/,.-:;|>»«'’\"… \t0123456789aeèéAÉPhtnd",
    "et",
    "and",
    "avec ",
    "(AFP",
    "(ats",
    "/jch",
    " - ",
    " — ",
    "Publié le ",
    "Mis à jour ",
    "juin",
    "Sept.",
    "2023",
    "12",
    "à",
    "10h30",
    "10:30",
    "UTC",
    "+02:00",
    "GMT+1",
    "Par ",
    "Partager",
    "Lire aussi",
    "www.",
    ".fr",
    "http://",
    "©",
    "👉",
    "M.",
    "Accueil > ",
]
LINE_RULES: dict[str, Callable[[str], object]] = {
    "is_ui": interface.is_ui,
    "is_footer": clutter.is_footer,
    "is_captioned": credits.is_captioned,
    "ends_with_signature": clutter.ends_with_signature,
    "is_truncated": clutter.is_truncated,
    "ends_sentence": clutter.ends_sentence,
    "is_byline": clutter.is_byline,
    "strip_dateline": clutter.strip_dateline,
    "is_section_label": clutter.is_section_label,
    "is_breadcrumb": clutter.is_breadcrumb,
    "is_widget_label": lambda line: clutter.is_widget_label(line, None),
    "date_candidates": date_lines.date_candidates,
    "parse_date": date_writing.parse_date,
    "find_publication_date": lambda line: dates.find_publication_date([line], 1),
    "find_headline": lambda line: headline.find_headline([line]),
    "first_sentence": stand_in_title.first_sentence,
    "find_site": lambda line: site.find_site([line, line], None),
    "split_paragraphs": split_paragraphs,
    "front_matter": lambda line: split_front_matter(f"---\ntitle: {line}\n---\n{line}\n"),
    "analysis": lambda line: list(french_analyzer()(line)),
}
# Each rule runs in microseconds on ordinary lines; backtracking made 85 bytes take 17 s.
BOUND_SECONDS = 0.5


def _timed(rule: Callable[[str], object], line: str) -> float:
    """The thread's CPU time, not the wall clock: a backtracking regex burns CPU, while another
    process on a loaded machine (the other xdist worker, a build) only adds waiting."""
    start = time.thread_time()
    rule(line)
    return time.thread_time() - start


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), min_size=20, max_size=600).map("".join))
def test_no_rule_takes_long_on_a_generated_line(line: str) -> None:
    slow = {name: _timed(rule, line) for name, rule in LINE_RULES.items()}
    assert max(slow.values()) < BOUND_SECONDS, (slow, line)


@pytest.mark.parametrize(
    "line",
    [
        "(afp/" + "et" * 40,  # the wire-signature rule: 17 s before possessive quantifiers
        "(ats" + " and x" * 200 + "!",
        "12 juin 2023" + " à 10h30" * 300,
        "Par " + "Jean " * 2000,
        "Accueil > " * 500,
        "a" * 100_000,
    ],
)
def test_the_known_shapes_stay_quick(line: str) -> None:
    for name, rule in LINE_RULES.items():
        assert _timed(rule, line) < BOUND_SECONDS, name


def test_a_page_of_hostile_lines_parses_quickly(tmp_path: Path) -> None:
    page = "\n".join(["(afp/" + "et" * 40, "Publié le 12 juin 2023 " * 50, "Par " + "Jean " * 300] * 20)
    assert _timed(lambda text: parse_article(text, tmp_path / "page.txt"), page) < 2.0


@pytest.mark.parametrize("letter", ["y", "i", "u"])
def test_a_huge_word_is_analysed_in_linear_time(letter: str) -> None:
    # Snowball's French stemmer is quadratic on these runs: 900,000 letters took a minute.
    assert _timed(lambda line: list(french_analyzer()(line)), letter * 900_000) < 2.0
