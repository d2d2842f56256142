"""An outlet's edition masthead, a menu of places, a glued issue number, a promoted box, a live page's farewell, an interview asked by a domain, a paywall naming its outlet."""

from __future__ import annotations

import pytest

from index.page import interface, paywall
from index.page.headline_shape import could_be_headline
from tests.invented_page import LEAD, MORE, TITLE, parse


@pytest.mark.parametrize(
    "line", ["Le Temps Genève |", "Paris Match Suisse", "Togo Afrique Monde", "Bretagne Europe"]
)
def test_an_outlet_s_edition_or_a_menu_of_places_is_no_headline(line: str) -> None:
    assert not could_be_headline(line)


@pytest.mark.parametrize("line", ["Le Temps des cerises", "Brest accueille l'Europe du voile"])
def test_a_headline_opening_on_an_outlet_s_or_a_place_s_name_stays_one(line: str) -> None:
    assert could_be_headline(line)


def test_an_outlet_s_edition_under_the_headline_before_a_bar_is_the_site() -> None:
    page = f"Comédie municipale\n\nLe Temps Genève |\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert (article.title, article.source) == ("Comédie municipale", "Le Temps Genève")


def test_a_glued_issue_number_is_no_part_of_the_headline() -> None:
    assert parse(f"n°790.{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_promoted_box_printed_twice_over_its_link_is_no_article() -> None:
    box = "Reportages, portraits, enquêtes... Découvrez les publications papier et numériques de notre revue."
    page = f"Kerne.fr\nPUBLICATIONS\n{box}\n→ En savoir plus\nPUBLICATIONS\n{box}\n→ En savoir plus\n{TITLE}\n\n13 février 2015\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == TITLE
    assert box not in article.body


def test_a_lead_over_a_read_more_link_once_is_the_article() -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n→ En savoir plus\n\n{MORE}\n")
    assert LEAD in article.body


@pytest.mark.parametrize(
    ("line", "site"),
    [
        (
            "Rendez-vous dès demain sur Kerne-infos.fr pour un nouveau direct ! Bonne nuit à tous !",
            "Kerne-infos.fr",
        ),
        ("Rendez-vous demain sur Le Télégramme pour la suite du procès.", "Le Télégramme"),
        ("kerne-infos.fr : Quel bilan tirez-vous de votre première année à la mairie ?", "kerne-infos.fr"),
        ("La lecture de cet article est réservée aux abonnés du Desk.", "Le Desk"),
        (
            "Activez dès maintenant votre abonnement à Kerne Hebdo pour lire le reste de ce texte.",
            "Kerne Hebdo",
        ),
        ("Rendez-vous demain sur la place de la mairie pour la suite.", ""),
        # (the live's farewell after its last words: its own address; a channel there is a plug)
        (
            "23 heures : C'est la fin de ce direct, merci de l'avoir suivi. Rendez-vous sur kerne-infos.fr"
            " pour retrouver la suite.",
            "kerne-infos.fr",
        ),
        ("C'est la fin de ce direct, merci de l'avoir suivi. Rendez-vous sur France 2 dès 21 heures.", ""),
    ],
)
def test_a_page_naming_its_outlet_in_its_own_voice_gives_the_site(line: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n").source == site


def test_a_post_at_another_paper_s_newsroom_names_no_site() -> None:
    lead = "Léa Morvan a été nommée hier directrice de la rédaction de « Kerne Hebdo », un magazine breton."
    assert parse(f"{TITLE}\n\n{lead}\n\n{MORE}\n").source == ""


@pytest.mark.parametrize(
    "line",
    [
        "Il vous reste 98% de l'article à lire. La lecture de cet article est réservée aux abonnés de Kerne Hebdo.",
        "Pour lire cet article, abonnez-vous dès maintenant !",
    ],
)
def test_a_paywall_s_cut_in_other_words_is_one(line: str) -> None:
    assert paywall.is_paywall_cut(line)


def test_a_free_article_s_pitch_is_furniture() -> None:
    line = "Cet article semble vous intéresser. Vous pouvez lire la suite à votre aise : c'est un cadeau."
    assert interface.is_ui(line)


def test_a_print_page_s_masthead_and_code_to_the_article_online_are_no_headline() -> None:
    top = (
        "Kerne Actus\nqrcode:https://kerne-actus.fr/1270\n\n"
        "Cet article est lisible à cette adresse sur le site Kerne Actus :\n\nhttps://kerne-actus.fr/1270\n\n"
        "Flashez le qrcode suivant pour retrouver l'article en ligne\n\nKerne Actus\nBretagne\n\n"
    )
    headline = "Les dockers à l'action !"
    page = f"{top}{headline}\n\nAccès abonné\nMise à jour le 10 avril 2025\nTemps de lecture : 6 minutes\n\n"
    article = parse(f"{page}{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (headline, "Kerne Actus")
    assert article.body.split("\n\n") == [LEAD, MORE]
