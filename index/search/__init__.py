"""Searching the library: the query language, hits with snippets, lists of articles, related coverage."""
