"""Where a name ends: before a clause the model ran into it, and without the fragments,
buttons, roles and times that trail after it."""

from __future__ import annotations

import re

from index.entities.leading_words import CALLS_TO_ACTION
from index.entities.names import DETERMINERS, Words, span_word
from index.entities.rules import names_an_organisation
from index.text import fold_chars

_WEEKDAYS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche".split())
_WHEN = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche matin soir après-midi hier demain".split()
)
_SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")  # "Servette 3-2": a result glued to the club
_ROLES = frozenset(
    """journaliste rédacteur rédactrice correspondant correspondante photographe chroniqueur
    chroniqueuse reporter éditorialiste présentateur présentatrice animateur animatrice
    responsable coach entraîneur entraîneuse coordonnateur coordonnatrice coordinateur
    coordinatrice directeur directrice président présidente""".split()
)  # (a slogan's title after the name: "Macron Président")


# A verb's infinitive after "de" ("favoriser"), not a noun's ending alike ("chemins de fer",
# "quartier", "Maison de l'avenir").
_INFINITIVE = re.compile(
    r"^(?!(?:avenir|souvenir|plaisir|loisir|désir|hiver|enfer|cancer|laser)s?$)\w{3,}(?:[^i]er|ir)$"
)


# Words that open a clause, never a name's ("Forces de sécurité de se doter de …", "Tribunal
# sans oublier …", "le Comité qui …").
_CLAUSE_WORDS = frozenset({"se", "s'", "s’", "sans", "afin", "qui", "que", "qu'", "qu’", "dont"})


def without_a_clause(text: str, words: Words) -> Words:
    """The span's words before a clause the model ran into it (and the "de" that leads it)."""
    words = _without_a_verb_after_its_object(text, words)
    cut = next((i for i, word in enumerate(words) if i and _opens_a_clause(text, words, i)), None)
    if cut is None:
        return words
    while cut > 1 and span_word(text, words[cut - 1]) in ("de", "d'", "d’", "à"):
        cut -= 1
    return list(words[:cut])


def _without_a_verb_after_its_object(text: str, words: Words) -> Words:
    """ "Aguerd le devance": a name, then a pronoun and a verb, not a name's own article
    ("Maison de la culture", "Comité pour la défense" keep theirs after a particle)."""
    if len(words) < 3:
        return words
    *_, before, pronoun, verb = (span_word(text, w) for w in words)
    if pronoun in ("le", "la", "les", "lui", "leur") and verb[:1].islower() and before[:1].isupper():
        return list(words[:-2])
    return words


def _opens_a_clause(text: str, words: Words, index: int) -> bool:
    """A clause's word, or "pour" before a verb ("la Caisse pour faire le meilleur projet")."""
    word = span_word(text, words[index])
    if word != "pour" or index + 1 == len(words):
        return word in _CLAUSE_WORDS
    return bool(_PURPOSE_VERB.match(span_word(text, words[index + 1])))


_PURPOSE_VERB = re.compile(r"[a-zà-ÿ]{2,}(?:er|ir|re|oir)$")


def strip_trailing(text: str, words: Words) -> Words:
    """Without trailing elided fragments, punctuation and function words."""
    words = list(words)
    while words:
        last = span_word(text, words[-1])
        after_of = len(words) > 2 and span_word(text, words[-2]) in ("du", "de")
        if last[:1].islower() and after_of and _INFINITIVE.search(last.lower()):
            del words[-2:]  # "Conseil fédéral de favoriser": the sentence goes on with a verb
        elif _trails_a_name(last, after_of):
            words.pop()
        elif len(words) > 2 and last in ("Chef", "Cheffe", "Stagiaire", "Pigiste"):
            words.pop()  # a byline's role: "Léa Morvan Chef news" ("Top Chef" is a show's name)
        else:
            break
    return words


def _trails_a_name(original: str, after_of: bool) -> bool:
    """A word no name ends on: an elided article ("… d'un"), a determiner, "et", punctuation; a
    button glued on ("Marioupol Suivez"), a byline's role ("Léa Morvan Journaliste"), when
    ("Forward dimanche après-midi"; "Le Matin" and "Le Soir" are newspapers, "du Mercredi"
    after a name is its day), a score."""
    last = original.lower()
    lowercase = original[:1].islower()
    when = (lowercase and last in _WHEN) or (last in _WEEKDAYS and after_of)
    bare = last.strip(".,:;!?")
    if fold_chars(bare) in CALLS_TO_ACTION or bare in _ROLES or _SCORE.match(last) or when:
        return True
    elided = lowercase and re.fullmatch(r"[dlq]u?['’](?:une?|les?|la)", last)
    function_word = lowercase and (last in DETERMINERS or last in ("et", "ou"))
    return last.endswith("'") or bool(elided) or function_word or not any(c.isalnum() for c in last)


def without_a_predicate(text: str, words: Words, label: str, common_words: frozenset[str]) -> Words:
    """A proper name and the verb or the participle of its sentence, run together: "La
    Chaux-de-Fonds avance", "Orpéa passibles de …", "Mégane volée". Not a name's own word
    after a common noun ("Forces armées", "Nations unies"), a region's or a people's
    adjective ("Amérique latine", "Polynésie française"), or a known body ("Québec solidaire")."""
    if label == "PER" or len(words) < 2 or not common_words:
        return words  # (without the lemmatizer's words, no telling a proper name from a common one)
    *named, last = (span_word(text, w) for w in words)
    if not last[:1].islower() or not _PREDICATE.search(last) or _PEOPLE_OR_REGION.search(last):
        return words
    # (capitalised, one part of them at least no common word: "La Chaux-de-Fonds", not "Forces")
    parts = [part.lower() for word in named for part in word.split("-")]
    unknown = [part for part in parts if part not in common_words and part.rstrip("sx") not in common_words]
    proper = all(word[:1].isupper() for word in named) and bool(unknown)
    if not proper or names_an_organisation(" ".join([*named, last])):
        return words
    return list(words[:-1])


# A verb's or a participle's ending, a predicate adjective's ("passibles", "visés").
_PREDICATE = re.compile(r"(?:e|es|ent|é|ée|és|ées|ait|aient|ibles?|ables?)$")
_PEOPLE_OR_REGION = re.compile(
    r"(?:aise|aises|oise|oises|ienne|iennes|aine|aines|ane|anes|éenne|éennes|ique|iques|ale|ales|ine|ines"
    r"|romande|alémanique|belge|suisse|russe|arabe|basque|tchèque|slovaque|turque|grecque)$"
)
