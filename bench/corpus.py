"""Generate a realistic corpus of N article files in the seeds' shape, for benchmarks."""

from __future__ import annotations

import argparse
import random
import re
import shutil
from datetime import datetime, timedelta
from pathlib import Path

from index.page.parse import parse_article
from index.page.textfile import read_text

ROOT = Path(__file__).resolve().parent.parent
SITES = [
    "Le Quotidien",
    "Lagazette",
    "Dagens.fr",
    "watson",
    "L'Observateur",
    "Ouest-Matin",
    "La Tribune du Nord",
    "lepoint-du-jour.fr",
    "Le Courrier",
    "Nouvelles d'Asie",
    "Le Temps Libre",
    "Actu24.ch",
    "Le Soir Express",
]
SECTIONS = ["International", "Monde", "Politique", "Économie", "Asie", "Europe", ""]
PEOPLE = [
    "Kim Jong Un",
    "Vladimir Poutine",
    "Sergueï Lavrov",
    "Xi Jinping",
    "Emmanuel Macron",
    "Olaf Scholz",
    "Volodymyr Zelensky",
    "Antony Blinken",
    "Fumio Kishida",
    "Yoon Suk-yeol",
    "Narendra Modi",
    "Recep Tayyip Erdogan",
    "Giorgia Meloni",
    "Pedro Sánchez",
    "Ursula von der Leyen",
    "Christine Lagarde",
    "Antonio Guterres",
]
PLACES = [
    "Pyongyang",
    "Moscou",
    "Pékin",
    "Séoul",
    "Tokyo",
    "Kyiv",
    "Washington",
    "Berlin",
    "Paris",
    "Ankara",
    "New Delhi",
    "Rome",
    "Madrid",
    "Bruxelles",
    "Genève",
    "Vladivostok",
    "Wonsan",
    "Koursk",
    "Odessa",
    "Taipei",
]
CLUTTER = [
    "Partager:",
    "Lire aussi",
    "Loading...",
    "Publicité",
    "👉 Suivez notre direct 👈",
    "3",
    "Ads by Xyz",
]
FOOTERS = [
    "Ceci pourrait également vous intéresser:",
    "12 commentaires",
    "Sur le même sujet",
    "L'info de A à Z Voir Plus",
]
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def _seed_material() -> tuple[list[str], list[str]]:
    paragraphs: list[str] = []
    titles: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        article = parse_article(read_text(path.read_bytes()), path)
        # A wire signature would end the generated article early: keep it out of the middle.
        paragraphs.extend(
            re.sub(r"\s*\([a-z/]{2,12}\)$", "", p) for p in article.body.split("\n\n") if len(p.split()) >= 12
        )
        titles.append(article.title)
    return paragraphs, titles


def _date_line(rng: random.Random, when: datetime) -> str:
    month = MONTHS[when.month - 1]
    forms = [
        f"{when:%d.%m.%Y, %H:%M}",
        f"Publié le {when.day} {month} {when.year} à {when:%Hh%M}",
        f"{when.day} {month.capitalize()} {when.year} {when:%H:%M} (UTC+01:00)",
        f"{when:%Y-%m-%dT%H:%M:00+02:00}",
        f"Mis à jour le {when:%d/%m/%Y à %H:%M}",
        "",  # some pages carry no date
    ]
    return rng.choice(forms)


def _swap_names(text: str, rng: random.Random) -> str:
    person, place = rng.choice(PEOPLE), rng.choice(PLACES)
    text = re.sub(r"Kim Jong[- ]?[Uu]n|Vladimir Poutine", person, text)
    return re.sub(r"\bPyongyang\b|\bMoscou\b", place, text)


_WORD = re.compile(r"[^\W\d_]+")
_ONSETS = "b c d f g l m n p r s t v ch tr pl gr br qu".split()
_VOWELS = ["a", "e", "i", "o", "u", "é", "ou", "ai", "an", "on", "in", "eu"]
_SUFFIXES = ["", "", "tion", "isme", "ique", "eur", "ement", "ance", "ité", "ois", "ier", "ette", "ade"]
_PLACE_ENDINGS = ["", "", "ie", "ville", "bourg", "stan", "ka", "ia", "grad", "pur"]


class _Lexicon:
    """Pseudo-French words and names drawn with a skewed (Zipf-like) frequency, as real
    vocabularies are: a few recur everywhere, most are rare."""

    def __init__(self, rng: random.Random, words: int = 40_000, names: int = 8_000) -> None:
        self._rng = rng
        self.words = sorted({self._word(1, 3) + rng.choice(_SUFFIXES) for _ in range(words)})
        rng.shuffle(self.words)
        endings = _PLACE_ENDINGS
        self.names = sorted({(self._word(2, 3) + rng.choice(endings)).capitalize() for _ in range(names)})
        rng.shuffle(self.names)

    def _word(self, low: int, high: int) -> str:
        return "".join(
            self._rng.choice(_ONSETS) + self._rng.choice(_VOWELS) for _ in range(self._rng.randint(low, high))
        )

    def pick(self, pool: list[str]) -> str:
        return pool[int(len(pool) * self._rng.random() ** 3)]


