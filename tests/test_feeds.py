"""Feeds against a real local HTTP server: subscribe, fetch, conditional GET, full text, every broken case."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from index import Library
from tests.feed_pages import STORIES, article_page, atom, rss, serve_story_feed
from tests.web_server import LocalWeb, endless, gzip_bomb, redirect, slow

READER = Path(sys.executable).parent / "reader"


def reader(home: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "READER_HOME": str(home), "READER_HTTP_TIMEOUT": "2", "COLUMNS": "200"}
    return subprocess.run([str(READER), *args], env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("READER_HTTP_TIMEOUT", "2")
    with Library(tmp_path / "home") as lib:
        yield lib


def test_add_subscribes_fetches_full_articles_and_indexes_them(library: Library, web: LocalWeb) -> None:
    feed = serve_story_feed(web)
    report = library.add_feeds([feed])
    assert report.subscribed == [(feed, "Le Courrier du Val")] and not report.failed
    assert report.fetched is not None and report.fetched.new == 3
    rows = {row.title: row for row in library.articles()}
    assert set(rows) == {title for title, *_ in STORIES}
    first = rows[STORIES[0][0]]
    assert first.source == "Le Courrier du Val" and first.feed == feed
    assert first.url == web.url("/articles/0.html")
    assert first.date == datetime(2024, 2, 12, 6, 40, tzinfo=timezone(timedelta(hours=1)))
    article = library.get(first.id)
    assert article is not None and "sacs de sable" in article.body
    for clutter in ("Partager", "Lire aussi", "Mentions légales", "Accueil"):
        assert clutter not in article.body
    # Stored as files in the data directory: the index is rebuilt from them without the network.
    web.stop()
    rebuilt = library.ingest([library.files.fetched], rebuild=True, entities=False)
    assert len(rebuilt.added) == 3


def test_a_second_fetch_is_one_conditional_request(library: Library, web: LocalWeb) -> None:
    feed = serve_story_feed(web, etag='"v1"', last_modified="Mon, 12 Feb 2024 07:00:00 GMT")
    library.add_feeds([feed])
    before = len(web.requests)
    report = library.fetch_feeds()
    assert report.new == 0 and not report.failed
    assert [r.path for r in web.requests[before:]] == ["/feed.xml"]
    conditional = web.requests[-1].headers
    assert conditional["if-none-match"] == '"v1"'
    assert conditional["if-modified-since"] == "Mon, 12 Feb 2024 07:00:00 GMT"
    assert "reader/" in conditional["user-agent"]


def test_new_items_only_are_downloaded(library: Library, web: LocalWeb) -> None:
    feed = serve_story_feed(web)
    library.add_feeds([feed])
    page = web.url("/articles/new.html")
    web.serve(
        "/articles/new.html",
        article_page(
            "Une quatrième nouvelle",
            "2024-02-13T10:00:00+01:00",
            ["Un paragraphe tout neuf, écrit pour vérifier que seul l'article nouveau est téléchargé."],
            "Le Courrier du Val",
            page,
        ),
    )
    items = [("urn:story:new", page, "Une quatrième nouvelle", "Tue, 13 Feb 2024 10:00:00 +0100")]
    items += [
        (f"urn:story:{n}", web.url(f"/articles/{n}.html"), t, rfc)
        for n, (t, _i, rfc, _p) in enumerate(STORIES)
    ]
    web.serve("/feed.xml", rss("Le Courrier du Val", items), content_type="application/rss+xml")
    before = len(web.requests)
    report = library.fetch_feeds()
    assert report.new == 1
    assert sorted(r.path for r in web.requests[before:]) == ["/articles/new.html", "/feed.xml"]
    assert len(library) == 4


def test_the_feed_text_stands_in_when_the_page_cannot_be_had(library: Library, web: LocalWeb) -> None:
    content = "<p>Le texte complet donné par le flux Atom lui-même, faute de page à télécharger.</p>"
    feed = web.serve(
        "/atom.xml",
        atom(
            "Le Journal Atomique",
            [
                (
                    "tag:x,2024:1",
                    web.url("/missing.html"),
                    "Une page introuvable",
                    "2024-03-01T08:00:00+02:00",
                    content,
                )
            ],
        ),
        content_type="application/atom+xml",
    )
    report = library.add_feeds([feed])
    assert report.fetched is not None and report.fetched.new == 1
    article = library.get(library.articles()[0].id)
    assert article is not None and "donné par le flux Atom" in article.body
    assert article.date == datetime(2024, 3, 1, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    assert report.fetched.ingest is not None
    assert any("the feed's text is the body" in w for _p, w in report.fetched.ingest.warnings)


def test_a_page_that_links_its_feed_is_followed(library: Library, web: LocalWeb) -> None:
    feed = serve_story_feed(web, path="/rss")
    page = web.serve(
        "/",
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head>'
        "<body><p>La une du jour.</p></body></html>",
    )
    report = library.add_feeds([page])
    assert report.subscribed == [(feed, "Le Courrier du Val")]


def test_a_permanently_moved_feed_updates_the_subscription(library: Library, web: LocalWeb) -> None:
    new = serve_story_feed(web, path="/new-feed.xml")
    old = web.url("/old-feed.xml")
    library.add_feeds([new])
    library.remove_feed(new)
    web.routes["/old-feed.xml"] = web.routes["/new-feed.xml"]
    library.add_feeds([old])
    web.serve("/old-feed.xml", b"", custom=redirect(new, 301))
    report = library.fetch_feeds()
    assert [info.url for info in library.feeds()] == [new]
    assert any("moved permanently" in note for note in report.notes)


def test_a_gone_feed_is_marked_dead(library: Library, web: LocalWeb) -> None:
    feed = serve_story_feed(web)
    library.add_feeds([feed])
    web.serve("/feed.xml", "gone", status=410)
    library.fetch_feeds()
    before = len(web.requests)
    report = library.fetch_feeds()
    assert len(web.requests) == before  # not asked again
    assert report.failed and "gone" in report.failed[0][1]


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        ({"body": "oops", "status": 500}, "HTTP 500"),
        ({"body": "<html><body><p>Une page, pas un flux.</p></body></html>"}, "not a feed"),
        ({"body": b"", "custom": slow(5)}, "timed out"),
        ({"body": b"", "custom": redirect("/loop-b", 302)}, "redirect loop"),
        (
            {
                "body": '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
                '<rss version="2.0"><channel><title>&b;</title></channel></rss>',
                "content_type": "application/rss+xml",
            },
            "entity expansion",
        ),
    ],
)
def test_a_broken_feed_is_one_line_and_never_stops_the_others(
    library: Library, web: LocalWeb, route: dict[str, object], reason: str
) -> None:
    good = serve_story_feed(web)
    library.add_feeds([good])
    web.serve("/loop-b", b"", custom=redirect("/broken.xml", 302))
    web.serve("/broken.xml", **route)  # type: ignore[arg-type]
    refused = library.add_feeds([web.url("/broken.xml")])
    assert not refused.subscribed and reason in refused.failed[0][1]
    # Subscribed by hand (an OPML import keeps failing feeds): the fetch goes on past it.
    (library.files.feeds).write_text(
        library.files.feeds.read_text() + f'\n[[feed]]\nurl = "{web.url("/broken.xml")}"\ntitle = "Cassé"\n'
    )
    web.serve("/articles/late.html", "<html><body><p>x</p></body></html>")
    report = library.fetch_feeds()
    assert report.feeds == 2 and [url for url, _ in report.failed] == [web.url("/broken.xml")]
    assert reason in report.failed[0][1]
    infos = {info.url: info for info in library.feeds()}
    assert infos[web.url("/broken.xml")].error and infos[good].error is None


def test_endless_responses_and_gzip_bombs_are_cut_not_read_whole(library: Library, web: LocalWeb) -> None:
    web.serve("/endless.xml", b"", custom=endless)
    web.serve("/bomb.xml", b"", custom=gzip_bomb)
    for path in ("/endless.xml", "/bomb.xml"):
        report = library.add_feeds([web.url(path)])
        assert not report.subscribed and report.failed, path  # cut at 10 MB: not a feed either


def test_a_malformed_feed_with_items_is_still_read(library: Library, web: LocalWeb) -> None:
    page = web.url("/articles/0.html")
    title, iso, rfc, paragraphs = STORIES[0]
    web.serve("/articles/0.html", article_page(title, iso, paragraphs, "Le Val", page))
    broken = rss("Le Val", [("g1", page, title, rfc), ("g1", page, title, rfc)]).replace("</channel>", "")
    feed = web.serve("/bozo.xml", broken.replace("&", "&amp;") + "<unclosed>", content_type="text/xml")
    report = library.add_feeds([feed])
    assert report.fetched is not None and report.fetched.new == 1  # duplicate guids read once


def test_only_web_addresses_are_ever_fetched(library: Library, web: LocalWeb) -> None:
    items = [
        ("a", "file:///etc/passwd", "Un lien vers un fichier local", "Mon, 12 Feb 2024 06:40:00 +0100"),
        ("b", "javascript:alert(1)", "Un lien piégé", "Mon, 12 Feb 2024 06:41:00 +0100"),
    ]
    feed = web.serve("/tricky.xml", rss("Le Piège", items), content_type="application/rss+xml")
    assert library.add_feeds(["file:///etc/passwd"]).failed
    report = library.add_feeds([feed])
    assert report.fetched is not None and report.fetched.new == 2
    rows = library.articles()
    assert {row.url for row in rows} == {""}  # neither address is kept as the article's
    for row in rows:
        article = library.get(row.id)
        assert article is not None and "root:" not in article.body


def test_opml_import_keeps_every_feed_and_exports_again(tmp_path: Path, web: LocalWeb) -> None:
    good = serve_story_feed(web)
    opml = tmp_path / "abonnements.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>Mes flux</title></head><body>'
        f'<outline text="Régions"><outline type="rss" text="Le Val" xmlUrl="{good}"/>'
        f'<outline type="rss" text="Disparu" xmlUrl="{web.url("/nowhere.xml")}"/></outline></body></opml>'
    )
    home = tmp_path / "home"
    added = reader(home, "add", str(opml), "--no-entities", "--json")
    assert added.returncode == 0, added.stderr
    result = json.loads(added.stdout)
    assert {f["url"] for f in result["subscribed"]} == {good, web.url("/nowhere.xml")}
    assert result["fetch"]["new"] == 3 and result["fetch"]["failed"][0]["url"] == web.url("/nowhere.xml")
    feeds = json.loads(reader(home, "feeds", "--json").stdout)
    assert [(f["title"], f["articles"], f["unread"]) for f in feeds] == [("Le Val", 3, 3), ("Disparu", 0, 0)]
    assert feeds[1]["error"] and "404" in feeds[1]["error"] and feeds[0]["last_fetched"]
    exported = reader(home, "feeds", "--opml").stdout
    assert good in exported and "Disparu" in exported
    listed = json.loads(reader(home, "list", "--json").stdout)
    assert {row["feed"] for row in listed} == {good} and all(row["url"] for row in listed)


def test_cli_fetch_remove_and_purge(tmp_path: Path, web: LocalWeb) -> None:
    feed = serve_story_feed(web)
    home = tmp_path / "home"
    assert reader(home, "add", feed, "--no-entities").returncode == 0
    fetched = reader(home, "fetch", "--no-entities", "--json")
    assert fetched.returncode == 0 and json.loads(fetched.stdout) == {"feeds": 1, "new": 0, "failed": []}
    single = reader(home, "add", web.url("/nowhere.xml"))
    assert single.returncode == 1 and "404" in single.stderr
    kept = reader(home, "remove", "le courrier du val")
    assert kept.returncode == 0 and "stay" in kept.stderr
    assert len(json.loads(reader(home, "list", "--json").stdout)) == 3
    reader(home, "add", feed, "--no-entities")
    purged = reader(home, "remove", feed, "--purge")
    assert purged.returncode == 0 and json.loads(reader(home, "list", "--json").stdout) == []
    assert reader(home, "remove", "personne").returncode == 1


def test_offline_every_feed_says_so_and_nothing_changes(tmp_path: Path, web: LocalWeb) -> None:
    feed = serve_story_feed(web)
    home = tmp_path / "home"
    reader(home, "add", feed, "--no-entities")
    web.stop()
    result = reader(home, "fetch", "--no-entities")
    assert result.returncode == 0
    said = " ".join(result.stderr.split())
    assert "0 new articles from 1 feed" in said and "unreachable" in said
    assert len(json.loads(reader(home, "list", "--json").stdout)) == 3
