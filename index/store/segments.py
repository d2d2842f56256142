"""Reading an index segment by segment: whole columns, and the segment that holds a document."""

from __future__ import annotations

import bisect
from typing import Any

from whoosh.codec.whoosh3 import W3PerDocReader, _lenfield
from whoosh.reading import IndexReader
from whoosh.util.numeric import byte_to_length

# Whoosh stores a field's length as one byte per document; the length each byte stands for.
_LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]


def column_values(reader: Any, name: str, default: Any = b"", translate: bool = True) -> list[Any]:
    """Every document's value of column `name`, indexed by document number, segment by segment.

    Whoosh's multi-segment column reader skips segments that lack the column, and its
    per-document access costs ~10x more than reading a segment's column in one pass."""
    values: list[Any] = [default] * reader.doc_count_all()
    for leaf, offset in reader.leaf_readers():
        if leaf.has_column(name):
            for i, value in enumerate(leaf.column_reader(name, translate=translate)):
                values[offset + i] = value
    return values


def leaf_of(reader: IndexReader, docnum: int) -> tuple[IndexReader, int]:
    """The segment reader that holds document `docnum` of `reader`, and its first number."""
    leaves = reader.leaf_readers()
    return leaves[bisect.bisect_right([offset for _, offset in leaves], docnum) - 1]


def field_lengths_of(perdoc: Any, fieldname: str, count: int) -> list[int] | None:
    """A segment's lengths of `fieldname` for its `count` documents, read at once; None when
    the segment has no such column or is not in the W3 format this reads (then ask Whoosh).

    Whoosh has no public way to read a whole column: this reads the W3 codec's column file,
    one byte per document, the byte its doc_field_length reads per call (tests compare)."""
    if not isinstance(perdoc, W3PerDocReader):
        return None
    lenfield = _lenfield(fieldname)
    if not perdoc.has_column(lenfield):
        return None
    column_file, offset, size = perdoc._get_column_file(lenfield)
    try:
        column_file.seek(offset)
        raw = bytes(column_file.read(min(size, count)))
    finally:
        column_file.close()
    return [_LENGTH_OF_BYTE[b] for b in raw] + [0] * (count - len(raw))
