"""Where a span the model found begins and ends: one line, before a kicker's colon, past a
dateline, up to what a page glued to the name."""

from __future__ import annotations

import re

from index.entities.model import RawSpan
from index.entities.names import SENTENCE_OPENERS, Words

_SPACED_DASH = re.compile(r"\s[-–—]\s")
# (a particle before the rest of a name is no sentence's start: "A. De Vecchi", "J.-M. Le Pen")
_NEXT_SENTENCE = re.compile(r"\.\s+(?:" + "|".join(SENTENCE_OPENERS) + r")\b(?!\s+[A-ZÀ-Ý])")
_COLON = re.compile(r"\s?:\s")


def span_bounds(text: str, span: RawSpan) -> tuple[int, int]:
    """The span on one line and before a colon, hyphenated ends joined, a dateline before it cut off:
    "TOULOUSE - Le Stade toulousain" is a dateline glued to the name; the name comes last."""
    start, end = _with_what_leads_it(text, span.start), _extend_hyphenated(text, span.end)
    end = _past_a_particle(text, start, end)
    region = _REGION_ADJECTIVE.match(text, end) if span.label == "LOC" else None
    end = region.end() if region else end  # "Suisse" + "romande": the model stops at the capital
    national = _NATIONAL_ADJECTIVE.match(text, end) if span.label == "ORG" else None
    end = national.end() if national else end  # "Forces armées" + "maliennes": the country's forces
    apposition = _APPOSITION.search(text, start, end)
    if apposition is not None:
        end = apposition.start()  # "Université de Moncton, campus d'Edmundston": a name, then what it is
    closing = text.find(")", start, end)
    if closing != -1 and text.find("(", start, closing) == -1:
        end = closing  # "Reuters) - La Réunion": a dateline's bracket closes the name
    newline = text.find("\n", start, end)
    if newline != -1:
        end = newline
    reading = _READING_TIME.search(text, start, end + len("Temps de lecture"))
    if reading is not None and reading.start() > start:
        end = min(end, reading.start())  # "Paris Temps de lecture: 4 min": a byline run into the label
    following = _NEXT_SENTENCE.search(text, start, end)
    if following is not None and following.start() > start:
        end = following.start()  # "X. En raison de …": a full stop, then a sentence's first word
    colon = _COLON.search(text, start, end)  # "Ligue 1 Lonaci : L'Asec frappe": a kicker's end
    if colon is not None and colon.start() > start:
        end = colon.start()
    return _within_its_dashes(text, start, end, span.label)


