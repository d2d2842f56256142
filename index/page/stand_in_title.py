"""A stand-in headline for a page that prints none: the first sentence of its text."""

from __future__ import annotations

import re

from index.areas import is_place_label
from index.page import clutter
from index.page.headline_shape import MAX_HEADLINE_CHARS

_SENTENCE_END = re.compile(r"(?<=[^\s.A-Z][.!?])\s+(?=[«\"A-ZÀ-Ý])")
# A headline run into its standfirst with no stop between them: "… du nouveau gouvernement Le
# député X a adressé …". Inside a sentence, a capitalised article before a lower-case word
# does not happen ("Le Monde", "La Chaux-de-Fonds" are names: a capital follows).
# Nor does a capitalised word that is never part of a name ("… fait vibrer Parmi les …").
_RUN_IN_STANDFIRST = re.compile(
    r"(?<=[a-zà-ÿ0-9])\s+(?=(?:(?:Le|La|Les|Un|Une|Des|Ce|Cette|Ces)\s|L['’])[a-zà-ÿ]"
    r"|(?:Parmi|Selon|Depuis|Dès|Après|Pour|Dans|Il|Elle|Ils|Elles|On|Nous|Mais|Alors|Lors|Quand"
    r"|Avec|Sans|Chez|Entre|Aux?|En|À)\s)"
)


# A wire's or a paper's opening credit, no part of the sentence: "(Belga) Trois …", "(Québec)
# Le premier ministre …", "APA-Bamako (Mali) – Cette annonce …", "Kerne-Presse – Côte d'Ivoire.
# Le District …".
_OPENING_CREDIT = re.compile(
    r"^(?:\([A-ZÀ-Ý][\w'’ ./-]{1,30}\)\s+"
    r"|[A-Z]{2,6}\s?-\s?[A-ZÀ-Ý][\w'’-]+(?:\s\([^()]{1,20}\))?\s*[–—-]\s+"
    r"|[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)?\s[–—]\s[A-ZÀ-Ý][\w'’ -]{1,25}\.\s+)"
    r"(?=[«\"A-ZÀ-Ý])"
)
_PLACE_AND_DASH = re.compile(r"^(?P<place>[A-ZÀ-Ý][^–—.:]{1,30}?)\s[–—-]\s(?=[A-ZÀ-Ý«])")
_LEADING_CLOCK = re.compile(r"^\d{1,2}\s?[:h]\s?\d{2}\s*[:–—-]?\s*(?=\S)")


def first_sentence(paragraph: str) -> str:
    """The first sentence of `paragraph` without a dateline, as a stand-in headline."""
    # (A live post's or a feed's time is no headline's start: "16:49 En espérant …".)
    text = _LEADING_CLOCK.sub("", clutter.strip_dateline(paragraph.strip()))
    text = _OPENING_CREDIT.sub("", text, count=1)
    placed = _PLACE_AND_DASH.match(text)
    if placed is not None and is_place_label(placed["place"]):
        text = text[placed.end() :]  # "Valais – De nouveaux centres …": a dateline in title case
    ends = [m.start() for m in (_SENTENCE_END.search(text), _RUN_IN_STANDFIRST.search(text)) if m]
    sentence = text[: min(ends)] if ends else text
    if sentence.count("«") > sentence.count("»") and "»" in text[len(sentence) :]:
        # (a quotation's first sentence is not the sentence: "«Ça va être dur. Très dur», a dit …")
        sentence = _through_the_quote(text, len(sentence))
    if len(sentence) > MAX_HEADLINE_CHARS:
        sentence = sentence[: MAX_HEADLINE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return sentence.strip()


def _through_the_quote(text: str, cut: int) -> str:
    """The sentence that a quotation opened, to the sentence's end after the quotation closes."""
    close = text.index("»", cut) + 1
    after = _SENTENCE_END.search(text, close)
    return text[: after.start()] if after else text
