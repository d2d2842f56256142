"""Furniture in invented words: a blog's comments under their count and the article's title or
glued to their buttons, a teaser's excerpt cut over its link, a picture's credit in an agency's
own words or after an at sign, a private window's paywall, a word of the page's code."""

from __future__ import annotations

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse


@pytest.mark.parametrize(
    "heading",
    [
        "3 réflexions sur « Le port de Quimper change de mains »",
        "Une réflexion sur « Le port de Quimper change de mains »",
        "12 commentaires sur “Le port de Quimper change de mains”",
        '2 thoughts on "Le port de Quimper change de mains"',
    ],
)
def test_a_blog_s_comments_under_their_heading_end_the_article(heading: str) -> None:
    comments = "1. Paul Kerlo\n\nJe ne suis pas d'accord avec le maire, le port mérite mieux que cela.\n"
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{heading}\n\n{comments}")
    assert article.body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize(
    "excerpt",
    [
        "Alors que les syndicats maintiennent leur appel, des délégations de tous les chantiers se "
        "sont retrouvées devant le siège, à... Lire la suite",
        "Le conseil municipal a voté le budget du port, mais l'opposition dénonce… En savoir plus »",
    ],
)
def test_a_teaser_s_excerpt_cut_over_its_link_is_dropped(excerpt: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{excerpt}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize(
    "credit",
    [
        "Le plus grand chalutier du port, lors de son passage à Concarneau le 3 mars 2024. (AP Photo/Léa Morvan)",
        "@ Paul Kerlo, vue du port de Quimper",
        "Vous utilisez un navigateur configuré en mode privé ou en mode incognito.",
        "logo-kerlo",
        "COMBAT_KERLO_MORVAN -",
        "private",
    ],
)
def test_a_picture_s_credit_and_such_furniture_are_dropped(credit: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{credit}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a sentence about comments, an ellipsis inside a quotation, a mention of an agency
        "Les 3 commentaires sur le projet ont été versés au dossier de l'enquête publique.",
        "« Nous verrons bien… », a lâché le maire, qui promet la suite des travaux pour l'été.",
        "Selon l'agence AP, le chalutier a quitté le port de Concarneau dans la nuit de lundi.",
    ],
)
def test_the_article_s_own_sentences_on_those_words_stay(paragraph: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{paragraph}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, paragraph, MORE]


def test_readers_comments_glued_to_their_buttons_end_the_article() -> None:
    comments = (
        "Signaler RépondreEncore une journée d'action pour rien, le port mérite mieux.\n\n"
        "Signaler RépondreTrop de réunions tuent les réunions…\n"
    )
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{comments}")
    assert article.body.split("\n\n") == [LEAD, MORE]
