"""Related coverage: other articles ranked by shared key terms, shared rare entities and time."""

from __future__ import annotations

import functools
import heapq
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from whoosh import query as wq
from whoosh.util.times import long_to_datetime

from index.records import ArticleSummary, Reasons, Related
from index.store.analysis import french_analyzer
from index.store.columns import MISSING_DATE, date_key, entities_of, entity_data
from index.store.documents import entity_keys, summary_from_stored
from index.store.searcher_memory import SearcherMemory
from index.store.segments import leaf_of
from index.store.term_stats import TermStats

# How much each signal weighs in the score (each signal is in [0, 1]).
TEXT_WEIGHT, ENTITY_WEIGHT, TIME_WEIGHT = 0.5, 0.4, 0.1
KEY_TERMS = 15
QUERY_TERMS = 6
REASON_TERMS = 8
CANDIDATES = 60
# Terms or entities in more of the library than this share are left out of the candidate
# queries: they match everything, cost the most, and tell the least.
COMMON_SHARE = 0.05
# Half the time score after this many days between the two articles.
TIME_HALF_LIFE_DAYS = 30.0
# Below this score an article shares too little to be called related coverage.
MIN_SCORE = 0.08
# Word 5-gram overlap above which two texts are the same story copied, not related coverage.
DUPLICATE_OVERLAP = 0.6
_WORDS = re.compile(r"\w+")


@dataclass
class _Candidate:
    docnum: int
    text: float = 0.0
    entities: float = 0.0
    shared: list[tuple[float, str]] = field(default_factory=list)
    time: float = 0.0
    days: int | None = None

    @property
    def score(self) -> float:
        return TEXT_WEIGHT * self.text + ENTITY_WEIGHT * self.entities + TIME_WEIGHT * self.time


def _shingles(text: str, size: int = 5) -> set[int]:
    words = [w.lower() for w in _WORDS.findall(text)]
    return {hash(tuple(words[i : i + size])) for i in range(max(0, len(words) - size + 1))}


def _containment(first: set[int], second: set[int]) -> float:
    """Word 5-gram containment of the shorter text in the longer: 1.0 for the same text."""
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


