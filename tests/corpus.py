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
