"""What pages glue to a headline: a credit, a badge, a kicker, a date stamp, a copy of itself."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from index.areas import is_area, is_place_label
from index.page import clutter, interface
from index.page.date_writing import DATE_EXPRESSION, glued_day_and_time
from index.text import fold

# What pages glue to a headline: a photo credit, a subscriber badge, the scraper's month.
# ("… de Drummondville @ Crédit photo Léa Roy / Le Journal": a photographer's credit.)
_TRAILING_CREDIT = re.compile(
    # (the © may be glued to the last word: "… à huis clos©Radio Kerne")
    r"(?:\s+|(?<=[\w.!?»]))©\s*\S.{0,60}$|\s+\S+/(?:AFP|Reuters|AP|Keystone|watson|getty)$"
    r"|\s+(?:[@©]\s*)?(?-i:Crédits?\s+photos?|Crédits?\s*:|Photo\s*:)\s*\S.{0,90}$",
    re.IGNORECASE,
)
_TRAILING_BADGE = re.compile(
    r"\s+(?:contenu réservé aux abonnés|réservé aux abonnés|article réservé aux abonnés|abonnée?s?|premium)$",
    re.IGNORECASE,
)

# A kicker and the title after its colon or dash: "Vaud: Justicier interpellé", "Top 14 – Oyonnax-…".
KICKER = re.compile(r"^(?P<kicker>[^:]{2,30}?)(?::|\s[-–—])\s+(?P<title>\S.*)$")

# A rubric in brackets before the headline: "[Dédensification] Les élevages pris en grippe";
# not a format the headline announces: "[VIDÉO] Des accusations …", "[ÉDITO VIDÉO] …".
_FORMATS = r"(?i:vid[ée]o|photo|audio|podcast|live|direct|exclusi|édito|infographie|diaporama)"
_LEADING_BRACKETED = re.compile(rf"^\[(?![^\]]*{_FORMATS})[^\[\]]{{2,30}}\]\s*(?=\S.{{10,}})")
_GLUED_ISSUE_NUMBER = re.compile(r"^[Nn][°º]\s?\d{1,5}\s*[.:–—-]\s*(?=[A-ZÀ-Ý«])")
# Or in round brackets, a word or two: "(Reportage) Palais de justice : …" (not "(Re)découvrir").
_LEADING_BRACKETED_WORDS = re.compile(
    rf"^\((?!{_FORMATS})[A-ZÀ-Ý][\w'’-]+(?:\s[\w'’-]+)?\)\s+(?=[A-ZÀ-Ý«].{{10,}})"
)
# A town or a rubric before a full stop, as regional dailies print it: "Agen. Mercredi noir :
# deux morts …" (not "M. Dupont …", and a format stays: "EN DIRECT. …", like "[VIDÉO]"), maybe
# with its department's number: "Rennes (35). Prison requise …".
_LEADING_DOTTED_KICKER = re.compile(
    rf"^(?!\S*{_FORMATS}|EN\s)[A-ZÀ-Ý][\w'’-]{{2,}}(?:\s+[A-ZÀ-Ý][\w'’-]+){{0,2}}(?:\s\((?:\d{{2,3}}|2[AB])\))?"
    rf"\.\s+(?=[A-ZÀ-Ý«](?:\S*\s+){{4,}}\S)"
)
# A kicker the headline opens on again: "Lions indomptables. Lions indomptables : 21 changements …".
_REPEATED_KICKER = re.compile(r"^(?P<kicker>[^.:!?]{3,40})\.\s+(?=(?P=kicker)\b.{10,})")
# A rubric in capitals run into a headline in sentence case: "FAIT DU JOUR Une patrouille …".
_SHOUTED_KICKER = re.compile(
    r"^(?P<kicker>[A-ZÀ-Ý'’-]{2,}(?:\s+(?:[A-ZÀ-Ý'’-]{2,}|[A-ZÀ-Ý])){1,8})\s+(?=[A-ZÀ-Ý][a-zà-ÿ'’]+(?:\s+\S+){3,}$)"
)
# (Past four words it is a title in capitals, another's or a supertitle, over a headline of a
# headline's length, no sentence in it: "LA TUNISIE ENCHAÎNE UNE TROISIÈME VICTOIRE Fajr libère
# le Maroc"; over a standfirst run in, the title in capitals is the headline.)
_SHOUTED_KICKER_WORDS = 4
_HEADLINE_WORDS_UNDER_A_SHOUTED_TITLE = 16
# The site's or section's tag after a double colon: "… sous haute surveillance :: CAMEROON".
_TRAILING_DOUBLE_COLON = re.compile(r"\s+::\s+[^:]{2,40}$")
# A content manager's buttons after the headline, two or more: "… premier bilan PDF Imprimer Envoyer".
_TRAILING_BUTTONS = re.compile(
    r"(?:\s+(?:PDF|Imprimer|Envoyer|E-mail|Email|Partager|Print|Facebook|Twitter|WhatsApp|LinkedIn|Pinterest)){2,}\s*$"
)
# Empty cells of a table the scrape flattened: "… évacuées. | ||||".
_TRAILING_BARS = re.compile(r"(?:\s*\|)+\s*$")
# The page's date stamp glued after the title's own day, or apart from it by spaces:
# "Compte-rendu du Conseil du 23 février 2018  23/02/2018".
_TRAILING_STAMP = re.compile(r"(?:(?<=\d{4})\s+|\s{2,})\d{1,2}[./]\d{1,2}[./]\d{4}\s*$")
# A teaser box's label glued after the headline: "… à la traîne Oran : les autres articles".
_TRAILING_BOX_LABEL = re.compile(r"\s+(?:[A-ZÀ-Ý][\w'’-]*\s+){0,3}:\s*(?:les autres|tous les) articles$")
# A reading time glued to the headline's last word: "… la plage est déserte5min", "… existe4
# minutes de lecture".
_GLUED_READING_TIME = re.compile(r"(?<=[a-zà-ÿ»”\"!?.])\d{1,2}\s?(?:min\.?|minutes?(?: de lecture)?)$")
_CUT_MARK_AFTER_A_QUESTION = re.compile(r"(?<=[?!])\s*(?:\.\.\.|…)$")
# A badge glued after the headline, capitalised: "Le paysan, cet inconnu Spécial".
_TRAILING_CAPITALISED_BADGE = re.compile(
    r"(?<=[a-zà-ÿ»”\"!?])\s+(?:Spécial|Exclusif|Exclusivité|Édition spéciale)$"
)

# A kicker styled apart and scraped with no space: "Accident spectaculaireUne voiture …",
# "Top 14Retrouvez les commentaires …" (a word of three lower-case letters or more, or a
# number, runs into a capitalised one; not "iPhone", "PayPal").
_GLUED_KICKER = re.compile(
    # (a name's elided particle may end it: "En attendant les annonces du Conseil d'EtatFermera, …")
    r"^(?P<kicker>(?:\S+\s+){0,7}(?:[a-zà-ÿ]{3,}|[dl]['’][A-ZÀ-Ý][a-zà-ÿ]{2,}|(?<=\s)\d{1,4}))"
    r"(?P<title>[A-ZÀ-Ý][a-zà-ÿ'’]*[,;!?]?(?:\s+\S+){3,})$"
)

# Or a rubric's one word run into the headline: "TennisWawrinka sauve l'honneur …" (not a
# brand written so: "WhatsApp lance …").
_GLUED_RUBRIC = re.compile(r"^(?P<kicker>[A-ZÀ-Ý][a-zà-ÿ]{2,})(?P<title>[A-ZÀ-Ý][a-zà-ÿ'’]*(?:\s+\S+){3,})$")

# Or into a number: "Justice cantonale36 mois de prison …" (a kicker of two words or more, the
# last of six letters or more: not "covid19").
_GLUED_KICKER_BEFORE_A_NUMBER = re.compile(
    r"^(?P<kicker>[A-ZÀ-Ý]\S*(?:\s+\S+){0,3}?\s+\S*[a-zà-ÿ]{6})(?P<title>\d{1,4}\s+[a-zà-ÿ]\S*(?:\s+\S+){2,})$"
)


# A kicker in sentence case run into the headline, which opens on a capitalised word that
# is never a name's ("Manifestations d'agriculteurs Plus de 240 tracteurs …"; an article
# before a capital is a place's: "… à La Roche-sur-Yon").
_RUN_IN_KICKER = re.compile(
    r"^(?P<kicker>[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+[a-zà-ÿ'’-]{3,})\s+"
    r"(?P<title>(?:(?:Plus|Moins|Un|Une|Des|Deux|Trois|Quatre|Cinq|Ce|Cette|Ces|Il|Elle|Ils|Elles|On"
    r"|Quand|Comment|Pourquoi|Après|Avant|Selon|Malgré|Depuis)\s+\S"
    r"|(?:(?:Le|La|Les)\s+|L['’])[a-zà-ÿ])\S*(?:\s+\S+){3,})$"
)
# A genre's label before a "Subject: …" headline: "Enquête Seine-Saint-Denis: la garde à vue …"
# (a genre, not a place: "France Télévisions : …" keeps its first word).
_GENRE_KICKER = re.compile(
    r"^(?i:enquête|reportage|analyse|chronique|décryptage|entretien|interview|édito|éditorial|tribune"
    r"|opinion|dossier|insolite|exclusif|portrait|récit|témoignage)\s+(?=[A-ZÀ-Ý«][^:]{0,40}\s?:\s+\S)"
)
_LEADING_PROMPT = re.compile(
    r"^(?i:tout savoir sur|à savoir|en savoir plus sur|zoom sur|focus sur)\s*:\s*(?=\S)"
)
_LEADING_LABEL = re.compile(r"^(?P<label>[^.:|•·…]{2,25}?)\s+(?:\.\.\.|…|[.|•·])\s+(?P<title>\S.{8,})$")


# A capitalised word that opens a sentence: "Encore des tombes …", "Police et gendarmerie …".
_SENTENCE_START = re.compile(r"^[A-ZÀ-Ý][\w'’-]*,?\s+[a-zà-ÿ«\"]")


def _without_area_kicker(line: str) -> str:
    """ "Sud Alsace Encore des tombes dégradées …": a region's name styled apart as a kicker,
    then run into a headline in sentence case (one to four words, a known area)."""
    words = line.split()
    for size in range(1, 5):
        title = " ".join(words[size:])
        if len(words) - size >= 5 and _SENTENCE_START.match(title) and is_area(" ".join(words[:size])):
            return title
    # Or apart with a dash: "Lorraine - Tribunal Nancy : plusieurs gilets jaunes …".
    dashed = _AREA_DASH.match(line)
    if dashed and is_area(dashed["area"]) and len(dashed["title"].split()) >= 5:
        return dashed["title"]
    return line


_AREA_DASH = re.compile(r"^(?P<area>[A-ZÀ-Ý][\w'’ -]{1,30}?)\s+[-–—]\s+(?P<title>[A-ZÀ-Ý«].+)$")


# A quoted headline with its subtitle run on after it: "« Depuis l'état d'urgence, … » État
# d'urgence, État policier : table ronde …" (a verb after the quote is the headline's own:
# "« Je reste » affirme le maire"; and a short quote is a kicker: "«Je t'aime» Une foule …").
_QUOTED_HEADLINE_WORDS = 8
_QUOTE_THEN_SUBTITLE = re.compile(r"^(?P<quote>«[^«»]{20,200}»)\s+(?=[A-ZÀ-Ý])(?:\S+\s+){3}")


def _once(line: str) -> str:
    """A line printed twice over, glued ("Tchad : Les marchés bondésTchad : Les marchés
    bondés"): the title and its copy run together."""
    half = len(line) // 2
    for cut in (half, half + 1):
        first, second = line[:cut].strip(), line[cut:].strip()
        if first and first == second and len(first.split()) >= 3:
            return first
    return line


# The page's date label run on after the headline: "… dont 6 mois ferme Publié le samedi …".
_GLUED_PUBLISHED = re.compile(r"\s+(?-i:Publié|Mis en ligne)\s+le\s+.{8,60}$")


def _without_breadcrumb(line: str) -> str:
    """ "News Société Article Société Sénégal : la Cour …": the rubrics of a breadcrumb run into
    the headline (two words or more, each a section's; the title opens capitalised)."""
    words = line.split()
    size = 0
    while size < len(words) and words[size].lower() in _BREADCRUMB_WORDS:
        size += 1
    rest = words[size:]
    return " ".join(rest) if size >= 2 and len(rest) >= 5 and rest[0][:1].isupper() else line


_BREADCRUMB_WORDS = clutter.SECTION_LABELS | {"article", "articles"}


def _is_pictogram(char: str) -> bool:
    """An emoji, a dingbat, or what joins them ("⚽", "🏟️"); not a bullet ("■", "►"), which
    marks a menu's or a list's line."""
    code = ord(char)
    emoji = code >= 0x1F000 or 0x2600 <= code <= 0x27BF
    return (emoji and unicodedata.category(char) == "So") or code in (0xFE0F, 0x200D)


def _without_leading_symbols(line: str) -> str:
    """The line without the emoji or pictograms it opens on (a symbol is no word of a title;
    "©" and "®" are a credit's and a mark's, and stay)."""
    start = 0
    while start < len(line) and (_is_pictogram(line[start]) or (start and line[start] == " ")):
        start += 1
    return line[start:] if 0 < start < len(line) else line


# A rubric of a few words pointing at the headline: "Nouvelle de 17 h > Le titre …".
_ARROWED_KICKER = re.compile(r"^[^>›»]{2,30}?\s[>›]\s+(?=[A-ZÀ-Ý«\"\[]\S*(?:\s+\S+){3,})")


def clean_candidate(line: str) -> str:
    """A header line without what pages glue to a headline (a credit, a badge, a kicker)."""
    line = _once(line.strip())
    quoted = _QUOTE_THEN_SUBTITLE.match(line)
    line = quoted["quote"] if quoted and len(quoted["quote"].split()) >= _QUOTED_HEADLINE_WORDS else line
    line = _without_leading_symbols(line)  # ("🏟 Geoffroy-Guichard …": an emoji as a kicker)
    arrowed = _ARROWED_KICKER.match(line)  # ("Nouvelle de 17 h > De mauvais souvenirs …": a rubric)
    line = line[arrowed.end() :] if arrowed and not is_place_label(arrowed.group().rstrip(" >›")) else line
    line = _LEADING_BRACKETED.sub("", line).strip("*").strip()  # ("…sino-africaine**": bold's marks)
    line = _GLUED_ISSUE_NUMBER.sub("", line)  # ("n°790.Qui a intérêt …": the magazine's issue)
    line = _LEADING_DOTTED_KICKER.sub("", _LEADING_BRACKETED_WORDS.sub("", _REPEATED_KICKER.sub("", line)))
    line = _TRAILING_BUTTONS.sub("", _TRAILING_DOUBLE_COLON.sub("", line))
    line = _TRAILING_CREDIT.sub("", _TRAILING_BARS.sub("", line))
    shouted = _SHOUTED_KICKER.match(line)
    if shouted and _a_shouted_kicker(line, shouted):
        line = line[shouted.end() :]  # "FAIT DU JOUR Une patrouille avec …": a rubric in capitals
    line = _TRAILING_STAMP.sub("", _TRAILING_BADGE.sub("", line)).strip()
    # (and the page's day and time glued after it: "… vendredi 25 septembre 2020 - 09:24")
    stamp = glued_day_and_time(line)
    line = line[: len(line) - len(stamp)].strip() if stamp and len(stamp) < len(line) else line
    line = _TRAILING_CAPITALISED_BADGE.sub("", _TRAILING_BOX_LABEL.sub("", line))
    published = _GLUED_PUBLISHED.search(line)
    if published and DATE_EXPRESSION.search(published.group()):
        line = _without_breadcrumb(line[: published.start()])  # ("News Société Titre Publié le …")
    line = _GLUED_READING_TIME.sub("", line)
    line = _CUT_MARK_AFTER_A_QUESTION.sub("", line)  # ("… dans le nord de la Sarthe ?...")
    line = _LEADING_PROMPT.sub("", _GENRE_KICKER.sub("", line))  # ("Tout savoir sur : La mise à jour …")
    labelled = _LEADING_LABEL.match(line)
    if labelled and (clutter.is_section_label(labelled["label"]) or interface.is_ui(labelled["label"])):
        line = labelled["title"]  # "A la Une . Haute-Garonne : …": a rubric's label before a dot
    line = _without_area_kicker(line)
    run_in = _RUN_IN_KICKER.match(line)
    return _without_glued_kicker(run_in["title"] if run_in else line)


def _a_shouted_kicker(line: str, shouted: re.Match[str]) -> bool:
    if sum(c.isalpha() for c in shouted["kicker"]) < 8:
        return False
    if len(shouted["kicker"].split()) <= _SHOUTED_KICKER_WORDS:
        return True
    rest = line[shouted.end() :]
    return len(rest.split()) <= _HEADLINE_WORDS_UNDER_A_SHOUTED_TITLE and not re.search(r"[.!?]\s", rest)


def _without_glued_kicker(line: str) -> str:
    """A kicker styled apart and scraped with no space before the headline."""
    glued = _GLUED_KICKER.match(line) or _GLUED_KICKER_BEFORE_A_NUMBER.match(line)
    if glued is None:
        glued = _GLUED_RUBRIC.match(line)
        glued = glued if glued and glued["kicker"].lower() in clutter.SECTION_LABELS else None
    return glued.group("title") if glued else line


# A quotation run into the headline's capitalised start: "«Je t'aime petit frère» Une foule …".
_QUOTED_KICKER = re.compile(r"^(?P<kicker>«[^«»]{2,60}»)\s+(?P<title>[A-ZÀ-Ý]\S*(?:\s+\S+){4,})$")
# A rubric's noun before a title opening on a capitalised article, which inside a sentence only
# a name's article takes: "Sécheresse L'armée vole au secours des vaches" ("La Fontaine" is a name).
_NOUN_KICKER = re.compile(
    r"^(?P<kicker>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+)?)\s+"
    r"(?P<title>(?:(?:Le|La|Les)\s|L['’])[a-zà-ÿ]\S*(?:\s+\S+){3,})$"
)
# A section's name before a title opening on a number or another determiner: "Justice Quatre
# viticulteurs condamnés …" (only a rubric's word: a name may go on with any capital).
_RUBRIC_BEFORE_A_DETERMINER = re.compile(
    r"^(?P<kicker>[A-ZÀ-Ý][a-zà-ÿ-]+)\s+(?P<title>(?:Un|Une|Des|Deux|Trois|Quatre|Cinq|Six|Sept|Huit|Neuf|Dix"
    r"|Plusieurs|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|\d+)\s(?:\S+\s+){3,}\S+)$"
)
# A name before a title opening on a capitalised determiner, which no sentence writes after a
# name: "Val d'Anniviers Un choc avec un câble …" (a place's kicker, when the lead names it).
_NAME_BEFORE_A_DETERMINER = re.compile(
    r"^(?P<kicker>[A-ZÀ-Ý][\w'’-]+(?:\s(?:d['’]|de\s|du\s|des\s)?[A-ZÀ-Ý][\w'’-]+){0,3})\s+"
    r"(?P<title>(?:Un|Une|Des|Deux|Trois|Quatre|Cinq|Six|Sept|Huit|Neuf|Dix|Plusieurs|\d+)\s(?:\S+\s+){3,}\S+)$"
)


def _the_lead_names(kicker: str, title: str, lead: str) -> bool:
    """Whether the lead names the kicker alone, not run on into the title's first word as one
    name ("Kim Jong Un fait …" over a lead naming "Kim Jong Un")."""
    key, whole = f" {fold(lead)} ", fold(f"{kicker} {title.split()[0]}")
    return f" {fold(kicker)} " in key and f" {whole} " not in key


# (words that open a sentence, not a rubric: "Avec la poste …", "Quand le maire …")
_NO_KICKER = frozenset(
    """avec pour dans sans chez entre après avant depuis selon quand comment pourquoi où et mais si
    comme contre vers sur sous par en à au aux du des de ce voici voilà face malgré dès lorsque
    puisque alors ainsi enfin""".split()
)


def without_glued_kicker(headline: str, folded_lines: Sequence[str], lead: str = "") -> str:
    """ "Vaud: Justicier interpellé" is a kicker and a title when the page also prints them
    glued ("VaudJusticier interpellé"): the kicker was styled apart, the title is the rest.
    A quotation run into the headline's capitalised start is a kicker too."""
    quoted = _QUOTED_KICKER.match(headline) or _NOUN_KICKER.match(headline)
    if quoted is not None and quoted["kicker"].split()[0].lower() not in _NO_KICKER:
        return quoted.group("title")
    counted = _RUBRIC_BEFORE_A_DETERMINER.match(headline)
    if counted is not None and clutter.is_section_label(counted["kicker"]):
        return counted["title"]  # "Justice Quatre viticulteurs condamnés …"
    named = _NAME_BEFORE_A_DETERMINER.match(headline)
    if named is not None and _the_lead_names(named["kicker"], named["title"], lead):
        return named["title"]  # "Val d'Anniviers Un choc avec un câble …", the valley in the lead
    pathed = _RUBRIC_PATH_BEFORE_A_QUOTE.match(headline)
    if pathed is not None and clutter.is_section_label(pathed["rubric"]):
        return pathed["title"]  # "Justice - Tribunal correctionnel « Le vieux, il est vénère… »"
    match = KICKER.match(headline)
    if match is None:
        return headline
    glued = fold(match.group("kicker") + match.group("title")).replace(" ", "")
    if any(line.replace(" ", "") == glued for line in folded_lines):
        return match.group("title")
    return headline


_RUBRIC_WORDS = 3
# A rubric's path glued before a quoted headline: "Justice - Tribunal correctionnel « … »".
_RUBRIC_PATH_BEFORE_A_QUOTE = re.compile(
    r"^(?P<rubric>[A-ZÀ-Ý][\w'’]+(?: [\w'’]+)?)\s[-–—>/]\s[A-ZÀ-Ý][^«»\-–—]{2,40}?\s"
    r"(?P<title>«[^«»]{5,}»)\s*$"
)


def without_spaced_rubric(headline: str, lines: Sequence[str]) -> str:
    """ "Super League Servette pour …": a rubric the page prints with a full stop before other
    titles ("Super League. Servette décroche …"), here apart from the headline by a space."""
    words = headline.split()
    for count in range(1, min(_RUBRIC_WORDS, len(words) - 4) + 1):
        if not all(word[:1].isupper() for word in words[: count + 1]):
            break
        dotted = " ".join(words[:count]) + ". "
        if any(line.startswith(dotted) and line[len(dotted) : len(dotted) + 1].isupper() for line in lines):
            return " ".join(words[count:])
    return headline
