"""Names the model cuts in two: a body's that goes on past "et" ("Service départemental
d'incendie" + "et de secours", "Association Cultuelle" + "et" + "Culturelle Islamique"), a
town's written without its hyphens ("Marcq" + "en" + "Baroeul")."""

from __future__ import annotations

import re
from dataclasses import replace

from index.areas import is_place_label
from index.entities.model import RawSpan
from index.entities.rules import INSTITUTION_HEADS

# Heads of bodies whose names join two fields with "et": "Département fédéral de justice et
# police", "Office cantonal d'orientation scolaire et professionnelle", "ministère de
# l'Économie et des Finances". (Written by hand: the model has no notion of a name's head.)
_HEADS = INSTITUTION_HEADS | frozenset(
    """service centre département association office secrétariat société institut fondation
    observatoire laboratoire musée école haute union comité confédération groupement""".split()
)
# What goes on after "et": an optional "de"/"des", then one word in the case of the span's last.
_GOES_ON = re.compile(
    r" et (?P<of>(?:de la |de l['’]|de |d['’]|du |des ))?(?P<word>[A-Za-zÀ-ÿ][a-zà-ÿ-]{2,})(?![\w'’])"
)
# A field is a noun, not a clause's word: "… et de se doter", "… et les forces de police".
_NOT_A_FIELD = frozenset("les le la un une des son sa ses leur leurs se qui que pour avec dont".split())


def names_joined_over_et(text: str, spans: list[RawSpan]) -> list[RawSpan]:
    """Each body's span taken on over "et" and the field after it, and a span the model found
    for that field's capitalised words absorbed into it."""
    joined: list[RawSpan] = []
    skip_until = -1
    for index, span in enumerate(spans):
        if span.start < skip_until:
            continue  # the second half, taken into the span before it
        longer = _goes_on(text, span, spans[index + 1] if index + 1 < len(spans) else None)
        if longer is not None:
            skip_until = longer.end
            joined.append(longer)
        else:
            joined.append(span)
    return joined


def _goes_on(text: str, span: RawSpan, after: RawSpan | None) -> RawSpan | None:
    """The span and the field "et" joins to it, or None when the name ends there. `after` is
    the next span found, which a capitalised field without "de" must be, as a body's."""
    words = text[span.start : span.end].split()
    if span.label != "ORG" or len(words) < 2 or words[0].lower() not in _HEADS or not _has_a_field(words):
        return None
    follows = _GOES_ON.match(text, span.end)
    if follows is None or follows["word"].lower() in _NOT_A_FIELD:
        return None
    word = follows["word"]
    if not _a_second_field(words[-1], follows, after):
        return None
    if word[:1].isupper() and follows["of"] is None and after is not None:
        return replace(span, end=max(after.end, follows.end()))  # "et" + "Culturelle Islamique"
    end = follows.end()
    if word[:1].islower():  # the field's own words: "et des études économiques", "et de
        more = _FIELD_GOES_ON.match(text, end)  # destruction d'engins explosifs"
        end = more.end() if more else end
    place = _PLACE_OF.match(text, end)  # "… et de secours de la Gironde"
    return replace(span, end=place.end() if place else end)


def _a_second_field(last: str, follows: re.Match[str], after: RawSpan | None) -> bool:
    """What "et" leads to is the name's second field: after "de", no second body ("Cour de
    cassation et de la cour d'appel"); without it, a word in the case of the span's last
    ("scolaire et professionnelle"), no verb, and a capitalised one only as the body's
    span the model found ("ministère de l'Intérieur et Gérald Darmanin" is a person after)."""
    word = follows["word"]
    if follows["of"]:
        return word.lower() not in _HEADS
    if last[:1].isupper() != word[:1].isupper() or _VERB_FORM.search(word) or _A_ROLE.match(word):
        return False  # (a role of who works there: "… de la recherche scientifique et coauteur")
    if _AN_OBJECT.match(follows.string, follows.end()):
        return False  # a verb and its object: "… de l'Isère et présente la politique …"
    return word[:1].islower() or (
        after is not None and after.start == follows.start("word") and after.label == "ORG"
    )


