"""The outlet a byline, a signature or the site's own voice names: a source line, a writer's
periodical, the author's address or employer, a station's call letters, a medium signing the
lead or addressed by the speaker, a login prompt, a dated copyright, a picture's domain credit."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.areas import is_place_label
from index.outlets import known_outlets
from index.page.medium_names import is_medium_name, is_web_brand
from index.page.own_voice import TOLD
from index.page.prose import is_prose
from index.page.site_domains import PLATFORM_DOMAINS
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


# A known outlet in brackets after a line's last sentence: "Le suivi des élections. [RTS]".
# (Square brackets only: in round ones an author signs with initials that may spell an outlet's
# acronym, "… certainement ! (MBC)".)
_BRACKETED_AFTER_A_SENTENCE = re.compile(r"[.!?»…]\s*\[(?P<name>[^\[\]]{2,40})\]\s*$")


def bracketed_after_a_sentence(lines: Sequence[str]) -> str:
    """A known outlet, not an agency, in square brackets after a line's last sentence: it signs
    the line (a source cited inside a sentence stands before its full stop); or in brackets
    alone on its line, under the byline: "(Le Matin)"."""
    for line in lines:
        match = _BRACKETED_AFTER_A_SENTENCE.search(line[-80:])
        outlet = known_outlets().named(match["name"].strip()) if match else None
        if match and outlet is not None and not outlet.is_agency:
            return match["name"].strip()
        alone = bracketed_outlet(line)
        if alone:
            return alone
    return ""


def bracketed_outlet(line: str) -> str:
    """A known outlet, not an agency, alone in brackets on its line ("(Le Matin)"), or ""."""
    match = _BRACKETED_ALONE.match(line) if len(line) < 50 else None
    outlet = known_outlets().named(match["name"].strip()) if match else None
    return match["name"].strip() if match and outlet is not None and not outlet.is_agency else ""


_BRACKETED_ALONE = re.compile(r"^\s*[\[(](?P<name>[^\[\]()]{2,40})[\])]\s*$")


# A byline of the outlet with the agency it drew on, closing a line: "20 Minutes avec AFP", glued
# to the standfirst it signs ("… jusqu'à mardi ou mercredi20 Minutes avec AFP").
_WITH_AN_AGENCY = re.compile(
    r"(?P<before>.{0,60}?)(?:\s+avec\s+(?:l['’])?(?:AFP|Reuters|AP|Belga|ATS|agences?)"
    r"|\s+et\s+(?:AFP|Reuters|Belga|ATS)|\s*/\s*(?:AFP|Reuters|Belga|ATS|TAP|MAP|APS))"
    # (the picture's credit after it: "BX1 et Belga – Photo : Bx1")
    r"\.?\s*(?:[-–—]\s*(?i:photos?|images?)\b.{0,40})?$"
)
# Where a name may start in the words before: after a space, or after a word a number is glued to.
_NAME_START = re.compile(r"(?:(?<=\s)|(?<=[a-zà-ÿ])(?=\d)|^)\S")


def with_an_agency(lines: Sequence[str]) -> str:
    """A known outlet signing with the agency it drew on, among the page's first lines (or
    the lines given: its last too)."""
    for line in lines:
        signed = _WITH_AN_AGENCY.search(line[-120:])
        if signed is None:
            continue
        before = signed["before"]
        for start in (m.start() for m in _NAME_START.finditer(before)):
            outlet = known_outlets().named(before[start:])
            if outlet is not None and not outlet.is_agency:
                return before[start:].strip()
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


# A writer's signature with the outlet after a dash, the surname in capitals: "Awa DIALLO-Kerne7",
# "Léa MORVAN - Le Courrier".
_AUTHOR_DASH_OUTLET = re.compile(
    r"^(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+){1,2}[A-ZÀ-Ý]{2,}(?:\s[A-ZÀ-Ý]{2,})?\s?[-–—]\s?"
    r"(?P<name>[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,2})$"
)
# A web brand with its number glued on: "Kerne7", "Zinfos974" (not in capitals: "COP28").
_NUMBERED_BRAND = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}\d{1,4}")


def author_dash_outlet(lines: Sequence[str]) -> str:
    """The outlet a writer's signature names after a dash, known (not an agency) or shaped as a
    web brand."""
    for line in lines:
        match = _AUTHOR_DASH_OUTLET.match(line.strip()) if len(line) < 60 else None
        if match is None:
            continue
        name = match["name"]
        outlet = known_outlets().named(name)
        if (outlet is not None and not outlet.is_agency) or (
            outlet is None and (is_web_brand(name) or _NUMBERED_BRAND.fullmatch(name))
        ):
            return name
    return ""


# "Publié par DK News le 12-09-2014, 18h24": the page's publisher named by its date line.
_PUBLISHED_BY = re.compile(
    r"^(?i:publié|posté|mis en ligne)e?\s+(?i:par)\s+(?P<name>[A-ZÀ-Ý0-9][\w'’.&-]*(?: [\w'’.&-]+){0,4}?)"
    r"\s+(?i:le|il y a)\s+\d"
)


# The byline's author and outlet slashed, before the page's counters: "Léa Roy/KerneInfo | Lu 512
# fois | Publié".
_SLASHED_BYLINE = re.compile(
    r"^(?:(?i:par)\s+)?[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){1,3}\s?/\s?"
    r"(?P<name>[A-ZÀ-Ý0-9][\w'’.-]*(?: [A-ZÀ-Ý0-9][\w'’.-]*){0,2})\s*\|"
)


def published_by(lines: Sequence[str]) -> str:
    """A medium the date line says published the page, or the byline slashes after its
    author: a known outlet, not an agency, or a name shaped like a medium's (a person
    publishes too: "Publié par Léa Roy le …")."""
    for line in lines[:40]:
        match = _PUBLISHED_BY.match(line.strip()) or _SLASHED_BYLINE.match(line.strip())
        if match is None:
            continue
        name = match["name"]
        outlet = known_outlets().named(name)
        if (outlet is not None and not outlet.is_agency) or (outlet is None and is_medium_name(name)):
            return name
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
    him ("Par Cynthia Dubé" over "cdube@estrieplus.com"): the address must spell his name, or
    be the newsroom's ("redaction@…")."""
    for index, line in enumerate(lines[:40]):
        match = _ADDRESS.match(line.strip())
        if match is None or match["domain"].lower() in _MAIL_SERVICES:
            continue
        above = " ".join(lines[max(index - 2, 0) : index])
        byline = _BYLINE_NAME.search(above)
        newsroom = match["user"].lower() in _NEWSROOM_USERS  # "redaction@estrieplus.com"
        if byline is not None and (newsroom or _spells(match["user"], byline["name"])):
            return match["domain"].lower()
    return ""


