"""The entity table of one index generation: loaded from beside the index, else aggregated and saved."""

from __future__ import annotations

import contextlib
import functools
from array import array
from collections.abc import Callable

from whoosh import query as wq

from index.entities.aliases import Aliases
from index.entities.table import EntityTable
from index.locations import DataFiles
from index.store.columns import entity_rows
from index.store.saved_files import read_json, write_json
from index.store.searcher_memory import SearcherMemory


class EntityLookup:
    """The entity table of the index read through `memory`; `generation` tells which index
    generation that is, asked only when the table is not in memory yet (it lists the folder)."""

    def __init__(self, memory: SearcherMemory, files: DataFiles, generation: Callable[[], int]) -> None:
        self.memory, self.files, self._generation = memory, files, generation

    @functools.cached_property
    def generation(self) -> int:
        return self._generation()

    def table(self) -> EntityTable:
        """Kept with the searcher; else from the files saved beside the index; else
        aggregated anew from every article's entities column (and saved)."""
        return self.memory.get("entity table", self._load)

    def _load(self) -> EntityTable:
        data = read_json(self.files.entity_table, self.generation)
        if data is not None:
            with contextlib.suppress(ValueError, TypeError, KeyError):  # not as saved: made anew
                return EntityTable.from_json(data, self._articles)
        return self._aggregate()

    def _aggregate(self) -> EntityTable:
        table = EntityTable.from_rows(entity_rows(self.memory))
        write_json(self.files.entity_articles, self.generation, table.articles_json())
        write_json(self.files.entity_table, self.generation, table.to_json())
        return table

    def _articles(self) -> tuple[list[str], dict[str, array[int]]]:
        """Which articles name each entity: from its file, else aggregated anew."""
        data = read_json(self.files.entity_articles, self.generation)
        if data is not None:
            with contextlib.suppress(ValueError, TypeError, KeyError):
                return EntityTable.articles_from_json(data)
        return EntityTable.articles_from_json(self._aggregate().articles_json())

    def naming(self, entity: str, aliases: Aliases) -> wq.Query:
        """The query for every article that names `entity` by any of its names."""
        alias = aliases.resolve(entity)
        table = self.table()
        keys = table.keys_of(table.canonical_key(alias[0] if alias else entity))
        return wq.Or([wq.Term("entity_keys", key) for key in keys])
