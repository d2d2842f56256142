"""A sentence that announces a list, and the list under it: a prize list, results, names named."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.page import clutter, interface
from index.page.calls_to_action import calls_to_action
from index.page.prose import is_prose

_LABELLED_ITEM = re.compile(r"\S\s?:\s+[A-ZÀ-Ý][^.!?:]*$")
_ANNOUNCEMENT_WORDS = 6
_ITEM_WORDS = 25
_ITEMS = 4


def announces_a_list(paragraphs: Sequence[str], index: int) -> bool:
    """A sentence ending on a colon ("Voici le palmarès du 77e Festival de Cannes :"), then
    short lines only (each prize, then who won it): the article is that list, whose lines are
    no paragraphs of prose. (Not a call to act: "Retrouvez nos vidéos :" over a menu.)"""
    line = paragraphs[index].rstrip()
    if not line.endswith(":") or not _ANNOUNCEMENT_WORDS <= len(line.split()) < _ITEM_WORDS:
        return False
    if calls_to_action(line) or interface.is_ui(line) or clutter.is_footer(line):
        return False
    items = paragraphs[index + 1 : index + 1 + _ITEMS]
    return len(items) == _ITEMS and all(_is_an_item(item) for item in items)


def ends_in_an_announced_list(body: Sequence[str]) -> bool:
    """The article's last lines are the items of a list it announced with a colon: labelled
    items ("… les noms suivent :" / "Ministre de la Santé : Anne Kerlo"), or any short lines
    under a sentence that announces them (a prize list: each prize, then who won it)."""
    run = 0
    while run < len(body) and _LABELLED_ITEM.search(body[-1 - run]):
        run += 1
    if 0 < run < len(body) and body[-1 - run].rstrip().endswith(":"):
        return True
    if _numbered_labelled_items(body):
        return True
    if len(body[-1].split()) < 2:
        return False  # a word alone after the list is no item of it: "Fin", a tag, a button
    return any(
        announces_a_list(body, index) and all(_is_an_item(item) for item in body[index + 1 :])
        for index in range(len(body) - _ITEMS)
    )


# An item's number: "1- Premier ministre : …", "2 – Ministre de la Justice : …".
_ITEM_NUMBER = re.compile(r"^\s*(?P<number>\d{1,2})\s*[-–—.)]\s*\S")
_NUMBERED_ITEMS = 3


def _numbered_labelled_items(body: Sequence[str]) -> bool:
    """The article ends on a list numbered from 1, each item labelled ("1- Premier ministre :
    Léa Roy" / "2 – Ministre de la Justice : …"; the page's last one may be cut): a list it
    gives whether or not a colon announced it. (A box of other articles' titles is no
    labelled list.)"""
    numbers = []
    for line in reversed(body):
        found = _ITEM_NUMBER.match(line)
        if not found:
            break
        numbers.append(int(found["number"]))
    numbers.reverse()
    if len(numbers) < _NUMBERED_ITEMS or numbers != list(range(1, len(numbers) + 1)):
        return False
    items = body[len(body) - len(numbers) :]
    return all(_LABELLED_ITEM.search(item) for item in items[:-1]) and len(numbers) < len(body)


def _is_an_item(line: str) -> bool:
    return len(line.split()) < _ITEM_WORDS and not is_prose(line) and not interface.is_ui(line)
