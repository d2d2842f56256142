"""Where a page names its own outlet in passing: an appeal, an app prompt, its logo, its voice."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.outlets import known_outlets
from index.page.date_lines import date_candidates
from index.page.date_writing import names_a_month_and_year
from index.page.medium_names import DOMAIN, DOMAIN_IN_TEXT, is_medium_name, is_web_brand

_ISSUE = re.compile(
    r"^(?P<name>(?!(?:Le|La|Les|L['’]|Un|Une|Notre|Votre)\s?[a-zà-ÿ])"
    r"[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,3}(?: [a-zà-ÿ]{3,})?) n[°ºo]\s?\d{1,5}\b,?\s+\S"
)


def issue_masthead(lines: Sequence[str]) -> str:
    """The publication an issue's masthead names, with its number and its day or month."""
    for line in lines:
        match = _ISSUE.match(line.strip()) if len(line) < 80 else None
        rest = line[match.end() - 1 :] if match else ""
        if match and (date_candidates(rest) or names_a_month_and_year(rest)):
            return match["name"]
        # (a known outlet whose number the scrape lost: "Alter Échos n°")
        bare = _BARE_ISSUE.match(line.strip())
        if bare and known_outlets().named(bare["name"]) is not None:
            return bare["name"]
    return ""


_BARE_ISSUE = re.compile(r"^(?P<name>[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,3}) n[°º]\s?\d{0,5}$")


# The site's logo by its alt text ("Logo Radio Kerne", "Site icon La Revue"), and an archive's
# notice ("Cet article fait partie des archives en ligne du HuffPost Québec, qui …").
_LOGO_OR_ARCHIVE = re.compile(
    r"^(?:(?i:logo|site icon)\s+(?:(?i:du|de la|de l['’]|de)\s+)?"
    r"|(?i:cet article fait partie des archives)(?: en ligne)?\s+(?:du|de la|de l['’]|de)\s+)"
    # (the name's particle and place too: "Site icon Le Matin d'Algérie")
    r"(?P<name>[A-ZÀ-Ý0-9][\w'’.-]*(?:\s+(?!(?i:logo)\b)(?:d['’]|(?:de|du|des)\s+)?[A-ZÀ-Ý0-9][\w'’.-]*){0,3})"
    r"(?:$|[\s,.(])"
    # a brand in lower case after its kind: "logo du site ledesk", "logo journal leveil"
    r"|^(?i:logo)\s+(?:(?i:du|de la)\s+)?(?i:site|journal|média|magazine|radio)\s+"
    r"(?P<kind_name>[a-z][\w'’.-]{2,30})$"
)


