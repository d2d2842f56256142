"""A site that names itself by saying what it is: its tagline, its edition, its menu's heading."""

from __future__ import annotations

import re

from index.areas import is_place_label
from index.page import clutter, interface
from index.page.first_line import name_shaped
from index.page.medium_names import MEDIA_WORDS, is_web_brand
from index.text import fold_chars

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


# A medium's tagline under its name: "Le meilleur de la presse flamande en français", "Votre
# quotidien du Léon", "L'actualité de la Côte d'Ivoire en continu".
_MEDIUM_S_TAGLINE = re.compile(
    r"^(?i:le|la|l['’]|les|votre|ton|toute|tout)\b[^.!?]{0,40}?"
    r"\b(?i:presse|journal|quotidien|hebdomadaire|hebdo|magazine|actualités?|infos?|informations?|nouvelles)\b"
    r"[^.!?]{0,60}$"
)
_NAME_WORDS = 4
# A medium's title by its kind after its article, the rest of any case: "La gazette du pays de X".
_ARTICLED_KIND = re.compile(r"^(?:Le|La|L['’]|Les)\s?(?P<kind>[\w-]+)\b[^.!?:]{0,50}$")


def _a_medium_s_title(name: str) -> bool:
    found = _ARTICLED_KIND.match(name)
    return found is not None and fold_chars(found["kind"].lower()) in MEDIA_WORDS


def named_over_its_tagline(lines: list[str]) -> str:
    """The page's first line, a name alone, over a medium's tagline (one line, or broken in two):
    "DaarDaar" / "Le meilleur de la presse" / "flamande en français"."""
    if len(lines) < 2:
        return ""
    name = lines[0].strip()
    titled = _a_medium_s_title(name)  # ("La gazette du pays de Quimperlé", in lower case)
    shaped = (0 < len(name.split()) <= _NAME_WORDS and name_shaped(name)) or titled
    if not shaped or name.endswith((".", ":")):
        return ""
    if clutter.is_section_label(name) or is_place_label(name):
        return ""
    if interface.is_ui(name) and not is_web_brand(name):
        return ""  # (an advertising label over the site's tagline: "Publicité"; "DaarDaar" is a name)
    tagline = " ".join(line.strip() for line in lines[1:3] if len(line) < 80)
    one_line = _MEDIUM_S_TAGLINE.match(lines[1].strip())
    return name if one_line or _MEDIUM_S_TAGLINE.match(tagline) else ""
