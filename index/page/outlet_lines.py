"""A known outlet named by a line of its own: over the headline, under it with the article's
date or byline, or before its tagline in the footer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from index.areas import is_place_label
from index.outlets import Outlet, known_outlets
from index.page import clutter, credits, interface
from index.page.date_lines import date_candidates
from index.page.medium_names import has_a_media_word, is_medium_name
from index.page.prose import is_all_caps, is_prose
from index.page.site_domains import PLATFORM_DOMAINS, outlet_of_domain
from index.text import fold

# A site line before its tagline: "Outlet - tagline", "Outlet, tagline", "OUTLET | Par ...".
_TAGLINE = re.compile(r"\s+[-–—|]\s+|,\s+")


def outlet_line(lines: Sequence[str], headline: str | None) -> str:
    """A line that is a known outlet's name, or starts with it before its tagline
    ("SWI swissinfo.ch - succursale de la SSR", "LEFASO.NET | Par ...")."""
    for index, line in enumerate(lines):
        if fold(line) == fold(headline or ""):
            # The site is named above the headline, not in the article; or right below it,
            # with the article's date ("L'Alsace - 07 août 2023 à 18:09 | mis à jour …"), or
            # alone on its line as the byline ("Public Sénat" under the standfirst).
            return (
                _outlet_under_headline(lines[index + 1 : index + 6])
                or _alone_on_a_line(lines[index + 1 :])
                or _its_author_s_outlet(line)
            )
        found = outlet_named_by(line) or _before_its_glued_tagline(line)
        # ("Enquête" over a headline is the rubric, not the Senegalese daily EnQuête.)
        if found is not None and not found[1].is_agency and not clutter.is_section_label(line):
            return found[0]
    return ""


_GLUED_TAGLINE_WORDS = 7


def _before_its_glued_tagline(line: str) -> tuple[str, Outlet] | None:
    """A masthead whose logo's name runs into its motto with no mark between them ("Le
    Courrier L'essentiel, autrement"): a known name of two words or more, then capitalised
    words that end no sentence."""
    words = line.split()
    if not 3 <= len(words) <= _GLUED_TAGLINE_WORDS or line.rstrip().endswith((".", "?", "!", ":")):
        return None
    found = known_outlets().named_first(words[:-1], fewest=2)
    return found if found is not None and words[len(found[0].split())][:1].isupper() else None


# A headline signed by its author and outlet: "L'Editorial d'Adama Koné/Fraternité Matin : …".
_AUTHOR_SLASH_OUTLET = re.compile(
    r"\b[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){1,2}\s?/\s?"
    r"(?P<name>[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,3})"
)


def _its_author_s_outlet(headline: str) -> str:
    """The known outlet after its author's name and a slash, in the headline (not an agency's)."""
    match = _AUTHOR_SLASH_OUTLET.search(headline)
    found = known_outlets().named_first(match["name"].split()) if match else None
    return found[0] if found is not None and not found[1].is_agency else ""


_STANDFIRST_WORDS = 10
_LIST_ITEM = re.compile(r"^\s*[►▶•·▪*–-]\s")


def _alone_on_a_line(lines: Sequence[str]) -> str:
    """Right under the standfirst, as written (a box's label under a picture is shouted:
    "LE TÉLÉGRAMME")."""
    for index, (previous, line) in enumerate(pairwise(lines)):
        # (the standfirst may be cut: "… qui devront présenter dans un...")
        standfirst = len(previous.split()) >= _STANDFIRST_WORDS and not is_all_caps(previous)
        # (over a list's items it is a box's heading: "L'essentiel" / "► Découvrez …")
        heading = index + 2 < len(lines) and _LIST_ITEM.match(lines[index + 2]) is not None
        found = outlet_named_by(line) if standfirst and not line.isupper() and not heading else None
        if found is not None and not found[1].is_agency and fold(found[0]) == fold(line.strip(" .|•")):
            return found[0]
    return ""


def outlet_line_at_the_foot(lines: Sequence[str]) -> str:
    """A known outlet before its tagline in the page's footer ("SWI swissinfo.ch - succursale
    de la SSR"): the site signs its page. (Alone, a name there may be a partner's link.)"""
    for line in lines:
        found = outlet_named_by(line)
        if found is not None and not found[1].is_agency and fold(found[0]) != fold(line.strip(" .|•")):
            return found[0]
    return ""


