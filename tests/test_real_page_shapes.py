"""Page shapes seen on real news pages, written here in invented words: each rule able to fail alone."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from index.page.parse import parse_article

LEAD = (
    "Le conseil municipal de Quimper a voté jeudi soir la piétonnisation du centre historique, "
    "après des mois de concertation avec les commerçants du quartier."
)
MORE = (
    "Les livraisons resteront possibles le matin jusqu'à onze heures, et une navette électrique "
    "gratuite reliera les parkings de la périphérie au centre-ville."
)
TITLE = "Quimper piétonnise son centre historique"


def parse(text: str):  # type: ignore[no-untyped-def]
    return parse_article(text, Path("/tmp/page.txt"))


@pytest.mark.parametrize(
    "before",
    [
        "Passer au contenu principal",
        "Aller au menu",
        "Retour au format normal",
        "Fermer le menu",
        "Temps de lecture : 3 min",
        "4 min de lecture",
        "Vous êtes ici : Accueil > Bretagne",
        "Contactez-nous au 02 98 00 00 00",
        "Pas encore d'identifiant ? Créez vos identifiants",
        "• Toutes les régions",
        "Bretagne Normandie Occitanie Grand Est Hauts-de-France Île-de-France Corse Auvergne",
    ],
)
def test_navigation_lines_before_the_headline_are_never_it(before: str) -> None:
    article = parse(f"{before}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE


def test_a_photo_caption_with_its_credit_is_not_the_headline() -> None:
    caption = "Le maire devant la place Saint-Corentin, le 3 mars 2024 à Quimper. (MAXPPP)"
    assert parse(f"{caption}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE
    credit = "Le maire devant la place Saint-Corentin / AFP"
    assert parse(f"{credit}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_credit_or_badge_glued_to_the_headline_is_taken_off() -> None:
    assert parse(f"{TITLE} © Jean Martin/Le Journal\n\n{LEAD}\n\n{MORE}\n").title == TITLE
    assert parse(f"{TITLE} Contenu réservé aux abonnés\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_live_headline_keeps_its_label_and_is_not_a_dateline() -> None:
    live = "EN DIRECT - Tempête : les vents soufflent à 150 km/h sur le Finistère"
    assert parse(f"{live}\n\n{LEAD}\n\n{MORE}\n").title == live


def test_a_short_kicker_gives_way_to_the_headline_the_lead_speaks_of() -> None:
    text = f"Conseil municipal\n« La piétonnisation du centre de Quimper est votée »\n\n{LEAD}\n\n{MORE}\n"
    assert parse(text).title == "« La piétonnisation du centre de Quimper est votée »"


def test_the_site_line_and_its_tagline_are_not_the_headline() -> None:
    article = parse(f"Ouest-France - l'actualité de l'Ouest\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, "Ouest-France")


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Par Public Sénat", "Public Sénat"),
        ("Jean Martin. Le Figaro.", "Le Figaro"),
        ("© Le Soir", "Le Soir"),
        ("Soutenez Politis, faites un don.", "Politis"),
    ],
)
def test_a_known_outlet_named_in_a_byline_credit_or_appeal_is_the_site(line: str, site: str) -> None:
    assert parse(f"{TITLE}\n{line}\n\n{LEAD}\n\n{MORE}\n").source == site


def test_a_known_outlet_in_the_menu_above_the_headline_is_the_site() -> None:
    assert parse(f"• Le Point\n• Politique\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == "Le Point"


@pytest.mark.parametrize(
    "top",
    [
        "Genève",
        "Suisse Romande",
        "Grand format",
        "Retour",
        "Abonnés",
        "BELGA",
        "Rejoignez-nous",
        "JT 20h Semaine",
    ],
)
def test_labels_places_buttons_and_agencies_are_never_the_site(top: str) -> None:
    assert parse(f"{top}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == ""


def test_outlets_cited_as_sources_are_not_the_site() -> None:
    text = f"{TITLE}\n\n{LEAD} Selon Le Monde et Ouest-France, le projet coûtera cher.\n\nSource : Le Temps\n\n{MORE}\n"
    assert parse(text).source == ""


def test_paywall_notices_and_reading_time_leave_the_body() -> None:
    notice = "Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite."
    article = parse(f"{TITLE}\nTemps de lecture : 2 min\n\n{LEAD}\n\n{notice}\n\n{MORE}\n")
    assert "abonnés" not in article.body and "lecture" not in article.body and MORE in article.body


def test_a_scraped_month_stamp_is_not_part_of_the_headline() -> None:
    article = parse(f" date 2024-03 {TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE and article.date is None  # a month is no publication date


def test_never_inventing_a_date_from_a_teaser_list_below_the_article() -> None:
    teasers = "Lire aussi\nUn autre sujet\n12 mars 2024"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{teasers}\n").date is None
    dated = parse(f"{TITLE}\nPublié le 3 mars 2024 à 10h12\n\n{LEAD}\n\n{MORE}\n")
    assert dated.date == datetime(2024, 3, 3, 10, 12)


def test_the_user_s_own_outlets_are_recognised(tmp_path: Path) -> None:
    from index import Library
    from index.outlets import use_user_outlets

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(f"La Gazette du Val\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    home = tmp_path / "home"
    try:
        with Library(home) as library:
            library.ingest([folder], entities=False)
            assert library.articles()[0].source == ""  # unknown, named once: not taken
            (home / "outlets.toml").write_text(
                'outlets = [{ name = "La Gazette du Val", kind = "newspaper" }]\n'
            )
            assert len(library.ingest([folder], entities=False).updated) == 1
            assert library.articles()[0].source == "La Gazette du Val"
    finally:
        use_user_outlets(None)
