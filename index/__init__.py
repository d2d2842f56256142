"""The core of reader: reading pages, extracting entities, indexing and searching articles, behind `Library`.

The rooms, from the bottom up: `page` (scraped text -> Article), `entities` (NER and its
cleanup), `store` (Whoosh on disk), `search` (queries, lists, related coverage) and `ingest`
(files -> index), with shared `records`, `errors`, `text` and `locations`. Everything a
program outside the core needs is exported here."""

from index.atomic_write import write_atomically
from index.errors import (
    AliasFileError,
    DataDirectoryError,
    EntityModelMissing,
    IndexBusy,
    IndexUnusable,
    QueryError,
    ReaderError,
)
from index.ingest.options import IngestOptions
from index.library import Library
from index.locations import DEBUG_VARIABLE, DataFiles, bundled_seeds, data_home, debugging
from index.records import (
    ENTITY_KINDS,
    ENTITY_TYPES,
    KIND_OF,
    WRITING,
    AddReport,
    Article,
    ArticleEntity,
    ArticleSummary,
    EntityInfo,
    EntityKind,
    FeedInfo,
    FetchReport,
    Hit,
    IngestReport,
    Reasons,
    Related,
    SearchResults,
    Snippet,
    SourceCount,
)
from index.search.searching import SORTS
from index.text import fold, printable

__all__ = [
    "DEBUG_VARIABLE",
    "ENTITY_KINDS",
    "ENTITY_TYPES",
    "KIND_OF",
    "SORTS",
    "WRITING",
    "AddReport",
    "AliasFileError",
    "Article",
    "ArticleEntity",
    "ArticleSummary",
    "DataDirectoryError",
    "DataFiles",
    "EntityInfo",
    "EntityKind",
    "EntityModelMissing",
    "FeedInfo",
    "FetchReport",
    "Hit",
    "IndexBusy",
    "IndexUnusable",
    "IngestOptions",
    "IngestReport",
    "Library",
    "QueryError",
    "ReaderError",
    "Reasons",
    "Related",
    "SearchResults",
    "Snippet",
    "SourceCount",
    "bundled_seeds",
    "data_home",
    "debugging",
    "fold",
    "printable",
    "write_atomically",
]
