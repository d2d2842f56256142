"""The real `reader` command, run as a subprocess against a temporary data directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.corpus import write_corpus

READER = Path(sys.executable).parent / "reader"


def run(home: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "READER_HOME": str(home), "COLUMNS": "120"}
    env.pop("READER_DEBUG", None)
    result = subprocess.run([str(READER), *args], capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in result.stderr
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def seeded_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    result = run(home, "index", str(SEEDS))
    assert "5 added, 0 updated, 0 unchanged, 0 removed, 0 skipped" in result.stderr
    return home


def test_search_json_lists_every_seed_with_metadata(seeded_home: Path) -> None:
    hits = json.loads(run(seeded_home, "search", "--json", "Poutine").stdout)
    assert len(hits) == 5
    assert {Path(h["path"]).name for h in hits} == {p.name for p in SEEDS.glob("*.txt")}
    for hit in hits:
        assert set(hit) == {"id", "path", "title", "source", "date", "url", "feed", "score", "snippet"}
        assert hit["title"] and hit["snippet"] and hit["score"] > 0
    by_name = {Path(h["path"]).name: h for h in hits}
    assert by_name["001_3c04f26f83725bf4.txt"]["date"] == "2023-10-12T18:03:00+01:00"
    assert by_name["002_9fd34bb2e2ee401b.txt"]["date"] is None
    assert by_name["003_0bea20316e6005dc.txt"]["source"] == "Dagens.fr"


def test_show_json_by_id_and_by_path(seeded_home: Path) -> None:
    rows = json.loads(run(seeded_home, "list", "--json").stdout)
    assert len(rows) == 5
    first = rows[0]
    by_id = json.loads(run(seeded_home, "show", "--json", first["id"]).stdout)
    by_path = json.loads(run(seeded_home, "show", "--json", first["path"]).stdout)
    assert by_id == by_path
    assert (by_id["id"], by_id["path"], by_id["title"]) == (first["id"], first["path"], first["title"])
    other = json.loads(run(seeded_home, "show", "--json", rows[1]["path"]).stdout)
    assert other["id"] == rows[1]["id"] != by_id["id"]
    assert {"id", "path", "title", "source", "date", "body", "lead", "url"} <= set(by_id)
    assert by_id["body"].startswith(by_id["lead"])


def test_show_plain_prints_title_and_body_without_clutter(seeded_home: Path) -> None:
    path = SEEDS / "003_0bea20316e6005dc.txt"
    out = run(seeded_home, "show", str(path)).stdout
    assert out.startswith("Kim Jong Un est « confiant » dans la victoire de la Russie en Ukraine")
    assert "Dagens.fr" in out
    assert "Lire aussi" not in out and "Ads by" not in out


def test_list_sources_and_filters(seeded_home: Path) -> None:
    sources = json.loads(run(seeded_home, "sources", "--json").stdout)
    assert {"name": "Dagens.fr", "count": 1} in sources
    assert sum(s["count"] for s in sources) == 5
    only = json.loads(run(seeded_home, "list", "--json", "--source", "Dagens.fr").stdout)
    assert [r["source"] for r in only] == ["Dagens.fr"]
    table = run(seeded_home, "list").stdout
    assert "2023-10-12" in table and "La Gazette" in table


def test_plain_search_prints_hits_and_count(seeded_home: Path) -> None:
    result = run(seeded_home, "search", "Lavrov", "--limit", "1")
    assert "Kim Jong Un est « confiant »" in result.stdout
    assert "1 result\n" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("search", "date:[hier TO demain]"), "dates are written"),
        (("search", "le la"), "only common words"),
        (("show", "nothing-like-this"), "no article"),
        (("search", "x", "--limit", "0"), "--limit"),
    ],
)
def test_errors_are_one_line_without_traceback(
    seeded_home: Path, args: tuple[str, ...], message: str
) -> None:
    result = run(seeded_home, *args, check=False)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("reader:")


def test_index_reports_skipped_files_and_exit_status(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "corpus")
    (folder / "empty.txt").write_bytes(b"")
    result = run(tmp_path / "home", "index", str(folder))
    assert "5 added" in result.stderr and "1 skipped" in result.stderr
    assert "empty.txt: empty file" in result.stderr
    again = run(tmp_path / "home", "index", str(folder))
    assert "0 added, 0 updated, 5 unchanged" in again.stderr
    only_bad = run(tmp_path / "home2", "index", str(folder / "empty.txt"), check=False)
    assert only_bad.returncode == 1


def test_article_text_cannot_reach_the_terminal_as_escapes_or_markup(tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    paragraph = (
        "Un paragraphe ordinaire qui parle de la guerre et de la paix avec assez de mots pour compter. " * 2
    )
    (folder / "evil.txt").write_text(
        f"Titre [bold red]piégé[/] \x1b]0;pwned\x07 avec \x1b[2J escape\n\n{paragraph}[link=file:///etc]lien[/link]\n"
    )
    home = tmp_path / "home"
    run(home, "index", str(folder))
    shown = run(home, "show", str(folder / "evil.txt")).stdout
    assert "\x1b" not in shown
    assert "[bold red]piégé[/]" in shown and "[link=file:///etc]lien[/link]" in shown


def test_bare_reader_on_an_empty_library_indexes_the_seeds(tmp_path: Path) -> None:
    result = run(tmp_path / "home", check=True)
    assert "First run: indexing the example articles" in result.stderr and "5 added" in result.stderr
    assert "Dagens.fr" in result.stdout


def test_list_source_ignores_case_and_an_unknown_site_fails_in_one_line(seeded_home: Path) -> None:
    rows = json.loads(run(seeded_home, "list", "--json", "--source", "WATSON").stdout)
    assert [row["source"] for row in rows] == ["watson"]
    result = run(seeded_home, "list", "--source", "Nulle Part", check=False)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "no site named 'Nulle Part'" in result.stderr


def test_a_unique_start_of_an_id_names_the_article(seeded_home: Path) -> None:
    rows = json.loads(run(seeded_home, "list", "--json").stdout)
    ids = [row["id"] for row in rows]
    unique = next(i for i in ids if sum(other.startswith(i[:4]) for other in ids) == 1)
    assert json.loads(run(seeded_home, "show", "--json", unique[:4]).stdout)["id"] == unique


@pytest.mark.parametrize(
    ("query", "reason"),
    [('"soutien total', "a quote is not closed"), ("AND OR", "only operators"), ("Poutine NOT", "NOT needs")],
)
def test_queries_that_mean_nothing_fail_in_one_line(seeded_home: Path, query: str, reason: str) -> None:
    result = run(seeded_home, "search", query, check=False)
    assert result.returncode == 1 and reason in result.stderr and result.stderr.count("\n") == 1


def test_counts_agree_with_their_number(seeded_home: Path) -> None:
    assert run(seeded_home, "search", "Lavrov").stderr.strip() == "1 result"
    assert run(seeded_home, "search", "Poutine").stderr.strip() == "5 results"


def test_a_library_of_empty_folders_gets_no_examples(tmp_path: Path) -> None:
    empty = tmp_path / "mine"
    empty.mkdir()
    home = tmp_path / "home"
    run(home, "index", str(empty))
    result = run(home, check=True)
    assert "added" not in result.stderr and "First run" not in result.stderr
    assert "Dagens.fr" not in result.stdout


@pytest.mark.parametrize(
    "command",
    [("search", "--json", "Poutine"), ("list", "--json"), ("sources", "--json"), ("feeds", "--json")],
)
def test_json_output_never_loads_rich(seeded_home: Path, command: tuple[str, ...]) -> None:
    # Run the command's entry point in a fresh interpreter and ask which modules it loaded.
    script = (
        "import sys; from reader.cli import main; status = main(sys.argv[1:]); "
        "sys.stderr.write('RICH' if any(m.split('.')[0] == 'rich' for m in sys.modules) else 'NO-RICH'); "
        "sys.exit(status)"
    )
    env = {**os.environ, "READER_HOME": str(seeded_home)}
    result = subprocess.run(
        [sys.executable, "-c", script, *command], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    json.loads(result.stdout)
    assert result.stderr.endswith("NO-RICH"), result.stderr
