"""Pick the headline out of the lines at the top of a scraped page."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from index.outlets import known_outlets
from index.page import clutter, credits, interface
from index.page.date_lines import date_candidates
from index.page.headline_fallbacks import headline_without_candidates
from index.page.headline_glue import clean_candidate, without_glued_kicker, without_spaced_rubric
from index.page.headline_shape import could_be_headline, is_a_body_s_name, is_long_menu, is_menu
from index.page.outlet_lines import outlet_named_by
from index.page.prose import is_all_caps
from index.text import fold

# "Title | Site", "Title - Le Site": a page's title, or a picture's alt text, signed by a site.
# ("Title |SITE": a bar glued to a capitalised site's name counts too.)
TITLE_SITE_SUFFIX = re.compile(
    r"^(?P<title>.{12,}?)(?:\s+[|–—-]\s+|\s+\|(?=[A-ZÀ-Ý]))(?P<site>(?:(?!\s[|–—-]\s)[^|–—]){2,40})$"
)


def find_headline(
    header: Sequence[str], lead: str = "", file_name: str = "", page_lines: Sequence[str] = ()
) -> str | None:
    """The headline among the lines above the body, or None: every line shaped like one
    (a few words, not a label, menu, breadcrumb, caption, byline, sentence or site name)
    is scored, and the best wins, the earliest on a tie.

    What counts: the page repeating the line (title, og:title, h1, a caption of the lead
    picture), its length (kickers and rubrics are short), the words it shares with the
    article's first paragraph, how early it comes, and the file's name (a browser saves a page
    under its title: "Quimper piétonnise son centre - Le Télégramme.txt"). The whole page's
    lines tell a rubric the site prints before other titles."""
    cleaned = [clean_candidate(line) for line in header]
    # Cleaning takes a caption's credit off ("… au Luxembourg ©Radio France - Prénom Nom"):
    # the caption's copies count for less, as a picture's legend may be the headline again.
    credited = {
        fold(clean) for clean, line in zip(cleaned, header, strict=True) if credits.is_captioned(line)
    }
    page = _Page(cleaned, _content_words(lead), _content_words(file_name), credited)
    page.lead, page.lead_key = lead, fold(lead).strip()
    page.dated = _over_the_publication_date(header, page_lines)
    page.live = sum(1 for line in page_lines if LIVE_ENTRY_TIME.fullmatch(line.strip())) >= 2
    best: tuple[float, int, str] | None = None
    first = next((i for i, c in enumerate(cleaned) if could_be_headline(c, first=True)), None)
    candidates = (
        (i, c)
        for i, c in enumerate(cleaned)
        if (i == first or could_be_headline(c)) and not _furniture_s_rest(header[i], c)
    )
    for rank, (index, line) in enumerate(candidates):
        score = page.score(index, rank)
        if score is not None and (best is None or score > best[0]):
            best = (score, index, line)
    if best is None:
        return headline_without_candidates(cleaned, lead)
    best = _its_fuller_copy(best, cleaned)
    headline = without_glued_kicker(best[2].strip(), page.folded, lead)
    return without_spaced_rubric(headline, page_lines) if headline == best[2].strip() else headline


def _its_fuller_copy(best: tuple[float, int, str], cleaned: Sequence[str]) -> tuple[float, int, str]:
    """The headline printed again below with its second part after a colon or a dash
    ("Attentats des 7 et 9 janvier" / "Attentats des 7 et 9 janvier : Quel islamisme ? …"):
    the short copy is a path's or a menu's, the full one the headline."""
    short = best[2].strip()
    for index in range(best[1] + 1, len(cleaned)):
        line = cleaned[index].strip()
        rest = line[len(short) :] if line.startswith(short) else ""
        if re.match(r"\s*[:–—-]\s+\S", rest) and could_be_headline(line):
            return (best[0], index, line)
    return best


def _furniture_s_rest(line: str, cleaned: str) -> bool:
    """What cleaning left of a line of furniture once it took its start off as a kicker: "Un
    Air ARTISTE" of a radio's "En ce moment Un Air ARTISTE" (a title with a badge glued after
    it, "… Contenu réservé aux abonnés", keeps its start, and is the title)."""
    return interface.is_ui(line) and not line.strip().startswith(cleaned.strip())


def _over_the_publication_date(header: Sequence[str], page_lines: Sequence[str]) -> set[int]:
    """The header's lines the page prints right over its publication line ("EN DIRECT - …" /
    "Publié le 9 juillet 2023 à 8h35, mis à jour …"): where a headline stands, not a teaser."""
    first_at: dict[str, int] = {}
    for at, page_line in enumerate(page_lines):
        first_at.setdefault(page_line, at)  # (read once: a long page has thousands of lines)
    dated: set[int] = set()
    for index, line in enumerate(header):
        found = first_at.get(line)
        below = page_lines[found + 1] if found is not None and found + 1 < len(page_lines) else ""
        if _PUBLISHED.match(below) or _a_day_and_its_byline(below):
            dated.add(index)
    return dated


def _a_day_and_its_byline(line: str) -> bool:
    """A date line without its label, its author or readers' count beside it: "mercredi 16
    juin 2010 | Léa" (no sentence: a teaser's excerpt holds more words)."""
    return len(line.split()) <= _DAY_LINE_WORDS and bool(date_candidates(line))


