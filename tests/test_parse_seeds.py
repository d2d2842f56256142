"""The parser on the five bundled seeds: headline, site, date, and a body free of the page's clutter."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from index.page.date_lines import date_candidates
from index.page.parse import parse_article
from index.page.textfile import read_text
from tests.conftest import SEEDS


def date_candidates_in(text: str) -> list[str]:
    return [found for line in text.splitlines() for found in date_candidates(line)]


def _parse(name: str):
    path = SEEDS / name
    return parse_article(read_text(path.read_bytes()), path)


EXPECTED = [
    (
        "000_a64a41eaa2d12a9f.txt",
        "Kim Jong-un offre son «soutien total» à Poutine et au Kremlin",
        "watson",
        datetime(2023, 6, 12, 5, 57),
    ),
    (
        "001_3c04f26f83725bf4.txt",
        'LE PRÉSIDENT DE LA CORÉE DU NORD SOUHAITE À VLADIMIR POUTINE LA VICTOIRE CONTRE LES "IMPÉRIALISTES".',
        "La Gazette",
        datetime(2023, 10, 12, 18, 3, tzinfo=timezone(timedelta(hours=1))),
    ),
    (
        "002_9fd34bb2e2ee401b.txt",
        "Le président russe Vladimir Poutine s'est rendu officiel en Corée du Nord pour la première fois en vingt-quatre ans.",
        "",
        None,
    ),
    (
        "003_0bea20316e6005dc.txt",
        "Kim Jong Un est « confiant » dans la victoire de la Russie en Ukraine",
        "Dagens.fr",
        None,
    ),
    (
        "004_4dbeef2947b5758a.txt",
        'Kim Jong Un fait l\'éloge de Poutine et de sa guerre, veut commencer à "se tenir la main"',
        "",
        None,
    ),
]


@pytest.mark.parametrize(("name", "title", "source", "date"), EXPECTED)
def test_seed_metadata(name: str, title: str, source: str, date: datetime | None) -> None:
    article = _parse(name)
    assert article.title == title
    assert article.source == source
    assert article.date == date
    # An undated seed has no date anywhere: None is the right answer, not a parser's failure.
    assert (date is None) == (not date_candidates_in((SEEDS / name).read_text("utf-8")))
    if date is not None and date.tzinfo is not None:
        assert article.date is not None and article.date.utcoffset() == date.utcoffset()


# Every one of these is page furniture in some seed; none may survive into any body.
CLUTTER = [
    "Partager:",
    "Lire aussi",
    "Loading...",
    "Ads by",
    "Commentaire",
    "Avez-vous",
    "Ceci pourrait",
    "Video: watson",
    "automatically generated",
    "DigitalSiber",
    "Voir Plus",
    "Wikimedia",
    "Image: AP",
    "FILE -",
    "Suivez en direct",
    "En parlant de",
    "d'autres lisent",
    "Accueil Guerre",
    "Quentin",  # the unrelated teaser after the end of seed 000
    "Paris / La Gazette",
    "12.06.2023",
    "UTC+01:00",
]


@pytest.mark.parametrize("name", [e[0] for e in EXPECTED])
def test_seed_body_has_no_clutter(name: str) -> None:
    article = _parse(name)
    for fragment in CLUTTER:
        assert fragment not in article.body, fragment
    assert article.lead == article.body.split("\n\n")[0]
    # The headline is not repeated as a paragraph, not even truncated.
    for paragraph in article.body.split("\n\n"):
        assert not article.title.startswith(paragraph.rstrip("…. "))


# Long lines that are not the article: footer teasers, comment policy, translation notice.
NOT_ARTICLE = (
    "Quentin",
    "conflictualisation",
    "modérer personnellement",
    "automatically generated",
    "FILE - ",  # a photo caption
)


@pytest.mark.parametrize("name", [e[0] for e in EXPECTED])
def test_seed_body_keeps_every_real_paragraph(name: str) -> None:
    """Every long paragraph of the file is in the body, but for the known non-article ones."""
    path = SEEDS / name
    article = _parse(name)
    lines = [line.strip() for line in read_text(path.read_bytes()).split("\n")]
    long_lines = [line for line in lines if len(line.split()) >= 20]
    paragraphs = [line for line in long_lines if not any(f in line for f in NOT_ARTICLE)]
    assert paragraphs
    for paragraph in paragraphs:
        assert paragraph in article.body


def test_seed_000_keeps_subheading_and_signature() -> None:
    article = _parse("000_a64a41eaa2d12a9f.txt")
    assert "«Guerre par procuration»" in article.body.split("\n\n")
    assert article.body.endswith("(ats/jch)")


def test_seed_003_keeps_its_subheadings() -> None:
    paragraphs = _parse("003_0bea20316e6005dc.txt").body.split("\n\n")
    assert "Un pacte militaire et des renforts nord-coréens" in paragraphs
    assert "Coopération renforcée et projets futurs" in paragraphs
    assert paragraphs[-1].startswith("Interrogé cette semaine")


def test_seed_002_body_keeps_dateline_paragraph() -> None:
    article = _parse("002_9fd34bb2e2ee401b.txt")
    assert article.lead.startswith("JAKARTA - Le président russe")
    assert not article.title.startswith("JAKARTA")


def test_ids_are_stable_and_distinct(seeds: Path, tmp_path: Path) -> None:
    ids = {_parse(e[0]).id for e in EXPECTED}
    assert len(ids) == len(EXPECTED)
    # The same file keeps its id when its text changes; another path gets another id.
    path = tmp_path / "article.txt"
    path.write_text(
        "Un titre d'article pour l'essai\n\nLa première version du texte, assez longue pour un article.\n"
    )
    before = parse_article(path.read_text("utf-8"), path)
    path.write_text(
        "Un autre titre, après correction\n\nLa seconde version du texte, elle aussi assez longue.\n"
    )
    after = parse_article(path.read_text("utf-8"), path)
    assert before.title != after.title and before.id == after.id
    moved = tmp_path / "moved.txt"
    path.rename(moved)
    assert parse_article(moved.read_text("utf-8"), moved).id != before.id
