"""Parse what the user typed into a Whoosh query, or say in one line what is wrong with it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from whoosh import query as wq
from whoosh.fields import Schema
from whoosh.qparser import AndGroup, FieldAliasPlugin, GtLtPlugin, MultifieldParser

from index.errors import QueryError
from index.store.analysis import french_analyzer
from index.text import sanitize_line

# The body field also indexes the headline: one field to score per word.
DEFAULT_FIELDS = ("body",)
FIELD_ALIASES = {
    "title": ["titre"],
    "body": ["texte", "corps", "text"],
    "source": ["site"],
    "person": ["personne", "per"],
    "place": ["lieu", "loc"],
    "org": ["organisation", "organization"],
    # `date:` queries go to the day field, whose ranges cost far fewer terms.
    "day": ["date"],
}
MAX_QUERY_CHARS = 1000


def make_parser(schema: Schema) -> MultifieldParser:
    parser = MultifieldParser(list(DEFAULT_FIELDS), schema, group=AndGroup)
    parser.add_plugin(GtLtPlugin())
    parser.add_plugin(FieldAliasPlugin(FIELD_ALIASES))
    return parser


def _walk(node: wq.Query) -> Iterator[wq.Query]:
    yield node
    if node.is_leaf():
        return
    for child in node.children():
        yield from _walk(child)


def parse_query(text: str, parser: MultifieldParser) -> wq.Query:
    """A Whoosh query for `text`: words (all must match), "phrases", AND/OR/NOT, field:value,
    date:2023 and date:[2023-06-01 TO 2023-12-31]."""
    text = sanitize_line(text)
    if not text:
        raise QueryError("empty query: type a word to search for")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(text)} characters, limit {MAX_QUERY_CHARS})")
    _check_operators(text)
    try:
        parsed = parser.parse(text)
    except Exception as error:  # Whoosh raises bare ValueError/Exception on bad ranges
        raise QueryError(f"cannot understand {text!r}: {_reason(error)}") from error
    for node in _walk(parsed):
        problem = getattr(node, "error", None)
        if problem is not None:
            raise QueryError(f"cannot understand {text!r}: {_reason(problem)}")
    if parsed is wq.NullQuery or isinstance(parsed, type(wq.NullQuery)):
        raise QueryError(f"nothing to search for in {text!r}: only common words")
    return parsed


_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})


def _check_operators(text: str) -> None:
    """What Whoosh's parser silently reads as something else: an unclosed quote, a query of
    operators alone, an operator with nothing on one side ("poutine NOT" found "notamment")."""
    if text.count('"') % 2:
        raise QueryError(f'cannot understand {text!r}: a quote is not closed (add the closing ")')
    words = [word for word in re.sub(r'"[^"]*"', " PHRASE ", text).split() if word not in "()"]
    if words and all(word in _OPERATORS for word in words):
        raise QueryError(f"cannot understand {text!r}: only operators, no word to search for")
    if words and words[-1] in _OPERATORS:
        raise QueryError(f"cannot understand {text!r}: {words[-1]} needs a word after it")
    if words and words[0] in _OPERATORS - {"NOT"}:
        raise QueryError(f"cannot understand {text!r}: {words[0]} needs a word before it")


def scoring_form(parsed: wq.Query) -> wq.Query:
    """The same query with `a NOT b` as Whoosh's AndNot. The parser makes it an intersection
    with an inverse matcher, which scores every match (it cannot skip blocks that will not
    reach the top) and adds 1 to each score: 38 % slower for "russie NOT ukraine".

    A NOT with nothing to subtract from ("NOT japon", "a OR NOT b") becomes every live
    document minus the negated ones: Whoosh's inverse matcher also yields deleted
    documents, whose stored fields stay readable until the next merge."""
    if isinstance(parsed, wq.Not):
        return wq.AndNot(wq.Every(), scoring_form(parsed.query))
    if isinstance(parsed, wq.And):
        return _and_form(parsed)
    if isinstance(parsed, wq.Phrase):
        return phrase_form(parsed)
    return parsed if parsed.is_leaf() else parsed.apply(scoring_form)


def phrase_form(phrase: wq.Phrase) -> wq.Query:
    """A phrase of the body as terms of the `pairs` field: two words are one pair term;
    longer phrases need all their pairs, and their positions are checked only on the articles
    that have them all. The pairs score the matches: a pair term supports Whoosh's block
    skipping, a phrase matcher does not (it decoded positions for each of 4,571 matches of
    "soutien total" where 20 were shown)."""
    if phrase.fieldname != "body" or phrase.slop != 1 or len(phrase.words) < 2:
        return phrase
    pairs = [wq.Term("pairs", f"{a} {b}", boost=phrase.boost) for a, b in pairwise(phrase.words)]
    if len(pairs) == 1:
        return pairs[0]
    return wq.Require(wq.And(pairs), phrase)


def _and_form(node: wq.And) -> wq.Query:
    negated = [scoring_form(child.query) for child in node.subqueries if isinstance(child, wq.Not)]
    positive = [scoring_form(child) for child in node.subqueries if not isinstance(child, wq.Not)]
    if negated and positive and node.boost == 1:  # AndNot has no boost of its own
        kept = positive[0] if len(positive) == 1 else wq.And(positive)
        dropped = negated[0] if len(negated) == 1 else wq.Or(negated)
        return wq.AndNot(kept, dropped)
    return node.apply(scoring_form)


def _reason(error: object) -> str:
    message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if "invalid literal for int" in message or "not a parseable date" in message:
        return "dates are written YYYY, YYYY-MM or YYYY-MM-DD (date:[2023-06-01 TO 2023-12-31])"
    return message


def matched_terms(parsed: wq.Query) -> set[str]:
    """The index terms of the query's words in the default fields, negated ones left out."""
    wanted: set[str] = set()
    for node in _walk(parsed):
        if isinstance(node, wq.Not):
            continue
        # (A phrase's words count: Whoosh leaves them out unless asked.)
        for fieldname, term in node.terms(phrases=True) if node.is_leaf() else ():
            if fieldname in DEFAULT_FIELDS:
                wanted.add(term.decode("utf-8") if isinstance(term, bytes) else term)
    negated = {
        t.decode("utf-8") if isinstance(t, bytes) else t
        for node in _walk(parsed)
        if isinstance(node, wq.Not)
        for _f, t in node.all_terms()
    }
    return wanted - negated


def term_spans(parsed: wq.Query, text: str) -> list[tuple[int, int]]:
    """[start, end) of every word of `text` that one of the query's title/body terms matches
    (negated terms excluded)."""
    wanted = matched_terms(parsed)
    if not wanted:
        return []
    analyzer = french_analyzer()
    return [(t.startchar, t.endchar) for t in analyzer(text, chars=True, mode="index") if t.text in wanted]
