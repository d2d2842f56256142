"""Scoring and term statistics: the same results as Whoosh's own, on a real index of several segments."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from whoosh import query as wq
from whoosh.scoring import BM25F
from whoosh.searching import Searcher

from index.page.parse import parse_article
from index.search.query import make_parser, parse_query, scoring_form
from index.store.article_store import ArticleStore
from index.store.documents import article_fields
from index.store.scoring import field_lengths
from index.store.term_stats import TermStats
from tests.corpus import write_corpus, write_mixed_corpus

QUERIES = [
    "japon",
    "missile OR séisme",
    "corée NOT japon",
    '"corée du nord"',
    "title:japon",
    "nokira OR lyon",
    "date:2023",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ArticleStore]:
    """Three segments committed unmerged, one of them with a deleted article."""
    folder = tmp_path_factory.mktemp("corpus")
    story = write_corpus(folder / "story")
    paths = sorted(p for p in story.rglob("*") if p.is_file()) + write_mixed_corpus(folder / "mixed", 30)
    store = ArticleStore(folder / "index", folder / "ingest.lock")
    for part in (paths[:9], paths[9:21], paths[21:]):
        with store.writer(0) as writer:
            for path in part:
                writer.add_document(**article_fields(parse_article(path.read_text("utf-8"), path)))
            writer.commit(merge=False)
    with store.writer(0) as writer:
        writer.delete_by_term("id", parse_article(paths[3].read_text("utf-8"), paths[3]).id)
        writer.commit(merge=False)
    yield store
    store.close()


def whoosh_searcher(store: ArticleStore) -> Searcher:
    index = store.open()
    assert index is not None
    return index.searcher(weighting=BM25F())


def test_the_index_has_several_segments(store: ArticleStore) -> None:
    searcher = store.searcher()
    assert searcher is not None
    assert len(searcher.reader().leaf_readers()) == 3


@pytest.mark.parametrize("query", QUERIES)
def test_scores_are_whoosh_bm25f_scores(store: ArticleStore, query: str) -> None:
    searcher = store.searcher()
    assert searcher is not None
    parsed = parse_query(query, make_parser(searcher.schema))
    with whoosh_searcher(store) as reference:
        expected = [(hit.docnum, round(hit.score, 9)) for hit in reference.search(parsed, limit=None)]
    got = [(hit.docnum, round(hit.score, 9)) for hit in searcher.search(parsed, limit=None)]
    assert got == expected != []


@pytest.mark.parametrize("fieldname", ["body", "title"])
def test_field_lengths_are_whoosh_lengths(store: ArticleStore, fieldname: str) -> None:
    searcher = store.searcher()
    assert searcher is not None
    for leaf, _offset in searcher.reader().leaf_readers():
        lengths = field_lengths(leaf, fieldname)
        assert lengths is not None and len(lengths) == leaf.doc_count_all()
        assert lengths == [leaf.doc_field_length(n, fieldname) or 0 for n in range(len(lengths))]
        assert max(lengths) > 1


def test_key_terms_are_whoosh_key_terms(store: ArticleStore) -> None:
    searcher = store.searcher()
    assert searcher is not None
    stats = TermStats(searcher.reader())
    for docnum in list(searcher.reader().all_doc_ids())[:12]:
        text = searcher.stored_fields(docnum)["body"]
        expected = searcher.key_terms_from_text("body", text, numterms=15)
        assert stats.key_terms("body", text, 15) == expected != []
        # Asked again, the remembered statistics give the same answer.
        assert stats.key_terms("body", text, 15) == expected


def test_term_statistics_match_the_reader(store: ArticleStore) -> None:
    searcher = store.searcher()
    assert searcher is not None
    reader = searcher.reader()
    stats = TermStats(reader)
    for term in ["japon", "coree", "nokira", "absentword"]:
        assert stats.doc_frequency("body", term) == reader.doc_frequency("body", term)
        assert stats.frequency("body", term) == (
            reader.frequency("body", term) if ("body", term) in reader else 0
        )
        assert (("body", term) in stats) == (("body", term) in reader)


def _docs(searcher: Searcher, text: str) -> set[int]:
    return set(searcher.docs_for_query(parse_query(text, make_parser(searcher.schema))))


@pytest.mark.parametrize(
    ("query", "positive", "negated"),
    [
        ("samedi NOT festival", "samedi", "festival"),
        ("NOT festival samedi", "samedi", "festival"),
        ("(samedi OR canicule) NOT (festival OR lyon)", "samedi OR canicule", "festival OR lyon"),
        ("samedi NOT festival NOT lyon", "samedi", "festival OR lyon"),
    ],
)
def test_not_queries_run_as_and_not_with_the_same_matches_and_order(
    store: ArticleStore, query: str, positive: str, negated: str
) -> None:
    searcher = store.searcher()
    assert searcher is not None
    wanted, dropped = _docs(searcher, positive), _docs(searcher, negated)
    # The corpus makes each case telling: NOT removes some matches and leaves others.
    assert wanted & dropped and wanted - dropped
    parsed = parse_query(query, make_parser(searcher.schema))
    rewritten = scoring_form(parsed)
    assert isinstance(rewritten, wq.AndNot)
    as_parsed = [hit.docnum for hit in searcher.search(parsed, limit=None)]
    as_rewritten = [hit.docnum for hit in searcher.search(rewritten, limit=None)]
    assert set(as_rewritten) == wanted - dropped
    assert as_rewritten == as_parsed


def test_a_lone_not_matches_every_other_article(store: ArticleStore) -> None:
    searcher = store.searcher()
    assert searcher is not None
    everything = set(searcher.reader().all_doc_ids())
    japon = _docs(searcher, "japon")
    assert japon and everything - japon
    parsed = parse_query("NOT japon", make_parser(searcher.schema))
    assert {hit.docnum for hit in searcher.search(scoring_form(parsed), limit=None)} == everything - japon
