"""Embedded posts, text tools, widgets and pictures' legends inside the article: furniture, never its text."""

from __future__ import annotations

import pytest

from index.page import credits, interface
from tests.invented_page import LEAD, MORE, TITLE, parse


@pytest.mark.parametrize(
    "line",
    [
        "Taille de police",
        "Imprimer la page",
        "Imprimer cette page",
        "#Sécurité",
        "#Quimper #Grève",
        "QuimperQuimper",
        "Terminé",
        # an embedded post naming two accounts, its link cut by the scrape
        "Le maire @LeaMorvan et le préfet @Prefet29 ont visité le chantier du port ce matin… pic.twitt",
        "Opération de contrôle au port ce matin avec @Prefet29 et @PoliceQuimper",
        "Opération de contrôle au port ce matin, aux côtés des agents… pic.twitt",
    ],
)
def test_a_widget_or_an_embedded_post_in_the_article_is_furniture(line: str) -> None:
    assert interface.is_ui(line)
    assert line not in parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n").body


@pytest.mark.parametrize(
    "line",
    [
        "Bonbon",
        "#1 mondial du tennis",
        "Le collectif appelle à manifester samedi, et invite à suivre @collectif29 pour les horaires.",
    ],
)
def test_a_word_a_number_sign_or_one_account_is_no_furniture(line: str) -> None:
    assert not interface.is_ui(line)


def test_a_legend_that_says_its_picture_is_symbolic_is_a_caption() -> None:
    legend = "L'accident de jeudi à Quimper a fait trois blessés, dont un enfant (photo symbolique). ATS"
    assert credits.is_captioned(legend)
    assert legend not in parse(f"{TITLE}\n\n{legend}\n\n{LEAD}\n\n{MORE}\n").body


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("La Presse canadienne, Marc Tremblay", True),
        ("Le Soleil, Léa Roy", True),
        ("Quimper, Brest", False),
        ("Le maire, Jean Roy", False),
    ],
)
def test_a_known_outlet_and_a_photographer_alone_are_a_credit_line(line: str, credit: bool) -> None:
    assert credits.is_credit_line(line) is credit


@pytest.mark.parametrize(
    ("line", "legend"),
    [
        ("Des pêcheurs sur une barque au large de Concarneau, dans le Finistère, le 27 avril 2023", True),
        ("Le maire a été élu au premier tour, le 27 avril 2023.", False),
        ("Quimper, le 27 avril 2023", False),
    ],
)
def test_an_agency_s_dated_legend_without_its_full_stop_is_a_caption(line: str, legend: bool) -> None:
    assert credits.is_captioned(line) is legend
