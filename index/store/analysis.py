"""French-aware Whoosh analysis: elisions, accent folding, stop words and Snowball stemming."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from whoosh.analysis import Analyzer, Filter, LowercaseFilter, RegexTokenizer, Token
from whoosh.lang import stemmer_for_language
from whoosh.lang.stopwords import stoplists

from index.text import ELISION, fold_word

# Words joined by apostrophes stay one token so that the elision filter sees "l'ukraine".
TOKEN_PATTERN = r"\w+(?:['’]\w+)*"


class ElisionFilter(Filter):
    """Drop French elided articles and pronouns: "l'Ukraine" -> "Ukraine", "qu’il" -> "il".

    Whoosh ships no elision filter (Lucene has one), so this is written here.
    """

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            match = ELISION.match(token.text)
            if match:
                cut = match.end()
                token.text = token.text[cut:]
                if getattr(token, "chars", False):
                    token.startchar += cut
            yield token


class FoldFilter(Filter):
    """Fold accents and ligatures. Whoosh's CharsetFilter(accent_map) leaves "œ" alone."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = fold_word(token.text)
            yield token


# Whoosh's French list (Snowball's) lacks some of the commonest function words.
_MORE_STOP_WORDS = """a les leurs dont cette cet être elles ils où donc car ni ceux celle celles celui
cela ça quel quelle quels quelles lorsque puis""".split()
FRENCH_STOP_WORDS = frozenset(fold_word(w) for w in [*stoplists["fr"], *_MORE_STOP_WORDS])


_stem = stemmer_for_language("fr")
# The longest French words have about 25 letters ("anticonstitutionnellement").
MAX_WORD_CHARS = 48


@lru_cache(maxsize=200_000)
def french_term(word: str) -> tuple[int, str, bool]:
    """For a lowercase word: how many characters its elision takes, then its index term (the
    Snowball stem of its folded form) and True, or its folded form and False for a stop word."""
    match = ELISION.match(word)
    cut = match.end() if match else 0
    if len(word) - cut > MAX_WORD_CHARS:
        # Longer than any word: indexed by its start, unstemmed. Snowball's French stemmer is
        # quadratic on long runs of some letters (a 900,000-letter "word" took 65 s).
        return cut, fold_word(word[cut : cut + MAX_WORD_CHARS]), True
    folded = fold_word(word[cut:])
    if folded in FRENCH_STOP_WORDS:
        return cut, folded, False
    return cut, _stem(folded), True


class FrenchFilter(Filter):
    """Elision, folding, stop words and stemming in one pass, memoised per word.

    The same as ElisionFilter | FoldFilter | StopFilter | StemFilter (stopped tokens kept
    with removestops=False, positions renumbered around them), written as one filter because
    the chain of generators and Whoosh's Python-level caches were a third of indexing time."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        pos = None
        for token in tokens:
            cut, text, kept = french_term(token.text)
            if cut and token.chars:
                token.startchar += cut
            token.text = text
            if kept:
                if token.positions:
                    if pos is None:
                        pos = token.pos
                    else:
                        pos += 1
                        token.pos = pos
                token.stopped = False
                yield token
            elif not token.removestops:
                token.stopped = True
                yield token


class PairFilter(Filter):
    """Each two neighbouring index terms as one term ("soutien total"), stop words skipped as
    positions skip them: a two-word phrase becomes one posting list (see query.phrase_form).

    Whoosh has no shingle filter for analysed terms (its ShingleFilter joins raw tokens and
    keeps stop words), so this is written here."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        previous = None
        for token in tokens:
            if token.stopped:
                continue
            word = token.text  # tokens are reused: keep the text before changing it
            if previous is not None:
                token.text = f"{previous} {word}"
                yield token
            previous = word


def pair_analyzer() -> Analyzer:
    """For the `pairs` field: the French analysis, then neighbouring terms paired."""
    return french_analyzer() | PairFilter()


def french_analyzer() -> Analyzer:
    """For titles and bodies: `coree` finds "Corée", `impérialiste` finds "impérialistes".

    Folding comes before stemming so that a query typed without accents stems the same way
    as the accented text.
    """
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | FrenchFilter()


def name_analyzer() -> Analyzer:
    """For names (sites, later entities): folded words, no stemming, no stop words."""
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | ElisionFilter() | FoldFilter()
