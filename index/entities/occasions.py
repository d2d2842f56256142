"""Names of occasions (feasts, days, diseases, laws, votes, trials, competitions, a kind of prize):
names, but of no person, place or organisation, so reader does not list them."""

from __future__ import annotations

import re

from index.text import fold

# reader lists the people, places and organisations an article names. The model also marks
# what happens or is decreed ("Noël", "le Covid", "la Loi sur la police", "les Élections
# provinciales", "la Coupe du monde"): readers asked to list an article's names leave these
# out, and in the entities pane they stand between the names as noise. "Noël Le Graët" is a
# person (the whole name must be the occasion).
_ALONE = re.compile(
    r"^(?i:aïd(?:[ -](?:el|al|-)?[ -]?[\w-]+)?|noël|noel|pâques|paques|toussaint|pentecôte|ramadan|carême"
    r"|achoura|tabaski|halloween|épiphanie|nouvel[ -]an|saint-valentin|saint-s[yi]lvestre|mercato|tournoi"
    # (the great clubs' competitions, and a match between rivals)
    r"|ligue des champions|ligue europa|ligue des nations|conference league|classico|clasico|derby"
    # (the Prophet's birthday and the brotherhoods' pilgrimages of West Africa and the Maghreb)
    r"|mawlid|mouloud|maouloud|gamou|magal"
    # (the ages of history, the great stage races)
    r"|moyen[ -]âge|moyen[ -]age|tour de (?:france|suisse|romandie|l['’]avenir)|giro|vuelta"
    r"|mondial(?: \d{4})?|(?:première|seconde|deuxième) guerre mondiale|guerre froide"
    # diseases (the rules take them from the model's people and places; they are no name here)
    r"|covid|covid-19|covid 19|coronavirus|sars-cov-2|ebola|mpox|monkeypox|sida|vih|h1n1|h5n1)$"
)
# An occasion's head, then what makes it one: "Fête de la musique", "Journée nationale de la
# vérité", "Loi sur la police", "Loi immigration", "Procès Troadec", "Élections provinciales".
_HEADED = re.compile(
    r"^(?:Fêtes?|Journées?|Lois?|Projet de loi|Proposition de loi|Code|Constitution|Procès|Affaire"
    r"|[ÉE]lections?|R[ée]sultats?|Votations?|R[ée]f[ée]rendum|Scrutin|Présidentielles?|Législatives"
    r"|Municipales|Régionales|Cantonales|Européennes|Primaires?|Championnats?|Jeux (?i:olympiques)"
    r"|Jeux (?i:paralympiques)|Coupe (?:du|de|des|d['’])"
    # fairs ("Salon de l'agriculture", "Salon du livre")
    r"|Salon (?:du|de|des|d['’])"
    # charters and treaties as laws; what happened ("Drame de Strépy", "cyclone Berguitta")
    r"|Charte|Pacte|Traité|Décret|Ordonnance"
    # a paywall's offers ("Offre Découverte", "Offre Soutien"): products
    r"|Offres?"
    # a congress held, a week or a night of events, an operation, a revolution, a war, a battle
    # ("Congrès de la Soummam", "Semaine de l'industrie", "Nuit des idées", "Opération Marhaba";
    # not the United States' Congress)
    r"|Congrès (?:de|du|des|d['’]|à)(?! (?:États-Unis|Etats-Unis))|Semaine (?:de|du|des|d['’])"
    r"|Nuit (?:de|du|des|d['’])|Opération|Révolution (?:de|du|des|d['’])|Guerre (?:de|du|des|d['’])"
    r"|Bataille (?:de|du|des|d['’])"
    r"|(?i:drame|tragédie|catastrophe|attentats?|attaque|agression|fusillade|explosion|tuerie|massacre"
    r"|naufrage|cyclone|tempête|ouragan|typhon|tournoi))\s"
)
# A prize or a mention named by common words only is one of a kind each festival gives ("Prix
# spécial", "Prix Jeune Public du Court-Métrage", "Mention spéciale du jury"); "Prix Goncourt"
# and "Prix Albert-Londres" carry a name.
_PRIZE = re.compile(r"^(?:Grand [Pp]rix|Prix|Mention|Trophée)\s")
_LINKS = frozenset("de du des d la l le les et à au aux".split())


def is_an_occasion(name: str, common_words: frozenset[str]) -> bool:
    """`name` names an occasion, a disease, a law or a kind of prize, no person, place or body."""
    if _ALONE.match(name) or _HEADED.match(name):
        return True
    if not _PRIZE.match(name):
        return False
    words = [w for w in re.split(r"[\s'’-]+", name.lower()) if w][1:]
    words = words[1:] if name.lower().startswith("grand prix") else words
    return bool(words) and all(w in _LINKS or w in common_words or fold(w) in common_words for w in words)


_STORM_BEFORE = re.compile(r"(?i:cyclone|tempête|ouragan|typhon)\s+$")


def named_storm(text: str, start: int) -> bool:
    """The name of a storm after its kind, "le cyclone Berguitta": what happened, no person."""
    return bool(_STORM_BEFORE.search(text, max(0, start - 12), start))
