"""Where a page gives its site by a domain: a domain line, its furniture, its pictures' server."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.outlets import TOP_LEVEL_DOMAINS, Outlet, known_outlets
from index.page import credits, interface
from index.page.medium_names import DOMAIN, DOMAIN_IN_TEXT


def outlet_of_domain(text: str) -> Outlet | None:
    match = DOMAIN.match(text)
    return known_outlets().of_domain(match.group(1)) if match else None


def domain_line(lines: Sequence[str]) -> str:
    for line in lines:
        match = DOMAIN.match(line)
        if match:
            return match.group(1)
    return ""


_DOMAIN_IN_TEXT = re.compile(  # (case aside: "iCameroon.Com")
    rf"(?<![\w@/.-])((?:[\w-]+\.)+(?:{TOP_LEVEL_DOMAINS}))(?![\w.-])", re.IGNORECASE
)
# Platforms a share bar or a follow prompt names: never the page's own site.
PLATFORM_DOMAINS = (
    "facebook.",
    "twitter.",
    "x.com",
    "instagram.",
    "youtube.",
    "tiktok.",
    "linkedin.",
    "google.",
    "apple.",
    "whatsapp.",
    "t.me",
    "t.co",
    "pic.twitter.",
    "youtu.be",
    "m.facebook.",
    "bsky.",
    "threads.",
)


# The foot's row of links, opened by the site's domain: "www.kerne.ci - A propos - Plan du site © 2023".
_FOOTER_ROW = re.compile(
    rf"^\s*(?P<domain>(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:{TOP_LEVEL_DOMAINS}))\s+[-–|]\s+"
    r"(?=.*(?:©|(?i:à propos|a propos|plan du site|mentions légales|contact|qui sommes-nous)))",
    re.IGNORECASE,
)


def footer_domain(foot: Sequence[str]) -> str:
    """The domain opening the foot's row of links ("www.kerne.ci - A propos - Plan du site")."""
    for line in foot:
        match = _FOOTER_ROW.match(line)
        if match is not None and may_be_its_own(match["domain"]):
            return match["domain"]
    return ""


def domain_in_furniture(lines: Sequence[str]) -> str:
    """A domain that the page's own furniture names: "Vous avez déjà un identifiant sur
    stratégies.fr ?", "… demain sur 20minutes.fr": a login, subscribe or live prompt speaks of
    the site itself."""
    for line in lines:
        if not interface.is_ui(line) or credits.is_credit_line(line):
            continue  # (a picture's credit names its source: "Photo : www.mairie-x.fr")
        if len({m.group(1) for m in _DOMAIN_IN_TEXT.finditer(line)}) >= 2:
            continue  # the sources it read: "A lire sur 20minutes.fr, sur leprogres.fr"
        for match in _DOMAIN_IN_TEXT.finditer(line):
            domain = match.group(1)
            if may_be_its_own(domain) and not _MENU_ITEM_BEFORE.search(line[: match.start()]):
                return domain
    return ""


# A domain after a menu's item ("… Avis de décès Édition Électronique Rabaischocs.com
# Infolettre") is a link to a sister site; the site's own is spoken of: "… sur exemple.fr".
_MENU_ITEM_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’-]*\s+$")


_ASSET = re.compile(r"^\s*(?:!\[[^\]]*\]\(https?://(?P<image>[\w.-]+)/|https?://(?P<host>[\w.-]+)/\S*\s*$)")


def own_asset(lines: Sequence[str]) -> str:
    """A known outlet whose server holds the page's pictures ("![](https://www.lequotidien-oran.com
    /files/spacer.gif)" opening a paragraph) or a link alone on its line."""
    for line in lines:
        match = _ASSET.match(line)
        outlet = known_outlets().of_domain(match["image"] or match["host"]) if match else None
        if outlet is not None and not outlet.is_agency:
            return outlet.name
    return ""