_NEWSROOM_USERS = frozenset({"redaction", "rédaction", "newsroom", "redac"})


def _spells(user: str, name: str) -> bool:
    """ "cdube" for "Cynthia Dubé", "jean.dupont" for "Jean Dupont": the surname, whole."""
    surname = fold_chars(name.split()[-1]).lower()
    return len(surname) >= 3 and surname in fold_chars(user).lower()


# A byline's role and the outlet it works for: "Léa Roy Journaliste au Vif", "Journaliste Blick".
_JOURNALIST_OF = re.compile(
    r"(?:^|\s)(?i:journaliste|rédact(?:eur|rice)(?: en chef)?|correspondante?|chroniqueu(?:r|se)"
    r"|éditorialiste)"
    r"\s+(?:(?P<contracted>au|du)\s+|(?i:à|chez|pour|de)\s+)?"
    r"(?P<name>[A-ZÀ-Ý][\w'’.-]*(?: (?:[A-ZÀ-Ý][\w'’.-]*|de|du|des|la))*)\s*$"
)
_BYLINE_WORDS = 10


def journalist_of(lines: Sequence[str]) -> str:
    """The outlet a byline says its author works for, known or shaped like a medium's name
    (a sentence citing "le journaliste du Monde" names another outlet: only a byline's line)."""
    for line in lines[:40]:
        match = _JOURNALIST_OF.search(line.strip()) if len(line.split()) <= _BYLINE_WORDS else None
        if match is None:
            continue
        name = f"Le {match['name']}" if match["contracted"] else match["name"]
        outlet = known_outlets().named(name)
        if outlet is not None and not outlet.is_agency:
            return outlet.name if match["contracted"] else name
        if outlet is None and is_medium_name(name):
            return name
    return ""


# A login prompt names the site's account: "connecté à votre compte JHM pour commenter".
_ACCOUNT = re.compile(r"\b(?i:votre|un|mon) compte (?P<name>[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,2})")
_PLATFORMS = frozenset(
    "google facebook apple twitter x microsoft gmail instagram linkedin tiktok youtube amazon yahoo".split()
)


def account_prompt(lines: Sequence[str]) -> str:
    """The site's name in a prompt to log into the reader's account with it."""
    for line in lines:
        match = _ACCOUNT.search(line)
        if match is not None and match["name"].split()[0].lower() not in _PLATFORMS:
            return match["name"]
    return ""


