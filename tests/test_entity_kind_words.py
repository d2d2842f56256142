"""A body named by its kind alone ("l'Etat", "la Cour"), a people's invariable name, a title run into a name."""

from __future__ import annotations

import pytest

from index.entities.cleanup import Mention, clean_span
from index.entities.run_together import persons_apart
from tests.entity_text import entities_of, span_of


@pytest.mark.parametrize(
    ("text", "fragment", "label"),
    [
        ("Elle a été reconnue coupable de fraude par la Cour en août.", "Cour", "ORG"),
        ("Le budget de l'Etat sera voté en décembre.", "Etat", "ORG"),
        ("Le directeur de l'Agence a démissionné mardi.", "Agence", "ORG"),
        ("Ce qui paraissait à beaucoup de Burkinabè impossible est arrivé.", "Burkinabè", "PER"),
        ("«Chères Lilloises, chers Lillois», a-t-il écrit.", "Chères Lilloises", "PER"),
        ("Parmi les passagers, 78 Marocains ont été rapatriés mardi.", "78 Marocains", "LOC"),
        ("Rubrique Monde. Le sommet s'ouvre lundi à Kerlo.", "Rubrique Monde", "ORG"),
        ("PRÉSIDENTIELLE 2022 - Le président sortant et sa rivale sont en tête.", "2022 - Le", "LOC"),
        ("Dans la rubrique Economie, le journal revient sur les chiffres.", "Economie", "MISC"),
        ("L'inauguration s'est faite en présence du Wali de la région de Kerlo.", "Wali", "LOC"),
        ("Score 0 : 2 En direct 23:20 - Bonne soirée à tous et merci de nous avoir suivis.", "Bonne", "LOC"),
        ("«Chères Lilloises, chers Lillois», a-t-il écrit.", "Lillois", "LOC"),
        # a name's opening adjective, cut from it
        ("La Haute commission mixte kerlo-brestoise s'est réunie.", "Haute", "LOC"),
        ("Les élus du Grand Kerlo ont voté mardi.", "Grand", "ORG"),
        # offices in the plural
        ("Le Roi a reçu les nouveaux Walis et Gouverneurs du royaume.", "Walis", "LOC"),
        ("Le Roi a reçu les nouveaux Walis et Gouverneurs du royaume.", "Gouverneurs", "LOC"),
    ],
)
def test_a_kind_alone_or_a_people_is_not_listed(
    text: str, fragment: str, label: str, common_words: frozenset[str]
) -> None:
    assert clean_span(text, span_of(text, fragment, label), common_words) is None


def test_an_office_s_kind_run_into_a_person_leaves_the_person_only() -> None:
    text = "au côté du conseiller d'Etat Yann Kerlo. Yann Kerlo a salué la police."
    run_together = Mention(text.index("Etat"), text.index("."), "Etat Yann Kerlo", "ORG", False)
    alone = Mention(text.rindex("Yann"), text.rindex("Yann") + 10, "Yann Kerlo", "PER", False)
    assert [(m.text, m.label) for m in persons_apart([run_together, alone])] == [
        ("Yann Kerlo", "PER"),
        ("Yann Kerlo", "PER"),
    ]


def test_a_title_run_into_a_surname_is_left_out_of_the_name() -> None:
    body = (
        "Le Conseil d'Etat est satisfait. 16h30: M.Kerlo pour un règlement pacificateur. "
        "Le conseiller Pierre Kerlo a parlé."
    )
    names = entities_of(body)
    assert not any(name.startswith("M.") for name in names), names


def test_a_person_s_name_ends_at_a_spaced_dash() -> None:
    text = "Par Yann Kerlo - Première au Tribunal cantonal: un défenseur a oublié l'audience."
    mention = clean_span(text, span_of(text, "Yann Kerlo - Première", "PER"))
    assert mention is not None and mention.text == "Yann Kerlo"


def test_a_surname_with_an_apostrophe_inside_stays_whole() -> None:
    names = entities_of("Les joueurs de Yann Kerl’homme ont gagné à Brest samedi soir.")
    assert "Yann Kerl'homme" in names or "Yann Kerl’homme" in names, names
