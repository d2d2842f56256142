"""Annotate articles with their entities: NER over title and body, cleanup, merging."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from index.entities.acronyms import with_defined_names
from index.entities.aliases import Aliases
from index.entities.cleanup import Mention, clean_span
from index.entities.joined_names import (
    bodies_joined_to_their_place,
    names_joined_over_et,
    towns_joined_over_their_preposition,
)
from index.entities.leaders import is_named_after_its_leader
from index.entities.listed_places import places_listed_with_places
from index.entities.mention_parts import (
    pair_parts,
    place_inside,
    the_articled_town,
    the_contracted_outlet,
    the_divided_place,
    the_scorer,
)
from index.entities.merge import merge_mentions
from index.entities.model import NerModel, RawSpan
from index.entities.run_together import persons_apart
from index.entities.span_bounds import dateline_pieces
from index.records import Article

_TITLE_GAP = "\n\n"


class EntityExtractor:
    """Runs spaCy only when there are articles to annotate; loading it is the slow part."""

    def __init__(self, aliases: Aliases, model: NerModel | None = None) -> None:
        self.aliases = aliases
        self.model = model or NerModel()

    def annotate(self, articles: Sequence[Article]) -> list[Article]:
        """The same articles with `entities` filled; spans are offsets into each body."""
        texts = [_ner_text(a) for a in articles]
        spans = self.model.spans(texts)
        return [self._with_entities(a, t, s) for a, t, s in zip(articles, texts, spans, strict=True)]

    def _with_entities(self, article: Article, text: str, spans: list[RawSpan]) -> Article:
        offset = len(article.title) + len(_TITLE_GAP)
        body_end = offset + len(article.body)
        spans = towns_joined_over_their_preposition(text, names_joined_over_et(text, spans))
        spans = places_listed_with_places(text, bodies_joined_to_their_place(text, spans))
        spans = [piece for span in spans for piece in dateline_pieces(text, span)]
        cleaned = _outside_each_other(
            [m for m in (clean_span(text, span, self.model.common_words()) for span in spans) if m]
        )
        cleaned = persons_apart([m for m in cleaned if not is_named_after_its_leader(m, text)])
        cleaned = [part for mention in cleaned for part in pair_parts(mention, text)]
        cleaned, acronyms = with_defined_names(cleaned, text)
        cleaned = [
            the_scorer(the_contracted_outlet(the_articled_town(the_divided_place(m)), text), text)
            for m in cleaned
        ]
        cleaned += [place for place in map(place_inside, cleaned) if place is not None]
        mentions: list[tuple[Mention, bool]] = []
        for mention in cleaned:
            if offset <= mention.start and mention.end <= body_end:
                body_mention = replace(mention, start=mention.start - offset, end=mention.end - offset)
                mentions.append((body_mention, True))
            else:
                mentions.append((mention, False))
        return replace(article, entities=tuple(merge_mentions(mentions, self.aliases, acronyms)))


def _outside_each_other(mentions: list[Mention]) -> list[Mention]:
    """Without a mention inside another's bounds: the model's span for a name's end, which
    cleanup took into the name it ends ("… Sidi Mohamed Ben" + "Abdallah")."""
    return [
        m
        for m in mentions
        if not any(
            o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
            for o in mentions
        )
    ]


def _ner_text(article: Article) -> str:
    """Title, body, then the asides (byline, captions): names there count, with no place
    in the body to highlight."""
    asides = "".join(_TITLE_GAP + aside for aside in article.asides)
    return normalise_for_ner(article.title + _TITLE_GAP + article.body + asides)


def normalise_for_ner(text: str) -> str:
    """Same length, so offsets stay valid: typographic apostrophes confuse the tokenizer, a
    flattened list's dashes hide its items' names, and a kicker's slash glued to its word
    ("Côte d'Ivoire/ En route pour …") hides the word from the model, where the colon it
    stands for does not."""
    text = _KICKER_SLASH.sub(":", text.replace("’", "'").replace("ʼ", "'"))
    text = _LIST_DASH.sub(" ", text)
    return _FORMAT_LABEL.sub(lambda label: " " * len(label.group()), text)


# A format's label opening a line, "EN DIRECT - Orages : …", "VIDÉO. Le …": no name, and the
# word after it opens the title (blanked, so that offsets stay).
_FORMAT_LABEL = re.compile(
    r"(?m)^(?:EN DIRECT|DIRECT|LIVE|VIDÉO|VIDEO|PHOTOS?|CARTE|INFOGRAPHIE|AUDIO|URGENT|ALERTE|INFO)"
    r"\s*(?:[-–—:|.]\s*)"
)
# A list's dash run into the sentence before it, as a flattened list prints its items ("… dans
# un centre.- Liège Ville (…). - Dour (…)"): the model reads the dash into the name, or loses it.
# (Not an initial's hyphen: "P.-J. Kerbrat".)
_LIST_DASH = re.compile(r"(?<=(?:\w\w|.\))[.!?])-(?= ?[A-ZÀ-Ý])|(?<=(?:\w\w|.\))[.!?] )-(?= [A-ZÀ-Ý])")
_KICKER_SLASH = re.compile(r"(?<=[\w)])/(?= [A-ZÀ-Ý])")