# A domain that signs the page: a byline "Mamadou Diallo pour Exemple.com", the page's
# "Copyright Exemple.com", its own photographer's "© Exemple.com par AB", a masthead
# "Exemple.com NEWS". (A picture credited to a domain alone, "Photo : www.mairie-x.fr",
# names the picture's source, not the site.)
_SIGNING_DOMAIN = re.compile(
    r"^(?:(?:par\s+)?[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}\s+pour"
    r"|(?:copyright|tous droits réservés)\s*(?:©|\(c\))?\s*(?:\d{4}\s*)?"
    r"|(?:publié|posté|mis en ligne)e?\s+par)"  # "Publié par Kerneinfo.ma"
    rf"\s+(?:www\.)?(?P<domain>{DOMAIN_IN_TEXT})\s*\.?$"
    rf"|^©\s*(?:www\.)?(?P<owner>{DOMAIN_IN_TEXT})\s+par\s+[A-ZÀ-Ý]{{1,3}}\.?$"
    rf"|^(?:www\.)?(?P<masthead>{DOMAIN_IN_TEXT})\s+(?:NEWS|INFOS?|ACTUS?|TV|RADIO)$",
    re.IGNORECASE,
)


def signing_domain(lines: Sequence[str]) -> str:
    """A domain the page signs with: a byline "X pour <domain>" or "Publié par <domain>", its
    copyright line, its own photographer's credit, a masthead of a domain and a media word."""
    for line in lines:
        match = _SIGNING_DOMAIN.match(line)
        domain = match and (match["domain"] or match["owner"] or match["masthead"])
        if domain and may_be_its_own(domain):
            return domain
    return ""


def may_be_its_own(domain: str) -> bool:
    """A domain a page may sign with: not a platform's (a share bar's) nor an agency's (a
    dispatch's source)."""
    outlet = known_outlets().of_domain(domain)
    return not domain.lower().startswith(PLATFORM_DOMAINS) and not (outlet is not None and outlet.is_agency)


_ADDRESS = re.compile(
    rf"(?<![@\w.-])(?:https?://)?(?:www\.)?((?:[\w-]+\.)+(?:{TOP_LEVEL_DOMAINS}))(?![\w.-])", re.IGNORECASE
)


_SIGNATURE_CHARS = 200
_OURS = re.compile(r"\b(?:notre|nos)\b", re.IGNORECASE)


def name_beside_its_address(lines: Sequence[str]) -> str:
    """A name written on the same line as the address it spells ("Directeur Général à Africa
    Top Sports … http://www.africatopsports.com"): the site naming itself twice, in words and
    as its domain, capitalised. In a paragraph, only an address the site calls its own ("sur
    nos sites usinenouvelle.com"): another is someone else's ("… sur le site de TLS Contact
    (http://…)")."""
    for line in lines:
        for match in _ADDRESS.finditer(line):
            if len(line) > _SIGNATURE_CHARS and not _OURS.search(
                line, max(0, match.start() - 40), match.start()
            ):
                continue
            label = match.group(1).split(".")[0]
            if len(label) < 5 or label.lower().startswith(PLATFORM_DOMAINS):
                continue
            written = spaced_form(label, [line[: match.start()] + " " + line[match.end() :]])
            if written and written[:1].isupper():
                return written
    return ""


def spaced_form(name: str, lines: Sequence[str]) -> str | None:
    """The form of a run-together name ("Lagazette", a domain's "africatopsports") that the
    lines write apart in words ("La Gazette", "Africa Top Sports"), or None."""
    letters = [c for c in name if c.isalnum()]
    if len(letters) < 4 or " " in name:
        return None
    pattern = re.compile(
        r"(?<!\w)" + r"[\s'’-]?".join(re.escape(c) for c in letters) + r"(?!\w)", re.IGNORECASE
    )
    for line in lines:
        for match in pattern.finditer(line):  # (past the run-together form itself)
            if match.group(0) != name and re.search(r"[\s'’-]", match.group(0)):
                return match.group(0)
    return None
