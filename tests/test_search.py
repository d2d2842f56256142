"""Searching a real Whoosh index of an invented corpus through the Library facade."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from index import Library, QueryError
from index.records import article_id
from tests.corpus import write_corpus


@pytest.fixture
def corpus_library(tmp_path: Path):
    folder = write_corpus(tmp_path / "corpus")
    with Library(tmp_path / "home") as lib:
        report = lib.ingest([folder])
        assert len(report.added) == 5 and not report.skipped
        yield lib


def titles(results) -> set[str]:
    return {hit.article.title for hit in results}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("coree", {"La Corée du Nord tire un missile balistique vers la mer du Japon"}),
        ("impérialiste", {"La Corée du Nord tire un missile balistique vers la mer du Japon"}),
        (
            "japon",
            {
                "La Corée du Nord tire un missile balistique vers la mer du Japon",
                "Séisme au Japon : les secours à pied d'œuvre à Noto",
            },
        ),
        ("japon NOT missile", {"Séisme au Japon : les secours à pied d'œuvre à Noto"}),
        ("japon NOT missile NOT noto", set()),
        ("NOT missile japon", {"Séisme au Japon : les secours à pied d'œuvre à Noto"}),
        (
            "(japon OR inflation) NOT (missile OR insee)",
            {
                "Séisme au Japon : les secours à pied d'œuvre à Noto",
                "La BCE relève encore ses taux directeurs",
            },
        ),
        ("inflation lagarde", {"La BCE relève encore ses taux directeurs"}),
        ("lagarde OR insee", {"La BCE relève encore ses taux directeurs", "L'inflation ralentit en France"}),
        ('"taux directeurs"', {"La BCE relève encore ses taux directeurs"}),
        ('"directeurs taux"', set()),
        ("source:temps", {"L'inflation ralentit en France"}),
        ("site:quotidien date:2024", {"Séisme au Japon : les secours à pied d'œuvre à Noto"}),
        (
            "date:2023",
            {
                "La Corée du Nord tire un missile balistique vers la mer du Japon",
                "La BCE relève encore ses taux directeurs",
                "L'inflation ralentit en France",
            },
        ),
        (
            "date:[2023-09-01 TO 2023-12-31]",
            {"La BCE relève encore ses taux directeurs", "L'inflation ralentit en France"},
        ),
        ("date:>2023-12-30", {"Séisme au Japon : les secours à pied d'œuvre à Noto"}),
        ("date:2023-09", {"La BCE relève encore ses taux directeurs"}),
        ("date:2023-9-12", {"La BCE relève encore ses taux directeurs"}),
        ("date:2023-06-14 missile", {"La Corée du Nord tire un missile balistique vers la mer du Japon"}),
        ("date:2023-06-15", set()),
        ("title:inflation", {"L'inflation ralentit en France"}),
        (
            "dupont toulouse",
            {
                "Le Stade toulousain a remporté samedi son vingt-deuxième titre de champion de France en battant Bordeaux-Bègles en finale."
            },
        ),
    ],
)
def test_queries(corpus_library: Library, query: str, expected: set[str]) -> None:
    assert titles(corpus_library.search(query)) == expected


def test_title_matches_rank_above_body_matches(corpus_library: Library) -> None:
    hits = corpus_library.search("inflation").hits
    assert hits[0].article.title == "L'inflation ralentit en France"
    assert hits[0].score > hits[1].score


def test_sort_by_date_is_newest_first_with_undated_last(corpus_library: Library) -> None:
    hits = corpus_library.search("france OR japon OR inflation", sort="date").hits
    dates = [hit.article.date for hit in hits]
    dated = [d for d in dates if d is not None]
    assert len(dated) >= 3 and len(set(dated)) == len(dated)
    assert dated == sorted(dated, reverse=True)
    assert dates[-1] is None and None not in dates[: len(dated)]
    assert all(hit.score > 0 for hit in hits)


def test_limit_and_total(corpus_library: Library) -> None:
    results = corpus_library.search("france OR japon OR inflation", limit=1)
    assert len(results) == len(results.hits) == 1
    assert results.total >= 3


def test_snippets_highlight_the_matched_words(corpus_library: Library) -> None:
    hit = corpus_library.search("impérialistes").hits[0]
    spans = [hit.snippet.text[s:e] for s, e in hit.snippet.spans]
    assert spans == ["impérialistes"]
    assert "\n" not in hit.snippet.text


def test_without_snippets_the_lead_stands_in(corpus_library: Library) -> None:
    hit = corpus_library.search("impérialistes", snippets=False).hits[0]
    article = corpus_library.get(hit.article.id)
    assert article is not None
    assert hit.snippet.spans == ()
    assert article.lead.startswith(hit.snippet.text.rstrip("…"))


def test_a_plain_query_finds_headline_words_and_the_body_is_stored_without_them(tmp_path: Path) -> None:
    page = tmp_path / "pages" / "tempete.txt"
    page.parent.mkdir()
    page.write_text(
        "Tempête sur la Bretagne: les côtes en alerte rouge\n\n"
        "Des rafales à 150 km/h ont frappé le Finistère dans la nuit de lundi à mardi, "
        "privant d'électricité des milliers de foyers selon la préfecture.\n",
        encoding="utf-8",
    )
    with Library(tmp_path / "home") as library:
        library.ingest([page.parent], entities=False)
        hits = library.search("tempête").hits
        assert [hit.article.title for hit in hits] == ["Tempête sur la Bretagne: les côtes en alerte rouge"]
        article = library.get(hits[0].article.id)
        assert article is not None and "Tempête" not in article.body


def test_a_title_only_match_gets_the_lead_as_snippet(corpus_library: Library) -> None:
    hit = corpus_library.search("title:ralentit").hits[0]
    assert hit.snippet.text.startswith("L'inflation a ralenti en décembre")


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "empty query"),
        ("   ", "empty query"),
        ("le la les", "only common words"),
        ("date:[hier TO demain]", "dates are written"),
        ("date:2023-13", "cannot understand"),
        ("x" * 2000, "too long"),
        ('"séisme au', "quote is not closed"),
        ("AND OR", "only operators"),
        ("japon NOT", "NOT needs a word after it"),
        ("OR japon", "OR needs a word before it"),
    ],
)
def test_bad_queries_say_why_in_one_line(corpus_library: Library, query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message) as caught:
        corpus_library.search(query)
    assert "\n" not in str(caught.value)


def test_unknown_sort_is_refused(corpus_library: Library) -> None:
    with pytest.raises(QueryError, match="unknown sort"):
        corpus_library.search("japon", sort="title")


def test_articles_sources_and_get(corpus_library: Library) -> None:
    rows = corpus_library.articles()
    assert len(rows) == 5
    assert [r.date for r in rows[:4]] == sorted([r.date for r in rows[:4] if r.date], reverse=True)
    assert rows[-1].date is None
    assert {s.name: s.count for s in corpus_library.sources()} == {
        "Le Quotidien": 2,
        "L'Économiste": 1,
        "Le Temps": 1,
        "": 1,
    }
    quotidien = corpus_library.articles(source="Le Quotidien")
    assert {r.title for r in quotidien} == {
        "La Corée du Nord tire un missile balistique vers la mer du Japon",
        "Séisme au Japon : les secours à pied d'œuvre à Noto",
    }
    article = corpus_library.get(quotidien[0].id)
    assert article is not None and article.body.startswith("Les secouristes")
    by_path = corpus_library.get(article.path)
    assert by_path == article
    assert corpus_library.get("nope") is None
    assert article.date == datetime(2024, 1, 2, 8, 15)


def test_an_empty_library_answers_without_an_index(tmp_path: Path) -> None:
    with Library(tmp_path / "empty") as lib:
        assert lib.search("japon").hits == []
        assert lib.articles() == [] and lib.sources() == [] and lib.get("x") is None
        assert len(lib) == 0


@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_snippets_of_long_articles_show_the_match_wherever_it_is(tmp_path: Path, where: str) -> None:
    filler = "Les négociations se poursuivent sans avancée notable entre les délégations. " * 40
    sentence = "Le ministre a dénoncé les « Impérialistes » dans un discours à l'Élysée."
    parts = {
        "start": [sentence, filler, filler],
        "middle": [filler, sentence, filler],
        "end": [filler, filler, sentence],
    }
    page = tmp_path / "pages" / "long.txt"
    page.parent.mkdir()
    page.write_text("Un long article sur les négociations\n\n" + "\n\n".join(parts[where]), encoding="utf-8")
    with Library(tmp_path / "home") as library:
        library.ingest([page.parent], entities=False)
        for query in ("impérialiste", "imperialistes", "elysee impérialistes"):
            snippet = library.search(query).hits[0].snippet
            assert "Impérialistes" in [snippet.text[s:e] for s, e in snippet.spans], query


@pytest.mark.parametrize("limit", [1, 3, 10])
def test_the_newest_page_is_the_start_of_the_whole_list(corpus_library: Library, limit: int) -> None:
    with Library(corpus_library.home) as fresh:  # no rows cached yet: the page is read row by row
        page = fresh.articles(limit=limit)
    assert page == corpus_library.articles()[:limit]
    assert len(page) == min(limit, len(corpus_library))


def _library_of(tmp_path: Path, count: int) -> Library:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(count):
        (folder / f"a{number}.txt").write_text(
            f"Le Kremlin répond, épisode {number}\n\nLe Kremlin et Moscou ont répondu mardi à la question "
            f"numéro {number} posée par les journalistes lors du point de presse.\n",
            encoding="utf-8",
        )
    library = Library(tmp_path / "home")
    library.ingest([folder], entities=False)
    return library


def test_counts_are_exact_beyond_the_page_and_within_a_site(tmp_path: Path) -> None:
    library = _library_of(tmp_path, 30)
    results = library.search("kremlin moscou", limit=5)
    assert (results.total, results.estimated, len(results.hits)) == (30, False, 5)
    # A filter that leaves nothing: Whoosh's own length still counted the 30.
    assert library.search("kremlin moscou", limit=5, source="Nulle part").total == 0
    for name in ("a1.txt", "a2.txt"):
        (tmp_path / "articles" / name).unlink()
    library.ingest([tmp_path / "articles"], entities=False)
    assert library.search("kremlin OR moscou", limit=5).total == 28  # deleted ones not counted


def test_the_start_of_an_id_names_one_article_or_says_it_is_ambiguous(tmp_path: Path) -> None:
    library = _library_of(tmp_path, 20)
    ids = sorted(summary.id for summary in library.articles())
    unique = next(i for i in ids if sum(other.startswith(i[:5]) for other in ids) == 1)
    article = library.get(unique[:5])
    assert article is not None and article.id == unique
    assert library.get("zzzz") is None  # not hexadecimal: no prefix search
    # Two more files whose ids share their first four digits (names found by trying).
    folder = tmp_path / "articles"
    seen: dict[str, Path] = {}
    for number in range(5000):
        path = folder / f"twin{number}.txt"
        twin = seen.setdefault(article_id(path)[:4], path)
        if twin != path:
            break
    for file in (twin, path):
        file.write_text(
            "Un titre\n\nUn texte assez long pour être un article de presse ordinaire.\n", "utf-8"
        )
    library.ingest([folder], entities=False)
    with pytest.raises(QueryError, match="type more of it"):
        library.get(article_id(path)[:4])


def test_repeated_searches_come_from_a_cache_that_an_index_change_empties(tmp_path: Path) -> None:
    library = _library_of(tmp_path, 10)
    first = library.search("kremlin", limit=5)
    assert library.search("kremlin", limit=5) is first  # the app asks again as the user moves
    assert library.search("kremlin", limit=6) is not first  # another question
    (tmp_path / "articles" / "a1.txt").unlink()
    library.ingest([tmp_path / "articles"], entities=False)
    again = library.search("kremlin", limit=5)
    assert again is not first and again.total == first.total - 1


def _phrase_library(tmp_path: Path) -> Library:
    folder = tmp_path / "phrases"
    folder.mkdir()
    texts = {
        "a.txt": "Le soutien total de Pyongyang\n\nPyongyang apporte son soutien total à Moscou dans la guerre.",
        "b.txt": "Un soutien timide\n\nLe total des voix montre un soutien en baisse, selon le décompte final.",
        "c.txt": "La Corée du Nord\n\nLa Corée du Nord et la Corée du Sud se font face depuis des décennies.",
        "d.txt": "Au nord de la Corée\n\nLe nord du pays, et la Corée entière, attendent la décision du conseil.",
        "e.txt": "Les prix du blé\n\nLes prix du blé dur ont monté, puis le blé tendre a suivi la même pente.",
        "f.txt": "Le blé dur des prix\n\nDur, le blé monte: les prix du blé suivent, mais pas le blé dur ni les prix.",
    }
    for name, text in texts.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    library = Library(tmp_path / "home")
    library.ingest([folder], entities=False)
    return library


@pytest.mark.parametrize(
    "query",
    ['"soutien total"', '"corée du nord"', '"prix du blé dur"', '"soutien total" pyongyang', '"blé dur"'],
)
def test_phrases_searched_by_word_pairs_match_what_phrases_matched(
    tmp_path: Path, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import index.search.query as query_module

    library = _phrase_library(tmp_path)
    by_pairs = {hit.article.path for hit in library.search(query, limit=None).hits}
    monkeypatch.setattr(query_module, "phrase_form", lambda phrase: phrase)  # Whoosh's own phrase
    by_positions = {hit.article.path for hit in Library(tmp_path / "home").search(query, limit=None).hits}
    assert by_pairs == by_positions and by_pairs


def test_a_phrase_s_snippet_and_spans_mark_its_words(tmp_path: Path) -> None:
    library = _phrase_library(tmp_path)
    hit = library.search('"soutien total"', limit=5).hits[0]
    marked = {hit.snippet.text[start:end].lower() for start, end in hit.snippet.spans}
    assert marked == {"soutien", "total"}
    text = "Il réitère son soutien total au régime."
    assert [text[a:b] for a, b in library.match_spans('"soutien total"', text)] == ["soutien", "total"]
