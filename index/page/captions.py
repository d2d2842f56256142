"""Captions a page prints around its pictures: copies of a captioned line, a short line over a credit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from index.page import credits
from index.text import fold


def caption_copies(paragraphs: Sequence[str], start: int) -> set[str]:
    """Captions as the page prints them again without their credit (the picture's alt text,
    a gallery's legend): the folded text of every captioned line, credit taken off; and a
    short line over a picture's credit, but the article's first (a standfirst over its
    picture)."""
    copies = set()
    for paragraph in paragraphs:
        credit = credits.caption_credit(paragraph)
        if credit:
            caption = paragraph[: len(paragraph) - len(credit)]
            caption = re.sub(r"\s+[-–—]\s+[^-–—]{2,40}$", "", caption)  # "— Michel Euler/AP/SIPA"
            # (the copy may close the sentence the credit's line runs on: "… 2021." / "… 2021 © D. R.")
            key = fold(caption.rstrip(" -–—")).rstrip(" .")
            copies |= {key, f"{key}."}
    for index, (paragraph, following) in enumerate(pairwise(paragraphs)):
        if index != start and credits_a_picture(following) and is_caption_sized(paragraph):
            copies.add(fold(paragraph))  # "Sept stations ont été mobilisées." / "Crédit : Archives"
        if credited_copy(paragraph, following) or _legend_of_its_name(paragraph, following):
            copies |= {fold(paragraph), fold(following)}
        if _card_with_its_kicker_glued(paragraph, following):
            copies |= {fold(paragraph), fold(following)}
    # A long legend printed twice over its credit (the alt text, then the legend): an article
    # never prints a paragraph twice in a row.
    for line, again, credit in zip(paragraphs, paragraphs[1:], paragraphs[2:], strict=False):
        if fold(line) == fold(again) and credits_a_picture(credit):
            copies.add(fold(line))
    return copies - {""}


def credited_copy(line: str, following: str) -> bool:
    """A picture's alt text, then its legend: the same words and a credit ("… sur le terrain"
    / "… sur le terrain - J.V."). An article never prints a paragraph twice so."""
    folded, next_folded = fold(line), fold(following)
    rest = next_folded[len(folded) :] if len(folded) >= 15 and next_folded.startswith(folded) else ""
    dashed = re.fullmatch(r"\s*[-–—|/]\s*(?P<credit>\S.{0,40})", rest)
    if dashed is not None:
        # (a short legend, "Léa Roy, députée." / "… - Belga", when an agency credits it)
        return len(folded) >= 40 or credits.is_photo_agency(following[-len(dashed["credit"]) :])
    # (or after the legend's full stop, the credit's capitalised words alone: "… face à Zagreb.
    # Panoramic.", never a sentence going on)
    tail = following[len(line) :] if len(folded) >= 40 and rest and following.startswith(line) else ""
    return line.rstrip().endswith((".", "!", "?", "»")) and bool(_CREDIT_WORDS.fullmatch(tail))


_CREDIT_WORDS = re.compile(r"\s*[A-ZÀ-Ý][\w'’.-]*(?:\s*[/ ]\s*[A-ZÀ-Ý][\w'’.-]*){0,3}\.?\s*")


def _card_with_its_kicker_glued(line: str, following: str) -> bool:
    """Another article's card: its picture's alt text, kicker and title ("Super League. Servette
    s'impose"), then its link, the kicker styled apart and scraped glued ("Super LeagueServette
    s'impose"). An article never prints a sentence twice so."""
    kicker, dot, title = line.partition(". ")
    return bool(dot) and len(kicker.split()) <= 3 and title[:1].isupper() and following == kicker + title


def _legend_of_its_name(line: str, following: str) -> bool:
    """A portrait's alt text, its subject's name, then its legend ending with the name ("Léa
    Roy" / "La maire de Kerlouan, Léa Roy"): no paragraph of an article is shaped so."""
    name = line.strip()
    if not _NAME_ALONE.fullmatch(name) or len(following.split()) > 15:
        return False
    return following.rstrip().endswith(f", {name}")


_NAME_ALONE = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}")


def credits_a_picture(line: str) -> bool:
    """A credit line alone ("Crédit : Archives", "©La Presse Canadienne"), not a copyright
    footer ("© 2024 Kerne Hebdo. Tous droits réservés")."""
    return (
        credits.is_credit_line(line)
        and len(line.split()) <= 8
        and not re.search(r"\d{4}|droits|rights|réservé", line, re.IGNORECASE)
    )


def is_caption_sized(line: str) -> bool:
    """One sentence of a few words: a caption; the article's paragraphs say more."""
    return len(line.split()) <= 18 and not re.search(r"[.!?»]\s+[A-ZÀ-Ý]", line)
