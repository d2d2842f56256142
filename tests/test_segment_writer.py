"""The article writer writes the same index as Whoosh's SegmentWriter, terms and their statistics."""

from __future__ import annotations

from pathlib import Path

from whoosh.writing import SegmentWriter

from index.page.parse import parse_article
from index.store.article_store import ArticleStore
from index.store.documents import article_fields
from index.store.segment_writer import ArticleWriter
from tests.corpus import write_mixed_corpus


def term_statistics(store: ArticleStore) -> dict[tuple[str, bytes], tuple[float, ...]]:
    searcher = store.searcher()
    assert searcher is not None
    reader = searcher.reader()
    statistics = {}
    for fieldname, text in reader.all_terms():
        info = reader.term_info(fieldname, text)
        statistics[(fieldname, text)] = (
            info.weight(),
            info.doc_frequency(),
            info.min_length(),
            info.max_length(),
            info.max_weight(),
        )
    return statistics


def test_article_writer_matches_whoosh(tmp_path: Path) -> None:
    paths = write_mixed_corpus(tmp_path / "corpus", 24)
    articles = [parse_article(p.read_text("utf-8"), p) for p in paths]
    stores = []
    for name, writer_class in (("whoosh", SegmentWriter), ("ours", ArticleWriter)):
        store = ArticleStore(tmp_path / name, tmp_path / f"{name}.lock")
        index = store.open(create=True)
        writer = writer_class(index)
        for article in articles:
            writer.add_document(**article_fields(article))
        writer.commit()
        stores.append(store)
    whoosh, ours = (term_statistics(store) for store in stores)
    assert ours == whoosh
    # Lengths are what these statistics depend on: the index has varied ones.
    assert len({stats[2] for (field, _), stats in ours.items() if field == "body"}) > 3
    for store in stores:
        store.close()
