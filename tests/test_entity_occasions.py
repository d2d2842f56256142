"""Occasions (feasts, days, diseases, laws, votes, trials, competitions, a kind of prize) are
names of no person, place or organisation: reader does not list them."""

from __future__ import annotations

import pytest

from index.entities.cleanup import clean_span
from tests.entity_text import entities_of, span_of


@pytest.mark.parametrize(
    ("text", "fragment", "label"),
    [
        ("Les marchés de Noël ouvrent vendredi à Kerlo.", "Noël", "MISC"),
        ("Depuis le Covid, la fréquentation a baissé.", "Covid", "PER"),
        ("La Fête de la musique a attiré du monde place Kerlo.", "Fête de la musique", "MISC"),
        ("La Journée nationale des aidants est fixée au 6 octobre.", "Journée nationale des aidants", "MISC"),
        ("Le Parlement a voté la Loi sur la police mardi.", "Loi sur la police", "MISC"),
        ("Les opposants à la Loi immigration manifestent.", "Loi immigration", "MISC"),
        ("Le Procès Kerlo s'ouvre lundi à Rennes.", "Procès Kerlo", "MISC"),
        ("Les Élections provinciales auront lieu le 3 octobre.", "Élections provinciales", "MISC"),
        ("Les Résultats des votations seront connus dimanche.", "Résultats des votations", "MISC"),
        ("Le Maroc prépare la Coupe du Monde de 2030.", "Coupe du Monde", "MISC"),
        ("Le club a été discret pendant le Mercato.", "Mercato", "LOC"),
        ("Le film a reçu le Prix Spécial samedi.", "Prix Spécial", "MISC"),
        (
            "Le Prix Jeune Public du Court-Métrage revient à Kerlo.",
            "Prix Jeune Public du Court-Métrage",
            "MISC",
        ),
        ("Elle a reçu une Mention Spéciale du Jury.", "Mention Spéciale du Jury", "MISC"),
        ("Les familles préparent l'Aïd El Adha depuis lundi.", "Aïd El Adha", "MISC"),
        ("Le Drame de Kerlo-sur-Mer a endeuillé la commune.", "Drame de Kerlo-sur-Mer", "MISC"),
        ("Le cyclone Bertilde menace l'île jeudi.", "cyclone Bertilde", "PER"),
        ("La tuerie Attaque de Kerlo a fait trois morts.", "Attaque de Kerlo", "PER"),
        ("Le XV est prêt le jour où commence le Tournoi.", "Tournoi", "LOC"),
        ("Il a parlé avant le Tournoi des 6 Nations.", "Tournoi des 6 Nations", "MISC"),
        ("La Charte de l'investissement attire les entreprises.", "Charte de l'investissement", "MISC"),
        ("Les fidèles préparent le Gamou à Kerlo depuis lundi.", "Gamou", "LOC"),
        ("Le Mawlid sera célébré jeudi soir.", "Mawlid", "MISC"),
        ("Ces règlements existaient déjà au Moyen Âge.", "Moyen Âge", "MISC"),
        ("Le coureur de Kerlo abandonne le Tour de France.", "Tour de France", "MISC"),
        ("Elle vise les Jeux Olympiques d'Hiver de 2030.", "Jeux Olympiques d'Hiver", "MISC"),
        ("Les éleveurs montent au Salon de l'agriculture.", "Salon de l'agriculture", "MISC"),
        ("Les festivités du Nouvel-an ont été annulées.", "Nouvel-an", "LOC"),
        ("Le club jouera la Ligue des champions en septembre.", "Ligue des champions", "MISC"),
        ("Le Classico aura lieu dimanche soir.", "Classico", "MISC"),
        ("Choisissez l'Offre Découverte pour un euro.", "Offre Découverte", "PER"),
        ("Le Congrès de Kerlo a fondé le mouvement en 1956.", "Congrès de Kerlo", "MISC"),
        ("La Semaine de l'artisanat débute lundi.", "Semaine de l'artisanat", "MISC"),
        ("La Nuit des musées attire les familles.", "Nuit des musées", "MISC"),
        ("L'Opération Kerlo accueille les voyageurs cet été.", "Opération Kerlo", "MISC"),
        ("On fête l'anniversaire de la Révolution des œillets.", "Révolution des œillets", "MISC"),
        ("Son grand-père a combattu pendant la Seconde Guerre mondiale.", "Seconde Guerre mondiale", "MISC"),
        ("La Bataille de Kerlo a eu lieu en 1675.", "Bataille de Kerlo", "LOC"),
    ],
)
def test_an_occasion_is_not_listed(
    text: str, fragment: str, label: str, common_words: frozenset[str]
) -> None:
    assert clean_span(text, span_of(text, fragment, label), common_words) is None


@pytest.mark.parametrize(
    ("text", "fragment", "label"),
    [
        # a person whose given name is a feast's, a prize with a name, a festival's own name
        ("Noël Le Graët a quitté la fédération en 2023.", "Noël Le Graët", "PER"),
        ("Le Prix Albert-Londres a été remis à Kerlo.", "Prix Albert-Londres", "MISC"),
        ("Le Festival international de Kerlo ouvre mardi.", "Festival international de Kerlo", "MISC"),
        ("Le Conseil national a adopté le texte.", "Conseil national", "ORG"),
        ("Le Congrès des États-Unis a voté le budget.", "Congrès des États-Unis", "ORG"),
        # a tower, a town named for a fair
        ("La Tour Eiffel sera éclairée en bleu.", "Tour Eiffel", "LOC"),
        ("Le maire de Salon-de-Provence a parlé.", "Salon-de-Provence", "LOC"),
    ],
)
def test_a_name_that_starts_like_an_occasion_stays(
    text: str, fragment: str, label: str, common_words: frozenset[str]
) -> None:
    mention = clean_span(text, span_of(text, fragment, label), common_words)
    assert mention is not None and mention.text == fragment


def test_an_article_s_feasts_and_diseases_leave_its_places() -> None:
    found = entities_of(
        "Pendant le Ramadan et la fête d'Achoura, les commerçants de Kerlo restent ouverts. "
        "Le Covid avait fermé le marché de Tlemcen en 2020."
    )
    assert not {"Ramadan", "Achoura", "Covid"} & set(found), found
    assert found.get("Tlemcen") == "LOC", found


def test_a_work_s_title_in_guillemets_is_no_name_but_a_quoted_outlet_is() -> None:
    found = entities_of(
        "En 1967, le groupe chantait «With a Little Help from My Friends», que Marie Dulac fredonne encore. "
        "Le tableau « Drapeau II » de Laila Kerlo est exposé à Quimper. Selon «Le Monde», le musée rouvrira."
    )
    assert not {"With a Little Help from My Friends", "Drapeau II"} & set(found), found
    assert found.get("Le Monde") == "ORG" and found.get("Laila Kerlo") == "PER", found
