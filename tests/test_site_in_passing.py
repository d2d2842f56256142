"""A known outlet the page names in passing: its greeting, its interview's questions, its reporter, its offer, its masthead's motto."""

from __future__ import annotations

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse


@pytest.mark.parametrize(
    ("line", "site"),
    [
        # its greeting over an account's prompt that names the group's other stations
        ("Bienvenue sur RTL\n\nRejoignez la communauté RTL, RTL2 et Fun Radio pour écouter", "RTL"),
        # an interview's question after a dash, asked by the outlet
        ("- Le Soir : Pourquoi avoir attendu deux ans avant de lancer le chantier du port ?", "Le Soir"),
        # the page's own reporter
        ("Selon notre correspondant RTL Info Léo Kerlo, le feu a pris vers trois heures.", "RTL Info"),
        # its offer, with the outlet's article contracted
        ("Les bonnes raisons de s'abonner au Temps:", "Le Temps"),
        # what it gathered for its readers
        ("Pas eu le temps de suivre la soirée? Le Soir a compilé pour vous tout ce qu'il faut retenir.", "Le Soir"),
    ],
)
def test_a_known_outlet_named_by_its_own_voice_is_the_site(line: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n").source == site


@pytest.mark.parametrize(
    "line",
    [
        "Selon notre correspondant à Brest, le feu a pris vers trois heures du matin.",
        "Selon notre correspondant Léo Kerlo, le feu a pris vers trois heures du matin.",
        "Selon notre correspondant AFP Léo Kerlo, le feu a pris vers trois heures du matin.",
        "Bienvenue sur notre nouveau site, plus rapide et plus lisible.",
        "Pas eu le temps de suivre la soirée? La mairie a compilé pour vous tout ce qu'il faut retenir.",
        # another outlet's journalists, in a report from the street
        "Les journalistes de France Inter se font huer au passage du cortège.",
    ],
)
def test_a_reporter_or_a_greeting_without_a_known_outlet_names_no_site(line: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n").source == ""


def test_a_masthead_whose_motto_runs_into_the_outlet_s_name_is_the_site() -> None:
    page = f"Aller au contenu\n\nLe Courrier L'info autrement\n\nJe m'abonne\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert (article.title, article.source) == (TITLE, "Le Courrier")


def test_a_headline_opening_on_an_outlet_s_name_is_no_masthead() -> None:
    headline = "Le Courrier Picard Fête Ses Cent Ans"
    # (a sentence's full stop, or more words than a motto, say it is no masthead)
    for top in (f"{headline}.", "Le Courrier Des Lecteurs Reçu Cette Semaine Dans Nos Bureaux Du Port"):
        assert parse(f"{top}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == ""


@pytest.mark.parametrize(
    ("headline", "site"),
    [
        ("L'Editorial d'Anne Kervella/Le Soir : L'aventure continue", "Le Soir"),
        ("L'Editorial d'Anne Kervella/AFP : L'aventure continue", ""),  # an agency signs no site
        ("Le port de Brest/Quimper : la liaison rouvre lundi", ""),
    ],
)
def test_a_headline_signed_by_its_author_and_outlet_names_the_site(headline: str, site: str) -> None:
    assert parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n").source == site


def test_the_legal_notice_s_publisher_names_a_known_outlet() -> None:
    notice = "Propriétaire, éditeur, imprimeur : Société Editrice du Soir"
    footer = [
        "Rédaction et administration : 12 rue du Port, Kerlo",
        notice,
        "Courriel : contact@kerlo.example",
    ]
    assert parse("\n\n".join([TITLE, LEAD, MORE, *footer]) + "\n").source == "Le Soir"
    unknown = "Propriétaire, éditeur, imprimeur : Société Editrice de Kerlo Presse"
    assert parse("\n\n".join([TITLE, LEAD, MORE, unknown]) + "\n").source == ""


@pytest.mark.parametrize(
    ("notice", "site"),
    [
        ("Pour consulter cet article de la Gazette du Val :\n\nPas encore abonné ?", "La Gazette du Val"),
        ("Pour consulter cet article du Courrier de Kerlo :", "Le Courrier de Kerlo"),
        ("Pour consulter cet article de Kerlo :", ""),  # (one word: a place's name as well)
    ],
)
def test_a_paywall_s_notice_naming_whose_article_it_is_names_the_site(notice: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{notice}\n\n{MORE}\n").source == site
