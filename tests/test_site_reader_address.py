"""The site a page names speaking to its readers, in its foot's row of links or its last line; labels that are none."""

from __future__ import annotations

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse


@pytest.mark.parametrize(
    ("line", "site"),
    [
        # its readers greeted by the title they read, whose article the contraction took
        ("Chères lectrices, chers lecteurs du Grelot,", "Le Grelot"),
        ("Chers abonnés de La Sentinelle du Jura,", "La Sentinelle du Jura"),
        # its live page's welcome
        (
            "Bienvenue sur le direct de Kerne Sport qui vous permet de suivre les transferts en temps réel.",
            "Kerne Sport",
        ),
        # the readers' vote on its paywall
        ("Les lecteurs de Brûlot ont voté pour rendre cet article gratuit.", "Brûlot"),
        # its print edition, where the rest of the article is
        ('L\'article complet à découvrir cette semaine dans "La Loupe".', "La Loupe"),
        ("À lire en intégralité demain dans Le Grelot.", "Le Grelot"),
        # a medium's name telling its readers what it told them before
        (
            "Cela change la donne par rapport à ce que le Journal du Léon vous annonçait lundi.",
            "Journal du Léon",
        ),
        # its own output, told in the first person plural
        (
            "Kernactu a publié 412 articles l'an passé. Nous avons voulu savoir à quoi ils ont servi.",
            "Kernactu",
        ),
        (
            "Cet été, Les Échos du Port ont lancé trois séries, dont notre feuilleton sur la criée.",
            "Les Échos du Port",
        ),
        # its live coverage to follow with it; its printed copy's address
        ("Suivez le déroulement de cette journée électorale avec Radio Kerne.", "Radio Kerne"),
        ("Cet article est lisible à cette adresse sur le site Kerne Actus :", "Kerne Actus"),
        # its paywall's notice: the readers it is for, the subscription one already has
        ("Vous êtes déjà abonné à Kerne Hebdo mais vous n'avez pas reçu vos identifiants ?", "Kerne Hebdo"),
        (
            "L'article auquel vous tentez d'accéder est réservé à la communauté des grands lecteurs de Kerne Éco.",
            "Kerne Éco",
        ),
        # its box on why to trust it
        ("Pourquoi faire confiance à Kerne Presse.", "Kerne Presse"),
        # its pitch, what it does after where it is from, under its own appeal ("à X" is no place)
        ("Abonnez-vous à Kerne AM !\n\nKerne AM est le média breton qui vulgarise l'économie.", "Kerne AM"),
    ],
)
def test_a_page_speaking_to_its_readers_names_its_site(line: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n").source == site


@pytest.mark.parametrize(
    "line",
    [
        "Chères Genevoises, chers lecteurs de Genève, la rédaction vous remercie.",  # a place
        "Cela change la donne par rapport à ce que Marie Dulac vous annonçait lundi.",  # a person
        "Cela change la donne par rapport à ce que la Préfecture vous annonçait lundi.",  # no medium
        "Bienvenue sur le site de la mairie, où vous trouverez les horaires.",  # no live page
        "Suivez le match sur France 2 dès 21 heures.",  # a broadcast plug
        "Suivez le déroulement de la journée avec Marie Dulac.",  # a person
        # a person's output, though the page speaks as "nous"
        "Marie Dulac a publié un livre sur la criée. Nous l'avons rencontrée à Quimper.",
        # an outlet's output, in a page that never says "nous"
        "Kernactu a publié 412 articles l'an passé, selon son directeur.",
    ],
)
def test_other_names_speaking_to_the_reader_are_no_site(line: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n").source == ""


def test_the_domain_opening_the_foot_s_row_of_links_is_the_site() -> None:
    foot = "www.kerne24.ci - A propos - Plan du site - Questions / Réponses © 2023"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n(AIP)\n\n{foot}\n").source == "www.kerne24.ci"


def test_a_platform_s_domain_in_the_foot_is_no_site() -> None:
    foot = "facebook.com - Contact - Mentions légales"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{foot}\n").source == ""


def test_a_web_brand_alone_on_the_last_line_signs_the_page() -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\nKernenews\n").source == "Kernenews"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\nNos partenaires\n\nKernenews\n").source == ""


@pytest.mark.parametrize(
    ("last", "site"),
    [
        ("Kerne Scoop", "Kerne Scoop"),
        ("La Gazette de Kerne", "La Gazette de Kerne"),
        # a person signing, a source's label: no medium's name
        ("Léa Morvan Kerlo", ""),
        ("Source: Agence Kernevote de Presse", ""),
    ],
)
def test_a_medium_s_name_in_words_alone_on_the_last_line_signs_the_page(last: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{last}\n").source == site


@pytest.mark.parametrize("last", ["YouTube", "Partager", "Léa Morvan"])
def test_a_platform_a_button_or_a_name_on_the_last_line_is_no_site(last: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{last}\n").source == ""


@pytest.mark.parametrize("label", ["FLASH INFO", "Alerte info", "DERNIÈRE INFO"])
def test_a_news_label_opening_the_lead_is_no_site(label: str) -> None:
    assert parse(f"{TITLE}\n\n{label} - {LEAD}\n\n{MORE}\n").source == ""


def test_a_title_between_the_headline_and_its_date_named_again_is_the_site() -> None:
    lead = f"{LEAD} Le Grelot y était et raconte."
    page = f"{TITLE}\nLe Grelot\nPublié le 22 janvier 2019 à 16:50\n{lead}\n\n{MORE}\n"
    assert parse(page).source == "Le Grelot"


def test_a_title_between_the_headline_and_its_date_never_named_again_is_no_site() -> None:
    page = f"{TITLE}\nLe Grelot\nPublié le 22 janvier 2019 à 16:50\n{LEAD}\n\n{MORE}\n"
    assert parse(page).source == ""


@pytest.mark.parametrize(
    ("top", "site"),
    [
        ("Kernekern\n\nLe meilleur de la presse\nbretonne en français", "Kernekern"),
        ("La Gazette du Léon\nVotre hebdomadaire du pays de Léon", "La Gazette du Léon"),
        ("KerneKerne\nToute l'actualité du Finistère", "KerneKerne"),
        # (a medium's title by its kind, longer, in lower case after its article)
        (
            "La gazette du pays de Kerlo et du Léon\n\nL'actualité du pays de Kerlo sous un autre angle",
            "La gazette du pays de Kerlo et du Léon",
        ),
    ],
)
def test_a_name_alone_over_a_medium_s_tagline_is_the_site(top: str, site: str) -> None:
    assert parse(f"{top}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == site


@pytest.mark.parametrize(
    "top",
    [
        "Publicité\nLe journal de la semaine en kiosque",  # an advertising label
        "Politique\nToute l'actualité politique",  # a section's label
        "Bretagne\nL'actualité de la région",  # a place
    ],
)
def test_a_label_or_a_place_over_a_tagline_is_no_site(top: str) -> None:
    assert parse(f"{top}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == ""


@pytest.mark.parametrize("credit", ["© RTBF/Kerlo Productions", "© France 2 / Kerne Films"])
def test_a_series_still_credited_to_its_channel_and_producer_names_no_site(credit: str) -> None:
    caption = f"Léa Morvan incarne une jeune mère qui découvre la vie à Quimper... {credit}"
    assert parse(f"{TITLE}\n\n{caption}\n\n{LEAD}\n\n{MORE}\n").source == ""


def test_a_known_outlet_in_square_brackets_after_a_line_s_last_sentence_is_the_site() -> None:
    assert (
        parse(f"Le suivi du canton pour les élections fédérales. [RTS]\n\n{LEAD}\n\n{MORE}\n").source == "RTS"
    )


@pytest.mark.parametrize(
    "line",
    [
        f"{MORE} (MBC)",  # an author's initials in round brackets
        "Le suivi des élections fédérales. [AFP]",  # an agency
        "Selon une enquête [Le Temps] publiée lundi, les loyers montent.",  # a source inside the sentence
    ],
)
def test_other_bracketed_names_are_no_site(line: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n").source == ""
