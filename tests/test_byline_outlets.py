"""The site named by a byline or a signature, in invented words: a source line, a writer "pour la
revue X", an author's address, a medium signing the lead; and the look-alikes that name none."""

from __future__ import annotations

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse

DATE = "Publié le 3 mars 2024 à 10h12"


@pytest.mark.parametrize(
    ("page", "site"),
    [
        (f"{TITLE}\n\n{DATE}\n\nSource : Le Télégramme\n\n{LEAD}\n\n{MORE}\n", "Le Télégramme"),
        # An agency is the dispatch's source, not the site.
        (f"{TITLE}\n\n{DATE}\n\nSource : AFP\n\n{LEAD}\n\n{MORE}\n", ""),
        # Under the article, a source line cites another outlet.
        (f"{TITLE}\n\n{DATE}\n\n{LEAD}\n\n{MORE}\n\n{MORE}\n\n{MORE}\n\nSource : Le Télégramme\n", ""),
        # An outlet the list does not know is no site either: the line may name a study.
        (f"{TITLE}\n\n{DATE}\n\nSource : Insee\n\n{LEAD}\n\n{MORE}\n", ""),
    ],
)
def test_a_source_line_under_the_headline_names_a_known_outlet(page: str, site: str) -> None:
    assert parse(page).source == site


@pytest.mark.parametrize(
    ("byline", "site"),
    [
        ("Par Jeanne Martin, pour le 4e numéro de la revue Terreaux (juin 2024),", "Terreaux"),
        ("Par Jeanne Martin, pour le magazine Kerne Nature", "Kerne Nature"),
        # Writing for a place or a cause names no periodical.
        ("Par Jeanne Martin, pour Quimper et ses habitants", ""),
    ],
)
def test_a_writer_for_a_periodical_names_it(byline: str, site: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{byline}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, site)


@pytest.mark.parametrize(
    ("signer", "site"),
    [("Kernenews", "Kernenews"), ("Kerne Infos", "Kerne Infos"), ("Dakar", ""), ("Jean Dupont", "")],
)
def test_a_medium_signing_the_lead_before_a_dash_is_the_site(signer: str, site: str) -> None:
    article = parse(f"{TITLE}\n\n{signer} – {LEAD}\n\n{MORE}\n")
    assert article.source == site


@pytest.mark.parametrize(
    ("address", "site"),
    [
        ("lperrin@kerneplus.ca", "kerneplus.ca"),
        ("lucie.perrin@kerneplus.ca", "kerneplus.ca"),
        # The newsroom's address is the site's too.
        ("redaction@kerneplus.ca", "kerneplus.ca"),
        # An address that does not spell the author's name may be anyone's: a press office's.
        ("contact@kerneplus.ca", ""),
        # A mail service's domain names no site.
        ("lperrin@gmail.com", ""),
    ],
)
def test_the_author_s_address_under_the_byline_names_the_site_s_domain(address: str, site: str) -> None:
    article = parse(f"{TITLE}\n\nPar Lucie Perrin\n{address}\nVendredi 5 janvier 2024\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, site)
    assert address not in article.body


@pytest.mark.parametrize(
    ("byline", "site"),
    [("Par: CKRBCHAU", "CKRBCHAU"), ("Par CKOI-FM", "CKOI-FM"), ("Par: CLARA", ""), ("Par Jean Dupont", "")],
)
def test_a_station_s_call_letters_as_the_byline_are_the_site(byline: str, site: str) -> None:
    article = parse(f"{TITLE}\n\n{DATE}\n\n{byline}\n\n{LEAD}\n\n{MORE}\n")
    assert article.source == site


def test_a_rubric_s_path_shaped_like_a_byline_names_no_one() -> None:
    article = parse(f"  EN CORNOUAILLE / Actualité\n\n{TITLE}\n\nPar Léa Kervella\n\n{LEAD}\n\n{MORE}\n")
    assert "Par Léa Kervella" in article.asides
    assert not any("Actualité" in aside for aside in article.asides)


@pytest.mark.parametrize(
    ("byline", "site"),
    [
        ("Léa Kervella Journaliste au Vif", "Le Vif"),
        ("Léa Kervella Journaliste Blick", "Blick"),
        ("Léa Kervella Journaliste à Kerne Infos", "Kerne Infos"),
        # In a sentence, the journalist of an outlet is another outlet's.
        ("Selon un journaliste du Monde qui a suivi l'affaire depuis le début, le projet coûtera cher.", ""),
        # Nor is a place a newsroom.
        ("Léa Kervella Journaliste à Quimper", ""),
    ],
)
def test_a_byline_naming_the_outlet_its_author_works_for(byline: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{byline}\n\n{LEAD}\n\n{MORE}\n").source == site


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Vous devez être connecté à votre compte KERNE pour pouvoir commenter cet article.", "KERNE"),
        ("Connectez-vous avec votre compte Google pour commenter.", ""),
    ],
)
def test_a_login_prompt_names_the_site_s_account(line: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{line}\n").source == site


@pytest.mark.parametrize(
    ("said", "site"),
    [
        (
            "« Nous avons besoin de moyens », explique à Kerne Net Infos le président du port.",
            "Kerne Net Infos",
        ),
        ("« Nous avons besoin de moyens », explique à Jean Dupont le président du port.", ""),
    ],
)
def test_someone_speaking_to_a_medium_names_the_site(said: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{said}\n\n{MORE}\n").source == site


@pytest.mark.parametrize(
    ("foot", "site"),
    [
        ("© 2018 - Association Bon vent pour Kerne | une création KWR", "Bon vent pour Kerne"),
        ("© 2021 Léa Kervella", ""),  # a photographer's
        ("© 2021 - AFP", ""),
    ],
)
def test_a_dated_copyright_at_the_foot_names_the_site(foot: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{foot}\n").source == site


def test_a_public_body_or_the_headline_s_first_word_over_the_page_is_a_topic_not_a_site() -> None:
    body = "La Fédération Kerne-Bretagne a voté jeudi, et la Fédération Kerne-Bretagne paiera."
    assert parse(f"Fédération Kerne-Bretagne\n\n{TITLE}\n\n{LEAD} {body}\n\n{MORE}\n").source == ""
    assert parse(f"Élections\n\nÉlections Kerne 2022: suivez notre direct\n\n{LEAD}\n\n{MORE}\n").source == ""


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Chez Kerne Libre, vous l'aurez remarqué, notre ligne éditoriale est de gauche.", "Kerne Libre"),
        (
            "Depuis que Kernevox a lancé sa salle de nouvelles, nous recevons des idées de nos abonnés.",
            "Kernevox",
        ),
        # Chez someone else, "notre" is the speaker's.
        ("Chez Bretagne, une région fière, notre ligne éditoriale est suivie.", ""),
    ],
)
def test_an_outlet_speaking_of_its_own_line_and_subscribers_names_itself(line: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n").source == site


def test_a_picture_credited_to_a_domain_with_its_photographer_names_the_site() -> None:
    assert parse(f"{TITLE}\n\n© kerneinfo.com par L K\n\n{LEAD}\n\n{MORE}\n").source == "kerneinfo.com"
    assert parse(f"{TITLE}\n\n© facebook.com par L K\n\n{LEAD}\n\n{MORE}\n").source == ""


def test_the_author_s_name_alone_over_the_headline_is_no_site() -> None:
    page = f"Léa Kervella\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n\nLéa Kervella\n"
    assert parse(page).source == ""
    # A medium's name of two words stays one.
    assert parse(f"Kerne Infos\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n\nKerne Infos\n").source == "Kerne Infos"
