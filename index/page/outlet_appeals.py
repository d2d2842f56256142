"""A page asking its readers to follow, fund, subscribe to or download its outlet names it:
an appeal, a paywall's notice, an app prompt, a greeting, a live page's farewell."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.outlets import known_outlets
from index.page.medium_names import DOMAIN, is_medium_name
from index.page.own_voice import contracted_outlet, known_start

_APPEAL = re.compile(
    r"\b(?:soutenez|abonnez[- ]vous|je m['’]abonne|faites un don|accès illimité|en illimité|rejoignez|suivez|"
    r"s['’]inscrire|inscrivez[- ]vous|s['’]abonner|(?:le |du )service (?:des )?abonnés|"
    r"téléchargez l['’]application|votre compte|(?:êtes|pas) (?:abonné|inscrit)(?:e|\(e\))?"
    r"|découvrez l['’]abonnement|abonnement numérique|gratuitement pendant)(?!\w)",
    re.IGNORECASE,
)


# A broadcast's plug, the channel and the hour: "Suivez le match sur France 2 dès 21 heures"
# (a channel's programme, on any outlet's page).
_BROADCAST_PLUG = re.compile(
    r"\b(?i:suivez|à suivre|regardez|à voir)\b[^.!?]{0,80}\bsur\s+(?i:les ondes de\s+)?"
    r"[A-ZÀ-Ý0-9][^.!?]{0,30}\b(?i:dès|à partir de|à)\s+\d{1,2}\s?h"
)


# The site's own crowdfunding campaign: "QG est en campagne sur Ulule !".
_CROWDFUNDING = re.compile(
    r"^\W{0,3}(?P<name>[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,2}) est en campagne sur"
    r" (?i:ulule|kisskissbankbank|kickstarter|helloasso|tipeee|gofundme)\b"
)
# The site's own app named alone on a line: "Application Le Télégramme", "Application Le
# Télégramme Info Bretagne" (a known outlet's name first).
_APP_LINE = re.compile(r"^(?i:l['’])?(?i:application|appli)\s+(?P<name>\S.{1,60})$")
_APP_PROMPT = re.compile(
    r"\b(?i:télécharge[zr]|installe[zr]|découvre[zr]) l['’]appli(?:cation)?(?: mobile)?\s+(?:de |d['’]|du )?"
    r"(?P<name>[A-ZÀ-Ý0-9][\w'’.-]*(?:\s+[A-ZÀ-Ý0-9][\w'’.-]*){0,3})"
    # (where to get it ends the name: "… l'application Le Regard Libre depuis le PlayStore")
    r"(?:\s+(?i:depuis|sur|gratuitement|dès)\b|\s*(?P<more>\S?))"
)


def outlet_appeal(lines: Sequence[str]) -> str:
    """A page asking to support or subscribe to its outlet names it: "Soutenez Politis, faites
    un don", "un accès illimité à tout TelQuel"."""
    for line in lines:
        found = _its_app(line) or _asking_its_readers(line) or _supported(line, lines)
        if found:
            return found
    return ""


def _supported(line: str, lines: Sequence[str]) -> str:
    """An unknown name the page asks its readers to support, and names twice more: its own
    ("Soutenez Gotham City dans son combat …" / "… Gotham City est aux premières loges")."""
    match = _SUPPORT.match(line.strip()) if len(line) < 200 else None
    if match is None:
        return ""
    name = match["name"]
    mentions = sum(other.count(name) for other in lines if other is not line)
    return name if mentions >= 2 else ""


_SUPPORT = re.compile(
    r"^(?i:soutenez|aidez|financez)\s+(?P<name>[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,3})"
    r"(?=\s+(?:dans|pour|en|à|,)|\s*[!.]?$)"
)


def _its_app(line: str) -> str:
    """The site's own app, alone on a line ("Application Le Télégramme") or in a prompt
    ("Téléchargez l'appli Radio ISA"; followed by a tagline, "… mobile Abidjan.net partout
    avec vous", only a known name or a domain)."""
    app_line = _APP_LINE.match(line.strip()) if len(line) < 80 else None
    if app_line and known_start(app_line["name"]) and not DOMAIN.match(known_start(app_line["name"])):
        return known_start(app_line["name"])
    app = _APP_PROMPT.search(line) if len(line) < _APP_PROMPT_CHARS else None
    if app is None:
        return ""
    return app.group("name") if not app.group("more") else known_start(app.group("name"))


