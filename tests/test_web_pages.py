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


def test_a_feed_file_in_a_folder_gives_one_article_per_item_and_follows_its_changes(tmp_path: Path) -> None:
    from tests.feed_pages import rss

    folder = tmp_path / "pages"
    folder.mkdir()
    items = [
        (f"urn:{n}", f"https://example.org/{n}", title, rfc)
        for n, (title, _iso, rfc, _p) in enumerate(STORIES)
    ]
    feed = folder / "flux.xml"
    feed.write_text(rss("Le Flux Local", items))
    (folder / "note.txt").write_text(
        "Une note ordinaire\n\nUn paragraphe assez long pour faire un article, avec des mots.\n"
    )
    with Library(tmp_path / "home") as library:
        first = library.ingest([folder], entities=False)
        assert len(first.added) == 4 and not first.skipped
        rows = {row.title: row for row in library.articles()}
        crue = rows[STORIES[0][0]]
        assert (crue.source, crue.url) == ("Le Flux Local", "https://example.org/0")
        assert crue.date == datetime(2024, 2, 12, 6, 40, tzinfo=timezone(timedelta(hours=1)))
        assert library.search("résumé").total == 3  # the items' own text is the body
        again = library.ingest([folder], entities=False)
        assert again.unchanged == [str(feed), str(folder / "note.txt")] and not again.removed
        feed.write_text(rss("Le Flux Local", items[1:]))  # one item dropped
        changed = library.ingest([folder], entities=False)
        assert len(changed.removed) == 1 and changed.removed[0].startswith(str(feed))
        assert STORIES[0][0] not in {row.title for row in library.articles()} and len(library) == 3
        feed.unlink()
        assert len(library.ingest([folder], entities=False).removed) == 2 and len(library) == 1
