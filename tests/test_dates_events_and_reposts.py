"""Dates that are no publication's (an event's day in a picture's legend) and a reposted article's first day."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse


@pytest.mark.parametrize(
    "legend",
    [
        "Manifestation du 3 février 2021 à Rennes",
        "Conseil des ministres du 5 mars 2024 à l'Élysée",
        "Grève des enseignants du 12 janvier 2023 en Bretagne",
    ],
)
def test_an_event_s_day_and_place_under_the_headline_is_no_publication_date(legend: str) -> None:
    article = parse(f"{TITLE}\n\n{legend}\n\nPar Léa Morvan\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE
    assert article.date is None  # (the page prints no other day: a wrong date is worse than none)


def test_a_day_of_publication_before_a_place_s_time_is_still_the_date() -> None:
    article = parse(f"{TITLE}\n\nPublié le 3 février 2021 à 10h12\n\n{LEAD}\n\n{MORE}\n")
    assert article.date is not None and article.date.date() == date(2021, 2, 3)


def test_a_reposted_article_s_original_day_of_publication_wins_over_its_repost() -> None:
    notice = "Nos abonnés ont voté pour ouvrir cet article à tous. Date de publication originale : 12/05/2022"
    page = (
        f"{notice}\n\n{TITLE}\n\nArticle Société\npublié le 20/05/2022 Par Léa Morvan\n\n{LEAD}\n\n{MORE}\n"
    )
    article = parse(page)
    assert article.date is not None and article.date.date() == date(2022, 5, 12)


def test_a_byline_for_its_outlet_on_a_short_year_day_and_time_dates_the_article() -> None:
    page = f"{TITLE}\n\nLéa Morvan pour Kerne Infos le 24/11/18 17:24\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).date == datetime(2018, 11, 24, 17, 24)


def test_other_articles_excerpts_cut_after_their_day_date_nothing() -> None:
    box = (
        "Dans la même catégorie\n\nLe port de Kerlo change de mains\n\n"
        "Depuis le 29 octobre 2025, le port de Kerlo, figure de la pêche bretonne...\n\n"
        "Une tempête attendue sur la côte\n\nLe 10 novembre 2025, le préfet du Finistère,...\n\n"
    )
    assert parse(f"{TITLE}\n\n{box}{LEAD}\n\n{MORE}\n").date is None
    # (a day line cut so, with no sentence after it, is still the page's)
    assert parse(f"{TITLE}\n\nPublié le 10 novembre 2025 ...\n\n{LEAD}\n\n{MORE}\n").date == datetime(
        2025, 11, 10
    )