def _asking_its_readers(line: str) -> str:
    """To follow it, fund it, subscribe to it: "Retrouvez Les Échos du Léon sur :", "QG est en
    campagne sur Ulule !", "vous devez être abonné au Journal de Morges", "Soutenez Politis"."""
    greeted = _followed_or_greeted(line)
    if greeted:
        return greeted
    campaign = _CROWDFUNDING.match(line) or (_MAILING.match(line) if len(line) < 400 else None)
    if campaign:
        return campaign["name"] or campaign.groupdict().get("free") or ""
    paywalled = _PAYWALLED_ARTICLE_OF.match(line.strip()) if len(line) < 100 else None
    if paywalled is not None:  # "Pour consulter cet article de la Lozère Nouvelle :"
        return known_outlets().mentioned(line) or _an_outlet_s_shape(_with_its_article(paywalled))
    subscriber = _SUBSCRIBER_OF.search(line) if len(line) < 400 else None
    if subscriber is not None:  # its paywall
        return (
            contracted_outlet(line)
            or known_outlets().mentioned(line)
            or _an_outlet_s_shape(subscriber["name"])
        )
    if len(line) < 300 and _APPEAL.search(line) and not _BROADCAST_PLUG.search(line):
        return known_outlets().mentioned(line) or contracted_outlet(line) or _newsletter_of(line)
    return ""


def _followed_or_greeted(line: str) -> str:
    """ "Retrouvez Les Échos du Léon sur :", "Bienvenue sur RTL" (over its account's prompt)."""
    follow = _FOLLOW_US.match(line.strip()) if len(line) < 120 else None
    if follow and (is_medium_name(follow["name"]) or known_start(follow["name"]) == follow["name"]):
        return follow["name"]
    meet = _MEET_US_ON.match(line.strip()) if len(line) < 200 else None
    if meet is not None and (DOMAIN.match(meet["name"]) or known_start(meet["name"])):
        return meet["name"] if DOMAIN.match(meet["name"]) else known_start(meet["name"])
    # (after the live's last words, its own address only: "C'est la fin de ce live, merci de
    # l'avoir suivi. Rendez-vous sur 20minutes.fr pour la suite"; a channel there may be a plug)
    later = _MEET_US_ON_LATER.search(line) if len(line) < 600 else None
    if later is not None and DOMAIN.match(later["name"]):
        return later["name"]
    welcome = _WELCOME.match(line.strip()) if len(line) < 80 else None
    if welcome is not None:
        return known_start(welcome["name"])
    served = _GATHERED_FOR_YOU.search(line) if len(line) < 400 else None
    return known_start(served["name"]) if served is not None else ""


_APP_PROMPT_CHARS = 200


def _an_outlet_s_shape(name: str) -> str:
    """An unknown name one subscribes to, when it is shaped as a title ("Journal de Morges"),
    not an offer's ("Offre Premium", "Newsletter")."""
    words = name.split()
    if len(words) < 2 or words[0].lower() in _OFFER_WORDS:
        return ""
    return name


_OFFER_WORDS = frozenset("offre formule édition version newsletter service contenu abonnement pack".split())
# A paywall's notice names the outlet one subscribes to.
_SUBSCRIBER_OF = re.compile(
    r"\b(?:(?:devez|faut|devrez) être (?:un )?abonnée?s? (?:au |à la |à l['’]|à )"
    # ("Vous êtes déjà abonné à L'Economiste mais …", "… réservé à la communauté des grands
    # lecteurs de L'Economiste")
    r"|(?:êtes|es) déjà abonnée?s? (?:au |à la |à l['’]|à )"
    r"|réservée? à la communauté des (?:\w+ )?(?:lecteurs|abonnés) (?:du |de la |de l['’]|de |d['’])"
    # ("La lecture de cet article est réservée aux abonnés du Desk.")
    r"|réservée?s? aux abonnés (?:du |de la |de l['’]|de |d['’])"
    # ("Activez dès maintenant votre abonnement à Kerne Hebdo pour lire le reste de ce texte.")
    r"|(?i:activez|souscrivez|prenez) (?:\w+ ){0,2}(?:votre |un )abonnement (?:au |à la |à l['’]|à )"
    r"(?=[^.]{2,60} pour (?:lire|continuer|accéder|poursuivre)))"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?: (?:de |du |des |d['’])?[A-ZÀ-Ý][\w'’-]*){0,4})"
)


