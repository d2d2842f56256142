"""Photo captions and credits: "… le 3 mars. (Photo Jean Dupont / Reuters)", "© Le Temps"."""

from __future__ import annotations

import re
from functools import lru_cache

from index.outlets import known_outlets

# No credit pattern is asked of a longer line (a paragraph is never a caption).
_LONGEST_CAPTION = 400

# A photo caption ends with its credit: "… le 3 mars. (Photo Jean Dupont / Reuters)",
# "… (Prénom NOM / AFP)", "… © Studio X". The article's own sentences end otherwise.
_PHOTO_AGENCIES = (
    r"AFP|Reuters|REUTERS|AP|SIPA|Sipa|Getty Images|GETTY|Keystone|KEYSTONE|Belga|BELGA|EPA|ABACA(?:PRESS)?"
    r"|Abaca|MAXPPP|MaxPPP|Hans Lucas|Hans-Lucas|Shutterstock|iStock|Le Pictorium|Andia|Divergence"
    r"|Photononstop|Alamy|Wikimedia Commons|DR|Xinhua|ANP|dpa|DPA|NurPhoto|SOPA Images|Zuma"
    r"|Icon Sport|Icon-Sport|Presse Sports|Panoramic|DPPI|PA Images|Imago|IMAGO|Sportsfile|Photonews"
    r"|Bestimage|Starface|Fotolia|Fotolia\.com|Adobe Stock|AdobeStock|Unsplash|Pexels|Pixabay|Depositphotos"
    r"|123RF|Dreamstime|Freepik|Gettyimages|GettyImages"
)
_CAPTION_CREDIT = re.compile(
    rf"\((?i:ph)\.?\)"  # ("(Ph)": the photographer's, unnamed; "(PHOTOS)" is a badge)
    rf"|(?:\((?:(?:(?i:photos?|crédits?|illustration)(?!\w)|(?i:ph)(?:\.|(?=\s))|©)\s*:?\s*[^()\s][^()]{{0,59}}|[^()]{{0,60}}/\s*(?:{_PHOTO_AGENCIES})[^()]{{0,30}}"
    rf"|(?:{_PHOTO_AGENCIES})(?:\s+(?i:photos?))?(?:\s*/[^()]{{0,30}})?)\)"  # "(AP Photo/Léa Roy)"
    # (a labelled credit may close the sentence: "… vendredi (illustration : Editpress)."; an
    # agency's may not: "… adopté par 31 voix contre 8 (AFP)." is the article's)
    rf"|\((?:(?i:photos?|crédits?|illustration)|©)\s*:?\s*[^()]{{0,60}}\)\."
    rf"|/\s*(?-i:Ph)\.\s*[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){{0,2}}"  # "… Radio Okapi/ Ph. Jean Roy"
    # (a credit's initials keep their full stops: "… en 2021 © D. R.")
    rf"|/\s*(?:{_PHOTO_AGENCIES})(?:\s*/\s*\w+)?|(?:©|\((?i:c)\)(?=\s*[A-ZÀ-Ý0-9]))"
    rf"\s*(?:[^.!?]|\.(?=\w)|(?<=(?<!\w)[A-ZÀ-Ý])\.){{1,60}}"
    # an owner, a slash, then the photographer's shouted surname and first name: "… de Lisbonne.
    # Sanctuaire ND de Lourdes / VINCENT Pierre"
    rf"|(?<=[.!?»])\s+[^./]{{2,40}}\s/\s(?-i:[A-ZÀ-Ý]{{2,}}[A-ZÀ-Ý'’-]*\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)\s*$"
    # a source after a double slash: "Le bassin (image de 2021). // Source : Wikimedia"
    rf"|\s//\s*(?i:source|crédits?|photos?)\s*:\s*[^/]{{1,40}}$"
    # a labelled credit after a slash, closing the legend: "… reprises de feu. /Crédit photo SDIS33"
    rf"|\s/\s*(?i:crédits?(?:\s+photos?)?|photos?)\s*:?\s*[A-ZÀ-Ý0-9][^/]{{0,40}}$"
    # an agency and its photographer after a dash, closing an alt text: "Pollution - Belga Léa Roy"
    rf"|\s[-–—]\s*(?:{_PHOTO_AGENCIES})\s+(?-i:[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+)\s*$"
    # a photographer after a dash, closing the legend: "… à l'arrivée. - Léa Kervella"
    rf"|(?<=[.!?»])\s+[-–—]\s+(?-i:[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+)\s*$"
    # a photographer in capitals after the caption: "… du Mormont. ODILE MEYLAN"
    # (or an agency's initials and its outlet: "… du 9 novembre. ARP / POLITICA")
    rf"|(?<=[.!?»])\s+(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:(?: | ?/ ?)[A-ZÀ-Ý][A-ZÀ-Ý'’-]+){{1,3}})"
    # a photographer after the word "Photo": "… célébrer sa joie. Photo Moesching"
    # (or its outlet, then the photographer: "… de peinture.  Photo DNA /Grégoire GAUCHET")
    rf"|(?<=[.!?»])\s+(?-i:Photos?|Crédits?)\s+(?-i:[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){{0,2}})"
    rf"(?:\s*/\s*(?-i:[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){{0,2}}))?"
    # (or after a legend without its full stop, the photographer's full name: "Le maire de
    # Québec, Bruno Marchand Photo Stevens LeBlanc")
    rf"|(?<=\w)\s+(?-i:Photo)\s+(?-i:[A-ZÀ-Ý][\w'’-]+ [A-ZÀ-Ý][\w'’-]+)"
    # an agency's credit in square brackets: "… à Paris. [JEAN ROY/AFP]", "… du FC Bâle [wikicommons]"
    rf"|\[[^\[\]]{{0,60}}/\s*(?:{_PHOTO_AGENCIES})[^\[\]]{{0,30}}\]"
    rf"|\s\[(?:(?i:wiki ?commons|wikimedia(?: commons)?|d\.?r\.?)|{_PHOTO_AGENCIES})\]"
    # (or the agency first, then the photographer: "… (photo d'illustration). [KEYSTONE - Léa Roy]")
    rf"|\[(?:{_PHOTO_AGENCIES})\s*[-–/]\s*[^\[\]]{{2,40}}\]"
    # (in brackets too: "( AFP / LOU BENOIST )")
    rf"|\(\s*(?:{_PHOTO_AGENCIES})\s*/\s*[^()]{{2,40}}\)"
    # an outlet's credit after a slash: "Conseiller de Chicoutimi-Nord, Serge Roy. / Cogeco Média"
    rf"|(?<=[.!?»])\s+/\s*(?-i:[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){{0,3}})"
    # (and its photographer after another slash: "… à la mairie de Québec. / PC/Jacques Roy")
    rf"(?:/(?-i:[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){{0,2}})\s*$)?"
    # a photographer and the outlet after a dash: "… s'envolent. — M.Libert / 20 Minutes"
    rf"|(?<=[.!?»])\s+[-–—]\s+(?-i:[A-ZÀ-Ý])[^/.!?]{{0,30}}(?:\.[^/.!?\s]{{1,30}})?"
    rf"\s*/\s*(?-i:[A-Z0-9À-Ý])[\w'’. -]{{1,30}}$"
    # a picture library as the legend's source: "… au premier plan. Source: Gettyimages"
    rf"|(?<=[.!?»])\s+(?-i:Source)\s*:\s*(?-i:{_PHOTO_AGENCIES})\s*$"
    # an agency after a dash, closing a legend without its full stop: "… le magazine — DR"
    rf"|(?<=[\w)])\s[-–—]\s*(?-i:{_PHOTO_AGENCIES})\s*$"
    # an agency glued to the legend's full stop, as no sentence's signature is: "… de train.Keystone"
    rf"|(?<=[a-zà-ÿ][.!?])(?-i:{_PHOTO_AGENCIES})\s*$"
    # rights reserved after an account's sign: "… à l'issue de la réunion. @ HN/DR."
    rf"|(?<=[.!?»])\s+@\s?[^.!?@/]{{1,30}}/\s*(?:{_PHOTO_AGENCIES})\.?"
    # an illustration's or archive's: "… nocturne. Photo d'illustration/Archives Le Progrès/Léa Roy"
    # (or its outlet after a space: "… avant le ramadan. Photo d'archives L'OLJ")
    rf"|(?<=[.!?»])\s+(?-i:Photos?|Image)\s+d['’](?:illustration|archives?)"
    rf"(?:\s*[/:-]\s*[^.!?]{{1,60}}|\s+(?-i:[A-ZÀ-Ý])[^.!?]{{0,40}})?"
    # a labelled credit after the caption: "… à Vladivostok.Image: AP", "… 4 bâtisses Crédits : A. B/SDIS 31"
    # (or after a dash, shouted: "… du Conseil scolaire.  — PHOTO: Le conseil scolaire")
    # (or between dashes: "Ouverture de la ligne 5 - Photo - DR 3M")
    rf"|(?<=[.!?»\w])\s*(?:[—–-]\s*)?(?-i:Images?|Photos?|PHOTOS?|Bild|Crédits?(?: photos?)?|Illustration)"
    rf"\s?(?::|[-–]\s)"
    rf"\s*[^.!?:]{{1,50}}"
    # a photographer and outlet after the caption's last word, rights reserved: "… pompiers de
    # Drummondville @ Crédit photo Léa Roy / Le Journal Tous droits réservés."
    rf"|(?<=[\w.!?»])\s+(?:[@©]\s*)?(?-i:Crédits? photos?)\s+(?-i:[A-ZÀ-Ý])[^.!?:@]{{1,60}}"
    rf"(?:\s(?i:tous droits réservés)\.?)?"
    # agency first: "KEYSTONE/VALENTIN FLAURAUD sda-ats", "getty/watson"
    rf"|(?<![\w/])(?i:{_PHOTO_AGENCIES}|getty)\s*/\s*[\w'’.-]+(?: [\w'’.-]+){{0,3}}"
    # an account's handle, "rights reserved" with the source: "… à Mulhouse. / @Radio Kerne",
    # "… de Marseille. DR Google Maps"
    rf"|\s/\s*@[\w'’. -]{{2,30}}|(?<=[.!?»])\s+D\.?\s?R\.?(?:\s+[A-Z][\w-]*){{0,3}}"
    # a photographer's initial and name glued after the caption: "… de Grandvaux.D. Bochud"
    rf"|(?<=[a-zà-ÿ]\.)(?-i:[A-ZÀ-Ý]\.\s?[A-ZÀ-Ý][\w'’-]+)"
    # a photographer, then the agency, each after a dash: "L'hôtel de ville (PHOTO D'ILLUSTRATION) -
    # Léa Roy - AFP"
    rf"|\s[-–—]\s+(?-i:[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:de |du |le |la |van |von )?[A-ZÀ-Ý][\w'’.-]+){{0,3}})"
    rf"\s+[-–—]\s+(?:{_PHOTO_AGENCIES})"
    # a credit in the picture's file name: "… à Gosier_2020_Credit Léa Roy"
    rf"|_(?i:cr[ée]dits?)(?:[ _](?i:photos?))?[ _]+(?-i:[A-ZÀ-Ý][\w'’.-]+(?:[ _][A-ZÀ-Ý][\w'’.-]+){{0,3}})"
    # the day the picture was taken, then the agency: "Léa Roy - Kerne - 25 aout 2012 - Icon Sport"
    rf"|\s[-–—]\s+\d{{1,2}}(?:er)?\s+(?i:[a-zéû]{{3,9}})\.?\s+\d{{4}}\s+[-–—]\s+(?:{_PHOTO_AGENCIES})\s*$"
    # a photographer after a dash, the picture labelled an illustration: "Un camion de pompiers.
    # (Illustration) — Léa Roy"
    rf"|\((?i:photo d['’]illustration|illustration|archives?|photo)\)\s*[-–—]\s*"
    rf"(?-i:[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){{0,3}})"
    # (or the agency first, after the caption's sentence: "… à Conakry. AFP - LÉA ROY")
    rf"|(?<=[.!?»])\s+(?:{_PHOTO_AGENCIES})\s+[-–—]\s+(?-i:[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){{0,3}})"
    # a screenshot's: "… le 21 avril 2023. | Capture d'écran"
    rf"|(?<=[.!?»])\s*\|\s*(?i:capture d['’]écran|capture vidéo|screenshot)\b[^.!?]{{0,40}})"
    # (and the photographer again, in capitals: "(Photo d'illustration Léa Roy) (LÉA ROY)")
    rf"(?:\s*\((?-i:[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{{2,40}})\))?\s*$"
)


