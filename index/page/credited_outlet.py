"""An outlet the list does not know, named by the page's own credit: "Nom / Outlet", "Rédaction X"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.areas import is_place_label
from index.outlets import known_outlets
from index.page import clutter, credits, interface
from index.page.medium_names import is_medium_name

_PERSON = r"(?-i:[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de |du |von |van |le |la )?[A-ZÀ-Ý][\w'’-]+){1,3})"
# What may open a byline or a credit: "Le dossier de", "Par", "Photo".
_LEAD_IN = (
    r"(?:(?i:par|le dossier de|un (?:texte|article|reportage|dossier) de|photos?|crédits? photos?)\s*:?\s+)?"
)
# A site's maker credits itself so: "Agence Web - Caméléon", "Conception Graphique / Studio X".
_NOT_PEOPLE = frozenset("agence web site conception réalisation création design développement source".split())
_SEPARATOR = r"\s*/\s*|\s+[-–—]\s+"
# "Jacques Dupré / Les Échos du Lac", "MarsActu/Jean Dupré": a person and a medium.
_PERSON_AND_BRAND = re.compile(
    rf"^{_LEAD_IN}(?:(?P<person>{_PERSON})(?:{_SEPARATOR})(?P<brand>[^/–—]{{2,45}})"
    rf"|(?P<brand2>[^/–—]{{2,45}}?)(?:{_SEPARATOR})(?P<person2>{_PERSON}))$"
)
# A newsroom signing: "Rédaction Médialo", "Par la rédaction de Kerne Infos".
_NEWSROOM_BYLINE = re.compile(
    r"^(?i:(?:par\s+)?(?:la\s+)?rédaction(?:\s+(?:de|du|d['’]))?)\s*"
    r"(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2})$"
)
# A journalist's role with the medium: "Journaliste de CathoBel", "Correspondante pour Kerne Infos",
# "Correspondant Kerne Infos à Brest".
# (A known outlet too, and a place may follow: "correspondant permanent de Koaci au Cameroun".)
_ROLE_AT = re.compile(
    r"(?:^|,\s*)(?i:journaliste|rédacteur|rédactrice|correspondant|correspondante|reporter|chroniqueur|chroniqueuse)"
    r"(?:(?:\s+\w+)?\s+(?i:de|du|à|au|pour|chez))??\s+(?P<name>[A-ZÀ-Ý0-9][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3})"
    r"(?:\s+(?:au|en|à|aux)\s+[A-ZÀ-Ý][\w'’-]*)?$"
)
_LONGEST_CREDIT = 9  # words


def credited_unknown_outlet(lines: Sequence[str]) -> str:
    """A medium the outlets list does not know, where the page credits it as its own: a
    journalist's byline or a photographer's credit beside a name shaped like a medium's
    ("Jacques Dupré / Les Échos du Lac", "MarsActu/Jean Dupré"), its copyright with a year
    ("© 2014, Kerne Infos - Français"), a journalist's role there
    ("Journaliste de CathoBel"), or its newsroom signing ("Rédaction Médialo") with a name the
    page writes again.

    (Written by hand: no library reads bylines. A club or a town beside a name, "Kylian
    Mbappé - PSG", "Jean Roux / Ville de Brest", is a caption's subject, never the site.)"""
    for index, line in enumerate(lines):
        text = line.strip()
        if not text or len(text.split()) > _LONGEST_CREDIT or clutter.ends_sentence(text):
            continue
        others = [*lines[:index], *lines[index + 1 :]]
        found = (
            _local_journalism_credit(text, others)
            or _beside_a_person(text, others)
            or _credit_s_medium(text, others)
            or _copyright(text, others)
            or _at_a_role(text)
            or _newsroom(text, others)
        )
        if found:
            return found
    return ""


def _local_journalism_credit(text: str, others: Sequence[str]) -> str:
    """Canada's credit for a reporter its programme pays, which names the paper: "Léa Roy,
    Kerne Hebdo - Initiative de journalisme local (IJL)", "Initiative de journalisme local -
    Kerne Hebdo"."""
    label = _LOCAL_JOURNALISM.search(text)
    if label is None:
        return ""
    before, after = text[: label.start()].strip(" ,-–—|"), text[label.end() :].strip(" ,-–—|")
    name = after or re.split(r",\s*", before)[-1].strip()
    if len(name.split()) > 5 or not name[:1].isupper():
        return ""
    return name if _is_known_medium(name) or _named_again(name, others) else ""


_LOCAL_JOURNALISM = re.compile(r"\s*[-–—,]?\s*initiative de journalisme local(?:\s*\(IJL\))?", re.IGNORECASE)


def _beside_a_person(text: str, others: Sequence[str]) -> str:
    """ "Jacques Dupré / Les Échos du Lac", "MarsActu/Jean Dupré": a medium beside a person,
    on either side. Two names shaped alike ("Courrier Frontenac – Jean-Hugo Savard") are read
    the other way too when the page writes the medium again (a programme's title, "Webradio
    X – Only Remix", is written once)."""
    for pattern in (_PERSON_AND_BRAND, _BRAND_AND_PERSON):
        pair = pattern.match(text)
        groups = pair.groupdict() if pair else {}
        brand = (groups.get("brand") or groups.get("brand2") or "").strip(' .,;:()«»"')
        person = groups.get("person") or groups.get("person2") or ""
        if not (brand and person) or _NOT_PEOPLE & set(person.lower().split()) or not _is_medium(brand):
            continue
        if pattern is _PERSON_AND_BRAND or _named_again(brand, others):
            return brand
    return ""


_BRAND_AND_PERSON = re.compile(
    rf"^{_LEAD_IN}(?P<brand2>[^/–—]{{2,45}}?)(?:{_SEPARATOR})(?P<person2>{_PERSON})$"
)


def _credit_s_medium(text: str, others: Sequence[str]) -> str:
    """A picture's credit ending with a medium's name that the page writes again:
    "©Photo Montage - Gaspésie Nouvelles". (Once only, it may be the photographer's other
    paper: "Crédit : Prénom NOM/JOURNAL DE X".)"""
    # (or a caption's credit: "Adieu Lescure (DC/Rue89 Bordeaux)")
    credit = text if credits.is_credit_line(text) else credits.caption_credit(text)
    if not credit:
        return ""
    last = re.split(_SEPARATOR, credit)[-1].strip(' .,;:()«»"')
    return last if last != credit.strip() and _is_medium(last) and _named_again(last, others) else ""


# The page's copyright, with its year: "© 2014, Kerne Infos - Français", "Copyright 2009-2024
# Les Échos du Lac. Tous droits réservés", or said twice: "© Copyright Kerne". (A picture's
# "© Radio X" has neither.)
_COPYRIGHT = re.compile(
    r"^(?:(?:©|\([cC]\)|(?i:copyright))\s*(?:©\s*)?\d{4}(?:\s*[-–]\s*\d{4})?|©\s*(?i:copyright))\s*[,.]?\s*"
    r"(?P<name>[A-ZÀ-Ý][^,|©–—]{1,45}?)\s*(?:[-–—|,.]\s.*|\.)?$"
)


# Or the name first, then its years and its rights: "KERNE 2006-2022 Tous droits réservés".
_RIGHTS_AFTER = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w'’.-]*(?: [\w'’.-]+){0,3}?)\s+(?:©\s*)?\d{4}(?:\s*[-–]\s*\d{4})?"
    r"\s*[,.|–-]?\s*(?i:tous droits r[ée]serv[ée]s)\W*$"
)


