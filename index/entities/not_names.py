"""Words and shapes that are never a name, whatever the model says: pronouns, interface words,
dates and clock times, isotopes and lab codes, currencies and amounts, a ministry's portfolios."""

from __future__ import annotations

import re

from index.outlets import known_outlets
from index.text import entity_key

NOT_NAMES = frozenset(
    """il elle ils elles on nous vous je tu lui eux ce cela ça celui celle ceux celles
    qui que quoi dont où lire loading chargement merci avez avez-vous partager voir publié
    publiée selon photo image vidéo video source cliquez abonnez suivez commentaire
    commentaires newsletter menu accueil share interrogé interrogée ceci vos nos votre notre
    état etat gouvernement présidence premier-ministre par quel quelle quels quelles tout toute
    tous toutes lors avec sans sous chez pour contre entre vers depuis pendant
    ndlr et ou mais donc car ni puis ainsi alors redaction rédaction rss flux terminé terminée""".split()
) | {  # a board, a meeting, a card: "l'Assemblée générale du club"
    "conseil d'administration",
    "assemblée générale",
    "assemblée plénière",
    "séance plénière",
    "carton rouge",
    "carton jaune",
    # papers and rules, capitalised as a form prints them
    "carte nationale d'identité",
    "carte d'identité",
    "règlement intérieur",
    "permis de conduire",
}
# Currencies, and the acronyms of common nouns: "CHF", "FCFA", "invité du JT", "le PIB", "en R&D".
_CURRENCIES = "chf fcfa fcfp cfa xof xaf da dh dhs mad tnd usd eur"
NOT_NAMES |= frozenset(
    f"{_CURRENCIES} jt rh r&d tnt lgbt lgbtq pib tva pme tpe ttc rse qhd sms bhns lgv cni".split()
)
# (and the law's and the welfare's: "le SMIC", "une Scop", "un EPCI", "les HLM", "une ONG")
NOT_NAMES |= frozenset(
    """smic scop epci hlm ehpad rsa cdi cdd vtc ivg pma gpa ong sdf avc oqtf plu zfe pm iaa gnl sa
    sarl sas opa ope opr cpas sdis bmvr""".split()
)
# Words that open a sentence or a live post and name nothing: "Voilà", "DÉBUT", "Jour J".
NOT_NAMES |= {"voilà", "voila", "début", "debut", "fin", "jour j", "jour-j"}
# Jobs' and ranks' abbreviations ("un ancien DRH", "la Sgt Nancy Fournier"), the big platforms
# as a group, and units ("225 KV").
NOT_NAMES |= frozenset("drh pdg dg ceo sgt sgte cpl gafa gafam kv kw kwh mw mwh gw gwh".split())
# An honorific alone, the model's place or person cut off its name: "le client de Me Roy". (Not
# all of offices.HONORIFICS: "MR" is a Belgian party, "Dame" and "Lord" start names.)
NOT_NAMES |= frozenset("me mme mmes mlle m. mm. dr pr maître maitre".split())
# A compass point alone names a side, no place ("dans l'Est du pays", "les districts du Sud");
# "Nord" is also a département, "le Sud-Ouest" a region, "Grand Est" a name of two words.
NOT_NAMES |= frozenset("est ouest sud".split())
# Numbers opening a sentence ("Trois ans après …") and a match's events ("Remplacement de …").
NUMBER_WORDS = frozenset(
    """deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt
    trente quarante cinquante soixante cent mille""".split()
)


def is_number_word(word: str) -> bool:
    """A number in words, compounds too: "quarante-cinq", "vingt-et-un", "soixante-dix"."""
    parts = [part for part in word.lower().split("-") if part != "et"]
    return (
        bool(parts)
        and all(part in NUMBER_WORDS | {"un", "une"} for part in parts)
        and parts[0] not in ("un", "une")
    )


NOT_NAMES |= NUMBER_WORDS | frozenset("remplacement essai pénalité transformation".split())
_NOT_NAME_KEYS = frozenset(entity_key(w) for w in NOT_NAMES)