def is_photo_agency(name: str) -> bool:
    return bool(re.fullmatch(rf"(?:{_PHOTO_AGENCIES})", name.strip()))


def is_captioned(line: str) -> bool:
    """A photo caption: a line ending with its picture's credit, or opening with it ("© AFP |
    Une employée devant des quais vides"), with where its people stand or with a mark pointing
    up at the picture, or a line of nothing but the names of who is pictured ("Karl Roux,
    Hervé Le Goff, Anne Kerlo et Jean-Luc Morvan", or two: "Sol Kerlo et Léa Morvan")."""
    if caption_credit(line) or _LEADING_CREDIT.match(line):
        return True
    if _PICTURE_S_KIND.search(line) and len(line) <= _LONGEST_CAPTION:
        return True  # "L'accident de jeudi a fait trois blessés (photo symbolique)."
    if _DATED_LEGEND.match(line) and len(line.split()) <= _LONGEST_DATED_LEGEND:
        return True  # "Des migrants au large de Sfax, en Tunisie, le 27 avril 2023": an agency's legend
    if _DAY_AND_PLACE_FIRST.match(line) and len(line) <= _LONGEST_CAPTION:
        return True  # "Jeudi 16 août 2012. Dabou. Une patrouille …": an agency's legend, day and place first
    if line.lstrip().startswith(("▲", "△")) and len(line) <= _LONGEST_CAPTION:
        return True  # "▲ Le chantier du contournement, en août": a legend pointing at its picture
    if _POSITIONS_FIRST.match(line) and len(line) <= _LONGEST_CAPTION:
        return True  # "La photo, de gauche à droite : …": a legend opening with where people stand
    if _HERE.match(line) and len(line) <= _LEGEND_CHARS:
        return True  # "Léa Roy, ici lors d'un meeting à Brest, le 10 avril.": who the picture shows
    if _NAME_AND_ROLE.match(line) and len(line.split()) <= _LONGEST_NAME_AND_ROLE:
        return True  # "Michel Roy, directeur général de Provins": who the picture or the clip shows
    return len(line) <= _LONGEST_CAPTION and bool(_NAMES_ONLY.match(line))


