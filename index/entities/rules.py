"""Patterns for spaCy's EntityRuler: the organisations the French model misses.

The model finds "Assemblée nationale" but not "police vaudoise" or "parquet de Liège", and
types parties, platforms and newspapers as places or people. These patterns name them:
institutions by their shape (a head word such as "ministère" or "police", then a named
qualifier), and parties, international bodies, companies and news outlets by name, from
`index/data/organisations.toml` and the outlets list."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from index.entities.names import SENTENCE_OPENERS
from index.outlets import known_outlets
from index.text import fold

# Words that head an institution's name: "ministère de l'Intérieur", "police vaudoise".
INSTITUTION_HEADS = frozenset(
    """police gendarmerie préfecture sous-préfecture ministère parquet tribunal cour conseil
    assemblée sénat mairie commission agence office institut direction fédération université
    banque pompiers brigade syndicat haut-commissariat autorité caisse chambre garde armée
    état-major hôpital procureur chu chr chru gouvernement parlement commissariat diocèse
    archidiocèse évêché paroisse barreau académie rectorat communauté""".split()
)
# Heads that "de <Name>" does not make a name: "la direction de Poutine", "une agence d'État".
_NOT_OF_PLACE_HEADS = frozenset({"direction", "agence", "office", "autorité", "garde", "procureur", "armée"})
# Qualifiers that make a head word a name on their own ("Conseil fédéral", "gendarmerie
# nationale"); "municipal" or "régional" alone describe ("le conseil municipal").
_NAMING_QUALIFIERS = [
    "national", "nationale", "nationaux", "fédéral", "fédérale", "constitutionnel", "européen",
    "européenne", "suprême", "grand-ducal", "grand-ducale", "cantonale", "cantonal", "militaire",
    "pénale", "centrale", "central", "général", "générale",
]  # fmt: skip
# Demonym adjectives after a police or army head: "police vaudoise", "armée malienne".
_DEMONYM = (
    r"^(?:[a-zà-ÿ-]{3,}(?:ois|oise|ais|aise|ien|ienne|ain|aine|an|ane|in|ine|and|ande|ique|on|onne)"
    r"|belge|suisse|russe|arabe|turque|grecque|basque|tchèque|slovaque)$"
)
_VERBS_IN_IQUE = [
    "explique", "indique", "applique", "communique", "revendique", "pratique", "critique", "implique",
    "fabrique", "complique", "réplique", "abdique",
]  # fmt: skip
_DEMONYM_HEADS = [
    "police",
    "gendarmerie",
    "armée",
    "garde",
    "marine",
    "gouvernement",
    "parlement",
]  # fmt: skip  ("la justice marocaine" is the judiciary at large, no body)
# Football and other clubs: "AS Monaco", "Olympique de Marseille", "Dijon FCO", "Lille OSC".
_CLUB_PREFIXES = [
    "AS", "SM", "EA", "OGC", "RC", "FC", "SC", "US", "AJ", "ESTAC", "Stade", "Olympique", "Racing",
    "Sporting", "TP", "JS", "ES", "CS", "MC", "CR", "AC", "ASC", "USM",
    "Girondins", "Real", "Atlético", "Servette", "Standard", "Royal",
]  # fmt: skip
_COURT_KINDS = ["correctionnel", "judiciaire", "administratif", "pénal", "civil", "cantonal", "criminel"]
_CLUB_SUFFIXES = ["FC", "FCO", "SC", "SCO", "HSC", "OSC", "AC", "Olympique", "Sports", "United", "City"]
_SPORTS = ["football", "rugby", "basket", "basket-ball", "handball", "hockey", "volley", "volley-ball",
           "judo", "tennis", "cyclisme", "athlétisme", "natation", "boxe", "karaté", "golf"]  # fmt: skip
_OF = ["de", "du", "des", "d'"]
_CANADA_FIELDS = ["environnement", "santé", "transports", "statistique", "postes", "parcs", "patrimoine",
                  "immigration", "emploi", "pêches", "agriculture", "justice", "industrie", "innovation",
                  "ressources", "affaires", "anciens", "services", "sécurité", "finances"]  # fmt: skip
_THE = ["la", "le", "les", "l'"]
# A lowercase adjective after the named part: "ministère des Affaires étrangères",
# "ministère de la Sécurité publique", "gendarmerie nationale malienne". Not participles:
# "la police grand-ducale votée" is not a name.
_ADJECTIVE = (
    r"^[a-zà-ÿ-]{3,}(?:ique|iques|el|elle|els|elles|al|ale|ales|aux|ier|ière|iers|ières|ère|ères|if|ive"
    r"|ifs|ives|aire|aires|ain|aine|ains|aines|ien|ienne|iens|iennes|ois|oise|ais|aise|an|ane|ime|imes"
    r"|phone|phones)$"  # ("Communauté germanophone", "Commission scolaire francophone")
    r"|^(?:belge|suisse|russe|arabe|turque|grecque|basque|tchèque|slovaque)$"
    r"|^[a-zà-ÿ-]{3,}annes?$"  # ("police cantonale valaisanne")
)


_NOT_A_PEOPLE_S = (
    r"^(?![a-zà-ÿ-]*(?:ois|oise|ais|aise|ien|ienne|ain|aine|éen|éenne)s?$"
    r"|(?:belge|suisse|russe|arabe|turque|grecque|basque|tchèque|slovaque)s?$)"
)


# Words that head a place's name in lower case: "rue du Chapitre", "massif de la Chartreuse".
PLACE_HEADS = frozenset(
    """rue place pont avenue boulevard quai cité esplanade pays parc lac mont col île port gare
    aéroport stade chemin route allée impasse square quartier canton vallée baie golfe massif
    bassin chaussée parking plateau forêt plaine gorges presqu'île colline centre palais
    cathédrale basilique église chapelle mosquée synagogue mausolée monument barrage patinoire
    piscine hôtel immeuble château jardin marché cimetière hippodrome vélodrome carrefour
    rond-point tunnel canal rivière fleuve prison tour wilaya province district gouvernorat daïra
    région département arrondissement commune comté salle gymnase complexe amphithéâtre auditorium
    zoo plage théâtre musée abbaye autoroute échangeur clos lotissement hameau pyramide""".split()
)
# Heads that "de <Name>" does not make a place: "à la place de Macron", "le pays de Poutine",
# "le tour de Paulos", "le marché de Trump".
_NOT_OF_PLACE_NAME = frozenset({"place", "pays", "stade", "canton", "cité", "centre", "tour", "marché"})


def place_patterns() -> list[dict[str, Any]]:
    """Streets and natural features, which the model cuts to their last word or misses:
    "rue Sherbrooke Est", "chaussée du Roeulx", "bassin d'Arcachon"."""
    head = {"LOWER": {"IN": sorted(PLACE_HEADS)}, "IS_LOWER": True}
    of_head = {"LOWER": {"IN": sorted(PLACE_HEADS - _NOT_OF_PLACE_NAME)}, "IS_LOWER": True}
    of = [{"LOWER": {"IN": _OF}}, {"LOWER": {"IN": _THE}, "OP": "?"}]
    # Numbered roads: "route 132", "départementale 1 113", "autoroute A1".
    road = {
        "LOWER": {"IN": ["route", "autoroute", "départementale", "nationale", "rn", "rd"]},
        "IS_LOWER": True,
    }
    number = {"TEXT": {"REGEX": r"^(?:[AN]\d{1,3}|\d{1,4})$"}}
    # A name with its particle: "avenue Terrassons de Fougères", "stade Pierre de Coubertin".
    with_particle = [head, _CAPITALISED, {"LOWER": {"IN": _OF}}, _CAPITALISED, {**_CAPITALISED, "OP": "?"}]
    # ("place du Carrousel", "place de la Nation"; but "à la place de Macron")
    square = {"LOWER": "place", "IS_LOWER": True}
    patterns = [
        [head, *_NAMED],
        with_particle,
        [of_head, *of, *_NAMED],
        [square, {"LOWER": "du"}, *_NAMED],
        [square, {"LOWER": "de"}, {"LOWER": "la"}, *_NAMED],
        [road, number, {**number, "OP": "?"}],
        # The tokenizer splits this head: "rond - point de Palaren".
        [{"LOWER": "rond"}, {"ORTH": "-"}, {"LOWER": "point"}, *of, *_NAMED],
        # Named after a day: "stade du 8 Mai 1945", "place du 1er Novembre", "rue du 11-Novembre".
        [
            head,
            {"LOWER": "du"},
            {"TEXT": {"REGEX": r"^(?:1er|\d{1,2})$"}},
            {"ORTH": "-", "OP": "?"},
            {"LOWER": {"IN": _MONTH_NAMES}},
            {"TEXT": {"REGEX": r"^\d{4}$"}, "OP": "?"},
        ],
        # A kind between the head and the name: "aéroport international Félix Houphouët-Boigny".
        [head, {"LOWER": {"REGEX": _ADJECTIVE}, "IS_LOWER": True}, *_NAMED],
    ]
    return [{"label": "LOC", "pattern": pattern} for pattern in patterns]


_MONTH_NAMES = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                "octobre", "novembre", "décembre"]  # fmt: skip
# A name of up to three capitalised words, which the tokenizer may split at hyphens
# ("avenue Victor - Ruffy", "lycée Thierry - Maulnier").
_CAPITALISED = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý][\w'-]*$"}}
_HYPHEN = {"ORTH": "-", "OP": "?"}
_NAMED = [_CAPITALISED, _HYPHEN, {**_CAPITALISED, "OP": "?"}, _HYPHEN, {**_CAPITALISED, "OP": "?"}]
# Schools and hospitals named after a person ("lycée Renoir", "hôpital Necker"), and
# universities after their town ("université de Genève"; a town's hospital is an institution).
SCHOOL_HEADS = ["lycée", "collège", "école", "université", "hôpital", "clinique", "conservatoire"]


def school_patterns() -> list[dict[str, Any]]:
    head = {"LOWER": {"IN": SCHOOL_HEADS}, "IS_LOWER": True}
    # "hôpital universitaire Hédi Chaker", "lycée professionnel Jean Moulin"
    kind = {"LOWER": {"REGEX": _ADJECTIVE}, "IS_LOWER": True, "OP": "?"}
    university = [{"LOWER": "université", "IS_LOWER": True}, {"LOWER": {"IN": _OF}}]
    return [
        {"label": "ORG", "pattern": pattern} for pattern in ([head, kind, *_NAMED], [*university, *_NAMED])
    ]


_FEASTS = ["aïd", "aid", "achoura", "ramadan", "tabaski", "korité", "maouloud", "mawlid", "noël", "pâques",
           "toussaint", "hanoucca", "yom", "saint-sylvestre", "pentecôte", "ascension"]  # fmt: skip


_AUTHORITIES = ["Ville", "Municipalité", "Commune", "Mairie"]
_RIGHTS_HOLDERS = ["homme", "hommes", "enfant", "enfants", "personne", "femme", "femmes", "peuples"]


def institution_patterns() -> list[dict[str, Any]]:
    head = {"LOWER": {"IN": sorted(INSTITUTION_HEADS)}}
    qualifier = {"LOWER": {"IN": _NAMING_QUALIFIERS}}
    adjective = {"LOWER": {"REGEX": _ADJECTIVE, "NOT_IN": _VERBS_IN_IQUE}, "OP": "?"}  # not "… explique"
    # (after the portfolio, whose country is no part of the name: "ministère de l'Intérieur" tunisien)
    not_a_people = {
        "LOWER": {"REGEX": f"{_NOT_A_PEOPLE_S}(?:{_ADJECTIVE})", "NOT_IN": _VERBS_IN_IQUE},
        "OP": "?",
    }
    named = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý]"}}  # "Liège", "Val-d'Oise"
    named_not_a_town = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý]", "NOT_IN": _AUTHORITIES}}
    of = [{"LOWER": {"IN": _OF}}, {"LOWER": {"IN": _THE}, "OP": "?"}]
    # "gouvernement wallon", not "… Macron", nor a verb: "la gendarmerie explique"
    demonym = {"LOWER": {"REGEX": _DEMONYM, "NOT_IN": _VERBS_IN_IQUE}, "IS_LOWER": True}
    # (a ministry's portfolio is a common noun, after which an adjective of a people is the
    # country's; after a place it is the place's own: "assemblée de la Polynésie française")
    ministry = {"LOWER": {"IN": ["ministère", "secrétariat"]}}
    of_head_not_a_ministry = {
        "LOWER": {"IN": sorted(INSTITUTION_HEADS - _NOT_OF_PLACE_HEADS - {"ministère"})}
    }
    patterns = [
        [head, qualifier, adjective],  # "Conseil fédéral", "gendarmerie nationale malienne"
        # "Institut national de la statistique"
        [head, qualifier, *of, {"IS_ALPHA": True}, adjective],
        # "Conseil national des droits de l'homme", "Commission des droits de la personne"
        [head, {**qualifier, "OP": "?"}, *of, {"LOWER": "droits"}, {"LOWER": {"IN": ["de", "des", "du"]}},
         {"LOWER": {"IN": ["l'", "l’", "la"]}, "OP": "?"}, {"LOWER": {"IN": _RIGHTS_HOLDERS}}],
        [{"LOWER": {"IN": _DEMONYM_HEADS}}, demonym],  # "police vaudoise"
        # "ministère de la Sécurité publique"; not "conseil municipal de la Ville" (de Quimper: the
        # name is "Ville de Quimper")
        [of_head_not_a_ministry, adjective, *of, named_not_a_town, adjective],
        [ministry, adjective, *of, named_not_a_town, not_a_people],
        # Two portfolios: "ministère du Pétrole et du Gaz", "ministère des Arts et de la culture"
        [{"LOWER": {"IN": ["ministère", "secrétariat"]}}, *of, named, adjective, {"LOWER": "et"}, *of,
         {"IS_ALPHA": True}, adjective],
        # Three or four, listed: "ministère de l'Intérieur, des Collectivités locales et des Transports"
        [{"LOWER": {"IN": ["ministère", "secrétariat"]}}, *of, named, adjective, {"ORTH": ","}, *of, named,
         adjective, {"LOWER": "et"}, *of, {"IS_ALPHA": True}, adjective],
        [{"LOWER": {"IN": ["ministère", "secrétariat"]}}, *of, named, adjective, {"ORTH": ","}, *of, named,
         adjective, {"ORTH": ","}, *of, named, adjective, {"LOWER": "et"}, *of, {"IS_ALPHA": True},
         adjective],
    ]  # fmt: skip
    court = [{"LOWER": {"IN": ["cour", "tribunal", "chambre"]}}, {"LOWER": {"IN": ["d'", "de"]}}]
    patterns += [
        # "cour d'appel de Bordeaux", "tribunal de grande instance de Paris"
        [*court, {"LOWER": {"IN": ["appel", "assises", "cassation", "grande"]}},
         {"LOWER": "instance", "OP": "?"}, *of, named],
        # "tribunal de Meaux", "tribunal correctionnel du Hainaut", "tribunal de commerce du
        # Brabant wallon", "tribunal d'arrondissement de la Broye"
        [{"LOWER": "tribunal"}, {"LOWER": {"IN": _COURT_KINDS}, "OP": "?"}, *of, *_NAMED,
         {"LOWER": {"REGEX": _ADJECTIVE}, "OP": "?"}],
        # ("tribunal de l'entreprise de Liège", "tribunal du travail de Mons": Belgium's)
        [{"LOWER": "tribunal"}, {"LOWER": {"IN": ["de", "d'", "du"]}}, {"LOWER": "l'", "OP": "?"},
         {"LOWER": {"IN": ["commerce", "police", "arrondissement", "district", "première", "1re", "1ère",
                           "entreprise", "travail"]}},
         {"LOWER": "instance", "OP": "?"}, *of, *_NAMED, {"LOWER": {"REGEX": _ADJECTIVE}, "OP": "?"}],
        # Groupings of towns: "communauté de communes du Mont des Avaloirs", "communauté
        # d'agglomération du Grand Cahors"
        [{"LOWER": "communauté"}, {"LOWER": {"IN": ["de", "d'"]}},
         {"LOWER": {"IN": ["communes", "agglomération"]}}, *of, *_NAMED],
        # Canada's federal departments by their field: "Environnement Canada", "Pêches et
        # Océans Canada", "Santé Canada"
        [{"LOWER": {"IN": _CANADA_FIELDS}}, {"LOWER": "et", "OP": "?"}, {"IS_TITLE": True, "OP": "?"},
         {"LOWER": {"REGEX": _ADJECTIVE}, "OP": "?"}, {"TEXT": "Canada"}],
        # "AS Vita Club", "TP Mazembe", "Football club Saint-Eloi Lupopo", "Union sportive Panda"
        [{"TEXT": {"IN": _CLUB_PREFIXES}}, {"LOWER": {"IN": ["de", "d'"]}, "OP": "?"}, *_NAMED],
        [{"LOWER": {"IN": ["football", "union", "association", "entente", "jeunesse"]}},
         {"LOWER": {"IN": ["club", "sportive"]}}, *_NAMED],
        [named, {"TEXT": {"IN": _CLUB_SUFFIXES}}],
        # "Rukinzo judo club", "Quimper hockey club"
        [named, {"LOWER": {"IN": _SPORTS}}, {"LOWER": "club"}],
        # A sport's governing body: "Fédération tunisienne de football", "Ligue nationale de basket"
        [{"LOWER": {"IN": ["fédération", "ligue", "confédération"]}},
         {"LOWER": {"REGEX": _DEMONYM}, "OP": "?"}, {"LOWER": {"IN": _NAMING_QUALIFIERS}, "OP": "?"},
         {"LOWER": {"IN": ["de", "du"]}}, {"LOWER": {"IN": _SPORTS}}],
    ]  # fmt: skip
    patterns += [
        # "la Ville de Drummondville", "Zone de police Hesbaye"
        [{"TEXT": {"IN": _AUTHORITIES}}, {"LOWER": {"IN": ["de", "d'"]}}, *_NAMED],  # ("… de Rouyn-Noranda")
        # ("zone de police Bruxelles-Ouest", and as people say it, "la zone police de Bruxelles Ouest")
        [
            {"LOWER": "zone"},
            {"LOWER": "de", "OP": "?"},
            {"LOWER": {"IN": ["police", "secours"]}},
            {"LOWER": "de", "OP": "?"},
            *_NAMED,
        ],
        # A unit named for what it fights: "brigade anti-banditisme", "Brigade anti-criminalité"
        [
            {"LOWER": {"IN": ["brigade", "brigades", "unité", "office", "section"]}},
            {"LOWER": {"REGEX": r"^anti-[a-zà-ÿ]{4,}$"}},
        ],
        # Québec's regional bodies by their acronym: "MRC de La Vallée-Verte", "CISSS des Laurentides"
        [{"TEXT": {"IN": ["MRC", "CISSS", "CIUSSS"]}}, *of, *_NAMED],
        # and France's and Belgium's local services: "SDIS du Nord", "CPAS de Liège", "CAF de la Gironde"
        [{"TEXT": {"IN": ["SDIS", "CPAS", "CAF", "CCI", "CPAM", "ARS", "Sdis", "Cpas"]}}, *of, *_NAMED],
    ]
    named_storm = [{"LOWER": {"IN": ["tempête", "ouragan", "cyclone", "typhon", "dépression"]}}, named]
    disease = [{"LOWER": {"IN": ["covid", "covid-19", "coronavirus", "sars-cov-2", "ebola", "mpox"]}}]
    # Feasts and holidays: the model makes "Aïd El-Adha" and "Achoura" people.
    feast = [
        {"LOWER": {"IN": _FEASTS}, "IS_TITLE": True},  # ("l'ascension du col": a climb)
        {"LOWER": {"IN": ["el", "al"]}, "OP": "?"},
        {"ORTH": "-", "OP": "?"},
        {"LOWER": {"REGEX": r"^(?:(?:el|al)-?)?(?:adha|kébir|kebir|fitr|seghir|séghir)$"}, "OP": "?"},
    ]
    return [{"label": "ORG", "pattern": pattern} for pattern in patterns] + [
        {"label": "MISC", "pattern": named_storm},  # "Tempête Alex" is an event, not a person
        {"label": "MISC", "pattern": disease},  # the model makes "Covid" a person or a place
        {"label": "MISC", "pattern": feast},
    ]


@cache
def _named_organisations() -> tuple[str, ...]:
    data = tomllib.loads(resources.files("index").joinpath("data", "organisations.toml").read_text("utf-8"))
    return tuple(name for table in data.values() for name in table.get("names", []))


@cache
def _organisation_keys() -> frozenset[str]:
    return frozenset(fold(name) for name in _named_organisations())


def names_an_organisation(word: str, as_written: bool = False) -> bool:
    """Whether `word`, alone or (unless `as_written`) after an article, is a known party,
    body, company or outlet: "Républicains" (Les Républicains), "Parisien" (Le Parisien)."""
    forms = (word,) if as_written else (word, f"Le {word}", f"La {word}", f"Les {word}", f"L'{word}")
    return any(known_outlets().named(form) or fold(form) in _organisation_keys() for form in forms)


_A_DURATION = re.compile(r"^\d+\s+(?:heures?|minutes?|secondes?|jours?|ans|mois|semaines?)$")


def name_patterns() -> list[dict[str, Any]]:
    """Parties, bodies, companies, and outlets whose names are not everyday words: several
    words ("Le Matin"), or one with a capital or digit inside ("BFMTV", "20 Minutes")."""
    names = set(_named_organisations())
    quoted: set[str] = set()
    for outlet in set(known_outlets().by_name.values()):
        for name in (outlet.name, *outlet.variants):
            # An agency's name is no everyday word ("Reuters", "Belga").
            if _A_DURATION.match(name):
                names.add(_title_cased(name))  # "24 heures" is a time as often: "24 Heures" only
                continue
            if outlet.is_agency or len(name.split()) > 1 or any(c.isupper() or c.isdigit() for c in name[1:]):
                names |= {name, _title_cased(name)}  # "La Presse Canadienne" as often as "… canadienne"
            else:
                quoted.add(name)
    patterns: list[dict[str, Any]] = [{"label": "ORG", "pattern": name} for name in sorted(names)]
    # French quotes a newspaper's name: "«Libération» révèle" (names of several words are
    # matched anywhere, above); the guillemets are trimmed off the span (model.py). One
    # pattern for them all: one per name made the matcher a sixth of the NER's time.
    patterns.append(
        {"label": "ORG", "pattern": [{"ORTH": "«"}, {"ORTH": {"IN": sorted(quoted)}}, {"ORTH": "»"}]}
    )
    return patterns


def _title_cased(name: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in name.split())


# A match's events, as live pages list them: "Essai de Paulos", "Remplacement de Baget par
# Dolhagaray", "Carton jaune pour Roux". The model finds no one in such short lines; the
# players are the names after "de" and "par" (model.py cuts them out: id MATCH_EVENT).
MATCH_EVENT = "match-event"
MATCH_EVENT_WORDS = ["Essai", "Pénalité", "Transformation", "Drop", "But", "Penalty", "Doublé", "Triplé"]


def match_event_patterns() -> list[dict[str, Any]]:
    player = _NAMED
    scored = [{"TEXT": {"IN": MATCH_EVENT_WORDS}}, {"LOWER": {"IN": ["de", "d'"]}}, *player]
    replaced = [{"TEXT": "Remplacement"}, {"LOWER": "de"}, *player, {"LOWER": "par"}, *player]
    booked = [{"TEXT": "Carton"}, {"LOWER": {"IN": ["jaune", "rouge", "blanc"]}}, {"LOWER": "pour"}, *player]
    return [{"label": "PER", "id": MATCH_EVENT, "pattern": p} for p in (scored, replaced, booked)]


def initials_patterns() -> list[dict[str, Any]]:
    """A person by the initials of the given names and the surname, as results and lists
    print them ("P.-J. Rochette", "J. Sotton"): the model takes the surname for a place."""
    initials = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?$", "NOT_IN": ["M.", "N.", "S."]}}
    # (not a sentence's first word after a network's "X.": "… sur X. En raison de …")
    surname = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý][a-zà-ÿ'’-]+$", "NOT_IN": SENTENCE_OPENERS}}
    given = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý][a-zà-ÿ'’-]+$"}, "OP": "?"}  # a middle initial: "Werner K. Rey"
    # (a surname's particle is no sentence's start before the rest of it: "A. De Vecchi")
    particle = {"TEXT": {"IN": ["De", "Du", "Le", "La", "Van", "Von", "Di", "Da", "Del", "Des"]}}
    return [
        {"label": "PER", "pattern": [given, initials, surname, {**_CAPITALISED, "OP": "?"}]},
        {"label": "PER", "pattern": [given, initials, particle, _CAPITALISED]},
    ]


# A person after an honorific, the surname in capitals as official texts and West African
# papers write it: "Monsieur Placide KABORE", "Mme Awa Simplice OUEDRAOGO". The model takes the
# capitals for an organisation's or misses the line (model.py cuts the honorific off).
HONORED_NAME = "honored-name"


def honored_name_patterns() -> list[dict[str, Any]]:
    honorific = {"TEXT": {"IN": ["Monsieur", "Madame", "Mademoiselle", "M.", "Mme", "Mlle"]}}
    given = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý][a-zà-ÿ'’-]+$"}, "OP": "{1,3}"}
    surname = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,}$"}}
    pattern = [honorific, given, surname, {**surname, "OP": "?"}]
    return [{"label": "PER", "id": HONORED_NAME, "pattern": pattern}]


def ruler_patterns() -> list[dict[str, Any]]:
    patterns = institution_patterns() + place_patterns() + school_patterns() + name_patterns()
    return patterns + initials_patterns() + match_event_patterns() + honored_name_patterns()
