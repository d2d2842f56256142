"""A body's name that goes on past "et", which the model cuts there: "Service départemental
d'incendie" + "et de secours", "Association Cultuelle" + "et" + "Culturelle Islamique"."""

from __future__ import annotations

import re
from dataclasses import replace

from index.entities.model import RawSpan
from index.entities.rules import INSTITUTION_HEADS

# Heads of bodies whose names join two fields with "et": "Département fédéral de justice et
# police", "Office cantonal d'orientation scolaire et professionnelle", "ministère de
# l'Économie et des Finances". (Written by hand: the model has no notion of a name's head.)
_HEADS = INSTITUTION_HEADS | frozenset(
    """service centre département association office secrétariat société institut fondation
    observatoire laboratoire musée école haute""".split()
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
    last, word = words[-1], follows["word"]
    if follows["of"]:
        if word.lower() in _HEADS:
            return None  # a second body: "Cour de cassation et de la cour d'appel"
    elif last[:1].isupper() != word[:1].isupper() or _VERB_FORM.search(word):
        return None  # the field in the case of the one before it: "scolaire et professionnelle"
    elif word[:1].isupper() and (
        after is None or after.start != follows.start("word") or after.label != "ORG"
    ):
        return None  # "ministère de l'Intérieur et Gérald Darmanin": a person, after
    if word[:1].isupper() and follows["of"] is None and after is not None:
        return replace(span, end=max(after.end, follows.end()))  # "et" + "Culturelle Islamique"
    place = _PLACE_OF.match(text, follows.end())  # "… et de secours de la Gironde"
    return replace(span, end=place.end() if place else follows.end())


# A body named after its field: a "de"/"d'" inside it, or a qualifier after its head
# ("Association Cultuelle", "Office cantonal d'orientation").
def _has_a_field(words: list[str]) -> bool:
    return any(w in ("de", "du", "des") or w.startswith(("d'", "d’")) for w in words[1:]) or (
        len(words) == 2 and words[1][:1].isupper()
    )


# The place whose body it is, after the field: "de la Gironde", "du Haut Entremont".
_PLACE_OF = re.compile(r" (?:de la |de l['’]|du |des |de |d['’])[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)*")
# A verb's forms after "et": "la Cour de cassation et renvoyé", "… et ont".
_VERB_FORM = re.compile(r"(?:é|ée|és|ées|er|ez|ait|aient|ant|ont)$")  # ("et placement" goes on)