# A legend the agencies' way: what the picture shows, where, then the day it was taken, and no
# full stop (a sentence of the article ends with one): one sentence of a few words, no byline.
_DATED_LEGEND = re.compile(
    r"^(?!(?i:par|by|publié|mis à jour|modifié|actualisé)\b)[^.!?]{30,}?,\s+(?:(?:le\s+)?\d{1,2}(?:er)?\s+"
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août"
    r"|septembre|octobre|novembre|décembre)\s+\d{4}"
    # (its year left out after the weekday: "… au QG de campagne, à Paris, dimanche 9 juin")
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+\d{1,2}(?:er)?\s+"
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))\s*$"
)
_LONGEST_DATED_LEGEND = 40
# (or the day and the place first, each closed by a full stop, as agencies caption their pictures)
_DAY_AND_PLACE_FIRST = re.compile(
    r"^\s*(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?\s+"
    r"(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}\.\s+"
    r"[A-ZÀ-Ý][\w'’ -]{1,30}\.\s+[A-ZÀ-Ý]"
)


# What a legend says its picture is: "(photo symbolique)", "(image d'illustration)".
_PICTURE_S_KIND = re.compile(
    r"\((?:photos?|images?)\s+(?:symboliques?|d['’]illustration|d['’]archives?|prétexte)\)", re.IGNORECASE
)


