"""Places named by their kind ("place du Carrousel", "clos des Aulnes") and a genre's label before its author."""

from __future__ import annotations

import pytest

from index.entities.cleanup import clean_span
from tests.entity_text import entities_of, span_of


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Des milliers de partisans sont rassemblés sur la place du Marché-Neuf devant la mairie.",
            "place du Marché-Neuf",
        ),
        ("La foule a rempli la place de la Libération jusqu'à minuit.", "place de la Libération"),
        ("Le suspect a été arrêté à hauteur du clos des Aubépines, près de la gare.", "clos des Aubépines"),
    ],
)
def test_a_place_named_by_its_kind_is_kept_whole(body: str, place: str) -> None:
    assert entities_of(body).get(place) == "LOC"


def test_in_the_place_of_someone_is_no_place() -> None:
    names = entities_of("Le ministre a parlé à la place de Yann Kerlo, retenu à Brest par la tempête.")
    assert not any(name.startswith("place") for name in names), names


def test_a_genre_s_label_before_its_author_is_no_part_of_the_name() -> None:
    text = "L'Editorial d'Anne Kervella/Kerlo Matin : l'aventure continue"
    mention = clean_span(text, span_of(text, "Editorial d'Anne Kervella", "ORG"))
    assert mention is not None and mention.text == "Anne Kervella"


def test_a_club_of_the_french_speaking_leagues_is_an_organisation() -> None:
    names = entities_of(
        "Charleroi accueille La Gantoise samedi, et le Cercle de Bruges reçoit Ostende dimanche."
    )
    assert names.get("La Gantoise") == "ORG", names
    assert names.get("Cercle de Bruges") == "ORG", names