# A contact box: "POUR JOINDRE INFOS-DIJON" over "redaction.infosdijon@gmail.com".
_CONTACT = re.compile(
    r"^(?:pour (?:nous )?joindre|contacter|contactez|écrire à)\s+(?P<name>\S.{1,40})$", re.IGNORECASE
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def contact_box(lines: Sequence[str]) -> str:
    """The name a contact box gives, when the e-mail address below it spells it."""
    for index, line in enumerate(lines):
        match = _CONTACT.match(line.strip())
        if match is None:
            continue
        key = re.sub(r"[\W_]", "", match["name"].lower())
        emails = [e.lower() for below in lines[index + 1 : index + 3] for e in _EMAIL.findall(below)]
        if len(key) >= 4 and any(key in re.sub(r"[^\w@]|_", "", email) for email in emails):
            return match["name"].strip()
    return ""


def logo_or_archive(lines: Sequence[str]) -> str:
    # (Two logos' alt texts in a row: "Logo du CNRS Le Journal Logo de CSA Research".)
    pieces = [piece.strip() for line in lines for piece in re.split(r"(?<=\S)\s+(?=(?i:logo)\s)", line)]
    for index, line in enumerate(pieces):
        match = _LOGO_OR_ARCHIVE.match(line) or _NAME_LOGO.match(line.strip())
        if match and index and _PARTNER_LABEL.search(pieces[index - 1]):
            continue  # "in partnership with" / "Logo Nextory": a sponsor's logo
        if match and (len(line.split()) <= 6 or not line.lower().startswith(("logo", "site icon"))):
            # (without the year of the logo's design: "Logo Tout F1 2016" is Tout F1's)
            return _LOGO_S_YEAR.sub("", match.groupdict().get("name") or match.group("kind_name"))
    return ""


_LOGO_S_YEAR = re.compile(r"(?<=\S)\s+(?:19|20)\d{2}$")


_PARTNER_LABEL = re.compile(
    r"\b(?:partenariat|partnership|partenaires?|partners?|sponsori[sz]ée?|sponsored|présentée? par"
    r"|en collaboration|avec le soutien|offert par)\b",
    re.IGNORECASE,
)


# The logo's alt text with the name first: "Femina Logo".
_NAME_LOGO = re.compile(r"^(?P<name>[A-ZÀ-Ý0-9][\w'’.-]*(?:\s+[A-ZÀ-Ý0-9][\w'’.-]*){0,2})\s+(?i:logo)$")


def known_start(words: str) -> str:
    """The longest start of `words` that is a known outlet or a domain, or ""."""
    parts = words.split()
    for size in range(len(parts), 0, -1):
        name = " ".join(parts[:size])
        if known_outlets().named(name) is not None or DOMAIN.match(name):
            return name
    return ""


# "des Echos", "du Temps": French contracts an outlet's article with the preposition before it.
_CONTRACTED = re.compile(r"\b(des|aux|du|au)\s+([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})")


def contracted_outlet(line: str) -> str:
    for match in _CONTRACTED.finditer(line):
        outlet = known_outlets().named(known_outlets().named_after(match.group(1), match.group(2)))
        if outlet is not None:
            return outlet.name
    return ""


_NEWSROOM = re.compile(
    r"\b(?i:la rédaction|l['’]équipe|les lecteurs|nos lecteurs)"
    r"(?: (?:numérique|web|sportive|nationale|régionale|locale"
    r"|(?-i:[a-zà-ÿ]{3,}(?:aise|oise|aine|ienne|ane))))?"
    r" (?:de |d'|du )"  # ("la rédaction camerounaise de Koaci")
    r"(?:[«\"“]\s*(?P<quoted>[^»\"”]{2,40}?)\s*[»\"”]"
    r"|(?P<bare>[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,3}))",
)


_NAME = (
    r"(?:[«\"“]\s*(?P<quoted>[^»\"”]{2,40}?)\s*[»\"”]|(?P<bare>[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,3}))"
)
# The outlet speaking to its readers ("«ArcInfo» vous propose de …"), or asking the questions
# of an interview ("Le Temps : Pourquoi avoir choisi … ?", "Causeur. Comment allez-vous ?").
# (a title may hold small words, "le Journal du Gers vous annonçait …", and speak of what it told)
_TITLE_NAME = _NAME.replace(
    r"(?: [A-ZÀ-Ý][\w'’.-]*){0,3}", r"(?: (?:(?:du|de|des|d['’])\s?)?[A-ZÀ-Ý][\w'’.-]*){0,3}"
)
_OWN_VOICE = re.compile(
    rf"{_TITLE_NAME} vous (?:propose|proposait|présente|présentait|emmène|invite|raconte|racontait"
    r"|fait découvrir|annonce|annonçait|révélait|a révélé|informait)\b"
    # "votre journal « La Nouvelle Tribune »"
    rf"|\b(?i:votre|notre) (?i:journal|quotidien|hebdomadaire|magazine|site|radio|chaîne|média)\s+"
    rf"{_NAME.replace('quoted', 'quoted3').replace('bare', 'bare3')}"
    # (or apart with a dash: "Kerne-Tribune.com - Selon vous, … ?")
    # (an interview's questions may come after a dash: "- Médias24 : Comment … ?")
    # (or its domain, in lower case: "exemple.com : Quel bilan tirez-vous … ?")
    rf"|^(?:[-–—•]\s)?(?:{_NAME.replace('quoted', 'quoted2').replace('bare', 'bare2')}"
    r"|(?P<domain2>[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}))"
    r"(?:\s?[:.]|\s[-–—])\s.{5,600}\?\s*$"
)


# What a speaker did to a medium: "a confié à …", "a expliqué à …".
TOLD = "(?:confié|déclaré|indiqué|précisé|expliqué|raconté)"
# Someone speaking to a website, named by its domain: "Contacté par ACTUALITE.CD", "a confié à
# Minute.bf". (Another outlet cited so goes by its name: "interrogé par Le Monde".)
_ASKED_BY_DOMAIN = re.compile(
    rf"\b(?i:(?:contacté|joint|interrogé|sollicité)e?s? par|a {TOLD} à) "
    rf"(?P<domain>{DOMAIN_IN_TEXT})\b"
)


# A website opening a sentence about itself, named by its domain.
_DOMAIN_S_VOICE = re.compile(
    rf"^(?P<domain>{DOMAIN_IN_TEXT})\s+(?:remercie|vous (?:propose|présente|souhaite|invite|remercie))\b"
)
_DATELINE_DOMAIN = re.compile(rf"^[^()]{{0,60}}\((?P<domain>{DOMAIN_IN_TEXT})\)\s*[–—-]\s")
# A wire's dateline, with a name the outlet list does not hold in its brackets: "TIZI-OUZOU
# (Tamurt) – …". A known name there is the agency the page credits ("BORDEAUX (Reuters) -");
# an acronym there is most often an agency the list lacks.
# A paragraph signed first by its medium, with its subject in brackets: "Kerne-Tribune
# (Derby entre Quimper et Brest)- Le …".
_SIGNED_FIRST = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,2})\s*\([^()]{3,80}\)\s*[–—-]\s*[A-ZÀ-Ý«]"
)
_DATELINE_NAME = re.compile(
    r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,40}(?:,[^()]{3,30})?"
    # (or the town in title case, then its country and the day: "Libreville, Gabon, 11 décembre (X) -")
    r"|[A-ZÀ-Ý][\w'’ -]{2,30},[^()]{0,30}\d[^()]{0,20})"
    r"\s*\((?P<name>[A-ZÀ-Ý][a-zà-ÿ][\w'’-]*(?: [\w'’-]+){0,2})\)\s*[–—-]\s"
)


