"""A site presenting itself in its own words: "X est un média en ligne basé à …", "Recevez le
meilleur de X !", "Article publié sur x.org", "…, a appris X.com.", its head's byline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.areas import is_place_label
from index.outlets import known_outlets
from index.page.credited_outlet import named_as_a_place
from index.page.medium_names import is_medium_name, is_web_brand, is_web_domain

_NAME = r"(?P<name>[A-ZÀ-Ý0-9][\w'’.&-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w'’.&-]*|et|de|du|des|la|le|les|à)){0,4})"
_DOMAIN_OR_NAME = rf"(?:(?P<domain>[\w-]+(?:\.[\w-]+)*\.[a-z]{{2,6}})|{_NAME})"
# (Written by hand: these are a site's own sentences about itself, no library reads them.)
# "Ouest Info est un média en ligne basé à Bobo-Dioulasso …", "Kerne AM est le média breton qui …"
_IS_A_MEDIUM = re.compile(
    rf"(?:^|[.!?»]\s+){_NAME}\s+est\s+(?:un|une|le|la|votre)\s+(?:média|journal|site|magazine"
    r"|webzine|portail|quotidien|hebdomadaire|mensuel|radio|télévision)\s+(?:en ligne|indépendant"
    r"|d['’]information|d['’]actualités?|numérique|gratuit|participatif|citoyen|alternatif|associatif"
    r"|engagé|local|régional|communautaire|de proximité|généraliste"
    # (or what it does, after a word of where it is from: "… est le média belge qui vulgarise …")
    r"|(?:[a-zà-ÿ-]+\s+)?qui)\b"
)
# "Recevez le meilleur de KYK !", a newsletter's prompt; "Article publié sur transbus.org le …"
_ITS_OWN = (
    re.compile(rf"^\s*(?i:recevez|ne manquez rien de)\s+(?i:le meilleur de)?\s*{_NAME}\s*[!.]?\s*$"),
    # (or its box on why to trust it: "Pourquoi faire confiance à Kerne Presse.")
    re.compile(rf"^\s*(?i:pourquoi faire confiance à)\s+{_NAME}\s*[.?!]?\s*$"),
    re.compile(rf"^\s*(?i:(?:article|texte|cet article) (?:publié|paru)e? sur)\s+{_DOMAIN_OR_NAME}(?!\w)"),
    # (or its printed copy's address: "Cet article est lisible à cette adresse sur le site X :")
    re.compile(
        r"^\s*(?i:cet article est (?:lisible|disponible|consultable|à lire|à retrouver))\b[^.!?]{0,40}?"
        rf"\b(?i:sur le site)\s+{_NAME}\s*[:.]?\s*$"
    ),
    # the byline's role in its outlet: "Par Léa Roy, Directrice de publication de Kerne Hebdo"
    re.compile(
        r"^\s*(?:[Pp]ar\s+)?[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3},\s+"
        r"(?i:directeur|directrice|rédacteur|rédactrice)\s+"
        rf"(?i:de (?:la )?publication|de la rédaction|en chef)\s+(?:de|du|d['’])\s*{_NAME}\s*$"
    ),
)
_LONGEST_LINE = 400
# An "about" box counting what the site publishes: "AllAfrica publie environ 400 articles par
# jour provenant de plus de 100 organes de presse …".
_ITS_OWN_OUTPUT = re.compile(
    rf"^\s*{_NAME}\s+publie\s+(?:(?:environ|plus de|près de|quelque)\s+)?\d[\d\s]*"
    r"(?:articles|dépêches|contenus|informations)\s+par\s+(?:jour|semaine)\b"
)


def site_pitch(lines: Sequence[str]) -> str:
    """The name a site gives itself in a sentence about itself, or ""."""
    for line in lines:
        for pitch in (*_ITS_OWN, _ITS_OWN_OUTPUT):
            found = pitch.search(line[:_LONGEST_LINE])  # (each reads a line's start)
            name = (
                (found["domain"] if "domain" in pitch.groupindex else None) or found["name"] if found else ""
            )
            if name and _not_another_s(name):
                return name.strip().rstrip(".")
        described = _IS_A_MEDIUM.search(line) if len(line) <= _LONGEST_LINE else None
        name = described["name"].strip() if described else ""
        # (a short line saying so, as an "about" box does, needs no site's shape: "Les Pépites
        # du 19e est un média local indépendant.")
        shaped = _shaped_like_a_site(name) or (len(line) <= _ABOUT_BOX_LINE and len(name.split()) >= 2)
        if name and _not_another_s(name) and shaped and not named_as_a_place(name, lines):
            return name
    return ""


_ABOUT_BOX_LINE = 160


def learned_by(lines: Sequence[str]) -> str:
    """The outlet a report credits with what it learned or saw, as African sites and wires
    sign their own news: "… ont été conduits à Soronkoni, a appris Kerneinfo.com.", "… ont
    jailli, a constaté I.KERNE." (an agency's is a dispatch's source; a place's name is no
    outlet)."""
    for line in lines:
        for match in _LEARNED_BY.finditer(line):
            name = match["name"].rstrip(".")
            if _not_another_s(name) and _shaped_like_a_site(name):
                return name
    return ""


_LEARNED_BY = re.compile(
    r"\ba (?:appris|pu apprendre|constaté|pu constater)"
    r"\s+(?P<name>[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,2})"
    r"\s*(?:[,;]|\.?\s*$|\.\s)"
)


def _not_another_s(name: str) -> bool:
    """Not an agency (a dispatch's source), not a place, not a known outlet: other papers
    credit a known title with a scoop so ("…, a appris Le Progrès."), where a small site signs
    its own news."""
    bare = re.sub(r"^(?:L['’]|Le |La |Les )", "", name)
    outlet = known_outlets().named(name) or known_outlets().named(bare)
    return outlet is None and not is_place_label(name)


def _shaped_like_a_site(name: str) -> bool:
    known = known_outlets().named(name) is not None
    return known or is_web_domain(name) or is_medium_name(name) or is_web_brand(name)