# A paywall's notice over its offers, naming whose article it is.
_PAYWALLED_ARTICLE_OF = re.compile(
    r"^(?i:pour (?:lire|consulter) (?:cet article|l['’]article)) (?P<of>du |des |de la |de l['’]|de |d['’])"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?: (?:de |du |des |d['’])?[A-ZÀ-Ý][\w'’-]*){0,4})\s*:$"
)
_ARTICLE_CONTRACTED = {"du ": "Le ", "des ": "Les ", "de la ": "La ", "de l'": "L'", "de l’": "L’"}


def _with_its_article(match: re.Match[str]) -> str:
    """The name with the article the preposition contracted or took: "de la Gazette" is "La Gazette"."""
    return _ARTICLE_CONTRACTED.get(match["of"].lower(), "") + match["name"]


# Its mailing list's notice: "X utilise votre adresse e-mail afin de vous envoyer la newsletter".
_MAILING = re.compile(
    r"^(?P<name>[A-ZÀ-Ý0-9][\w'’.-]*(?: [A-ZÀ-Ý0-9][\w'’.-]*){0,3}) utilise (?:votre|vos) (?:adresse|données)"
    r".{0,80}\b(?:vous envoyer|newsletter|lettre d['’]information)"
    r"|^(?P<free>[A-ZÀ-Ý0-9][\w'’.-]*(?: [A-ZÀ-Ý0-9][\w'’.-]*){0,3}) vous est offerte? gratuitement\b"
)
# "Retrouvez Les Échos du Léon sur : 4,7K 12K": the site asking to be followed on its networks.
_FOLLOW_US = re.compile(
    r"^(?i:retrouvez|suivez)\s+(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|de|du|des|la|le|les"
    r"|d['’]\w+)){0,5})\s+sur\s*(?::|(?i:facebook|twitter|instagram|youtube|linkedin|tiktok|les réseaux))"
)
# A live page's farewell: "Rendez-vous dès demain sur Lefigaro.fr pour un nouveau multiplex !"
_MEET_US_ON = re.compile(
    r"^(?i:rendez-vous|retrouvez-nous|on se retrouve|à demain|à très vite)\b[^.!?]{0,40}?\bsur\s+"
    r"(?P<name>[A-ZÀ-Ý0-9][\w'’.-]*(?: [A-ZÀ-Ý0-9][\w'’.-]*){0,3}?)(?=\s+(?:pour|dès|à|avec)\b|\s*[.!,]|$)"
)
_MEET_US_ON_LATER = re.compile(
    r"(?<=[.!?] )(?i:rendez-vous|retrouvez-nous|on se retrouve)\b[^.!?]{0,40}?\bsur\s+"
    r"(?P<name>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})(?=\s|[.!,]?$)"
)
# The outlet telling its readers what it gathered for them: "… ? Le Soir a compilé pour vous …".
_GATHERED_FOR_YOU = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<name>[A-ZÀ-Ý0-9][\w'’.-]*(?: [A-ZÀ-Ý0-9][\w'’.-]*){0,3}) (?:a|ont) "
    r"(?:compilé|résumé|rassemblé|sélectionné|réuni|préparé) pour vous\b"
)
# The site greeting its reader: "Bienvenue sur RTL", "Bienvenue chez Le Courrier !".
_WELCOME = re.compile(
    r"^(?i:bienvenue) (?:sur|chez|dans|à) (?P<name>[A-ZÀ-Ý0-9][\w'’.-]*(?: [A-ZÀ-Ý0-9][\w'’.-]*){0,3})"
)
# "Abonnez-vous gratuitement à la newsletter 7info": the site's own newsletter, named last.
_NEWSLETTER = re.compile(
    r"\b(?i:newsletter)\s+(?:de |du |d['’])?"
    r"(?P<name>[A-ZÀ-Ý0-9][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,2})\s*[.!]?$"
)


def _newsletter_of(line: str) -> str:
    match = _NEWSLETTER.search(line)
    return match["name"] if match and not known_outlets().named(match["name"]) else ""


# An issue's masthead: "La Nation n° 1960 8 février 2013", "Actuel n°87, samedi 26 mars 2011".
# ("Bella vita n°50 > Grand angle, mai 2017": a brand may end in lower case; never an article
# and a common noun: "Le journal n°50".)
