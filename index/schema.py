"""The Whoosh schema of the article index."""

from __future__ import annotations

from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, DATETIME, ID, KEYWORD, STORED, TEXT, Schema

from index.analysis import french_analyzer, name_analyzer

# Bump when the schema or the analysis changes: an index of another version is rebuilt.
SCHEMA_VERSION = 3


def article_schema() -> Schema:
    french = french_analyzer()
    names = name_analyzer()
    return Schema(
        # id, path and hash are also columns so incremental indexing reads no stored bodies.
        id=ID(stored=True, unique=True, sortable=True),
        path=ID(stored=True, sortable=True),
        content_hash=ID(stored=True, sortable=True),
        title=TEXT(analyzer=french, stored=True, field_boost=2.0),
        source=TEXT(analyzer=names, stored=True),
        # The site name as one term: for `articles(source=...)`, `sources()` and grouping.
        site=ID(stored=False, sortable=True),
        body=TEXT(analyzer=french, stored=True),
        lead=STORED(),
        url=STORED(),
        # Wall-clock time as the article gives it (naive), for date queries and sorting;
        # `date_iso` keeps the original with its timezone.
        date=DATETIME(sortable=True),
        date_iso=STORED(),
        # What a list row shows, as columns: listing 20,000 articles must not read their bodies.
        title_column=COLUMN(VarBytesColumn()),
        date_column=COLUMN(VarBytesColumn()),
        # Entity names, searchable word by word or as "phrases": person:poutine, place:"corée du nord".
        person=TEXT(analyzer=names),
        place=TEXT(analyzer=names),
        org=TEXT(analyzer=names),
        entity=TEXT(analyzer=names),
        # One folded key per entity, for articles_with(); the entities themselves (names,
        # types, counts, spans) as JSON in a column, so the library-wide table reads no bodies.
        entity_keys=KEYWORD(commas=True),
        entities=COLUMN(VarBytesColumn()),
    )
