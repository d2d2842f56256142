"""Furniture in invented words: links bulleted by a guillemet, a comments box's rules, a consent box's
categories, a group picture's legend, a long legend printed twice over its credit."""

from __future__ import annotations

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse


@pytest.mark.parametrize(
    "furniture",
    [
        "» Le maire de Quimper réélu dès le premier tour",
        "» Quels résultats pour les listes citoyennes?",
        "Conditions de publication : Les commentaires ne doivent pas être injurieux ni hors sujet, "
        "et la rédaction se réserve le droit de les retirer.",
        "Outils utilisés pour analyser les données de navigation et mesurer l'efficacité du site.",
        "De gauche à droite, Léa Morvan (adjointe aux finances), Jean Le Goff (maire) et Paul Kerlo "
        "(président de la communauté de communes), lors de l'inauguration.",
        "Sur la photo : les commerçants de la rue Kéréon devant leurs vitrines.",
        'L\'article complet à découvrir cette semaine dans "Le Grelot".',
        "Accès libre",
        "Abonnement Le Grelot",
        "nouvelle(s) publication(s)",
        "Les horaires sont affichés en temps universel.",
    ],
)
def test_furniture_between_paragraphs_is_dropped(furniture: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{furniture}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a quotation's close opening a line is no link's bullet once it ends a sentence's quote
        "« Nous avons attendu trop longtemps », a regretté la commerçante, qui vend des chaussures.",
        # conditions in a sentence of the report
        "Les conditions de publication du rapport ont été fixées par le conseil municipal en mars.",
    ],
)
def test_the_article_s_own_sentences_on_those_words_stay(paragraph: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{paragraph}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, paragraph, MORE]


def test_a_long_legend_printed_twice_over_its_credit_is_dropped() -> None:
    legend = (
        "Des bénévoles chargent les sacs de sable sur un camion de la commune, le long du quai de "
        "l'Odet, à Quimper, dans le Finistère, au petit matin"
    )
    assert len(legend.split()) > 18  # (longer than a caption is read to be)
    article = parse(f"{TITLE}\n\n{LEAD}\n\nImage\n{legend}\n\n{legend}\n\n© AP Photo/Léa Morvan\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_ticker_of_other_news_under_its_heading_ends_the_article() -> None:
    ticker = (
        "Fil info\n\nl'actualité en temps réel\n12h19\n\nUn nouveau député à Quimper\n\n"
        "Élu en 2022, le député de la circonscription avait cédé son siège à sa suppléante, qui le lui rend.\n\n"
        "11h40\n\nUne soirée piscine qui tourne mal\n"
    )
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{ticker}")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_live_page_s_own_times_are_its_text() -> None:
    live = f"12h19\n\n{LEAD}\n\n11h40\n\n{MORE}\n"
    article = parse(f"{TITLE}\n\n{live}")
    assert LEAD in article.body and MORE in article.body
