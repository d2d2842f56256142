"""The core of reader: parsing, indexing and searching articles, behind the `Library` facade."""

from index.article import Article, ArticleEntity, ArticleSummary
from index.entities.aliases import AliasFileError
from index.entities.model import EntityModelMissing
from index.entities.table import EntityInfo
from index.library import Hit, Library, SearchResults, SourceCount
from index.query import QueryError
from index.related import Reasons, Related
from index.report import WRITING, IngestReport
from index.snippet import Snippet
from index.store import DataDirectoryError, IndexBusy, IndexUnusable

__all__ = [
    "WRITING",
    "AliasFileError",
    "Article",
    "ArticleEntity",
    "ArticleSummary",
    "DataDirectoryError",
    "EntityInfo",
    "EntityModelMissing",
    "Hit",
    "IndexBusy",
    "IndexUnusable",
    "IngestReport",
    "Library",
    "QueryError",
    "Reasons",
    "Related",
    "SearchResults",
    "Snippet",
    "SourceCount",
]