# A person's name, a comma, a role in lower case, with no stop: a legend of its own line (a
# sentence goes on: "Michel Roy, directeur de Provins, a déclaré …").
_NAME_AND_ROLE = re.compile(
    r"^\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2},\s+(?:(?:ancien|ancienne|nouveau|nouvelle|le|la|l['’])\s*)?"
    r"(?:président|directeur|directrice|administrat(?:eur|rice)|secrétaire|responsable|porte-parole|maire"
    r"|député|ministre|conseill(?:er|ère)|fondat(?:eur|rice)|chef|cheffe|coordinat(?:eur|rice)|délégué"
    r"|gérant|patron|patronne|avocat|professeur|chercheur|chercheuse|médecin|entraîneur|entraîneuse"
    r"|capitaine|joueur|joueuse|syndic|procureur|juge|membre|chargé|chargée)e?s?\b"
    r"[^.!?:;,«»\"()]*[\w)]\s*$"
)
_LONGEST_NAME_AND_ROLE = 14


_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de |du |le |la |van |von )?[A-ZÀ-Ý][\w'’-]+){1,3}"
# (three names or more, or two joined by "et": "Sol Kerlo et Catherine Morvan", no verb)
_NAMES_ONLY = re.compile(rf"^\s*{_NAME}(?:(?:\s*,\s*{_NAME})+\s*(?:,|et)|\s+(?:et|&))\s*{_NAME}\s*\.?\s*$")


# "Louis Roy (à l'avant-plan)", "(De gauche à droite sur la photo) Anne, Paul et Léa": a
# picture's caption says where its people stand (and so may a standfirst under the picture).
_POSITION_IN_PICTURE = re.compile(
    r"\((?:de gauche à droite|de g\.? à d(?:r)?\.?|à gauche|à droite|au centre|au milieu"
    r"|à l['’](?:avant|arrière)-plan|au (?:premier|second) plan|en médaillon|sur la photo)(?:[^()]{0,30})\)",
    re.IGNORECASE,
)


# "La photo, de gauche à droite : …", "De g. à dr. : …": the same, opening the legend.
# Who the picture shows, then "ici" and where or what they do in it, and the day: a legend,
# which a sentence never writes so ("Léa Roy, ici s'adressant à ses partisans à Brest, le 10 avril").
_HERE = re.compile(
    r"^\s*[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){0,3},\s+ici\s+(?:lors|en|au|aux|à|avec|pendant|dans|devant"
    r"|sur|le|la|les|s['’][a-zà-ÿ]+ant|[a-zà-ÿ]+ant)\b[^!?]*"
    r",\s+(?:le\s+)?\d{1,2}(?:er)?\s+[a-zéû]{3,9}(?:\s+\d{4})?\.?\s*$"  # (and the day it was taken)
)
_LEGEND_CHARS = 200
_POSITIONS_FIRST = re.compile(
    r"^\s*(?:(?:la|sur la|notre|sur notre) photo\s*,?\s*)?(?:de gauche à droite|de g\.? à dr?\.?)\s*:",
    re.IGNORECASE,
)


def places_people_in_a_picture(line: str) -> bool:
    if len(line.split()) > 60:
        return False
    return bool(_POSITION_IN_PICTURE.search(line) or _POSITIONS_FIRST.match(line))


_SHOUTED_WORDS = r"[A-ZÀ-Ý][A-ZÀ-Ý'’.-]*(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’.-]*){0,3}"
LEADING_SHOUTED_CREDIT = (
    rf"^\s*(?-i:PHOTOS?|ILLUSTRATION|INFOGRAPHIE)\s+(?P<credit>{_SHOUTED_WORDS},\s+{_SHOUTED_WORDS})(?=\s+\S)"
)
_LEADING_CREDIT = re.compile(
    rf"^\s*©\s*(?:{_PHOTO_AGENCIES}|[\w'’. -]{{2,30}})\s*\|\s*\S"
    # (or in capitals, the photographer and the outlet, the legend after: "PHOTO LÉA ROY, LE
    # KERNE Le centre de commandement …", as Québec's papers print it)
    rf"|{LEADING_SHOUTED_CREDIT}\s+\S"
)


def leading_shouted_credit(line: str) -> str:
    """The credit in capitals opening a legend, "PHOTO LÉA ROY, LE KERNE", or ""."""
    match = re.match(LEADING_SHOUTED_CREDIT, line) if len(line) <= _LONGEST_CAPTION else None
    return match["credit"] if match else ""


def caption_credit(line: str) -> str:
    """The credit that ends a photo caption ("(Jean Dupont / AFP)"), or ""."""
    return _caption_credit(line) if len(line) <= _LONGEST_CAPTION else ""


# A page's lines are asked again and again (the body's start, its end, the site's credits):
# the answers for short lines are kept.
@lru_cache(maxsize=4096)
def _caption_credit(line: str) -> str:
    match = (
        _CAPTION_CREDIT.search(line)
        or _outlet_and_photographer(line)
        or _outlet_and_photographer(line, _SHOUTED_AFTER_THE_LEGEND)
    )
    return match.group(0) if match else ""


def _outlet_and_photographer(line: str, shape: re.Pattern[str] | None = None) -> re.Match[str] | None:
    """A legend closed by its outlet or agency and its photographer, in brackets, a comma
    between ("… deux de... (La Presse Canadienne, Adrian Wyld)"): an article's brackets hold
    no known outlet beside a person's name alone. (Or the two alone on the credit's line.)"""
    match = (shape or _TWO_IN_BRACKETS).search(line)
    if match is None:
        return None
    first, second = match["first"].strip(), match["second"].strip()
    for outlet, person in ((first, second), (second, first)):
        known = is_photo_agency(outlet) or known_outlets().named(outlet) is not None
        if known and _PERSON.fullmatch(person):
            return match
    return None


_TWO_ALONE = re.compile(r"^\s*(?P<first>[^(),]{2,40}),(?P<second>[^(),]{2,40})$")
# (or a slash between: "… dimanche 9 juin. (Léa Roy/Libération)")
_TWO_IN_BRACKETS = re.compile(r"\((?P<first>[^(),/]{2,40})[,/](?P<second>[^(),/]{2,40})\)\s*\.?\s*$")
# (or in capitals after the legend's sentence, a dash between: "… ce dimanche. LE KERLO - LÉA ROY")
_SHOUTED_AFTER_THE_LEGEND = re.compile(
    rf"(?<=[.!?»])\s+(?P<first>{_SHOUTED_WORDS})\s+[-–—]\s+(?P<second>{_SHOUTED_WORDS})\s*$"
)
_PERSON = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2}")


