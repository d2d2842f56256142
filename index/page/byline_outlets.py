"""The outlet a byline or a signature names: a source line under the headline, a writer "pour la
revue X", the author's address at the site's domain, a medium signing the lead."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.outlets import known_outlets
from index.page.own_voice import is_medium_name, is_web_brand
from index.page.prose import is_prose
from index.text import fold_chars

# "Source : TF1 Info" alone under the headline and its date. (Lower on the page, or inside a
# paragraph, a source line cites another outlet: "Source : Le Monde" under a summary.)
_SOURCE_LINE = re.compile(r"^(?i:source)\s*:\s*(?P<name>[^,;:()]{2,40}?)\.?$")
_SOURCE_LINE_DEPTH = 6


def source_line(top: Sequence[str]) -> str:
    """A known outlet, not an agency, named by a source line among the page's first lines,
    above the article's first paragraph."""
    for line in top[:_SOURCE_LINE_DEPTH]:
        if is_prose(line):
            break
        match = _SOURCE_LINE.match(line.strip())
        outlet = known_outlets().named(match["name"]) if match else None
        if match and outlet is not None and not outlet.is_agency:
            return match["name"].strip()
    return ""


# "Par Romane Gentil, pour le 17e numéro de la revue Sesame (mai 2025)": the periodical a
# writer wrote for, named after its kind.
_WRITING_FOR = re.compile(
    r"^(?i:par)\s+[^,]{3,60},\s+(?i:pour)\s+(?:(?i:le|l['’])\s*[^,]{1,30}?\s+(?i:de|d['’]|du)\s*)?"
    r"(?:(?i:la|le|l['’])\s*)?(?i:revue|magazine|journal|mensuel|hebdomadaire|quotidien|site)\s+"
    r"(?P<name>[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,2})"
)


def writing_for(lines: Sequence[str]) -> str:
    """The periodical a byline says its writer wrote the article for."""
    for line in lines[:40]:
        match = _WRITING_FOR.match(line.strip())
        if match is not None:
            outlet = known_outlets().named(match["name"])
            if outlet is None or not outlet.is_agency:
                return match["name"]
    return ""


# A Canadian station signing as its call letters, one or two stations run together: "Par:
# CIMTCHAU", "Par CKOI-FM". (A person's name in capitals has vowels where call letters need none.)
_CALL_SIGN_BYLINE = re.compile(
    r"^(?i:par)\s*:?\s*(?P<name>C[A-Z]{3}(?:-?(?:FM|TV|AM))?(?:C[A-Z]{3}(?:-?(?:FM|TV|AM))?)?)\s*$"
)


def call_sign_byline(lines: Sequence[str]) -> str:
    """A station's call letters as the byline."""
    return next((m["name"] for m in map(_CALL_SIGN_BYLINE.match, lines[:40]) if m is not None), "")


# "Ouestafnews – Le poisson se fait rare …": a medium signing the lead, as an agency signs its
# dispatch. (A place does so too, "Dakar – Le …": only a medium's or a known outlet's name counts.)
_SIGNED_LEAD = re.compile(r"^(?P<name>[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,2})\s+[–—-]\s+[A-ZÀ-Ý«]")


def signed_lead(lines: Sequence[str]) -> str:
    """A medium's name opening the article's first paragraph before a dash."""
    lead = next((line for line in lines[:25] if is_prose(line)), "")
    match = _SIGNED_LEAD.match(lead.strip())
    if match is None:
        return ""
    name = match["name"]
    outlet = known_outlets().named(name)
    if outlet is not None:
        return "" if outlet.is_agency else name
    return name if is_web_brand(name) or is_medium_name(name) else ""


_ADDRESS = re.compile(
    r"^(?P<user>[\w.+-]+)@(?:www\.)?(?P<domain>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})$", re.IGNORECASE
)
_BYLINE_NAME = re.compile(r"(?i:par)\s+(?P<name>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){1,2})\s*$")
# Mail services lend an address to anyone: their domain names no site.
_MAIL_SERVICES = frozenset(
    "gmail.com yahoo.fr yahoo.com hotmail.com hotmail.fr outlook.com outlook.fr live.fr orange.fr"
    " free.fr laposte.net icloud.com protonmail.com proton.me gmx.fr sfr.fr wanadoo.fr".split()
)


def author_address(lines: Sequence[str]) -> str:
    """The site's domain in its author's address, alone on a line under the byline that names
    him ("Par Cynthia Dubé" over "cdube@estrieplus.com"): the address must spell his name."""
    for index, line in enumerate(lines[:40]):
        match = _ADDRESS.match(line.strip())
        if match is None or match["domain"].lower() in _MAIL_SERVICES:
            continue
        above = " ".join(lines[max(index - 2, 0) : index])
        byline = _BYLINE_NAME.search(above)
        if byline is not None and _spells(match["user"], byline["name"]):
            return match["domain"].lower()
    return ""


def _spells(user: str, name: str) -> bool:
    """ "cdube" for "Cynthia Dubé", "jean.dupont" for "Jean Dupont": the surname, whole."""
    surname = fold_chars(name.split()[-1]).lower()
    return len(surname) >= 3 and surname in fold_chars(user).lower()
