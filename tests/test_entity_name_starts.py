"""Where a name begins, and its other forms: its capitalised article, a hyphenated name's first half, a particle it ends on."""

from __future__ import annotations

from dataclasses import replace

import pytest

from index.entities.aliases import Aliases
from index.entities.cleanup import Mention, clean_span
from index.entities.mention_parts import pair_parts
from index.entities.merge import merge_mentions
from tests.entity_text import cleaned_text, entities_of, mention_of, span_of


@pytest.mark.parametrize(
    ("text", "fragment", "label", "expected"),
    [
        # a capitalised article inside a sentence is the name's
        ("Six postes iront aux élus pour Le Kerlovin, deux au centre.", "Kerlovin", "ORG", "Le Kerlovin"),
        ("La liste a signé avec La Kerlovine hier soir.", "Kerlovine", "ORG", "La Kerlovine"),
        # at a sentence's start, or after a colon, the article is the sentence's
        ("Bilan : La Kerlovine a gagné six sièges.", "Kerlovine", "ORG", "Kerlovine"),
        ("La Kerlovine a gagné six sièges.", "Kerlovine", "ORG", "Kerlovine"),
        # a hyphenated name's first half, left out by the model
        ("Chronique Lac-Kerlouan: l'angoisse revient chaque été.", "Kerlouan", "LOC", "Lac-Kerlouan"),
        # a name's particle ends no name
        (
            "Entre le barrage Kerlo et le barrage Sidi Youssef Ben Kerbal coule la rivière.",
            "barrage Sidi Youssef Ben",
            "LOC",
            "barrage Sidi Youssef Ben Kerbal",
        ),
        ("Il a reçu Jan Van Kerlo au stade.", "Jan Van", "PER", "Jan Van Kerlo"),
        # a byline's word the model took into the person's span
        ("Tribune. Par Abdel Kerbali Le texte suit.", "Par Abdel Kerbali", "PER", "Abdel Kerbali"),
        ("Chronique signée. By Léa Morvan, à Quimper.", "By Léa Morvan", "PER", "Léa Morvan"),
    ],
)
def test_where_a_span_begins_and_ends(
    text: str, fragment: str, label: str, expected: str, common_words: frozenset[str]
) -> None:
    assert cleaned_text(text, fragment, label, common_words) == expected


def test_a_name_written_after_a_contracted_article_joins_its_articled_form() -> None:
    text = "Les Vaillants ont signé. Du côté des Vaillants, on se tait."
    articled = mention_of(text, "Les Vaillants", "ORG")
    bare = mention_of(text[20:], "Vaillants", "LOC")
    entities = merge_mentions([articled, bare], Aliases())
    assert [(e.name, e.type, e.count) for e in entities] == [("Les Vaillants", "ORG", 2)]


def test_two_fields_joined_by_et_are_one_name_unless_both_name_bodies() -> None:
    text = "Le parti Droit et Justice a perdu, face à Les Républicains et Ensemble."
    one = clean_span(text, span_of(text, "Droit et Justice", "MISC"), frozenset())
    two = clean_span(text, span_of(text, "Les Républicains et Ensemble", "ORG"), frozenset())
    assert one is not None and two is not None
    assert [m.text for m in pair_parts(one, text)] == ["Droit et Justice"]
    assert [m.text for m in pair_parts(two, text)] == ["Les Républicains", "Ensemble"]


def test_a_paper_after_a_contracted_article_and_whom_it_quotes_are_two_names() -> None:
    text = "« Il faut tenir », souligne au Soir François Kerlovin, ministre de la Mobilité."
    start = text.index("Soir François Kerlovin")
    mention = Mention(start, start + len("Soir François Kerlovin"), "Soir François Kerlovin", "PER", False)
    assert [(m.text, m.label) for m in pair_parts(mention, text)] == [
        ("Le Soir", "ORG"),
        ("François Kerlovin", "PER"),
    ]
    elsewhere = text.replace("au Soir", "au Nord")
    assert len(pair_parts(replace(mention, text="Nord François Kerlovin"), elsewhere)) == 1


@pytest.mark.parametrize(
    ("body", "kept", "dropped"),
    [
        (
            "Les bus C9, C10 et C11 circulent, ainsi que la ligne F2 et le carburant SP98.",
            [],
            ["C10", "SP98"],
        ),
        # (spaced, and after their article in a list: school lines' codes)
        (
            "Les lignes scolaires seront supprimées : JD5, JD 321, JD402 et le T4, dès lundi.",
            [],
            ["JD 321", "JD402", "T4", "le T4"],
        ),
        ("Le G20 se réunit à Rome, et TF1 diffuse le sommet en direct ce soir.", ["G20", "TF1"], []),
        ("Les rebelles du M23 avancent vers Goma depuis lundi matin.", ["M23"], []),
        ("Un accident sur la route près de Namur. La H189 reste fermée.", ["H189"], []),
        (
            "TotalEnergies maintient le plafond du prix de l'essence à la pompe.",
            ["TotalEnergies"],
            ["Energies"],
        ),
        (
            "Europe 1 et l'Express sont unanimes sur la nouvelle capitale régionale.",
            ["L'Express"],
            ["Express"],
        ),
    ],
)
def test_codes_brands_and_elided_outlets(body: str, kept: list[str], dropped: list[str]) -> None:
    entities = entities_of(body)
    assert all(name in entities for name in kept), entities
    assert not any(name in entities for name in dropped), entities


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("Le maire du Havre a présenté son budget jeudi soir.", "Le Havre"),
        ("Le Havre accueille le départ de la course dimanche.", "Le Havre"),
        ("Elle a étudié au Caire avant de rentrer à Quimper.", "Le Caire"),
    ],
)
def test_a_town_whose_article_is_its_own_keeps_it(body: str, town: str) -> None:
    entities = entities_of(body)
    assert entities.get(town) == "LOC", entities
    assert town.split(" ", 1)[1] not in entities


def test_a_body_s_name_ending_on_du_and_a_common_word_holds_no_place() -> None:
    entities = entities_of("Les élus de l'Assemblée des Délégués du Peuple ont voté. Le port du Havre ferme.")
    assert "Peuple" not in entities
    assert entities.get("Le Havre") == "LOC", entities


def test_a_word_run_into_a_person_s_hyphenated_given_name_is_left_out() -> None:
    text = "Le chef de La France Insoumise Jean-Luc Kerlo était présent."
    start = text.index("Insoumise")
    mention = Mention(
        start, start + len("Insoumise Jean-Luc Kerlo"), "Insoumise Jean-Luc Kerlo", "PER", False
    )
    assert [(m.text, m.label) for m in pair_parts(mention, text)] == [("Jean-Luc Kerlo", "PER")]
    saint = Mention(0, len("Paul St-Pierre Kerlo"), "Paul St-Pierre Kerlo", "PER", False)
    assert [m.text for m in pair_parts(saint, "Paul St-Pierre Kerlo a exclu deux candidats.")] == [saint.text]
