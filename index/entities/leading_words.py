"""The words that lead a span but no name: determiners, titles, buttons, prepositions, clocks."""

from __future__ import annotations

import re

from index.entities.lone_words import sentence_initial
from index.entities.names import DETERMINERS, Words, span_word
from index.entities.not_names import is_number_word
from index.entities.offices import GIVEN_NAMES_OF_TITLES, REGNAL_NAMES, TITLE_WORDS
from index.entities.peoples import IRREGULAR_DEMONYMS
from index.text import ELISION, fold_chars


def strip_leading(text: str, words: Words, label: str, by_kind: bool = False) -> Words | None:
    """Without leading determiners, honorifics, titles (and, for people, any lowercase word);
    None when a lowercase word leads ("une source proche du dossier"), unless the span is named
    by its kind, which leads in lower case ("ministère de l'Intérieur", "rue du Chapitre").
    A capitalised article is the name's where reader's own patterns matched it ("Le Matin"),
    and inside a sentence, where only a name's article takes a capital ("à La Chaux-de-Fonds",
    "selon Les Républicains", "dans L'Éclaireur Progrès", "au dire de Le Pen"), whatever type
    the model gave it ("Le Soler" as a person)."""
    words = list(words)
    named_article = (
        by_kind or _article_may_be_the_name_s(text, words, label) or _a_compound_town_s(text, words, label)
    )
    while words:
        original = span_word(text, words[0])
        first = original.lower()
        elided = ELISION.match(first)
        article = first in DETERMINERS | {"l'"} or (elided is not None and first.startswith("l'"))
        if named_article and original[:1].isupper() and article and _an_article_for(first, label):
            break
        if _leads_a_person_s_name(text, words, label):
            words.pop(0)  # "l'Algérien Azedine Kasri": who he is, then his name
            continue
        following = span_word(text, words[1]) if len(words) > 1 else ""
        if _leads_no_name(original, label, len(words), following, by_kind):
            words.pop(0)
        elif original[:1].islower() and not elided:
            return words if by_kind else None
        elif elided and not _NAME_S_INITIAL.match(original):
            words[0] = (words[0][0] + elided.end(), words[0][1])
        elif glued := _GLUED_CLOCK.match(original):
            words[0] = (words[0][0] + glued.end(), words[0][1])  # "16:58Omar Daf": a live post's time
        else:
            break
    return words


def _article_may_be_the_name_s(text: str, words: Words, label: str) -> bool:
    """Inside a sentence, before a place, a body or another capitalised word (before a lowercase
    one the article is a sentence's, after a dateline's dash: "LYON - Le maire Paul Durand"),
    and not in a shouted line where every word has capitals ("LA CORÉE DU NORD"; yet "SES"
    alone is a company)."""
    if not words or sentence_initial(text, words[0][0]):
        return False
    if len(words) > 1 and span_word(text, words[0]).isupper():
        return False
    if len(words) == 1:
        return label in ("LOC", "ORG")
    # (a lower-case word after it: the sentence's article, "Abidjan - Des policiers ont …")
    return span_word(text, words[1])[:1].isupper()


def _a_compound_town_s(text: str, words: Words, label: str) -> bool:
    """A town whose compound name takes its article, even at a sentence's start: "La
    Chaux-de-Fonds", "La Roche-sur-Yon", "Le Puy-en-Velay"."""
    return label == "LOC" and len(words) == 2 and bool(_COMPOUND_TOWN.match(span_word(text, words[1])))


_COMPOUND_TOWN = re.compile(r"^[A-ZÀ-Ý][\w'’]*-(?:de|du|des|sur|en|lès|les|la|le|aux)-[A-ZÀ-Ý]")


def _an_article_for(first: str, label: str) -> bool:
    """Whether a capitalised determiner can be a name's own: any before a place or a body
    ("Notre-Dame" aside), only an article before another name ("Le Soler", never "Sa Majesté")."""
    # (and a surname's particle, capitalised inside a sentence: "pour De Bruyne", "Van Buyten")
    return (
        label in ("LOC", "ORG") or first in ("le", "la", "les", "de", "du", "des") or first.startswith("l'")
    )


def _leads_a_person_s_name(text: str, words: Words, label: str) -> bool:
    """One of a people before a name (the model may type it anyhow: "au Serbe Hamad …"); a
    region's adjective is no name: "la Suisse romande"."""
    if len(words) <= 2 - (label != "PER") or not span_word(text, words[1])[:1].isupper():
        return False
    return _one_of_a_people(text, words[0][0], span_word(text, words[0]))


def _one_of_a_people(text: str, start: int, word: str) -> bool:
    """A capitalised demonym after its article, before a name: "l'Algérien", "la Française".
    (Not a given name: "Julien", "Romain", "Germain" take no article before a name.)"""
    demonym = _PEOPLE_ONE.search(word) or word.lower().removesuffix("s") in IRREGULAR_DEMONYMS
    return bool(demonym) and bool(_ARTICLE_BEFORE.search(text, max(0, start - 4), start))


_PEOPLE_ONE = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:ien|ienne|ain|aine|éen|éenne|ais|aise|ois|oise)s?$")
_ARTICLE_BEFORE = re.compile(r"(?:\b[lL]['’]|\b(?:le|la|les|au|aux|du|des|Le|La|Les)\s)$")


