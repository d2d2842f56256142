"""Results lines: two teams and their score, in the columns a sports page sets apart with spaces."""

from __future__ import annotations

import re

# "US SEYNOISE   RC AUBENAS  21-23 (Bd)": two names a run of spaces apart, each ending on a
# letter, a digit or a dot, then the score and perhaps a bonus's code.
_TEAM = r"[A-ZÀ-Ý0-9](?:\S| (?! ))*?[\w.)]"
_COLUMNS = re.compile(
    rf"^[ \t]*(?P<home>{_TEAM})[ \t]{{2,}}(?P<away>{_TEAM})[ \t]+"
    r"(?P<score>\d{1,3}[ \t]*[-–—][ \t]*\d{1,3}(?:[ \t]*\([^)\n]{1,12}\))?)[ \t]*$"
)
# The same line once its spaces are collapsed but the gap between the teams.
_KEPT = re.compile(r"^\S.{0,60}?\S  \S.{0,60}? \d{1,3} ?[-–—] ?\d{1,3}(?: \([^)]{1,12}\))?$")


def collapsed_spaces(line: str) -> str:
    """The line with each run of spaces made one, but the gap between a results line's two
    teams, kept two wide: one space would run the names together ("RC AUBENAS US SEYNOISE")."""
    found = _COLUMNS.match(line) if "  " in line.strip() and line.rstrip()[-1:] in "0123456789)" else None
    if found is None:
        return " ".join(line.split())
    home, away, score = (" ".join(found[part].split()) for part in ("home", "away", "score"))
    return f"{home}  {away} {score}"


def is_results_line(line: str) -> bool:
    """A results line, its spaces collapsed: no sentence to join to the next."""
    return bool(_KEPT.match(line))
