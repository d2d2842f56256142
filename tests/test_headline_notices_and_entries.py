"""Headlines under a print provenance line, a free-article notice, a menu of editions; live entries' titles."""

from __future__ import annotations

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse


@pytest.mark.parametrize(
    "provenance",
    [
        "Publié dans notre magazine n°42 - mars & avril 2021",
        "Article paru dans le numéro 1208 du 4 mai",
        "Initialement publié dans notre édition du samedi",
    ],
)
def test_where_the_article_was_printed_is_no_headline(provenance: str) -> None:
    page = f"édito\n\n{provenance}\n\nLa ville d'après\n\nMarie Dulac\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == "La ville d'après"


def test_a_notice_ending_on_its_date_label_is_no_headline() -> None:
    # (the notice shares the lead's words, the headline none)
    notice = (
        "Les lecteurs de la Gazette ont voté pour ouvrir à tous cet article sur le conseil municipal de "
        "Quimper. Date de publication originale : 12/05/2022"
    )
    headline = "Une place rendue aux piétons"
    page = f"{notice}\n\n{headline}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline


def test_a_menu_of_editions_in_lower_case_is_no_headline() -> None:
    # (a magazine's page may print its headline under an editor's introduction: no candidate above it)
    # (the scrape runs the language's code into the next row: "fr" + "Éditions")
    menu = "Abonnement Boutique Faire un don\nfrÉditions : française | anglaisede | allemande+"
    page = f"{menu}\n\nAller au menu\n\n{LEAD}\n\n{TITLE}\n\n{MORE}\n"
    assert "Boutique" not in parse(page).title


def test_a_live_entry_s_title_under_its_time_is_not_the_page_s_headline() -> None:
    headline = "Présidentielle : les estimations minute par minute"
    entry = "Le bureau de vote de l'école Jules-Ferry ferme en avance"  # (shares words with the lead)
    page = (
        f"{headline}\n\nPartager Imprimer\n\n• 20h15\n\n{entry}\n\n"
        "Le conseil municipal de Quimper a fermé le bureau de vote de l'école Jules-Ferry après une panne.\n\n"
        f"• 19h40\n\nLa participation atteint 52 %\n\n{MORE}\n"
    )
    assert parse(page).title == headline


def test_a_headline_under_one_time_line_is_still_the_headline() -> None:
    # One time alone is the page's hour of publication, not a live page's entries.
    page = f"14:05\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == TITLE


def test_two_people_s_names_printed_twice_over_the_headline_are_their_picture_s_caption() -> None:
    names = "Sol Kerlo et Catherine Morvan"
    lead = (
        "Nous avons lu le point de vue de Catherine Morvan et Sol Kerlo sur le projet de tramway de la Ville, "
        "et nous sommes déçus."
    )
    page = f"{names}\n{names}\n\nTramway : une occasion manquée\n\nLéa Roy\nQuimper\n\n{lead}\n\n{MORE}\n"
    assert parse(page).title == "Tramway : une occasion manquée"


def test_an_open_letter_s_salutation_to_named_people_is_the_article_s() -> None:
    salutation = "Mme Catherine Morvan, M. Sol Kerlo,"
    page = f"{TITLE}\n\nPar Léa Roy\n\n{salutation}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).body.split("\n\n") == [salutation, LEAD, MORE]


def test_a_letter_to_the_readers_with_no_headline_keeps_its_salutation_out_of_the_stand_in() -> None:
    salutation = "Chères lectrices, chers lecteurs du Grelot,"
    article = parse(f"{salutation}\n{LEAD}\n{MORE}\n")
    assert article.body.split("\n\n") == [salutation, LEAD, MORE]
    assert article.title.startswith("Le conseil municipal de Quimper")


def test_a_one_word_title_under_its_column_s_rubric_is_the_headline() -> None:
    page = f"Éditorial\n\nRenoncement\n\n• Placeholder\n\nLéa MORVAN Publié 21 Août 2021 à 01:51\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == "Renoncement"


@pytest.mark.parametrize("under", ["Bretagne", "Publicité"])
def test_a_place_or_a_label_under_a_column_s_rubric_is_no_headline(under: str) -> None:
    page = f"Chronique\n\n{under}\n\nLéa MORVAN Publié 21 Août 2021 à 01:51\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title != under
