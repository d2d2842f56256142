"""An article that is a list under a sentence announcing it (prizes, results): every item is kept."""

from __future__ import annotations

import pytest

from tests.invented_page import LEAD, MORE, parse

PRIZES = [
    "Grand prix",
    '"Les Mouettes de Kerlo" de Anne Kervella',
    "Prix du public -",
    'Yann Le Gall pour "Marée basse"',
    "- Prix de la mise en scène",
    '"Le Phare" de Soazig Morvan',
    "Prix d'interprétation",
    'Les deux comédiennes du "Phare" de Soazig Morvan: Léa Tanguy et Maïwenn Riou',
    "Prix des lycéens",
    '"Les Goémoniers" de Paul Le Bihan',
]


def test_a_prize_list_under_its_announcement_is_the_whole_body() -> None:
    headline = "Le palmarès du 12e festival du film de Kerlo"
    announcement = "Voici le palmarès du 12e festival du film de Kerlo:"
    article = parse("\n\n".join([headline, announcement, *PRIZES]) + "\n")
    assert article.title == headline
    assert article.body.split("\n\n") == [announcement, *PRIZES]


def test_a_list_announced_after_the_article_s_paragraphs_stays_whole() -> None:
    announcement = "Le jury a remis ses prix samedi soir au cinéma Le Kerlo:"
    article = parse(
        "\n\n".join(["Le festival de Kerlo a rendu son palmarès", LEAD, MORE, announcement, *PRIZES])
    )
    assert article.body.split("\n\n") == [LEAD, MORE, announcement, *PRIZES]


@pytest.mark.parametrize("closing", ["Fin", "Partager", "Culture"])
def test_a_word_alone_after_the_list_is_no_item_of_it(closing: str) -> None:
    announcement = "Voici le palmarès du 12e festival du film de Kerlo:"
    article = parse("\n\n".join(["Le palmarès de Kerlo", LEAD, announcement, *PRIZES, closing]))
    assert article.body.split("\n\n") == [LEAD, announcement, *PRIZES]


def test_a_call_to_action_over_a_menu_announces_no_list() -> None:
    # (a control: it passes before and after the rule of announced lists)
    menu = ["Vidéos", "Podcasts", "Newsletters", "Jeux", "Annonces"]
    article = parse(
        "\n\n".join(
            [
                "Le festival de Kerlo a rendu son palmarès",
                LEAD,
                MORE,
                "Retrouvez tous nos contenus sur le site :",
                *menu,
            ]
        )
    )
    assert article.body.split("\n\n") == [LEAD, MORE]


MINISTERS = [
    "1- Premier ministre : Anne Kervella (reconduite)",
    "2 – Ministre de la Mer : Yann Le Gall",
    "3 – Ministre des Affaires étrangères : Soazig Morvan (indépendante)",
    "4 – Ministre de la Pêche : Paul Le Bihan",
]


@pytest.mark.parametrize("last", [[], ["5 – Ministre du Dév"]])
def test_a_numbered_labelled_list_after_the_paragraphs_stays_without_a_colon(last: list[str]) -> None:
    # (the page's excerpt may cut its last item)
    article = parse(
        "\n\n".join(["Le nouveau gouvernement de Kerlo est connu", LEAD, MORE, *MINISTERS, *last])
    )
    assert article.body.split("\n\n") == [LEAD, MORE, *MINISTERS, *last]
