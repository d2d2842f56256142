"""What a page prints twice, in invented words: the article again, a legend under its bulleted copy."""

from __future__ import annotations

from tests.invented_page import LEAD, MORE, TITLE, parse

THIRD = (
    "Les commerçants du quartier se disent satisfaits, même si certains redoutent une baisse de "
    "la fréquentation pendant les premières semaines de travaux."
)


def test_an_article_printed_twice_keeps_one_copy_with_its_short_last_line() -> None:
    last = "Un rendez-vous où les villageois ont répondu présents."
    body = f"{LEAD}\n{MORE}\n{THIRD}\n{last}"
    article = parse(f"{TITLE}\n{body}\n{body}\n")
    assert article.body.split("\n\n") == [LEAD, MORE, THIRD, last]


def test_a_summary_box_repeating_the_standfirst_is_dropped() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\nPour résumer\n\n{LEAD}\n\n{THIRD}\n"
    paragraphs = parse(page).body.split("\n\n")
    assert paragraphs.count(LEAD) == 1 and paragraphs[-1] == THIRD


def test_a_legend_under_its_bulleted_copy_is_no_article() -> None:
    legend = "Le traditionnel ruban a été coupé par les élus."
    page = f"Nouvelle salle des fêtes\n\nAbonnés\n  • {legend}\n    {legend}\nPublié le\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == "Nouvelle salle des fêtes"
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_teasers_under_a_you_might_like_heading_and_a_newsletter_s_pitch_are_no_article() -> None:
    teaser = "Au port, plus d'un pêcheur sur cinq songe à vendre son bateau"
    newsletter = "Retrouvez tous les soirs une sélection d'articles dans votre boite mail."
    page = (
        f"{TITLE}\n{LEAD}\n{MORE}\nVous aimeriez peut-être...\n{teaser}\n\nLa quotidienne\n\n{newsletter}\n"
    )
    assert parse(page).body.split("\n\n") == [LEAD, MORE]
