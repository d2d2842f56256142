"""Headlines next to a body's name as a tag, an editor's note, a captioned picture or a bulleted date; clipped ones."""

from __future__ import annotations

import pytest

from index.page.credits import is_captioned
from index.page.headline_shape import is_a_body_s_name
from tests.invented_page import LEAD, MORE, TITLE, parse

LEAD_ON_THE_MINISTRY = (
    "Nommée au ministère de la Culture et des Communications l'an dernier, la ministre a présenté "
    "mardi, à l'hôtel de ville de Quimper, un plan que financera le conseil régional de Bretagne."
)


@pytest.mark.parametrize(
    "tag",
    [
        "Ministère de la Culture et des Communications",
        "Conseil régional de Bretagne",
        "Ville de Quimper",
    ],
)
def test_a_public_body_s_name_alone_over_the_headline_is_its_tag(tag: str) -> None:
    # (the tag shares more words with the lead than the headline does)
    headline = "Julie Morin, l'ange gardien des planches"
    article = parse(f"{tag}\n\n{headline}\n\n{LEAD_ON_THE_MINISTRY}\n\n{MORE}\n")
    assert article.title == headline


@pytest.mark.parametrize(
    ("line", "tag"),
    [
        ("Ministère de la Santé et des Services sociaux", True),
        ("Commission européenne", True),
        ("Gouvernement Legault", True),
        ("Conseil fédéral adopte la réforme des rentes", False),
        ("Cour suprême : le verdict attendu jeudi", False),
        ("Université Laval licencie 40 professeurs", False),
    ],
)
def test_a_body_s_name_is_told_from_a_headline_about_the_body(line: str, tag: bool) -> None:
    assert is_a_body_s_name(line) is tag


@pytest.mark.parametrize(
    "note",
    [
        "Ce texte est une tribune signée par un collectif de 40 chercheurs",
        "Cet article est une opinion de son auteur",
        "Cette chronique n'engage que son auteure",
    ],
)
def test_an_editor_s_note_on_the_article_s_kind_is_no_headline(note: str) -> None:
    headline = "Une promesse trahie ou le désordre annoncé des urnes"  # (no word of the lead's)
    article = parse(f"{note}\n\n{headline}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline
    assert note not in article.body


def test_a_line_over_a_bulleted_publication_line_beats_a_live_teaser_above_it() -> None:
    teaser = "[LIVE] Le conseil municipal de Quimper vote la piétonnisation du centre"
    page = f"{teaser}\n\n{TITLE}\n\n  • Publié le 14 avril 2020 à 17:29\n  • Actualisé le 14 avril 2020 à 17:31\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == TITLE


def test_a_legend_closed_by_its_outlet_and_photographer_is_no_headline() -> None:
    legend = "La ministre a détaillé deux de... (La Presse canadienne, Marc Tremblay)"
    assert is_captioned(legend)
    assert parse(f"{TITLE}\n\n{legend}\n\nAgrandir\n\n{LEAD}\n\n{MORE}\n").title == TITLE


@pytest.mark.parametrize(
    ("line", "captioned"),
    [
        ("Le maire devant l'hôtel de ville (Le Soleil, Léa Roy).", True),
        ("Les élus de deux villes (Brest, Quimper) ont voté.", False),
        ("La députée (Marie Roy, Parti socialiste) a voté contre.", False),
    ],
)
def test_only_a_known_outlet_beside_a_person_in_brackets_is_a_credit(line: str, captioned: bool) -> None:
    assert is_captioned(line) is captioned


def test_a_first_line_of_clipped_sentences_over_the_article_is_its_headline() -> None:
    headline = "Ce sera donc Morin contre Roy. Comme prévu. Hélas."
    assert parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n").title == headline


def test_a_first_line_of_long_sentences_is_still_no_headline() -> None:
    line = "Le conseil a voté jeudi soir. Les commerçants du quartier ont applaudi la décision."
    assert parse(f"{line}\n\n{LEAD}\n\n{MORE}\n").title != line
