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
