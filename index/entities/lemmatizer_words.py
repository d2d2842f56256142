"""French words that a capital at a sentence's start does not make a name: the lemmatizer's."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any


@cache
def lemmatizer_words(name: str) -> frozenset[str]:
    """The lemmatizer's lists of French nouns, adjectives and adverbs ("courage", "santé",
    "difficile"), its irregular nouns ("temps"), and the past participles of its irregular
    verbs ("choisi", "abattus", "vêtu"): what a capitalised word at a sentence's start
    usually is. Empty when the model has no such table.

    Written by hand: loading the lemmatizer reads all its tables (150 MB, 0.7 s); this reads
    the two lists from its file and skips the rest. The file is a msgpack map of table name
    to table, and a table maps the hash of a part of speech to its words."""
    try:
        from spacy.strings import StringStore
        from srsly import msgpack

        package = importlib.util.find_spec(name)
        folder = Path(package.origin).parent if package and package.origin else None
        found = sorted(folder.glob("*/lemmatizer/lookups/lookups.bin")) if folder else []
        if not found:
            return frozenset()
        words: set[str] = set()
        keys = StringStore()  # the tables' keys are spaCy's hashes of the tag names
        with found[0].open("rb") as stream:
            unpacker = msgpack.Unpacker(stream, raw=False, max_buffer_size=64 << 20)
            for _ in range(unpacker.read_map_header()):
                table_name = unpacker.unpack()
                if table_name == "lemma_index":
                    table = unpacker.unpack()
                    for pos in ("noun", "adj", "adv"):
                        words.update(table.get(keys.add(pos), ()))
                elif table_name == "lemma_exc":
                    words.update(_exceptions(unpacker, keys.add("verb"), keys.add("noun")))
                else:
                    unpacker.skip()
        return frozenset(words)
    except Exception:  # an unexpected layout costs this rule only, never the ingestion
        return frozenset()


def _exceptions(unpacker: Any, verb: int, noun: int) -> Iterator[str]:
    """The lemmatizer's exceptions: every noun ("temps", "pays", "propos", "travaux": the
    invariable and irregular ones, which its list of nouns lacks) and the past participles
    among the verb forms, read one by one: the verbs' table holds 114,000 forms, and
    unpacking it whole costs 40 MB."""
    for _ in range(unpacker.read_map_header()):
        part_of_speech = unpacker.unpack()
        if part_of_speech not in (verb, noun):
            unpacker.skip()
            continue
        for _ in range(unpacker.read_map_header()):
            form = unpacker.unpack()
            unpacker.skip()  # (its lemmas)
            if _PARTICIPLE.search(form) if part_of_speech == verb else _WORD.match(form):
                yield form


# A noun as a word, not an abbreviation that an acronym would take for a word ("pt": "PT").
_WORD = re.compile(r"^(?=.*[aeiouyàâäéèêëîïôöûüù])\w[\w'’-]{2,}$")


# A past participle in -i or -u ("choisies", "vêtu"); the regular ones in -é the verb
# endings catch. (Three letters or more: "lu", "vu" and "pu" are names' syllables too.)
_PARTICIPLE = re.compile(r"^\w{2,}[iu](?:e|s|es)?$")
