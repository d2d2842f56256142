"""Where the article ends below: a list of other articles, another article in its shape, cut excerpts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from itertools import pairwise

from index.page import clutter
from index.page.date_lines import date_candidates
from index.page.date_writing import parse_date
from index.page.headline import LIVE_ENTRY_TIME, holds_the_headline
from index.page.prose import is_all_caps, is_prose
from index.text import fold


def first_teaser_card(paragraphs: Sequence[str], start: int) -> int:
    """Where a list of other articles starts below the article: two date lines or more, of
    different days, each over a short title ("Billet • 6 décembre 2023" / "Gaza, …"), or a
    run of pictures with their titles."""
    cards = [
        (index, day)
        for index in range(start + 1, len(paragraphs) - 1)
        if not is_prose(paragraphs[index + 1]) and (day := _first_date(paragraphs[index])) is not None
    ]
    days = {day.date() for _, day in cards}
    if len(cards) >= 2 and len(days) >= 2:
        return cards[0][0]
    # Or three pictures or more, each over a title and at most a line of summary:
    # "Image" / "Deux castors dérangent Ernage" / "À Ernage, un couple …" / "Image" / …
    pictured = [i for i in range(start + 1, len(paragraphs) - 1) if _PICTURE_LABEL.match(paragraphs[i])]
    close = [a for a, b in pairwise(pictured) if b - a <= 4]
    if len(close) >= 2 and not is_prose(paragraphs[close[0] + 1]):
        return close[0]
    return min(
        news_ticker(paragraphs, start),
        _first_rubric_tagged_card(paragraphs, start),
        _first_shouted_kicker_title(paragraphs, start),
        numbered_teaser_box(paragraphs, start),
    )


# A box of other news under its heading ("Fil info", "l'actualité en temps réel"), each item
# under its time alone on a line ("12h19" / "Un nouveau député isérois" / …).
_TICKER_HEADING = re.compile(
    r"^\s*(?i:fil (?:info|d['’]infos?|d['’]actu(?:alités?)?)|l['’]actualité en (?:temps réel|continu)"
    r"|en continu|les dernières (?:infos|actus|dépêches))\s*$"
)
_TICKER_LINES = 12


def news_ticker(paragraphs: Sequence[str], start: int) -> int:
    """Where a ticker of other news starts below the article: its heading, then two times or
    more alone on their lines within a dozen lines (a live page's own times stand in the text,
    with no such heading over them)."""
    for index in range(start + 1, len(paragraphs)):
        if not _TICKER_HEADING.match(paragraphs[index]):
            continue
        below = paragraphs[index + 1 : index + 1 + _TICKER_LINES]
        if sum(1 for line in below if LIVE_ENTRY_TIME.fullmatch(line.strip())) >= 2:
            return index
    return len(paragraphs)


# A numbered list's item: "1. Les informateurs comptent proposer une coalition lundi".
_NUMBERED = re.compile(r"^\s*(?P<number>\d{1,2})[.)]\s+(?P<title>\S.{10,200})$")


def numbered_teaser_box(paragraphs: Sequence[str], start: int) -> int:
    """Where a numbered list of other articles starts: "1. …" and "2. …", the first one's
    title printed again over its summary before the second ("most read" boxes print each
    title, its link's copy, then a line of the article). An article's own numbered points
    are printed once; a box of bare titles inside the text is skipped line by line."""
    numbered = [(i, m) for i in range(start + 1, len(paragraphs)) if (m := _NUMBERED.match(paragraphs[i]))]
    keys = [fold(p) for p in paragraphs]
    first = next(((i, m) for i, m in numbered if m["number"] == "1"), None)
    second = next((i for i, m in numbered if m["number"] == "2" and first and i > first[0]), None)
    if first is None or second is None:
        return len(paragraphs)
    title = fold(first[1]["title"])
    copy = next((i for i in range(first[0] + 1, second) if keys[i] == title), None)
    summarised = copy is not None and any(is_prose(p) for p in paragraphs[copy + 1 : second])
    return first[0] if summarised else len(paragraphs)


# Another article's title under its kicker in capitals: "TRAFIC AU PORT : Deux jeunes interpellés".
_SHOUTED_KICKER_TITLE = re.compile(r"^[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9 '’,.:-]{3,80}?\s?:\s+\S")
_TITLE_WORDS = 25
_LIST_LENGTH = 3


def _first_shouted_kicker_title(paragraphs: Sequence[str], start: int) -> int:
    """Or three titles or more in a row, each after its kicker in capitals and a colon."""
    run = 0
    for index in range(start + 1, len(paragraphs)):
        line = paragraphs[index]
        titled = bool(_SHOUTED_KICKER_TITLE.match(line)) and len(line.split()) <= _TITLE_WORDS
        run = run + 1 if titled else 0
        if run == _LIST_LENGTH:
            return index - _LIST_LENGTH + 1
    return len(paragraphs)


_MATCH_MINUTE = re.compile(clutter.MATCH_MINUTE)


def _first_rubric_tagged_card(paragraphs: Sequence[str], start: int) -> int:
    """Or three titles or more, each under the same short label and no sentence between them
    ("France" / "-" / "Environnement" / "Feux de forêt : …" / "Monde" / "-" / "Environnement"
    / …): the cards start at the first label, with the short lines just over it."""
    where: dict[str, list[int]] = {}
    for index in range(start + 1, len(paragraphs)):
        line = paragraphs[index].strip()
        if _MATCH_MINUTE.fullmatch(line) or LIVE_ENTRY_TIME.fullmatch(line):
            continue  # a live page's time or a match's minute, over each of its posts: no rubric
        if len(paragraphs[index].split()) <= 3 and not is_prose(paragraphs[index]):
            where.setdefault(fold(paragraphs[index]), []).append(index)
    runs = [
        (a, c)
        for found in where.values()
        for a, b, c in zip(found, found[1:], found[2:], strict=False)
        if b - a <= 5 and c - b <= 5 and not any(is_prose(p) for p in paragraphs[a:c])
    ]
    if not runs:
        return len(paragraphs)
    label = min(runs)[0]
    first = label
    while first - 1 > start and first > label - 2 and not is_prose(paragraphs[first - 1]):
        first -= 1
    return first


def next_article(paragraphs: Sequence[str], start: int, title: str) -> int:
    """Where another article starts below this one, printed in the same shape: a title over
    the same kind of line that follows the headline ("Publié" / "le", a date written the
    same way: "03.06.2020" under the headline, "10.07.2020" under the next title)."""
    headline = next((i for i in range(start - 1, -1, -1) if holds_the_headline(paragraphs[i], title)), -1)
    rubric = _its_rubric_again(paragraphs, start, headline)
    meta = next((p for p in paragraphs[headline + 1 : start] if not is_prose(p)), "") if headline >= 0 else ""
    if not meta or len(meta.split()) > 8 or _POST_TIME.match(meta):
        return rubric  # (a live page's posts, each stamped "10h42", are all its own)
    shape = _line_shape(meta)
    prose_seen = 0
    for index in range(start, len(paragraphs) - 1):
        prose = is_prose(paragraphs[index])
        prose_seen += prose
        if prose_seen >= 2 and not prose and _line_shape(paragraphs[index + 1]) == shape:
            return min(index, rubric)
    return rubric


_RUBRIC_WORDS = 3
_TITLE_WORDS_UNDER_A_RUBRIC = 20


def _its_rubric_again(paragraphs: Sequence[str], start: int, headline: int) -> int:
    """Or the rubric printed over the headline ("valais" / "Fusion de communes : …"), printed
    again below the article's paragraphs over another title: the next article of the rubric."""
    rubric = fold(paragraphs[headline - 1]) if headline >= 1 else ""
    if not rubric or len(rubric.split()) > _RUBRIC_WORDS or is_prose(paragraphs[headline - 1]):
        return len(paragraphs)
    prose_seen = 0
    for index in range(start, len(paragraphs) - 1):
        prose_seen += is_prose(paragraphs[index])
        following = paragraphs[index + 1]
        titled = not is_prose(following) and len(following.split()) <= _TITLE_WORDS_UNDER_A_RUBRIC
        if prose_seen >= 2 and fold(paragraphs[index]) == rubric and titled:
            return index
    return len(paragraphs)


_POST_TIME = re.compile(r"^\W*\d{1,2}\s*[h:]\s*\d{2}\W*$", re.IGNORECASE)
_MONTHS_AND_DAYS = re.compile(
    r"\b(?:janv(?:ier)?|f[ée]v(?:rier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?"
    r"|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b\.?"
)


def _line_shape(line: str) -> str:
    """A meta line with its numbers, months and days blanked: two dates written alike match."""
    return re.sub(r"\d+", "9", _MONTHS_AND_DAYS.sub("M", fold(line)))


_PICTURE_LABEL = re.compile(r"^\s*(?:image|photo|vidéo|video|illustration)\s*$", re.IGNORECASE)


def _first_date(line: str) -> datetime | None:
    if len(line) > 120:
        return None
    return next((d for d in map(parse_date, date_candidates(line)) if d is not None), None)


def without_cut_excerpts(body: list[str]) -> list[str]:
    """The article without the excerpts of other articles printed under it, cut to about
    the same length in the middle of a sentence ("… À travers leur recette fétiche, ils"):
    two or more at the end, after a paragraph that ends its sentence. (One cut paragraph is
    the article's own, cut by a paywall; a poll's long questions end on their button.)"""
    run = 0
    while run < len(body) and _is_cut_excerpt(body[-1 - run]):
        run += 1
    lengths = [len(p) for p in body[len(body) - run :]]
    if run >= 2 and len(body) - run >= 2 and _article_ends_before(body[: len(body) - run]):
        return body[:-run] if max(lengths) <= 1.5 * min(lengths) else body
    return _without_cards(body)


_CARD_TITLE_WORDS = 8
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)$")