# "© X", "Crédit photo : X", "Photo : X", and "Crédit photo X" without its colon.
_CREDIT_LABEL = re.compile(
    # (an at sign typed for the copyright's, a space before the name: "@ Léa Roy, vue du port")
    r"^\s*(?:©\s*|@\s+(?=[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý])|(?i:(?:crédits?|credits?)(?:\s+photos?)?|photos?)\s*:\s*|(?i:vid[ée]os?)\s*:\s*(?=\S+(?:\s+(?-i:[A-ZÀ-Ý])\S*){0,3}\s*$)|(?i:crédits?\s+photos?)\s+(?=[A-ZÀ-Ý])"
    r"|(?i:gracieuseté|courtoisie)\s*[:–—-]\s*(?=\S)"  # Québec's "Gracieuseté – SFM"
    # "Photo Léa Roy", the legend's words after it maybe: "Photo Léa Roy Le maire de Laval"
    r"|Photos?\s+(?=[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+(?:\s+\S+){0,8}\s*$)"
    # "Photo d'illustration Léa Roy", "Photo d'archives Le Journal/Léa Roy"
    r"|(?i:photos?|images?)\s+d['’](?i:illustration|archives?)\b(?=.{0,60}$))"
)


# "Rights reserved" alone, for a picture whose author is not named: "DR", "D.R.".
_RIGHTS_RESERVED_ALONE = re.compile(r"^\s*(?:DR|D\.R\.?)\s*$")


