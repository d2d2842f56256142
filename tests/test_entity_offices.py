"""Titles, offices and portfolios around a name, on invented text, without the model."""

from __future__ import annotations

import pytest

from index.entities.cleanup import clean_span
from tests.entity_text import span_of


def test_the_prosecutor_s_title_is_no_place() -> None:
    text = "Le procureur de la République de Marseille a ouvert une enquête."
    assert clean_span(text, span_of(text, "République de Marseille", "LOC")) is None


def test_an_office_gives_the_body_it_serves() -> None:
    text = "Selon le Directeur général de la Protection civile, les feux sont maîtrisés."
    mention = clean_span(text, span_of(text, "Directeur général de la Protection civile", "MISC"))
    assert mention is not None and (mention.text, mention.label) == ("Protection civile", "ORG")


def test_a_minister_s_portfolio_is_no_place() -> None:
    text = "La ministre de la Santé a présenté son plan jeudi."
    assert clean_span(text, span_of(text, "Santé", "LOC"), frozenset({"santé"})) is None


@pytest.mark.parametrize(
    ("fragment", "label"),
    [
        ("Première Dame", "LOC"),
        ("la Première Dame", "MISC"),
        ("Gouverneur du Littoral", "MISC"),
        ("Préfet d'Odienné", "LOC"),
        ("Ministre-Président de la Région bruxelloise", "ORG"),
    ],
)
def test_an_office_without_its_holder_is_no_entity(fragment: str, label: str) -> None:
    text = f"Hier, la {fragment} a reçu les élus de la région."
    assert clean_span(text, span_of(text, fragment, label)) is None


def test_a_capitalised_office_before_a_name_makes_a_person() -> None:
    text = "Un arrêté du Ministre Kodjo Amavi a été annulé."
    mention = clean_span(text, span_of(text, "Ministre Kodjo Amavi", "ORG"))
    assert mention is not None and (mention.text, mention.label) == ("Kodjo Amavi", "PER")


@pytest.mark.parametrize(
    ("text", "fragment", "label", "expected"),
    [
        (
            "Le Général de Brigade Jean Kaboré prend le commandement.",
            "Général de Brigade Jean Kaboré",
            "PER",
            "Jean Kaboré",
        ),
        (
            "Le Colonel-Major Abou Sanou est nommé chef d'état-major.",
            "Le Colonel-Major Abou Sanou",
            "LOC",
            "Abou Sanou",
        ),
        ("Le Colonel Issa Traoré est nommé à Gao.", "Le Colonel Issa Traoré", "MISC", "Issa Traoré"),
    ],
)
def test_a_military_rank_before_a_name_makes_a_person(
    text: str, fragment: str, label: str, expected: str
) -> None:
    mention = clean_span(text, span_of(text, fragment, label))
    assert mention is not None and (mention.text, mention.label) == (expected, "PER")


def test_a_minister_s_portfolio_after_the_title_is_no_organisation() -> None:
    text = "Il a reçu le ministre russe des Affaires étrangères, Sergueï Lavrov, mardi."
    assert clean_span(text, span_of(text, "ministre russe des Affaires étrangères", "ORG")) is None


@pytest.mark.parametrize(
    ("fragment", "label"), [("Industrie", "LOC"), ("Promotion", "LOC"), ("Portefeuille", "ORG")]
)
def test_a_ministry_s_listed_portfolios_are_no_places(fragment: str, label: str) -> None:
    text = (
        "Il est nommé au Ministère du Commerce, de l'Industrie et de la Promotion des PME, puis au "
        "Ministère du Budget et du Portefeuille de l'Etat, avec Awa Koné."
    )
    assert clean_span(text, span_of(text, fragment, label)) is None


@pytest.mark.parametrize(
    ("fragment", "label"), [("Développement rural", "ORG"), ("Enseignement supérieur", "LOC")]
)
def test_a_portfolio_after_a_minister_s_seat_is_no_name(fragment: str, label: str) -> None:
    text = (
        "Awa Koné quitte le maroquin de l'Agriculture et du Développement rural, et Paul Yao, "
        "ministre de l'Enseignement supérieur, change de poste."
    )
    assert clean_span(text, span_of(text, fragment, label)) is None


def test_a_minister_after_the_list_and_a_departement_s_places_are_kept() -> None:
    text = "Le ministère de la Culture et de la Communication, Mehdi Bennani, a signé."
    assert clean_span(text, span_of(text, "Mehdi Bennani")) is not None
    text = "Les départements de la Creuse et de la Corrèze basculent à droite."
    mention = clean_span(text, span_of(text, "Corrèze", "LOC"))
    assert mention is not None and mention.text == "Corrèze"


def test_a_minister_s_title_after_a_list_s_bullet_is_no_organisation() -> None:
    text = "Le nouveau gouvernement :\n• Ministre de la Santé\nAnne Kerlo"
    assert clean_span(text, span_of(text, "• Ministre de la Santé", "ORG")) is None


@pytest.mark.parametrize(
    ("text", "fragment", "label", "expected"),
    [
        (
            "Le vote, dira la Conseillère fédérale Léa Morvan, fut serré.",
            "Conseillère fédérale Léa Morvan",
            "ORG",
            "Léa Morvan",
        ),
        (
            "Il demande au Conseil fédéral de favoriser le rail.",
            "Conseil fédéral de favoriser",
            "ORG",
            "Conseil fédéral",
        ),
        ("PARIS (Reuters) - La Réunion sera placée en alerte.", "Reuters) - La Réunion", "ORG", "Reuters"),
        # (a noun's ending alike stays: "fer" is no verb)
        (
            "La Compagnie des chemins de fer a fusionné.",
            "Compagnie des chemins de fer",
            "ORG",
            "Compagnie des chemins de fer",
        ),
        ("Les nouvelles de Quimper Découvrez", "Quimper Découvrez", "LOC", "Quimper"),
    ],
)
def test_a_title_a_verb_a_bracket_or_a_button_around_a_name_is_cut_off(
    text: str, fragment: str, label: str, expected: str
) -> None:
    mention = clean_span(text, span_of(text, fragment, label))
    assert mention is not None and mention.text == expected
