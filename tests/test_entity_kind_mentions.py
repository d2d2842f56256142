"""Mentions that name a kind of thing, not one thing: a body's kind and level, a common noun
cut from the name it heads."""

from __future__ import annotations

import pytest

from index.entities.cleanup import clean_span
from index.entities.mention_parts import place_inside
from tests.entity_text import cleaned_text, entities_of, span_of


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Le gouvernement fédéral a promis une aide aux éleveurs.", "gouvernement fédéral"),
        ("La police cantonale a bouclé le quartier jeudi.", "police cantonale"),
        ("Les ouvriers de la Compagnie nationale ont débrayé.", "Compagnie nationale"),
        ("Le Secrétariat d'État a refusé la demande.", "Secrétariat d'État"),
        ("Le Département fédéral a publié son rapport.", "Département fédéral"),
        ("Le nouveau Conseil communal sera installé lundi.", "Conseil communal"),
        ("Le Collège communal a tranché jeudi.", "Collège communal"),
        ("Il touche le SMIC depuis deux ans.", "SMIC"),
        ("Les salariés ont repris l'usine en Scop.", "Scop"),
        # a kind's word alone, capitalised as a page writes a local body
        ("La ville et son Musée ont signé l'accord.", "Musée"),
        ("Le texte a été adopté à l'Assemblée mardi.", "Assemblée"),
        ("La course au Château est lancée à Neuchâtel.", "Château"),
    ],
)
def test_a_body_s_kind_and_level_alone_is_no_name(
    text: str, fragment: str, common_words: frozenset[str]
) -> None:
    assert clean_span(text, span_of(text, fragment, "ORG"), common_words) is None


@pytest.mark.parametrize(
    ("text", "fragment", "label"),
    [
        ("Le Conseil fédéral a tranché mercredi.", "Conseil fédéral", "ORG"),
        ("La gendarmerie nationale a ouvert une enquête.", "gendarmerie nationale", "ORG"),
        ("La Police nationale a ouvert une enquête.", "Police nationale", "ORG"),
        ("La police cantonale vaudoise a bouclé le quartier.", "police cantonale vaudoise", "ORG"),
        ("L'Assemblée nationale a voté la loi.", "Assemblée nationale", "ORG"),
        ("Le Musée du Kerlo rouvre ses portes.", "Musée du Kerlo", "ORG"),
        # a road by its kind and its code
        ("Un camion s'est renversé sur l'autoroute E411 hier soir.", "autoroute E411", "LOC"),
        ("Les travaux de l'échangeur Kerlo-Nord reprennent lundi.", "échangeur Kerlo-Nord", "LOC"),
    ],
)
def test_a_body_or_a_road_named_by_its_kind_with_its_place_or_its_own_name_stays(
    text: str, fragment: str, label: str, common_words: frozenset[str]
) -> None:
    assert cleaned_text(text, fragment, label, common_words) == fragment


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Elle avait travaillé au Bureau du coroner pendant dix ans.", "Bureau"),
        ("Les vaccins sont donnés à Dinant (Salle communautaire de Leffe) le mardi.", "Salle"),
        ("Elle hérite de la Lutte contre la pauvreté dans le nouveau gouvernement.", "Lutte"),
        ("La grève du Front commun est prévue pour le 8 décembre.", "Front"),
    ],
)
def test_a_common_noun_cut_from_the_name_it_heads_is_no_place(
    text: str, fragment: str, common_words: frozenset[str]
) -> None:
    assert clean_span(text, span_of(text, fragment, "LOC"), common_words) is None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Les ferries traversent la Manche deux fois par jour.", "Manche"),
        ("Le cortège a quitté le Bureau avant midi, puis la foule s'est dispersée.", "Bureau"),
        ("Elle vit à Tours depuis trois ans.", "Tours"),
        ("Il soutient la guerre du Kremlin contre ses voisins.", "Kremlin"),
    ],
)
def test_a_place_named_by_a_common_noun_stays_when_nothing_names_it_further(
    text: str, fragment: str, common_words: frozenset[str]
) -> None:
    mention = clean_span(text, span_of(text, fragment, "LOC"), common_words)
    assert mention is not None and mention.text == fragment


@pytest.mark.parametrize(
    ("text", "fragment", "label"),
    [
        ("Le film a reçu le Prix du jury samedi soir.", "Prix du jury", "MISC"),
        ("Elle repart avec le Grand prix du court métrage.", "Grand prix du court métrage", "MISC"),
        ("La 27e édition du Festival du film s'est close dimanche.", "Festival du film", "MISC"),
        ("Il faut présenter sa Carte nationale d'identité au guichet.", "Carte nationale d'identité", "MISC"),
        (
            "Le vote a eu lieu à l'issue d'une assemblée générale des salariés.",
            "assemblée générale des salariés",
            "ORG",
        ),
    ],
)
def test_an_award_a_festival_a_paper_or_a_meeting_named_by_its_kind_is_no_name(
    text: str, fragment: str, label: str, common_words: frozenset[str]
) -> None:
    assert clean_span(text, span_of(text, fragment, label), common_words) is None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Le Prix Goncourt a été remis à Kerlo.", "Prix Goncourt"),
        ("Le Festival de Cannes ouvre mardi.", "Festival de Cannes"),
        ("L'Assemblée générale des Nations unies s'est réunie.", "Assemblée générale des Nations unies"),
    ],
)
def test_an_award_a_festival_or_an_assembly_with_its_own_name_stays(
    text: str, fragment: str, common_words: frozenset[str]
) -> None:
    mention = clean_span(text, span_of(text, fragment, "MISC"), common_words)
    assert mention is not None and mention.text == fragment


