"""What content managers print around an article, in invented words: tickers of other titles with
their day, a calendar badge, run-together buttons, a readers' rating, a menu headed with the site's
name, a live blog's sign-off, a download's link, a picture's label, an e-paper's cover."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse

TICKER = (
    "Kerlouan - Société: La foire aux livres revient sur le port - Vendredi, 15 Octobre 2021 16:16\n"
    "Kerlouan - Société: Objectif zéro déchet pour la commune - Vendredi, 15 Octobre 2021 14:48\n"
    "Kerlouan - Loisirs: Les brèves de la semaine au Lardin - Mercredi, 13 Octobre 2021 00:00\n"
    "Kerlouan - Société: Dernière plantation des arbres des élus - Jeudi, 14 Octobre 2021 15:00"
)


def test_a_ticker_of_other_titles_with_their_days_is_neither_headline_nor_date_and_a_badge_dates() -> None:
    badge = "09\nSep\n2021"
    page = f"{TICKER}\n\n{badge}\n\n{TITLE}\n\nPDFImprimerEnvoyer\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert (article.title, article.date) == (TITLE, datetime(2021, 9, 9))
    assert article.body.split("\n\n") == [LEAD, MORE]
    # Without the badge, no day: the ticker's are other articles'.
    assert parse(page.replace(badge, "")).date is None


@pytest.mark.parametrize(
    "furniture",
    [
        "PDF Imprimer Envoyer",
        "(17 votes, moyenne 3.65 sur 5)",
        "Photo prétexte.",
        "Téléchargez le PDF en cliquant ici.",
        "C'est la fin de ce direct, merci de l'avoir suivi.",
        "Bonne soirée.",
        "Merci Léa pour la photo",
        "Vous voulez réagir à l'actualité? Écrivez à courrier@kerne.bzh. Les lettres signées seules seront lues.",
        "Pour d'autres informations sur la marée noire, rendez-vous sur l'antenne et sur notre site.",
        "Cet article fait partie de l’édition abonnés. | Déjà abonné ? Connectez-vous",
    ],
)
def test_a_content_manager_s_furniture_is_no_paragraph(furniture: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{furniture}\n\n{MORE}\n").body.split("\n\n") == [LEAD, MORE]


def test_a_menu_headed_with_the_site_s_name_names_the_site() -> None:
    article = parse(f"{TITLE}\n\nKerne Infos - Rubriques\n\n{LEAD}\n\n{MORE}\n")
    assert (article.source, article.body.split("\n\n")) == ("Kerne Infos", [LEAD, MORE])


def test_the_cover_of_the_paper_s_latest_issue_dates_nothing() -> None:
    page = f"Couverture du journal du 19/04/2024 Le nouveau magazine\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).date is None


def test_a_caption_closing_its_sentence_then_printed_with_initials_credited_leaves_the_body() -> None:
    caption = "Visite de la ministre à la halle rénovée de Kerlouan le 26 février 2021"
    page = f"{TITLE}\n\n{LEAD}\n\n{caption}.\n\n{caption} © D. R.\n\n{MORE}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]


def test_an_update_s_label_glued_to_the_first_paragraph_neither_joins_the_headline_nor_stays() -> None:
    headline = "Vols au port de Kerlouan: les suspects nient leur implication"
    article = parse(f"{headline}\nmise à jour{LEAD}\n\n{MORE}\n")
    assert (article.title, article.body.split("\n\n")) == (headline, [LEAD, MORE])
