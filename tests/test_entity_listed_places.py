"""Places in a list of places, with the real spaCy model: the items the model skips are places too."""

from __future__ import annotations

from index.entities.listed_places import places_listed_with_places
from index.entities.model import RawSpan
from tests.entity_text import entities_of


def test_a_known_place_the_model_skipped_in_a_list_of_places_is_listed() -> None:
    found = entities_of(
        "L'alerte s'étend à sept départements du nord du pays - Aisne, Calvados, Eure, Manche, Oise, "
        "Seine-Maritime et Somme - pour des vents violents."
    )
    assert found.get("Somme") == "LOC", found
    assert found.get("Aisne") == "LOC", found
    assert not any(" - " in name for name in found), found


def test_an_unknown_item_of_a_list_with_three_places_marked_is_a_place() -> None:
    text = "Les communes de Brest, Quimper, Morlaix et Kerlouzec sont concernées."
    spans = [RawSpan(text.index(w), text.index(w) + len(w), "LOC") for w in ("Brest", "Quimper", "Morlaix")]
    added = [s for s in places_listed_with_places(text, spans) if s not in spans]
    assert [(text[s.start : s.end], s.label) for s in added] == [("Kerlouzec", "LOC")]


def test_an_item_of_a_list_with_two_places_marked_is_added_only_when_known() -> None:
    text = "Les communes de Brest, Quimper et Kerlouzec sont concernées."
    spans = [RawSpan(text.index(w), text.index(w) + len(w), "LOC") for w in ("Brest", "Quimper")]
    assert places_listed_with_places(text, spans) == spans


def test_a_list_of_people_gains_no_place() -> None:
    found = entities_of("Le ministre a reçu Emmanuel Macron, Olaf Scholz et Giorgia Meloni à Bruxelles.")
    assert {name for name, kind in found.items() if kind == "LOC"} == {"Bruxelles"}, found
