"""Where the article starts: the first paragraph of its prose, past captions, taglines and sidebars."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.areas import is_place_label
from index.page import clutter, credits, interface
from index.page.announced_lists import announces_a_list
from index.page.body import foreign_furniture
from index.page.captions import credited_copy, credits_a_picture, is_caption_sized
from index.page.date_lines import date_candidates
from index.page.headline_glue import clean_candidate
from index.page.headline_shape import could_be_headline, is_long_menu
from index.page.prose import is_all_caps, is_prose
from index.text import fold


def body_start(paragraphs: Sequence[str]) -> int:
    """The first paragraph of prose that is not furniture, nor a caption: pages print a
    caption twice (the picture's alt text, then its legend), never an article's paragraph."""
    top = [fold(p.lstrip("•·▪►* ")) for p in paragraphs[:40]]  # (a legend's bullet: "• Le ruban …")
    foreign = foreign_furniture(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        if not (is_prose(paragraph) or announces_a_list(paragraphs, index)):
            continue
        if _furniture_before_the_article(paragraphs, index, foreign):
            continue
        if credits.is_captioned(paragraph) or _a_caption_s_copy(paragraphs, index, top):
            continue
        if _a_promoted_box(paragraphs, index, top):
            continue
        if _is_a_caption_before_the_headline(paragraphs, index) or _is_a_question_headline(paragraphs, index):
            continue
        if _is_a_long_headline(paragraphs, index) or _is_the_masthead_s_tagline(paragraphs, index):
            continue
        if index and _ALERT_LABEL.match(paragraphs[index - 1]) and len(paragraph.split()) <= _ALERT_WORDS:
            continue  # "Alerte info" over a sentence: the site's banner of breaking news
        return _under_a_path_and_headline(paragraphs, index)
    return _first_unstopped_paragraph(paragraphs)


def _furniture_before_the_article(paragraphs: Sequence[str], index: int, foreign: frozenset[str]) -> bool:
    """The page's furniture in prose: its boxes, footer, path ("Accueil Actualités <the
    headline> !"), another page's furniture, a long menu."""
    paragraph = paragraphs[index]
    if interface.is_ui(paragraph) or clutter.is_footer(paragraph) or clutter.is_breadcrumb(paragraph):
        return True
    return bool(foreign and fold(paragraph) in foreign) or is_long_menu(paragraph)


def _a_caption_s_copy(paragraphs: Sequence[str], index: int, top: Sequence[str]) -> bool:
    """A picture's alt text over its credited legend; a paragraph printed twice near the top,
    alt text and legend, when it is a caption's size (sentences said twice are the standfirst,
    as the page's description and then as its lead: "… effectif réduit. L'équation …")."""
    if index + 1 < len(paragraphs) and credited_copy(paragraphs[index], paragraphs[index + 1]):
        return True  # (over "… s'envolent. — M.Libert / 20 Minutes")
    if _printed_twice_over_a_credit(paragraphs, index):
        return True
    return index < len(top) and top.count(top[index]) > 1 and is_caption_sized(paragraphs[index])


def _printed_twice_over_a_credit(paragraphs: Sequence[str], index: int) -> bool:
    """A paragraph printed twice in a row right over a picture's credit ("Certains … tourmenter."
    twice, then "AFP or licensors"): the picture's alt text and legend, whatever their length
    (a page may caption its picture with the standfirst)."""
    first = index - 1 if index and paragraphs[index - 1] == paragraphs[index] else index
    return (
        first + 2 < len(paragraphs)
        and paragraphs[first + 1] == paragraphs[first]
        and credits.is_credit_line(paragraphs[first + 2])
    )


def _a_promoted_box(paragraphs: Sequence[str], index: int, top: Sequence[str]) -> bool:
    """A box's text over its link, printed twice near the top ("Découvrez nos publications …"
    / "→ En savoir plus", again): the site's promotion, not the article (whose lead may sit
    over a "Lire la suite" link, but once)."""
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
    linked = bool(_READ_MORE.match(following))
    return linked and index < len(top) and top.count(top[index]) > 1


_READ_MORE = re.compile(
    r"^[\s→>»›•-]*(?:en savoir plus|lire la suite|lire plus|découvrir|voir plus|plus d['’]infos?)"
    r"\s*[.…>»›→]*\s*$",
    re.IGNORECASE,
)


_ALERT_LABEL = re.compile(
    r"^\s*(?:alerte(?: info)?|flash(?: info)?|dernière (?:minute|heure)|breaking(?: news)?|urgent)\s*:?\s*$",
    re.IGNORECASE,
)
_ALERT_WORDS = 40
_PATH_SEARCH = 60


def _under_a_path_and_headline(paragraphs: Sequence[str], start: int) -> int:
    """The first paragraph under the page's path, its headline and its date line, further
    down, when the prose above is a sidebar's teasers ("Édito" / "Les faits très graves …" /
    … / "> Faits divers > Au Creusot" / "LE CREUSOT : Un scooter …" / "11/09/2018 21:01");
    else `start`."""
    for index in range(start + 1, min(len(paragraphs) - 3, _PATH_SEARCH)):
        if not clutter.is_breadcrumb(paragraphs[index]):
            continue
        headline, stamp, first = paragraphs[index + 1 : index + 4]
        if could_be_headline(headline) and date_candidates(stamp) and is_prose(first):
            return index + 3
    return start


def _first_unstopped_paragraph(paragraphs: Sequence[str]) -> int:
    """No paragraph ends its sentence (a radio's news written without full stops, "Du verglas
    ce matin, soyez prudents"): the first long line past the top one, that is no furniture."""
    for index, paragraph in enumerate(paragraphs[1:], start=1):
        if len(paragraph.split()) < _UNSTOPPED_WORDS or is_all_caps(paragraph) or interface.is_ui(paragraph):
            continue
        if clutter.is_footer(paragraph) or is_long_menu(paragraph) or credits.is_captioned(paragraph):
            continue
        return index
    return len(paragraphs)


_UNSTOPPED_WORDS = 12


def _is_the_masthead_s_tagline(paragraphs: Sequence[str], index: int) -> bool:
    """The site's tagline under its name, naming it again ("Le Club Rugby" / "Infos, résultats
    et transferts. Le rugby par Le Club Rugby."): short, over everything else."""
    if index == 0 or index > 3 or len(paragraphs[index].split()) >= 20:
        return False
    if is_place_label(paragraphs[0]):
        return False  # "Côte d'Ivoire" over "La Côte d'Ivoire rend hommage …": a rubric
    name = fold(paragraphs[0])
    return len(name.split()) <= 4 and len(name) >= 4 and f" {name}" in f" {fold(paragraphs[index])}"


def _is_a_question_headline(paragraphs: Sequence[str], index: int) -> bool:
    """A headline asking a question ("… : quel avenir pour l'ancien président ?") or
    exclaiming ("Fleurier reprend le trophée !"), the first line of prose shape, with prose
    right after it."""
    paragraph = paragraphs[index]
    if not paragraph.rstrip().endswith(("?", "!")) or len(paragraph.split()) >= 20:
        return False
    if any(
        is_prose(p) and not interface.is_ui(p) and not clutter.is_breadcrumb(p) for p in paragraphs[:index]
    ):
        return False
    # (Past a date's or a byline's words: "Published" / "on", and the headline's own copy.)
    key = fold(paragraph)
    following = [p for p in paragraphs[index + 1 : index + 5] if len(p.split()) >= 8 and fold(p) != key]
    return bool(following) and is_prose(following[0]) and not following[0].rstrip().endswith("?")


def _is_a_long_headline(paragraphs: Sequence[str], index: int) -> bool:
    """A headline of a paragraph's length ("Résultats de la 2e journée … : le MC Alger tenu
    en échec, … – Vidéo"): the first long line, not ending like a sentence, under nothing
    but short lines (a rubric), with prose after it."""
    paragraph = paragraphs[index]
    if clutter.ends_sentence(paragraph) or not could_be_headline(paragraph):
        return False
    menus = [i for i in range(index) if is_long_menu(paragraphs[i])]
    above = paragraphs[menus[-1] + 1 if menus else 0 : index]  # (over a menu: the site's tagline)
    if any(len(p.split()) > 4 and could_be_headline(clean_candidate(p)) for p in above):
        return False
    return any(is_prose(p) and not interface.is_ui(p) for p in paragraphs[index + 1 : index + 4])


def _is_a_caption_before_the_headline(paragraphs: Sequence[str], index: int) -> bool:
    """A picture's caption printed before any line shaped like a headline: over the headline,
    or with its legend over its credit line."""
    if any(could_be_headline(clean_candidate(p)) for p in paragraphs[:index]):
        return False
    return _is_caption_over_the_headline(paragraphs, index) or _over_a_picture_s_credit(paragraphs, index)


def _is_caption_over_the_headline(paragraphs: Sequence[str], index: int) -> bool:
    """A picture's caption printed before anything else, then the headline, then the article:
    "Le festival rassemble 600 personnes chaque année." / "Festivals : la recette" / "…"."""
    caption = paragraphs[index]
    if index + 2 >= len(paragraphs):
        return False
    if len(caption.split()) >= 20 and not credits.places_people_in_a_picture(caption):
        return False  # (a long caption says where its people stand: "Louis Roy (à l'avant-plan), …")
    # (Past a separator without letters, "/", "."; a kicker may sit over the headline, a date
    # line under it.)
    below = [p for p in paragraphs[index + 1 : index + 6] if any(c.isalpha() for c in p)]
    titles = 0
    while titles < min(2, len(below)) and could_be_headline(clean_candidate(below[titles])):
        titles += 1
    return titles >= 1 and any(is_prose(p) for p in below[titles : titles + 2])  # (past a date line)


def _over_a_picture_s_credit(paragraphs: Sequence[str], index: int) -> bool:
    """A picture's alt text and legend over its credit line ("Un immeuble insalubre à
    Marseille." / "Un immeuble insalubre, en mai 2019." / "© Crédits photo : …"): caption-sized
    lines, no article's paragraph, before any prose. (Under the headline, a line over its
    picture's credit is the standfirst.)"""
    below = paragraphs[index + 1 : index + 3]
    for offset, line in enumerate(below):
        if credits_a_picture(line):
            return all(is_caption_sized(p) for p in paragraphs[index : index + 1 + offset])
    return False