_DAY_LINE_WORDS = 10


# (a list may print it as a bullet: "• Publié le 14 avril 2020 à 17:29")
_PUBLISHED = re.compile(r"^[\s•·*-]*(?i:publié|mis en ligne|paru)\b")


class _Page:
    """The header's lines, read once, and the score of each candidate among them."""

    def __init__(
        self, cleaned: list[str], lead_words: set[str], name_words: set[str], credited: set[str]
    ) -> None:
        folded = [fold(line) for line in cleaned]
        self.cleaned, self.folded, self.lead_words = cleaned, folded, lead_words
        self.name_words, self.credited = name_words, credited
        self.counts = Counter(folded)
        # A caption printed again with its credit ("… 4 bâtisses Crédits : …") is no
        # repetition of a headline: it is the picture's alt text, then its legend.
        self.captions = [key for key, line in zip(folded, cleaned, strict=True) if credits.is_captioned(line)]
        # Two titles or more each over a cut excerpt ("Dépression saisonnière : …" / "Il pleut, il
        # fait froid…"): a list of other articles' cards above this one.
        cards = {i for i in range(len(cleaned) - 1) if clutter.is_truncated(cleaned[i + 1])}
        self.cards = cards if len(cards) >= 2 else set()
        self.lead = ""
        self.lead_key = ""
        self.dated: set[int] = set()
        self.live = False

    def score(self, index: int, rank: int) -> float | None:
        """The score of line `index`, the `rank`-th candidate; None for a caption's copy."""
        key, line = self.folded[index], self.cleaned[index]
        if any(caption.startswith(key) for caption in self.captions) or self._legend(index):
            return None
        if self._the_author_over_the_outlet(index):
            return None
        # A page prints its standfirst twice as often as its headline (the description
        # and the text), so a repeated line of a standfirst's length counts for less.
        words = len(_without_site_name(line).split())  # ("Grégory Doucet - LyonMag": two words)
        score = (3.0 if words <= _HEADLINE_WORDS else 1.5) * self._repeated(key) + _length_score(words)
        content = _content_words(line)
        score += 1.5 if len(content & self.lead_words) >= 2 else 0.0
        score += 3.0 if len(content) >= 3 and len(content & self.name_words) >= 0.7 * len(content) else 0.0
        score -= _CREDITED_CAPTION if key in self.credited else 0.0
        score -= _TEASER_CARD if index in self.cards else 0.0
        score -= _BODY_S_NAME if is_a_body_s_name(line) else 0.0
        # (the series' name the lead opens with in brackets: "[Cinq printemps et un bilan] Maire …")
        score -= _SERIES_NAME if self.lead_key.startswith(f"[{key}]") else 0.0
        # How early the line comes only parts near-ties: on a page that prints teasers of
        # other articles or a radio's stations above the article, the headline comes late.
        return score + self._neighbours(index, line) - _EARLIER * rank

    def _repeated(self, key: str) -> bool:
        """The same line again, or (4 words or more) inside a longer one, as when a kicker is
        glued to the headline's second copy; or a copy cut short, or holding a shorter one."""
        long_enough = len(key.split()) >= 4
        if self.counts[key] > 1 or (long_enough and any(key in other != key for other in self.folded)):
            return True
        return self._cut_copy(key) or self._holds_a_copy(key)

    def _neighbours(self, index: int, line: str) -> float:
        """What the lines around say: a caption ends with who it shows, a kicker is shouted
        over a headline or repeated by it, a headline is signed right below or sits under the
        page's path, a tagline sits over a menu."""
        score = -2.0 if _ENDS_WITH_A_NAME.search(line) else 0.0
        score -= 2.0 if self._shouted_over_a_headline(index, line) else 0.0
        score -= 1.5 if self._names_the_next_line_s_subject(index) else 0.0
        following = self.cleaned[index + 1] if index + 1 < len(self.cleaned) else ""
        score += 1.5 if following and clutter.is_byline(following) else 0.0
        score += 1.0 if index in self.dated else 0.0
        score -= _LIVE_ENTRY if self._under_a_live_entry_s_time(index) else 0.0
        # (under the page's path, a headline's length: "Ville de Lévis" there is a kicker)
        # (not a menu's next line: "Annonces Classées Maison à vendre Concours …" under "Accueil …")
        under_the_path = (
            index
            and clutter.is_breadcrumb(self.cleaned[index - 1])
            and len(line.split()) >= 5
            and not is_menu(line.split(), share=_MENU_UNDER_THE_PATH)
        )
        score += 2.0 if under_the_path else 0.0
        score -= 1.0 if is_long_menu(following) else 0.0
        score -= 2.0 if self._legend_over_its_credit(index, following) else 0.0
        score -= 2.0 if self._picture_s_title(index, following) else 0.0
        score -= 3.0 if self._named_by_its_tagline(index) else 0.0
        score -= 2.0 if self._answered_below(index, line) or self._quoted_over_a_title(index, line) else 0.0
        score += 2.0 if self._quoted_over_its_standfirst(index, line) else 0.0
        return score

    def _under_a_live_entry_s_time(self, index: int) -> bool:
        """On a live page (times alone on their lines, twice or more), the line under a time
        ("• 19h45" / "L'anecdote : …") is an entry's title, not the page's headline."""
        return self.live and index > 0 and bool(LIVE_ENTRY_TIME.fullmatch(self.cleaned[index - 1].strip()))

    def _the_author_over_the_outlet(self, index: int) -> bool:
        """A name of two or three words next to the outlet's name alone ("Léa Roy" / "Le Soleil"
        / "Léa Roy") or printed twice in a row: the byline's author, no headline."""
        line = self.cleaned[index]
        if not _AUTHOR_S_NAME.match(line.strip()):
            return False
        around = self.cleaned[max(0, index - 1) : index] + self.cleaned[index + 1 : index + 2]
        if line.strip() in (other.strip() for other in around):
            return True  # ("Léa Roy" / "Léa Roy": the author's picture's alt text, then the link)
        return any(outlet_named_by(other) is not None and len(other.split()) <= 4 for other in around)

    def _legend_over_its_credit(self, index: int, following: str) -> bool:
        """A line over a picture's credit, with a title of a headline's length under the credit
        ("Grève TCL station métro A" / "© Prénom Nom" / "Lyon - TCL : les perturbations …"):
        the picture's legend or alt text, printed before the headline."""
        if not following or not credits.is_credit_line(following):
            return False
        # (not the picture's own title over its legend: "Attaques … : Dabou après les combats" /
        # "Jeudi 16 août 2012. Dabou. La patrouille …")
        return any(
            could_be_headline(line)
            and 5 <= len(line.split()) <= _HEADLINE_WORDS
            and not clutter.ends_sentence(line)
            and not credits.is_captioned(self.cleaned[at + 1] if at + 1 < len(self.cleaned) else "")
            for at, line in enumerate(self.cleaned[index + 2 : index + 6], index + 2)
        )

    def _picture_s_title(self, index: int, following: str) -> bool:
        """A line between a picture's credit and its legend ("© AFP" / "Attaques … : Dabou après
        les combats" / "Jeudi 16 août 2012. Dabou. La patrouille …"): the picture's title."""
        above = self.cleaned[index - 1] if index > 0 else ""
        return credits.is_credit_line(above) and credits.is_captioned(following)

    def _quoted_over_its_standfirst(self, index: int, line: str) -> bool:
        """A quotation alone over a line longer than a title's, with no full stop: the quoted
        headline over its standfirst."""
        below = self.cleaned[index + 1] if index + 1 < len(self.cleaned) else ""
        return (
            bool(_QUOTE_ALONE.match(line.strip())) and _QUOTED_KICKER_TITLE_WORDS < len(below.split()) <= 40
        )

    def _quoted_over_a_title(self, index: int, line: str) -> bool:
        """A quotation alone in guillemets over a title of a headline's length, with no full stop
        ("«On demande pardon aux supporters»" over "7 buts encaissés: une première …"): the
        quote is the kicker. (A quoted headline has its standfirst below, a sentence.)"""
        below = self.cleaned[index + 1] if index + 1 < len(self.cleaned) else ""
        return (
            bool(_QUOTE_ALONE.match(line.strip()))
            and could_be_headline(below)
            and not clutter.ends_sentence(below)
            and 5 <= len(below.split()) <= _QUOTED_KICKER_TITLE_WORDS
        )

    def _answered_below(self, index: int, line: str) -> bool:
        """An interview's question, that the line below answers in the first person ("Que
        pensez-vous de notre région ?" over "Je viens de la pointe du Finistère, …")."""
        below = self.cleaned[index + 1] if index + 1 < len(self.cleaned) else self.lead
        return line.rstrip().endswith("?") and bool(_FIRST_PERSON_ANSWER.match(below.strip()))

    def _named_by_its_tagline(self, index: int) -> bool:
        """The site's name on the page's first line, that its tagline names again ("Le Club
        Rugby" / "Infos et résultats. Le rugby par Le Club Rugby.")."""
        key = self.folded[index]
        if index != 0 or len(key.split()) > 4:
            return False
        taglines = [
            f for f, c in zip(self.folded[1:4], self.cleaned[1:4], strict=False) if clutter.ends_sentence(c)
        ]
        return any(f" {key}" in f" {tagline}" for tagline in taglines)

    def _legend(self, index: int) -> bool:
        """A picture's legend, between the headline and the picture's credit ("©Photo
        gracieuseté - …"); a headline right over the credit is the article's, not the picture's."""
        below = self.cleaned[index + 1] if index + 1 < len(self.cleaned) else ""
        # (The headline may be a reading time's or a share bar's line higher: "4 min.")
        above = next((line for line in reversed(self.cleaned[:index]) if not interface.is_ui(line)), "")
        # (Over "icon journal", a logo's alt text, the line is the headline.)
        return credits.is_credit_line(below) and could_be_headline(above) and len(above.split()) >= 3

    def _shouted_over_a_headline(self, index: int, line: str) -> bool:
        """A kicker in capitals ("TRIBUNAL JUDICIAIRE DE THIONVILLE") over a headline in
        sentence case, one or two lines below."""
        below = self.cleaned[index + 1 : index + 3]
        # (not over a standfirst's length: "ÉLYSÉE LES CONSEILLERS … S'ÉCLIPSENT" / "Pris dans …, le
        # premier cercle aspire à une vie normale", 24 words, is the headline in capitals)
        return is_all_caps(line) and any(
            not is_all_caps(b) and could_be_headline(b) and len(b.split()) <= _HEADLINE_WORDS for b in below
        )

    def _names_the_next_line_s_subject(self, index: int) -> bool:
        """A rubric of a few words that the line below repeats inside itself ("Ligue 1
        Mobilis" over "Résultats de la 2e journée de Ligue 1 Mobilis : …"): its kicker."""
        key = self.folded[index]
        below = self.folded[index + 1] if index + 1 < len(self.folded) else ""
        return len(key.split()) <= 5 and len(below) >= 2 * len(key) and f" {key} " in f" {below} "

    def _holds_a_copy(self, key: str) -> bool:
        """The page prints the line's start again on its own (4 words or more): "Title : sub"
        and then "Title", as a menu or an image's alt text shows a title without its end."""
        return any(
            len(other.split()) >= 4 and key.startswith(other + " ") and not other.endswith(".")
            for other in self.folded
            if other != key
        )  # (a caption's copy ends with its full stop: "X, ministre de la Santé." / "… - Belga")

    def _cut_copy(self, key: str) -> bool:
        """A copy cut short by the page, at a breadcrumb's end ("Home Politique Le titre du…")."""
        start = " ".join(key.split()[:5])
        return len(key.split()) > 5 and any(
            start in other and other.rstrip().endswith(("...", "…")) for other in self.folded
        )


