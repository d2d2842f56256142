"""Reading article files in any of the encodings scraped pages come in, and refusing non-text."""

from __future__ import annotations

import codecs

import pytest

from index.page.textfile import UnreadableFile, decode, read_text
from index.text import sanitize, sanitize_line

TEXT = "Le président nord-coréen « Kim » à Pyongyang : l’été, œuvre, €."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le", "utf16-be", "cp1252"],
)
def test_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert read_text(data) == TEXT


def test_latin1_bytes_that_cp1252_cannot_decode() -> None:
    assert decode(b"caf\xe9 \x81") == "café \x81"


def test_crlf_and_cr_become_newlines() -> None:
    assert read_text(b"un\r\ndeux\rtrois\n") == "un\ndeux\ntrois\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n\t ", "empty"),
        (bytes(range(256)) * 20, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "binary"),
    ],
)
def test_unreadable_files_say_why(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableFile, match=reason):
        read_text(data)


def test_a_stray_nul_in_text_is_removed_not_fatal() -> None:
    text = read_text(("Un titre\n\n" + "du texte " * 50 + "\x00fin").encode())
    assert text.endswith("texte fin") and "\x00" not in text


@pytest.mark.parametrize(
    "hostile",
    [
        "\x1b[2J\x1b[H",  # clear screen, cursor home
        "\x1b]0;pwned\x07",  # OSC title change
        "\x1b]52;c;aGVsbG8=\x1b\\",  # OSC 52 clipboard write
        "\x9b31m",  # 8-bit CSI
        "\x1bc",  # reset
    ],
)
def test_escape_sequences_are_removed(hostile: str) -> None:
    cleaned = sanitize(f"avant{hostile}après")
    assert cleaned == "avantaprès"
    assert "\x1b" not in cleaned and "\x9b" not in cleaned


def test_sanitize_line_flattens_to_one_line() -> None:
    assert sanitize_line(" un\n deux\u00a0 trois\t") == "un deux trois"
