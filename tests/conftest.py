"""Shared fixtures: the bundled seeds, a fresh library in a temporary directory, article writers."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from index import Library
from index.entities.model import NerModel
from tests.web_server import LocalWeb

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "home") as lib:
        yield lib


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """Write an article file under tmp_path/articles and return its path."""
    folder = tmp_path / "articles"

    def _write(name: str, text: str | bytes, encoding: str = "utf-8") -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_bytes(text.encode(encoding))
        return path

    return _write


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder another user can read: pytest's tmp_path sits in a folder only we may enter."""
    folder = Path(tempfile.mkdtemp(prefix="reader-ro-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(folder)


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    """A real HTTP server on 127.0.0.1 (an ephemeral port) that the fetching tests talk to."""
    server = LocalWeb()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def common_words() -> frozenset[str]:
    """The lemmatizer's words, as the entity cleanup reads them (loaded once per worker)."""
    return NerModel().common_words()
