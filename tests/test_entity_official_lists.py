"""Entities in an official list's shape, in invented words: people after an honorific with their
surname in capitals, registration numbers and numbered common words that name no one."""

from __future__ import annotations

import pytest

from tests.entity_text import entities_of

APPOINTMENTS = (
    "Le chef de l'Etat a nommé ses conseillers spéciaux par décret. Sont nommés :\n\n"
    "- Monsieur Placide KABORE, Mle 130 181 E, Magistrat, Conseiller spécial ;\n"
    "- Madame Awa Simplice OUEDRAOGO, Mle 25 773 E, Conseillère des affaires étrangères ;\n"
    "- M. Boureima ILBOUDO, Mle 241 749 J, Maître de conférences agrégé ;"
)


@pytest.mark.parametrize("person", ["Placide KABORE", "Awa Simplice OUEDRAOGO", "Boureima ILBOUDO"])
def test_a_person_after_an_honorific_with_a_surname_in_capitals_is_one(person: str) -> None:
    assert entities_of(APPOINTMENTS).get(person) == "PER"


def test_a_registration_number_in_groups_of_thousands_names_no_one() -> None:
    assert not [name for name in entities_of(APPOINTMENTS) if any(c.isdigit() for c in name)]


def test_an_honorific_before_a_name_in_lower_case_letters_is_left_to_the_model() -> None:
    # (no capitals: the pattern does not fire, and the model still finds the person)
    found = entities_of("Le maire a reçu Monsieur Paul Kerlo à la mairie de Quimper mardi soir.")
    assert found.get("Paul Kerlo") == "PER"


@pytest.mark.parametrize(
    "sentence",
    [
        "Les Essais libres 2 ont été interrompus par la pluie sur le circuit de Kerlo samedi.",
        "Le salon a rouvert ses portes au Hall 5 du parc des expositions de Kerlo lundi.",
    ],
)
def test_common_words_and_a_number_name_nothing(sentence: str) -> None:
    assert not [name for name in entities_of(sentence) if any(c.isdigit() for c in name)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Le match sera diffusé sur France 2 samedi soir depuis le stade de Kerlo.", "France 2"),
        ("La Départementale 58 est coupée entre Kerlo et Brest depuis lundi matin.", "Départementale 58"),
    ],
)
def test_a_channel_or_a_road_with_its_number_stays(sentence: str, name: str) -> None:
    assert name in entities_of(sentence)
