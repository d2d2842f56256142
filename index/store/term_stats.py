"""Term statistics of one searcher, remembered: related-article lookups ask for the same words again."""

from __future__ import annotations

from typing import Any

from whoosh import classify
from whoosh.reading import IndexReader

# Past this many remembered terms the memory is cleared (a library's vocabulary is larger
# than what reading a few hundred articles asks for).
MAX_TERMS = 200_000


class TermStats:
    """The few reader methods Whoosh's key-term Expander and the related search need, each
    looked up once per term: every lookup reads the term dictionary of every segment."""

    def __init__(self, reader: IndexReader) -> None:
        self.reader = reader
        self.schema = reader.schema
        self._frequency: dict[tuple[str, Any], float] = {}
        self._doc_frequency: dict[tuple[str, Any], int] = {}

    def __contains__(self, term: tuple[str, Any]) -> bool:
        return self.frequency(*term) > 0

    def frequency(self, fieldname: str, text: Any) -> float:
        key = (fieldname, text)
        if key not in self._frequency:
            self._forget_if_full(self._frequency)
            self._frequency[key] = self.reader.frequency(fieldname, text) if key in self.reader else 0
        return self._frequency[key]

    def doc_frequency(self, fieldname: str, text: Any) -> int:
        key = (fieldname, text)
        if key not in self._doc_frequency:
            self._forget_if_full(self._doc_frequency)
            self._doc_frequency[key] = self.reader.doc_frequency(fieldname, text)
        return self._doc_frequency[key]

    def doc_count_all(self) -> int:
        return int(self.reader.doc_count_all())

    def field_length(self, fieldname: str) -> int:
        return int(self.reader.field_length(fieldname))

    def key_terms(self, fieldname: str, text: str, count: int) -> list[tuple[str, float]]:
        """Whoosh's key_terms_from_text (Bo1 model), with the statistics remembered."""
        expander = classify.Expander(self, fieldname, model=classify.Bo1Model)
        expander.add_text(text)
        return list(expander.expanded_terms(count))

    @staticmethod
    def _forget_if_full(memory: dict[Any, Any]) -> None:
        if len(memory) >= MAX_TERMS:
            memory.clear()
