"""A sports page's results and standings, in invented clubs: kept a match a line, and the teams found."""

from __future__ import annotations

import pytest

from index.entities.aliases import Aliases
from index.entities.extract import EntityExtractor
from index.entities.score_lines import team_bounds
from index.page.results import collapsed_spaces, is_results_line
from tests.entity_text import article
from tests.invented_page import LEAD, TITLE, parse

INTRO = (
    "La troisième journée du championnat régional s'est jouée dimanche sous la pluie, et les "
    "clubs de la vallée ont connu des fortunes diverses sur des terrains lourds."
)
MORE_TEXT = (
    "Le week-end prochain, les deux premiers du classement se retrouveront pour un derby très "
    "attendu, que le club local espère jouer devant un public nombreux."
)
RESULTS = [
    "  ENTENTE SPORTIVE DU VAL D'ARGENT   U S BRIOLLAY  24-17 (Bo)",
    " STADE OLYMPIQUE PLOUVIEN  R C MONTFAUCON 9-30",
    "A S LANNEC   CERCLE ATHLETIQUE KERVEN 15-15 ",
]
STANDINGS = [
    "1   R C MONTFAUCON  12  3  3  0  0  61  2  0  0",
    "2   ENTENTE SPORTIVE DU VAL D'ARGENT  9  3  2  0  1  14  1  0  0",
    "3   A S LANNEC  7  3  1  1  1  -4  1  0  0",
]


def results_page() -> str:
    return "\n".join(
        [
            "Rugby : les résultats de la troisième journée",
            "",
            INTRO,
            "",
            "Régionale 1 – 3e journée",
            "",
            *RESULTS,
            "",
            *STANDINGS,
            "",
            MORE_TEXT,
            "",
        ]
    )


def test_a_round_s_results_stay_a_match_a_line_with_their_teams_apart() -> None:
    paragraphs = parse(results_page()).body.split("\n\n")
    assert "ENTENTE SPORTIVE DU VAL D'ARGENT  U S BRIOLLAY 24-17 (Bo)" in paragraphs
    assert "STADE OLYMPIQUE PLOUVIEN  R C MONTFAUCON 9-30" in paragraphs
    assert "A S LANNEC  CERCLE ATHLETIQUE KERVEN 15-15" in paragraphs
    assert paragraphs[0] == INTRO and paragraphs[-1] == MORE_TEXT


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Le score était de 2 à 1  à la pause, puis 3-1", "Le score était de 2 à 1 à la pause, puis 3-1"),
        ("FC Lancy  Servette   2-0", "FC Lancy  Servette 2-0"),
        ("Montpellier HSC -  Stade Rennais FC : 0 - 1", "Montpellier HSC - Stade Rennais FC : 0 - 1"),
        ("les deux  équipes 1-1", "les deux équipes 1-1"),
    ],
)
def test_only_two_named_columns_and_a_score_keep_their_gap(line: str, expected: str) -> None:
    assert collapsed_spaces(line) == expected
    assert is_results_line(expected) == ("  " in expected)


def test_the_teams_of_results_lines_and_standings_rows_are_organisations() -> None:
    body = parse(results_page()).body
    found = {body[start:end] for start, end in team_bounds(body)}
    assert found >= {
        "ENTENTE SPORTIVE DU VAL D'ARGENT",
        "U S BRIOLLAY",
        "STADE OLYMPIQUE PLOUVIEN",
        "R C MONTFAUCON",
        "A S LANNEC",
        "CERCLE ATHLETIQUE KERVEN",
    }
    assert not any(name[:1].isdigit() or name.endswith(tuple("0123456789")) for name in found)


def test_a_sentence_with_a_score_names_no_team() -> None:
    text = "Les visiteurs ont mené  pendant toute la rencontre 3-1\n\n4   Le classement reste serré 1 2 3 4"
    assert list(team_bounds(text)) == []


def test_the_pipeline_stores_the_shouted_teams_whole() -> None:
    body = parse(results_page()).body
    (annotated,) = EntityExtractor(Aliases()).annotate([article("Rugby : les résultats", body)])
    entities = {entity.name: entity.type for entity in annotated.entities}
    for team in (
        "ENTENTE SPORTIVE DU VAL D'ARGENT",
        "R C MONTFAUCON",
        "A S LANNEC",
        "CERCLE ATHLETIQUE KERVEN",
    ):
        assert entities.get(team) == "ORG", (team, entities)
    assert not any(name.endswith((" 12", " 9", " 7")) for name in entities)


def test_a_score_between_two_teams_with_their_scorers_glued_after_names_both() -> None:
    body = "\n\n".join(
        [
            "Quimper 3-0 Kerlouan(Le Goff 30e, Morvan 56e, Kerlo 90e)",
            "Pont-l'Abbé 1-2 Plougastel-Daoulas(Roux 51e / Kerlo 63e)",
            "Le capitaine de Brest a battu Lorient 2-1 dimanche",
        ]
    )
    found = {body[start:end] for start, end in team_bounds(body)}
    assert found == {"Quimper", "Kerlouan", "Pont-l'Abbé", "Plougastel-Daoulas"}
    (annotated,) = EntityExtractor(Aliases()).annotate([article("Les résultats de la journée", body)])
    names = {entity.name for entity in annotated.entities}
    assert {"Kerlouan", "Plougastel-Daoulas"} <= names, names
    assert not any("(" in name for name in names), names


def test_an_article_ending_on_its_fixtures_and_standings_keeps_them() -> None:
    rows = [
        "Les autres rencontres de la journée se joueront samedi, selon le programme suivant :",
        "A Brest (stade Francis-Le Blé) : Stade Kerlouan – US Plouguerneau (à 15h00)",
        "A Quimper (stade de Penvillers) : FC Cornouaille – AS Landerneau (à 18h00)",
        "Classement : Pts J",
        "1). Stade Kerlouan 29 12",
        "2). US Plouguerneau 20 12",
    ]
    page = "\n\n".join([TITLE, LEAD, *rows, "Fin"]) + "\n"
    assert parse(page).body.split("\n\n") == [LEAD, *rows]


def test_an_election_night_s_results_by_candidate_are_the_article_s() -> None:
    rows = [
        "Léa Morvan (Parti vert de Kerlo) 47,3 % RÉÉLUE",
        "Yann Le Gall (Union des Bretons) 13,7 %",
        "Anne Kervella (Parti libéral de Kerlo) 14,7 %",
        "Paul Riou (Parti conservateur) 12,0 %",
        "Soazig Tanguy (Mouvement citoyen) 12,4 % ÉLUE",
    ]
    intro = "Nous suivons les résultats toute la soirée dans les circonscriptions de Kerlo et de Brest."
    page = "\n\n".join([TITLE, LEAD, intro, *rows]) + "\n"
    assert parse(page).body.split("\n\n") == [LEAD, intro, *rows]
