"""Which lines are date lines (a day with a few other words, not a sentence) and how they are labelled."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.page import clutter
from index.page.date_writing import DATE_EXPRESSION, PUBLISHED, UPDATED

_PUBLISHED, _UPDATED = PUBLISHED, UPDATED  # (the labels' names here, where they are read most)
# A date line may carry a few other words ("Par Jean Dupont", "Publié le"), not a sentence,
# and its reading time ("Durée 1 min.", "Lecture : 3 min").
_MAX_OTHER_WORDS = 7
_READING_TIME = re.compile(
    r"\b(?:durée|temps de lecture|lecture)\s*:?\s*(?:<?\s*\d+\s*min\w*\.?)?"
    r"|\b\d+\s*min\b|\b(?:vue?s?|lue?s?)\s+\d[\d\s]*fois\b",  # ("- 4 min - vu 12367 fois", "Lu 1208 fois")
    re.IGNORECASE,
)


def date_candidates(line: str) -> list[str]:
    """Date expressions in `line`, in order, if the line is a date line rather than prose."""
    matches = list(DATE_EXPRESSION.finditer(line))
    if not matches:
        return []
    if clutter.is_truncated(line) and len(re.findall(r"\w+", line[matches[-1].end() :])) >= _EXCERPT_WORDS:
        return []  # "Le 10 novembre 2025, le président de la République,...": a teaser's excerpt
    column = _DATED_COLUMN.match(line)
    if column is not None and matches[0].start() == column.end():
        return [matches[0].group(0)]  # "Editorial du 19 février 2025 / Le titre …": its day, then its title
    rest = _READING_TIME.sub(" ", DATE_EXPRESSION.sub(" ", line))
    # A labelled line may also carry a byline and a rubric ("Par Léa Morvan - Actu Ligue 1, Mise
    # en ligne : le 09/04/2006 à 00h32").
    # (So may a banner with both days and the outlet's name: "L'Alsace - 07 août 2023 à 18:09 |
    # mis à jour le 07 août 2023 à 23:22 - Temps de lecture :", an update's line "Dernière
    # mise-à-jour de l'article : …", and a byline "Par Léa Morvan | Edition N°:5339 Le 29/08/2018".)
    labelled = (
        _PUBLISHED.search(rest)
        or _UPDATED.search(rest)
        or _OPENS_WITH_BYLINE.match(line)
        or _BYLINE_BESIDE.search(rest)
        or _SIGNED_ON_THE_DAY.search(line[: matches[0].start()])
    )
    most = _MAX_OTHER_WORDS + (6 if labelled else 0)
    if len(re.findall(r"\w+", rest)) > most or _is_period(line, matches):
        return []
    return [m.group(0) for m in matches]


# (A sentence cut short after its day: another article's excerpt, whose day is its story's.)
_EXCERPT_WORDS = 3
_COLUMN_DAY_WORDS = 4  # ("Éditorial du 19 février 2025" alone is a date line)
_DATED_COLUMN = re.compile(r"^\s*(?i:[ée]ditorial|[ée]dito|chronique|billet) du\s+")
# ("par | 27.09.2020 | En accès libre, Chroniques, Léa Morvan": a theme's byline, its author last)
_OPENS_WITH_BYLINE = re.compile(r"^\s*(?:par|by)\s*(?:\s[A-ZÀ-Ý]|\|)", re.IGNORECASE)
# The byline after the day, with the author's outlet: "mercredi 29 août 2018 à 14:10 Par Léa
# Roy, France Bleu Poitou"; or before it: "Le Kerne - Léa Roy le Mardi 1 Juin 2010 à 00:33".
_BYLINE_BESIDE = re.compile(r"(?:^|\s)(?:[Pp]ar|PAR)\s+[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý]")
_SIGNED_ON_THE_DAY = re.compile(
    r"[A-ZÀ-Ý][\w'’-]+\s+le\s+(?i:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$"
)


def _is_period(line: str, matches: Sequence[re.Match[str]]) -> bool:
    """ "du 31 octobre 1963 au 24 juin 2021": a span of time (a tagline's, an exhibition's),
    no day of publication."""
    return len(matches) == 2 and bool(
        re.search(r"\b(?:du|from)\s+$", line[: matches[0].start()], re.IGNORECASE)
        and re.fullmatch(r"\s+(?:au|to)\s+", line[matches[0].end() : matches[1].start()], re.IGNORECASE)
    )


def labelled_part(line: str) -> tuple[str, str]:
    """The line's label and the part of it to read: after "Publié" when an update comes
    first ("Mis à jour le 02/05/2014 à 18:04 Publié le 02/05/2014 à 12:44")."""
    label = label_of(line)
    published = _PUBLISHED.search(line) if label == "updated" else None
    if published is not None and date_candidates(line[published.start() :]):
        return "published", line[published.start() :]
    glued = _date_glued_on(line) if label == "published" else None
    return (label, glued) if glued else (label, line)


def has_a_date_glued_on(line: str) -> bool:
    """A line that is more than a date line, with "Publié le …" run on at its end: a
    breadcrumb, the headline, then the day (the line is the headline's too)."""
    return _date_glued_on(line) is not None


def _date_glued_on(line: str) -> str | None:
    glued = _GLUED_PUBLISHED.search(line)
    if glued is None or date_candidates(line) or not date_candidates(glued.group()):
        return None
    return glued.group()


# The page's label run on after a headline, with a few words after its day: "… dont 6 mois ferme
# Publié le samedi 23 decembre 2023 | AFP" (capitalised: prose's "publié le 3 mars" is a report's).
_GLUED_PUBLISHED = re.compile(r"(?<=[\w»”\"!?)])\s+(?-i:Publié|Mis en ligne)\s+le\s+[^.!?]{8,60}$")


def label_of(line: str) -> str:
    """ "published", "updated" (whichever label comes first) or "plain" for an unlabelled line."""
    published, updated = _PUBLISHED.search(line), _UPDATED.search(line)
    if published and not (updated and updated.start() < published.start()):
        return "published"
    return "updated" if updated else "plain"


def is_titled_date(line: str) -> bool:
    """A rubric's title with its day, unlabelled ("Les Infos du samedi 23 septembre 2023",
    "Flash-news : vendredi 25 avril 2014", "LE JOURNAL du 13.09.2017", "Journal télévisé de la
    région – 30.11.2017"): it may be a headline, where "Publié le …" is not."""
    column = _DATED_COLUMN.match(line)
    if column is not None and len(line[column.end() :].split()) > _COLUMN_DAY_WORDS:
        return True  # "Editorial du 19 février 2025 / Le titre …": the column's headline and day
    match = _TITLED_DATE.search(line) or _DASHED_TITLE_DATE.search(line)
    if match is None or label_of(line) != "plain" or not date_candidates(match["date"]):
        return False
    words = re.findall(r"[^\W\d_]{2,}", line[: match.start()])
    if match.re is _DASHED_TITLE_DATE and sum(1 for word in words if word.islower() and len(word) > 2) < 2:
        return False  # an outlet's banner: "La Voix du Nord - 12.03.2024"
    # (One word names a programme too: "INFO du 9 mars 2023", "Journal du 12 mars 2023".)
    return bool(words) and words[0][:1].isupper() and (len(words) >= 2 or len(words[0]) >= 4)


# The day closes the title, after "du", "de", "ce" or a colon (not a byline's "le", nor a banner's
# dash): "Élections 2024 : les résultats de ce dimanche 9 juin 2024".
_TITLED_DATE = re.compile(
    r"(?:\bdu|\bde|\bce|:)\s+(?P<date>(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+)?"
    r"(?:\d{1,2}(?:er)?\s+\w+\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}))"
    r"(?:\s+\d{1,2}[./]\d{1,2}[./]\d{4})?\s*$",  # (and the page's stamp of the same day)
    re.IGNORECASE,
)
# A programme's title, its day after a dash: "Journal télévisé du district de Nyon – 30.11.2017".
_DASHED_TITLE_DATE = re.compile(r"\s[-–—]\s+(?P<date>\d{1,2}[./]\d{1,2}[./]\d{4})\s*$")
