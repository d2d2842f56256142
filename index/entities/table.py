"""The library-wide entity table: one canonical entity per real entity across all articles."""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from index.entities.names import word_keys
from index.records import ArticleEntity, EntityInfo
from index.text import entity_key


@dataclass
class _Tally:
    names: Counter[str] = field(default_factory=Counter)
    variants: set[str] = field(default_factory=set)
    types: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)
    count: int = 0

    def absorb_short_form(self, other: _Tally) -> None:
        """Its names become variants: "Kim" never outvotes "Kim Jong Un" as the display name."""
        self.variants |= other.variants | set(other.names)
        self.types.update(other.types)
        self.articles |= other.articles
        self.count += other.count


@dataclass(frozen=True, slots=True)
class _Entity:
    """A resolved canonical entity (its articles are kept apart, see EntityTable)."""

    name: str
    type: str
    count: int
    article_count: int
    aliases: tuple[str, ...]


class _SavedEntities(Mapping[str, _Entity]):
    """A saved table's rows, made into entities when asked for: making all 75,000 of a
    100,000-article library took 0.26 s at every start, and opening an article needs ~20."""

    def __init__(self, rows: dict[str, list[Any]]) -> None:
        self._rows = rows

    def __getitem__(self, key: str) -> _Entity:
        name, kind, count, articles, aliases = self._rows[key]
        return _Entity(name, kind, int(count), int(articles), tuple(aliases))

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


class EntityTable:
    """Built from every article's entities. Keys fold case, accents, hyphens and spaces; a
    one-word person name that the library knows only as part of one longer name ("Poutine"
    where every article says "Vladimir Poutine") joins it.

    Resolved once, when an ingestion ends, and saved in that form: the app loads it without
    redoing the merging (1.2 s at 20,000 articles). Which articles name each entity is the
    bulk of it and only `info` and `entities` need it: it is saved apart (`articles_json`),
    with article ids as small integers, and loaded on first use through `load_articles`."""

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, list[ArticleEntity]]]) -> EntityTable:
        """Aggregate every article's entities (article id, entities)."""
        tallies: dict[str, _Tally] = defaultdict(_Tally)
        for article_id, entities in rows:
            for entity in entities:
                tally = tallies[entity.key or entity_key(entity.name)]
                tally.names[entity.name] += entity.count
                tally.variants.update(entity.aliases)
                tally.types[entity.type] += entity.count
                tally.articles.add(article_id)
                tally.count += entity.count
        merged = dict(tallies)
        by_word = _full_names_by_word(merged)
        redirect = _short_form_redirects(merged, by_word)
        copied: set[str] = set()
        for short, full in redirect.items():
            if full not in copied:  # copies only of the tallies merging changes
                merged[full] = _copy(merged[full])
                copied.add(full)
            merged[full].absorb_short_form(merged.pop(short))
        ids = sorted({a for tally in merged.values() for a in tally.articles})
        index = {article_id: i for i, article_id in enumerate(ids)}
        resolved = {key: _resolve(tally) for key, tally in merged.items()}
        articles = {key: array("i", sorted(index[a] for a in t.articles)) for key, t in merged.items()}
        words = {word: key for word, candidates in by_word.items() if (key := _dominant(candidates))}
        return cls(resolved, redirect, words, lambda: (ids, articles))

    def __init__(
        self,
        entities: Mapping[str, _Entity],
        redirect: dict[str, str],
        words: dict[str, str],
        load_articles: Callable[[], tuple[list[str], dict[str, array[int]]]],
    ) -> None:
        self._entities = entities
        self._redirect = redirect
        self._words = words
        self._load_articles = load_articles
        self._articles: tuple[list[str], dict[str, array[int]]] | None = None
        self._shorts: dict[str, list[str]] = defaultdict(list)
        for short, full in redirect.items():
            self._shorts[full].append(short)

    def to_json(self) -> dict[str, object]:
        """The resolved table without its articles, to save beside the index."""
        return {
            "entities": {
                key: [e.name, e.type, e.count, e.article_count, list(e.aliases)]
                for key, e in self._entities.items()
            },
            "redirect": self._redirect,
            "words": self._words,
        }

    def articles_json(self) -> dict[str, object]:
        """Which articles name each entity, to save beside the index."""
        ids, articles = self._article_lists()
        return {"ids": ids, "articles": {key: indexes.tolist() for key, indexes in articles.items()}}

    @staticmethod
    def articles_from_json(data: dict[str, Any]) -> tuple[list[str], dict[str, array[int]]]:
        return list(data["ids"]), {key: array("i", indexes) for key, indexes in data["articles"].items()}

    @classmethod
    def from_json(
        cls, data: dict[str, Any], load_articles: Callable[[], tuple[list[str], dict[str, array[int]]]]
    ) -> EntityTable:
        return cls(
            _SavedEntities(dict(data["entities"])), dict(data["redirect"]), dict(data["words"]), load_articles
        )

    def _article_lists(self) -> tuple[list[str], dict[str, array[int]]]:
        if self._articles is None:
            self._articles = self._load_articles()
        return self._articles

    def canonical_key(self, name_or_key: str) -> str:
        """The key of the canonical entity that a name (or key) stands for."""
        key = entity_key(name_or_key)
        if key in self._entities:
            return key
        if key in self._redirect:
            return self._redirect[key]
        # A surname the library only knows inside full names: "Lavrov" -> Sergueï Lavrov.
        return self._words.get(key, key)

    def keys_of(self, key: str) -> list[str]:
        """Every stored key that stands for the canonical entity `key`."""
        return [key, *self._shorts.get(key, [])]

    def info(self, key: str) -> EntityInfo | None:
        canonical = self.canonical_key(key)
        entity = self._entities.get(canonical)
        return None if entity is None else self._info(canonical, entity)

    def _info(self, key: str, entity: _Entity) -> EntityInfo:
        ids, articles = self._article_lists()
        names = tuple(ids[i] for i in articles.get(key, ()))
        return EntityInfo(entity.name, entity.type, entity.count, names, entity.aliases, key)

    def entities(self, kind: str | None = None) -> list[EntityInfo]:
        """Every canonical entity (of one type), in the most articles first."""
        chosen = [(key, e) for key, e in self._entities.items() if not kind or e.type == kind.upper()]
        chosen.sort(key=lambda ke: (-ke[1].article_count, -ke[1].count, ke[1].name))
        return [self._info(key, e) for key, e in chosen]

    def canonical(self, entity: ArticleEntity) -> ArticleEntity:
        """`entity` as one article has it, named and typed as the library knows it."""
        key = self.canonical_key(entity.key or entity.name)
        known = self._entities.get(key)
        if known is None:
            return entity
        return ArticleEntity(known.name, known.type, entity.count, entity.spans, key, entity.aliases)