def test_a_paper_defined_with_its_acronym_is_no_organisation() -> None:
    body = "Les électeurs doivent présenter leur Carte nationale d'identité (CNI) au bureau de vote de Kerlo."
    assert not {"Carte nationale d'identité", "CNI"} & set(entities_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "Qui peut arrêter le gouvernement de François\n\nLes sondages donnent une avance au parti sortant.",
        "C'était en 1962, contre le premier gouvernement de George",
    ],
)
def test_a_government_named_after_its_leader_is_no_organisation(body: str) -> None:
    assert not [name for name in entities_of(body) if name.startswith("gouvernement")]


def test_a_country_s_government_stays() -> None:
    body = "Le gouvernement du Québec a annoncé mardi une aide aux agriculteurs de la Beauce."
    assert entities_of(body).get("gouvernement du Québec") == "ORG"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Décalé par David, Ikoné voyait sa frappe repoussée par le gardien.", "David"),
        ("Le centre de Thomas trouvait la tête de Kerlo à la 80e minute.", "Thomas"),
    ],
)
def test_a_one_word_person_inside_a_sentence_stays_though_the_lemmatizer_lists_the_word(
    text: str, fragment: str, common_words: frozenset[str]
) -> None:
    mention = clean_span(text, span_of(text, fragment, "PER"), common_words)
    assert mention is not None and mention.text == fragment


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Il a servi dix ans dans la Marine avant de rentrer.", "Marine"),
        ("Kerlo, Trésorier général du parti, a été réélu.", "Trésorier"),
        ("Le groupe Archipel Citoyen s'est scindé en deux.", "Archipel"),
    ],
)
def test_a_common_word_after_its_article_before_its_adjective_or_cut_from_a_name_is_no_person(
    text: str, fragment: str, common_words: frozenset[str]
) -> None:
    assert clean_span(text, span_of(text, fragment, "PER"), common_words) is None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Tous les regards sont tournés vers le stade d'Ébimpé ce dimanche.", "stade d'Ébimpé"),
        ("Ils réclament la fermeture du zoo de Kerlo depuis des années.", "zoo de Kerlo"),
        ("Le concert aura lieu au théâtre royal de Namur samedi.", "théâtre royal de Namur"),
    ],
)
def test_a_place_named_by_its_kind_in_lower_case_then_its_name_is_a_place(
    text: str, fragment: str, common_words: frozenset[str]
) -> None:
    mention = clean_span(text, span_of(text, fragment, "LOC"), common_words)
    assert mention is not None and mention.text == fragment


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "Il siège à la Communauté urbaine de Kerlo-Ville depuis 2019.",
            "Communauté urbaine de Kerlo-Ville",
            "Kerlo-Ville",
        ),
        ("La Métropole de Lyon a voté le budget.", "Métropole de Lyon", "Lyon"),
    ],
)
def test_the_town_a_community_of_towns_is_named_after_is_a_place(text: str, name: str, place: str) -> None:
    mention = clean_span(text, span_of(text, name, "ORG"))
    inside = place_inside(mention) if mention is not None else None
    assert inside is not None and (inside.text, inside.label) == (place, "LOC")


@pytest.mark.parametrize(
    ("text", "fragment", "label", "expected"),
    [
        (
            "Le classement a changé. Classement Belgique : Kerlo reste en tête.",
            "Classement Belgique",
            "MISC",
            "Belgique",
        ),
        ("Selon Changement climatique Canada, il a plu.", "Changement climatique Canada", "MISC", "Canada"),
        ("Les lecteurs de la Libre Belgique ont voté.", "Libre Belgique", "LOC", "Libre Belgique"),
        (
            "La République démocratique du Congo vote.",
            "République démocratique du Congo",
            "LOC",
            "République démocratique du Congo",
        ),
    ],
)
def test_a_country_after_capitalised_common_words_is_the_country(
    text: str, fragment: str, label: str, expected: str, common_words: frozenset[str]
) -> None:
    assert cleaned_text(text, fragment, label, common_words) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Les équipes de l'hémisphère Nord ont brillé cet automne.", "Nord"),
        ("Les régions du Nord sont mieux loties que celles du Sud cette année.", "Nord"),
        ("Son Excellence Monsieur le ministre est arrivé.", "Excellence Monsieur"),
        ("Le règne de Sa Majesté le Roi a été salué par les élus.", "Majesté le Roi"),
        ("Le discours de SM le Roi sera diffusé ce soir.", "SM le Roi"),
    ],
)
def test_a_side_of_the_world_or_an_honorific_alone_is_no_name(
    text: str, fragment: str, common_words: frozenset[str]
) -> None:
    assert clean_span(text, span_of(text, fragment, "LOC"), common_words) is None


def test_the_nord_as_a_departement_stays_a_place(common_words: frozenset[str]) -> None:
    text = "Il vit dans le Nord depuis dix ans, près de Lille."
    mention = clean_span(text, span_of(text, "Nord", "LOC"), common_words)
    assert mention is not None and mention.text == "Nord"


@pytest.mark.parametrize(
    "body", ["Le gouvernement de Madagascar\n\nLes ministres ont prêté serment mardi à Antananarivo."]
)
def test_a_country_s_government_at_a_line_s_end_stays(body: str) -> None:
    assert entities_of(body).get("gouvernement de Madagascar") == "ORG"
