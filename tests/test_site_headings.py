"""The site's name and the page's headings, in invented words: a box's heading that is also an outlet's name."""

from __future__ import annotations

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse

_STANDFIRST = "Le centre historique sera fermé aux voitures dès le printemps prochain, a décidé la ville."


@pytest.mark.parametrize(
    ("under", "site"),
    [
        ("► Découvrez les résultats de votre commune sur notre carte", ""),
        ("• Les horaires des navettes pour la semaine", ""),
        (LEAD, "L'essentiel"),
    ],
)
def test_an_outlet_s_name_heading_a_list_under_the_standfirst_is_no_site(under: str, site: str) -> None:
    page = f"{TITLE}\n\n{_STANDFIRST}\n\nL'essentiel\n\n{under}\n\n{MORE}\n\n{MORE}\n"
    assert parse(page).source == site


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Texte par : RFI Suivre 1 mn", "RFI"),
        ("Photo par : RFI", ""),
        (
            "Radio Kerlo utilise votre adresse e-mail afin de vous envoyer la newsletter du matin. "
            "Vous pouvez vous désinscrire à tout moment.",
            "Radio Kerlo",
        ),
        ("Kerlo Matin vous est offert gratuitement grâce au soutien de:", "Kerlo Matin"),
    ],
)
def test_a_page_naming_its_outlet_in_a_byline_label_or_its_mailing_notice(line: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{line}\n\n{LEAD}\n\n{MORE}\n").source == site


def test_a_known_outlet_s_town_in_brackets_is_no_part_of_its_name() -> None:
    assert parse(f"Libération (Casablanca)\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == "Libération"


@pytest.mark.parametrize(
    ("box", "site"),
    [("À la Une du Soir.be", "Le Soir"), ("À la une de Libération", "Libération"), ("À la une du jour", "")],
)
def test_the_site_s_front_page_box_names_it(box: str, site: str) -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{box}\n\nUn autre titre du jour à Quimper\n"
    assert parse(page).source == site