def _without_cards(body: list[str]) -> list[str]:
    """Or two cards or more at the end, each a short title over its excerpt cut with an ellipsis
    ("Bilan des inondations" / "Le bilan des pluies qui se sont abattues sur…"); among them an
    excerpt may end at its colon."""
    run = 0
    while run + 2 <= len(body) - 1 and _is_card_title(body[-2 - run]):
        excerpt = body[-1 - run]
        cut = 40 <= len(excerpt) <= 300 and bool(_ELLIPSIS.search(excerpt))
        if not (cut or (run >= 4 and excerpt.endswith(":") and len(excerpt) <= 300)):
            break
        run += 2
    if run >= 4 and _article_ends_before(body[: len(body) - run]):
        return body[:-run]
    return body


def _is_card_title(line: str) -> bool:
    return len(line.split()) <= _CARD_TITLE_WORDS and line[:1].isupper() and not clutter.ends_sentence(line)


def _article_ends_before(article: list[str]) -> bool:
    """The article's last paragraph ends its sentence, or is its author's short signature
    under one that does ("… 20 et 40 mm localement." / "L-I")."""
    last = article[-1]
    if clutter.ends_sentence(last):
        return True
    return len(last.split()) <= 4 and len(article) >= 2 and clutter.ends_sentence(article[-2])


def _is_cut_excerpt(paragraph: str) -> bool:
    """Cut on a lowercase word ("… leur recette fétiche, ils") or marked cut ("… situé à ...");
    a quote's attribution ends on a name ("… – Philippe de Belgique")."""
    last = paragraph.split()[-1] if paragraph.split() else ""
    if _CUT_MARK.search(paragraph):
        return 90 <= len(paragraph) <= 300
    return (
        90 <= len(paragraph) <= 200
        and last[-1:].isalpha()
        and last[:1].islower()
        and not is_all_caps(paragraph)
    )


# The mark a site puts where it cut an excerpt, set apart from the word ("… situé à ..."):
# a writer's own ellipsis is glued to it ("Et puis…").
_CUT_MARK = re.compile(r"\s(?:\.\.\.|…)$")
