"""Teams on a results page's score lines and standings rows, which the model finds no name in.

Local sports pages list a round's results a line a match, "US SEYNOISE  RC AUBENAS 21-23",
and the table below them, "3   AS MACONNAISE  6  2  1  0  1  18": clubs shouted, with no
sentence around them, where the model finds nothing or a town. Written by hand: a line's
layout is no pattern spaCy's matchers can state (they see tokens, not a line's columns).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A team: a capital, then up to seven more words of a club's name ("PAYS D'AIX RUGBY CLUB",
# "FC Lancy-Sports", "Olympique de Marseille"); `_is_a_team` checks the words' case.
_TEAM = r"[A-ZÀ-Ý][\w'.-]*(?: [\w'.-]+){0,7}?"
# Two teams apart by a run of spaces or a spaced dash, then the score: "A – B   1 – 4".
_MATCH = re.compile(
    rf"^[ \t]*(?P<home>{_TEAM})(?:[ \t]{{2,}}|[ \t]+[-–—][ \t]+)(?P<away>{_TEAM})"
    r"[ \t]+\d{1,3}[ \t]*[-–—][ \t]*\d{1,3}\b(?:[ \t]*\([^)\n]{1,12}\))?[ \t]*$",
    re.MULTILINE,
)
# The score between the teams, the scorers after: "Brest 3-0 Tours (Battocchio 30e, Adnane 90e)".
_SCORE_BETWEEN = re.compile(
    rf"^[ \t]*(?P<home>{_TEAM})[ \t]+\d{{1,3}}[ \t]*[-–—][ \t]*\d{{1,3}}[ \t]+(?P<away>{_TEAM})"
    r"[ \t]*(?:\([^()\n]{0,200}\))?[ \t]*$",
    re.MULTILINE,
)
# A standings row: a rank, the team, then four counts or more ("8  2  2  0  0  21").
_STANDING = re.compile(
    rf"^[ \t]*\d{{1,2}}\.?[ \t]+(?P<team>{_TEAM})(?:[ \t]+-?\d{{1,4}}){{4,}}[ \t]*$", re.MULTILINE
)


# A round's fixtures, a match a line (or a run of spaces apart, once the page's lines are
# joined), the teams joined by a hyphen, the score after it if played: "Standard-Anderlecht
# 2-1", "FC Bruges-Westerlo" (one hyphen: "Zülte-Wagerem-Tubize" cannot be read).
_TEAM_WORDS = r"[A-ZÀ-Ý][\w'.]+(?: [A-ZÀ-Ý][\w'.]*){0,3}"
_FIXTURE = re.compile(rf"(?P<home>{_TEAM_WORDS})-(?P<away>{_TEAM_WORDS})(?: \d{{1,3}}-\d{{1,3}})?")
_SEGMENT = re.compile(r"(?:^|(?<=\n)|(?<=  ))[ \t]*(\S(?:[^\n]*?\S)?)(?=  |[ \t]*\n|[ \t]*$)")
# (Three in a row at least: a town's own hyphen is alone on its line, "Saint-Malo".)
_FIXTURES_IN_A_ROUND = 3
_HYPHENATED_TOWN_HEADS = frozenset("saint sainte mont pont port val bois aix fort".split())


def team_bounds(text: str) -> Iterator[tuple[int, int]]:
    """The [start, end) offsets of every team the text's score lines, fixtures and standings
    rows name."""
    yield from _fixture_bounds(text)
    for found in (*_MATCH.finditer(text), *_SCORE_BETWEEN.finditer(text)):
        for side in ("home", "away"):
            if _is_a_team(found.group(side)):
                yield found.span(side)
    for found in _STANDING.finditer(text):
        if _is_a_team(found.group("team")):
            yield found.span("team")


def _is_a_team(name: str) -> bool:
    """A name's words: each capitalised or a particle ("Olympique de Marseille"), never a
    sentence's ("Le score final est de"), and not a score sheet's heading ("Buts")."""
    words = name.split()
    capitalised = [word[:1].isupper() or word[:1].isdigit() for word in words]
    named = all(upper or word.lower() in _PARTICLES for word, upper in zip(words, capitalised, strict=True))
    return named and capitalised[0] and name not in _SHEET_HEADINGS


_SHEET_HEADINGS = frozenset({"Buts", "Score", "Résultat", "Résultats", "Classement", "Total", "Mi-temps"})
_PARTICLES = frozenset("de du des d' la le les l' et sur en".split())


def _fixture_bounds(text: str) -> Iterator[tuple[int, int]]:
    fixtures = [
        (segment.start(1), found)
        for segment in _SEGMENT.finditer(text)
        if (found := _FIXTURE.fullmatch(segment[1])) is not None
        and found["home"].split()[0].lower() not in _HYPHENATED_TOWN_HEADS
    ]
    if len(fixtures) >= _FIXTURES_IN_A_ROUND:
        for offset, found in fixtures:
            yield offset + found.start("home"), offset + found.end("home")
            yield offset + found.start("away"), offset + found.end("away")