_DAYS = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_MONTHS = (
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre"
    r"|décembre|decembre|january|february|march|april|may|june|july|august|september|october"
    r"|november|december"
)
# "Jeudi 12 Août", "5 Août 2022", "October 16", "Mardi 2", "Dimanche dernier", "Publié le Mercredi",
# "13h30": a date or a clock time the model took for a name. (A month alone may be one:
# "Avril Lavigne", "Mars".)
_DATE_OR_TIME = re.compile(
    rf"^(?:publiée? le )?(?:(?:{_DAYS})(?: (?:dernier|prochain|soir|matin|midi))?"
    rf"|(?:(?:{_DAYS}) )?\d{{1,2}}(?:er)? (?:{_MONTHS})(?: \d{{4}})?"
    rf"|(?:{_MONTHS}) \d{{1,4}}|(?:{_DAYS}) \d{{1,2}}(?:er)?"
    r"|\d{1,2} ?h ?\d{0,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    # an official record's clock ("de 09 H 00 mn à 13 H 50") and a report's numbered parts ("I.2")
    r"|(?:\d{1,2} )?h \d{2}(?: mn)?|[ivx]{1,4}\.\d{1,2})$",
    re.IGNORECASE,
)
_MONTH = re.compile(rf"^(?i:{_MONTHS})$")
_DAY_BEFORE = re.compile(r"(?:^|\s)\d{1,2}(?:er)?\s+$")
_YEAR_AFTER = re.compile(r"\s+\d{4}\b")


def is_month_of_a_date(text: str, start: int, name: str) -> bool:
    """A month the model took alone out of a date: "le 10 Mars 2021" ("Mars" alone is a planet)."""
    if not _MONTH.match(name):
        return False
    return bool(
        _DAY_BEFORE.search(text, max(0, start - 6), start) or _YEAR_AFTER.match(text, start + len(name))
    )


# An isotope or a lab's code: "U-235", "Mo-99", "Xe-133" (not "TF1" nor "A380": one or two
# letters, a hyphen, two or three digits).
# "FR7,3": a table's cell; "ATP 53": a player's world ranking
_CODE = re.compile(
    r"^[A-Z][a-z]?-\d{2,3}$|^[A-Z]{1,3}\s?\d+[.,]\d+$|^(?:ATP|WTA|UCI|FIFA)\s\d{1,4}$"
    r"|^J\s?[-+]\s?\d{1,3}$"  # a countdown's day: "à J-3"
    # a number in groups of thousands, a registration's ("Mle 130 181 E"): no name holds one
    r"|(?<!\d)\d{1,3}(?:\s\d{3})+(?!\d)"
)
# An axis, not a place: "Nord Sud", "Est Ouest" ("Nord-Est", a region, keeps its hyphen).
_AXIS = re.compile(r"^(?i:nord|sud|est|ouest)(?:\s+(?i:nord|sud|est|ouest))+$")
# A measure: "60m2", "12 km", "3,5 ha" (a flat's surface is no person).
_MEASURE = re.compile(
    r"^\d+(?:[.,]\d+)?\s?(?:m2|m²|m3|m³|km2|km²|km|ha|kg|cm|mm|kw|kwh|mw|gw|ml|cl|t)$", re.IGNORECASE
)
# An amount: "CHF 351'000", "FCFA 2 millions".
_AMOUNT = re.compile(rf"^(?i:{_CURRENCIES.replace(' ', '|')})\s?[\d'’.,\s]+(?:\s\w+)?$")


def is_never_a_name(name: str) -> bool:
    """A pronoun or interface word, a date, a clock time, a code, a century: no name in any text."""
    if name.lower() in NOT_NAMES or entity_key(name) in _NOT_NAME_KEYS:
        return True
    if _CENTURY.match(name):
        return True
    if "_" in name or _MATCH_MINUTE.match(name):
        return True  # a file's or a field's identifier ("Gosier_2020"); a match's added time ("90e+4")
    if _NUMBERED.search(name):
        return True  # a document's reference: "Accord de prêt n° 2022012", "Décret N°2023-14"
    if "·" in name or "⸱" in name or "•" in name[1:]:
        return True  # inclusive writing, "Sherbrookois·e·s": a people, no name
    if "@" in name or _AGED.search(name) or _INITIALS_ONLY.match(name) or _ADJECTIVE_COMPOUND.match(name):
        return True  # an account "@x", "Gruérien de 55 ans", a byline's "I. B", "Franco-algérien"
    return names_only_a_kind(name) or _a_form_of_words(name)