def _leads_no_name(
    word: str, label: str, words_left: int, following: str = "", by_kind: bool = False
) -> bool:
    """A determiner, an elided word, a button, a preposition; for a person, a title or any
    lower-case word; a people's plural before a name, unless a pattern named the span whole
    ("les Tunisiens Saber Rebaï", but the team "Canadiens de Montréal")."""
    first = word.lower()
    if _is_a_page_s_word(first) or _counts_no_name(first, following):
        return True
    if first in _DAYS_AROUND_TODAY and words_left > 1:
        return True  # "Hier sur Metz et Yutz, …": when, then where
    if not any(c.isalnum() for c in word) or (
        words_left > 2 and not by_kind and _PEOPLE_PLURAL.search(first)
    ):
        return True  # "– Zoukh"; "les Tunisiens Saber Rebaï"
    if label == "PER":  # (and a byline's word: "Par Léa Morvan")
        return (first in _BYLINE_WORDS and words_left > 1) or _a_person_s_title(word, words_left, following)
    if label == "LOC" and first == "en" and words_left > 1:
        return True  # "En Champagne, les vendanges …" ("En Marche" is a party: not a place)
    return (first in _PREPOSITIONS or first in _PRONOUNS) and words_left > 1


def _is_a_page_s_word(first: str) -> bool:
    """A determiner, an elided word, a button's or a label's word."""
    small = first in DETERMINERS or first.endswith("'")
    return small or fold_chars(first) in CALLS_TO_ACTION or first in _LABELS


_BYLINE_WORDS = frozenset({"par", "by", "avec", "selon"})
_DAYS_AROUND_TODAY = frozenset({"hier", "aujourd'hui", "aujourd’hui", "demain", "avant-hier", "après-demain"})


def _counts_no_name(first: str, following: str) -> bool:
    """A number before the name: an ordinal ("46e Frick", the minute of a substitution; but
    "3e Régiment …" keeps it), a number word before a common noun ("Deux avalanches"; "Sept
    Laux" stays), a match's clock."""
    return bool(
        (_ORDINAL.match(first) and following not in _NUMBERED_UNITS)
        or (is_number_word(first) and following[:1].islower())
        or _MATCH_CLOCK.match(first)
    )


def _a_person_s_title(word: str, words_left: int, following: str) -> bool:
    """A title or any lower-case word before a person's name; but "Pape" before two names, or
    before a name no pope reigned under, is Senegal's given name ("Pape Lamine Niang", "Pape
    Diouf", where "Pape François" is the pope)."""
    if word in GIVEN_NAMES_OF_TITLES:
        return words_left < 2 or (words_left == 2 and following in REGNAL_NAMES)
    first = word.lower()
    return (
        first in TITLE_WORDS
        or word[:1].islower()
        or ((first in _PREPOSITIONS or first in _PRONOUNS) and words_left > 1)
    )


# Buttons and prompts the model takes into a name: "Soutenez Politis", "Marioupol Suivez".
# (Folded: a site may drop the capital's accent, "Ecoutez Nathalie Roy".)
CALLS_TO_ACTION = frozenset(
    fold_chars(word)
    for word in """suivez soutenez abonnez-vous abonnez découvrez cliquez partagez lisez regardez écoutez
    faites faire revivez redécouvrez alertez-nous retrouvez téléchargez inscrivez-vous participez
    réagissez imprimer envoyer partager vive vivent logo slide""".split()
)  # (and a picture's alt text: "Femina Logo")


# A people's plural before a name: "les Tunisiens Saber Rebaï".
_PEOPLE_PLURAL = re.compile(r"(?:iens|iennes|ains|aines|éens|éennes|aises|oises)$")
_GLUED_CLOCK = re.compile(r"\d{1,2}[:h]\d{2}(?=[A-ZÀ-Ý])")
_MATCH_CLOCK = re.compile(r"^\d{1,3}['’]\d{0,2}$")  # "49'52 Ignat": the minute of a goal
_NUMBERED_UNITS = frozenset(
    "Régiment Bataillon Brigade Division Escadron Compagnie Escadrille Armée Flotte République".split()
)
_ORDINAL = re.compile(r"^\d{1,3}(?:e|er|ère|ème|è)$")
# A preposition the model takes into a place at a sentence's start ("A Marseille, …").
_PREPOSITIONS = frozenset("à a dans selon chez pour depuis après avec vers contre sans lors sur".split())
# An apostrophe inside a name, not an elision: "N'Djamena", "N'Guessan", "M'Baye".
_NAME_S_INITIAL = re.compile(r"^[NM]['’][A-ZÀ-Ý]")
# A subject pronoun the model takes into a name at a sentence's start ("Ils débarquaient");
# alone, "Elle" may be the magazine.
_PRONOUNS = frozenset("il ils elle elles on nous vous je tu".split()) | frozenset(
    "quand lorsque lorsqu' si mais et ou donc car puis alors comme".split()
)  # (and a conjunction: "Quand la Procureure débute …")
# A credit's label before the photographer: "Photo Olivier Bourque".
# And a page's labels glued before a name: "Copyright Kerne.bzh", "Rédaction Médialo", "Accueil X".
_LABELS = frozenset(
    # (and a genre's label before its author: "L'Editorial d'Adama Koné")
    "photo photos crédit crédits vidéo image images source copyright rédaction accueil editorial éditorial"
    " édito edito".split()
)
