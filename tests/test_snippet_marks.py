"""Snippet marks from the highlighter become one line of text and the spans of the matched words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.search.snippet import _CLOSE, _OPEN, unmark


def test_marked_words_become_spans_and_white_space_one_space() -> None:
    snippet = unmark(f"  La {_OPEN}Corée{_CLOSE} du\n\nNord  a {_OPEN}tiré{_CLOSE}\t ")
    assert snippet.text == "La Corée du Nord a tiré"
    assert [snippet.text[s:e] for s, e in snippet.spans] == ["Corée", "tiré"]


@given(st.lists(st.tuples(st.text(alphabet="ab é\n\t", max_size=8), st.booleans()), max_size=8))
def test_any_marked_text_gives_one_clean_line_with_spans_inside_it(pieces: list[tuple[str, bool]]) -> None:
    marked = "".join(f"{_OPEN}{text}{_CLOSE}" if is_match else text for text, is_match in pieces)
    snippet = unmark(marked)
    assert snippet.text == " ".join(marked.replace(_OPEN, "").replace(_CLOSE, "").split())
    for start, end in snippet.spans:
        assert 0 <= start <= end <= len(snippet.text)
