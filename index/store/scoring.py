"""BM25F scoring that reads each segment's field lengths once instead of once per matching document."""

from __future__ import annotations

from typing import Any

from whoosh.reading import IndexReader, SegmentReader
from whoosh.scoring import BM25F, BM25FScorer
from whoosh.searching import Searcher

from index.store.segments import field_lengths_of


def field_lengths(reader: IndexReader, fieldname: str) -> list[int] | None:
    """Every document's length in `fieldname` for one segment, or None where Whoosh's
    storage is not the one this reads (then scoring falls back to Whoosh's own lookup)."""
    if not isinstance(reader, SegmentReader):
        return None
    return field_lengths_of(getattr(reader, "_perdoc", None), fieldname, reader.doc_count_all())


class _Scorer(BM25FScorer):  # type: ignore[misc]
    def __init__(self, searcher: Searcher, fieldname: str, text: bytes, lengths: list[int], **kw: Any):
        super().__init__(searcher, fieldname, text, **kw)
        self._lengths = lengths
        # bm25() with its constants folded: idf * tf * (K1 + 1) / (tf + K1 * ((1 - B) + B * fl / avgfl))
        self._top = self.idf * (self.K1 + 1)
        self._base = self.K1 * (1 - self.B)
        self._per_length = self.K1 * self.B / self.avgfl

    def score(self, matcher: Any) -> float:
        weight = matcher.weight()
        return float(
            self._top * weight / (weight + self._base + self._per_length * self._lengths[matcher.id()])
        )


class FastBM25F(BM25F):  # type: ignore[misc]
    """Whoosh's BM25F, same scores, with field lengths from a per-segment list.

    Whoosh looks a document's field length up in a column for every scored document (a
    third of a search's time in the profile); a segment's whole column is one byte per
    document, so it is read at once. One instance serves one searcher (the store makes
    one with each searcher), so the lengths it keeps live exactly as long as the searcher."""

    def __init__(self) -> None:
        super().__init__()
        self._lengths: dict[tuple[int, str], list[int] | None] = {}

    def _lengths_of(self, reader: IndexReader, fieldname: str) -> list[int] | None:
        key = (id(reader), fieldname)  # segment readers live as long as their searcher
        if key not in self._lengths:
            self._lengths[key] = field_lengths(reader, fieldname)
        return self._lengths[key]

    def scorer(self, searcher: Searcher, fieldname: str, text: bytes, qf: int = 1) -> Any:
        if searcher.schema[fieldname].scorable:
            lengths = self._lengths_of(searcher.reader(), fieldname)
            if lengths is not None:
                B = self._field_B.get(fieldname, self.B)
                return _Scorer(searcher, fieldname, text, lengths, B=B, K1=self.K1, qf=qf)
        return super().scorer(searcher, fieldname, text, qf)