# A byline signed by the newsroom and its site: "Rédaction Europe1.fr , modifié à …".
_NEWSROOM_BYLINE = re.compile(
    r"^(?:(?i:par)\s+)?(?i:rédaction)\s+(?P<name>[\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]*){0,2})\s*(?:[,|–—-]|$)"
)


def own_newsroom(lines: Sequence[str]) -> str:
    """ "la rédaction de «24 heures»": a page speaking of its own newsroom, or in its own
    voice, names its outlet, quoted, or a known outlet unquoted ("la rédaction du Soir"), or
    a website's name it speaks so twice ("GuineeActu : … ?" asking two questions of an
    interview)."""
    unknown: list[str] = []
    for line in lines[:40]:
        # "Contacté par ACTUALITE.CD, le coordinateur …", "Morlaix (Breizh-info.com) – Si …"
        asked = _ASKED_BY_DOMAIN.search(line) or _DATELINE_DOMAIN.match(line)
        if asked is not None and DOMAIN.match(asked["domain"]):
            unknown.append(asked["domain"])
        signed = _signed_by_its_medium(line) or _its_reporter_s(line)
        if signed:
            return signed
        for match in (*_NEWSROOM.finditer(line), *_OWN_VOICE.finditer(line)):
            sure, glued = _named_by_its_voice(match)
            if sure and not _is_a_programme(sure, lines):
                return sure
            unknown += [glued] if glued else []
            asking = match.groupdict().get("bare2")
            unknown += [match["domain2"]] if match.groupdict().get("domain2") else []
            unknown += [asking, asking] if asking and _quoted_elsewhere(asking, lines) else []
    # (A domain asks one question for sure; a glued name must ask two; a name the page also
    # quotes as a title, "«Kerne Jungle» a rencontré le ministre", one.)
    return next((name for name in unknown if unknown.count(name) >= 2 or DOMAIN.match(name)), "")


