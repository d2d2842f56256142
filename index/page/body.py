"""Where a page's article is: the paragraph it starts at, the lines above that are its own, where it ends."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from index.areas import is_geotag
from index.outlets import known_outlets
from index.page import clutter, credits, interface
from index.page.announced_lists import announces_a_list, ends_in_an_announced_list
from index.page.article_end import first_teaser_card, next_article, numbered_teaser_box, without_cut_excerpts
from index.page.byline_outlets import bracketed_outlet
from index.page.calls_to_action import calls_to_action
from index.page.headline import TITLE_SITE_SUFFIX, holds_the_headline
from index.page.headline_shape import is_a_lead_s_sentence
from index.page.language import is_foreign_line, is_french_page
from index.page.outlet_lines import outlet_named_by
from index.page.paywall import is_paywall_cut, shown_past_the_paywall
from index.page.prose import is_prose
from index.page.signature_lines import is_a_letter_s_opening, is_signature_line
from index.text import fold


def _is_title_repeat(paragraph: str, title: str) -> bool:
    """The headline again, or a truncated copy of it ("Kim Jong Un fait l'éloge de ... à")."""
    key, title_key = fold(paragraph), fold(title)
    if not key or not title_key:
        return False
    if key == title_key or holds_the_headline(paragraph, title):
        return True
    return (
        title_key.startswith(key.rstrip(" .…"))
        and len(key) >= 0.4 * len(title_key)
        and not is_prose(paragraph)
    )


def foreign_furniture(paragraphs: Sequence[str]) -> frozenset[str]:
    """The folded lines in another language of a French page (its article is in French)."""
    return _foreign_furniture(tuple(paragraphs))


@lru_cache(maxsize=4)  # (the parse's stages each ask it of the same page)
def _foreign_furniture(paragraphs: tuple[str, ...]) -> frozenset[str]:
    if not is_french_page(paragraphs):
        return frozenset()
    return frozenset(fold(p) for p in paragraphs if is_foreign_line(p))


def article_paragraphs(
    paragraphs: Sequence[str], start: int, skip: set[int], title: str, captions: set[str]
) -> list[str]:
    """The article's paragraphs from `start`; a footer line ends them, unless it comes so
    early that most of the page's prose would be lost (a "see also" box inside the text)."""
    # Read once per page: the titles it prints twice, its captions' copies, and on a French
    # page its lines in another language (a paywall's box: "This is a Pro feature.").
    repeated = _teaser_titles(paragraphs) | captions | foreign_furniture(paragraphs)
    dispatches = {fold(p) for p in paragraphs if clutter.is_dispatch_teaser(p)}
    if len(dispatches) >= 2:  # an agency's list of other dispatches
        repeated |= dispatches
    cards = min(first_teaser_card(paragraphs, start), next_article(paragraphs, start, title))
    body = _paragraphs_until_footer(paragraphs[:cards], start, skip, title, repeated, stop_at_footer=True)
    # (Excerpts cut short are other articles' teasers, not the article's prose.)
    prose_left = sum(
        1
        for p in paragraphs[start:]
        if is_prose(p) and not interface.is_ui(p) and not clutter.is_truncated(p)
    )
    if sum(1 for p in body if is_prose(p)) < 2 and prose_left >= 3:
        # (but never into a numbered box of titles printed again: a short article stays short)
        box = numbered_teaser_box(paragraphs, start)
        body = _paragraphs_until_footer(paragraphs[:box], start, skip, title, repeated, stop_at_footer=False)
    return body


