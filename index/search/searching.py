"""Run a query: the best hits with highlighted snippets, or where its words occur in a text."""

from __future__ import annotations

from whoosh import query as wq
from whoosh.qparser import MultifieldParser
from whoosh.sorting import ScoreFacet

from index.errors import QueryError
from index.records import Hit, SearchResults
from index.search.listing import NEWEST_FIRST
from index.search.query import make_parser, matched_terms, parse_query, scoring_form, term_spans
from index.search.snippet import MarkFormatter, SnippetWindow, fragmenter, lead_snippet, unmark
from index.store.documents import summary_from_stored
from index.store.searcher_memory import SearcherMemory

SORTS = ("relevance", "date")


def parser_of(memory: SearcherMemory) -> MultifieldParser:
    return memory.get("parser", lambda: make_parser(memory.searcher.schema))


def search(
    memory: SearcherMemory,
    query: str,
    limit: int | None,
    sort: str,
    snippets: bool,
    within: wq.Query | None = None,
) -> SearchResults:
    """Articles matching `query` (and `within` when given), best first or newest first."""
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
    parsed = parse_query(query, parser_of(memory))
    sortedby = [NEWEST_FIRST, ScoreFacet()] if sort == "date" else None
    # No terms=True and no exact count unless Whoosh has one: both force scoring every
    # matching document instead of skipping the blocks that cannot reach the top.
    scoring = scoring_form(parsed)
    results = memory.searcher.search(scoring, limit=limit, sortedby=sortedby, filter=within)
    results.formatter = MarkFormatter()
    results.fragmenter = fragmenter()
    terms = matched_terms(parsed)
    window = SnippetWindow(terms)
    hits = []
    # Snippets highlight the words as the user asked for them (a phrase's words, not the
    # pair terms it is searched by): Whoosh takes them from the results' query.
    results.q = parsed
    for hit in results:
        stored = hit.fields()
        body = stored.get("body") or ""
        # A query with no word in the body (date:, source:, title:) has nothing to highlight.
        marked = hit.highlights("body", text=window(body), top=2) if snippets and terms and body else ""
        snippet = unmark(marked) if marked else lead_snippet(stored.get("lead") or "")
        # Sorted by date, Whoosh's hit.score is the sort key; the score facet is its last part.
        score = -hit.score[-1] if sortedby else hit.score
        hits.append(Hit(summary_from_stored(stored), float(score or 0.0), snippet))
    results.q = scoring
    if limit is None or len(hits) < limit:
        return SearchResults(hits, len(hits))  # every match was collected
    # (Whoosh's exact length counts the documents a filter left out: not used with one.)
    if within is None and results.has_exact_length():
        return SearchResults(hits, len(results))
    # Whoosh's estimate is an upper bound, far off for AND queries (2.5 times) and over the
    # library for wildcards: below EXACT_COUNT_UNDER matches, count them without scoring.
    # (Counting walks every match again: at 20,000 articles it doubled the time of a phrase
    # of 1,900 matches, 49 -> 108 ms, so larger counts stay estimates.)
    estimate = min(results.estimated_length(), memory.searcher.doc_count())
    if estimate <= EXACT_COUNT_UNDER:
        return SearchResults(hits, _count_matches(memory, scoring, within))
    return SearchResults(hits, estimate, True)


EXACT_COUNT_UNDER = 1_000


def _count_matches(memory: SearcherMemory, query: wq.Query, within: wq.Query | None) -> int:
    """How many documents match, walking the postings without scoring them."""
    searcher = memory.searcher
    matching = set(query.docs(searcher))
    if within is not None:
        matching &= set(within.docs(searcher))
    reader = searcher.reader()
    if reader.has_deletions():
        matching = {doc for doc in matching if not reader.is_deleted(doc)}
    return len(matching)


def match_spans(memory: SearcherMemory, query: str, text: str) -> list[tuple[int, int]]:
    """Where the words of `query` occur in `text`; [] when the query cannot be parsed."""
    if not query.strip():
        return []
    try:
        parsed = parse_query(query, parser_of(memory))
    except QueryError:
        return []
    return term_spans(parsed, text)
