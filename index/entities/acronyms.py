"""Names an article defines with an acronym in brackets: "Agence d'information du Burkina (AIB)"."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from index.entities.cleanup import Mention
from index.entities.not_names import is_never_a_name
from index.text import fold

# "(AIB)", "(Inrap)", "(MR)": two to ten letters; a word in brackets ("(Photo)") spells no
# run of names, so the initials' test alone tells them apart.
_DEFINED = re.compile(r"\(\s*([A-ZÀ-Ý][A-Za-zÀ-ÿ]{1,9})\s*\)")
_WORD = re.compile(r"[\w-]+'?|'", re.UNICODE)
# Links a name's acronym may skip or keep: "Rassemblement pour la République (RPR)" keeps "pour".
_LINKS = frozenset("de d du des la le l les et pour en à au aux sur par".split())
_MOST_WORDS = 14


def defined_names(text: str) -> list[tuple[Mention, str]]:
    """The long forms that the acronym after them spells with their words' initials, each
    with its acronym.

    The model often cuts such a name to its first word ("Agence", typed as a place) or
    misses it; the acronym's letters are the surest account of where the name starts.
    Written by hand: spaCy has no acronym expansion for French."""
    found = []
    for match in _DEFINED.finditer(text):
        acronym = match.group(1)
        start = _spelled_start(text, match.start(), fold(acronym).upper())
        if start is None:
            continue
        end = len(text[: match.start()].rstrip())
        if is_never_a_name(text[start:end]):
            continue  # a paper's acronym: "Carte nationale d'identité (CNI)"
        found.append((Mention(start, end, text[start:end], "ORG", shouting=False), acronym))
    return found


def _spelled_start(text: str, bracket: int, letters: str) -> int | None:
    """Where the run of words just before `bracket` starts whose initials spell `letters`
    (links may be skipped), or None. The first word must be a capitalised non-link."""
    sentence_start = max(text.rfind(mark, 0, bracket) for mark in (". ", "\n", ": ", "; ", "« "))
    words = list(_WORD.finditer(text, sentence_start + 1, bracket))[-_MOST_WORDS:]
    words = [w for w in words if w.group() != "'"]
    for first in range(len(words) - 1, -1, -1):
        head = words[first].group()
        if not head[:1].isupper() or head.rstrip("'").lower() in _LINKS:
            continue
        if _spells([w.group().rstrip("'") for w in words[first:]], letters):
            return words[first].start()
    return None


def _spells(words: list[str], letters: str) -> bool:
    """Whether the words' initials give `letters`, each non-link word giving its initial
    (a hyphenated word one initial or one per part), each link giving its initial or none."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    initials = [fold(word[:1]).upper()]
    if "-" in word.strip("-"):
        initials.append("".join(fold(part[:1]).upper() for part in word.split("-") if part))
    if word.lower() in _LINKS and _spells(rest, letters):
        return True
    return any(letters.startswith(i) and _spells(rest, letters[len(i) :]) for i in initials)


def with_defined_names(mentions: list[Mention], text: str) -> tuple[list[Mention], dict[str, str]]:
    """The mentions with each defined name in place of the model's cut of it ("Agence" of
    "Agence d'information du Burkina (AIB)"), and the short forms that join a name: every
    acronym the text defines, and a long name's first word when it stands alone later
    ("l'Agence") and begins no other defined name."""
    acronyms = acronym_pairs(mentions, text)
    defined = defined_names(text)
    named_by_head: dict[str, set[str]] = defaultdict(set)
    for name, _ in defined:
        named_by_head[name.text.split()[0]].add(name.text)
    for head, names in named_by_head.items():
        if len(names) == 1 and len(next(iter(names)).split()) > 2:
            acronyms.setdefault(head, next(iter(names)))
    for name, acronym in defined:
        acronyms.setdefault(acronym, name.text)
        if any((m.start, m.end) == (name.start, name.end) for m in mentions):
            continue
        for_acronym = [m.label for m in mentions if m.text == acronym and m.start > name.end]
        label = for_acronym[0] if for_acronym else name.label
        mentions = [m for m in mentions if not _cut_from(m, name)]
        mentions.append(replace(name, label=label))
    return sorted(mentions, key=lambda m: m.start), acronyms


def _cut_from(mention: Mention, name: Mention) -> bool:
    """The model's span begins the name and stops short, or runs across its start or end."""
    inside = name.start <= mention.start and mention.end <= name.end
    crossing = mention.start < name.end and name.start < mention.end and not inside
    return (inside and mention.start == name.start) or crossing


def acronym_pairs(mentions: Sequence[Mention], text: str) -> dict[str, str]:
    """Acronyms the text defines in brackets after the full name ("Institut national de
    recherches archéologiques préventives (Inrap)"): each joins its name's entity."""
    found: dict[str, str] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    for long, short in pairwise(ordered):
        between, after = text[long.end : short.start], text[short.end : short.end + 1]
        if between.strip() == "(" and after == ")" and _abbreviates(short.text, long.text):
            found[short.text] = long.text
    return found


def _abbreviates(short: str, long: str) -> bool:
    """One word of 2 to 10 letters, starting with the name's first letter."""
    return (
        " " not in short and 2 <= len(short) <= 10 and " " in long and short[:1].upper() == long[:1].upper()
    )
