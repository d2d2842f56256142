"""A known outlet the page credits: a byline, a copyright, a signature, a picture's credit
beside its photographer ("Par Public Sénat", "© Le Figaro", "© Nils Louna / placegrenet.fr")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.areas import is_place_label
from index.outlets import known_outlets
from index.page import clutter, credits
from index.page.medium_names import is_web_brand, is_web_domain
from index.page.site_domains import PLATFORM_DOMAINS, outlet_of_domain
from index.text import fold

# Where a page credits its own outlet: a byline, a copyright, a source line, a live page's
# credit ("Suivi assuré par RTSinfo"), its authors' names maybe left empty ("Par , , France Bleu").
# ("Source : X" is not one: pages cite other outlets as their sources.) A byline may also be
# "Prénom Nom. Outlet." (not a shouted kicker: "CAMION VS VUS. Les jours de la conductrice …")
_CREDIT = re.compile(
    r"(?:^(?:(?i:(?:(?:textes?|article|reportage)\s+)?(?:rédigé|écrit)|textes?|article|reportage"
    r"|(?:suivi|live|direct)\s+(?:assuré|animé|réalisé|mené|tenu)e?)\s+)?"
    r"[Pp]ar(?:\s*,)*\s*[,:]?\s+|©\s*|^[A-ZÀ-Ý][\w'’-]*[a-zà-ÿ][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2}\.\s+"
    # (or the byline glued after the article's last sentence: "… de pierres. Par Zinfos974 -
    # Publié le Mardi 24 Août 2021")
    r"|(?<=[.!?»])\s+Par\s+(?=[^,;|/]{2,40}\s[-–]\s+(?:Publié|Mis à jour|Modifié)))"
    r"([^,;|/]{2,60})"
)


def outlet_credit(lines: Sequence[str]) -> str:
    """A known outlet in a byline or a copyright: "Par Public Sénat", "© Le Figaro", or in a
    picture credit beside the photographer or agency ("© Nils Louna / placegrenet.fr",
    "getty/watson")."""
    outlets = known_outlets()
    # A photographer's credit first: a bare "© Télé MB" after a caption may be the pictured
    # station's own photo, where "© Pierre Bertin / Télépro" is the site's photographer.
    # (a labelled credit in brackets may close a paragraph of any length: "… sous contrainte
    # (Photo : rb/www.kerneinfo.re)")
    bracketed = [credit.group() for line in lines for credit in _BRACKETED_CREDIT.finditer(line)]
    pictured = next((name for name in map(_picture_credit_outlet, [*lines, *bracketed]) if name), "")
    if pictured:
        return pictured
    for line in lines:
        for match in _CREDIT.finditer(line):
            if _PRODUCER.search(line[match.start() : match.end() + 40]):
                continue  # (a still's credit, its channel beside its producer)
            words = match.group(1).split()
            # The longest run of the credit's first words that names an outlet.
            # (An agency's longer name ends the search: "La Presse canadienne" is not "La Presse".)
            for end in range(min(len(words), 5), 0, -1):
                candidate = " ".join(words[:end]).strip(' .,;:)»«"-–—|')
                outlet = outlets.named(candidate)
                given_name = end == 1 and _A_SURNAME.match(candidate) is not None
                if outlet is not None and given_name and end < len(words) and _A_SURNAME.match(words[end]):
                    break  # "par Marianne Wüthrich": a person whose given name is an outlet's
                if outlet is not None:
                    # ("Télé MB fêtera ses 40 ans © Télé MB": the picture's subject lends it.)
                    if not outlet.is_agency and fold(candidate) not in fold(line[: match.start()]):
                        return candidate
                    break
        signed = _signed_by_outlet(line)
        if signed:
            return signed
    return ""


# (its colon may be left out: "(Photo rb/www.ipreunion.com)")
_A_SURNAME = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’-]+$")
_BRACKETED_CREDIT = re.compile(r"\((?i:photos?|crédits?(?: photos?)?)(?:\s*:\s*|\s+)[^()]{1,60}\)")


_UPDATED_AT_THE_END = re.compile(
    r"[\s,–—-]+(?:publié|modifié|mis à jour|actualisé)\b[^|]{0,60}$", re.IGNORECASE
)


def _signed_by_outlet(line: str) -> str:
    """A short signature line ending with a known outlet: after an author's name, a credit's
    "pour", or a dash; or with a website's domain after "pour". The outlet may name its local
    edition, and the line end with its update ("Un article rédigé par Léa Morvan - RCF
    Finistère, - Modifié le 9 octobre 2018": RCF); or the outlet alone signs its update."""
    stamped = _UPDATED_AT_THE_END.search(line)
    if stamped is not None:
        line = line[: stamped.start()]
        alone = known_outlets().named(line.strip(' .,;:()«»"“”'))
        if alone is not None and not alone.is_agency:
            return line.strip(' .,;:()«»"“”')  # "Slate.fr, mis à jour le 23.04.2017": the outlet signs
    if len(line.split()) > 12 or (clutter.ends_sentence(line.rstrip('»"”')) and not line.startswith("©")):
        return ""
    words = line.split()
    for start in range(max(1, len(words) - 4), len(words)):
        candidate = " ".join(words[start:]).strip(' .,;:()«»"“”')
        outlet = known_outlets().named(candidate)
        if outlet is None and len(words) - start >= 2 and is_place_label(words[-1].strip(" .,;:")):
            candidate = " ".join(words[start:-1]).strip(' .,;:()«»"“”')
            outlet = known_outlets().named(candidate)  # its local edition: "France Bleu Isère"
        # (an outlet's name has its capital: "… mesures urgentes pour la capitale" is a town)
        written = candidate[:1].isupper() or candidate[:1].isdigit()
        if outlet is not None and not outlet.is_agency and written and _author_before(words[:start]):
            return candidate
        if start == len(words) - 1 and words[start - 1] == "pour" and is_web_domain(candidate):
            return candidate  # "Léa Morvan pour Kerneinfo.com": a website's reporter signing
    return ""


def _author_before(words: Sequence[str]) -> bool:
    """Who signs before the outlet: a capitalised name, a credit, or a dash and a label."""
    text = " ".join(words).strip()
    return bool(
        text.startswith("©")
        or text.endswith(("pour", "-", "–", "—", "|"))
        or (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words))
    )


