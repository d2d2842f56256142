"""A body named after its leader ("le gouvernement de François Legault"): the leader is the
name, the body no name of its own."""

from __future__ import annotations

import re

from index.areas import is_place_label
from index.entities.cleanup import Mention

# A body of people by its leader's given name, where the model or a pattern stopped: "le
# gouvernement de François" + "Legault", "le premier gouvernement de George" at a page's cut.
# (Written by hand: the patterns take "gouvernement de <Name>" for a country's, as in
# "gouvernement de Madagascar", which no capitalised word follows.)
_BODY_OF = re.compile(
    r"^(?i:gouvernement|cabinet|administration|régime|équipe|camp|clan)\s+(?:de|d['’])\s*[A-ZÀ-Ý][\w-]+$"
)
_SURNAME_NEXT = re.compile(r" [A-ZÀ-Ý][\w'’-]+")


def is_named_after_its_leader(mention: Mention, text: str) -> bool:
    """The mention is a body and its leader's given name, the surname after it or cut off."""
    if mention.label == "PER" or not _BODY_OF.match(mention.text):
        return False
    if is_place_label(mention.text.split()[-1].split("'")[-1].split("’")[-1]):
        return False  # a country's or a region's: "gouvernement de Madagascar", "… de Guinée Bissau"
    rest = text[mention.end :]
    return bool(_SURNAME_NEXT.match(rest)) or not rest.strip() or rest.startswith(("…", "\n"))
