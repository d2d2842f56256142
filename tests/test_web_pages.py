"""Saved web pages in indexed folders: metadata from the page, the main text without the page's furniture."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from index import Library
from tests.feed_pages import STORIES, article_page


def _index(tmp_path: Path) -> Library:
    library = Library(tmp_path / "home")
    library.ingest([tmp_path / "pages"], entities=False)
    return library


def test_a_saved_page_gives_headline_site_date_address_and_clean_body(tmp_path: Path) -> None:
    title, iso, _rfc, paragraphs = STORIES[1]
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "tram.html").write_text(
        article_page(title, iso, paragraphs, "Presse Océane Test", "https://example.org/tram")
    )
    with _index(tmp_path) as library:
        (row,) = library.articles()
        assert (row.title, row.source, row.url) == (title, "Presse Océane Test", "https://example.org/tram")
        assert row.date == datetime(2024, 2, 11, 18, 5, tzinfo=timezone(timedelta(hours=1)))
        article = library.get(row.id)
        assert article is not None and article.body.startswith(paragraphs[0][:40])
        for furniture in ("Accueil", "Partager", "Lire aussi", "Mentions légales", "cookies"):
            assert furniture not in article.body


def test_json_ld_dates_paywall_notices_and_other_charsets(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    ld = json.dumps(
        {
            "@type": "NewsArticle",
            "datePublished": "2024-05-16T21:40:00+02:00",
            "publisher": {"@type": "Organization", "name": "Ouest Test"},
        }
    )
    text = "<p>Le conseil municipal de Quimper a voté la piétonnisation du centre historique après des mois de débats.</p>"
    (folder / "ld.html").write_text(
        f"<html><head><title>Quimper piétonnise son centre</title><script type='application/ld+json'>{ld}</script>"
        f"</head><body><article><h1>Quimper piétonnise son centre</h1>{text}"
        "<p>Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite.</p></article></body></html>"
    )
    (folder / "latin.htm").write_bytes(
        "<html><head><meta charset='iso-8859-1'><title>Un été à Sète</title></head><body><article>"
        "<h1>Un été à Sète</h1><p>Les joutes nautiques ont réuni des milliers de spectateurs sur le canal royal, "
        "malgré une chaleur écrasante tout au long de la journée.</p></article></body></html>".encode(
            "iso-8859-1"
        )
    )
    with _index(tmp_path) as library:
        rows = {row.title: row for row in library.articles()}
        quimper = rows["Quimper piétonnise son centre"]
        assert quimper.source == "Ouest Test"
        assert quimper.date == datetime(2024, 5, 16, 21, 40, tzinfo=timezone(timedelta(hours=2)))
        body = library.get(quimper.id).body  # type: ignore[union-attr]
        assert "piétonnisation" in body and "abonnés" not in body
        assert "Un été à Sète" in rows and "joutes" in library.get(rows["Un été à Sète"].id).body  # type: ignore[union-attr]


def test_a_sidecar_overrides_the_page_and_an_empty_page_is_skipped(tmp_path: Path) -> None:
    title, iso, _rfc, paragraphs = STORIES[0]
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "crue.html").write_text(
        article_page(title, iso, paragraphs, "Site", "https://example.org/crue")
    )
    (folder / "crue.meta.toml").write_text('title = "Le vrai titre"\nsource = "Le Temps"\n')
    (folder / "vide.html").write_text("")
    with Library(tmp_path / "home") as library:
        report = library.ingest([folder], entities=False)
        assert [(row.title, row.source) for row in library.articles()] == [("Le vrai titre", "Le Temps")]
    assert [(Path(p).name, r) for p, r in report.skipped] == [("vide.html", "empty file")]
