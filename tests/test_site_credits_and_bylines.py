"""The site in a date line's publisher, a photographer's employer, a credit without its colon, a bare issue masthead; not in a town or a wire's agency."""

from __future__ import annotations

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse


@pytest.mark.parametrize(
    ("date_line", "site"),
    [
        ("Publié par Kerne News le 12-09-2014, 18h24 | 40", "Kerne News"),
        ("Publié par Le Temps le 3 mars 2024", "Le Temps"),
        ("Publié par Léa Morvan le 3 mars 2024", ""),
        ("Publié par AFP le 3 mars 2024", ""),
        # the byline's author and outlet slashed, before the page's counters
        ("Léa Morvan-Roy/KerneInfo | Lu 5121 fois | Publié", "KerneInfo"),
        ("Léa Morvan/Paul Kerlo | Lu 5121 fois", ""),  # (two authors)
    ],
)
def test_a_date_line_s_publisher_is_the_site_when_it_is_a_medium(date_line: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{date_line}\n\n{LEAD}\n\n{MORE}\n").source == site


def test_an_outlet_s_name_in_lower_case_ending_the_headline_is_a_common_noun() -> None:
    headline = "Le gouvernement décide de mesures urgentes pour la capitale"
    assert parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n").source == ""


def test_a_bracketed_credit_without_its_colon_names_the_site_s_domain() -> None:
    # (a long paragraph: no caption, whose credit would be read whole)
    lead = f"{LEAD} {MORE} {LEAD} Suivez avec nous la séance en direct (Photo lm/www.kerne-infos.re)"
    assert len(lead) > 400
    assert parse(f"{TITLE}\n\n{lead}\n\n{MORE}\n").source == "www.kerne-infos.re"


def test_a_photographer_working_for_a_known_outlet_names_the_site() -> None:
    caption = "Le maire dans son bureau, à Quimper, le 8 mai 2018. © Léa Morvan pour JA"
    assert parse(f"{TITLE}\n\n{caption}\n\n{LEAD}\n\n{MORE}\n").source == "JA"


def test_a_known_outlet_s_issue_masthead_without_its_number_is_the_site() -> None:
    assert parse(f"Alter Échos n°\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == "Alter Échos"


def test_an_unknown_name_s_issue_masthead_without_its_number_is_no_site() -> None:
    assert parse(f"Rapport Annuel n°\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == ""


def test_an_agency_alone_under_the_author_is_a_wire_s_byline_not_the_site() -> None:
    page = f"{TITLE}\n\nPartager\n\nLéa Dubé\n\nLa Presse Canadienne\n\nOttawa\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).source == ""


def test_a_person_whose_given_name_is_an_outlet_s_signs_for_no_site() -> None:
    assert parse(f"{TITLE}\n\npar Marianne Kerlo\n\n{LEAD}\n\n{MORE}\n").source == ""


def test_a_sponsor_s_logo_after_its_partnership_label_is_no_site() -> None:
    page = f"Logo Casino de Kerlo - Hôtel - Spa\nen partenariat avec\nLogo Lisebook\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).source == ""


def test_a_syndicated_article_s_source_notice_is_neither_headline_nor_site() -> None:
    headline = "Brasser la province à quinze pour cent"  # (no word of the lead's)
    page = f"Publicité\nL'article provient de Le Journal de Montréal\nOpinions\n\n{headline}\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert (article.title, article.source) == (headline, "")


@pytest.mark.parametrize(
    ("more", "site"),
    [
        (f"{MORE} Kerne Watch est aux premières loges. Kerne Watch a observé trois cas.", "Kerne Watch"),
        (MORE, ""),
    ],
)
def test_an_unknown_name_the_page_asks_to_support_and_names_again_is_the_site(more: str, site: str) -> None:
    page = f"Soutenez Kerne Watch dans son combat pour la transparence\n\n{TITLE}\n\n{LEAD}\n\n{more}\n"
    assert parse(page).source == site


@pytest.mark.parametrize(
    ("signature", "site"),
    [
        ("Awa DIALLO-Kerne7", "Kerne7"),
        ("Awa DIALLO - Le Temps", "Le Temps"),
        ("Awa DIALLO-KerneActu", "KerneActu"),
        ("Awa DIALLO-Kerlo", ""),  # (a compound surname, or a town)
        ("Awa DIALLO - AFP", ""),  # (an agency: the dispatch's source)
    ],
)
def test_a_writer_s_signature_with_an_outlet_after_a_dash_names_the_site(signature: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{signature}\n\nComments are closed.\n").source == site