def _copyright(text: str, others: Sequence[str]) -> str:
    rights = _RIGHTS_AFTER.match(text)
    if rights is not None and _is_brand(rights["name"]):
        name = rights["name"]
        # (A name in capitals the page writes again in its own case, "TAHALIL" and "la rédaction
        # de Tahalil"; never where it goes to a town: "à Quimper".)
        again = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
        at_a_town = re.compile(rf"\b(?:à|en|au)\s+{re.escape(name)}\b", re.IGNORECASE)
        written = [line for line in others if again.search(line)]
        if _is_medium(name) or (written and not any(at_a_town.search(line) for line in others)):
            return name
    found = _COPYRIGHT.match(text)
    if found is None:
        return ""
    name = found["name"]
    # ("© Copyright Tustex": a one-word brand, said twice over, is the site's too.)
    twice = re.match(r"©\s*(?i:copyright)", text) is not None and len(name.split()) == 1
    return name if _is_medium(name) or (twice and _is_brand(name)) else ""


def _at_a_role(text: str) -> str:
    """ "Journaliste de CathoBel", "correspondant permanent de Koaci au Cameroun"."""
    role = _ROLE_AT.search(text)
    return role["name"] if role and (_is_medium(role["name"]) or _is_known_medium(role["name"])) else ""


def _newsroom(text: str, others: Sequence[str]) -> str:
    """ "Rédaction Médialo", the name written again elsewhere (or a medium's)."""
    newsroom = _NEWSROOM_BYLINE.match(text)
    name = newsroom["name"] if newsroom else ""
    if name and _is_brand(name) and (_is_medium(name) or _named_again(name, others)):
        return name
    return ""


def _is_brand(name: str) -> bool:
    """A name that may be an outlet's: not a known one, an agency, a place, a rubric."""
    words = name.split()
    if not words or len(words) > 5:
        return False
    return not (
        known_outlets().named(name) is not None  # (known ones: the surer finders' to judge)
        or credits.is_photo_agency(name)
        or is_place_label(name)
        or clutter.is_section_label(name)
        or interface.is_ui(name)
    )


def _is_known_medium(name: str) -> bool:
    outlet = known_outlets().named(name)
    return outlet is not None and not outlet.is_agency


def _is_medium(name: str) -> bool:
    return _is_brand(name) and is_medium_name(name)


def _named_again(name: str, others: Sequence[str]) -> bool:
    """Written on another line, and never as a place there ("à Médialo")."""
    word = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return any(word.search(line) for line in others) and not named_as_a_place(name, others)


def named_as_a_place(name: str, lines: Sequence[str]) -> bool:
    """ "le procureur de Namur", "à Médialo": the page writes the name as a place's."""
    # (in any case: "MONTRÉAL-NORD" over the page, "de Montréal-Nord" in it)
    # ("la ville d'Angers"; not what one subscribes to: "Abonnez-vous à Kerne AM !")
    as_place = re.compile(
        rf"(?<!(?i:abonnez-vous) )(?<!(?i:abonné) )(?<!(?i:abonnée) )(?<!(?i:abonnés) )"
        rf"(?:\b(?:de|à|en|au|du)\s+|\bd['’]\s*)(?i:{re.escape(name)})\b"
    )
    return any(as_place.search(line) for line in lines)
