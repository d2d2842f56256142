"""Find the site's name in a scraped page: a name line at the top, a domain, a signature."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.areas import is_place_label
from index.outlets import known_outlets
from index.page import clutter
from index.page.byline_outlets import (
    account_prompt,
    author_address,
    author_dash_outlet,
    bracketed_after_a_sentence,
    call_sign_byline,
    copyright_footer,
    domain_credit,
    journalist_of,
    published_by,
    signed_lead,
    source_line,
    speaking_of_its_own,
    spoken_to,
    with_an_agency,
    writing_for,
)
from index.page.credited_outlet import credited_unknown_outlet
from index.page.date_lines import date_candidates
from index.page.first_line import name_shaped
from index.page.medium_names import DOMAIN, LINK_WORDS, MEDIA_WORDS, doubled_name
from index.page.name_line import NOT_SITES, name_line, site_like
from index.page.outlet_appeals import outlet_appeal
from index.page.outlet_credits import outlet_credit
from index.page.outlet_lines import brand_at_the_foot, outlet_line, outlet_line_at_the_foot, outlet_named_by
from index.page.own_links import own_links
from index.page.own_voice import (
    contact_box,
    issue_masthead,
    logo_or_archive,
    own_newsroom,
)
from index.page.prose import is_prose
from index.page.reader_address import addressing_its_readers
from index.page.self_described import named_over_its_tagline, self_described_site
from index.page.site_domains import (
    domain_in_furniture,
    domain_line,
    footer_domain,
    may_be_its_own,
    name_beside_its_address,
    outlet_of_domain,
    own_asset,
    signing_domain,
    spaced_form,
)
from index.page.site_pitch import learned_by, site_pitch
from index.text import fold, fold_chars

_SIGNATURE_SOURCE = re.compile(r"^\s*(?:vidéo|video)\s*:\s*(\S.{0,40}?)\s*$", re.IGNORECASE)


def find_site(lines: Sequence[str], headline: str | None) -> str:
    """The site's name as the page gives it, or "" when the page does not say: a wrong name
    is worse than none.

    Looked for, in order, from the surest: a known outlet (index/data/outlets.toml) named
    by a line near the top, alone or before its tagline; a bare domain line near the top; a
    site that describes itself; a known outlet in a credit near the top or the bottom ("Par
    Public Sénat", "© Le Figaro") or after a page title's dash; the page naming its outlet in
    passing (an appeal, an app prompt, its logo, its newsroom, its own voice, its links, a
    byline's employer or address, a login prompt; index/page/byline_outlets.py);
    a domain in the page's furniture or its pictures' server; an unknown name on the first
    line, only when the page names it again or it is a domain; a signature such as "Video:
    watson". A shorter, run-together form at the top ("Lagazette") gives way to the spaced
    form the page also uses ("Paris / La Gazette"), and a domain to the outlet's name.
    """
    nonblank = [_ends_of(line.strip()) for line in lines if line.strip()]
    top, edges = nonblank[:15], [*nonblank[:15], *nonblank[-15:]]
    finders: tuple[Callable[[], str], ...] = (
        lambda: outlet_line(nonblank[:10], headline),
        lambda: domain_line([_without_its_date(line) for line in nonblank[:6]]),
        lambda: next((name for name in map(self_described_site, top) if name), ""),
        lambda: named_over_its_tagline(top),
        lambda: _logo_s_name_twice(nonblank[:6], headline),
        lambda: outlet_credit(edges),
        lambda: source_line(top),
        lambda: bracketed_after_a_sentence(edges),
        lambda: with_an_agency([*nonblank[:_AGENCY_LINES], *nonblank[-_AGENCY_LINES:]]),
        lambda: outlet_line_at_the_foot(nonblank[-15:]),
        lambda: _closing_signature(nonblank),
        lambda: _outlet_after_a_title(top),
        lambda: outlet_appeal(nonblank),
        lambda: logo_or_archive(nonblank),
        lambda: issue_masthead(top),
        lambda: contact_box(nonblank),
        lambda: own_newsroom(nonblank),
        lambda: signed_lead(nonblank),
        lambda: writing_for(nonblank),
        lambda: author_dash_outlet(nonblank),
        lambda: published_by(nonblank),
        lambda: call_sign_byline(nonblank),
        lambda: journalist_of(nonblank),
        lambda: speaking_of_its_own(nonblank),
        lambda: addressing_its_readers(nonblank),
        lambda: domain_credit(nonblank),
        lambda: author_address(nonblank),
        lambda: learned_by(nonblank),
        lambda: site_pitch(nonblank),
        lambda: own_links(nonblank),
        lambda: domain_in_furniture(nonblank),
        lambda: signing_domain(nonblank),
        lambda: name_beside_its_address(edges),
        lambda: credited_unknown_outlet(nonblank),
        lambda: own_asset(top),
        lambda: account_prompt(nonblank),
        lambda: spoken_to(nonblank),
        lambda: copyright_footer(nonblank[-15:]),
        lambda: footer_domain(nonblank[-15:]),
        lambda: brand_at_the_foot(nonblank),
        lambda: name_line(nonblank, headline),
        lambda: _media_line(top, headline),
        lambda: _signature(nonblank),
    )
    name = next((found for found in (finder() for finder in finders) if found), "")
    if name and _a_partner_s(name, nonblank):
        return ""  # "rapportent nos partenaires de RCI": a partner credited, not the site
    if name and not DOMAIN.match(name):
        name = spaced_form(name, nonblank[1:12]) or name
        placed = _PLACE_IN_BRACKETS.match(name)
        # ("Libération (Casablanca)": the paper and its town, as its masthead prints them)
        town = placed is not None and (
            is_place_label(placed["place"]) or known_outlets().named(placed["name"])
        )
        name = placed["name"] if placed and town else name
    return written_name(name, nonblank) if name and DOMAIN.match(name) else _fuller_name(name, nonblank)


_AGENCY_LINES = 12  # (an outlet signs with its agency under the headline, or under the article)


_PLACE_IN_BRACKETS = re.compile(r"^(?P<name>.+?)\s*\((?P<place>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?)\)$")


# A page names its outlet at a paragraph's start or end ("(AFP) -", "… Par Zinfos974"), never
# deep inside a long one: two dozen finders need not each read all of it.
_ENDS = 1000


def _ends_of(line: str) -> str:
    return line if len(line) <= 2 * _ENDS else f"{line[:_ENDS]} \u2026 {line[-_ENDS:]}"


# A site's name over the article's date: "Témoignages.re / 24 novembre 2009".
_NAME_AND_DATE = re.compile(r"^(?P<name>\S+)\s+[/|–—-]\s+(?P<date>\S.{5,40})$")


def _without_its_date(line: str) -> str:
    dated = _NAME_AND_DATE.match(line)
    return dated["name"] if dated is not None and date_candidates(dated["date"]) else line


def _a_partner_s(name: str, lines: Sequence[str]) -> bool:
    """The page calls the outlet its partner or colleague ("nos partenaires de RCI", "nos
    confrères du Parisien"): another outlet's work credited, so not the site."""
    words = re.sub(r"^(?:(?:le|la|les)\s+|l['’])", "", name, flags=re.IGNORECASE).split()
    key = re.escape(words[0] if words else name)
    partner = re.compile(
        r"\bnos (?:partenaires|confrères|consœurs|collègues) (?:de |du |des |d['’])?(?:la |le |les |l['’])?"
        rf"{key}\b"
    )
    return any(partner.search(line) for line in lines)


def _fuller_name(name: str, lines: Sequence[str]) -> str:
    """A known outlet's own name where the page writes it as well as the shorter variant that
    was found ("L'Usine Nouvelle" over "Usine Nouvelle")."""
    outlet = known_outlets().named(name) if name else None
    if outlet is None or fold(outlet.name) == fold(name) or fold(name) not in fold(outlet.name):
        return name
    written = re.compile(r"(?<!\w)" + re.escape(outlet.name).replace("'", "['’]") + r"(?!\w)", re.IGNORECASE)
    return next((found.group(0) for line in lines if (found := written.search(line))), name)


def written_name(domain: str, lines: Sequence[str]) -> str:
    """A known outlet's name, where the page shows its domain ("Seneplus.com") and also
    writes the name ("SenePlus | Publication …")."""
    outlet = known_outlets().named(domain) or outlet_of_domain(domain)
    if outlet is None:
        return _brand_of_domain(domain, lines) or domain
    for name in (outlet.name, *outlet.variants):
        written = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w|\.\w)")  # not inside the domain
        if not DOMAIN.match(name) and any(written.search(line) for line in lines):
            return name
    return domain


def _brand_of_domain(domain: str, lines: Sequence[str]) -> str:
    """The name an unknown outlet's domain spells without the medium's word it adds, as the
    page writes it capitalised: "journaltahalil.com" and "Tahalil". (Without such a word the
    domain is how the page names its site: "stuut.info".)"""
    label = re.sub(r"^(?:https?://)?(?:www\.)?", "", domain).split(".")[0].lower()
    bare = re.sub(rf"^(?:{_DOMAIN_PREFIXES})|(?:{_DOMAIN_PREFIXES})$", "", label)
    if bare == label or len(bare) < 4 or is_place_label(bare):
        return ""
    written = re.compile(rf"(?<![\w.-]){re.escape(bare)}(?![\w.-])", re.IGNORECASE)
    found = (m.group(0) for line in lines for m in written.finditer(line))
    return next((name for name in found if name[0].isupper()), "")


_DOMAIN_PREFIXES = "journal|radio|info|infos|actu|tv|le|la|les"


def _closing_signature(lines: Sequence[str]) -> str:
    """A known outlet (not an agency: a dispatch's source) or a bare domain alone on the page's
    last line, under the article's last paragraph: the outlet signing its article ("… Le
    Quotidien", "… Exemple.net")."""
    if len(lines) < 2 or not clutter.ends_sentence(lines[-2]):
        return ""
    found = outlet_named_by(lines[-1]) if len(lines[-2].split()) >= 10 else None
    if found is not None:
        return "" if found[1].is_agency else found[0]
    # A domain is no one's name: under any sentence, it signs.
    domain = domain_line(lines[-1:])
    return domain if domain and may_be_its_own(domain) else ""


def _outlet_after_a_title(lines: Sequence[str]) -> str:
    """A page's title as browsers show it, in an image's alt text or a share line: "Title -
    Outlet - tagline", "Title | Outlet"."""
    for line in lines:
        for part in _TITLE_PARTS.split(line)[1:]:
            outlet = known_outlets().named(part.strip(' ."'))
            if outlet is not None and not outlet.is_agency:
                return part.strip(' ."')
    return ""


_TITLE_PARTS = re.compile(r"\s+[-–—|]\s+")


# With the media words, what a menu entry says ("Web TV", "Vidéos live"): no outlet's name.
_MENU_WORDS = frozenset({"web", "live", "replay", "podcasts", "vidéos"})
# Words that make a short line at the top a medium's masthead: "AFRICA RADIO", "Kigali Infos",
# "Sahel TV". ("Médias" in the plural is a rubric of news about the media: "In Médias",
# "POLITIQUE, MÉDIAS".)
_MASTHEAD_WORDS = MEDIA_WORDS - {"medias"}
# (A gazette, a tribune or a courier is a title in itself: "GAZETTE RADIO" is a name.)
_NOT_A_NAME = (
    (MEDIA_WORDS - {"gazette", "tribune", "courrier", "echos", "nouvelles"})
    | LINK_WORDS
    | clutter.SECTION_LABELS
    | _MENU_WORDS
)


def _media_line(lines: Sequence[str], headline: str | None) -> str:
    """A short name-shaped line near the top with a medium's word in it and another word
    (a lone "Radio" or "Infos" is a menu entry), above the article's text or under its
    standfirst: a masthead, not a player's or a widget's name under the article ("WP Radio")."""
    prose = [index for index, line in enumerate(lines) if is_prose(line)]
    above = lines[: prose[1] if len(prose) > 1 else len(lines)]
    return next((line for line in above if _a_masthead(line, lines, headline)), "")


def _a_masthead(line: str, lines: Sequence[str], headline: str | None) -> bool:
    words = [w.lower() for w in line.split()]
    if not (2 <= len(words) <= 3) or fold(line) == fold(headline or ""):
        return False
    if _NUMBERED_ITEM.match(line):
        return False  # "2. Actu": a numbered breadcrumb's or list's item
    if any(len(word) > _LONGEST_NAME_WORD for word in words):
        return False  # "ACTUS LOCALESPOLITIQUETERRITORIALES": a menu's entries run together
    named = site_like(line) and name_shaped(line)
    folded = [fold_chars(w) for w in words]
    masthead = any(w in _MASTHEAD_WORDS for w in folded) and not all(w in _NOT_A_NAME for w in folded)
    # (an agency's name alone is a wire's byline: "Léa Roy" / "La Presse Canadienne" / "Ottawa")
    agency = (outlet := known_outlets().named(line)) is not None and outlet.is_agency
    return named and masthead and not agency and not _a_section_s(line, lines)


def _a_section_s(name: str, lines: Sequence[str]) -> bool:
    """A name the page lists in its menu or its breadcrumb ("• Visas Infos", "Accueil » Visas
    Infos » …"): a section's, not the masthead's."""
    key = fold(name)
    return any(
        key in {fold(part) for part in _MENU_MARKS.split(line)} for line in lines if _MENU_MARKS.search(line)
    )


_MENU_MARKS = re.compile(r"\s*[»›•·>]\s*")
_NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s")


def _logo_s_name_twice(lines: Sequence[str], headline: str | None) -> str:
    """A short name printed twice on one line at the top: the logo's text, then the site's title."""
    for line in lines:
        name = doubled_name(line)
        if (
            name
            and fold(line) != fold(headline or "")
            and name_shaped(name)
            and not clutter.is_section_label(name)
        ):
            return name  # ("Météo Météo": a menu's entry and its icon's label)
    return ""


_LONGEST_NAME_WORD = 18


def _signature(lines: Sequence[str]) -> str:
    """ "Video: watson": a known outlet signing a video or a source line."""
    for line in lines:
        match = _SIGNATURE_SOURCE.match(line)
        if match and match.group(1).lower() not in NOT_SITES and known_outlets().named(match.group(1)):
            return match.group(1)
    return ""