class RelatedFinder:
    """One search for one article: candidates by text and by rare entities, then scored."""

    def __init__(self, memory: SearcherMemory, docnum: int) -> None:
        self.memory, self.searcher, self.docnum = memory, memory.searcher, docnum
        self.reader = self.searcher.reader()
        # Remembered per searcher: related lookups ask for the same words again and again.
        self.stats = memory.get("term stats", lambda: TermStats(self.reader))
        self.total = max(self.searcher.doc_count(), 1)
        self.stored = self.searcher.stored_fields(docnum)
        self.text = f"{self.stored.get('title', '')}\n\n{self.stored.get('body', '')}"
        self.entities = entities_of(memory, docnum)
        self.key_terms: list[str] = []

    def find(self, limit: int) -> tuple[list[Related], list[ArticleSummary]]:
        candidates: dict[int, _Candidate] = {}
        self._by_text(candidates)
        self._by_entities(candidates)
        candidates.pop(self.docnum, None)
        self._score_entities_and_time(candidates)
        ranked = sorted(candidates.values(), key=lambda c: (-c.score, c.docnum))
        return self._assemble([c for c in ranked if c.score >= MIN_SCORE], limit)

    def _common(self, fieldname: str, term: str) -> bool:
        return self.stats.doc_frequency(fieldname, term) > max(20, COMMON_SHARE * self.total)

    def _by_text(self, candidates: dict[int, _Candidate]) -> None:
        """More-like-this on the article's key terms (Whoosh's Bo1 expansion over the body)."""
        key_terms = self.stats.key_terms("body", self.text, KEY_TERMS)
        if not key_terms:
            return
        self.key_terms = [term for term, _weight in key_terms]
        chosen = [(t, w) for t, w in key_terms if not self._common("body", t)][:QUERY_TERMS]
        if not chosen:  # everything is common: the rarest few still rank something
            chosen = sorted(key_terms, key=lambda tw: self.stats.doc_frequency("body", tw[0]))[:5]
        # DefaultOr, not Or: for segments under 5,000 documents Or picks Whoosh's array union,
        # which fills a 2,048-slot array per segment (40 % of this search in the profile).
        q = wq.DefaultOr([wq.Term("body", term, boost=weight) for term, weight in chosen])
        results = self.searcher.search(q, limit=CANDIDATES)
        best = max((hit.score for hit in results), default=0.0) or 1.0
        for hit in results:
            candidates.setdefault(hit.docnum, _Candidate(hit.docnum)).text = min(1.0, hit.score / best)

    @functools.cached_property
    def _entity_weights(self) -> dict[str, tuple[float, str]]:
        """entity key -> (its rarity in the library (IDF), its name), for the article's entities."""
        weights = {}
        for entity in self.entities:
            frequency = self.stats.doc_frequency("entity_keys", entity.key) or 1
            weights[entity.key] = (math.log(1 + self.total / frequency), entity.name)
        return weights

    def _by_entities(self, candidates: dict[int, _Candidate]) -> None:
        """Articles sharing the article's rarer entities, the rarest shared first. Read from
        the postings' document lists: a scored search of the same terms cost six times more."""
        weights = self._entity_weights
        rare = [e.key for e in self.entities if not self._common("entity_keys", e.key)]
        sharing: dict[int, float] = defaultdict(float)
        for key in rare[:QUERY_TERMS]:
            for docnum in self.searcher.docs_for_query(wq.Term("entity_keys", key)):
                sharing[docnum] += weights[key][0]
        sharing.pop(self.docnum, None)
        for docnum in heapq.nsmallest(CANDIDATES, sharing, key=lambda d: (-sharing[d], d)):
            candidates.setdefault(docnum, _Candidate(docnum))

    def _score_entities_and_time(self, candidates: dict[int, _Candidate]) -> None:
        """Shared entities weighted by rarity (IDF), read from the entities column; time from
        the date column: no stored fields are read for candidates that will not be shown."""
        weights = self._entity_weights
        possible = sum(weight for weight, _ in weights.values()) or 1.0
        own_date = self._date(self.docnum)
        for candidate in candidates.values():
            keys = entity_keys(entity_data(self.memory, candidate.docnum)) if weights else set()
            candidate.shared = [weights[key] for key in keys if key in weights]
            candidate.entities = sum(weight for weight, _ in candidate.shared) / possible
            candidate.time, candidate.days = _closeness(own_date, self._date(candidate.docnum))

    def _date(self, docnum: int) -> datetime | None:
        value = date_key(self.memory, docnum)
        return None if value >= MISSING_DATE else long_to_datetime(value)

    def _assemble(
        self, ranked: Sequence[_Candidate], limit: int
    ) -> tuple[list[Related], list[ArticleSummary]]:
        own = _shingles(str(self.stored.get("body", "")))
        duplicates: list[ArticleSummary] = []
        related: list[Related] = []
        shingles: dict[str, set[int]] = {}
        forms: dict[str, str] | None = None
        # Copies score high on text: looking a few places past the limit finds them.
        for candidate in ranked[: limit * 3]:
            if len(related) >= limit and candidate.text < 0.5:
                break
            stored = self.searcher.stored_fields(candidate.docnum)
            other = summary_from_stored(stored)
            other_shingles = _shingles(str(stored.get("body", "")))
            if candidate.text >= 0.5 and _containment(own, other_shingles) >= DUPLICATE_OVERLAP:
                duplicates.append(other)
                continue
            copy_of = next(
                (
                    i
                    for i, r in enumerate(related)
                    if _containment(shingles[r.article.id], other_shingles) >= DUPLICATE_OVERLAP
                ),
                None,
            )
            if copy_of is not None:
                first = related[copy_of]
                related[copy_of] = Related(first.article, first.score, first.reasons, (*first.also_in, other))
            elif len(related) < limit:
                if forms is None:
                    forms = _surface_forms(self.text)
                shingles[other.id] = other_shingles
                reasons = Reasons(
                    tuple(name for _, name in sorted(candidate.shared, reverse=True))[:6],
                    tuple(forms.get(t, t) for t in self._shared_terms(candidate.docnum))[:6],
                    candidate.days,
                )
                related.append(Related(other, min(1.0, candidate.score), reasons))
        return related, duplicates

    def _shared_terms(self, docnum: int) -> list[str]:
        """The article's key terms that `docnum` contains, from the postings (no re-analysis)
        of the one segment that holds it: the whole index's postings open every segment."""
        leaf, offset = leaf_of(self.reader, docnum)
        shared = []
        for term in self.key_terms[:REASON_TERMS]:
            if ("body", term) not in leaf:
                continue
            postings = leaf.postings("body", term)
            postings.skip_to(docnum - offset)
            if postings.is_active() and postings.id() == docnum - offset:
                shared.append(term)
        return shared


def _surface_forms(text: str) -> dict[str, str]:
    """stem -> the first word of `text` that analyses to it, to show "impérialistes" not "imperial"."""
    forms: dict[str, str] = {}
    for token in french_analyzer()(text, chars=True, mode="index"):
        forms.setdefault(token.text, text[token.startchar : token.endchar].lower())
    return forms


def _closeness(a: datetime | None, b: datetime | None) -> tuple[float, int | None]:
    if a is None or b is None:
        return 0.0, None
    days = abs((a - b).days)
    return 0.5 ** (days / TIME_HALF_LIFE_DAYS), days


def find_related(
    memory: SearcherMemory, docnum: int, limit: int
) -> tuple[list[Related], list[ArticleSummary]]:
    """The articles related to document `docnum`, best first, and its duplicates."""
    return RelatedFinder(memory, docnum).find(limit)