def _a_form_of_words(name: str) -> bool:
    """An honorific with no name after it ("Son Excellence Monsieur"), a measure, a charge
    as the court reads it ("Prise illégale d'intérêts et recel"), a date, a code, an amount."""
    if _HONORIFICS_ONLY.match(name) or _MEASURE.match(name) or _OFFENCE.match(name):
        return True
    if _SALUTATION_OR_RUBRIC.match(name) or _A_NUMBER_FIRST.match(name):
        return True  # "Chères Belges", "Rubrique Monde"; "78 Marocains", "2022 - Le"
    if _INVERTED_VERB.match(name) or _POOL.match(name):
        return True  # a question's verb, "Peut-on"; a tournament's "Groupe F"
    if _AXIS.match(name):
        outlet = known_outlets().named(name)  # ("Sud Ouest" is a newspaper, as written so)
        return outlet is None or name not in (outlet.name, *outlet.variants)
    return bool(_DATE_OR_TIME.match(name) or _CODE.search(name) or _AMOUNT.match(name))


def names_only_a_kind(name: str) -> bool:
    """A kind of body, award or meeting, with nothing that makes it one: "gouvernement
    fédéral", "Prix du jury" (which one? each has its own), "l'assemblée générale des
    travailleurs" ("… des Nations unies" is a body)."""
    return bool(_KIND_ALONE.match(name) or _AWARD_OF_A_KIND.match(name) or _MEETING_OF.match(name))


# A body's kind and its level, and nothing more ("gouvernement fédéral", "police cantonale",
# "Secrétariat d'État" cut from "… aux migrations", "Conseil communal"): one in every country,
# canton or town, so no one body across articles. ("Conseil fédéral", "Assemblée nationale",
# "Tribunal fédéral", "gendarmerie nationale", "police nationale" are each one body's name.)
_KIND_ALONE = re.compile(
    r"^(?!(?i:police\s+nationa))(?i:(?:gouvernement|police|compagnie|département|secrétariat|service|administration)\s+"
    r"(?:fédéra|cantona|nationa|centra|provincia|régiona|municipa|communa|départementa)"
    r"(?:l|le|les|ls|ux)|secrétariat\s+d['’]\s?[ée]tat"
    # a town's or a region's council, in every town and region ("Conseil fédéral" is one body)
    r"|(?:conseil|collège)\s+(?:communa|municipa|départementa|régiona|généra)(?:l|le|ux)"
    # a province's assembly, a town's tourist office, a board
    r"|assemblée\s+législative|office\s+(?:du|de|de\s+la)\s+tourisme"
    r"|conseil\s+de\s+(?:gouvernance|surveillance|direction|discipline)"
    # a town's department by its field, a zone by its use, a campaign's headquarters
    r"|service\s+(?:de\s+la|de\s+l['’]|des|du|de)\s*(?-i:[a-zà-ÿ'’ -]+)"
    # (a campaign's "QG", not "QG" alone: a medium's name)
    r"|zone\s+(?:industrielle|artisanale|commerciale|d['’]activités?)|qg\s+de\s+campagne"
    # a kind's word alone, capitalised as the page writes a local body ("son Musée", "à l'Assemblée")
    r"|musée|muséum|mairie|préfecture|tribunal|hôpital|université|gouvernement|assemblée|ministère"
    r"|château|commune|municipalité)$"
)

# An award or a festival named by its kind only, all in lower case after its head: "Prix du
# jury", "Grand prix du court métrage", "Festival du film" (each festival has its own; "Prix
# Goncourt", "Festival de Cannes" name one).
_AWARD_OF_A_KIND = re.compile(
    r"^(?:Grand [Pp]rix|Prix|Festival)\s+(?:du|de la|de l['’]|des|de|d['’])\s*[a-zà-ÿ'’ -]+$"
)

_MEETING_OF = re.compile(
    r"^(?i:assemblée générale|assemblée plénière|conseil d['’]administration)\s+"
    r"(?:du|de la|de l['’]|des|de|d['’])\s*[a-zà-ÿ'’ -]+$"
)