# (An answer opens on "je", "nous", a yes or a no: a headline's question is answered by a
# report, in the third person.)
_FIRST_PERSON_ANSWER = re.compile(
    r"^(?:je|j['’]|nous|oui|non|effectivement|absolument|bien sûr|tout à fait|c['’]est vrai)\b", re.IGNORECASE
)
_AUTHOR_S_NAME = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}$")
_MENU_UNDER_THE_PATH = 0.7  # a share of capitalised words that a sentence-case headline rarely has
_CREDITED_CAPTION = 3.0
_SERIES_NAME = 3.0
_TEASER_CARD = 2.0
_BODY_S_NAME = 3.0
_EARLIER = 0.05
_LIVE_ENTRY = 3.0
# A live entry's time alone on its line, maybe bulleted: "• 19h45", "12h19", "11:40".
LIVE_ENTRY_TIME = re.compile(r"[•·*-]?\s*\d{1,2}\s?(?:h\s?\d{2}|:\d{2})")


def _without_site_name(line: str) -> str:
    """The line without a site's name after a dash: a page's title, or a picture's alt text
    ("Grégory Doucet - LyonMag")."""
    match = TITLE_SITE_SUFFIX.match(line)
    if match is None:
        return line
    site = match["site"].strip()
    # (Unknown sites count too when name-shaped: "LyonMag", "Le Journal de X" is too long.)
    if known_outlets().named(site) is None and not (len(site.split()) <= 2 and site[:1].isupper()):
        return line
    return match["title"]


