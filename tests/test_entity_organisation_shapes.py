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
        (
            "Le ministère de l'Intérieur, des Collectivités locales et des Transports a publié le décret.",
            "ministère de l'Intérieur, des Collectivités locales et des Transports",
        ),
        ("Les pompiers du SDIS du Nord sont intervenus vers minuit à Kerlo.", "SDIS du Nord"),
        (
            "Il comparaît devant le Tribunal de 1re instance de Kerlo-Ville.",
            "Tribunal de 1re instance de Kerlo-Ville",
        ),
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


def test_two_parties_the_model_ran_together_over_et_are_two_organisations() -> None:
    entities = entities_of("Les députés Les Républicains et Ensemble ont voté contre le texte jeudi.")
    assert entities.get("Les Républicains") == "ORG"
    assert "Les Républicains et Ensemble" not in entities


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        ("Les conditions restent difficiles, a indiqué la préfecture à 20 Minutes mardi soir.", "20 Minutes"),
        # a signature glued to the last word
        ("Les vigilances restent en place jusqu'à mardi ou mercredi20 Minutes avec AFP", "20 Minutes"),
    ],
)
def test_an_outlet_named_with_its_number_keeps_it(body: str, outlet: str) -> None:
    entities = entities_of(body)
    assert entities.get(outlet) == "ORG"
    assert "Minutes" not in entities


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Après l'ascension du col, les coureurs ont plongé vers la vallée de Kerlo.", "ascension"),
        ("Les différents Samu et les forces de police ont été mobilisés à Kerlo.", "forces"),
        ("L'Assemblée législative a adopté la loi mardi à Kerlo.", "législative"),
        ("L'Office du Tourisme de la ville ouvre samedi à Kerlo.", "tourisme"),
        ("Les IAA et le GNL pèsent lourd dans les exportations de Kerlo.", "iaa gnl"),
    ],
)
def test_a_climb_a_list_s_words_a_kind_of_body_or_a_common_acronym_is_no_entity(
    body: str, words: str
) -> None:
    names = " ".join(entities_of(body)).lower().split()
    assert not set(words.split()) & set(names)


def test_a_body_run_into_the_person_the_article_names_apart_is_two_names() -> None:
    body = (
        "Le mouvement amorcé par le président de Rennes Métropole Emmanuel Kervella se poursuit. "
        "« Nous avançons », explique Emmanuel Kervella."
    )
    entities = entities_of(body)
    assert entities.get("Emmanuel Kervella") == "PER"
    assert not [
        name for name in entities if name.endswith("Emmanuel Kervella") and name != "Emmanuel Kervella"
    ]


def test_a_person_s_fuller_name_stays_whole() -> None:
    body = (
        "Le président Ahmed Ould Kerlabdallah a reçu ses ministres. Ould Kerlabdallah a promis des réformes."
    )
    assert "Ahmed Ould Kerlabdallah" in entities_of(body)


def test_an_acronym_the_text_defines_in_brackets_stays_whole_though_hyphenated() -> None:
    body = "La Haute Ecole d'ingénierie du Canton de Vaud (HEIG-VD) participe. La HEIG-VD a livré un miroir."
    entities = entities_of(body)
    assert not {"HEIG", "VD"} & set(entities)
