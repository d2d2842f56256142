"""The library-wide entity table: one canonical entity per real entity across all articles."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from index.article import ArticleEntity
from index.entities.names import entity_key, word_keys


@dataclass(frozen=True)
class EntityInfo:
    """A canonical entity: its name, type, mentions in all and the ids of its articles."""

    name: str
    type: str
    count: int
    articles: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    key: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "type": self.type,
            "count": self.count,
            "articles": list(self.articles),
            "aliases": list(self.aliases),
        }


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


class EntityTable:
    """Built from every article's entities. Keys fold case, accents, hyphens and spaces; a
    one-word person name that the library knows only as part of one longer name ("Poutine"
    where every article says "Vladimir Poutine") joins it."""

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
                tally.articles.add(sys.intern(article_id))
                tally.count += entity.count
        return cls(tallies)

    def to_json(self) -> dict[str, object]:
        """The aggregate, to save beside the index: rebuilding it reads every article."""
        return {
            key: [dict(t.names), sorted(t.variants), dict(t.types), sorted(t.articles), t.count]
            for key, t in self._raw.items()
        }

    @classmethod
    def from_json(cls, data: dict[str, list[object]]) -> EntityTable:
        tallies: dict[str, _Tally] = {}
        for key, (names, variants, types, articles, count) in data.items():
            ids = {sys.intern(a) for a in articles}  # type: ignore[attr-defined]
            tallies[key] = _Tally(Counter(names), set(variants), Counter(types), ids, int(count))  # type: ignore[arg-type, call-overload]
        return cls(tallies)

    def __init__(self, tallies: dict[str, _Tally]) -> None:
        # Kept as given for to_json; the merged view copies only the tallies merging changes:
        # the table of 100,000 articles holds millions of article ids (memory of the app).
        self._raw = dict(tallies)
        merged = dict(tallies)
        self._by_word = _full_names_by_word(merged)
        self._redirect = _short_form_redirects(merged, self._by_word)
        copied: set[str] = set()
        for short, full in self._redirect.items():
            if full not in copied:
                merged[full] = _copy(merged[full])
                copied.add(full)
            merged[full].absorb_short_form(merged.pop(short))
        self._tallies = merged
        self._keys_of: dict[str, list[str]] = defaultdict(list)
        for key in self._tallies:
            self._keys_of[key].append(key)
        for short, full in self._redirect.items():
            self._keys_of[full].append(short)

    def canonical_key(self, name_or_key: str) -> str:
        """The key of the canonical entity that a name (or key) stands for."""
        key = entity_key(name_or_key)
        if key in self._tallies:
            return key
        if key in self._redirect:
            return self._redirect[key]
        # A surname the library only knows inside full names: "Lavrov" -> Sergueï Lavrov.
        return _dominant(self._by_word.get(key, [])) or key

    def keys_of(self, key: str) -> list[str]:
        """Every stored key that stands for the canonical entity `key`."""
        return self._keys_of.get(key, [key])

    def info(self, key: str) -> EntityInfo | None:
        tally = self._tallies.get(self.canonical_key(key))
        if tally is None:
            return None
        return _info(self.canonical_key(key), tally)

    def entities(self, kind: str | None = None) -> list[EntityInfo]:
        """Every canonical entity (of one type), in the most articles first."""
        infos = [_info(key, tally) for key, tally in self._tallies.items()]
        if kind:
            infos = [info for info in infos if info.type == kind.upper()]
        return sorted(infos, key=lambda i: (-len(i.articles), -i.count, i.name))

    def canonical(self, entity: ArticleEntity) -> ArticleEntity:
        """`entity` as one article has it, named and typed as the library knows it."""
        info = self.info(entity.key or entity.name)
        if info is None:
            return entity
        return ArticleEntity(info.name, info.type, entity.count, entity.spans, info.key, entity.aliases)


def _copy(tally: _Tally) -> _Tally:
    return _Tally(
        Counter(tally.names), set(tally.variants), Counter(tally.types), set(tally.articles), tally.count
    )


def _info(key: str, tally: _Tally) -> EntityInfo:
    names = sorted(tally.names.items(), key=lambda kv: (kv[0].isupper(), -kv[1], kv[0]))
    return EntityInfo(
        name=names[0][0],
        type=_majority_type(tally.types),
        count=tally.count,
        articles=tuple(sorted(tally.articles)),
        aliases=tuple(sorted((tally.variants | {n for n, _ in names[1:]}) - {names[0][0]})),
        key=key,
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