_A_ROLE = re.compile(
    r"(?:co-?)?(?:auteur|autrice|fondat(?:eur|rice)|direct(?:eur|rice)|présidente?|chercheu(?:r|se)"
    r"|professeure?|membre|ancienne?|responsable|porte-parole|cheffe?|doctorante?|étudiante?)s?$"
)


# A body named after its field: a "de"/"d'" inside it, or a qualifier after its head
# ("Association Cultuelle", "Office cantonal d'orientation").
def _has_a_field(words: list[str]) -> bool:
    return any(w in ("de", "du", "des") or w.startswith(("d'", "d’")) for w in words[1:]) or (
        len(words) == 2 and words[1][:1].isupper()
    )


# A lower-case field's adjective, or its complement and that one's adjective.
_FIELD_GOES_ON = re.compile(
    r"(?: (?!(?:et|ou|qui|que|dont|est|sont|a|ont)\b)[a-zà-ÿ]{2,}(?:iques?|ales?|al|aux|elles?|els?|aires?"
    r"|ifs?|ives?|iens?|iennes?|ains?|aines?)(?![\w'’-]))?"  # (not a participle: "… publié hier")
    r"(?: (?:de |d['’])(?!(?:la|le|les|l['’]|un|une)\b)[a-zà-ÿ]{3,}(?![\w'’-])"
    r"(?: [a-zà-ÿ]{2,}(?:ifs?|ives?|iques?|aux|ales?|els?|elles?)(?![\w'’-]))?)?"
)
# The place whose body it is, after the field: "de la Gironde", "du Haut Entremont".
_PLACE_OF = re.compile(r" (?:de la |de l['’]|du |des |de |d['’])[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)*")
_AN_OBJECT = re.compile(r" (?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|ce|cette|ces)\b")
# A verb's forms after "et": "la Cour de cassation et renvoyé", "… et ont".
_VERB_FORM = re.compile(r"(?:é|ée|és|ées|er|ez|ait|aient|ant|ont)$")  # ("et placement" goes on)


def bodies_joined_to_their_place(text: str, spans: list[RawSpan]) -> list[RawSpan]:
    """A body's span the model ended on a preposition, its place's span right after it, as one
    name: "Institut de recherche sur le français en" + "Amérique"."""
    joined: list[RawSpan] = []
    for span in spans:
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.label == "ORG"
            and _ENDS_ON_A_PREPOSITION.search(text, before.start, before.end)
            and text[before.end : span.start] in ("", " ")
            and text[span.start : span.start + 1].isupper()
        ):
            joined[-1] = RawSpan(before.start, span.end, "ORG", before.ruled, before.listed)
        else:
            joined.append(span)
    return joined


_ENDS_ON_A_PREPOSITION = re.compile(r"\s(?:en|de|du|des|d['’]|au|aux|à|sur|pour)$")


def towns_joined_over_their_preposition(text: str, spans: list[RawSpan]) -> list[RawSpan]:
    """A town's name written without its hyphens, which the model cuts at its preposition:
    "Marcq en Baroeul", "Chalon sur Saône" (not a town and its region: "Brest en Bretagne",
    nor a person's trip: "Macron en Chine")."""
    joined: list[RawSpan] = []
    for span in spans:
        before = joined[-1] if joined else None
        if before is not None and _one_town(text, before, span):
            joined[-1] = RawSpan(before.start, span.end, "LOC", before.ruled, before.listed)
        else:
            joined.append(span)
    return joined


def _one_town(text: str, first: RawSpan, second: RawSpan) -> bool:
    between = text[first.end : second.start]
    head, tail = text[first.start : first.end], text[second.start : second.end]
    one_word_each = " " not in head and " " not in tail and head[:1].isupper() and tail[:1].isupper()
    return (
        between in _TOWN_LINKS
        and first.label != "PER"
        and second.label == "LOC"
        and one_word_each
        and not is_place_label(tail)
        and not is_place_label(head)
    )


_TOWN_LINKS = frozenset({" en ", " sur ", " sous ", " lès ", " lez "})
