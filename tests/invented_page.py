"""An invented article the page-shape tests wrap in furniture: its headline, lead, paragraph."""

from __future__ import annotations

from pathlib import Path

from index.page.parse import parse_article
from index.records import Article

LEAD = (
    "Le conseil municipal de Quimper a voté jeudi soir la piétonnisation du centre historique, "
    "après des mois de concertation avec les commerçants du quartier."
)
MORE = (
    "Les livraisons resteront possibles le matin jusqu'à onze heures, et une navette électrique "
    "gratuite reliera les parkings de la périphérie au centre-ville."
)
TITLE = "Quimper piétonnise son centre historique"


def parse(text: str) -> Article:
    """The page's text parsed as a saved file would be."""
    return parse_article(text, Path("/tmp/page.txt"))
