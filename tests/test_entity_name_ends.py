"""Where a name begins and ends: a rubric glued before it, a clause or a pronoun after it."""

from __future__ import annotations

import pytest

from index.entities.cleanup import clean_span
from index.entities.model import RawSpan
from tests.entity_text import cleaned_text, entities_of, span_of


@pytest.mark.parametrize(
    ("text", "fragment", "label", "expected"),
    [
        # a rubric glued before a teaser's name
        ("EnquêteAlain Kerlo: «Je devais parler»", "EnquêteAlain Kerlo", "PER", "Alain Kerlo"),
        # "pour" and a verb: the sentence goes on
        (
            "Je vais travailler avec la Caisse pour faire le meilleur projet.",
            "Caisse pour faire le meilleur projet",
            "ORG",
            "Caisse",
        ),
        (
            "Elle a rejoint l'Association Kerlo pour aider les aînés du quartier.",
            "Association Kerlo pour aider les aînés",
            "ORG",
            "Association Kerlo",
        ),
        # "et" or a pronoun and a verb after it
        (
            "Il y a eu les Jeux équestres mondiaux et la Coupe du monde.",
            "Jeux équestres mondiaux et",
            "MISC",
            "Jeux équestres mondiaux",
        ),
        ("Ounahi frappe mais Kerlo le devance de peu.", "Kerlo le devance", "MISC", "Kerlo"),
        # the verb or the participle of the name's sentence
        (
            "Le projet de La Chaux-de-Fonds avance. Le crédit est voté.",
            "La Chaux-de-Fonds avance",
            "LOC",
            "La Chaux-de-Fonds",
        ),
        (
            "Les prévenus et la société Kerlopéa passibles de sanctions.",
            "Kerlopéa passibles",
            "MISC",
            "Kerlopéa",
        ),
        # a name's own word after a common noun, a region's or a people's adjective, a film's title
        ("Les Forces armées ont défilé.", "Forces armées", "ORG", "Forces armées"),
        ("En Polynésie française, il pleut.", "Polynésie française", "LOC", "Polynésie française"),
        ("Le film Pauvres créatures sort mercredi.", "Pauvres créatures", "MISC", "Pauvres créatures"),
        # a picture's archive credit, a byline's role
        (
            "Les urgences étaient calmes. Alain Kerlo-archives © Le Journal",
            "Alain Kerlo",
            "PER",
            "Alain Kerlo",
        ),
        (
            "Olivier Kerlo Chef news Après les slogans, la réalité.",
            "Olivier Kerlo Chef",
            "PER",
            "Olivier Kerlo",
        ),
        ("Elle regarde Top Chef chaque soir.", "Top Chef", "MISC", "Top Chef"),
    ],
)
def test_what_the_model_ran_into_a_name_is_taken_off(
    text: str, fragment: str, label: str, expected: str, common_words: frozenset[str]
) -> None:
    assert cleaned_text(text, fragment, label, common_words) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "label"),
    [
        ("Le Comité pour la défense des locataires a siégé.", "Comité pour la défense des locataires", "ORG"),
        ("La Fondation pour enfance et jeunesse a reçu un don.", "Fondation pour enfance et jeunesse", "ORG"),
        ("La Marchande a vendu ses légumes à Kerlo.", "Kerlo", "LOC"),
    ],
)
def test_a_name_that_goes_on_past_pour_or_opens_with_a_common_word_stays(
    text: str, fragment: str, label: str, common_words: frozenset[str]
) -> None:
    assert cleaned_text(text, fragment, label, common_words) == fragment


def test_an_initial_then_the_next_sentence_s_pronoun_is_no_person(common_words: frozenset[str]) -> None:
    text = "Nous avons bâti un plan B. On a tout fait de bonne foi."
    assert clean_span(text, span_of(text, "B. On", "PER"), common_words) is None


def test_a_name_s_own_article_after_a_particle_stays(common_words: frozenset[str]) -> None:
    text = "Elle dirige la Maison de la culture depuis 2019."
    mention = clean_span(text, span_of(text, "Maison de la culture", "ORG"), common_words)
    assert mention is not None and mention.text == "Maison de la culture"


@pytest.mark.parametrize(
    ("text", "fragment", "label"),
    [
        ("Peut-on encore sauver la profession ?", "Peut-on", "MISC"),
        ("Le Maroc est en tête du Groupe F avant la dernière journée.", "Groupe F", "ORG"),
        ("Nouveau parlement\nLe Centre : 49", "Nouveau parlement", "ORG"),
        ("Le Conseil de gouvernance a tranché.", "Conseil de gouvernance", "ORG"),
        ("Une OPA a été lancée sur Kerlo.", "OPA", "MISC"),
        ("Le permis dépend du Service de l'urbanisme.", "Service de l'urbanisme", "ORG"),
        ("Le feu a pris dans la Zone Industrielle cette nuit.", "Zone Industrielle", "LOC"),
        ("Les militants attendent au QG de campagne.", "QG de campagne", "MISC"),
    ],
)
def test_a_question_s_verb_a_pool_a_heading_a_board_or_a_common_acronym_is_no_name(
    text: str, fragment: str, label: str, common_words: frozenset[str]
) -> None:
    assert clean_span(text, span_of(text, fragment, label), common_words) is None


@pytest.mark.parametrize(
    ("text", "fragment", "label"),
    [
        ("Il imite le véhicule de la gendarmerie sur la route.", "gendarmerie", "ORG"),
        ("Il parle depuis la salle du Kerlo's en réaction.", "salle du Kerlo'", "LOC"),
    ],
)
def test_a_kind_s_word_alone_in_lower_case_is_no_name(text: str, fragment: str, label: str) -> None:
    assert clean_span(text, span_of(text, fragment, label)) is None


def test_a_slogan_s_title_after_a_name_is_no_part_of_it(common_words: frozenset[str]) -> None:
    text = "Les militants scandent Kerlo Président dans la salle."
    mention = clean_span(text, span_of(text, "Kerlo Président", "PER"), common_words)
    assert mention is not None and mention.text == "Kerlo"


def test_a_participle_is_no_place_s_kind_though_a_pattern_reads_one(common_words: frozenset[str]) -> None:
    text = "Dans son discours, elle a cité Jacques Kerlo et la cité Jardin de Kerlo."
    cited = RawSpan(text.index("cité Jacques"), text.index(" et la"), "LOC", ruled=True)
    assert clean_span(text, cited, common_words) is None
    estate = text.index("cité Jardin")
    mention = clean_span(text, RawSpan(estate, len(text) - 1, "LOC", ruled=True), common_words)
    assert mention is not None and mention.text == "cité Jardin de Kerlo"


def test_a_sentence_s_end_after_a_possessive_s_ends_the_name() -> None:
    entities = entities_of("Kerlo s'exprime depuis la salle du Belushi's. Il a parlé longtemps à Kervella.")
    assert not [name for name in entities if name.endswith("Il")]
