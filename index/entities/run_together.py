"""A body or a place the model ran into a person the article names apart: "Rennes Métropole
Emmanuel Couet" is Rennes Métropole and Emmanuel Couet, who speaks further down."""

from __future__ import annotations

from dataclasses import replace

from index.areas import is_place_label
from index.entities.cleanup import Mention
from index.entities.lone_words import is_generic_body
from index.entities.names import is_shouting
from index.entities.rules import names_an_organisation


def persons_apart(mentions: list[Mention]) -> list[Mention]:
    """Each body's or place's mention that ends on a person's full name, found alone elsewhere
    in the article, as the two names. (Written by hand: the model has no notion of a person
    named twice; the article's own mentions are the surest evidence of where a name starts.)"""
    people = {m.text for m in mentions if m.label == "PER" and len(m.text.split()) >= 2}
    if not people:
        return mentions
    apart: list[Mention] = []
    for mention in mentions:
        person = _person_at_the_end(mention, people)
        head = mention.text[: -len(person)].rstrip() if person else ""
        # (A person's fuller name stays whole: "Ahmed Ould Abdallah", later "Ould Abdallah".)
        label = mention.label if mention.label != "PER" else _known_kind(head)
        if person is None or not label:
            apart.append(mention)
            continue
        if is_generic_body(head):  # "conseiller d'Etat Mauro Poggia": the office's kind
            apart.append(Mention(mention.end - len(person), mention.end, person, "PER", is_shouting(person)))
            continue
        shouting = is_shouting(head)
        apart.append(
            replace(mention, end=mention.start + len(head), text=head, label=label, shouting=shouting)
        )
        apart.append(Mention(mention.end - len(person), mention.end, person, "PER", is_shouting(person)))
    return apart


def _known_kind(head: str) -> str:
    """A known body's or place's type, for what the model typed a person with the name after it;
    "" for a head nothing tells."""
    if names_an_organisation(head):
        return "ORG"
    return "LOC" if is_place_label(head) else ""


def _person_at_the_end(mention: Mention, people: set[str]) -> str | None:
    words = mention.text.split()
    for size in (3, 2):  # the longest name first: "Jean-Marc Le Bihan" before "Le Bihan"
        if len(words) > size and " ".join(words[-size:]) in people and words[-size - 1][:1].isupper():
            return " ".join(words[-size:])
    return None