def brand_at_the_foot(lines: Sequence[str]) -> str:
    """A web brand's name alone on the page's last line ("Kernenews", "RivaInfo"), or a
    medium's in words ("Kerne Scoop"): the site signing its article, right under the article's
    last paragraph (a person signing so has no medium's word in the name)."""
    if len(lines) < 2 or not is_prose(lines[-2]):
        return ""  # (under a label, "Nos partenaires", a name is a partner's link)
    last = lines[-1].strip(" .•|")
    if not last or not is_medium_name(last) or f"{last.lower()}.".startswith(PLATFORM_DOMAINS):
        return ""
    if " " in last and (":" in last or not has_a_media_word(last)):
        return ""  # (a label's words are no name: "Source: Agence Ivoirienne de Presse")
    if re.search(r"\s(?:et|avec)\s", last):
        return ""  # a signature with another: "Kerne Hebdo et Belga" (`with_an_agency` reads it)
    outlet = known_outlets().named(last)
    return "" if outlet is not None and outlet.is_agency else last


def _outlet_under_headline(lines: Sequence[str]) -> str:
    """The outlet named with the article's date right under the headline, or alone on its line
    under the date or byline ("02.11.2021 09h39 Prénom Nom" then "Léman Bleu"): the outlet's
    signature, where a line of the article would be a sentence. The picture's legend may come
    first, and the date's labels may have lost their dates ("Publié le , mis à jour")."""
    dated, previous = False, ""
    for index, line in enumerate(lines):
        found = _dated_outlet(line) if index == 0 else ""
        if found:
            return found
        named = outlet_named_by(line)
        # (or right under it, before a bar whose date the scrape lost: "Paris Match Suisse |")
        barred = index == 0 and line.rstrip().endswith("|")
        if (dated or barred) and named is not None and fold(named[0]) == fold(line.strip(" .|•")):
            return "" if named[1].is_agency else named[0]
        if (
            date_candidates(line)
            or clutter.is_byline(line)
            or interface.is_empty_date_label(line)
            or _AUTHOR_S_NAME.match(line)
        ):
            dated = True
        elif dated or not _is_legend(line, previous):
            return ""
        previous = line
    return ""


# The author's name alone, as a byline prints it over the outlet's: "Jasmine Roy" / "La Tribune".
_AUTHOR_S_NAME = re.compile(r"^[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){1,2}$")


def _is_legend(line: str, previous: str) -> bool:
    """A picture's legend: captioned, a bullet's, or the line above printed again with its credit."""
    copy = bool(previous) and line.startswith(previous.lstrip("•· "))
    return credits.is_captioned(line) or line.startswith(("•", "·")) or copy


def _dated_outlet(line: str) -> str:
    found = outlet_named_by(line) if date_candidates(line) else None
    return found[0] if found is not None and not found[1].is_agency else ""


_MEDIA_WORD = re.compile(
    r"\b(?:quotidien|journal|hebdo\w*|info\w*|actu\w*|radio|télé\w*|tv|site|médias?|magazine|news"
    r"|nouvelles|presse|chaîne|édition|depuis|fm|web)\b",
    re.IGNORECASE,
)


def _is_tagline(text: str) -> bool:
    """What follows an outlet's name and a comma when it describes the outlet ("quotidien
    suisse", "© 2026"), not a headline's rest ("la jeunesse aux commandes")."""
    if len(text.split()) > 5:
        return False
    return bool(_MEDIA_WORD.search(text) or re.fullmatch(r"[©\s]*\d{4}\s*", text))


def outlet_named_by(line: str) -> tuple[str, Outlet] | None:
    """(the name as written, the outlet) when `line` is a known outlet's name or domain,
    alone (a bullet aside) or before its tagline; None otherwise."""
    name, *tagline = _TAGLINE.split(line, maxsplit=1)
    # After a comma, a tagline is a few words about the outlet ("Le Temps, quotidien suisse");
    # a headline that opens with the outlet's name says something else ("Léman Bleu, la
    # jeunesse aux commandes", "Le Nouvelliste, plus qu'un journal, un lien fort!").
    # (What the comma opens runs to a dash, if any: "Médor, à peine sur ses pattes, … — les
    # filiales …" is a sentence about a dog; "Le Temps, quotidien suisse - Genève" an outlet.)
    first = _TAGLINE.search(line)
    after_comma = re.split(r"\s+[-–—|]\s+", tagline[0])[0] if tagline else ""
    comma = first is not None and first.group().startswith(",") and not _is_tagline(after_comma)
    parts = (line, name) if tagline and not comma else (line,)
    for part in parts:
        part = part.strip(' .«»"•·*–-|')
        outlet = (known_outlets().named(part) or outlet_of_domain(part)) if part else None
        if outlet is not None:
            return part, outlet
        edition = _an_edition(part)
        if edition is not None:
            return part, edition
    return None


def _an_edition(name: str) -> Outlet | None:
    """A known outlet's name and the place of its edition, as its masthead prints them
    ("Paris Match Suisse", "France 3 Normandie")."""
    words = name.split()
    found = known_outlets().named_first(words[:-1]) if 2 <= len(words) <= 6 else None
    if found is None or found[1].is_agency:
        return None
    return found[1] if is_place_label(" ".join(words[len(found[0].split()) :])) else None
