"""A small invented corpus of other shapes than the seeds, written into a temporary folder."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "monde/seisme.txt": """Le Quotidien
Monde > Asie
Séisme au Japon : les secours à pied d'œuvre à Noto
Publié le 2 janvier 2024 à 08h15

Les secouristes japonais fouillent les décombres de la péninsule de Noto, où un séisme de magnitude 7,5 a frappé la côte le jour de l'an.

Le Premier ministre Fumio Kishida a promis une aide d'urgence aux sinistrés de la préfecture d'Ishikawa.
""",
    "monde/coree.txt": """Le Quotidien
International
La Corée du Nord tire un missile balistique vers la mer du Japon
Publié le 14 juin 2023 à 07h02

Pyongyang a tiré mercredi un missile balistique, a annoncé l'état-major sud-coréen, une semaine après l'échec du lancement d'un satellite espion.

Les impérialistes américains sont une nouvelle fois dénoncés par l'agence officielle KCNA.
""",
    "eco/bce.txt": """L'Économiste
La BCE relève encore ses taux directeurs
12.09.2023, 14:30

La Banque centrale européenne a relevé ses taux pour la dixième fois consécutive, afin de lutter contre une inflation toujours trop élevée en zone euro.

Christine Lagarde n'exclut pas de nouvelles hausses si l'inflation ne recule pas.
""",
    "eco/inflation.md": """---
title: L'inflation ralentit en France
source: Le Temps
date: 2023-12-29
---

L'inflation a ralenti en décembre en France, à 3,7 % sur un an, selon l'Insee, grâce à la baisse des prix de l'énergie.

Les prix de l'alimentation restent toutefois en forte hausse, ce qui pèse sur le pouvoir d'achat des ménages.
""",
    "sport/rugby.txt": """Partager:

TOULOUSE - Le Stade toulousain a remporté samedi son vingt-deuxième titre de champion de France en battant Bordeaux-Bègles en finale.

Antoine Dupont, élu meilleur joueur de la finale, a soulevé le bouclier de Brennus devant quatre-vingt mille spectateurs.
""",
}


def write_corpus(folder: Path) -> Path:
    for name, text in ARTICLES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


# Other subjects, to mix with the seeds: each topic has its own people, places and words, and
# a few borrow a word of the seeds' story ("Russie", "Corée") without being about it.
_TOPICS = {
    "sport": (
        "{team} bat {rival} et prend la tête du championnat",
        [
            "{team} s'est imposé {score} face à {rival} samedi soir, devant un stade comble à {city}.",
            "L'entraîneur {person} a salué la solidarité de ses joueurs après une saison difficile.",
            "Le prochain match aura lieu dans deux semaines contre une équipe venue de {country}.",
        ],
    ),
    "meteo": (
        "Canicule : {city} suffoque sous {score} degrés",
        [
            "Les températures ont atteint des records à {city}, où les services de secours sont en alerte.",
            "Météo-France prévoit une baisse des températures en fin de semaine, selon {person}.",
            "Les agriculteurs de la région redoutent une sécheresse comparable à celle de {country}.",
        ],
    ),
    "culture": (
        "Le festival de {city} célèbre le cinéma de {country}",
        [
            "Le réalisateur {person} présente son nouveau film en compétition officielle cette année.",
            "Plus de {score} mille spectateurs sont attendus dans les salles de {city} jusqu'à dimanche.",
            "Le jury, présidé par une actrice venue de {country}, rendra son verdict samedi.",
        ],
    ),
    "economie": (
        "Les exportations de {country} reculent de {score} %",
        [
            "Le ministère de l'Économie de {country} a publié mardi des chiffres décevants pour le trimestre.",
            "Selon l'économiste {person}, la baisse de la demande mondiale pèse sur l'industrie de {city}.",
            "Les marchés financiers ont réagi avec prudence à l'annonce, en attendant la banque centrale.",
        ],
    ),
    "science": (
        "Une équipe de {city} découvre une nouvelle espèce de poisson",
        [
            "Les chercheurs dirigés par {person} ont identifié l'animal à {score} mètres de profondeur.",
            "La découverte, publiée dans une revue scientifique, intrigue les biologistes de {country}.",
            "L'expédition reprendra l'an prochain avec un sous-marin plus moderne.",
        ],
    ),
    "tech": (
        "{company} dévoile un téléphone pliable à {city}",
        [
            "Le patron de {company}, {person}, a présenté l'appareil lors d'une conférence à {city}.",
            "Le téléphone sera vendu {score}0 euros en Europe et en {country} dès le mois prochain.",
            "Les analystes doutent toutefois de son succès face à la concurrence.",
        ],
    ),
}
_PEOPLE = [
    "Marie Dubois",
    "Jean-Pierre Martin",
    "Sofia Rossi",
    "Lars Andersen",
    "Amina Diallo",
    "Tomás Ortega",
]
_CITIES = ["Lyon", "Marseille", "Bordeaux", "Nantes", "Lille", "Strasbourg", "Toulouse", "Rennes"]
_COUNTRIES = ["Espagne", "Italie", "Brésil", "Canada", "Suède", "Maroc", "Corée du Sud", "Russie"]
_TEAMS = ["l'Olympique lyonnais", "le FC Nantes", "le RC Lens", "le Stade rennais"]
_COMPANIES = ["Nokira", "Telefab", "Mobilux"]
_SITES = ["Le Progrès du Soir", "La Voix de l'Ouest", "sudinfo.example", "Le Journal des Sports"]


def write_mixed_corpus(folder: Path, count: int = 36) -> list[Path]:
    """`count` invented articles on other subjects, in varied shapes, deterministic."""
    import random

    rng = random.Random(7)
    paths = []
    for number in range(count):
        topic = list(_TOPICS)[number % len(_TOPICS)]
        headline, paragraphs = _TOPICS[topic]
        slots = {
            "person": rng.choice(_PEOPLE),
            "city": rng.choice(_CITIES),
            "country": rng.choice(_COUNTRIES),
            "team": rng.choice(_TEAMS),
            "rival": rng.choice(_TEAMS),
            "company": rng.choice(_COMPANIES),
            "score": rng.randint(2, 45),
        }
        title = headline.format(**slots)
        title = title[0].upper() + title[1:]
        body = "\n\n".join(p.format(**slots) for p in paragraphs)
        day = f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d}.{rng.choice([2022, 2023, 2024])}"
        shape = number % 3
        if shape == 0:
            text = (
                f"{rng.choice(_SITES)}\n{topic.capitalize()}\n{title}\n{day}, 10:00\n\n{body}\n\nPartager:\n"
            )
        elif shape == 1:
            text = f"{title}\n{title}\n\n{body}\n\nLire aussi\nUn autre sujet\n"
        else:
            text = f"---\ntitle: {title}\nsource: {rng.choice(_SITES)}\n---\n{body}\n"
        path = folder / f"{topic}_{number:02d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
