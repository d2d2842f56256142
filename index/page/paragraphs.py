"""How a scraped page's text splits into paragraphs: one a line, or a block of hard-wrapped
lines joined back, a sentence broken across lines joined, and what a page glues to a
paragraph's start (a date stamp, a credit, a picture's file name, an update's label) set apart."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.page import clutter
from index.page.date_lines import date_candidates
from index.page.date_writing import parse_date
from index.page.results import collapsed_spaces, is_results_line


def split_paragraphs(text: str) -> list[str]:
    """Non-blank paragraphs. Scraped pages put one paragraph per line; a block of
    hard-wrapped lines (a plain-text article wrapped at a fixed width) is joined back."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [collapsed_spaces(line) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if _is_hard_wrapped(lines):
            paragraphs.append(_join_wrapped(lines))
        else:
            paragraphs.extend(_with_run_ons_joined(lines))
    return [part for paragraph in paragraphs for part in _without_glued_stamp(paragraph)]


# A photographer's credit glued before the paragraph under the picture: "Photo : Noé Roy – Les
# deux dernières séances du conseil …".
_GLUED_CREDIT = re.compile(
    r"^((?i:photos?|crédits?(?: photos?)?)\s*:\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3})\s+[–—-]\s+"
    r"(?=[A-ZÀ-Ý].{80,})"
)


# A date stamp glued to the paragraph it opens: "14 décembre 2009Le syndic a fait le point …".
_GLUED_STAMP = re.compile(r"^(\d{1,2}(?:er)? [a-zéû]{3,9}\.? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})(?=[A-ZÀ-Ý«])")


# A picture's file name, its alt text, glued to the paragraph under it: "merignac1webCertes, ce
# n'est pas …" (lower case with a digit, as no word of French is written).
_GLUED_FILE_NAME = re.compile(r"^[a-z][a-z_-]*\d+[a-z0-9_-]*(?=[A-ZÀ-Ý][a-zà-ÿ'’]*[ ,].{40,})")


# An update's label with no date, glued to the paragraph: "mise à jourDurant une semaine, …".
_GLUED_LABEL = re.compile(r"^(?i:mise? à jour|actualisé|updated)(?=[A-ZÀ-Ý][a-zà-ÿ'’]*[ ,].{40,})")


def _without_glued_stamp(paragraph: str) -> list[str]:
    """The stamp (or a photographer's credit) on a line of its own, so that it is read as the
    date (or dropped as a credit) and the text as the text; a picture's file name dropped."""
    paragraph = _GLUED_LABEL.sub("", _GLUED_FILE_NAME.sub("", paragraph))
    credit = _GLUED_CREDIT.match(paragraph)
    if credit is not None:
        return [credit[1], paragraph[credit.end() :]]
    match = _GLUED_STAMP.match(paragraph)
    if match is None or parse_date(match[1]) is None:
        return [paragraph]
    return [match[1], paragraph[match.end() :]]


def _with_run_ons_joined(lines: Sequence[str]) -> list[str]:
    """A sentence the page broke across lines among other lines ("La préfète … a entamé" /
    "une tournée des municipalités …" / "tournée :"): a line cut after a word, then words in
    lower case (a few at least, unless the sentence already runs on: a lone "mediacongo" under
    a title is the site's name, "mise à jour" a label). A headline broken so is joined too
    ("Jusqu'à 300 euros d'économies" / "en changeant de fournisseur")."""
    joined: list[str] = []
    running_on = False
    last = ""  # the last line as the page printed it, before any joining
    for line in lines:
        previous = joined[-1] if joined else ""
        cut = len(previous) >= 25 and re.search(r"[a-zà-ÿ,]$", previous) is not None
        # (A line never ends on "du" or on a name's hyphen: "… du" / "Gouvernement de …",
        # "Félix-" / "Antoine …", whatever the case the next line opens with.)
        # (Only a short line, wrapped at a width; a teaser cut at its length is longer.)
        # (But for a date line whose byline is empty: "Publié : 11 avril 2016 à 12h06 par".)
        dangling = 25 <= len(last) <= 100 and bool(_DANGLING_END.search(last)) and not _an_empty_byline(last)
        # (a headline broken after its kicker's colon: "Léa Roy :" / "l'économie au service …")
        dangling = dangling or (_NAME_AND_COLON.match(last) is not None and line[:1].islower())
        last = line
        if previous and _GOES_ON_AFTER_A_LINK.match(line):
            joined[-1] = previous + line  # "Europe 1" / ", I Télé et l'Express sont …": a link's text
            running_on = True
            continue
        lower = line[:1].islower() and (running_on or len(line.split()) >= 4) and not _is_meta(line)
        if (cut and lower) or dangling:
            joined[-1] = _join_wrapped([previous, line])
            running_on = True
            continue
        joined.append(line)
        running_on = False
    return joined