# Someone speaking to a medium the outlet list lacks: "explique à Corse Net Infos".
_SPOKEN_TO = re.compile(
    rf"\b(?:explique|confie|déclare|raconte|indique|précise|a {TOLD})"
    r"(?:-t-(?:il|elle))?\s+à\s+(?P<name>[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,3})"
)


def spoken_to(lines: Sequence[str]) -> str:
    """A medium's name the article's speaker addresses, where the list knows no such outlet."""
    for line in lines[:60]:
        for match in _SPOKEN_TO.finditer(line):
            name = match["name"]
            if known_outlets().named(name) is None and is_medium_name(name):
                return name
    return ""


# The site's copyright at the foot, with its year: "© 2018 - Association Bon pour la tête | …".
_COPYRIGHT_FOOTER = re.compile(
    r"^\s*(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2})\s*[-–]?\s*(?:(?i:association|éditions?)\s+)?"
    r"(?P<name>[A-ZÀ-Ý][^|©,;]{1,40}?)\s*(?:\||$|\s[-–]\s|\.\s|(?i:tous droits))",
    re.IGNORECASE,
)
_PERSON = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [A-ZÀ-Ý][\w'’-]+){1,2}$")


# The legal notice at the foot: "Propriétaire, éditeur, imprimeur : Société éditrice de X".
_PUBLISHER = re.compile(
    r"^\s*(?:(?:propri[ée]taire|[ée]diteur|imprimeur)\W{1,3}){1,3}\s*:?\s*(?:la )?soci[ée]t[ée]"
    r" (?:[ée]ditrice|d['’][ée]dition)"
    r" (?:(?P<of>de|du|des|d['’])\s?)?(?P<name>[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,3})",
    re.IGNORECASE,
)


def _publisher_s(line: str) -> str:
    """ "Société éditrice du Soir": Le Soir, where the list knows it."""
    match = _PUBLISHER.match(line)
    if match is None:
        return ""
    name = known_outlets().named_after(match["of"], match["name"]) if match["of"] else ""
    outlet = known_outlets().named(name or match["name"])
    return (name or match["name"]) if outlet is not None and not outlet.is_agency else ""


def copyright_footer(foot: Sequence[str]) -> str:
    """The name a dated copyright line at the foot gives: not a photographer's (a person's
    first and last names), not an agency's, not a place's; or the known outlet its legal
    notice names as the publisher's."""
    for line in foot:
        publisher = _publisher_s(line)
        if publisher:
            return publisher
        match = _COPYRIGHT_FOOTER.match(line)
        if match is None:
            continue
        name = match["name"].strip(" .")
        outlet = known_outlets().named(name)
        if outlet is not None:
            return "" if outlet.is_agency else name
        if not _PERSON.match(name) and not is_place_label(name) and len(name.split()) <= 5:
            return name
    return ""


# A picture credited to a website by its domain, and its photographer: "© aBamako.com par A S".
_DOMAIN_CREDIT = re.compile(
    r"^\s*©\s*(?P<domain>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})(?:\s+(?i:par)\s+.{1,40})?\s*$"
)


def domain_credit(lines: Sequence[str]) -> str:
    """A domain that credits a picture as its own, with its photographer after "par"."""
    for line in lines[:40]:
        match = _DOMAIN_CREDIT.match(line)
        if match is not None and not match["domain"].lower().startswith(PLATFORM_DOMAINS):
            return match["domain"]
    return ""


# The outlet speaking of its own line and readers: "Chez Entrée Libre, … notre ligne éditoriale",
# "Depuis que Pivot a lancé sa « Salle de nouvelles », nous recevons … de nos abonné·es".
_OWN_MARKER = r"(?:notre ligne éditoriale|nos abonn\w*|nos lect(?:eurs|rices)\w*|notre rédaction)"
_CHEZ_US = re.compile(
    rf"(?:^|[.!?]\s+)(?:Chez|Depuis que)\s+(?P<name>[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){{0,2}})"
    rf"[ ,][^.!?]{{0,200}}\b{_OWN_MARKER}"
)


def speaking_of_its_own(lines: Sequence[str]) -> str:
    """A medium naming itself in a sentence about its own editorial line or its subscribers."""
    for line in lines[:40]:
        match = _CHEZ_US.search(line)
        if match is not None and not is_place_label(match["name"]):
            outlet = known_outlets().named(match["name"])
            if outlet is None or not outlet.is_agency:
                return match["name"]
    return ""
