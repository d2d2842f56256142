"""Related articles on the seeds mixed with other subjects: ranking, reasons, duplicates."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from index import Library
from tests.conftest import SEEDS
from tests.corpus import write_corpus, write_mixed_corpus


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("mixed")
    write_mixed_corpus(root / "other", 36)
    write_corpus(root / "small")
    lonely = root / "lonely.txt"
    lonely.write_text(
        "Une recette de tarte aux pommes\n\n"
        "Épluchez quatre pommes, coupez-les en fines lamelles et disposez-les sur une pâte brisée.\n\n"
        "Enfournez pendant quarante minutes et servez tiède, avec une boule de glace à la vanille.\n"
    )
    (root / "pears.txt").write_text(
        "Une recette de tarte aux pommes et aux poires\n\nPublié le 3 mars 2024\n\n"
        "Sur une pâte brisée, disposez des lamelles fines de pommes épluchées et de poires.\n\n"
        "Servez tiède avec de la glace vanille, après quarante minutes au four.\n"
    )
    with Library(root / "home") as lib:
        # The seeds last: their document numbers must not happen to be the expected order.
        lib.ingest([root / "other", root / "small", lonely, root / "pears.txt", SEEDS])
        yield lib, root


def seed_ids(lib: Library) -> set[str]:
    return {a.id for a in lib.articles() if Path(a.path).parent == SEEDS}


def test_each_seed_leads_with_the_other_seeds_with_reasons(mixed) -> None:
    lib, _root = mixed
    seeds = seed_ids(lib)
    assert len(seeds) == 5
    for seed in seeds:
        related = lib.related(seed, limit=4)
        assert [r.article.id for r in related][:4] and {r.article.id for r in related} == seeds - {seed}
        scores = [r.score for r in related]
        assert scores == sorted(scores, reverse=True) and all(0 < s <= 1 for s in scores)
        for item in related:
            assert item.reasons.entities, item  # the seeds share people and places
            assert item.reasons.terms
            assert seed not in {item.article.id}


def test_other_subjects_do_not_outrank_the_story(mixed) -> None:
    lib, _root = mixed
    seeds = seed_ids(lib)
    for seed in seeds:
        related = lib.related(seed, limit=8)
        ids = [r.article.id for r in related]
        for other in ids[4:]:
            assert other not in seeds
        assert set(ids[:4]) == seeds - {seed}


def test_an_article_with_no_entities_and_no_date(mixed) -> None:
    lib, root = mixed
    lonely = lib.get(str(root / "lonely.txt"))
    assert lonely is not None and lonely.date is None and not lonely.entities
    related = lib.related(lonely.id)
    # The other tart is found by its words alone; nothing can be said of time or entities.
    assert related and related[0].article.path == str(root / "pears.txt")
    assert related[0].reasons.terms and not related[0].reasons.entities
    assert all(r.article.id != lonely.id and r.reasons.days_apart is None for r in related)
    assert lib.related("no-such-id") == []


def test_time_closeness_is_a_reason(mixed) -> None:
    lib, _root = mixed
    dated = [a for a in lib.articles() if a.date is not None and Path(a.path).parent == SEEDS]
    assert len(dated) >= 2
    related = lib.related(dated[0].id)
    other = next(r for r in related if r.article.id == dated[1].id)
    first, second = (a.date.replace(tzinfo=None) for a in dated[:2])  # type: ignore[union-attr]
    assert other.reasons.days_apart == abs((first - second).days)


def test_of_two_equally_close_texts_the_nearer_in_time_ranks_first(tmp_path: Path) -> None:
    folder = tmp_path / "port"
    folder.mkdir()
    pages = {
        # Written so that both others share the same rare words with the base once each.
        "base.txt": (
            "La flotte de Mirelo mouille à Zorvak",
            "12 juin 2023",
            "La frégate amirale de Mirelo est entrée au port de Zorvak sous escorte.",
        ),
        "far.txt": (
            "Zorvak reçoit encore les marins de Mirelo",
            "2 janvier 2021",
            "Les marins de Mirelo ont amarré une frégate au quai nord de Zorvak.",
        ),
        "near.txt": (
            "Mirelo envoie ses navires vers Zorvak",
            "13 juin 2023",
            "Une frégate partie de Mirelo a rejoint les docks de Zorvak ce matin.",
        ),
    }
    for name, (title, day, sentence) in pages.items():
        (folder / name).write_text(f"{title}\n\nPublié le {day}\n\n{sentence}\n")
    with Library(tmp_path / "home") as lib:
        lib.ingest([folder], entities=False)
        base = lib.get(str(folder / "base.txt"))
        assert base is not None
        related = lib.related(base.id)
        order = [Path(r.article.path).name for r in related]
        assert order == ["near.txt", "far.txt"]
        assert [r.reasons.days_apart for r in related] == [1, 891]


def test_duplicates_are_marked_not_listed(tmp_path: Path) -> None:
    copies = tmp_path / "copies"
    copies.mkdir()
    original = SEEDS / "001_3c04f26f83725bf4.txt"
    shutil.copy(original, copies / "same_file_again.txt")
    wire = original.read_text().replace("Lagazette", "Le Courrier du Matin").replace("Paris / La Gazette", "")
    (copies / "wire_copy.txt").write_text(wire)
    other = SEEDS / "003_0bea20316e6005dc.txt"
    (copies / "other_copy.txt").write_text(other.read_text().replace("Dagens.fr", "Le Relais"))
    write_mixed_corpus(tmp_path / "mixed", 12)
    with Library(tmp_path / "home") as lib:
        lib.ingest([SEEDS, copies, tmp_path / "mixed"])
        seed = lib.get(str(original))
        assert seed is not None
        duplicates = {d.path for d in lib.duplicates(seed.id)}
        assert duplicates == {str(copies / "same_file_again.txt"), str(copies / "wire_copy.txt")}
        related = lib.related(seed.id, limit=10)
        listed = {r.article.path for r in related} | {c.path for r in related for c in r.also_in}
        assert not duplicates & {r.article.path for r in related}
        folded = [r for r in related if r.also_in]
        assert len(folded) == 1
        assert {folded[0].article.path, *(c.path for c in folded[0].also_in)} == {
            str(other),
            str(copies / "other_copy.txt"),
        }
        assert str(copies / "other_copy.txt") in listed


READER = Path(sys.executable).parent / "reader"


def test_cli_related_json(tmp_path: Path) -> None:
    env = {**os.environ, "READER_HOME": str(tmp_path / "home")}
    write_mixed_corpus(tmp_path / "mixed", 12)
    subprocess.run(
        [str(READER), "index", "--no-entities", str(tmp_path / "mixed")],
        env=env,
        check=True,
        capture_output=True,
    )
    subprocess.run([str(READER), "index", str(SEEDS)], env=env, check=True, capture_output=True)
    seed = str(SEEDS / "003_0bea20316e6005dc.txt")
    out = subprocess.run(
        [str(READER), "related", seed, "--limit", "2", "--json"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rows = json.loads(out)
    assert len(rows) == 2
    for row in rows:
        assert {"id", "path", "title", "source", "date", "score", "reasons"} <= set(row)
        assert row["path"] != seed and Path(row["path"]).parent == SEEDS and row["reasons"]["entities"]
    plain = subprocess.run(
        [str(READER), "related", seed], env=env, check=True, capture_output=True, text=True
    )
    assert "Kim Jong Un" in plain.stdout or "Poutine" in plain.stdout
