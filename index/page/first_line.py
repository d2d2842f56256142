"""What a page's first line is when it names no site: a kicker, a place, a category, a public
body, the headline's rubric, the author's name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.areas import is_place_label
from index.page.headline_glue import KICKER
from index.page.medium_names import LINK_WORDS, is_medium_name
from index.text import fold


def no_brand(top: str, lines: Sequence[str], headline: str | None) -> bool:
    """What the first line is when it is no brand: a kicker ("Réception du nouvel an"), a place
    or a category ("Tunisie"), a public body ("Fédération X"), the headline's rubric ("Top 14"
    over "Top 14 – Oyonnax-Bordeaux : …", "Élections" over "Élections Québec 2022: …"), the
    author's byline without its "Par" ("Marc Denault")."""
    if (
        not name_shaped(top)
        or is_place_label(top)
        or _a_category(top, lines[1:40])
        or _INSTITUTION.match(top)
    ):
        return True
    kicker = KICKER.match(headline or "")
    if (kicker is not None and fold(kicker["kicker"]) == fold(top)) or fold(headline or "").startswith(
        fold(top) + " "
    ):
        return True
    return bool(_PERSON_SHAPED.match(top)) and not is_medium_name(top)


# A given name and a surname, as a byline prints its author.
_PERSON_SHAPED = re.compile(
    r"^(?!(?:Le|La|Les|Un|Une|Des|Du|Au|Aux|Mon|Ma|Mes|Notre|Nos)\s)[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
    r" [A-ZÀ-Ý][a-zà-ÿ'’-]+$"
)
# A public body's name over the article is its topic's tag: "Fédération Wallonie-Bruxelles".
_INSTITUTION = re.compile(
    r"^(?:Fédération|Conseil|Ministère|Région|Parlement|Gouvernement|Assemblée|Sénat|Commission|Tribunal"
    r"|Cour|Commune|Ville|Province|Canton|Département|Union|Agence|Office|Université|Préfecture|Mairie)\b"
)


# "- Catégorie : Diaspora": the page's rubric, labelled as one.
_CATEGORY_LABEL = re.compile(
    r"^[-–•·*\s]*(?:cat[ée]gories?|rubriques?|sections?|th[èe]mes?|dossiers?)\s*:\s*(?P<name>.+?)\s*$",
    re.IGNORECASE,
)


def _a_category(name: str, lines: Sequence[str]) -> bool:
    """The line's words are the page's rubric: a line below labels them as its category."""
    labels = (_CATEGORY_LABEL.match(line) for line in lines)
    return any(label is not None and fold(label["name"]) == fold(name) for label in labels)


def name_shaped(text: str) -> bool:
    """Every word capitalised, a number, or a short link word ("Le Temps", "La Voix du Nord")."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in LINK_WORDS for w in text.split())
