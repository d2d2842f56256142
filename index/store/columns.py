"""Articles read back from the index's columns, not their stored bodies: hashes, rows, dates, entities."""

from __future__ import annotations

from collections.abc import Iterator

from index.records import ArticleEntity, ArticleSummary
from index.store.documents import decode_entities, row_from_columns, text_of
from index.store.searcher_memory import SearcherMemory
from index.store.segments import column_values, leaf_of

# Up to this many list rows are read document by document; more, and every row is read
# column by column (10x cheaper per row) and kept for the searcher's lifetime.
FEW_ROWS = 500
# What Whoosh's date column holds for an undated article.
MISSING_DATE = 2**64 - 1
_ROW_COLUMNS = ("id", "path", "title_column", "site", "url_column", "feed")


def hashes(memory: SearcherMemory) -> dict[str, tuple[str, str]]:
    """path -> (id, content hash) of every article, read from columns (no stored bodies)."""
    reader = memory.searcher.reader()
    if reader.doc_count_all() == 0:
        return {}
    paths = reader.column_reader("path")
    ids = reader.column_reader("id")
    digests = reader.column_reader("content_hash")
    return {text_of(paths[n]): (text_of(ids[n]), text_of(digests[n])) for n in reader.all_doc_ids()}


def entity_data(memory: SearcherMemory, docnum: int) -> bytes:
    """A document's entities, encoded (see documents.encode_entities)."""
    # A column reader loads the column's offsets: one per searcher, not one per call.
    column = memory.get("entities column", lambda: memory.searcher.reader().column_reader("entities"))
    return bytes(column[docnum])


def entities_of(memory: SearcherMemory, docnum: int) -> list[ArticleEntity]:
    return decode_entities(entity_data(memory, docnum))


def entity_rows(memory: SearcherMemory) -> Iterator[tuple[str, list[ArticleEntity]]]:
    """(article id, its entities) for every article, read from columns only."""
    reader = memory.searcher.reader()
    if reader.doc_count_all() == 0:
        return
    ids = reader.column_reader("id")
    column = reader.column_reader("entities")
    for docnum in reader.all_doc_ids():
        yield text_of(ids[docnum]), decode_entities(column[docnum])


def summaries(memory: SearcherMemory, docnums: list[int]) -> list[ArticleSummary]:
    """List rows for `docnums`, in order: a first page document by document, more from
    whole columns read once per searcher."""
    if not docnums:
        return []
    if not memory.has("rows") and len(docnums) <= FEW_ROWS:
        return _some_rows(memory, docnums)
    rows = memory.get("rows", lambda: _all_rows(memory))
    return [rows[n] for n in docnums]


def _some_rows(memory: SearcherMemory, docnums: list[int]) -> list[ArticleSummary]:
    reader = memory.searcher.reader()
    columns = [reader.column_reader(name) for name in (*_ROW_COLUMNS, "date_column")]
    return [row_from_columns(*(column[n] for column in columns)) for n in docnums]


def _all_rows(memory: SearcherMemory) -> list[ArticleSummary]:
    # Whole columns in one pass each: per-document column access costs ~10x more.
    reader = memory.searcher.reader()
    columns = [column_values(reader, name) for name in _ROW_COLUMNS]
    dates = column_values(reader, "date_column")
    return [row_from_columns(*values) for values in zip(*columns, dates, strict=True)]


def date_keys(memory: SearcherMemory) -> list[int]:
    """Every document's raw date column value (MISSING_DATE when undated): sorting needs all."""
    return memory.get(
        "dates", lambda: column_values(memory.searcher.reader(), "date", MISSING_DATE, translate=False)
    )


def date_key(memory: SearcherMemory, docnum: int) -> int:
    """One document's raw date column value, without reading the whole column (0.34 s at
    100,000 articles) when it is not read already: related articles need ~100 of them."""
    dates = memory.peek("dates", list)
    if dates is not None:
        return int(dates[docnum])
    leaf, offset = leaf_of(memory.searcher.reader(), docnum)
    if not leaf.has_column("date"):
        return MISSING_DATE
    return int(leaf.column_reader("date", translate=False)[docnum - offset])
