"""A site that names itself by saying what it is: its tagline, its edition, its menu's heading."""

from __future__ import annotations

import re

from index.page.first_line import name_shaped

# "Togo Actualite - Premier site d'information du Togo": a site that says what it is.
_SELF_DESCRIBED = re.compile(
    r"^(?P<name>[A-ZÀ-Ý0-9][\w'’.&-]*(?: [\w'’.&-]+){0,3})\s+[-–—|:]\s+"
    r"(?:(?:le|la|l'|votre|ton|premier|première|1er|n°\s?1|meilleur|nouveau|grand|petit)\s+)*"
    r"(?:site|portail|journal|quotidien|hebdomadaire|média|magazine|radio|télévision|chaîne|webzine)\b"
    r".{0,60}\b(?:information|informations|actualité|actualités|info|infos|nouvelles|news)\b",
    re.IGNORECASE,
)


# "Le Courrier (édition Vannes)", "Le Courrier - Édition de Vannes": a paper and its edition.
_EDITION = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w'’.&-]*(?: [\w'’.&-]+){0,3}?)\s*(?:\(|[-–—|,]\s*)"
    r"(?:[ÉéEe]dition|éd\.)\s+(?:de |du |des |d[’'])?[A-ZÀ-Ý][\w'’ -]{0,30}\)?$"
)

# The site's menu, headed with its name: "Kerne Infos - Rubriques".
_MENU_HEADING = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w'’.&-]*(?: [\w'’.&-]+){0,2})\s[-–—]\s(?:Rubriques|Catégories)$"
)


def self_described_site(line: str) -> str:
    """The name a site gives itself on its tagline line or beside its edition, or ""."""
    if len(line) >= 160:
        return ""
    line = line.strip()
    match = _SELF_DESCRIBED.match(line) or _EDITION.match(line) or _MENU_HEADING.match(line)
    return match.group("name") if match and name_shaped(match.group("name")) else ""
