"""People written in list styles, with the real spaCy model: a surname in capitals, initials before a surname."""

from __future__ import annotations

import pytest

from tests.entity_text import entities_of


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # The model types a given name and capitals as an organisation.
        ("Selon Ibrahim KABORE, le pays avance malgré la crise.", "Ibrahim KABORE"),
        # A rank before it: the model takes the rank's last word into the name.
        (
            "Sous la présidence du Général d'Armée Moussa DIARRA, Président de la Transition, "
            "le Conseil a siégé.",
            "Moussa DIARRA",
        ),
    ],
)
def test_a_given_name_then_a_surname_in_capitals_is_a_person(sentence: str, person: str) -> None:
    entities = entities_of(sentence)
    assert entities.get(person) == "PER", entities


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Le prix du sac de riz a atteint 25 000 Francs CFA sur les marchés de la capitale.", "Francs CFA"),
        ("Le Montpellier HSC a battu son voisin samedi soir devant un public ravi.", "Montpellier HSC"),
    ],
)
def test_a_word_or_a_club_before_capitals_makes_no_person(sentence: str, name: str) -> None:
    assert entities_of(sentence).get(name) != "PER"


def test_capitals_after_a_person_join_the_name_only_when_they_are_no_word_nor_body() -> None:
    entities = entities_of(
        "Le discours a été commenté par Paul Girard AFP dans la soirée. Il a été salué par "
        "Anne Roux MARDI SOIR dans un communiqué, puis par Ibrahim SANOGO, maire de la commune."
    )
    assert entities.get("Paul Girard") == "PER" and entities.get("Anne Roux") == "PER", entities
    assert entities.get("Ibrahim SANOGO") == "PER", entities


def test_initials_before_a_surname_make_a_person_and_keep_a_given_name_before_them() -> None:
    entities = entities_of(
        "Plouzané : P.-J. Kerbrat réélu. Guipavas : J. Le Goff et Y. Abgrall. "
        "L'homme d'affaires Werner K. Roux a racheté le club."
    )
    for person in ("P.-J. Kerbrat", "Y. Abgrall", "Werner K. Roux"):
        assert entities.get(person) == "PER", (person, entities)