_PRODUCER = re.compile(r"\b(?i:productions?|films|pictures|entertainment|distribution)\b")


def _credit_parts(line: str) -> list[str]:
    """The names a picture's credit gives, photographer, agency or outlet, as it separates
    them: "Léa Roy / AFP", "© Léa Roy pour JA" (a photographer working for the outlet), "Léa
    Roy - Kerne Infos", or "PHOTO LÉA ROY, LE KERNE" opening its legend."""
    shouted = credits.leading_shouted_credit(line)
    credit = shouted or credits.caption_credit(line) or (line if credits.is_credit_line(line) else "")
    credit = credits.without_credit_label(credit)
    separator = r"\s*/\s*" if "/" in credit else r"\s+pour\s+" if " pour " in credit else r"\s+[-–—]\s+"
    parts = re.split(r",\s+" if shouted else separator, credit.strip(" ()©"))
    return [part.strip(' «»"“”') for part in parts]


def _picture_credit_outlet(line: str) -> str:
    """The outlet or domain beside a photographer or agency in a picture credit."""
    parts = _credit_parts(line)
    if any(_PRODUCER.search(part) for part in parts):
        return ""  # a series still lent by its channel and producer: "© RTBF/Artémis Productions"
    for part in parts if len(parts) > 1 else ():
        if credits.is_photo_agency(part):
            continue  # an agency's or a stock library's ("© olly - Fotolia.com")
        outlet = known_outlets().named(part) or outlet_of_domain(part)
        if outlet is not None and not outlet.is_agency:
            return part
        if outlet is None and is_web_domain(part) and not part.lower().startswith(PLATFORM_DOMAINS):
            return part  # a picture credited to a domain: the site's own photographer
        if outlet is None and part is parts[-1] and is_web_brand(part):
            return part  # "Crédit photo Léa Morvan - VéloOuest": a web brand's photographer
    return ""
