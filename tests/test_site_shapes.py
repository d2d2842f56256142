"""The site's name on real page shapes, in invented words: where a page names its outlet, and where it only seems to."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.page.site import find_site
from tests.invented_page import LEAD, MORE, TITLE, parse


def test_a_long_headline_under_its_rubric_is_the_headline_and_what_it_shows_no_site() -> None:
    headline = (
        "Résultats de la 3e journée de Régionale 1 : Quimper tenu en échec à domicile, Brest "
        "s'impose dans le derby face à Morlaix – Vidéo"
    )
    lead = (
        "La troisième journée de Régionale 1 s'est jouée samedi, avec un nul frustrant pour Quimper "
        "et une victoire de Brest dans le derby, devant un public nombreux malgré la pluie."
    )
    article = parse(f"Régionale 1\n\n{headline}\n\n0 partages\n\n{lead}\n\n{MORE}\n")
    assert (article.title, article.source) == (headline, "")
    assert article.body.split("\n\n") == [lead, MORE]


def test_a_competition_after_the_headline_s_dash_is_no_site() -> None:
    article = parse(f"Quimper - Brest en direct - demi-finale - Top 14\n\n{LEAD}\n\n{MORE}\n")
    assert article.source == ""


def test_the_outlet_s_name_alone_under_the_date_and_byline_is_the_site() -> None:
    """Only as a line of its own: the article's first sentence naming an outlet is no signature."""
    stamp = "14.03.2024 07h05 Margot Rochat"
    article = parse(f"Bretagne\n{TITLE}\n{stamp}\nLe Télégramme\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, "Le Télégramme")
    assert article.body.split("\n\n") == [LEAD, MORE]
    cited = "Le Télégramme a révélé l'affaire jeudi soir, après des mois d'enquête dans le quartier."
    assert parse(f"Bretagne\n{TITLE}\n{stamp}\n{cited}\n{LEAD}\n").source == ""


def test_a_name_written_beside_the_address_it_spells_is_the_site_but_an_email_s_is_not() -> None:
    signed = (
        "Directeur général à Kerne Foot Infos Premier portail sportif breton http://www.kernefootinfos.com"
    )
    assert parse(f"{TITLE}\n{signed}\n\n{LEAD}\n\n{MORE}\n").source == "Kerne Foot Infos"
    mail = "Écrire à mairie@ville.quimper.bzh ou consulter la Ville de Quimper en ligne."
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{mail}\n").source == ""
    # In a paragraph, an address beside its name is another site's, unless the site calls it its own.
    other = (
        "Jusqu'au 29 mars, les demandes de visas restent déposées au centre de Brest, et les rendez-vous "
        "sont pris selon la procédure en vigueur sur le site de Visa Kerne Services (http://visakerneservices.com), "
        "a rappelé le consulat dans un communiqué publié dimanche."
    )
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{other}\n\n{MORE}\n").source == ""
    ours = other.replace("sur le site de Visa Kerne Services (", "sur nos sites Visa Kerne Services (")
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{ours}\n\n{MORE}\n").source == "Visa Kerne Services"


@pytest.mark.parametrize(
    ("logo", "site"),
    [
        ("logo du site kerneinfo", "kerneinfo"),
        ("logo journal kerneinfo", "kerneinfo"),
        ("Logo du Kerne Le Journal Logo de Sondages Bretagne", "Kerne Le Journal"),
    ],
)
def test_a_logo_s_alt_text_names_the_site_in_lower_case_or_beside_another_logo(logo: str, site: str) -> None:
    assert parse(f"{logo}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == site


def test_a_town_on_the_first_line_that_the_article_writes_after_d_apostrophe_is_no_site() -> None:
    lead = (
        "Ce mercredi se tenait le conseil municipal de la ville d'Auray, agité et perturbé par des militants."
    )
    assert parse(f"Auray\n\nAuray : un conseil municipal agité\n\n{lead}\n\n{MORE}\n").source == ""


def test_a_domain_after_the_title_gives_the_name_the_page_writes_and_no_comment_is_kept() -> None:
    page = f"{TITLE}<!-- --> | Atlantico.fr\nAtlantico, c'est qui, c'est quoi ?\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert (article.title, article.source) == (TITLE, "Atlantico")


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
        # (its button, with a typographer's apostrophe)
        ("Pour soutenir Politis je m’abonne", "Politis"),
        ("Article rédigé par Public Sénat", "Public Sénat"),
        ("(Le Matin)", "Le Matin"),
        ("Découvrez Rue89 Lyon gratuitement pendant 24h !", "Rue89 Lyon"),
        # a live page's credit
        ("Suivi assuré par Public Sénat", "Public Sénat"),
        ("Par , , Public Sénat", "Public Sénat"),  # (its authors' names left empty)
        # (its name glued as its logo writes it: the list's name)
        ("Cet article est en accès libre. Pour soutenir Rue89Lyon, abonnez-vous.", "Rue89 Lyon"),
        # a byline with a colon, the site's app, its print edition, its correspondent
        ("Par: Le Courrier", "Le Courrier"),
        ("Application Le Télégramme Info Bretagne", "Le Télégramme"),
        ("Plus d'informations dans Corse-Matin du 28 août", "Corse-Matin"),
        ("Anne Kerlo, correspondante permanente de Koaci au Cameroun", "Koaci"),
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


@pytest.mark.parametrize(
    ("page_top", "site"),
    [
        ("Vous avez déjà un identifiant sur gazette-du-lac.fr ? Identifiez-vous", "gazette-du-lac.fr"),
        ("Suivez-nous sur facebook.com/gazettedulac", ""),
        # (a menu's link to a sister site)
        ("Carrières Nécrologie Édition Numérique Promosduval.com Infolettre", ""),
        ("La halle rénovée, samedi. © Léa Morvan / gazette-du-lac.fr", "gazette-du-lac.fr"),
        ("La halle rénovée, samedi. (Photo Jean Roux / Ouest-France)", "Ouest-France"),
        ("GAZETTE RADIO", "GAZETTE RADIO"),
        ("Accueil Actu", ""),
        ("Tous les articles des Echos en illimité sur le site et l'application", "Les Échos"),
    ],
)
def test_the_site_named_by_the_page_furniture(page_top: str, site: str) -> None:
    article = parse(f"{page_top}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.source == site


@pytest.mark.parametrize(
    ("top", "bottom", "site"),
    [
        ("", "Awa Diallo pour Lagune-Info.com", "Lagune-Info.com"),
        ("", "Copyright Lagune-Info.com", "Lagune-Info.com"),
        ("", "La halle rénovée, samedi.\n© Lagune-Info.com par AD", "Lagune-Info.com"),
        ("Lagune-Info.com NEWS", "", "Lagune-Info.com"),
        # A web brand's photographer, with or without the credit's colon.
        ("", "La halle rénovée, samedi.\nCrédit photo Léa Morvan - VeloOuest", "VeloOuest"),
        ("", "La halle rénovée, samedi.\nCrédit photo : Léa Morvan - VeloOuest", "VeloOuest"),
        ("", "La halle rénovée, samedi.\nCrédit photo Léa Morvan - NurPhoto", ""),
        # A picture credited to a domain names its source; a platform is never the site.
        ("", "La halle rénovée, samedi.\nPhoto : www.mairie-quimper.fr", ""),
        ("", "Copyright youtube.com", ""),
    ],
)
def test_a_domain_or_a_web_brand_signing_the_page_is_its_site(top: str, bottom: str, site: str) -> None:
    assert parse(f"{top}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{bottom}\n").source == site


@pytest.mark.parametrize(
    ("credit", "site"),
    [
        ("Jeanne Roy / Les Échos du Léon", "Les Échos du Léon"),
        ("KerneActu/Jeanne Roy", "KerneActu"),
        ("Le dossier de Jeanne Roy / Odet Média", "Odet Média"),
        ("Rédaction Kernelo\n\nPhoto Kernelo – Jeanne Roy", "Kernelo"),
        # named once, a newsroom's name could be anything; beside a name, a club, a town,
        # an agency or the site's maker is no site
        ("Rédaction Kernelo", ""),
        # a journalist's role with a medium's name, not a town's
        ("Journaliste de KerneActu", "KerneActu"),
        ("Correspondante à Quimperlé", ""),
        ("Correspondant KerneActu à Quimperlé", "KerneActu"),
        ("Correspondant permanent de KerneActu en Bretagne", "KerneActu"),
        # a known outlet's local edition, signing with its update; or the outlet alone
        (
            "Un article rédigé par Jeanne Roy - France Bleu Finistère,  -  Modifié le 9 octobre 2018",
            "France Bleu",
        ),
        ("Slate.fr, mis à jour le 23.04.2017 à 23 h 54", "Slate.fr"),
        ("AFP, mis à jour le 23.04.2017 à 23 h 54", ""),
        # Canada's programme for local reporters credits the paper
        ("Léa Roy, KerneHebdo - Initiative de journalisme local (IJL)\n\nKerneHebdo", "KerneHebdo"),
        ("Initiative de journalisme local - Le Devoir", "Le Devoir"),
        ("Kylian Mbappé - PSG", ""),
        ("Jeanne Roy / Ville de Quimper", ""),
        ("Jeanne Roy / Keystone", ""),
        ("Agence Web - Odet Média", ""),
        # Two names shaped alike: the medium first when the page writes it again.
        (
            "Courrier Kerlouan – Jean-Hugo Roy\n\nLe Courrier Kerlouan a contacté la mairie.",
            "Courrier Kerlouan",
        ),
        ("Webradio Kerne Revolution – Only Remix", ""),
    ],
)
def test_a_medium_credited_beside_a_journalist_or_signing_its_update_is_the_site(
    credit: str, site: str
) -> None:
    assert parse(f"{TITLE}\n\n{credit}\n\n{LEAD}\n\n{MORE}\n").source == site


@pytest.mark.parametrize(
    ("top", "bottom", "site"),
    [
        ("", "Kerne Infos vous présente les dix temps forts de la séance.", "Kerne Infos"),
        ("", "Abonnez-vous gratuitement à la newsletter 7kerne", "7kerne"),
        ("Le Kerne n° 1960 8 février 2013", "", "Le Kerne"),
        ("KerneActu", "Les élus ont répondu aux questions posées à KerneActu.", "KerneActu"),
        # a town hall speaking, a place's name over the article, are no outlets
        ("", "S'inscrire à la Newsletter de Kerne Hebdo", "Kerne Hebdo"),
        ("Kernelo Logo", "", "Kernelo"),
        ("Le Kerne (édition Quimper)", "", "Le Kerne"),
        ("L'Écho de Kerne - Édition de Brest", "", "L'Écho de Kerne"),
        ("Municipales (édition spéciale)", "", ""),
        ("", "La Mairie vous présente les dix temps forts de la séance.", ""),
        ("Kernevel", "Les élus ont répondu aux questions posées à Kernevel.", ""),
    ],
)
def test_an_unknown_medium_naming_itself_is_the_site(top: str, bottom: str, site: str) -> None:
    assert parse(f"{top}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{bottom}\n").source == site


def test_a_station_s_name_under_the_standfirst_is_the_site_but_a_player_s_under_the_article_is_not() -> None:
    standfirst = "Le centre historique sera fermé aux voitures dès le printemps prochain, a décidé la ville."
    station = f"{TITLE}\n\n{standfirst}\n\nLAGUNE RADIO\n\n{LEAD}\n\n{MORE}\n"
    assert parse(station).source == "LAGUNE RADIO"
    player = f"{TITLE}\n\n{standfirst}\n\n{LEAD}\n\n{MORE}\n\nCOMMENTAIRES\n\nWP Radio\nWP Radio\n"
    assert parse(player).source == ""


def test_a_page_speaking_of_its_own_newsroom_names_its_outlet() -> None:
    closing = "Comme chaque année, la rédaction de «Courrier du Lac» a choisi les dix histoires de l'année."
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{closing}\n").source == "Courrier du Lac"


def test_a_kicker_on_the_first_line_is_not_a_site() -> None:
    lead = "C'est ce qu'a dit le maire lors de la réception du nouvel an, devant les élus de Quimper."
    page = f"Réception du nouvel an\n{TITLE}\n\n{lead}\n\n{MORE}\n"
    assert parse(page).source == ""


def test_a_country_over_the_article_is_no_site_even_when_its_people_are_named() -> None:
    lead = "Les Tunisiens votent dimanche pour renouveler leur Parlement, dans un climat de défiance."
    assert parse(f"Tunisie\n{TITLE}\n\n{lead}\n\n{MORE}\n").source == ""


@pytest.mark.parametrize("widget", ["Navigation", "20.9 C", "Urgences 117"])
def test_a_widget_on_the_first_line_printed_again_is_no_site(widget: str) -> None:
    page = f"{widget}\nAlger\n{widget}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{widget}\n"
    assert parse(page).source == ""


def test_a_photographer_s_initial_and_name_in_a_credit_is_no_domain() -> None:
    assert parse(f"{TITLE}\n© GEND/SIRPA/F.GARCIA\n\n{LEAD}\n\n{MORE}\n").source == ""


def test_a_first_line_is_a_brand_only_if_written_again_the_same_way() -> None:
    section = f"Bretagne Sud\nLa Bretagne sud attend la piétonnisation\n\n{LEAD}\n\n{MORE}\n"
    assert parse(section).source == ""
    brand = f"Le Pêcheur\n{TITLE}\n\n{LEAD}\n\n{MORE}\n\nAbonnez-vous au Pêcheur : Le Pêcheur chaque matin.\n"
    assert parse(brand).source == "Le Pêcheur"


# --- headline: captions, glued kickers, standfirsts ---------------------------------------


@pytest.mark.parametrize(
    ("signature", "site"),
    [
        ("Léa Morvan Le Télégramme", "Le Télégramme"),
        ("Initiative de journalisme local - Le Soleil", "Le Soleil"),
        ("© Yann Le Gall pour «Le Temps»", "Le Temps"),
        ("Téléchargez l'appli Radio Kerne", "Radio Kerne"),
        ("Télécharger l'application mobile Kerne.bzh Kerne.bzh partout avec vous", "Kerne.bzh"),
        ("Télécharger l'application mobile Le Télégramme où que vous soyez", "Le Télégramme"),
        ("Télécharger l'application mobile Ouest Kerne où que vous soyez", ""),  # unknown, then a tagline
        ("Par La Presse canadienne, 2026", ""),  # an agency, not the newspaper La Presse
    ],
)
def test_the_site_from_a_signature_line(signature: str, site: str) -> None:
    assert parse(f"{TITLE}\n{signature}\n\n{LEAD}\n\n{MORE}\n").source == site


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Logo Radio Kerne", "Radio Kerne"),
        ("Logo Tout Kerne F1 2016", "Tout Kerne F1"),  # (the year of the logo's design)
        ("Site icon Kerne Hebdo", "Kerne Hebdo"),
        ("Cet article fait partie des archives en ligne du Kerne Hebdo, qui a fermé en 2021.", "Kerne Hebdo"),
        ("Logo de la campagne municipale présenté par la mairie de Quimper hier soir", ""),
    ],
)
def test_the_site_s_logo_or_archive_notice_names_it(line: str, site: str) -> None:
    article = parse(f"{line}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.source == site
    assert article.title == TITLE or not site


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Crédit : Léa Morvan / Ouest-France", "Ouest-France"),
        ("Léa Morvan & La rédaction numérique de Ouest-France", "Ouest-France"),
        (
            '<image>data:image/gif" alt="Quimper piétonnise - Ouest-France - Actualité en Bretagne"',
            "Ouest-France",
        ),
        ("Le maire devant la halle | Ouest-France", "Ouest-France"),
        ("Le maire devant la halle - Kerne Hebdo - Actualité en Bretagne", ""),  # no known outlet
    ],
)
def test_the_site_from_a_labelled_credit_a_newsroom_or_a_page_title(line: str, site: str) -> None:
    assert parse(f"{TITLE}\n{line}\n\n{LEAD}\n\n{MORE}\n").source == site


