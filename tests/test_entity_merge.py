"""Merging mentions into entities on invented text: aliases, acronyms defined in the text, the table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.entities.acronyms import defined_names
from index.entities.aliases import Aliases, load_aliases
from index.entities.cleanup import Mention
from index.entities.merge import merge_mentions
from index.entities.table import EntityTable
from index.records import ArticleEntity
from index.text import entity_key
from tests.entity_text import mention_of


def test_short_forms_join_the_full_name_of_the_article() -> None:
    text = "Kim Jong Un a écrit. M. Kim a dit. Kim Il Sung était son grand-père. Kim rit. Poutine et Vladimir Poutine."
    mentions = [
        mention_of(text, "Kim Jong Un"),
        mention_of(text, "Kim a dit"[:3]),
        mention_of(text, "Kim Il Sung"),
        mention_of(text, "Kim rit"[:3], "MISC"),
        mention_of(text, "Poutine"),
        mention_of(text, "Vladimir Poutine"),
    ]
    entities = {e.name: e for e in merge_mentions(mentions, Aliases())}
    assert set(entities) == {"Kim Jong Un", "Kim Il Sung", "Vladimir Poutine"}
    assert entities["Kim Jong Un"].count == 3 and entities["Kim Jong Un"].type == "PER"
    assert entities["Vladimir Poutine"].count == 2
    assert entities["Kim Jong Un"].aliases == ("Kim",)


def test_alias_file_joins_exonyms_and_user_file_adds(tmp_path: Path) -> None:
    (tmp_path / "aliases.toml").write_text('[LOC]\n"Kyiv" = ["Kiew"]\n[PER]\n"Emmanuel Macron" = ["Manu"]\n')
    aliases = load_aliases(tmp_path)
    text = "Putin et Poutine à Kiev, Kiew et Kyiv. Manu aussi."
    mentions = [
        mention_of(text, n, t)
        for n, t in [
            ("Putin", "PER"),
            ("Poutine", "PER"),
            ("Kiev", "LOC"),
            ("Kiew", "LOC"),
            ("Kyiv", "LOC"),
            ("Manu", "PER"),
        ]
    ]
    entities = {e.name: e for e in merge_mentions(mentions, aliases)}
    assert entities["Vladimir Poutine"].count == 2
    assert entities["Kyiv"].count == 3
    assert "Emmanuel Macron" in entities
    assert aliases.digest != load_aliases(None).digest


def test_a_name_only_ever_shouted_in_capitals_is_dropped_unless_an_acronym() -> None:
    text = "LE PRÉSIDENT DE LA CORÉE DU NORD SOUHAITE. La KCNA a dit."
    mentions = [
        mention_of(text, "PRÉSIDENT DE LA CORÉE DU NORD", "PER", True),
        mention_of(text, "KCNA", "ORG"),
    ]
    assert [e.name for e in merge_mentions(mentions, Aliases())] == ["KCNA"]


def test_a_shouted_name_joins_its_ordinary_spelling() -> None:
    text = "VLADIMIR POUTINE gagne. Vladimir Poutine a dit."
    mentions = [
        mention_of(text, "VLADIMIR POUTINE", "ORG", True),
        mention_of(text, "Vladimir Poutine", "PER"),
    ]
    (entity,) = merge_mentions(mentions, Aliases())
    assert entity.name == "Vladimir Poutine" and entity.count == 2


def test_a_name_shouted_more_often_than_written_takes_the_written_mentions_type() -> None:
    # A headline printed three times in capitals outvotes the one sentence that names him.
    text = "VLADIMIR POUTINE GAGNE. VLADIMIR POUTINE GAGNE. VLADIMIR POUTINE GAGNE. Vladimir Poutine a dit. Poutine rit."
    shouted = [(m, True) for m in _every_mention(text, "VLADIMIR POUTINE", "ORG", shouting=True)]
    mentions = [
        *shouted,
        mention_of(text, "Vladimir Poutine", "PER"),
        mention_of(text, "Poutine rit"[:7], "PER"),
    ]
    (entity,) = merge_mentions(mentions, Aliases())
    assert (entity.name, entity.type, entity.count) == ("Vladimir Poutine", "PER", 5)


def _every_mention(text: str, name: str, label: str, shouting: bool) -> list[Mention]:
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    return [Mention(s, s + len(name), name, label, shouting) for s in starts]


def test_library_table_joins_a_surname_to_the_one_full_name_and_votes_types() -> None:
    def e(name: str, kind: str, count: int = 1) -> ArticleEntity:
        return ArticleEntity(name, kind, count, (), entity_key(name))

    table = EntityTable.from_rows(
        [
            ("a", [e("Vladimir Poutine", "PER", 3), e("Washington", "PER")]),
            ("b", [e("Poutine", "PER", 2), e("Washington", "LOC", 2)]),
            ("c", [e("Kim Jong Un", "PER"), e("Kim Il Sung", "PER")]),
            ("d", [e("Kim Jong-un", "PER"), e("Kim", "MISC")]),
        ]
    )
    poutine = table.info("Poutine")
    assert poutine is not None and poutine.name == "Vladimir Poutine"
    assert poutine.articles == ("a", "b") and poutine.count == 5
    assert table.info("Washington").type == "LOC"  # type: ignore[union-attr]
    kim = table.info("kim")
    assert kim is not None and kim.name == "Kim Jong Un" and set(kim.articles) == {"c", "d"}
    assert [i.name for i in table.entities("PER")][:2] == ["Vladimir Poutine", "Kim Jong Un"]
    saved = json.loads(json.dumps(table.articles_json()))  # as saved beside the index
    loads: list[int] = []

    def load_articles():  # type: ignore[no-untyped-def]
        loads.append(1)
        return EntityTable.articles_from_json(saved)

    again = EntityTable.from_json(json.loads(json.dumps(table.to_json())), load_articles)
    assert again.canonical(e("Poutine", "PER")).name == "Vladimir Poutine"
    assert loads == []  # naming entities needs no article lists
    assert again.entities() == table.entities()
    assert loads == [1]


@pytest.mark.parametrize(("name", "label"), [("Rodong Sinmun", "PER"), ("Le Temps", "LOC"), ("KCNA", "MISC")])
def test_a_news_outlet_is_an_organisation_whatever_the_model_says(name: str, label: str) -> None:
    text = f"Selon {name}, la rencontre a eu lieu hier."
    (entity,) = merge_mentions([mention_of(text, name, label)], Aliases())
    assert entity.type == "ORG"


def test_a_shorter_name_joins_the_longer_one_it_begins_whatever_the_model_typed() -> None:
    text = "Guy Marius Sagna a écrit. Guy Marius insiste. Macky Sall a perdu. Macky est parti."
    mentions = [
        mention_of(text, "Guy Marius Sagna"),
        mention_of(text, "Guy Marius insiste"[:10]),
        mention_of(text, "Macky Sall", "MISC"),
        mention_of(text, "Macky est"[:5], "MISC"),
    ]
    entities = {e.name: e.count for e in merge_mentions(mentions, Aliases())}
    assert entities == {"Guy Marius Sagna": 2, "Macky Sall": 2}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La direction de l'Office de contrôle des eaux douces (OCED) a réagi.",
            "Office de contrôle des eaux douces",
        ),
        ("Selon le Rassemblement pour la Patrie (RPP), tout va bien.", "Rassemblement pour la Patrie"),
        ("Une dépêche de l'Agence Sahel-Presse (ASP) le confirme.", "Agence Sahel-Presse"),
        (
            "Un rapport de l'Institut national des études lacustres (Inel) paraît.",
            "Institut national des études lacustres",
        ),
        ("L'Établissement public des ports (EPP) recrute.", "Établissement public des ports"),
    ],
)
def test_an_acronym_s_letters_mark_where_its_name_starts(text: str, expected: str) -> None:
    assert [name.text for name, _ in defined_names(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "La croissance du produit intérieur brut (PIB) ralentit.",  # a concept, not a name
        "Le Comité des fêtes (CDQ) se réunit.",  # the letters spell other words
        "Il a marqué deux buts (Photo) samedi.",  # one capital is no acronym
    ],
)
def test_no_name_is_made_up_from_brackets_that_spell_nothing(text: str) -> None:
    assert defined_names(text) == []


def test_a_body_s_name_cut_short_joins_the_one_longer_form_of_the_article() -> None:
    text = "La Banque centrale de Kerne a parlé. La Banque centrale agit. Le Conseil européen des régions et le Conseil européen des villes."
    mentions = [
        mention_of(text, "Banque centrale de Kerne", "ORG"),
        mention_of(text, "Banque centrale agit"[:15], "ORG"),
        mention_of(text, "Conseil européen des régions", "ORG"),
        mention_of(text, "Conseil européen des villes", "ORG"),
    ]
    entities = {e.name: e for e in merge_mentions(mentions, Aliases())}
    assert entities["Banque centrale de Kerne"].count == 2
    assert "Banque centrale" not in entities
    assert {"Conseil européen des régions", "Conseil européen des villes"} <= set(entities)
