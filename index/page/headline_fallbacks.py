"""The headline of a page where no line above the article is shaped like one: a title cut
with an ellipsis, a first line of short sentences, a one-word title, a title printed under
its standfirst."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from index.areas import is_place_label
from index.outlets import known_outlets
from index.page import clutter, credits, interface
from index.page.headline_shape import could_be_headline
from index.page.prose import is_prose


def headline_without_candidates(cleaned: Sequence[str], lead: str) -> str | None:
    """The header's cleaned lines held no line shaped like a headline: the last title cut short,
    a longer one alone above the article, the first line as it stands, or a one-word title."""
    cut = next((line for line in reversed(cleaned) if is_a_cut_title(line)), None)
    # (alone above the article, a longer one: "… Pas de souci pour 9 députés : ils gardent leur siège…")
    # (or right above the article, under furniture: "{{ temperature }}° C" / "Cité introuvable.")
    alone = cleaned[-1] if cleaned and is_a_cut_title(cleaned[-1], _LONE_CUT_TITLE_WORDS) else None
    return (
        cut
        or alone
        or _first_line_headline(cleaned)
        or _one_word_named_by_the_lead(cleaned, lead)
        or _a_column_s_short_title(cleaned)
    )


# A column's rubric over its title: "Éditorial" / "Souveraineté".
_COLUMN_RUBRIC = re.compile(
    r"^\s*(?i:[ée]ditorial|[ée]dito|chronique|billet|tribune|carte blanche|humeur)\s*$"
)


def _a_column_s_short_title(header: Sequence[str]) -> str | None:
    """A title of a word or two right under its column's rubric ("Éditorial" / "Souveraineté"):
    an editorial's headline, too short to be shaped like one."""
    lines = [line.strip() for line in header if line.strip()]
    for rubric, title in pairwise(lines):
        if not _COLUMN_RUBRIC.match(rubric):
            continue
        short = 1 <= len(title.split()) <= 2 and title[:1].isupper() and not title.endswith((".", ":"))
        labelled = interface.is_ui(title) or _is_a_site_s_name(title) or is_place_label(title)
        return title if short and not labelled else None
    return None


# A headline may end on an ellipsis ("La Martinique au ralenti..."): taken when no other line
# above the article could be one (a teaser cut so is longer).
_SHORT_CUT_TITLE_WORDS = 8
_LONE_CUT_TITLE_WORDS = 16


def is_a_cut_title(line: str, longest: int = _SHORT_CUT_TITLE_WORDS) -> bool:
    return (
        clutter.is_truncated(line)
        and 3 <= len(line.split()) <= longest
        and could_be_headline(line.rstrip(".… "))
    )


def headline_under_its_standfirst(paragraphs: Sequence[str]) -> str | None:
    """A page that prints its standfirst first, then the headline, then the article ("250 000
    emplois menacés. « Un tsunami » …" / "Les raisons de la colère" / "« J'ai la rage …"):
    the line shaped like a headline between the first two paragraphs of prose."""
    # (its byline may come between: "… / Les CFF annoncent … / Luisa Gambaro Journaliste / …")
    rest = [p for p in paragraphs[:5] if not clutter.is_byline(p)]
    if len(rest) < 3:
        return None
    first, second, third = rest[:3]
    if not (is_prose(first) and is_prose(third)) or len(re.findall(r"\w+", second)) > 15:
        return None
    # (a picture's legend signed by its agency is no headline: "… le vaccin de X. AFP")
    signed = _SIGNED_LEGEND.search(second) is not None
    return second.strip() if could_be_headline(second) and not signed else None


_SIGNED_LEGEND = re.compile(r"[.!?»]\s+[A-Z]{2,9}\s*$")


# A sentence longer than this on the first line is the article's lead (the page lost its
# headline), however it ends.
_STOPPED_HEADLINE_WORDS = 20
_CLIPPED_SENTENCES_WORDS = 12


def _first_line_headline(header: Sequence[str]) -> str | None:
    """No line is shaped like a headline, but the header's first line is one, as the page
    prints it: one short sentence with a full stop ("Côte d'Ivoire/Pas de conseil des
    ministres cette semaine."; the page's lead sentence is under it, in the body), or a
    headline the site cut with an ellipsis ("12e journée de l'immobilier : Quand … Nord/Sud…")."""
    first = next((line.strip() for line in header if line.strip()), "")
    cut = first.endswith(("…", "..."))
    stopped = first.endswith(".") and not first.endswith("..")
    if not (cut or stopped) or len(first.split()) > (30 if cut else _STOPPED_HEADLINE_WORDS):
        return None
    whole = first.rstrip(".… ")
    # (an opinion's headline may be clipped sentences: "Ce sera donc X. Comme prévu. Hélas.")
    first_sentence = re.split(r"[.!?]", whole)[0]
    clipped = len(first.split()) <= _CLIPPED_SENTENCES_WORDS and len(first_sentence.split()) >= 4
    broken = _SENTENCE_BREAK.search(whole) is not None and not clipped
    if broken or credits.is_captioned(first) or not could_be_headline(whole):
        return None
    return first


def _one_word_named_by_the_lead(header: Sequence[str], lead: str) -> str | None:
    """No line is shaped like a headline, but the first is one word that the article's first
    paragraph names: a one-word headline ("Nouvo" over "… les vidéos de Nouvo …")."""
    first = next((line.strip() for line in header if line.strip()), "")
    if not re.fullmatch(r"[A-ZÀ-Ý][\w'’-]{3,}", first) or interface.is_ui(first) or _is_a_site_s_name(first):
        return None
    return first if re.search(rf"(?<!\w){re.escape(first)}(?!\w)", lead) else None


def _is_a_site_s_name(word: str) -> bool:
    return known_outlets().named(word) is not None or clutter.is_section_label(word)


_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÀ-Ý«]")
