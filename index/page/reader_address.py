"""A page speaking to its own readers names its outlet: "Chers lecteurs du Messager", "Bienvenue
sur le direct de X", "l'article complet à lire dans X", "Suivez le direct avec X", "X a publié …
Nous …". (Where the article is published, "Cet article est lisible … sur le site X", is
`site_pitch`'s.)"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.areas import is_place_label
from index.outlets import known_outlets
from index.page.medium_names import is_medium_name

# A title of one to four capitalised words, with the small words a title holds ("Journal du Gers").
_TITLE = r"[A-ZÀ-Ý][\w'’.-]*(?: (?:(?:du|de|des|d['’])\s?)?[A-ZÀ-Ý][\w'’.-]*){0,3}"
# Its readers greeted by the title they read: "Chères lectrices, chers lecteurs du Messager,".
_DEAR_READERS = re.compile(
    rf"^\W{{0,3}}(?i:ch[èe]re?s?\s+(?:lectrices|lecteurs|abonnées?|abonnés)(?:,?\s+(?:et\s+)?"
    rf"ch[èe]re?s?\s+(?:lectrices|lecteurs|abonnées?|abonnés))?)\s+(?P<of>du |de la |de l['’]|de |d['’])"
    rf"(?P<name>{_TITLE})\s*[,!:]"
)
# Its live page's welcome: "Bienvenue sur le direct de Top Foot qui vous permet de suivre …".
_WELCOME_TO_ITS_LIVE = re.compile(
    r"(?:^|[.!?]\s+)(?i:bienvenue)\s+(?:sur|dans)\s+(?:le|ce)\s+(?i:direct|live|fil|suivi)"
    rf"(?:\s+\w+)?\s+(?:de |du |d['’])(?P<name>{_TITLE})(?=\s+(?:qui|pour|où|consacré)\b|\s*[,.!])"
)
# The readers' vote on its paywall: "Les lecteurs de La Gazette ont voté pour rendre cet article gratuit".
_ITS_READERS_VOTED = re.compile(
    r"(?:^|[.!?]\s+)(?i:les\s+(?:lectrices et lecteurs|lecteurs|abonnés))\s+"
    rf"(?P<of>du |de la |de l['’]|de |d['’])(?P<name>{_TITLE})"
    r"\s+ont\s+(?:voté|choisi|décidé)\b[^.!?]{0,80}\bcet article\b"
)
# Its print edition, where the rest of the article is: "L'article complet à découvrir cette
# semaine dans « L'illustré »", "À lire en intégralité dans Le Courrier de demain".
_IN_ITS_PRINT_EDITION = re.compile(
    r"^\W{0,3}(?i:(?:l['’](?:article|entretien|interview|enquête|reportage|dossier)\s+(?:complet|complète|"
    r"intégral|en entier)\s+)?(?:est\s+)?à\s+(?:lire|découvrir|retrouver)(?:\s+en\s+intégralité)?"
    r"(?:\s+(?:cette semaine|ce mois-ci|demain|aujourd['’]hui|en kiosque))?)\s+dans\s+"
    r"(?:notre |le |la |l['’])?"
    rf"[«\"“]?\s*(?P<name>{_TITLE})\s*[»\"”]?\s*[.!]?$"
)
# Its live coverage to follow with it: "Suivez le déroulement de cette journée avec Radio Kerne."
# (Not "sur X": a broadcast plug names a channel, "Suivez le match sur France 2".)
_FOLLOW_WITH_IT = re.compile(
    r"(?:^|[.!?]\s+)(?i:suivez|vivez|retrouvez)\s+(?i:le |la |les |l['’]|ce |cette )?"
    r"(?i:direct|déroulement|live|suivi|journée|soirée|match|évolution|résultats)\b[^.!?]{0,80}?\s+avec\s+"
    rf"(?P<name>{_TITLE})\s*[.!]"
)
# Its own output, in a paragraph written in the first person plural: "Mediacités a publié 968
# articles l'an passé. Mais à quoi bon ? Nous avons cherché …", "Les Jours ont lancé des séries …".
_ITS_OUTPUT = re.compile(
    rf"(?:^|[.!?]\s+|,\s+)(?P<name>{_TITLE})\s+(?:a publié|publie|publiait|a lancé|lance|ont lancé|ont publié"
    r"|a mis en ligne)\b"
)
_FIRST_PERSON_PLURAL = re.compile(r"\b(?i:nous|nos|notre)\b")


def _its_own_output(line: str) -> str:
    """A medium's name (a known outlet, a title with its article, one word, a domain or a name
    shaped as a medium's; never a person's two names) saying what it published, in a paragraph
    where the page speaks as "nous"."""
    found = _ITS_OUTPUT.search(line)
    if found is None or not _FIRST_PERSON_PLURAL.search(line):
        return ""
    name = found["name"].rstrip(".")
    words = name.split()
    shaped = len(words) == 1 or words[0] in ("Le", "La", "Les", "L'", "L’") or _is_a_medium(name)
    return name if shaped and _may_be_an_outlet(name) else ""


_ADDRESSES = (
    _DEAR_READERS,
    _WELCOME_TO_ITS_LIVE,
    _ITS_READERS_VOTED,
    _IN_ITS_PRINT_EDITION,
    _FOLLOW_WITH_IT,
)


def addressing_its_readers(lines: Sequence[str]) -> str:
    """The outlet a page names speaking to its readers: greeting them, welcoming them to its
    live page, counting their vote, sending them to its print edition, telling them what it
    published. (Its name telling them what it offers or told them before, "X vous
    annonçait", is `own_voice`'s own voice.)"""
    for line in lines:
        if len(line) > 2000:
            continue  # (the page's furniture and its asides are short; a long paragraph reports)
        for pattern in _ADDRESSES:
            found = pattern.search(line.strip())
            if found is not None and pattern is _FOLLOW_WITH_IT and not _is_a_medium(found["name"]):
                continue  # ("Suivez la journée avec Marie Dulac": a person's company)
            if found is not None and _may_be_an_outlet(found["name"]):
                return _with_its_article(found.groupdict().get("of"), found["name"].rstrip("."))
        if output := _its_own_output(line):
            return output
    return ""


def _with_its_article(of: str | None, name: str) -> str:
    """ "lecteurs du Messager": "Le Messager", the article the contraction took; a longer title
    keeps the form the page writes unless the outlets' list knows it with its article."""
    if of != "du " or name.startswith("Le "):
        return name
    known = known_outlets().named(f"Le {name}")
    return f"Le {name}" if known is not None or len(name.split()) == 1 else name


def _may_be_an_outlet(name: str) -> bool:
    """Not a place ("Chers lecteurs de Genève"), not an agency."""
    outlet = known_outlets().named(name)
    return not is_place_label(name) and (outlet is None or not outlet.is_agency)


def _is_a_medium(name: str) -> bool:
    return known_outlets().named(name) is not None or is_medium_name(name)
