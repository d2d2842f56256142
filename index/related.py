"""Related coverage: other articles ranked by shared key terms, shared rare entities and time."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from whoosh import query as wq
from whoosh.searching import Searcher

from index.analysis import french_analyzer
from index.article import ArticleEntity, ArticleSummary
from index.store import ArticleStore, summary_from_stored

# How much each signal weighs in the score (each signal is in [0, 1]).
TEXT_WEIGHT, ENTITY_WEIGHT, TIME_WEIGHT = 0.5, 0.4, 0.1
KEY_TERMS = 15
CANDIDATES = 60
# Half the time score after this many days between the two articles.
TIME_HALF_LIFE_DAYS = 30.0
# Below this score an article shares too little to be called related coverage.
MIN_SCORE = 0.08
# Word 5-gram overlap above which two texts are the same story copied, not related coverage.
DUPLICATE_OVERLAP = 0.6
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Reasons:
    """Why an article is related: the entities and key words it shares, and the time apart."""

    entities: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    days_apart: int | None = None

    def to_json(self) -> dict[str, object]:
        return {"entities": list(self.entities), "terms": list(self.terms), "days_apart": self.days_apart}

    def short(self) -> str:
        """One line for a sidebar: the shared entities, else the shared words."""
        return ", ".join(self.entities[:3]) or ", ".join(self.terms[:4])


@dataclass(frozen=True)
class Related:
    """A related article, its score in [0, 1], why, and the copies of it that were folded in."""

    article: ArticleSummary
    score: float
    reasons: Reasons
    also_in: tuple[ArticleSummary, ...] = field(default=())

    def to_json(self) -> dict[str, object]:
        return {
            **self.article.to_json(),
            "score": round(self.score, 4),
            "reasons": self.reasons.to_json(),
            "also_in": [copy.to_json() for copy in self.also_in],
        }


@dataclass
class _Candidate:
    docnum: int
    text: float = 0.0
    terms: list[str] = field(default_factory=list)
    entities: float = 0.0
    shared: list[tuple[float, str]] = field(default_factory=list)


def _surface_forms(text: str) -> dict[str, str]:
    """stem -> the first word of `text` that analyses to it, to show "impérialistes" not "imperial"."""
    forms: dict[str, str] = {}
    for token in french_analyzer()(text, chars=True, mode="index"):
        forms.setdefault(token.text, text[token.startchar : token.endchar].lower())
    return forms


def _shingles(text: str, size: int = 5) -> set[int]:
    words = [w.lower() for w in _WORDS.findall(text)]
    return {hash(tuple(words[i : i + size])) for i in range(max(0, len(words) - size + 1))}


def overlap(a: str, b: str) -> float:
    """Word 5-gram containment of the shorter text in the longer: 1.0 for the same text."""
    first, second = _shingles(a), _shingles(b)
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


def find_related(
    store: ArticleStore, searcher: Searcher, docnum: int, limit: int
) -> tuple[list[Related], list[ArticleSummary]]:
    """The articles related to document `docnum`, best first, and its duplicates."""
    stored = searcher.stored_fields(docnum)
    own_entities = store.entities_of(docnum)
    text = f"{stored.get('title', '')}\n\n{stored.get('body', '')}"
    candidates: dict[int, _Candidate] = {}
    _by_text(searcher, docnum, text, candidates)
    _by_entities(searcher, docnum, own_entities, candidates)
    candidates.pop(docnum, None)

    own_date = summary_from_stored(stored).date
    scored: list[tuple[float, _Candidate, ArticleSummary, Reasons]] = []
    for candidate in candidates.values():
        other = summary_from_stored(searcher.stored_fields(candidate.docnum))
        time_score, days = _closeness(own_date, other.date)
        score = TEXT_WEIGHT * candidate.text + ENTITY_WEIGHT * candidate.entities + TIME_WEIGHT * time_score
        shared = tuple(name for _, name in sorted(candidate.shared, reverse=True))
        reasons = Reasons(shared[:6], tuple(candidate.terms[:6]), days)
        scored.append((score, candidate, other, reasons))
    scored.sort(key=lambda item: (-item[0], item[2].id))

    body = stored.get("body", "")
    duplicates: list[ArticleSummary] = []
    related: list[Related] = []
    for score, candidate, other, reasons in scored:
        if score < MIN_SCORE or (len(related) >= limit and candidate.text < 0.5):
            break
        other_body = searcher.stored_fields(candidate.docnum).get("body", "")
        if candidate.text >= 0.5 and overlap(body, other_body) >= DUPLICATE_OVERLAP:
            duplicates.append(other)
            continue
        copy_of = next(
            (r for r in related if overlap(_body(searcher, r.article.id), other_body) >= DUPLICATE_OVERLAP),
            None,
        )
        if copy_of is not None:
            related[related.index(copy_of)] = Related(
                copy_of.article, copy_of.score, copy_of.reasons, (*copy_of.also_in, other)
            )
        elif len(related) < limit:
            related.append(Related(other, min(1.0, score), reasons))
    return related, duplicates


def _body(searcher: Searcher, article_id: str) -> str:
    stored = searcher.document(id=article_id) or {}
    return str(stored.get("body", ""))


def _by_text(searcher: Searcher, docnum: int, text: str, candidates: dict[int, _Candidate]) -> None:
    """More-like-this on the article's key terms (Whoosh's Bo1 expansion over the body)."""
    key_terms = searcher.key_terms_from_text("body", text, numterms=KEY_TERMS)
    if not key_terms:
        return
    forms = _surface_forms(text)
    q = wq.Or([wq.Term("body", term, boost=weight) for term, weight in key_terms])
    results = searcher.search(q, limit=CANDIDATES, terms=True)
    own = next((hit.score for hit in results if hit.docnum == docnum), None)
    best = own or max((hit.score for hit in results), default=0.0) or 1.0
    order = {term: rank for rank, (term, _w) in enumerate(key_terms)}
    for hit in results:
        candidate = candidates.setdefault(hit.docnum, _Candidate(hit.docnum))
        candidate.text = min(1.0, hit.score / best)
        matched = sorted(
            (_text(t) for f, t in hit.matched_terms() if f == "body"),
            key=lambda t: order.get(t, 99),
        )
        candidate.terms = [forms.get(t, t) for t in matched]


def _by_entities(
    searcher: Searcher, docnum: int, entities: Sequence[ArticleEntity], candidates: dict[int, _Candidate]
) -> None:
    """Articles sharing the entities, each weighted by its rarity in the library (IDF)."""
    if not entities:
        return
    total = max(searcher.doc_count(), 1)
    weights: dict[str, tuple[float, str]] = {}
    for entity in entities:
        frequency = searcher.doc_frequency("entity_keys", entity.key) or 1
        weights[entity.key] = (math.log(1 + total / frequency), entity.name)
    possible = sum(weight for weight, _ in weights.values()) or 1.0
    q = wq.Or([wq.Term("entity_keys", key) for key in weights])
    results = searcher.search(q, limit=CANDIDATES * 2, terms=True)
    for hit in results:
        if hit.docnum == docnum:
            continue
        keys = {
            t.decode() if isinstance(t, bytes) else t for f, t in hit.matched_terms() if f == "entity_keys"
        }
        candidate = candidates.setdefault(hit.docnum, _Candidate(hit.docnum))
        candidate.shared = [weights[k] for k in keys if k in weights]
        candidate.entities = sum(weight for weight, _ in candidate.shared) / possible


def _closeness(a: datetime | None, b: datetime | None) -> tuple[float, int | None]:
    if a is None or b is None:
        return 0.0, None
    days = abs((a.replace(tzinfo=None) - b.replace(tzinfo=None)).days)
    return 0.5 ** (days / TIME_HALF_LIFE_DAYS), days


def _text(term: str | bytes) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term