_HEADLINE_WORDS = 18


def _length_score(words: int) -> float:
    """Headlines run about 5 to 18 words; kickers and rubrics are shorter, standfirsts longer."""
    if 5 <= words <= _HEADLINE_WORDS:
        return 2.0
    if words == 4:
        return 1.5
    return 0.5 if words == 3 or 19 <= words <= 30 else -1.0


# "Le ministre de l'Environnement, Benoit Charette": a caption ends with the person it shows.
_ENDS_WITH_A_NAME = re.compile(r",\s+(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+\.?$")
# A quotation styled above the headline, which the scrape runs into it: "«Je t'aime petit
# frère» Une foule a rendu hommage à Marvin". In a sentence a closing guillemet is followed
# by a lower-case word or punctuation ("«Ça fonctionne» d'après le préfet").
# A title under a quoted kicker is short; a line of more words under a quotation is the quoted
# headline's standfirst without its full stop ("«Ils ont tous eu les bons gestes»" over "L'équipe
# prise dans une avalanche mortelle samedi … était de sortie avec le club alpin").
_QUOTED_KICKER_TITLE_WORDS = 12
_QUOTE_ALONE = re.compile(r"^«[^«»]{2,100}»$")


def _content_words(text: str) -> set[str]:
    """Words of five letters or more, by their first five ("ministre" and "ministres",
    "limogés" and "limogeage"): a crude stem, enough to see two lines share a subject."""
    return {word[:5] for word in re.split(r"[\W_]+", fold(text)) if len(word) >= 5}


def holds_the_headline(line: str, headline: str) -> bool:
    """The headline's line: the headline itself, after its kicker of a few words ("Sud Alsace
    Coup de foudre, …"), or before its site's name ("… - Les Echos")."""
    if fold(line) == fold(headline) or fold(clean_candidate(line)) == fold(headline):
        return True  # (as printed, or with its glued badge or date stamp)
    line, headline = " ".join(line.split()), " ".join(headline.split())
    if len(line.split()) - len(headline.split()) > 4:
        return False
    signed = TITLE_SITE_SUFFIX.match(line)
    return line.endswith(" " + headline) or (signed is not None and signed["title"] == headline)