def _signed_by_its_medium(line: str) -> str:
    """The medium signing a line: an unknown name in a dateline's brackets, the newsroom's
    byline, a domain thanking its partners, a medium's name before its subject in brackets."""
    dateline = _DATELINE_NAME.match(line)
    if dateline is not None and known_outlets().named(dateline["name"]) is None:
        return dateline["name"]
    byline = _NEWSROOM_BYLINE.match(line)
    if byline is not None and (DOMAIN.match(byline["name"]) or known_outlets().named(byline["name"])):
        return byline["name"]  # "Rédaction Europe1.fr , modifié à 10h"
    thanking = _DOMAIN_S_VOICE.match(line)
    if thanking is not None and DOMAIN.match(thanking["domain"]):
        return thanking["domain"]  # "kerne-infos.fr remercie ses partenaires."
    signed = _SIGNED_FIRST.match(line)
    return signed["name"] if signed is not None and is_medium_name(signed["name"]) else ""


# The page's own reporter, named with its outlet: "Selon notre correspondant RTL INFO Léa Roy".
_OUR_REPORTER = re.compile(
    r"\b(?i:notre|nos) (?:correspondante?s?|envoyée?s? spéciale?s?|journalistes?|reporters?)"
    r" (?P<name>[A-ZÀ-Ý0-9][\w'’.-]*(?: [A-ZÀ-Ý0-9][\w'’.-]*){0,4})"
)


def _its_reporter_s(line: str) -> str:
    """A known outlet first among the capitalised words after "notre correspondant" (a place
    or the reporter's name alone say nothing of the outlet)."""
    match = _OUR_REPORTER.search(line)
    found = known_outlets().named_first(match["name"].split()) if match is not None else None
    return found[0] if found is not None and not found[1].is_agency else ""


def _quoted_elsewhere(name: str, lines: Sequence[str]) -> bool:
    quoted = re.compile(r"[«“\"]\s*" + re.escape(name) + r"\s*[»”\"]")
    return any(quoted.search(line) for line in lines)


def _is_a_programme(name: str, lines: Sequence[str]) -> bool:
    """A broadcast's programme that "vous emmène" somewhere, which the page also calls "le
    magazine « Enquête d'action »" or "l'émission …": a show, not the site."""
    shown = re.compile(
        r"\b(?:le|la|l['’]|du|de la|au|un|une|ce|cette)\s*(?:magazine|émission|programme|documentaire"
        r"|série|feuilleton|jeu|film)\s+[«“\"]\s*" + re.escape(name),
        re.IGNORECASE,
    )
    return any(shown.search(line) for line in lines)


_NAME_GOES_ON = re.compile(r"\s+(?:de|du|des|d['’])\s*[A-ZÀ-Ý]")


_HEADS_THE_NEWSROOM = re.compile(
    r"\b(?:direct(?:eur|rice)(?:\s+adjointe?)?|rédact(?:eur|rice) en chef|chef(?:fe)?|patron(?:ne)?)"
    r"\s+(?:de\s+)?$",
    re.IGNORECASE,
)


def _named_by_its_voice(match: re.Match[str]) -> tuple[str, str]:
    """(a name surely the outlet's, a web brand's name that must be spoken twice) from a
    newsroom's or an own voice's match."""
    found = match.groupdict()
    if _HEADS_THE_NEWSROOM.search(match.string[max(0, match.start() - 40) : match.start()]):
        return "", ""  # "nommée directrice de la rédaction de « Marianne »": a post at another paper
    quoted = found.get("quoted") or found.get("quoted2") or found.get("quoted3")
    if quoted:
        return str(quoted), ""
    bare = found.get("bare") or found.get("bare2") or found.get("bare3") or ""
    outlet = known_outlets().named(bare) if bare else None
    if outlet is not None and _NAME_GOES_ON.match(match.string, match.end()):
        return "", ""  # "la rédaction de L'Écho de Compton": a longer name, another paper
    if outlet is not None:
        return ("" if outlet.is_agency else bare), ""
    if bare and is_web_brand(bare):
        return "", bare
    if bare and match.re is _OWN_VOICE and is_medium_name(bare):
        return bare, ""  # "Kerne Infos vous présente …": a medium speaking to its readers
    return "", ""
