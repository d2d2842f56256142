"""The site's links to its own articles, its print edition and its front page: they name it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.outlets import known_outlets

# A link to another of the site's articles: ">> Lire sur TSA : …", "Lire aussi sur X :".
_READ_ON = re.compile(
    r"^\W{0,4}(?i:lire|à lire|a lire|voir)(?: (?i:aussi|également))? sur (?P<name>[^:]{2,40}?)\s*:"
)


# A plug for the print edition: "Plus d'informations dans Corse-Matin du 28 août", "Retrouvez
# notre dossier dans Le Courrier de demain".
_IN_THE_PAPER = re.compile(
    r"^(?i:plus d['’]info(?:rmation)?s|retrouvez\b.{0,60}?|à lire|lire la suite|la suite)\s+(?i:dans)\s+"
    r"(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3})"
    r"\s+(?i:du|de ce|de demain|d['’]aujourd['’]hui|daté)\b"
)


# A box of the day's articles under the site's name: "Aujourd'hui sur Mediapart".
_TODAY_ON = re.compile(
    r"^\W{0,4}(?i:aujourd['’]hui|en ce moment|actuellement|cette semaine) (?i:sur|dans)"
    r" (?P<name>\S.{1,40}?)\s*:?\s*$"
)


# Its front page's box: "À la Une du Soir.be", "À la une de Kerne Infos".
_FRONT_PAGE_OF = re.compile(
    r"^\W{0,4}(?i:à la une|a la une)\s+(?P<of>du|des|de la|de l['’]|d['’]|de|sur)\s*"
    r"(?P<name>[A-ZÀ-Ý][\w'’+-]*(?:\s+[A-ZÀ-Ý][\w'’+-]*){0,3})(?:\.[a-z]{2,3})?\s*$"
)


def own_links(lines: Sequence[str]) -> str:
    """A known outlet the page links to twice or more for more reading: its own articles; or
    once, for its print edition or its box of the day's articles."""
    for match in (*map(_IN_THE_PAPER.match, lines), *map(_TODAY_ON.match, lines)):
        outlet = known_outlets().named(match["name"]) if match else None
        if match and outlet is not None and not outlet.is_agency:
            return match["name"]
    for match in filter(None, map(_FRONT_PAGE_OF.match, lines)):
        name = match["name"]
        outlet = known_outlets().named(name)
        if outlet is not None and not outlet.is_agency:
            return name
        contracted = known_outlets().named_after(match["of"].split()[0], name)
        if contracted:
            return contracted
    named = [m["name"] for m in map(_READ_ON.match, lines) if m]
    for name in dict.fromkeys(named):
        outlet = known_outlets().named(name)
        if named.count(name) >= 2 and outlet is not None and not outlet.is_agency:
            return name
    return ""
