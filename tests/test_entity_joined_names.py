"""A body's name that goes on past "et": joined, where a person or a verb after "et" is not."""

from __future__ import annotations

import pytest

from index.entities.joined_names import names_joined_over_et
from tests.entity_text import entities_of, span_of


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        (
            "Les pompiers du Service départemental d'incendie et de secours sont intervenus.",
            "Service départemental d'incendie",
            "Service départemental d'incendie et de secours",
        ),
        (
            "Le Département fédéral de justice et police a répondu.",
            "Département fédéral de justice",
            "Département fédéral de justice et police",
        ),
        (
            "L'Office cantonal d'orientation scolaire et professionnelle ouvre ses portes.",
            "Office cantonal d'orientation scolaire",
            "Office cantonal d'orientation scolaire et professionnelle",
        ),
        (
            "La Caisse de dépôt et placement du Kerbec a racheté la société.",
            "Caisse de dépôt",
            "Caisse de dépôt et placement du Kerbec",
        ),
        (
            "L'Union régionale de l'Agriculture et de la Pêche a fait ses comptes.",
            "Union régionale de l'Agriculture",
            "Union régionale de l'Agriculture et de la Pêche",
        ),
        (
            "Le Centre d'incendie et de secours du Val Vert a envoyé deux camions.",
            "Centre d'incendie",
            "Centre d'incendie et de secours du Val Vert",
        ),
    ],
)
def test_a_body_s_name_cut_at_et_goes_on_to_its_second_field(text: str, cut: str, whole: str) -> None:
    joined = names_joined_over_et(text, [span_of(text, cut, "ORG")])
    assert [text[span.start : span.end] for span in joined] == [whole]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Le SEDEE (Service d'enlèvement et de destruction d'engins explosifs) est intervenu à Kerlo.",
            "Service d'enlèvement et de destruction d'engins explosifs",
        ),
        (
            "Selon l'Institut national de la statistique et des études économiques, les prix montent.",
            "Institut national de la statistique et des études économiques",
        ),
    ],
)
def test_the_second_field_keeps_its_adjective_and_its_complement(body: str, name: str) -> None:
    assert entities_of(body).get(name) == "ORG"


def test_a_participle_after_the_second_field_is_the_sentence_s() -> None:
    text = "Le rapport du Service de santé et de sécurité publié hier inquiète."
    joined = names_joined_over_et(text, [span_of(text, "Service de santé", "ORG")])
    assert text[joined[0].start : joined[0].end] == "Service de santé et de sécurité"


def test_the_second_half_the_model_found_apart_is_taken_into_the_first() -> None:
    text = "Le président de l'Association Cultuelle et Culturelle Kernévéenne a parlé."
    spans = [span_of(text, "Association Cultuelle", "ORG"), span_of(text, "Culturelle Kernévéenne", "ORG")]
    joined = names_joined_over_et(text, spans)
    assert [text[span.start : span.end] for span in joined] == [
        "Association Cultuelle et Culturelle Kernévéenne"
    ]


@pytest.mark.parametrize(
    ("text", "name", "after", "label"),
    [
        # a person after "et", a verb, a second body, a clause's article
        (
            "Le ministère de l'Intérieur et Gérald Kerlo ont signé.",
            "ministère de l'Intérieur",
            "Gérald Kerlo",
            "PER",
        ),
        ("La Cour de cassation et renvoyé l'affaire à Rennes.", "Cour de cassation", "", ""),
        ("La Cour de cassation et de la cour d'appel de Rennes.", "Cour de cassation", "", ""),
        ("Le Service de santé et les forces de police sont venus.", "Service de santé", "", ""),
        # a verb and its object, whatever its ending
        (
            "Il critique le président du Conseil général de l'Isère et présente la politique du parti.",
            "Conseil général de l'Isère",
            "",
            "",
        ),
    ],
)
def test_a_name_stops_at_et_before_a_person_a_verb_or_a_second_body(
    text: str, name: str, after: str, label: str
) -> None:
    spans = [span_of(text, name, "ORG")] + ([span_of(text, after, label)] if after else [])
    joined = names_joined_over_et(text, spans)
    assert text[joined[0].start : joined[0].end] == name


def test_the_whole_body_is_stored_by_the_pipeline() -> None:
    body = (
        "Le Département fédéral de justice et police a rejeté la demande mardi, "
        "a indiqué un porte-parole à Berne."
    )
    assert entities_of(body).get("Département fédéral de justice et police") == "ORG"


def test_a_town_written_without_its_hyphens_is_one_place_but_a_town_and_its_region_are_two() -> None:
    entities = entities_of(
        "Marcq en Baroeul : un homme a été blessé jeudi soir. Il vivait à Brest en Bretagne."
    )
    assert entities.get("Marcq en Baroeul") == "LOC"
    assert {"Brest", "Bretagne"} <= set(entities)


def test_a_body_s_span_ended_on_a_preposition_takes_the_place_after_it() -> None:
    found = entities_of("Il a fondé l'Institut de recherche sur le français en Amérique. Il a parlé.")
    assert found.get("Institut de recherche sur le français en Amérique") == "ORG", found


def test_a_role_after_et_is_no_field_of_the_body_s_name() -> None:
    found = entities_of(
        "Il est doctorant à l'Institut national de la recherche scientifique et coauteur, avec Léa Roy, du livre."
    )
    assert found.get("Institut national de la recherche scientifique") == "ORG", found
