"""The core of reader: parsing, indexing and searching articles, behind the `Library` facade."""

from index.article import Article, ArticleSummary
from index.library import Hit, IngestReport, Library, SearchResults, SourceCount
from index.query import QueryError
from index.snippet import Snippet
from index.store import IndexBusy, IndexUnusable

__all__ = [
    "Article",
    "ArticleSummary",
    "Hit",
    "IndexBusy",
    "IndexUnusable",
    "IngestReport",
    "Library",
    "QueryError",
    "SearchResults",
    "Snippet",
    "SourceCount",
]