def _is_furniture(paragraph: str, following: str | None) -> bool:
    if interface.is_ui(paragraph) or clutter.is_widget_label(paragraph, following):
        return True
    if (
        clutter.is_footer(paragraph)
        or clutter.is_breadcrumb(paragraph)
        or clutter.is_section_label(paragraph)
        or is_geotag(paragraph)
        or clutter.is_cut_with_its_link(paragraph)
        or clutter.is_stray_token(paragraph)
    ):
        return True
    if not is_prose(paragraph) and (outlet_named_by(paragraph) is not None or clutter.is_byline(paragraph)):
        return True  # the site's name and tagline ("SWI swissinfo.ch - succursale"), a byline
    signed = TITLE_SITE_SUFFIX.match(paragraph) if not is_prose(paragraph) else None
    if signed is not None and known_outlets().named(signed.group("site")) is not None:
        return True  # another article's title, signed by its outlet
    if credits.is_credit_line(paragraph) or bracketed_outlet(paragraph):
        return True  # "Photo : Léa Roy", "via GIPHY", "(Le Matin)": a credit on its own line
    return credits.is_captioned(paragraph) and not clutter.ends_with_signature(paragraph)


_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[•·▪►*-])\s+")


def _teaser_titles(paragraphs: Sequence[str]) -> set[str]:
    """Short lines the page prints twice ("1. Que déduire de …" then "Que déduire de …"):
    the titles of a box of other articles. (The headline's own copies are handled apart.)"""
    counts: dict[str, int] = {}
    for paragraph in paragraphs:
        # (A speech greets its audience again at each part: "Monsieur le président"; a
        # review labels each item's lists again: "Avantages :".)
        if not is_prose(paragraph) and not _SALUTATION.match(paragraph) and not _LIST_LABEL.match(paragraph):
            key = fold(_LIST_MARK.sub("", paragraph))
            counts[key] = counts.get(key, 0) + 1
    titles = {key for key, count in counts.items() if count > 1} - _in_a_run_printed_twice(paragraphs)
    # A list of titles, each with the dash its links' separator left ("Beaune - Le quartier
    # … engagé dans une mutation -"): no paragraph ends so, and one alone may be a cut line.
    # (A live post's time, "16h59 –", has no title before its dash.)
    dangling = [fold(p) for p in paragraphs if _DANGLING_DASH.search(p) and 5 <= len(p.split()) <= 40]
    # A teaser's card flattened: its rubric glued on, its title and the link's copy of it
    # ("EnquêteAlain Kerlo: «…»Alain Kerlo: «…»").
    cards = {fold(p) for p in paragraphs if len(p) <= _LONGEST_CARD and _TITLE_TWICE.match(p)}
    return titles | cards | (set(dangling) if len(dangling) >= 3 else set())


_LONGEST_CARD = 460
_TITLE_TWICE = re.compile(r"^.{0,30}?(?P<title>\S.{23,200}\S)(?P=title)\s*$")


def _in_a_run_printed_twice(paragraphs: Sequence[str]) -> set[str]:
    """Lines whose every copy follows a paragraph of prose printed twice too: the page prints
    the article twice over, its short last line with it ("Un rendez-vous réussi.")."""
    keys = [fold(p) for p in paragraphs]
    counts = Counter(keys)
    after: dict[str, bool] = {}
    for index in range(1, len(keys)):
        previous = paragraphs[index - 1]
        in_a_run = is_prose(previous) and counts[keys[index - 1]] > 1
        after[keys[index]] = after.get(keys[index], True) and in_a_run
    return {key for key, in_a_run in after.items() if in_a_run and counts[key] > 1}


_LIST_LABEL = re.compile(r"^\s*[A-ZÀ-Ý][\w'’/ -]{2,30}\s?:\s*$")
_DANGLING_DASH = re.compile(r"\w\s+[-–—]\s*$")
_SALUTATION = re.compile(
    r"^\s*(?:Monsieur|Madame|Mesdames|Messieurs|Mesdemoiselles|Chers|Chères|Cher|Chère)\b[^.!?]{0,80}[,:!]?\s*$"
)


