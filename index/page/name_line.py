"""An unknown name on the page's first line (or between the headline and its date line): the
site's brand only when the page names it again, or it is a domain, a known outlet, a station."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.outlets import known_outlets
from index.page import clutter, interface
from index.page.credited_outlet import named_as_a_place
from index.page.date_lines import date_candidates
from index.page.first_line import no_brand
from index.page.medium_names import DOMAIN, is_web_brand
from index.page.site_domains import spaced_form
from index.text import fold

# Agencies and photo banks credit a picture or a dispatch, not the site that published the page.
NOT_SITES = {
    "ap",
    "afp",
    "reuters",
    "keystone",
    "getty images",
    "dpa",
    "ats",
    "epa",
    "shutterstock",
    "belga",
    "sda-ats",
}
_MAX_SITE_WORDS = 4


def site_like(line: str) -> bool:
    """A line short and shaped enough to be a site's name: no sentence, label, button or agency."""
    text = line.strip()
    words = text.split()
    if not words or len(words) > _MAX_SITE_WORDS or len(text) > 40:
        return False
    if clutter.ends_sentence(text) or text.endswith(":") or interface.is_ui(text):
        return False
    if clutter.is_section_label(text) or text.lower() in NOT_SITES:
        return False
    return bool(DOMAIN.match(text)) or text[0].isupper() or text[0].isdigit()


_STATION = re.compile(rf"(?=[A-ZÀ-Ý0-9]){interface.STATION}")


def name_line(lines: Sequence[str], headline: str | None) -> str:
    """An unknown name on the first line: a brand only when the page names it again (or in
    its spaced form) or it is a domain; else a section label, a place, a button."""
    top = lines[0] if lines else ""
    if _between_the_headline_and_its_date(lines, headline):
        top, lines = lines[1], lines[1:]  # ("Titre" / "Le Poing" / "Publié le 22 janvier …")
    if top and _STATION.fullmatch(top):
        return top  # "WKND 91.9 FM": a station's name and frequency heading its page
    if not top or not site_like(top) or fold(top) == fold(headline or ""):
        return ""
    if known_outlets().named(top) is not None or DOMAIN.match(top):
        return top
    if no_brand(top, lines, headline):
        return ""
    return top if _named_again_as_a_brand(top, lines) else ""


def _between_the_headline_and_its_date(lines: Sequence[str], headline: str | None) -> bool:
    """A title with its article under the headline (maybe printed after a kicker) and over its
    labelled date line."""
    if len(lines) < 3 or not headline or not fold(lines[0]).endswith(fold(headline)):
        return False
    return bool(_ARTICLED_NAME.fullmatch(lines[1].strip()) and _LABELLED_DATE.match(lines[2])) and bool(
        date_candidates(lines[2])
    )


# A title with its article, never a person's name: "Le Poing", "La Brèche", "L'Avenir".
_ARTICLED_NAME = re.compile(r"(?:Le|La|Les|L['’])\s?[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?")
_LABELLED_DATE = re.compile(r"^\s*(?i:publié|mis en ligne|paru)\b")


def _named_again_as_a_brand(top: str, lines: Sequence[str]) -> bool:
    """Named again as written: a brand keeps its capitals ("Suisse Romande" above a headline
    that says "Suisse romande" is a section label, not a site); but "le procureur de Namur"
    names a place, whose label is over the article ("le futur de RTC" names none)."""
    # (Spaced or not, "Le Pêcheur" or "LePêcheur"; "Tunisiens" is no "Tunisie".)
    key = re.compile(r"\s?".join(re.escape(c) for c in top.replace(" ", "")) + r"(?![a-zà-ÿ])")
    # (Not inside another name: "le GIE Territoires" under a "Territoires" rubric.)
    again = any(
        not _INSIDE_A_NAME.search(line[: found.start()])
        for line in lines[1:40]
        for found in key.finditer(line)
    )
    brand = (top.isupper() and " " not in top) or is_web_brand(top)  # ("accordées à DaarDaar")
    # (A place's name shouted over the page, that the text writes as a place's in lower case,
    # is its dateline: "MONTRÉAL-NORD" over "… dans l'arrondissement de Montréal-Nord"; an
    # acronym keeps its capitals: "le futur de TVK".)
    shouted_place = top.isupper() and not any(top in line for line in lines[1:40])
    if (not brand or shouted_place) and named_as_a_place(top, lines[1:40]):
        return False
    return again or bool(spaced_form(top, lines[1:12]))


_INSIDE_A_NAME = re.compile(r"[a-zà-ÿ,]\s+[A-ZÀ-Ý][\w'’-]+\s$")