_GOES_ON_AFTER_A_LINK = re.compile(r"^[,;]\s+\S+(?:\s+\S+){4,}")
_NAME_AND_COLON = re.compile(r"^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}\s*:$")
_DANGLING_END = re.compile(
    r"(?:\s(?:de|du|des|la|le|les|à|au|aux|et|en|sur|par|pour|un|une|l['’]|d['’])|[a-zà-ÿ]-)$", re.IGNORECASE
)


def _an_empty_byline(line: str) -> bool:
    return _META_START.match(line) is not None and bool(date_candidates(line))


def _is_meta(line: str) -> bool:
    """A line the page starts in lower case that is no sentence's rest: "mardi 5 mars 2024,
    17:45", "par Léa Morvan", "mis à jour le …"."""
    return bool(_META_START.match(line) or clutter.is_byline(line) or date_candidates(line[:40]))


# (a label glued to the paragraph after it ends the word too: "mise à jourDurant une semaine …")
_META_START = re.compile(
    r"(?:par|by|publié|mis à jour|mise à jour|modifié|photo|crédit|source)(?:\b|(?-i:(?=[A-ZÀ-Ý])))", re.I
)


def _is_hard_wrapped(lines: Sequence[str]) -> bool:
    """Lines cut at a fixed width: nearly all as long as the longest, and most running on."""
    if len(lines) == 2:
        first, second = lines
        return (
            len(first) >= 60
            and not clutter.ends_sentence(first)
            and second[:1].islower()
            and not _is_meta(second)
        )
    if len(lines) < 3 or len(set(lines)) < len(lines):
        return False  # (a caption printed twice, as alt text then legend, is no wrapped text)
    if sum(map(is_results_line, lines)) * 2 >= len(lines):
        return False  # a round's results, a match a line
    # (other articles' titles, each ending on its day and time: "… - Jeudi, 14 Octobre 2021 15:00")
    if sum(line.rstrip()[-1:].isdigit() for line in lines) * 2 >= len(lines):
        return False
    width = max(len(line) for line in lines)
    if not 50 <= width <= 120:
        return False
    body = lines[:-1]
    full = sum(1 for line in body if len(line) >= 0.7 * width)
    open_ended = sum(1 for line in body if not clutter.ends_sentence(line) or len(line) >= 0.9 * width)
    # (Two lines over a short one: both run on, or the first ends its paragraph; a legend
    # under a teaser's line, "• Les gendarmes … ce dimanche." / "… ce dimanche. LE KERLO - LÉA
    # ROY" / "Publié le", is no wrapped text.)
    return full >= 0.8 * len(body) and open_ended >= max(0.5 * len(body), min(len(body), 2))


def _join_wrapped(lines: Sequence[str]) -> str:
    joined = lines[0]
    for line in lines[1:]:
        # "nord-" + "coréen": a hyphen at a wrap point is kept, with no space.
        # ("Félix-" + "Antoine": a name's hyphen too.)
        hyphen = joined.endswith("-") and (
            line[:1].islower() or (joined[-2:-1].isalpha() and line[:1].isupper())
        )
        joined = joined + line if hyphen else f"{joined} {line}"
    return joined