def _paragraphs_until_footer(
    paragraphs: Sequence[str], start: int, skip: set[int], title: str, teasers: set[str], stop_at_footer: bool
) -> list[str]:
    body: list[str] = []
    seen: set[str] = set()
    paywalled = False
    for index in range(start, len(paragraphs)):
        paragraph = paragraphs[index]
        if stop_at_footer and clutter.is_footer(paragraph):
            break
        # (Past a paywall's cut the page shows an offer, then other boxes: the article ends,
        # however short, but for the rest of a paragraph it had begun.)
        if paywalled and not shown_past_the_paywall(paragraph):
            if interface.is_ui(paragraph):
                continue  # its login link ("Se connecter"), then the rest of the paragraph begun
            break
        if is_paywall_cut(paragraph) and any(is_prose(kept) for kept in body):
            paywalled = True
            if _SALUTATION.match(body[-1]):
                body.pop()  # the paywall's letter to the reader: "Chère lectrice, cher lecteur,"
            continue
        if (
            index in skip
            or _is_title_repeat(paragraph, title)
            or _not_the_article_s(paragraphs, index, teasers)
        ):
            continue
        key = fold(paragraph)
        if key in seen and not _LIST_LABEL.match(paragraph):
            continue
        seen.add(key)
        body.append(paragraph)
        if clutter.ends_with_signature(paragraph):
            break  # a wire signature closes the dispatch; what follows is the page's
    return without_cut_excerpts(_without_closing_headings(body, paywalled))


def _without_closing_headings(body: list[str], paywalled: bool) -> list[str]:
    """An article ends on a sentence, never on a heading or a teaser's title (which are short:
    a long line without its full stop is the article's, cut by the page). Over a paywall's
    cut, the page stops where it will: on a subheading too."""
    if paywalled or _a_table_of_rows(body):
        return body
    while body and _is_a_closing_heading(body[-1]) and not ends_in_an_announced_list(body):
        body.pop()
    return body


def _not_the_article_s(paragraphs: Sequence[str], index: int, teasers: set[str]) -> bool:
    """A teaser's title, a line of furniture, a picture's alt text then the same words as its
    legend, a "see also" link."""
    paragraph = paragraphs[index]
    if fold(_LIST_MARK.sub("", paragraph)) in teasers and not clutter.ends_with_signature(paragraph):
        return True
    if announces_a_list(paragraphs, index):
        return False  # "Voici le palmarès :" over its prizes, no widget's label
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
    if _is_furniture(paragraph, following):
        return True
    return _printed_twice_in_a_row(paragraphs, index) or _teaser_under_its_label(paragraphs, index)


def _printed_twice_in_a_row(paragraphs: Sequence[str], index: int) -> bool:
    """A short paragraph the page prints twice, one copy right under the other: a picture's
    alt text and its legend ("La Golf 8 est toujours camouflée." twice). An article never
    repeats itself so; its headline's copies are handled apart."""
    paragraph = paragraphs[index]
    if len(paragraph) > _LONGEST_LEGEND or _LIST_LABEL.match(paragraph):
        return False
    if len(paragraph.split()) > _LONGEST_LEGEND_WORDS:
        # A standfirst printed twice, as the page's description then its lead: one copy stays,
        # unless the article's first paragraph holds it a third time ("CHRONIQUE / Au moment …").
        key = fold(paragraph)
        return any(key in fold(other) and fold(other) != key for other in paragraphs[index + 1 : index + 6])
    neighbours = [*paragraphs[max(0, index - 1) : index], *paragraphs[index + 1 : index + 2]]
    return any(_same_legend(fold(other), fold(paragraph)) for other in neighbours)


def _same_legend(one: str, other: str) -> bool:
    """The same words, or with a credit's word or two before or after one copy ("AFP Après une
    mobilisation …" under "Après une mobilisation …")."""
    if one == other:
        return True
    short, long = sorted((one, other), key=len)
    extra = long.replace(short, "", 1).split() if len(short) >= 40 and short in long else None
    return extra is not None and 1 <= len(extra) <= 2


_LONGEST_LEGEND = 200
_LONGEST_LEGEND_WORDS = 25

# A "see also" label alone on its line, the linked title on the next: "A lire aussi" / "Mali : …".
_SEE_ALSO_LABEL = re.compile(
    r"^\W{0,3}(?:(?:à |a )?(?:lire|voir) (?:aussi|également)|lire)\W{0,3}$",
    re.IGNORECASE,
)