class _Story:
    """One news story: its own paragraphs, names and topic words, and a time around which
    its articles appear."""

    def __init__(self, rng: random.Random, lexicon: _Lexicon, material: _Material, followed: bool) -> None:
        self.followed = followed
        self.paragraphs = rng.sample(range(len(material.paragraphs)), min(14, len(material.paragraphs)))
        self.center = datetime(2019, 1, 1) + timedelta(days=rng.randrange(0, 6 * 365))
        self.words: dict[str, str] = {}
        self._cache: dict[int, str] = {}
        if not followed:
            # Every proper noun becomes a name of this story; a long common word, half the time,
            # a topic word of its own: so the seeds' vocabulary is not in every article.
            self.words = {word: lexicon.pick(lexicon.names) for word in material.proper_nouns}
            self.words |= {w: lexicon.pick(lexicon.words) for w in material.topic_words if rng.random() < 0.5}

    def rewrite(self, text: str) -> str:
        if not self.words:
            return text
        return _WORD.sub(lambda m: self.words.get(m.group(), m.group()), text)

    def paragraph(self, index: int) -> str:
        if index not in self._cache:
            self._cache[index] = self.rewrite(seed_material().paragraphs[index])
        return self._cache[index]


class _Material:
    """The seeds' paragraphs and titles, with the words that name things or carry a topic."""

    def __init__(self) -> None:
        self.paragraphs, self.titles = _seed_material()
        text = "\n".join(self.paragraphs + self.titles)
        lower = {w for w in _WORD.findall(text) if w.islower()}
        # Capitalised words never written in lower case are names (Corée, Lavrov, Kremlin).
        self.proper_nouns = sorted(
            {w for w in _WORD.findall(text) if len(w) > 2 and w[0].isupper() and w.lower() not in lower}
        )
        self.topic_words = sorted(w for w in lower if len(w) >= 6)


_material: _Material | None = None


def seed_material() -> _Material:
    """The seeds' material, built once."""
    global _material
    if _material is None:
        _material = _Material()
    return _material


def make_article(rng: random.Random, story: _Story, number: int) -> str:
    material = seed_material()
    if story.followed:  # the user's own story spans the years, with its usual cast
        when = datetime(2019, 1, 1) + timedelta(minutes=rng.randrange(0, 6 * 365 * 24 * 60))
        title = _swap_names(rng.choice(material.titles), rng)
        body = [
            _swap_names(material.paragraphs[i], rng) for i in rng.sample(story.paragraphs, rng.randint(4, 9))
        ]
    else:
        when = story.center + timedelta(minutes=int(rng.gauss(0, 12 * 24 * 60)))
        title = story.rewrite(rng.choice(material.titles))
        body = [story.paragraph(i) for i in rng.sample(story.paragraphs, rng.randint(4, 9))]
    site = rng.choice(SITES)
    section = rng.choice(SECTIONS)
    title = f"{title.rstrip('.')} ({number})"
    lines = [site, section, title, title if rng.random() < 0.4 else "", _date_line(rng, when), ""]
    for paragraph in body:
        lines += [paragraph, ""]
        if rng.random() < 0.15:
            lines += [rng.choice(CLUTTER), ""]
    if rng.random() < 0.5:
        lines += [rng.choice(FOOTERS), body[0]]
    return "\n".join(lines)


def generate(folder: Path, count: int, seed: int = 1, followed_share: float = 0.1) -> Path:
    """Write `count` articles under `folder` (100 per subfolder), unless this function already
    filled it with the same parameters.

    A tenth of the articles follow the seeds' story (Korea, Russia) with its names; the rest
    belong to ~count/12 other stories of uneven size, each the seeds' paragraphs with its own
    names and topic words, so that term and entity frequencies spread as in a real library."""
    marker = folder / ".generated"
    made_by = f"stories v1, seed {seed}, {count} articles, followed share {followed_share}"
    if marker.exists():
        if marker.read_text() == made_by:
            return folder
        shutil.rmtree(folder)  # made here with other parameters: stale files would be mixed in
    elif folder.exists() and any(folder.iterdir()):
        raise SystemExit(f"{folder} is not empty and was not made by bench.corpus: choose another folder")
    rng = random.Random(seed)
    lexicon = _Lexicon(random.Random(seed + 1))
    material = seed_material()
    followed = _Story(rng, lexicon, material, followed=True)
    followed.paragraphs = list(range(len(material.paragraphs)))
    stories: dict[int, _Story] = {}
    story_count = max(1, count // 12)
    for number in range(count):
        if rng.random() < followed_share:
            story = followed
        else:
            key = int(story_count * rng.random() ** 1.5)
            story = stories.get(key) or stories.setdefault(
                key, _Story(rng, lexicon, material, followed=False)
            )
        text = make_article(rng, story, number)
        path = folder / f"{number // 100:04d}" / f"article_{number:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    marker.write_text(made_by)
    return folder


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("count", type=int)
    args = parser.parse_args()
    generate(args.folder, args.count)
    print(f"{args.count} articles in {args.folder}")
