"""The site named by a byline or a signature, in invented words: a source line, a writer "pour la
revue X", an author's address, a medium signing the lead; and the look-alikes that name none."""

from __future__ import annotations

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse

DATE = "Publié le 3 mars 2024 à 10h12"


@pytest.mark.parametrize(
    ("page", "site"),
    [
        (f"{TITLE}\n\n{DATE}\n\nSource : Le Télégramme\n\n{LEAD}\n\n{MORE}\n", "Le Télégramme"),
        # An agency is the dispatch's source, not the site.
        (f"{TITLE}\n\n{DATE}\n\nSource : AFP\n\n{LEAD}\n\n{MORE}\n", ""),
        # Under the article, a source line cites another outlet.
        (f"{TITLE}\n\n{DATE}\n\n{LEAD}\n\n{MORE}\n\n{MORE}\n\n{MORE}\n\nSource : Le Télégramme\n", ""),
        # An outlet the list does not know is no site either: the line may name a study.
        (f"{TITLE}\n\n{DATE}\n\nSource : Insee\n\n{LEAD}\n\n{MORE}\n", ""),
    ],
)
def test_a_source_line_under_the_headline_names_a_known_outlet(page: str, site: str) -> None:
    assert parse(page).source == site


@pytest.mark.parametrize(
    ("byline", "site"),
    [
        ("Par Jeanne Martin, pour le 4e numéro de la revue Terreaux (juin 2024),", "Terreaux"),
        ("Par Jeanne Martin, pour le magazine Kerne Nature", "Kerne Nature"),
        # Writing for a place or a cause names no periodical.
        ("Par Jeanne Martin, pour Quimper et ses habitants", ""),
    ],
)
def test_a_writer_for_a_periodical_names_it(byline: str, site: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{byline}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, site)


@pytest.mark.parametrize(
    ("signer", "site"),
    [("Kernenews", "Kernenews"), ("Kerne Infos", "Kerne Infos"), ("Dakar", ""), ("Jean Dupont", "")],
)
def test_a_medium_signing_the_lead_before_a_dash_is_the_site(signer: str, site: str) -> None:
    article = parse(f"{TITLE}\n\n{signer} – {LEAD}\n\n{MORE}\n")
    assert article.source == site


@pytest.mark.parametrize(
    ("address", "site"),
    [
        ("lperrin@kerneplus.ca", "kerneplus.ca"),
        ("lucie.perrin@kerneplus.ca", "kerneplus.ca"),
        # An address that does not spell the author's name may be anyone's: a press office's.
        ("contact@kerneplus.ca", ""),
        # A mail service's domain names no site.
        ("lperrin@gmail.com", ""),
    ],
)
def test_the_author_s_address_under_the_byline_names_the_site_s_domain(address: str, site: str) -> None:
    article = parse(f"{TITLE}\n\nPar Lucie Perrin\n{address}\nVendredi 5 janvier 2024\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, site)
    assert address not in article.body


@pytest.mark.parametrize(
    ("byline", "site"),
    [("Par: CKRBCHAU", "CKRBCHAU"), ("Par CKOI-FM", "CKOI-FM"), ("Par: CLARA", ""), ("Par Jean Dupont", "")],
)
def test_a_station_s_call_letters_as_the_byline_are_the_site(byline: str, site: str) -> None:
    article = parse(f"{TITLE}\n\n{DATE}\n\n{byline}\n\n{LEAD}\n\n{MORE}\n")
    assert article.source == site


def test_a_rubric_s_path_shaped_like_a_byline_names_no_one() -> None:
    article = parse(f"  EN CORNOUAILLE / Actualité\n\n{TITLE}\n\nPar Léa Kervella\n\n{LEAD}\n\n{MORE}\n")
    assert "Par Léa Kervella" in article.asides
    assert not any("Actualité" in aside for aside in article.asides)