def _copy(tally: _Tally) -> _Tally:
    return _Tally(
        Counter(tally.names), set(tally.variants), Counter(tally.types), set(tally.articles), tally.count
    )


def _resolve(tally: _Tally) -> _Entity:
    names = sorted(tally.names.items(), key=lambda kv: (kv[0].isupper(), -kv[1], kv[0]))
    return _Entity(
        name=names[0][0],
        type=_majority_type(tally.types),
        count=tally.count,
        article_count=len(tally.articles),
        aliases=tuple(sorted((tally.variants | {n for n, _ in names[1:]}) - {names[0][0]})),
    )


_TYPE_PRIORITY = {"LOC": 0, "ORG": 1, "PER": 2, "MISC": 3}


def _majority_type(types: Counter[str]) -> str:
    """The commonest type; on a tie a place or organisation ("Washington") over a person."""
    return min(types.items(), key=lambda kv: (-kv[1], _TYPE_PRIORITY.get(kv[0], 9)))[0]


def _full_names_by_word(tallies: dict[str, _Tally]) -> dict[str, list[tuple[int, str]]]:
    """First and last words of multi-word person names -> [(articles, key)]."""
    by_word: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for key, tally in tallies.items():
        if _majority_type(tally.types) != "PER":
            continue
        words = word_keys(tally.names.most_common(1)[0][0])
        if len(words) > 1:
            for word in {words[0], words[-1]}:
                by_word[word].append((len(tally.articles), key))
    return by_word


def _dominant(candidates: list[tuple[int, str]]) -> str | None:
    """The only candidate, or one in at least twice as many articles as any other."""
    ranked = sorted(candidates, reverse=True)
    if len(ranked) == 1 or (len(ranked) > 1 and ranked[0][0] >= 2 * ranked[1][0]):
        return ranked[0][1]
    return None


def _short_form_redirects(
    tallies: dict[str, _Tally], by_word: dict[str, list[tuple[int, str]]]
) -> dict[str, str]:
    """One-word names that belong to one longer person name of the library ("Poutine" where
    the library says "Vladimir Poutine"), or to the one that dominates."""
    redirects = {}
    for key, tally in tallies.items():
        name = tally.names.most_common(1)[0][0]
        if len(word_keys(name)) != 1 or key not in by_word:
            continue
        target = _dominant(by_word[key])
        if target is not None and target != key:
            redirects[key] = target
    return redirects