# Offences as a court or a charge sheet names them, capitalised when quoted.
_OFFENCE = re.compile(
    r"^(?i:prise illégale d['’]intérêts?|abus de (?:biens sociaux|confiance|faiblesse|pouvoir)"
    r"|détournement de (?:fonds|deniers)(?: publics)?|trafic d['’]influence|blanchiment(?: d['’]argent)?"
    r"|recel(?: de \w+)?|favoritisme|corruption(?: passive| active)?|escroquerie(?: en bande organisée)?"
    r"|association de malfaiteurs|faux et usage de faux|harcèlement (?:moral|sexuel)|homicide involontaire"
    r"|mise en danger de la vie d['’]autrui|non-assistance à personne en danger)"
    r"(?:\s+(?i:et)\s+.{0,60})?$"
)
_INVERTED_VERB = re.compile(r"^[\w'’]+-(?:t-)?(?i:on|il|elle|ils|elles|je|tu)$")
_POOL = re.compile(r"^(?i:groupe|poule)\s+[A-H1-8]$")
_HONORIFICS_ONLY = re.compile(
    r"^(?i:(?:son|sa|votre|vos|leurs?)\s+)?(?i:excellence|éminence|sainteté|majesté|altesse|monsieur|madame"
    r"|mademoiselle|messieurs|mesdames|SM|S\.M\.)(?:\s+(?i:monsieur|madame|le|la))*"
    # (and a sovereign named by title alone: "Sa Majesté le Roi", "SM le Roi", "Majesté la Reine")
    r"(?:\s+(?i:roi|reine|prince|princesse|émir|sultan))?$"
)
# A letter's salutation ("Chères Belges, chers Belges"), a rubric's label ("Rubrique Monde").
_SALUTATION_OR_RUBRIC = re.compile(r"^(?:Chers|Chères|Cher|Chère|Rubriques?)\s")
# A count of a people ("78 Marocains"); a kicker's year, then the next sentence's article
# ("PRÉSIDENTIELLE 2022 - Le président …").
_A_NUMBER_FIRST = re.compile(
    r"^\d[\d\s]*\s[A-ZÀ-Ý][a-zà-ÿ]+(?:ois|ais|iens|ains|ens|ites)$|^\d{1,4}\s[-–—]\s"
)
_AGED = re.compile(r"\bde \d{1,3} ans\b")
_INITIALS_ONLY = re.compile(r"^(?:[A-ZÀ-Ý]\.\s?){1,3}[A-ZÀ-Ý]\.?$")
# A compound whose last part is in lower case is an adjective ("Franco-algérien", "Nord-coréen");
# a town's lower-case parts are inside it ("Aix-en-Provence").
_ADJECTIVE_COMPOUND = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:-[a-zà-ÿ]+)*-[a-zà-ÿ]{3,}$")
_NUMBERED = re.compile(r"\b[nN][°º]\s*\d")
_MATCH_MINUTE = re.compile(r"^\d{1,3}(?:e|ème)?\s?\+\s?\d{1,2}['’]?$")


# A century or an edition in Roman numerals: "XIXe", "XXIe siècle", "IIIe".
_CENTURY = re.compile(r"^[IVXLC]+(?:e|ème|eme)(?:\s+siècles?)?$")


# A ministry's portfolio, without the ministry: "remplacé à la Santé", "cède les Mines",
# "échevine du Logement", "aux Ressources animales et halieutiques", "des Finances et du
# Développement économique". (Not "Défense": "La Défense" is a district of Paris.)
_PORTFOLIOS = frozenset(
    """santé affaires finances développement décentralisation transports transport justice logement
    mines dette ressources innovation environnement économie budget culture éducation intérieur
    agriculture emploi travail énergie commerce industrie tourisme jeunesse sports communication
    numérique solidarité solidarités famille familles habitat urbanisme équipement infrastructures
    pêche pêches élevage modernisation administration enseignement recherche cohésion
    aménagement promotion formation fonction pétrole hydrocarbures eau forêts mer lutte
    personnes""".split()
)
_PORTFOLIO_LINKS = frozenset("de du des d' la l' le les et à aux".split())


def is_portfolio(name: str) -> bool:
    """A portfolio's words only ("Affaires étrangères", "Transports, des Affaires municipales et
    de l'Environnement"): a capitalised portfolio first, then portfolios, links and lowercase
    qualifiers; any other capitalised word makes a name ("Santé Canada")."""
    words = [w.strip(",;").replace("’", "'") for w in name.split()]
    words = [part for w in words for part in (w.split("'", 1) if "'" in w[:3] else [w]) if part]
    if not words or words[0].lower() not in _PORTFOLIOS or not words[0][:1].isupper():
        return False
    return all(
        w.lower() in _PORTFOLIOS or w.lower() in _PORTFOLIO_LINKS or w[:1].islower() or w in "'"
        for w in words[1:]
    )
