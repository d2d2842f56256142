"""Generate a realistic corpus of N article files in the seeds' shape, for benchmarks."""

from __future__ import annotations

import argparse
import random
import re
from datetime import datetime, timedelta
from pathlib import Path

from index.parse import parse_article
from index.textfile import read_text

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


def make_article(rng: random.Random, paragraphs: list[str], titles: list[str], number: int) -> str:
    when = datetime(2019, 1, 1) + timedelta(minutes=rng.randrange(0, 6 * 365 * 24 * 60))
    site = rng.choice(SITES)
    section = rng.choice(SECTIONS)
    title = _swap_names(rng.choice(titles), rng)
    title = f"{title.rstrip('.')} ({number})"
    body = [_swap_names(p, rng) for p in rng.sample(paragraphs, rng.randint(4, 9))]
    lines = [site, section, title, title if rng.random() < 0.4 else "", _date_line(rng, when), ""]
    for paragraph in body:
        lines += [paragraph, ""]
        if rng.random() < 0.15:
            lines += [rng.choice(CLUTTER), ""]
    if rng.random() < 0.5:
        lines += [rng.choice(FOOTERS), _swap_names(rng.choice(paragraphs), rng)]
    return "\n".join(line for line in lines if line is not None)


def generate(folder: Path, count: int, seed: int = 1) -> Path:
    """Write `count` articles under `folder` (100 per subfolder); existing files are kept."""
    rng = random.Random(seed)
    paragraphs, titles = _seed_material()
    for number in range(count):
        path = folder / f"{number // 100:04d}" / f"article_{number:06d}.txt"
        text = make_article(rng, paragraphs, titles, number)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return folder


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("count", type=int)
    args = parser.parse_args()
    generate(args.folder, args.count)
    print(f"{args.count} articles in {args.folder}")
