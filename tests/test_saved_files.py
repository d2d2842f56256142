"""Files saved beside the index per generation: the newest-first order and the JSON tables."""

from __future__ import annotations

from pathlib import Path

from index import Library
from index.locations import DataFiles
from index.store.saved_files import read_json, read_order, write_json, write_order
from tests.corpus import write_corpus


def test_order_round_trip_and_refusals(tmp_path: Path) -> None:
    path = tmp_path / "order.bin"
    write_order(path, 7, [5, 3, 9, 0])
    assert list(read_order(path, 7) or []) == [5, 3, 9, 0]
    assert list(read_order(path, 7, limit=2) or []) == [5, 3]
    assert list(read_order(path, 7, limit=10) or []) == [5, 3, 9, 0]
    assert read_order(path, 8) is None  # another generation
    path.write_bytes(path.read_bytes()[:-2])  # truncated
    assert read_order(path, 7) is None
    path.write_bytes(b"garbage")
    assert read_order(path, 7) is None
    assert read_order(tmp_path / "missing.bin", 7) is None


def test_json_round_trip_and_refusals(tmp_path: Path) -> None:
    path = tmp_path / "table.json"
    write_json(path, 3, {"names": ["Kim"]})
    assert (read_json(path, 3) or {})["names"] == ["Kim"]
    assert read_json(path, 4) is None
    path.write_text("{not json", "utf-8")
    assert read_json(path, 3) is None
    assert not list(tmp_path.glob(".*.tmp"))


def test_the_library_lists_newest_first_from_its_saved_order(tmp_path: Path, write) -> None:
    folder = write_corpus(tmp_path / "corpus")
    with Library(tmp_path / "home") as library:
        library.ingest([folder])
        order_file = DataFiles(tmp_path / "home").newest_first
        assert order_file.exists()
        everything = library.articles()
        dates = [a.date for a in everything if a.date is not None]
        assert dates == sorted(dates, reverse=True) and len(everything) == 5
        assert library.articles(limit=2) == everything[:2]

        # A damaged order file is rebuilt, not trusted.
        order_file.write_bytes(b"RDO1" + b"\xff" * 40)
        assert library.articles(limit=3) == everything[:3]
        assert library.articles() == everything

        # A newer article changes the generation: the saved order follows it.
        newest = folder / "newest.txt"
        newest.write_text(
            "Le Quotidien\nUn article plus récent que tous les autres\n10 novembre 2026\n\n"
            "Un paragraphe assez long pour être le corps de cet article daté de novembre 2026.\n",
            "utf-8",
        )
        library.ingest([folder])
        assert library.articles(limit=1)[0].path == str(newest)
        assert library.articles()[1:] == everything


def test_a_saved_entity_table_not_as_saved_is_made_anew(tmp_path: Path) -> None:
    import json

    folder = write_corpus(tmp_path / "corpus")
    home = tmp_path / "home"
    with Library(home) as library:
        library.ingest([folder])
        expected = [(e.name, e.type, e.articles) for e in library.entities()]
    table_file = DataFiles(home).entity_table
    data = json.loads(table_file.read_text("utf-8"))
    del data["redirect"]  # right format and generation, wrong content
    table_file.write_text(json.dumps(data), "utf-8")
    with Library(home) as library:
        assert [(e.name, e.type, e.articles) for e in library.entities()] == expected != []
