"""Datelines that date an article when no line of the page is a date line: a letter's, a
release's, a dispatch's or a wire's, at a paragraph's start."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from index.page import credits
from index.page.date_writing import parse_date

# A letter's, a release's or a dispatch's dateline, opening the text: "Tunis, le 26 janvier
# 2022 - Depuis …", "Paris, 18 août 2023 (AFP) – …".
_DATELINE = re.compile(
    r"(?:^|[.:]\s+)[A-ZÀ-Ý][\w'’-]+(?: [\w'’-]+){0,3},\s+(?:le\s+)?"
    r"(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"  # "Port-au-Prince, mercredi 24 …"
    r"(?P<date>\d{1,2}(?:er)?\s+\w+\s+\d{4})\s*(?:\([^()]{1,30}\)\s*)?[-–—:.]\s"  # "(AIB) –"
)  # (or a letter's full stop: "NUKU HIVA, le 19 mars 2017. Le ministre …")


def dateline_date(lines: Sequence[str]) -> datetime | None:
    """The date of a dateline at the start of a paragraph or after a signature, when no line
    of the page is a date line."""
    for line in lines:
        if credits.is_captioned(line):
            continue  # "… du Soudan. Berne, 25 avril 2023. — © X / AFP": the picture's day
        match = _DATELINE.search(line[:300]) or _DATE_OPENING.match(line) or _WIRE_DATELINE.match(line)
        if match and match.groupdict().get("hour"):
            return parse_date(f"{match['date']} à {match['hour']}h{match['minute']}")
        if match:
            return parse_date(match["date"])
    return None


# A paragraph opening with its day, alone or after the outlet's name, then a dash or a colon:
# "18.02.2011 – Les producteurs …", "DIA-23 juin 2017: Le président …", "03/07/2020 | Ce …".
_DATE_OPENING = re.compile(
    r"^\s*(?:[A-ZÀ-Ý][\w.'’]{1,20}\s*[-–—]\s*)?"
    r"(?P<date>\d{1,2}(?:er)?(?:[./]\d{1,2}[./]\d{4}|\s+[a-zéû]{3,9}\s+\d{4}))"
    # (with its time after a dash: "14/08/2016 – 07H00 Rennes (Kerne-infos.fr) – Samedi …")
    r"(?:\s*[-–—]\s*(?P<hour>\d{1,2})\s?[hH:]\s?(?P<minute>\d{2})\s+|\s*[-–—:|]\s+)[A-ZÀ-Ý«]"
)


# A wire's dateline, its place, agency and day between bars: "Nouméa, France | AFP | dimanche
# 26/02/2023 - Les représentants …".
_WIRE_DATELINE = re.compile(
    r"^\s*[A-ZÀ-Ý][\w'’ -]{1,30}(?:,\s*[\w'’ -]{2,30})?\s*\|\s*[A-Z][\w-]{1,15}\s*\|\s*"
    r"(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    r"(?P<date>\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}(?:er)?\s+[a-zéû]{3,9}\s+\d{4})\s*[-–—]\s"
)