def _within_its_dashes(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """After a dateline's dash; before the dash of two pieces run together."""
    dashes = [d for d in _SPACED_DASH.finditer(text, start, end) if not _is_a_result(text, d)]
    if dashes and _is_dateline(text, start, dashes[-1].start()):
        start = dashes[-1].end()
    elif dashes and text[start : start + 1].islower():
        start = dashes[-1].end()  # "pays - Aisne": a common word before a list's dash
    elif dashes and _LOWERCASE_SOON.match(text, dashes[0].end(), end):
        end = dashes[0].start()  # "La Tronche - Des élèves du collège": two headlines' pieces
    elif dashes and label == "PER" and _A_HEADLINE_GOES_ON.match(text, end):
        # "par Léa Roy - Première au Tribunal": a byline run into a headline ("Marion Dupré -
        # Le Gall annonce …" is one name, with its verb after it)
        end = dashes[0].start()
    return start, end


_A_HEADLINE_GOES_ON = re.compile(r"\s+(?:au|aux|à|en|dans|sur|pour|chez)\s")


_READING_TIME = re.compile(r"\s*\b(?:Temps|Durée) de lecture\b")


def dateline_pieces(text: str, span: RawSpan) -> list[RawSpan]:
    """A span the model ran over a dateline's dash, as two: the dateline's place, then the name
    after it ("Burkina Faso - Blaise Compaoré": a place, then a person)."""
    end = text.find("\n", span.start, span.end)
    end = span.end if end == -1 else end
    dashes = [d for d in _SPACED_DASH.finditer(text, span.start, end) if not _is_a_result(text, d)]
    if not dashes or not _is_dateline(text, span.start, dashes[-1].start()):
        return [span]
    after = RawSpan(dashes[-1].end(), span.end, span.label, span.ruled)
    if span.label != "LOC" or not text[span.start : span.start + 1].isupper():
        return [after]  # (a live post's time before its dash, "23:21 - ", is no place)
    return [RawSpan(span.start, dashes[-1].start(), "LOC"), after]


# The adjectives that make a region of a country or a continent: "Suisse romande", "Afrique
# subsaharienne", "Amérique latine".
# A people's adjective in the plural closing a body's name: "Forces armées maliennes" (in the
# singular it says whose body it is: "le ministère de l'Intérieur tunisien").
_NATIONAL_ADJECTIVE = re.compile(
    r"\s+[a-zé]{3,}(?:iennes|iens|aises|oises|aines|ains|éennes|éens)\b(?![-'’])"
)
_REGION_ADJECTIVE = re.compile(
    r"\s+(?:romande|alémanique|italienne|subsaharienne|sub-saharienne|centrale|occidentale|orientale"
    r"|septentrionale|méridionale|latine|francophone|néerlandophone|germanophone)\b"
)


def _past_a_particle(text: str, start: int, end: int) -> int:
    """A span the model ended on a particle, before the place it names: "Service de sécurité
    incendie de" + "Salaberry-de-Valleyfield" (its lower-case "de" stopped the model); or on
    a name's particle before the name it leads: "Sidi Mohamed Ben" + "Abdallah"."""
    if _ENDS_ON_A_NAME_PARTICLE.search(text, start, end):
        name = _WORD_AFTER.match(text, end)
        return name.end() if name else end
    if not _ENDS_ON_A_PARTICLE.search(text, start, end):
        return end
    name = _PLACE_AFTER.match(text, end)
    return name.end() if name else end


_ENDS_ON_A_PARTICLE = re.compile(r"\s(?:de|du|des|d['’])\s*$")
_PLACE_AFTER = re.compile(r"\s*[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)+")
# (Capitalised, these lead a name and never end one.)
_ENDS_ON_A_NAME_PARTICLE = re.compile(r"\s(?:Ben|Bin|Ibn|Ould|Abou|Abu|Van|Von|Ter)$")
_WORD_AFTER = re.compile(r" [A-ZÀ-Ý][\w'’-]+")


def _with_what_leads_it(text: str, start: int) -> int:
    """The span's start, taken back over what the model left of its name: the first half of
    a hyphenated name ("Lac-" + "Mégantic"), a capitalised article inside a sentence, where
    only a name's article takes a capital ("pour Les" + "Engagés")."""
    hyphenated = _HYPHENATED_HEAD.search(text, max(0, start - 30), start)
    if hyphenated is not None:
        return hyphenated.start()
    article = _CAPITALISED_ARTICLE.search(text, max(0, start - 30), start)
    if article is not None and not _SENTENCE_START.search(text, max(0, article.start() - 3), article.start()):
        return article.start()
    return start


_HYPHENATED_HEAD = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][a-zà-ÿ]+-$")
_CAPITALISED_ARTICLE = re.compile(r"(?<=[\w,] )(?:Les |Le |La |L['’])$")
_SENTENCE_START = re.compile(r"[.!?:;«\"]\s*$|^\s*$|\n\s*$")


# After a dash, a sentence's words, not a name's ("Marion Maréchal - Le Pen").
_LOWERCASE_SOON = re.compile(r"\S+\s+(?!(?:de|du|des|la|le|d'|l')\s)[a-zà-ÿ]")


def _is_a_result(text: str, dash: re.Match[str]) -> bool:
    """A dash between two scores: "Saint-Prex I 4 - 0"."""
    return text[dash.start() - 1 : dash.start()].isdigit() and text[dash.end() : dash.end() + 1].isdigit()


def _is_dateline(text: str, start: int, end: int) -> bool:
    """What a dash ends is a dateline when it opens its line or is shouted: "TOULOUSE - ",
    "Kairouan — ", not "Marion Maréchal - Le Pen" inside a sentence."""
    return text[start:end].isupper() or not text[text.rfind("\n", 0, start) + 1 : start].strip()