def _teaser_under_its_label(paragraphs: Sequence[str], index: int) -> bool:
    """A title right under a "see also" label: another article's (no sentence, no full stop);
    or a list of them, each after a bullet ("LIRE AUSSI" / "- Niger : …" / "- CAN : …")."""
    if not _a_linked_title(paragraphs[index]):
        return False
    above = index - 1
    bulleted = bool(_BULLET.match(paragraphs[index]))
    while above > 0 and bulleted and _BULLET.match(paragraphs[above]):
        if not _a_linked_title(paragraphs[above]):
            return False
        above -= 1
    if above >= 0 and _SEE_ALSO_LABEL.match(paragraphs[above]):
        return True
    return _in_a_closing_list_of_titles(paragraphs, index)


_MOST_LINKED_TITLES = 6


def _in_a_closing_list_of_titles(paragraphs: Sequence[str], index: int) -> bool:
    """A title among titles under a "see also" label, no sentence below them to the page's end
    ("Lire aussi:" / "Gabès: 2 morts …" / "Sfax : deux morts …"): the article ended above the
    label (a subheading under a teaser has its paragraph below)."""
    above = index - 1
    while above > 0 and index - above < _MOST_LINKED_TITLES and _a_linked_title(paragraphs[above]):
        if _SEE_ALSO_LABEL.match(paragraphs[above]):
            break
        above -= 1
    if above < 0 or not _SEE_ALSO_LABEL.match(paragraphs[above]):
        return False
    return all(_a_linked_title(line) for line in paragraphs[index + 1 :])


_BULLET = re.compile(r"^\s*[-–•►›>·]\s")


def _a_linked_title(paragraph: str) -> bool:
    return len(paragraph.split()) <= 25 and not clutter.ends_sentence(paragraph)


def _a_table_of_rows(body: Sequence[str]) -> bool:
    """The last lines are rows under the same label each time, on their line or on the next:
    a fixture list ("Stade Brestois 16h30 FC Lorient" / "Arbitre : Léa Morvan", …), a
    programme; the article's own. (Rows printed twice are dropped as a teaser's: two
    labelled rows are enough.)"""
    run = 0
    while run < len(body) and _is_a_closing_heading(body[-1 - run]):
        run += 1
    labels = Counter(match.group(1) for line in body[len(body) - run :] if (match := _ROW_LABEL.search(line)))
    return run >= 4 and bool(labels) and labels.most_common(1)[0][1] >= 2


_ROW_LABEL = re.compile(r"(?:^|\s)([A-ZÀ-Ý][\w'’-]{2,20})\s?:\s+[A-ZÀ-Ý][^:.!?]{1,40}$")


def _is_a_closing_heading(line: str) -> bool:
    """A short line that does not end a sentence; not an item of a list the article gives
    ("– de Shipshaw à Saint-Ambroise", "– sur la 175, de l'Étape à Saguenay;", "• Ministre
    de la Santé")."""
    if clutter.ends_sentence(line) or is_prose(line) or len(line.split()) >= 15:
        return False
    if _HANDLE.search(line) or _TABLE_ROW.search(line):
        return False  # its people's accounts ("Plus d'infos : @collectif"); a row of its table
    if line.rstrip().endswith(":") and len(line.split()) >= 8 and not calls_to_action(line):
        return False  # a sentence announcing what the page shows below: a table, a map
    return not (_DASH_ITEM.match(line) or _LIST_MARK.match(line) or line.rstrip().endswith(";"))


_HANDLE = re.compile(r"(?:^|\s)@\w{3,}")
# A row of the article's table ends on its figures: a standings row ("1). MC Alger 29 12"), a
# result ("MC Oran – CS Constantine 1-4"), a fixture's time ("… (à 19h00)").
# an election's seats and their change ("PLR : 26 (-)", "UDC : 18 (+3)"), a candidate's share of
# the vote and the outcome ("Léa Roy (Parti vert) 47,3 % RÉÉLUE").
_TABLE_ROW = re.compile(
    r"(?:\d+\s+\d+|\s\d{1,3}\s?[-–]\s?\d{1,3}|\d{1,2}\s?h\s?\d{2}\)?|\s\d{1,4}\s?\((?:[+-–]\s?\d*|=)\)"
    r"|\s\d{1,3}(?:[.,]\d{1,2})?\s?%(?:\s+(?-i:[A-ZÀ-Ý]{2,})){0,2})\s*$"
)
_DASH_ITEM = re.compile(r"^\s*[–—-]\s+\S")


