"""Merge an article's mentions into its entities: one per real entity, short forms resolved."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from index.entities.aliases import Aliases
from index.entities.cleanup import Mention
from index.entities.names import word_keys
from index.outlets import known_outlets
from index.records import ArticleEntity
from index.text import entity_key


@dataclass
class _Group:
    key: str
    names: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    written_labels: Counter[str] = field(default_factory=Counter)  # from mentions not in capitals
    spans: list[tuple[int, int]] = field(default_factory=list)
    count: int = 0
    first: int = 0
    canonical: str | None = None  # from the alias file
    variants: set[str] = field(default_factory=set)
    shouted_only: bool = True

    @property
    def label(self) -> str:
        # A news outlet is an organisation, whatever the model voted ("Rodong Sinmun" as PER).
        if known_outlets().named(self.name) is not None:
            return "ORG"
        # The model guesses at a name shouted in capitals (a headline printed three times
        # makes "VLADIMIR POUTINE" an organisation thrice): where the name is also written
        # normally, only those mentions vote.
        ranked = (self.written_labels or self.labels).most_common()
        return ranked[0][0] if ranked else "MISC"

    @property
    def name(self) -> str:
        if self.canonical:
            return self.canonical
        # The commonest spelling, preferring one that is not shouted in capitals.
        ranked = sorted(self.names.items(), key=lambda kv: (kv[0].isupper(), -kv[1]))
        return ranked[0][0]

    @property
    def words(self) -> list[str]:
        return word_keys(self.name)


def merge_mentions(
    mentions: Sequence[tuple[Mention, bool]], aliases: Aliases, acronyms: dict[str, str] | None = None
) -> list[ArticleEntity]:
    """Entities of one article from its mentions (each flagged True when it lies in the body).

    Mentions fold together on `entity_key`; the alias file joins other spellings, and
    `acronyms` (acronym: full name, as the article defines them) join an acronym to its name;
    a short form ("Kim", "M. Poutine") joins the one full name of the article that begins or
    ends with it ("Kim Jong Un", "Vladimir Poutine"), the most mentioned if several do.
    """
    groups = _grouped(mentions, aliases, acronyms or {})
    _join_articled_names(groups)
    _join_short_forms(groups)
    _join_cut_bodies(groups)
    entities = []
    for group in groups.values():
        if group.shouted_only and len(group.key) > 6:
            continue  # only ever shouted in a headline: the model is guessing
        entities.append(
            ArticleEntity(
                name=group.name,
                type=group.label,
                count=group.count,
                spans=tuple(sorted(group.spans)),
                key=group.key,
                aliases=tuple(sorted(v for v in group.variants if v != group.name)),
            )
        )
    entities.sort(key=lambda e: (-e.count, e.name))
    return entities


def _grouped(
    mentions: Sequence[tuple[Mention, bool]], aliases: Aliases, acronyms: dict[str, str]
) -> dict[str, _Group]:
    """The mentions folded on `entity_key`, each group counting its spellings and type votes."""
    groups: dict[str, _Group] = {}
    for order, (mention, in_body) in enumerate(mentions):
        full = acronyms.get(mention.text)
        alias = aliases.resolve(full or mention.text)
        key = entity_key(alias[0] if alias else full or mention.text)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(key=key, first=order)
        if alias or full:
            group.canonical = group.canonical or (alias[0] if alias else full)
        group.names[mention.text] += 1
        group.variants.add(mention.text)
        group.labels[alias[1] if alias else mention.label] += 1
        if not mention.shouting:
            group.written_labels[alias[1] if alias else mention.label] += 1
        group.count += 1
        group.shouted_only = group.shouted_only and mention.shouting
        if in_body:
            group.spans.append((mention.start, mention.end))
    return groups


def _join_short_forms(groups: dict[str, _Group]) -> None:
    """A short form joins the one full name it begins or ends: "Kim" and "Guy Marius" join
    "Kim Jong Un" and "Guy Marius Sagna". A full name the model typed otherwise ("Macky Sall"
    as MISC) takes a lone word that no person's name claims."""
    people = [g for g in groups.values() if len(g.words) > 1 and g.label == "PER" and not g.shouted_only]
    others = [g for g in groups.values() if len(g.words) > 1 and g.label == "MISC" and not g.shouted_only]
    for group in sorted(groups.values(), key=lambda g: len(g.words)):
        words = group.words
        if group.label not in ("PER", "MISC") and len(words) > 1:
            continue
        if group.canonical and len(word_keys(group.canonical)) > len(words):
            continue
        candidates = _full_names_of(group, people, groups) or (
            _full_names_of(group, others, groups) if len(words) == 1 else []
        )
        if not candidates:
            continue
        _absorb(max(candidates, key=lambda g: (g.count, -g.first)), group, groups)


def _absorb(target: _Group, group: _Group, groups: dict[str, _Group]) -> None:
    """`group`'s mentions become `target`'s, voting for its type."""
    target.labels.update({target.label: group.count})
    target.written_labels.update({target.label: group.count})
    target.spans.extend(group.spans)
    target.variants |= group.variants
    target.count += group.count
    target.first = min(target.first, group.first)
    del groups[group.key]


def _join_articled_names(groups: dict[str, _Group]) -> None:
    """A name the article also writes with its own capitalised article joins that form: "des
    Engagés" (de + les) is "Les Engagés", "du Havre" is "Le Havre", whatever type the model
    gave the bare word."""
    by_bare_key = {}
    for group in groups.values():
        article = _NAME_S_ARTICLE.match(group.name)
        if article is not None and not group.shouted_only:
            by_bare_key[entity_key(group.name[article.end() :])] = group
    for group in list(groups.values()):
        target = by_bare_key.get(group.key)
        if target is not None and target is not group and target.key in groups:
            _absorb(target, group, groups)


_NAME_S_ARTICLE = re.compile(r"^(?:Les |Le |La |L['’])(?=[A-ZÀ-Ý])")


def _join_cut_bodies(groups: dict[str, _Group]) -> None:
    """A body's name of two words or more that the article also writes longer, as its start,
    joins the long form: "la Banque Centrale" is the "Banque Centrale de Tunisie" named above,
    "CHR Sambre" the "CHR Sambre et Meuse" the model cut. (Only one long form: "Conseil
    européen" may start two bodies' names.)"""
    bodies = [g for g in groups.values() if g.label in ("ORG", "LOC") and not g.shouted_only]
    for group in sorted(bodies, key=lambda g: len(g.words)):
        words = group.words
        if len(words) < 2 or group.canonical:
            continue
        longer = [
            other
            for other in bodies
            if other is not group
            and other.key in groups
            and other.words[: len(words)] == words
            and len(other.words) > len(words)
        ]
        if len(longer) != 1:
            continue
        _absorb(longer[0], group, groups)


def _full_names_of(group: _Group, full_names: list[_Group], groups: dict[str, _Group]) -> list[_Group]:
    words = group.words
    return [
        full
        for full in full_names
        if full is not group
        and full.key in groups  # not joined to another already
        and len(full.words) > len(words)
        and words in (full.words[: len(words)], full.words[-len(words) :])
    ]
