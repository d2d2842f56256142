"""Codes of services, no names: a bus line's, a fuel's, a league's ("lignes C9 et C10", "le SP98")."""

from __future__ import annotations

import re

from index.entities.rules import names_an_organisation


def is_a_service_code(text: str, start: int, name: str) -> bool:
    """A bus line's, a fuel's, a league's code ("lignes C9, C10 et C11", "le SP98", "en D2"):
    no name, where a road's is a place ("l'autoroute E411", "la H189") and "G20", "TF1" are
    bodies. Told by the words before it, or by other codes listed beside it."""
    if not _SERVICE_CODE.match(name) or names_an_organisation(name, as_written=True):
        return False
    before = text[max(0, start - 30) : start].lower()
    if _SERVICE_WORD.search(before):
        return True
    # (in a list of codes: "C9, C10 et C11", "F1 et F2")
    return bool(
        _CODE_BESIDE.search(text[max(0, start - 12) : start]) or _CODE_AFTER.match(text, start + len(name))
    )


# (the model may take the article too, and the code may be spaced: "le T2", "JD 321", "ZI 7")
_SERVICE_CODE = re.compile(r"^(?:(?:Le|La|L['’])\s?)?[A-Z]{1,3}\s?\d{1,3}(?:-[A-Z]{1,3}\d{0,3})?$")
_SERVICE_WORD = re.compile(
    r"\b(?:lignes?|bus|tram(?:way)?s?|métros?|funiculaires?|navettes?|trains?|rer|carburants?|essence"
    r"|gazole|sans[- ]plomb|super|division|zones?)\b[^.]{0,20}$"
)
_CODE_BESIDE = re.compile(r"\b[A-Z]{1,3}\s?\d{1,3}(?:,| et| ou)\s+(?:le |la |l['’])?$")
_CODE_AFTER = re.compile(r"(?:,| et| ou)\s+[A-Z]{1,3}\s?\d{1,3}\b")