def lead_in(paragraphs: Sequence[str], start: int, date_lines: set[int], headline: str | None) -> list[str]:
    """The lines between the headline and the first paragraph of prose, when they are the
    article's own: a live page's short sections ("Urgences", "En cas d'urgence : 112")
    come before any long paragraph. Read upwards from the body; the first line that is the
    page's (a date, a byline, a caption, a list of links, a path) ends them."""
    if start >= len(paragraphs):
        return []
    if not headline:
        return _salutation_over(paragraphs, start)
    above = range(start - 1, -1, -1)
    # (The headline's line may also hold its kicker: "Sud Alsace Coup de foudre, …".)
    below_headline = next((i for i in above if holds_the_headline(paragraphs[i], headline)), -1)
    # A live page's posts, each stamped with its time, with links to other articles between them.
    live = sum(1 for p in paragraphs[below_headline + 1 : start] if _LIVE_POST.match(p)) >= 2
    lines: list[str] = []
    over_the_headline = {fold(p) for p in paragraphs[: max(below_headline, 0)]}
    foreign = foreign_furniture(paragraphs)
    for index in range(start - 1, below_headline, -1):
        paragraph = paragraphs[index]
        if live and interface.is_ui(paragraph):
            continue
        if live and _LIVE_POST.match(paragraph):
            lines.insert(0, paragraph)  # ("64' Remplacement de Hervé par Lolesio" is no signature)
            continue
        if index in date_lines or not _could_open_the_article(paragraph, paragraphs[index + 1]):
            return lines
        if fold(paragraph) in foreign:
            continue  # "Lesen Sie die deutsche Version hier.": a link to the article in another language
        if fold(paragraph) in over_the_headline:
            return lines  # a caption's copy: the picture's alt text was printed over the headline
        neighbours = (paragraphs[index - 1] if index > 0 else "", paragraphs[index + 1])
        if fold(paragraph) in map(fold, neighbours):
            return lines  # printed twice in a row: a picture's alt text and its legend
        lines.insert(0, paragraph)
    return lines


def _salutation_over(paragraphs: Sequence[str], start: int) -> list[str]:
    """A letter to the readers, with no headline, opens on its salutation ("Chères lectrices,
    chers lecteurs,") right over its first paragraph; a page may open on its lead's sentence."""
    opening = paragraphs[start - 1] if start > 0 else ""
    if is_a_lead_s_sentence(opening) and _could_open_the_article(opening, paragraphs[start]):
        return [opening]  # (a wire's lead, its full stop lost: no headline, the article's first)
    return [opening] if is_a_letter_s_opening(opening) else []


# A post stamped with its time ("10h42 - …") or a match's minute ("47' Essai de Paulos").
_LIVE_POST = re.compile(rf"^\s*(?:\d{{1,2}}\s*[h:]\s*\d{{2}}|{clutter.MATCH_MINUTE})\s*[.:–—-]?\s+\S")


def _could_open_the_article(paragraph: str, following: str) -> bool:
    if (
        _is_furniture(paragraph, following)
        or _LIST_MARK.match(paragraph)
        or _NOT_PROSE_CHARS.search(paragraph)
    ):
        return False
    if credits.caption_credit(paragraph) or clutter.is_truncated(paragraph) or is_signature_line(paragraph):
        return False
    return not _LABELLED_LINE.match(paragraph)


_NOT_PROSE_CHARS = re.compile(r"https?:|www\.|[<>{}]|\w/\w+/")
_LABELLED_LINE = re.compile(r"^\s*[\w ]{2,20}\s:\s")  # "Source : JT 20h"
