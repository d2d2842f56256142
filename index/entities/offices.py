"""Titles and offices in a span: honorifics, a holder's title, the body an office serves."""

from __future__ import annotations

from index.entities.names import DETERMINERS, Words, span_word

# Honorifics and function titles are not part of a name: "M. Kim" is Kim, "le président
# russe Vladimir Poutine" is Vladimir Poutine.
HONORIFICS = frozenset(
    "m. m mm. mme mmes mlle mlles dr dr. dre dre. drs pr pr. pre pre. me me. maître maitre mgr mgr. mr mr. "
    "mrs mrs. ms ms. "
    "sir lady lord dame saint sainte st st. herr frau monsieur madame mademoiselle messieurs mesdames "
    "excellence".split()
)
TITLES = frozenset(
    """président présidente ministre premier première dirigeant dirigeante chancelier chancelière
    pape roi reine prince princesse général générale colonel maréchal amiral sénateur sénatrice
    député députée maire juge secrétaire porte-parole leader chef cheffe patron patronne
    ambassadeur ambassadrice commissaire gouverneur wali émir cheikh sultan ayatollah imam
    president minister king queen general senator mayor chancellor
    russe américain américaine français française chinois chinoise ukrainien ukrainienne
    nord-coréen nord-coréenne sud-coréen sud-coréenne allemand allemande britannique
    adjoint adjointe ancien ancienne ex nouveau nouvelle vice échevin échevine echevin echevine bourgmestre
    préfet préfète conseiller conseillère fédéral fédérale recteur rectrice
    journaliste rédacteur rédactrice photographe correspondant correspondante chroniqueur chroniqueuse
    éditorialiste reporter
    lieutenant lieutenant-colonel colonel-major capitaine commandant sergent sergent-chef caporal
    adjudant adjudant-chef brigadier contre-amiral vice-amiral brigade division""".split()
)  # (the last two close a general's rank: "Général de Brigade Moussa Diallo")
TITLE_WORDS = TITLES | HONORIFICS
# A title that is a given name too, capitalised before two names: "Pape Lamine Niang" (Senegal).
GIVEN_NAMES_OF_TITLES = frozenset({"Pape"})
# The names popes reign under: after "Pape", one of these makes the title ("Pape François"),
# any other name the given name ("Pape Diouf").
REGNAL_NAMES = frozenset(
    """François Benoît Jean-Paul Jean Paul Pie Léon Grégoire Clément Innocent Urbain Sixte Boniface
    Alexandre Adrien Marcel Nicolas Martin Célestin Étienne Honorius Eugène Calixte Jules Victor""".split()
)


def title_makes_person(text: str, words: Words, label: str) -> tuple[Words, str]:
    """A title before capitalised words makes a person of a span the model typed otherwise
    ("Premier ministre Fumio Kishida" as MISC, "Ministre Dodzi Kokoroko" as ORG), with a
    lowercase title word, an honorific or an office in it: "Premier League" stays an
    organisation."""
    if label == "PER":
        return words, label
    article = 1 if words and span_word(text, words[0]).lower() in DETERMINERS else 0  # "Le Colonel …"
    titles = article
    while titles < len(words) and span_word(text, words[titles]).lower() in TITLE_WORDS:
        titles += 1
    leading = [span_word(text, w) for w in words[article:titles]]
    named = [span_word(text, w) for w in words[titles:]]
    office = any(w.lower() in _OFFICES | _RANKS for w in leading) and len(named) >= 2
    titled = office or any(w[:1].islower() or w.lower() in HONORIFICS for w in leading)
    if article < titles < len(words) and titled and all(w[:1].isupper() for w in named):
        return words[titles:], "PER"
    return words, label


def is_office(text: str, words: Words) -> bool:
    """A span that names an office, not a holder: "Première Dame", "Gouverneur du Littoral",
    "Ministre délégué à la Présidence", "Préfet d'Odienné"."""
    spoken = [span_word(text, w).lower() for w in words]  # (past a list's bullet: "• Ministre de la Santé")
    named = [w for w in spoken if w not in DETERMINERS and any(c.isalnum() for c in w)]
    first = named[0] if named else ""
    # ("Premier ministre du Portugal", "Premier ministre fédéral démissionnaire"; not "Premier League")
    prime_minister = first == "premier" and named[1:2] == ["ministre"]
    # (a hyphenated office too: "Ministre-Président de la Région bruxelloise")
    hyphenated = "-" in first and first.split("-")[0] in _OFFICES
    return (
        prime_minister or hyphenated or first in _OFFICES | {"première", "premier-ministre", "vice-premier"}
    )


# A function named with the body it serves: "Directeur général de la Protection civile".
# Offices held in a body, which the span may name: "Directeur général de la Protection
# civile", "gouverneur de la Banque de France".
_BODY_OFFICES = frozenset(
    """directeur directrice dg pdg chef cheffe commandant commandante président présidente
    secrétaire patron patronne responsable porte-parole gouverneur gouverneure""".split()
)
# And those whose "de …" is a portfolio, a place or a country, never a body: "ministre des
# Affaires étrangères", "préfet de l'Isère", "ambassadeur de France au Japon".
_OFFICES = _BODY_OFFICES | {
    "ministre",
    "préfet",
    "préfète",
    "ambassadeur",
    "ambassadrice",
    "conseiller",
    "conseillère",
    "recteur",
    "rectrice",
}
# Military ranks: "Le Colonel-Major Abou Diallo" is a person, whatever the model typed.
_RANKS = frozenset(
    """général colonel colonel-major lieutenant-colonel lieutenant capitaine commandant maréchal
    amiral contre-amiral vice-amiral sergent sergent-chef caporal adjudant adjudant-chef""".split()
)
_OF_WORDS = frozenset({"de", "des", "du", "d'", "la", "l'"})


def office_holder_s_body(text: str, words: Words, label: str) -> tuple[Words, str]:
    """The body in a span that names an office ("Chef suprême des Forces armées" as MISC):
    the organisation, when it has two words or more; a person is left as the model typed it."""
    first = span_word(text, words[0]).lower() if words else ""
    if label == "PER" or first not in _BODY_OFFICES:
        return words, label
    rest = words[1:]
    while (
        rest and span_word(text, rest[0])[:1].islower() and span_word(text, rest[0]).lower() not in _OF_WORDS
    ):
        rest = rest[1:]  # "général", "suprême"
    if not rest or span_word(text, rest[0]).lower() not in _OF_WORDS:
        return words, label
    while rest and (span_word(text, rest[0]).lower() in _OF_WORDS or span_word(text, rest[0])[:1].islower()):
        rest = rest[1:]  # "de la", "de groupe"
    named = [span_word(text, w) for w in rest]
    if named and named[0][:1].isupper() and (len(named) >= 2 or named[0].isupper()):
        return rest, "ORG"  # "Forces armées", "MR" (in "Chef de groupe MR")
    return words, label