# A picture bought from an image bank, in its English: "AFP or licensors".
_OR_LICENSORS = re.compile(r"^\s*[\w&'’. /-]{2,40}\s+or licensors\s*$", re.IGNORECASE)


def is_credit_line(line: str) -> bool:
    return bool(
        _CREDIT_LABEL.match(line)
        or _RIGHTS_RESERVED_ALONE.match(line)
        or _OR_LICENSORS.match(line)
        or _NAME_RIGHTS_RESERVED.match(line)
        or _ANIMATION_SOURCE.match(line)
        or _OUTLET_SLASH_PHOTOGRAPHER.match(line)
        or _outlet_and_photographer(line.strip(), _TWO_ALONE)
    )


# A picture's outlet and photographer, slashed without spaces: "20 minuten/Vanessa Lam".
_OUTLET_SLASH_PHOTOGRAPHER = re.compile(
    r"^\s*[\w'’. -]{2,30}\w/[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){1,2}\s*$"
)


# An animated picture's source under it: "via GIPHY", "via Tenor".
_ANIMATION_SOURCE = re.compile(r"^\s*via\s+(?i:giphy|tenor|imgur|gfycat)\s*$")


# A photographer's name with "rights reserved" glued on: "Pierre-Yves PerrinDR", "Léa Roy / DR".
_NAME_RIGHTS_RESERVED = re.compile(r"^\s*[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,3}\s*/?\s*DR\s*$")


def without_credit_label(line: str) -> str:
    """The credit without its label ("Crédit : X / Outlet" is "X / Outlet")."""
    return _CREDIT_LABEL.sub("", line, count=1)