# A comma before a lower-case word that is no list's next item ("Ministère du Commerce, de
# l'Industrie et …" goes on).
_APPOSITION = re.compile(r",\s+(?!(?:de|du|des|d['’]|et|ou)\b)[a-zà-ÿ]")


def _extend_hyphenated(text: str, end: int) -> int:
    """ "Kim Jong" + "-un", "Sidi M'" + "hamed": the model's tokenizer splits some hyphenated
    names, and some names with an apostrophe inside."""
    match = re.match(r"-(?!(?:archives?|photos?|dr|pool)\b)\w+", text[end:], re.IGNORECASE)
    if match is None and text[end - 1 : end] in ("'", "’") and _a_name_s_apostrophe(text, end):
        match = re.match(r"\w{2,}", text[end:])  # (not an English possessive's "s": "Kerlo's")
    return end + match.end() if match else end


def _a_name_s_apostrophe(text: str, end: int) -> bool:
    """ "M'" of "Sidi M'hamed", "Preud'" of "Michel Preud'homme" (the tokenizer reads an
    elision there), not "Jusqu'" nor "Aujourd'"."""
    word = re.search(r"(\w+)['’]$", text[max(0, end - 30) : end])
    if word is None or not word[1][:1].isupper():
        return False
    return len(word[1]) == 1 or word[1].lower() not in _ELIDING_WORDS


_ELIDING_WORDS = frozenset("qu jusqu lorsqu puisqu quoiqu presqu aujourd quelqu".split())


def without_glued_tail(text: str, words: Words, common_words: frozenset[str]) -> Words:
    """The name up to a common word a page glued to it, which the model read as one word:
    "Ugo CurtyJournaliste Blick" is Ugo Curty over his role (not "McDonald", "MacArthur");
    and from a rubric glued before it: "EnquêteAlain Ribaux"."""
    words = _without_glued_head(text, words, common_words)
    for index, (start, end) in enumerate(words):
        glue = _GLUED_WORD.search(text, start, end)
        tail = text[glue.start() + 1 : end].lower() if glue is not None else ""
        # (a common word of five letters or more: "ArcInfo", "GuineeActu" are brands)
        # (one word alone is a brand's: "TotalEnergies", "BlackRock")
        common = len(tail) >= 5 and tail in common_words and len(words) > 1
        if glue is not None and (common or tail in _GLUED_SMALL_WORDS):
            return [*words[:index], (start, glue.start() + 1)]
        digits = _GLUED_DIGITS.search(text, start, end) if index == len(words) - 1 > 0 else None
        if digits is not None:  # "Yaya Kanté3": a note's call run into the name ("Europe1" is one)
            return [*words[:index], (start, digits.start())]
    return words


def _without_glued_head(text: str, words: Words, common_words: frozenset[str]) -> Words:
    if not words:
        return words
    start, end = words[0]
    honorific = _GLUED_HONORIFIC.match(text, start, end)
    if honorific is not None:
        return [(honorific.end(), end), *words[1:]]  # "M.Maudet": the title run into the name
    glue = _GLUED_WORD.search(text, start, end)
    head = text[start : glue.start() + 1].lower() if glue is not None else ""
    if glue is None or len(head) < 5 or head not in common_words or glue.start() + 1 - start != len(head):
        return words
    if len(words) == 1:
        return words  # (one word alone is a brand's: "TotalEnergies")
    return [(glue.start() + 1, end), *words[1:]]


_GLUED_HONORIFIC = re.compile(r"(?:M|Mme|Mlle|MM|Dr|Me|Pr)\.(?=[A-ZÀ-Ý][a-zà-ÿ])")
# A lower-case letter run into a capitalised word, three letters or more on the left.
_GLUED_WORD = re.compile(r"(?<=[A-Za-zÀ-ÿ]{2})[a-zà-ÿ](?=[A-ZÀ-Ý][a-zà-ÿ]{1,}\b)")
# (a short word glued on too: "Super LeagueDans", "Kerne FCPour")
_GLUED_SMALL_WORDS = frozenset(
    "dans pour avec sans mais le la les un une des il elle ce cette après selon".split()
)
_GLUED_DIGITS = re.compile(r"(?<=[a-zà-ÿ]{2})\d{1,2}$")
