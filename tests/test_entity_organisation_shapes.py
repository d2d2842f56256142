"""Organisations the model misses or runs into other words, on invented text through the real
pipeline: courts, groupings of towns, Canada's departments, national teams, shops."""

from __future__ import annotations

import pytest

from tests.entity_text import entities_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Le tribunal de l'entreprise de Liège a prononcé la faillite de la société mardi.",
            "tribunal de l'entreprise de Liège",
        ),
        (
            "La communauté de communes du Val de Kerlo a voté son budget hier soir.",
            "communauté de communes du Val de Kerlo",
        ),
        ("Selon Santé Canada, le rappel concerne trois lots vendus au Québec.", "Santé Canada"),
        ("Le XV de France a dominé l'Écosse samedi au Stade de France.", "XV de France"),
        ("Les Springboks ont remporté le match malgré la pluie à Marseille.", "Springboks"),
    ],
)
def test_an_organisation_of_a_known_shape_is_one(body: str, name: str) -> None:
    assert entities_of(body).get(name) == "ORG"


def test_a_shop_and_the_place_it_stands_in_are_two_names() -> None:
    entities = entities_of(
        "Les piquets visent Carwall à Keumiée (Sambreville), le dépôt de Aldi aux Isnes (Gembloux) "
        "et Mondelez à Rhisnes."
    )
    assert entities.get("Aldi") == "ORG"
    assert entities.get("Isnes") == "LOC"
