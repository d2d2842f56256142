"""A small fixture library (the seeds and an invented corpus) indexed once into a temporary folder."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from index import Library
from reader.app import ReaderApp
from reader.read_state import ReadState
from tests.conftest import SEEDS
from tests.corpus import write_corpus


@pytest.fixture(scope="session")
def fixture_library_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("app-library")
    shutil.copytree(SEEDS, root / "seeds")
    write_corpus(root / "corpus")
    hostile = root / "corpus" / "hostile.txt"
    hostile.write_text(
        "Un titre [bold red]piégé[/] avec \x1b]0;pwned\x07 un escape\n\n"
        "Le texte contient [link=https://example.org]un lien[/link] et [@click=app.quit]un clic[/] "
        "qui doivent rester du texte ordinaire, sans jamais être interprétés comme des balises.\n"
    )
    with Library(root / "home") as library:
        library.ingest([root / "seeds", root / "corpus"])
    return root / "home"


@pytest.fixture
def make_app(fixture_library_home: Path, tmp_path: Path) -> Callable[[], ReaderApp]:
    """A fresh app on a copy of the fixture library (so read state never leaks between tests)."""
    home = tmp_path / "home"
    shutil.copytree(fixture_library_home, home)

    def make() -> ReaderApp:
        return ReaderApp(Library(home), ReadState(home))

    return make
