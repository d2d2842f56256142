"""What surrounds the article, in invented words: a sidebar's teasers above it, related teasers and comments below."""

from __future__ import annotations

from datetime import datetime

from tests.invented_page import LEAD, MORE, TITLE, parse

SIDEBAR = [
    "jeudi 23 mai 2024",
    "Édito",
    "Les événements de lundi ont montré combien la patience des riverains s'use, et combien il faudra "
    "de temps pour retrouver le calme dans le quartier.",
    "Questions à...",
    "Le président du syndicat des pêcheurs est formel : « Nous saurons nous adapter, et vite, si la "
    "saison se présente mal. »",
    "Élue mardi à la tête de la chambre d'agriculture, Anne Kerlo promet une présidence de combat.",
]


def test_under_the_page_s_path_the_headline_and_its_date_line_start_the_article() -> None:
    page = "\n".join(
        [*SIDEBAR, "> Faits divers > À Quimper", "", TITLE, "", "12/09/2018 21:01Lu 6675 fois", LEAD, MORE]
    )
    article = parse(page + "\n")
    assert article.title == TITLE
    assert article.date == datetime(2018, 9, 12, 21, 1)
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_related_box_of_cut_excerpts_ends_a_short_article() -> None:
    standfirst = "Des barrières de béton dressées à l'entrée des quartiers du port"
    paragraph = (
        "Un vent d'inquiétude souffle sur la ville depuis dimanche soir, quand les autorités ont décrété "
        "un état d'alerte sur plusieurs quartiers et déployé des agents à chaque carrefour du centre"
    )
    teasers = "\n\n".join(
        f"{title}\n{excerpt}..."
        for title, excerpt in [
            (
                "Le port de pêche affiche une hausse de 7 % au premier semestre",
                "À l'issue du premier semestre, les indicateurs du port sont au vert. Selon la capitainerie, le po",
            ),
            (
                "La future gare sera inaugurée avant l'été",
                "Selon les plans publiés jeudi, l'inauguration de la nouvelle gare est imminente. Nous avons d'ailleurs vu un",
            ),
            (
                "Les loueurs de vélos au fond du gouffre",
                "Au total, la ville compte quarante loueurs qui emploient deux cents personnes. Le parc s",
            ),
        ]
    )
    page = (
        f"{TITLE}\n\n{standfirst}\n{paragraph}\nLes tags en relation\nLes articles en relation\n\n{teasers}\n"
    )
    assert parse(page).body.split("\n\n") == [standfirst, paragraph]


def test_a_logo_s_alt_text_names_the_site_with_its_place() -> None:
    article = parse(f"Site icon Le Matin de Kerlouan\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.source == "Le Matin de Kerlouan"


def test_words_of_a_sentence_after_the_title_s_dash_are_no_site() -> None:
    article = parse(f"Finale de la coupe – Quimper Olympique champion\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == "Finale de la coupe – Quimper Olympique champion" and article.source == ""


def test_a_comment_count_with_its_colon_ends_the_article() -> None:
    comments = (
        "  1. Bravo aux pompiers !\n\n    Nadine\n\n    Répondre\n  2. Toute ma sympathie aux familles."
    )
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n3 commentaires:\n\n{comments}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]