def test_a_domain_gives_way_to_the_outlet_s_name_the_page_writes() -> None:
    page = f"Ouest-france.fr\n{TITLE}\nOuest-France | Publié le 05/03/2024\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).source == "Ouest-France"
    assert parse(f"Ouest-france.fr\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == "Ouest-france.fr"


def test_a_credit_lent_by_the_pictured_outlet_gives_way_to_the_photographer_s() -> None:
    caption = "Le Télégramme fêtera ses 80 ans en 2026 © Le Télégramme"
    credit = "© Léa Morvan / Ouest-France"
    assert parse(f"{TITLE}\n{caption}\n\n{LEAD}\n\n{credit}\n\n{MORE}\n").source == "Ouest-France"
    assert parse(f"{TITLE}\n{caption}\n\n{LEAD}\n\n{MORE}\n").source == ""


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Ce week-end, «Kerne Hebdo» vous propose de découvrir les ruelles.", "Kerne Hebdo"),
        ("Cet été, Le Télégramme vous emmène dans les ruelles de la ville.", "Le Télégramme"),
        ("Le Télégramme : Pourquoi avoir choisi de fermer le centre aux voitures ?", "Le Télégramme"),
        ("Le Télégramme. Comment avez-vous vécu ce vote ?", "Le Télégramme"),
        ("Ouest Kerne : Pourquoi avoir choisi de fermer le centre aux voitures ?", ""),  # unknown
        ("Le Télégramme a révélé l'affaire en mars.", ""),  # cited, perhaps by another outlet
    ],
)
def test_an_outlet_speaking_in_its_own_voice_is_the_site(line: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n").source == site


def test_a_site_that_says_what_it_is_is_named() -> None:
    article = parse(
        f"Quimper Infos - Le premier site d'information du Finistère\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    )
    assert (article.title, article.source) == (TITLE, "Quimper Infos")


def test_a_headline_about_an_outlet_names_no_site() -> None:
    headline = "Le Télégramme, la jeunesse aux commandes"
    article = parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (headline, "")
    # (the outlet with a tagline about itself is its masthead)
    article = parse(f"Le Télégramme, quotidien breton\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, "Le Télégramme")


def test_a_gift_article_s_login_prompt_names_the_site_and_is_no_headline() -> None:
    prompts = "Cet article vous est offert\nVous n'êtes pas inscrit sur Le Télégramme ?"
    article = parse(f"{prompts}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, "Le Télégramme")


@pytest.mark.parametrize(
    ("lines", "site"),
    [
        # an interview's questions asked by a website: a domain once, a glued name twice
        ("Quimper.bzh : Comment se porte le centre historique ?", "Quimper.bzh"),
        # or apart with a dash, a long question with its context
        (
            "Quimper.bzh - Selon vous, après trois années de travaux, dans les rues comme sur les quais,"
            " le centre historique a-t-il retrouvé ses commerces, ses habitants et ses visiteurs ?",
            "Quimper.bzh",
        ),
        (
            "QuimperActu : Comment allez-vous ?\n\nLe maire : Bien.\n\nQuimperActu : Et demain ?",
            "QuimperActu",
        ),
        # someone speaking to the website, the website in its dateline, its own voice
        ("Contacté par QUIMPER.INFO, le maire confirme la date des travaux.", "QUIMPER.INFO"),
        (
            "21/08/2016 – 07H00 Quimper (Quimper-info.bzh) – Le maire confirme la date des travaux.",
            "Quimper-info.bzh",
        ),
        (
            "Comme chaque année, votre journal « La Gazette de l'Odet » souhaite de bonnes fêtes à ses lecteurs.",
            "La Gazette de l'Odet",
        ),
    ],
)
def test_a_website_speaking_in_its_own_voice_is_the_site(lines: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{lines}\n\n{MORE}\n").source == site


def test_a_column_s_persona_asking_the_questions_is_no_site() -> None:
    interview = "Le Quimpérois : Ça commence bien ?\n\nLe maire : Oui.\n\nLe Quimpérois : Et la suite ?"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{interview}\n\n{MORE}\n").source == ""


def test_an_acronym_over_the_headline_that_names_it_again_is_the_site() -> None:
    article = parse(f"TVK\n\nLe futur de TVK se dessine à la gare\n\n{LEAD}\n\n{MORE}\n")
    assert article.source == "TVK"


def test_a_contact_box_names_the_site_when_its_address_spells_it() -> None:
    box = "POUR JOINDRE QUIMPER-MATIN\nredaction.quimpermatin@exemple.fr (à privilégier)"
    assert parse(f"{box}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == "QUIMPER-MATIN"
    other = "POUR JOINDRE LA MAIRIE\naccueil@exemple.fr"
    assert parse(f"{other}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == ""


def test_an_outlet_signing_under_the_last_paragraph_is_the_site() -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\nLe Télégramme\n").source == "Le Télégramme"
    credited = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n© Le Télégramme - Léa Morvan\n"
    assert parse(credited).source == "Le Télégramme"  # (not "Le Télégramme -")
    # A group's abbreviation its photographers sign with, over the article (L'Avenir's "EdA").
    assert parse(f"{TITLE}\n© EdA - Léa Morvan\n\n{LEAD}\n\n{MORE}\n").source == "EdA"
    # An agency there is the dispatch's source, not the site.
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\nAFP\n").source == ""


def test_a_bare_domain_under_the_last_sentence_signs_the_page_but_not_under_a_label() -> None:
    article = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{MORE}\n\n{MORE}\n\nBravo aux joueurs de Kerne."
    assert parse(f"{article}\n\nKernesport.net\n").source == "Kernesport.net"
    assert parse(f"{article}\n\nPlus d'informations :\n\nkerne-tourisme.bzh\n").source == ""
    assert parse(f"{article}\n\nfacebook.com\n").source == ""


def test_a_station_s_shouted_name_near_the_top_is_the_site() -> None:
    page = f"{TITLE}\n\n3 mars 2024 à 18h17 par Léa Morvan\n\nKERNE MUSIC\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).source == "KERNE MUSIC"


def test_a_menu_entry_with_a_medium_s_word_is_no_site() -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\nÀ lire aussi\n\nWeb TV\n\nArticles récents\n")
    assert article.source == ""
    assert "Web TV" not in article.asides  # nobody's signature: no name for the entities


def test_a_rubric_that_is_also_an_outlet_s_name_is_not_the_site() -> None:
    # "EnQuête" is a Senegalese daily in the outlet list; "Enquête" over a headline is a rubric.
    article = parse(f"Enquête\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, "")


def test_a_place_s_label_over_the_article_is_not_the_site() -> None:
    lead = "Le procureur de Quimper a réuni jeudi les chefs de police de l'arrondissement pour revoir les règles."
    assert parse(f"Quimper\n\n{lead}\n\n{MORE}\n").source == ""


def test_a_picture_credited_to_a_domain_does_not_name_the_site() -> None:
    assert parse(f"{TITLE}\nPhoto : www.municipalite.kerne.qc.ca\n\n{LEAD}\n\n{MORE}\n").source == ""


def test_a_logged_in_reader_s_notice_names_the_site() -> None:
    notice = "Vous êtes à présent connecté(e) à votre compte Ouest-France, mais vous n'êtes pas abonné(e)."
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{notice}\n").source == "Ouest-France"


def test_a_markdown_picture_is_no_text_but_its_server_names_a_known_outlet() -> None:
    page = f"![](https://www.ouest-france.fr/files/spacer.gif)\n{TITLE}\n\n{LEAD}\n\n![halle](https://cdn.x.fr/a.jpg)\n\n{MORE}\n"
    article = parse(page)
    assert article.title == TITLE
    assert article.body.split("\n\n") == [LEAD, MORE]
    assert article.source == "Ouest-France"
    unknown = page.replace("www.ouest-france.fr", "img.kerne-cdn.bzh")
    assert parse(unknown).source == ""


def test_an_outlet_the_page_links_to_twice_for_more_reading_is_the_site() -> None:
    links = "\n\n".join(
        f">> Lire sur Ouest-France : {title}" for title in ("Le port rouvre", "La halle en fête")
    )
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{links}\n\n{MORE}\n").source == "Ouest-France"
    once = ">> Lire sur Ouest-France : Le port rouvre"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{once}\n\n{MORE}\n").source == ""


@pytest.mark.parametrize(
    ("dateline", "site"),
    [
        ("QUIMPER (Kernews) – ", "Kernews"),  # an unknown name: the page's own
        ("QUIMPER, 3 mars (Kernews) - ", "Kernews"),
        ("BREST (Reuters) - ", ""),  # a known agency: the wire the page credits
        ("BREST (APQ) - ", ""),  # an acronym the list lacks: most often an agency
        ("Quimper (Kernews) – ", ""),  # no wire's shouted place: a sentence's aside
        ("Quimper, Finistère, 11 décembre (Kernews) - ", "Kernews"),  # (or its country and its day)
        ("Quimper, Finistère, 11 décembre (Reuters) - ", ""),
    ],
)
def test_a_wire_s_dateline_names_the_page_s_outlet_only_when_it_is_no_agency(
    dateline: str, site: str
) -> None:
    article = parse(f"{TITLE}\n\n{dateline}{LEAD}\n\n{MORE}\n")
    assert article.source == site


def test_a_known_outlet_under_the_picture_s_legend_and_an_emptied_date_label_is_the_site() -> None:
    legend = "Les nouvelles halles du centre, vues depuis la place Saint-Corentin."
    page = (
        f"{TITLE}\n\n• {legend}\n{legend} Photos LT, Léa Morvan.\nPublié le , mis à jour\nLe Télégramme\n\n"
    )
    assert parse(f"{page}{LEAD}\n\n{MORE}\n").source == "Le Télégramme"
    # (a box's label under a picture, with no date above it, is no signature)
    boxed = f"{TITLE}\n\n{legend} - Léa Morvan / AFP\n\nLE TÉLÉGRAMME\n\n{LEAD}\n\n{MORE}\n"
    assert parse(boxed).source == ""


@pytest.mark.parametrize(
    ("foot", "site"),
    [
        ("© 2014, Kerne Infos - Français", "Kerne Infos"),
        ("Copyright 2009-2024 Les Échos du Steir. Tous droits réservés", "Les Échos du Steir"),
        ("© 2014, Léa Morvan", ""),  # a photographer's name, no medium's
    ],
)
def test_the_page_s_copyright_with_its_year_names_an_unknown_outlet(foot: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{foot}\n").source == site


def test_a_picture_s_credit_to_a_medium_the_page_names_again_is_the_site() -> None:
    credit = "©Photo Montage - Kerne Nouvelles"
    again = "Le Kerne Nouvelles revient sur l'année écoulée dans le Finistère."
    assert parse(f"{TITLE}\n\n{credit}\n\n{again}\n\n{LEAD}\n\n{MORE}\n").source == "Kerne Nouvelles"
    # (named once, it may be the photographer's other paper)
    assert parse(f"{TITLE}\n\nCrédit : LÉA MORVAN/JOURNAL DU STEIR\n\n{LEAD}\n\n{MORE}\n").source == ""


def test_a_headline_signed_with_the_site_s_domain_gives_both() -> None:
    page = f"{TITLE} : retour à la case départ ? - kerneinfo.bzh\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert (article.title, article.source) == (f"{TITLE} : retour à la case départ ?", "kerneinfo.bzh")


@pytest.mark.parametrize(
    ("foot", "site"),
    [
        ("© Copyright Kernews", "Kernews"),  # the sign and the word: the page's own
        ("© Copyright Léa Morvan", ""),  # a person's name
        ("© Kernews", ""),  # a picture's credit, maybe
    ],
)
def test_a_copyright_said_twice_names_a_one_word_brand(foot: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{foot}\n").source == site


def test_a_caption_s_credit_to_a_medium_the_page_names_again_is_the_site() -> None:
    caption = "Les halles rénovées du centre-ville. (Photo LM/Kerne Nouvelles)"
    again = "Le Kerne Nouvelles revient sur l'année écoulée dans le Finistère."
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{caption}\n\n{again}\n\n{MORE}\n").source == "Kerne Nouvelles"


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Yves Durand. Le Soir.", "Le Soir"),  # a signature: a person, then the outlet
        ("ORAGE SUR BREST. Le soir tombait quand la foudre a frappé le clocher.", ""),  # a kicker
    ],
)
def test_a_shouted_kicker_before_a_full_stop_is_no_signature(line: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n").source == site


def test_a_broadcast_s_programme_that_takes_you_somewhere_is_no_site() -> None:
    show = "Ce soir, le magazine « Cap Ouest » suit les sauveteurs de la baie."
    voice = "« Cap Ouest » vous emmène sur les quais de Douarnenez, au petit matin."
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{show}\n\n{voice}\n\n{MORE}\n").source == ""
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{voice}\n\n{MORE}\n").source == "Cap Ouest"


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Retrouvez Les Échos du Goyen sur : 4,2K 9K 512", "Les Échos du Goyen"),
        ("Suivez Kerne Infos sur Facebook", "Kerne Infos"),
        ("Retrouvez Léa Morvan sur Instagram", ""),  # a person, no medium
    ],
)
def test_a_site_asking_to_be_followed_on_its_networks_names_itself(line: str, site: str) -> None:
    assert parse(f"{line}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == site


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Terre vive n°42 > Dossier, juin 2023", "Terre vive"),
        ("Le journal n°42 > Dossier, juin 2023", ""),  # an article and a common noun
    ],
)
def test_a_monthly_s_issue_line_names_the_magazine(line: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{line}\n\n{LEAD}\n\n{MORE}\n").source == site


@pytest.mark.parametrize(
    ("top", "site"),
    [
        ("Média Kerne DZ", "Média Kerne DZ"),  # a masthead with a medium's word, accented or not
        ("In Médias", ""),  # a rubric of news about the media
        ("single.php", ""),  # a template's file, no domain
    ],
)
def test_a_masthead_line_names_the_site_but_a_rubric_or_a_file_does_not(top: str, site: str) -> None:
    assert parse(f"2 octobre 2024\n\n{top}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == site


def test_a_known_outlet_found_by_a_shorter_variant_is_named_as_the_page_writes_it() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\nPour ses cent ans, L’Usine Nouvelle réunit ses lecteurs, des millions "
        "chaque mois sur nos sites usinenouvelle.com et ailleurs.\n\n"
        f"{MORE}\n"
    )
    assert parse(page).source == "L’Usine Nouvelle"


def test_a_paragraph_signed_first_by_its_medium_names_the_site() -> None:
    lead = f"Kerne-Tribune (Derby entre Quimper et Brest)- {LEAD}"
    assert parse(f"{TITLE}\n\n{lead}\n\n{MORE}\n").source == "Kerne-Tribune"
    lead = f"Quimper (Derby entre Quimper et Brest)- {LEAD}"
    assert parse(f"{TITLE}\n\n{lead}\n\n{MORE}\n").source == ""


def test_an_interviewer_the_page_quotes_as_a_title_is_the_site_but_a_person_is_not() -> None:
    intro = "Que veut dire le maire ? «Kerne Jungle» l'a rencontré dans son bureau."
    question = "Kerne Jungle : Monsieur le maire, pourquoi fermer le centre aux voitures ?"
    assert parse(f"{TITLE}\n\n{intro}\n\n{question}\n\n{LEAD}\n\n{MORE}\n").source == "Kerne Jungle"
    intro = "Que veut dire le maire ? Nous l'avons rencontré dans son bureau."
    question = "Léa Morvan : Monsieur le maire, pourquoi fermer le centre aux voitures ?"
    assert parse(f"{TITLE}\n\n{intro}\n\n{question}\n\n{LEAD}\n\n{MORE}\n").source == ""


@pytest.mark.parametrize(
    ("foot", "site"),
    [
        ("KERNEHEBDO 2006-2022 Tous droits reservés", "KERNEHEBDO"),  # named again below, in its case
        ("QUIMPER 2006-2022 Tous droits réservés", ""),  # a town: the page goes "à Quimper"
    ],
)
def test_a_name_before_its_years_and_rights_names_the_site_the_page_writes_again(
    foot: str, site: str
) -> None:
    name = foot.split()[0].capitalize()
    asked = f"La rédaction de {name} vous demande de rester courtois. Rendez-vous à {name} demain."
    if site:
        asked = f"La rédaction de {name} vous demande de rester courtois."
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{asked}\n\n{foot}\n").source == site


def test_a_website_thanking_by_its_domain_names_itself() -> None:
    line = "kerne-infos.fr remercie ses partenaires."
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{line}\n").source == "kerne-infos.fr"


def test_an_unknown_domain_gives_the_name_it_spells_without_its_medium_s_word() -> None:
    foot = "Toute reprise totale ou partielle de cet article doit inclure la source : www.journalkernos.com"
    page = f"{TITLE}\n\n{LEAD}\n\nLa rédaction de Kernos remercie ses lecteurs fidèles.\n\n{MORE}\n\n{foot}\n"
    assert parse(page).source == "Kernos"


def test_a_station_s_name_and_frequency_heading_the_page_is_the_site() -> None:
    assert parse(f"KRN 91.9 FM\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == "KRN 91.9 FM"
    # (A player's list of stations under the article is not.)
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\nKRN 91.9 FM\n").source == ""


def test_a_reporter_signing_for_a_website_s_domain_names_the_site() -> None:
    sign = "Depuis le tribunal de Quimper, Léa Morvan pour Kernematin.com"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{sign}\n").source == "Kernematin.com"


def test_a_title_s_suffix_naming_the_site_and_its_country_is_taken_off() -> None:
    page = f"{TITLE} - Le Télégramme Bretagne\n\n{LEAD}\n\n{MORE}\n\n© Le Télégramme\n"
    assert (parse(page).title, parse(page).source) == (TITLE, "Le Télégramme")
    page = f"{TITLE} - Le Télégramme Matin\n\n{LEAD}\n\n{MORE}\n\n© Le Télégramme\n"
    assert parse(page).title == f"{TITLE} - Le Télégramme Matin"  # (another title, maybe)


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("Les jeunes ont été conduits au camp de Soronkoni, a appris Kerneinfo.com.", "Kerneinfo.com"),
        ("Le maire a démissionné lundi, a appris Kerne Infos de source sûre.", ""),  # no sentence's end
        ("Le maire a démissionné lundi, a appris l'AFP.", ""),
        ("Elle a été enlevée en rentrant du travail, a appris KERNENEWS.", "KERNENEWS"),
        (
            "Quelques chants ont jailli de la foule, a constaté Kerne Média. Puis le silence est revenu.",
            "Kerne Média",
        ),
        ("Le maire a démissionné lundi, a appris Quimper.", ""),
        # (a known title's scoop, credited by another paper)
        ("La poursuite s'est terminée sur l'autoroute, a appris Le Progrès.", ""),
    ],
)
def test_an_outlet_credited_with_what_the_report_learned_is_the_site(sentence: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{sentence}\n\n{MORE}\n").source == site


def test_a_known_outlet_s_name_inside_a_longer_paper_s_name_is_not_the_site() -> None:
    other = "La mairie a contacté l'organisme responsable de la rédaction de L'Écho de Compton pour l'avenir."
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{other}\n\n{MORE}\n").source == ""
    own = "Comme chaque semaine, la rédaction de L'Écho a choisi pour vous les meilleurs moments."
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{own}\n\n{MORE}\n").source == "L'Écho"


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Kerne Info est un média en ligne basé à Quimper, dans le sud du Finistère.", "Kerne Info"),
        ("Recevez le meilleur de KRN !", "KRN"),
        ("Article publié sur kerneinfo.org le par Léa Morvan", "kerneinfo.org"),
        ("Quimper est un site d'information touristique.", ""),  # a town
        ("L'AFP est un média indépendant.", ""),  # an agency
        # An "about" box's short line, whatever the name's shape; the head's byline.
        (
            "Les Nouvelles du 14e est un média local indépendant, sans lien avec aucun parti.",
            "Les Nouvelles du 14e",
        ),
        ("Par Léa Morvan, Directrice de publication de Kerne Hebdo", "Kerne Hebdo"),
        ("Par Léa Morvan, directrice de la crèche de Kerlouan", ""),
        ("Publié par Kerneinfo.ma", "Kerneinfo.ma"),
        (
            "Téléchargez l'application Le Regard Breton depuis le PlayStore ou l'AppStore et bénéficiez "
            "de notre application sur votre smartphone.",
            "Le Regard Breton",
        ),
        # A stock library's credit is no site's.
        ("Les points du rapport de la chambre régionale des comptes. © olly - Fotolia.com", ""),
    ],
)
def test_a_site_presenting_itself_names_itself(line: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{line}\n").source == site


def test_a_menu_s_entries_run_together_are_no_masthead() -> None:
    page = f"ACTUS LOCALESPOLITIQUETERRITORIALES\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).source == ""


def test_a_rubric_over_the_headline_that_the_page_labels_as_its_category_is_no_site() -> None:
    page = f"Littoral\n{TITLE}\n- Détails\n- Catégorie : Littoral\n- Publié le samedi 19 octobre 2013 15:43\n{LEAD}\n{MORE}\n"
    assert parse(page).source == ""
    # Named again in the article, not as a category, the first line is the site's.
    page = f"Kerne Hebdo\n{TITLE}\n{LEAD}\nKerne Hebdo a joint la mairie jeudi soir, sans réponse.\n{MORE}\n"
    assert parse(page).source == "Kerne Hebdo"


@pytest.mark.parametrize(("signer", "site"), [("Le Télégramme", "Le Télégramme"), ("Léa Morvan", "")])
def test_a_byline_glued_after_the_article_s_last_sentence_names_a_known_outlet(
    signer: str, site: str
) -> None:
    sentence = "Les gendarmes ont été visés par des jets de pierres."
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{sentence} Par {signer} - Publié le Mardi 24 Août 2021 à 09:05\n")
    assert article.source == site
    assert article.body.split("\n\n") == [LEAD, sentence]  # (the byline is no sentence of the article's)


def test_a_labelled_picture_credit_in_brackets_closing_a_long_paragraph_names_the_site_s_domain() -> None:
    paragraph = f"{LEAD} {MORE} {LEAD} (Photo : yl/www.kerneinfo.re)"
    assert len(paragraph) > 400  # (longer than any caption)
    assert parse(f"{TITLE}\n\n{paragraph}\n\n{MORE}\n").source == "www.kerneinfo.re"


def test_a_known_outlet_with_its_tagline_in_the_footer_signs_the_page() -> None:
    footer = (
        "Les plus lus\n\nSWI swissinfo.ch - succursale de la Société suisse de radiodiffusion et télévision"
    )
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{footer}\n").source == "SWI swissinfo.ch"
    # (alone there, a name may be a partner's link)
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\nNos partenaires\n\nSwissinfo\n").source == ""


def test_a_byline_glued_after_a_very_long_paragraph_is_still_read() -> None:
    # (the site's finders read a long paragraph's two ends only, so a 100,000-character line
    # stays quick: the byline at the end must still be found)
    long = " ".join([MORE] * 40)
    last = f"{long} Par Le Télégramme - Publié le Mardi 24 Août 2021 à 09:05"
    assert len(last) > 5000
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{last}\n").source == "Le Télégramme"


@pytest.mark.parametrize(
    ("header", "site"),
    [
        # the author's name alone (printed twice), then the outlet's, under the headline
        ("Léa Morvan\nLéa Morvan\nLe Télégramme", "Le Télégramme"),
        # the newsroom's byline with the site's domain
        ("Rédaction Kerne-infos.fr , modifié à 10h12", "Kerne-infos.fr"),
        # the site's domain over the article's date
        ("Kerne-infos.fr / 24 novembre 2009", "Kerne-infos.fr"),
        # (an unknown name under the author's is no site; nor a word before a date)
        ("Léa Morvan\nKerne Jungle", ""),
        ("Actualités / 24 novembre 2009", ""),
    ],
)
def test_the_site_named_in_the_byline_under_the_headline(header: str, site: str) -> None:
    assert parse(f"{TITLE}\n\n{header}\n\n{LEAD}\n\n{MORE}\n").source == site


def test_a_name_over_the_page_that_is_the_headline_s_rubric_is_no_site() -> None:
    # "Top 14" printed over the page and again as the headline's kicker: a competition, a rubric
    # (and run together in the headline, as a brand would be written)
    headline = "Kerne 14 – Quimper-Brest : l'importance des bonus dans le Kerne14"
    assert find_site(["Kerne 14", "Kerne 14", headline, LEAD, MORE], headline) == ""
    assert (
        find_site(["Kerne 14", "Kerne 14", TITLE, LEAD, "Le Kerne14 joue ce soir.", MORE], TITLE)
        == "Kerne 14"
    )


def test_an_aggregator_s_about_box_counting_its_articles_names_it_and_leaves_the_body() -> None:
    about = (
        "KerneAfrica publie environ 300 articles par jour provenant de plus de 90 organes de presse et de"
        " plus de 400 autres institutions et particuliers, représentant une diversité de positions sur"
        " tous les sujets. Nous publions aussi bien des informations et des points de vue contre que pour"
        " les gouvernements. Les articles et commentaires que nous publions n'engagent que leurs auteurs, et"
        " nous ne pouvons être tenus pour responsables de leur contenu."
    )
    notice = "Les articles et documents identifiant KerneAfrica comme source sont produits ou commandés par KerneAfrica."
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{about}\n\n{notice}\n")
    assert len(about) > 400
    assert article.source == "KerneAfrica"
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_an_outlet_the_page_calls_its_partner_is_not_the_site() -> None:
    lead = (
        "Selon les autorités, 1 300 personnes défilent dans les rues de Quimper ce lundi, rapportent nos"
        " partenaires du Télégramme."
    )
    page = f"{TITLE}\n\n© Le Télégramme\n\n{lead}\n\n{MORE}\n"
    assert parse(page).source == ""
    # (credited without the word, the outlet's credit still names the site)
    assert parse(f"{TITLE}\n\n© Le Télégramme\n\n{LEAD}\n\n{MORE}\n").source == "Le Télégramme"


def test_a_name_printed_twice_at_the_top_is_the_site_and_a_menu_s_entry_is_not() -> None:
    menu = "\n".join(
        f"  • {entry}" for entry in ("Actualités", "Vols et Promotions", "Kerne Infos", "Hôtels")
    )
    crumbs = f"Accueil » Kerne Infos » {TITLE}"
    page = f"Aller au contenu\nKernevoyages Kernevoyages\n{menu}\n{TITLE}\n\n{crumbs}\n\nKerne Infos\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).source == "Kernevoyages"
    # Without the logo's name, the menu's entry that looks like a medium's name is no site.
    assert parse(page.replace("Kernevoyages Kernevoyages\n", "")).source == ""


def test_a_shouted_place_over_the_page_is_no_site() -> None:
    lead = (
        "Neuf personnes ont été blessées mercredi par un automobiliste dans l'arrondissement de "
        "Kerlouan-Nord, lors de deux collisions successives près du marché."
    )
    assert parse(f"KERLOUAN-NORD\n\n{TITLE}\n\n{lead}\n\n{MORE}\n").source == ""


@pytest.mark.parametrize("top", ["Chroniques", "Enquêtes"])
def test_a_rubric_in_the_plural_over_the_page_is_no_site(top: str) -> None:
    assert parse(f"{top}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{top}\n\nLe mot du jour\n").source == ""


@pytest.mark.parametrize(
    ("lines", "site"),
    [
        # the byline alone on its line under the standfirst
        (f"{TITLE}\n\n{LEAD}\n\nPublic Sénat\n\nTemps de lecture :\n\n4 min", "Public Sénat"),
        # the box of the day's articles under the site's name
        (f"{TITLE}\n\n{LEAD}\n\nAujourd'hui sur Mediapart\n\nVoir la Une du Journal", "Mediapart"),
        # the subscription's offer where the text stops
        (
            f"{TITLE}\n\n{LEAD}\n\nDécouvrez l'abonnement numérique Nord Eclair pour seulement 1€ par mois !",
            "Nord Eclair",
        ),
    ],
)
def test_a_known_outlet_named_alone_in_its_box_or_its_offer_is_the_site(lines: str, site: str) -> None:
    assert parse(f"{lines}\n\n{MORE}\n").source == site
    # (another name in the same places is no site)
    assert parse(f"{lines.replace(site, 'Les Amis du Port')}\n\n{MORE}\n").source == ""


def test_a_legend_credited_to_a_photographer_and_a_known_outlet_after_a_dash_names_the_site() -> None:
    legend = "Devant l'hôpital, les ballons symbolisaient les postes supprimés. — L.Morvan / 20 Minutes"
    article = parse(f"{legend}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.source, article.title) == ("20 Minutes", TITLE)
    # An unknown name there is no site.
    assert (
        parse(f"{legend.replace('20 Minutes', 'Les Amis du Port')}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source
        == ""
    )


@pytest.mark.parametrize(
    ("standfirst", "site"),
    [
        (
            "Les services prévoient de maintenir l'alerte jusqu'à mardi ou mercredi20 Minutes avec AFP",
            "20 Minutes",
        ),
        ("Les services prévoient de maintenir l'alerte jusqu'à mardi. Le Soir avec Belga", "Le Soir"),
        ("Les services prévoient de maintenir l'alerte jusqu'à mardi. Kerne Hebdo avec AFP", ""),
    ],
)
def test_a_known_outlet_signing_with_its_agency_is_the_site(standfirst: str, site: str) -> None:
    assert parse(f"{TITLE}\n{standfirst}\n\n{LEAD}\n\n{MORE}\n").source == site


def test_a_site_s_own_crowdfunding_campaign_names_it() -> None:
    banner = "Kerne Hebdo est en campagne sur Ulule ! Kerne Hebdo est en campagne sur Ulule !"
    assert parse(f"{banner}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").source == "Kerne Hebdo"
    # A campaign the article reports is another's.
    said = "Le club de voile de Quimper, lui, est en campagne sur Ulule pour financer ses dériveurs."
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{said}\n\n{MORE}\n").source == ""


def test_a_numbered_breadcrumb_s_item_is_no_masthead() -> None:
    article = parse(f"1. Accueil\n  2. Actu\n  3. {TITLE}\n\nActu\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, "")


def test_a_paywall_s_notice_names_the_outlet_one_subscribes_to() -> None:
    notice = "Pour avoir accès à ce contenu, vous devez être abonné au Journal de Kerlo. Si tel est le cas, connectez-vous."
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{notice}\n")
    assert article.source == "Journal de Kerlo"
    assert article.body.split("\n\n") == [LEAD]


def test_a_rubric_on_the_first_line_named_again_only_inside_another_name_is_no_site() -> None:
    lead = f"{LEAD[:-1]}, témoigne Léa Kerlo, directrice générale du GIE Territoires."
    article = parse(f"Territoires\n\n{TITLE}\n\n{lead}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, "")


@pytest.mark.parametrize(
    "notice",
    [
        "Pour lire la suite, vous devez être abonné à l'Offre Premium.",
        "Pour lire la suite, vous devez être abonné à Premium.",
    ],
)
def test_a_paywall_s_offer_is_no_site(notice: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{notice}\n").source == ""


@pytest.mark.parametrize(
    ("top", "bottom"),
    [
        ("Météo Météo", ""),  # a menu's entry and its icon's label
        ("", "A lire sur kerlo-infos.fr, sur lecourrierdekerlo.fr"),  # the sources it read
    ],
)
def test_a_section_printed_twice_or_a_list_of_sources_is_no_site(top: str, bottom: str) -> None:
    assert parse(f"{top}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{bottom}\n").source == ""


def test_a_known_outlet_opening_a_sentence_at_the_foot_of_a_short_page_signs_nothing() -> None:
    # (Médor is a magazine's name and a dog's: the article's own sentence names no site)
    sentence = (
        "Médor, à peine sur ses pattes, a commencé par fouiller les comptes de la société. Il a trouvé "
        "des ruines nombreuses — les filiales qui se sont succédé — et des galeries enchevêtrées."
    )
    assert parse(f"Va chercher, Médor !\n\n{LEAD}\n\n{sentence}\n").source == ""


@pytest.mark.parametrize(
    ("signature", "site"),
    [
        ("BX1 et Belga – Photo : Bx1", "BX1"),
        ("Kerne Hebdo et Belga", ""),
        ("Le Soir / Belga", "Le Soir"),
        ("Léa Roy/AFP", ""),  # a photographer's credit
    ],
)
def test_a_known_outlet_signing_with_its_agency_under_the_article_is_the_site(
    signature: str, site: str
) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{signature}\n").source == site
