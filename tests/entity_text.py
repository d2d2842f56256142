"""Invented text for the entity tests: spans and mentions by their words, articles around a body."""

from __future__ import annotations

from index.entities.aliases import Aliases
from index.entities.cleanup import Mention, clean_span
from index.entities.extract import EntityExtractor
from index.entities.model import RawSpan
from index.records import Article


def span_of(text: str, fragment: str, label: str = "PER") -> RawSpan:
    """The model's span over `fragment`, as if it had found it."""
    start = text.index(fragment)
    return RawSpan(start, start + len(fragment), label)


def cleaned_text(text: str, fragment: str, label: str, common_words: frozenset[str]) -> str | None:
    """What cleanup keeps of the model's span over `fragment`: the stored name, or None."""
    mention = clean_span(text, span_of(text, fragment, label), common_words)
    return mention.text if mention is not None else None


def mention_of(text: str, name: str, label: str = "PER", shouting: bool = False) -> tuple[Mention, bool]:
    """A cleaned mention of `name`, with the flag merging takes beside it."""
    start = text.index(name)
    return Mention(start, start + len(name), name, label, shouting), True


def article(title: str, body: str) -> Article:
    return Article(id="x", path="/x.txt", title=title, source="", date=None, body=body, lead=body)


def entities_of(body: str) -> dict[str, str]:
    """The entities the real pipeline stores for an article of `body`, by name and type."""
    article = Article(id="x", path="/x", title="Un titre", source="", date=None, body=body, lead="")
    annotated = EntityExtractor(Aliases()).annotate([article])[0]
    return {entity.name: entity.type for entity in annotated.entities}
