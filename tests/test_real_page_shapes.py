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


@pytest.mark.parametrize(
    "before",
    [
        "Société Arts & culture Sports Chroniques Concours Annonces Emploi",
        "Follow quimper_infos on Twitter",
        "Votre ville : QUIMPER / BREST / MORLAIX",
        "Si cette page s'affiche mal, rechargez-la ou videz le cache de votre navigateur.",
        "Quimper Infos - Le premier site d'information du Finistère",
        "Afficher tous les résultats",
        '(adsbygoogle = window.adsbygoogle || []).push({ google_ad_client: "pub-0000" });',
        "Vous-êtes ici: AccueilActualités2024 03 03Article 123456",
        "Cet article vous est offert",
        "Vous utilisez un AdBlock?! :)",
        # A print button, the article's neighbours, a login box, a video player.
        "Article suivant : « Brest inaugure sa nouvelle halle couverte », page 20",
        "Identifiant et/ou mot de passe non valides",
        "La vidéo de ce programme sera bientôt disponible",
        # An ad's picture named by its size, a place's front page, a members' box.
        "Quimper - A la une",
        "Vous n'êtes pas encore membre ?!",
        # A bar of the site's services, an edition's picker.
        "Abonnement Boutique Faire un don",
        "Éditions : française | anglaise | internationales",
        # A country's rubric over the headline.
        "Côte d'Ivoire",
        "Le Sénégal",
        # a caption with its photographer twice, a list's item, a letter's salutation
        "La plage du Moulin Blanc. (Photo d'illustration Léa Roy) (LÉA ROY)",
        "– adopté des projets de textes ;",
        "Chères lectrices, chers lecteurs,",
        "(De g. à dr.) Léa Morvan, Yann Kerhervé et Anne Le Goff",
    ],
)
def test_menus_prompts_and_taglines_are_never_the_headline(before: str) -> None:
    # A headline with none of the lead's words: only its shape can beat the line before it.
    headline = "Les voitures bannies des ruelles dès lundi"
    article = parse(f"{before}\n{headline}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline


def test_a_video_page_s_headline_keeps_its_label_but_a_video_s_credit_is_no_headline() -> None:
    headline = "Vidéo : les voitures bannies des ruelles de Quimper dès lundi"
    assert parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n").title == headline
    credit = "Vidéo : Studio Quimper"
    assert parse(f"{credit}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_country_s_rubric_alone_over_the_text_gives_way_to_the_first_sentence() -> None:
    lead = "La Côte d'Ivoire a rendu hommage mercredi à son ancien ministre de la Culture."
    article = parse(f"Côte d'Ivoire\n{lead}\n{LEAD}\n{MORE}\n")
    assert article.title == lead


def test_a_tagline_over_a_menu_is_not_the_headline_nor_the_menu_the_body() -> None:
    tagline = "Les nouvelles de Quimper et de la Cornouaille"
    menu = "  ".join(
        f"Informations {place}"
        for place in (
            "Quimper et Douarnenez",
            "Pays de Concarneau",
            "Pays Bigouden",
            "Cap Sizun",
            "Pays de Châteaulin",
            "Monts d'Arrée",
            "Presqu'île de Crozon",
        )
    )
    headline = (
        "Le maire a rendu visite aux commerçants du quartier de la rue Kéréon, de la place "
        "Saint-Corentin et des halles avant la fermeture du centre historique"
    )  # as long as a standfirst, and without its full stop
    page = f"{tagline}\n\n{menu}\n\n{headline}\n\nlundi 3 mars 2024 par Rédaction\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == headline
    assert article.body.split("\n\n") == [LEAD, MORE]


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


def test_a_picture_s_alt_text_with_the_site_is_scored_on_its_own_words() -> None:
    headline = 'Le maire de Quimper : "Des commerçants m\'arrêtent dans la rue pour me dire merci, chaque matin et chaque soir"'
    page = f"{headline}\n\nJean Kerhervé - QuimperMag\n\nLe maire de Quimper, Jean Kerhervé, a voté la piétonnisation.\n\n{MORE}\n"
    assert parse(page).title == headline


def test_a_competition_after_the_headline_s_dash_is_no_site() -> None:
    article = parse(f"Quimper - Brest en direct - demi-finale - Top 14\n\n{LEAD}\n\n{MORE}\n")
    assert article.source == ""


def test_the_file_name_a_browser_saved_the_page_under_picks_the_headline() -> None:
    teaser = "Les commerçants de Brest dressent le bilan d'un an sans voitures"
    headline = "Les voitures bannies des ruelles dès lundi"
    page = f"{teaser}\n{headline}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == teaser  # nothing else tells them apart: the first wins
    saved = Path("/tmp/Les voitures bannies des ruelles dès lundi - Le Télégramme.txt")
    assert parse_article(page, saved).title == headline
    assert parse_article(page, Path("/tmp/les-voitures-bannies-des-ruelles.txt")).title == headline


@pytest.mark.parametrize("kicker", ["Sud Finistère", "Haute-Savoie", "Bretagne"])
def test_a_region_s_name_run_into_the_headline_is_a_kicker(kicker: str) -> None:
    headline = "Encore des vitrines brisées, un scooter volé : les faits divers du 7 août"
    assert parse(f"{kicker} {headline}\n\n{LEAD}\n\n{MORE}\n").title == headline
    # Over a banner long enough to pass for prose, the headline's line stays out of the body.
    banner = "Le Télégramme - 07 août 2023 à 18:09 | mis à jour le 07 août 2023 à 23:22 - Temps de lecture :"
    article = parse(f"{kicker} {headline}\n\n{banner} {LEAD}\n\n{MORE}\n")
    assert not article.body.startswith(kicker)
    # A city, or a name opening the headline, is no kicker.
    for title in (
        "Paris Match révèle les coulisses du conseil",
        "Marine Le Pen visite les halles de Quimper",
    ):
        assert parse(f"{title}\n\n{LEAD}\n\n{MORE}\n").title == title


def test_the_outlet_s_banner_under_the_headline_gives_site_and_date() -> None:
    caption = "La vitrine de la boutique a été brisée dans la nuit.  Photo Le Télégramme /Léa MORVAN"
    banner = "Le Télégramme - 07 août 2023 à 18:09 | mis à jour le 07 août 2023 à 23:22 - Temps de lecture :"
    article = parse(f"{TITLE}\n\n{banner}\n{caption}\n{caption}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, "Le Télégramme")
    assert article.date == datetime(2023, 8, 7, 18, 9)
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_the_outlet_s_name_alone_under_the_date_and_byline_is_the_site() -> None:
    """Only as a line of its own: the article's first sentence naming an outlet is no signature."""
    stamp = "14.03.2024 07h05 Margot Rochat"
    article = parse(f"Bretagne\n{TITLE}\n{stamp}\nLe Télégramme\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, "Le Télégramme")
    assert article.body.split("\n\n") == [LEAD, MORE]
    cited = "Le Télégramme a révélé l'affaire jeudi soir, après des mois d'enquête dans le quartier."
    assert parse(f"Bretagne\n{TITLE}\n{stamp}\n{cited}\n{LEAD}\n").source == ""


def test_a_photo_caption_with_its_credit_is_not_the_headline() -> None:
    caption = "Le maire devant la place Saint-Corentin, le 3 mars 2024 à Quimper. (MAXPPP)"
    assert parse(f"{caption}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE
    credit = "Le maire devant la place Saint-Corentin / AFP"
    assert parse(f"{credit}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_long_caption_under_the_headline_printed_again_with_its_credit_is_neither_title_nor_text() -> None:
    caption = (
        "Les halles de Quimper, où se croisent chaque samedi matin des centaines de marchands et de clients"
    )
    page = f"{TITLE}\n\n{caption}\n{caption} ©Radio Bretagne - Yann Le Goff\n{caption} ©Radio Bretagne - Yann Le Goff"
    article = parse(f"{page}\nPublicité\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_headline_printed_again_as_its_picture_s_credited_legend_stays_the_headline() -> None:
    legend = f"{TITLE} © Jean Martin/Le Journal"
    assert parse(f"Le Journal\n{TITLE}\n{legend}\n{legend}\nAnne Kerlo\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_headline_written_with_a_full_stop_is_still_the_headline() -> None:
    title = "Bretagne/Pas de marché aux puces à Quimper ce dimanche."
    article = parse(f"{title}\n\n0\n\n12\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == title
    assert article.body.split("\n\n") == [LEAD, MORE]
    dated = "Le conseil municipal de Quimper a voté la piétonnisation du centre historique."
    assert parse(f"{dated}\n\n3 mars 2024\n\n{LEAD}\n\n{MORE}\n").title == dated


def test_an_exclaiming_headline_under_its_rubric_is_the_headline_not_the_article() -> None:
    title = "Quimper repose la main sur le trophée Jean Kerlo !"
    article = parse(f"Hockey sur glace\n{title}\n{LEAD}\n{MORE}\n")
    assert article.title == title
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_picture_s_alt_text_printed_twice_under_the_headline_is_no_article() -> None:
    title = "Amical / Quimper – un derby légendaire : c'est presque officiel !"
    article = parse(
        f"    Quimper Football\n    {title}\n    Quimper Foot\n    Quimper Foot\n    {LEAD}\n    {MORE}\n"
    )
    assert article.title == title
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_path_ending_with_an_exclaiming_headline_is_not_the_article() -> None:
    title = "Ligue 2 Bretagne : Le Stade quimpérois nouveau leader !"
    article = parse(f"Accueil Sports {title}\nSportsFootball\n\n{title}\n\nPartager\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == title
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_standfirst_printed_over_the_headline_gives_way_to_it_and_stays_the_article_s() -> None:
    article = parse(f"{LEAD}\n{TITLE}\n{MORE}\n")
    assert article.title == TITLE
    assert article.body.split("\n\n")[0] == LEAD and MORE in article.body


def test_a_list_of_titles_each_left_with_its_dash_is_no_article_but_a_live_page_s_times_are() -> None:
    titles = (
        "Grave accident à Quimperlé : trois victimes, un jeune conducteur perd la vie",
        "Quimper – Un conseil municipal sous haute tension : passes d'armes et sarcasmes sur les tarifs",
        "Quimper - Le quartier de Kerfeunteun engagé dans une vaste mutation urbaine",
        "Quimper - Retour sur le conseil municipal : patrimoine et financement de la piscine",
    )
    teasers = "\n".join(f"{title} -" for title in titles)
    page = f"{TITLE}\nPublié le 26 janvier 2024 à 09h59\n{LEAD}\n{MORE}\n-\n{teasers}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]
    live = "\n".join(
        f"16h{minute} –\nLe peloton roule à {minute} km/h vers l'arrivée de Quimper."
        for minute in (51, 52, 53)
    )
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{live}\n").body.count("16h5") == 3


def test_a_title_case_headline_under_a_glued_menu_and_an_offer_is_the_headline() -> None:
    title = "Guerre des Halles : La Mairie de Quimper Affirme Avoir Fermé les Stands « illégaux » du Marché Couvert"
    assert parse(f"A L uneACTUALITESlocalPOLITIQUE\n\n{title}\n\n{LEAD}\n\n{MORE}\n").title == title
    offer = "Profitez des offres Boutique-Kerne.ch!"
    assert parse(f"{offer}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_name_written_beside_the_address_it_spells_is_the_site_but_an_email_s_is_not() -> None:
    signed = (
        "Directeur général à Kerne Foot Infos Premier portail sportif breton http://www.kernefootinfos.com"
    )
    assert parse(f"{TITLE}\n{signed}\n\n{LEAD}\n\n{MORE}\n").source == "Kerne Foot Infos"
    mail = "Écrire à mairie@ville.quimper.bzh ou consulter la Ville de Quimper en ligne."
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{mail}\n").source == ""


def test_a_region_before_a_dash_a_picture_s_credit_and_a_kicker_s_dash_leave_the_headline() -> None:
    title = "Tribunal Quimper : plusieurs manifestants en comparution immédiate"
    byline = "Anne KERLO - 27 nov. 2018 à 05:06 | mis à jour le 27 nov. 2018 à 07:41"
    credit = "Photo d'illustration Yann Le Goff"
    article = parse(f"Bretagne - {title}\n{byline}\n{credit}\n{credit}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.body.split("\n\n")) == (title, [LEAD, MORE])
    kicker = "RDC – Conférence des gouverneurs : Kinshasa se déplace au Lualaba"
    assert parse(f"{kicker}\n\n{LEAD}\n\n{MORE}\n").title == kicker


def test_a_link_to_the_author_s_articles_is_no_headline() -> None:
    assert parse(f"Tous mes articles\n\nOnde rouge\n\n{LEAD}\n\n{MORE}\n").title == "Onde rouge"


def test_a_radio_s_news_written_without_full_stops_keeps_all_its_paragraphs() -> None:
    paragraphs = [
        "Du verglas présent notamment dans le secteur de Quimperlé, soyez prudents sur la route ce matin",
        "Notez cet accident impliquant deux poids-lourds sur la RN165 avec 11 kms de bouchons vers Lorient",
        "Le responsable des routes du département faisait le point dans notre première édition ce matin",
    ]
    page = "Des routes glissantes ce matin en Cornouaille\n\n25 janvier 2017\n\n" + "\n\n".join(paragraphs)
    article = parse(page + "\n")
    assert article.title == "Des routes glissantes ce matin en Cornouaille"
    assert article.body.split("\n\n") == paragraphs


def test_a_list_the_article_announces_with_a_colon_ends_it_whole() -> None:
    intro = "Sur proposition du maire, le conseil a désigné les adjoints dont les noms suivent :"
    items = ["Adjoint chargé des finances : Anne Kerlo", "Adjoint aux sports et à la jeunesse : Yann Le Goff"]
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{intro}\n\n" + "\n\n".join(items) + "\n")
    assert article.body.split("\n\n") == [LEAD, intro, *items]
    teaser = "Football : Le Stade quimpérois reprend la tête"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{teaser}\n").body.split("\n\n") == [LEAD, MORE]


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


def test_a_picture_s_alt_text_and_legend_over_its_credit_come_before_the_headline() -> None:
    alt = "Les halles de Quimper soutenues par une structure en métal."
    legend = "Les halles de Quimper soutenues par une structure métallique, en mai 2019."
    page = f"{alt}\n\n{legend}\n\n© Crédits photo : Yann Le Goff/AFP\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert (article.title, article.body.split("\n\n")) == (TITLE, [LEAD, MORE])
    pictured = parse(f"{TITLE}\n\n{LEAD}\n\nPhoto : Yann Le Goff\n\n{MORE}\n")
    assert pictured.body.split("\n\n") == [LEAD, MORE]  # the lead over its picture's credit stays


def test_an_interview_s_shouted_authors_are_no_headline() -> None:
    title = "Pour une mémoire ouvrière"
    authors = "CAMILLE ROY + GÉRARD LE GOFF"
    lead = (
        "Gérard Le Goff, historien à Quimper, revient avec Camille Roy sur la manière d'écrire "
        "l'histoire ouvrière de la ville et de son port."
    )
    page = f"Articles\n\n{title}\n\nAnne Kerlo\n\n+\n\n{authors}\n\n—21 avril 2017\n\n{lead}\n\n{MORE}\n"
    assert parse(page).title == title


def test_a_credit_or_badge_glued_to_the_headline_is_taken_off() -> None:
    assert parse(f"{TITLE} © Jean Martin/Le Journal\n\n{LEAD}\n\n{MORE}\n").title == TITLE
    assert parse(f"{TITLE} Contenu réservé aux abonnés\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_live_headline_keeps_its_label_and_is_not_a_dateline() -> None:
    live = "EN DIRECT - Tempête : les vents soufflent à 150 km/h sur le Finistère"
    assert parse(f"{live}\n\n{LEAD}\n\n{MORE}\n").title == live


def test_a_short_kicker_gives_way_to_the_headline_the_lead_speaks_of() -> None:
    text = f"Conseil municipal\n« La piétonnisation du centre de Quimper est votée »\n\n{LEAD}\n\n{MORE}\n"
    assert parse(text).title == "« La piétonnisation du centre de Quimper est votée »"


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


def test_paywall_notices_and_reading_time_leave_the_body() -> None:
    notice = "Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite."
    article = parse(f"{TITLE}\nTemps de lecture : 2 min\n\n{LEAD}\n\n{notice}\n\n{MORE}\n")
    assert "abonnés" not in article.body and "lecture" not in article.body and MORE in article.body


def test_a_scraped_month_stamp_is_not_part_of_the_headline() -> None:
    article = parse(f" date 2024-03 {TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE and article.date is None  # a month is no publication date


def test_a_long_caption_saying_where_people_stand_is_not_the_headline_nor_the_article() -> None:
    caption = (
        "Les maires de Quimper et de Brest, Anne Kerlo et Paul Roux (à l'avant-plan), ont signé mercredi "
        "une convention sur les transports à l'hôtel de ville de Quimper, aux côtés des deux directeurs."
    )
    article = parse(f"{caption}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE and article.body.split("\n\n") == [LEAD, MORE]


def test_a_caption_over_a_separator_a_kicker_and_the_headline_is_no_article() -> None:
    caption = "Le port de Douarnenez accueille chaque été des milliers de visiteurs."
    page = f"{caption}\n/\nSérie d'été\n{TITLE}\n22 juil. 2024 | À la une\n{LEAD}\n{MORE}\n"
    article = parse(page)
    assert caption not in article.body and article.title != caption


def test_a_council_s_communique_titled_with_its_weekday_and_day_is_the_headline() -> None:
    title = "Communiqué du Conseil municipal du Mercredi, 10 Mars 2021"
    article = parse(f"{title}\nPartager :\nDate : 10 mars 2021\n{LEAD}\n{MORE}\n")
    assert (article.title, article.date) == (title, datetime(2021, 3, 10))


def test_a_programme_s_title_with_its_day_after_a_dash_is_the_headline_but_a_banner_is_not() -> None:
    title = "Journal télévisé du pays de Quimper – 30.11.2017"
    article = parse(f"{title}\n{LEAD}\n{MORE}\n")
    assert (article.title, article.date) == (title, datetime(2017, 11, 30))
    article = parse(f"{TITLE}\nLa Voix du Nord - 30.11.2017\n{LEAD}\n{MORE}\n")
    assert (article.title, article.date) == (TITLE, datetime(2017, 11, 30))


def test_a_one_word_programme_with_its_day_is_the_headline() -> None:
    page = f"INFO du 9 mars 2023\nLoading Video...\n09.03.2023\n800 millions de dégâts\n{LEAD}\n{MORE}\n"
    article = parse(page)
    assert (article.title, article.date) == ("INFO du 9 mars 2023", datetime(2023, 3, 9))


def test_a_logo_s_alt_text_over_the_headline_does_not_make_it_a_legend() -> None:
    page = f"logo journal kerne-infos\nicon journal\n{TITLE}\nPhoto : Léa Roy\n{LEAD}\n{MORE}\n"
    assert parse(page).title == TITLE


def test_a_day_s_report_with_the_page_s_date_stamp_glued_is_the_headline() -> None:
    report = "Compte-rendu du conseil municipal du 3 mars 2024"
    article = parse(
        f"Kerne Infos\n\n{report}  03/03/2024\n\nLa halle rouvre ses portes\n\n{LEAD}\n\n{MORE}\n"
    )
    assert article.title == report


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


@pytest.mark.parametrize(
    "clutter_line",
    [
        # photo captions and credits, image leftovers
        "Le maire devant la halle, le 3 mars. (Photo Léa Morvan / Reuters)",
        "Des commerçants rue Kéréon, samedi. (Yann KERGOAT / AFP)",
        "Le maire et son adjoint devant la halle, en 2021.Image: Keystone",
        "Photo d'illustration",
        "https://cdn.exemple-media.fr/img/2024/03/halle-quimper.jpg",
        "image/jpeg",
        # paywall, login
        "Il vous reste 72 % de cet article à lire.",
        "Déjà abonné ? Connectez-vous",
        "La suite de cet article est réservée à nos abonnés.",
        # reading time, empty date labels
        "Lecture 3 min.",
        "Publié le · Mis à jour le",
        # share and comment widgets with counts
        "Partager 12",
        "14 partages",
        "Commenter (3)",
        "Facebook Twitter E-mail Copier le lien",
        "Copier le lien Partager sur Facebook Partager sur Twitter Partager sur Linkedin Imprimer",
        # captions credited to an illustration, an account, "rights reserved" and a source
        "Les commerçants ont fermé leurs rideaux dans le centre de Quimper, samedi (illustration : Editpress).",
        "La collision a fait trois blessés, dont un grave, à Quimper. / @Radio Kerne",
        "Le jeune homme a été blessé dans une rue du centre de Quimper. DR Google Maps",
        "LIRE AUSSI : Scooter contre voiture, près de Brest : le pilote de 16 ans entre la vie et la mort, selon les pompiers",
        "Les élus ont accroché les banderoles aux grilles de la mairie de Quimper. (c) JA29",
        "► ARTICLE // Le Stade brestois s'incline en fin de match face à Lorient",
        "La suite…. https://www.exemple.ch/news-969287",
        "Continue Reading",
        "Les élus ont remodelé la régie en une maison de famille. D. R.",
        "© AFP | Une employée de la gare de Quimper devant des quais vides, jeudi, jour de grève",
        # "see also", "read on <site>"
        "À lire sur Le Télégramme : les commerçants s'organisent",
        "(Re)lire : la piétonnisation de Brest, un an après",
        "Lire l'article complet sur le site de la mairie",
        # error reports
        "Vous avez repéré une erreur ? Signalez-la à la rédaction",
        "Signaler un contenu",
        # live-blog markers, broadcast plugs
        "Ce direct est maintenant terminé. Merci de l'avoir suivi.",
        "Fin du direct",
        # the article's neighbours, glued to their titles as a theme prints them
        "Article précédentLe port de Douarnenez accueille les vieux gréements",
        "Article suivant : « Brest inaugure sa nouvelle halle couverte »",
        # a print button, a login box's button, a video player's placeholder
        "Lancer l'impression",
        "M'inscrire gratuitement",
        "Video Url",
        # a photographer's credit line, a box about the article, a cross-reference, an id
        "Photo Jeanne Roy/Agence Presse-Nord",
        "Coup d'oeil sur cet article",
        "Pour le contexte et le calendrier, voir notre article sur la fête du port.",
        "4417302",
        "Crédit photo Léa Morvan - Vélo Ouest",
        "JPEG - 95.5 ko",
        "Voir les résultats et le classement de la 3e journée : Résultats Régionale 1",
        "La maire devant la halle rénovée, samedi. Crédits photo : Léa Morvan",
        # a comments box's and a theme's leftovers, a channel's promo, a consent box's text
        "Reactions",
        "List is empty.",
        "post_thumb_default",
        "PROMO FIBRE 970x250 Px-01-1",
        "Nous expliquons tout sur notre chaîne vidéo. Abonnez-vous !",
        "Les cookies nécessaires activent les fonctions de base du site.",
        # a caption with its photographer glued after it
        "La chapelle de Locronan sous la neige.J. Roy",
        # a screenshot's caption
        "La maire sur le plateau de la télévision locale, le 3 mars 2024. | Capture d'écran",
        "Bonjour et bienvenue dans ce direct consacré au conseil municipal.",
        "À suivre ce soir sur France 3 Bretagne dans le journal de 19 heures",
        # consent banners and their buttons, app-store prompts, a contact box
        "Les cookies nous permettent de personnaliser le contenu et les annonces, d'offrir des fonctions "
        "liées aux réseaux sociaux et d'analyser notre audience, avec nos partenaires.",
        "Tout décliner",
        "Analytique",
        "En savoir plus OK",
        "Installe gratuitement notre app",
        "pour iPhone, iPad et Android",
        "Radio Kerne dans l'App StoreRadio Kerne dans Google Play",
        "Suis-nous sur les réseaux",
        "Réception : +33 2 98 00 00 00",
        "Mail : contact(at)radiokerne.bzh",
        "Rue des Halles 12B",
        "CP 214",
        "29000 Quimper",
        "Pour ne rien manquer, inscrivez-vous à notre newsletter et recevez chaque matin dès 7 heures "
        "l'essentiel de l'actualité de la Cornouaille.",
        # an archive's notice, image placeholders, a theme's English search labels
        "Cet article fait partie des archives en ligne du Kerne Hebdo, qui a cessé de paraître en 2021.",
        "[image:1,l]",
        '<image>data:image/gif;base64,R0lGODlh" alt="Le maire devant la halle"',
        "View All Result",
        "Vous êtes à présent connecté(e) à votre compte Kerne Hebdo, mais vous n'êtes pas abonné(e).",
        "Vos avantages abonné",
        "1. 1. Accédez en illimité à l'ensemble des articles sur le site et l'application.",
        "Le contenu continue ci-dessous",
        "Ce contenu est LIBRE d'accès. Pour le lire, il vous suffit de créer un COMPTE GRATUIT",
        "halle-quimper3",
        "halle neige 10 avril 1",
        "Votre navigateur est obsolète. Veuillez le mettre à jour avec la dernière version ou passer à un "
        "autre navigateur pour profiter pleinement de toutes les fonctions de notre site.",
        # a text-size switch, share buttons glued together, a rights notice, an embedded post's link
        "A+ A A-",
        "Partager cet articleFermer",
        "Tous droits de reproduction et de représentation réservés. © 2024 - Agence Kerne.",
        "https://www.facebook.com/kernehebdo/videos/1234567890/",
        # a reproduction notice, a readers' counter, a live player's notices
        "Toute reproduction interdite",
        "Visits: 24",
        "Si le direct ne s'affiche pas, veuillez rafraîchir la page.",
        "Pour revoir notre direct de la veille, cliquez ici.",
        # a back button, a share bar of platforms, the site's app, a gallery's link, a form's
        # note, counters, a text-size switch, captions credited "Ph."
        "Revenir en arrière",
        "sur Facebook sur Twitter sur LinkedIn",
        "Application Kerne Infos Bretagne",
        "Galerie images »",
        "* indicates required",
        "0 0",
        "VIEWS",
        "Texte plus petit Texte plus grand Imprimer cette page",
        "Des rues inondées à Quimper. Radio Kerne/ Ph. Jean Roy",
        "Des barricades rue Kéréon (Ph)",
        # a caption of nothing but who is pictured
        "Karl Roux, Hervé Le Goff, Anne Kerlo, Jean-Luc Morvan",
        # an illustration's credit after its caption; a consent box's lines
        "Les pompiers sont restés sur place toute la nuit. Photo d'illustration/Archives Kerne Hebdo/Anne Roy",
        "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.",
        "Gérer mes choix",
        "Des policiers devant la gare de Quimper. [ANNE KERLO/AFP]",
        "Votre avis nous intéresse.",
        "Répondre à cette enquête ne vous prendra que quelques minutes.",
        "Photo d'illustration|| Photo d'illustration|| ||",
        "L'article Quimper : le marché rouvre lundi est apparu en premier sur Kerne Infos.",
        "Vous devez bénéficier d'un abonnement premium pour lire l'article.",
        "L'espace des commentaires est ouvert aux inscrits.",
        "BRETAGNE :: SOCIETE",
        "Quimper 98.4 FM",
        "skip_previous skip_next",
        "Comments are closed.",
        "Photo d'archive utilisée juste à titre d'illustration",
        "Inscrivez-vous à « La semaine en Cornouaille », et retrouvez chaque samedi notre sélection des "
        "articles qu'il ne fallait pas manquer ces sept derniers jours.",
        "En cliquant sur « J'accepte », les cookies et autres traceurs seront déposés sur votre appareil et vous "
        "pourrez voir la vidéo de notre partenaire (plus de détails).",
    ],
)
def test_page_furniture_inside_the_article_is_dropped(clutter_line: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{clutter_line}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize(
    "sentence",
    [
        "Suivre l'évolution du chantier sur le terrain reste difficile pour les riverains.",
        "Voir dans ce vote une victoire des commerçants serait pourtant exagéré.",
        "Publié en 2019, le rapport recommandait déjà de fermer la rue aux voitures.",
        "Le texte a été adopté par 31 voix contre 8 (AFP).",
        # a live page's link to the results it speaks of; a subhead opening with "De"
        "https://www.resultats.quimper.bzh/",
        "De nombreuses rues déjà fermées",
        "Lu par la maire, le texte a été adopté à l'unanimité.",
        "Application de la loi : les maires attendent les décrets.",
    ],
)
def test_sentences_that_resemble_furniture_are_kept(sentence: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{sentence}\n\n{MORE}\n")
    assert sentence in article.body.split("\n\n")


def test_a_subhead_ending_with_a_colon_over_a_long_paragraph_is_kept_but_a_toolbar_is_not() -> None:
    subhead = "Le fil de la séance (18 voix contre 17) :"
    page = f"{TITLE}\n\n{subhead}\n\n{LEAD} {MORE}\n\n{MORE}\n"
    assert parse(page).body.split("\n\n")[0] == subhead
    toolbar = "Taille du texte: Email Imprimer Partager:"
    page = f"{TITLE}\n\n{toolbar}\n\n{LEAD} {MORE}\n\n{MORE}\n"
    assert toolbar not in parse(page).body.split("\n\n")


def test_a_live_match_s_events_stamped_with_their_minute_are_the_article_s() -> None:
    events = ["2' Pénalité de Kerlo", "25' Remplacement de Roux par Morvan", "47' Essai de Le Goff"]
    page = (
        "Suivez le match Quimper - Brest en direct\n"
        + "\n".join(events)
        + f"\nCommentaires\n{LEAD}\n{MORE}\n"
    )
    assert parse(page).body.split("\n\n") == [*events, LEAD, MORE]


def test_a_repeated_headline_inside_the_page_never_ends_the_article() -> None:
    page = f"Menu\n{TITLE}\nSociété\n{TITLE}\nPar Léa Morvan\n{LEAD}\n{TITLE}\n{MORE}\n"
    article = parse(page)
    assert article.title == TITLE
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_related_box_right_after_the_lead_does_not_cut_the_article_short() -> None:
    third = "Les travaux commenceront à l'automne et dureront jusqu'au printemps suivant, selon la mairie."
    fourth = "L'opposition municipale réclame une consultation des habitants avant le début du chantier."
    page = f"{TITLE}\n{LEAD}\nSur le même sujet\n{MORE}\n{third}\n{fourth}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE, third, fourth]


def test_a_related_box_after_the_article_still_ends_it() -> None:
    teaser = "Brest a fermé sa rue de Siam aux voitures il y a un an et les commerçants en dressent le bilan."
    page = f"{TITLE}\n{LEAD}\n{MORE}\nSur le même sujet\n{teaser}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize(
    "header",
    ["03.06.2024", "Publié\n\nle"],
)
def test_another_article_printed_in_the_same_shape_below_ends_the_article(header: str) -> None:
    other_header = header.replace("03.06", "10.07")
    other = "Le marché couvert de Douarnenez rouvrira ses portes au début de l'été après deux ans de travaux."
    page = (
        f"{TITLE}\n\n{header}\n\n{LEAD}\n\n{MORE}\n\nActualités\n\n"
        f"Douarnenez rouvre son marché couvert\n\n{other_header}\n\n{other}\n"
    )
    assert parse(page).body.split("\n\n") == [LEAD, MORE]


def test_a_live_page_s_posts_stamped_like_the_first_are_all_kept() -> None:
    post = "Les premiers commerçants ont baissé leurs rideaux en signe de protestation contre la mesure."
    page = f"{TITLE}\n\n10h42\n\n{LEAD}\n\n{MORE}\n\nLes commerçants protestent\n\n10h30\n\n{post}\n"
    assert post in parse(page).body.split("\n\n")


def test_a_photographer_s_credit_glued_before_a_paragraph_leaves_it() -> None:
    article = parse(f"{TITLE}\n\nPhoto : Léa Morvan – {LEAD}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_short_line_over_a_picture_s_credit_is_its_caption_but_the_standfirst_is_kept() -> None:
    caption = "La rue Kéréon, fermée aux voitures depuis lundi."
    page = f"{TITLE}\n\n{LEAD}\n\n{caption}\n\nCrédit : Archives\n\n{MORE}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]
    # The article's first line over its picture is the standfirst; its last, over the
    # page's copyright, is the article's.
    standfirst = (
        "Après des mois de débats, la ville ferme son centre historique aux voitures dès lundi prochain."
    )
    last = "Les commerçants restent partagés sur la mesure."
    page = (
        f"{TITLE}\n\n{standfirst}\n\nPhoto : Léa Morvan\n\n{LEAD}\n\n{MORE}\n\n{last}\n\n© 2024 Kerne Hebdo\n"
    )
    assert parse(page).body.split("\n\n") == [standfirst, LEAD, MORE, last]


def test_a_caption_printed_twice_once_with_its_credit_leaves_the_body() -> None:
    caption = "En visite chez Anne (à gauche) et Léa Kerlo, la ministre a promis de revenir sur le terrain."
    page = f"{TITLE}\n\n{caption}\n{caption} - J.R.\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]


# Other articles' excerpts, each cut at about the same length in the middle of a sentence.
_CUT_EXCERPTS = [
    "Pour ce numéro de printemps, six boulangers de Cornouaille livrent leur recette de far et, à travers elle, leur",
    "Longtemps réservé aux grandes villes, le vélo cargo gagne les bourgs du Finistère où les familles en font un",
    "À l'heure des réseaux sociaux, une mode venue des pays nordiques gagne les plages bretonnes : la baignade en",
]


def test_excerpts_of_other_articles_cut_mid_sentence_after_the_article_leave_the_body() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n" + "\n\n".join(_CUT_EXCERPTS) + "\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]


def test_the_article_s_own_last_paragraph_cut_by_a_paywall_stays() -> None:
    cut = _CUT_EXCERPTS[0]
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{cut}\n").body.split("\n\n") == [LEAD, MORE, cut]
    # (paragraphs of very different lengths, each ending on a word, are the article's: a poll)
    # (nor a quote signed by a name over the article's last paragraph, cut by the page)
    quote = "Il faut savoir rester humble et se montrer tel que l'on est, disait-il souvent. – Jean de Kerlo"
    last = _CUT_EXCERPTS[1]
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{quote}\n\n{last}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE, quote, last]
    poll = [_CUT_EXCERPTS[0], _CUT_EXCERPTS[1] + " " + _CUT_EXCERPTS[2] + " Voter"]
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n" + "\n\n".join(poll) + "\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE, *poll]


@pytest.mark.parametrize(
    "sentence",
    [
        "À lire les comptes rendus du conseil, la mesure ne faisait pourtant pas l'unanimité.",
        "À voir la foule rassemblée samedi devant la mairie, le projet divise encore.",
        "À suivre sur le terrain les premiers jours du chantier, on mesure l'ampleur des travaux.",
    ],
)
def test_sentences_opening_with_a_infinitive_are_kept(sentence: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{sentence}\n\n{MORE}\n")
    assert sentence in article.body.split("\n\n")


# --- site: where pages name their own outlet, and what is not one ---------------------


@pytest.mark.parametrize(
    ("page_top", "site"),
    [
        ("Vous avez déjà un identifiant sur gazette-du-lac.fr ? Identifiez-vous", "gazette-du-lac.fr"),
        ("Suivez-nous sur facebook.com/gazettedulac", ""),
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
        ("Kylian Mbappé - PSG", ""),
        ("Jeanne Roy / Ville de Quimper", ""),
        ("Jeanne Roy / Keystone", ""),
        ("Agence Web - Odet Média", ""),
    ],
)
def test_an_unknown_medium_credited_beside_a_journalist_is_the_site(credit: str, site: str) -> None:
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


def test_a_caption_naming_who_is_pictured_is_not_the_headline() -> None:
    # It shares the lead's words (as captions do), and comes first.
    caption = "Le maire de Quimper, favorable à la piétonnisation du centre historique, Jean Kerhervé"
    assert parse(f"{caption}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_kicker_printed_glued_to_the_headline_is_taken_off() -> None:
    page = f"Finistère: {TITLE}\n\nActualisé\n\nFinistère{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == TITLE


def test_a_rubric_in_capitals_and_bold_marks_are_taken_off_the_headline() -> None:
    assert parse(f"FAIT DU JOUR {TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE
    assert parse(f"{TITLE}**\n\n{LEAD}\n\n{MORE}\n").title == TITLE
    # (an acronym opening the headline stays)
    acronym = "SNCF Les trains de Quimper supprimés tout le week-end"
    assert parse(f"{acronym}\n\n{LEAD}\n\n{MORE}\n").title == acronym


def test_a_rubric_in_brackets_is_taken_off_but_a_format_stays() -> None:
    assert parse(f"[Piétonnisation] {TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE
    assert parse(f"[VIDÉO] {TITLE}\n\n{LEAD}\n\n{MORE}\n").title == f"[VIDÉO] {TITLE}"


def test_a_kicker_after_a_dash_is_taken_off_when_the_page_prints_it_glued() -> None:
    page = f"Conseil municipal – {TITLE}\nPublié\n\nConseil municipal{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == TITLE
    # Without the glued copy, nothing says the first words are a kicker.
    assert parse(f"Conseil municipal – {TITLE}\n\n{LEAD}\n\n{MORE}\n").title == f"Conseil municipal – {TITLE}"


@pytest.mark.parametrize("kicker", ["Conseil municipal", "Vote serré", "Ligue 2"])
def test_a_kicker_scraped_with_no_space_before_the_headline_is_taken_off(kicker: str) -> None:
    assert parse(f"{kicker}{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE
    # A name with a capital inside is no glued kicker.
    named = "Le patron de PayPal inaugure un centre à Quimper"
    assert parse(f"{named}\n\n{LEAD}\n\n{MORE}\n").title == named


def test_a_byline_with_its_date_and_a_station_s_tagline_are_not_the_headline() -> None:
    headline = "Panaché des réactions"  # short, and sharing no word with the lead
    page = f"La 1re radio en Cornouaille\n{headline}\nPar Léa Morvan - Actu Quimper, Mise en ligne: le 09/04/2024 à 00h32\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == headline
    assert article.date == datetime(2024, 4, 9, 0, 32)
    tagline = "La 1re radio en Cornouaille"
    assert parse(f"{tagline}\n{TITLE}\n\n{tagline}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_quotation_run_into_the_headline_is_a_kicker() -> None:
    page = f"«On a attendu dix ans» {TITLE}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == TITLE
    quoted = "«Ça fonctionne» selon le maire de Quimper"  # a quotation inside the headline
    assert parse(f"{quoted}\n\n{LEAD}\n\n{MORE}\n").title == quoted


@pytest.mark.parametrize("opening", ["Le conseil municipal a voté", "Parmi les élus, le conseil a voté"])
def test_a_headline_run_into_its_standfirst_is_cut_where_the_standfirst_starts(opening: str) -> None:
    standfirst = (
        f"{opening} jeudi soir la piétonnisation du centre historique, après des mois de "
        "concertation avec les commerçants du quartier et les riverains."
    )
    assert parse(f"{TITLE} {standfirst}\n\n{MORE}\n").title == TITLE


def test_a_live_page_s_posts_between_links_to_other_articles_are_kept() -> None:
    posts = [
        "22h55. Le maire de Quimper : « Nous ne reculerons pas »",
        "20h05. Les commerçants se réunissent ce soir à la halle",
        "17h03. VIDÉO – Le préfet appelle au calme",
    ]
    links = ">> Lire sur Kerne Infos : la piétonnisation de Brest, un an après"
    page = f"{TITLE}\n\n{posts[0]}\n\n{links}\n\n{posts[1]}\n\n{links}\n\n{posts[2]}\n\n{LEAD}\n\n{MORE}\n"
    body = parse(page).body.split("\n\n")
    assert body == [*posts, LEAD, MORE]
    # Without the time stamps, the link still ends what belongs to the article above the lead.
    plain = (
        f"{TITLE}\n\nLe maire ne reculera pas\n\n{links}\n\nLe préfet appelle au calme\n\n{LEAD}\n\n{MORE}\n"
    )
    assert parse(plain).body.split("\n\n") == ["Le préfet appelle au calme", LEAD, MORE]


def test_a_list_of_other_articles_with_their_days_ends_the_article() -> None:
    cards = (
        "Billet • 6 mars 2024\nLes ruelles de Brest, un an après\nUn an après la piétonnisation, les "
        "commerçants de Brest dressent un bilan contrasté de la fermeture du centre aux voitures.\n"
        "Par Léa Morvan\n\nHumour • 29 février 2024\nLe dessin de la semaine : la halle\nChaque semaine, "
        "notre dessinateur croque la vie municipale de Quimper et de ses environs, avec tendresse.\n"
        "Par Yann Le Gall\n"
    )
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{cards}")
    assert article.body.split("\n\n") == [LEAD, MORE]
    # One dated line below the article is no list: what follows it stays.
    single = f"{TITLE}\n\n{LEAD}\n\nMardi 5 mars 2024\nLa séance reprend\n\n{MORE}\n"
    assert MORE in parse(single).body


# --- dates: a photo's day and other articles' days are not the publication date -------------


def test_the_date_in_a_photo_caption_is_not_the_publication_date() -> None:
    caption = "Le conseil municipal en séance le 3 mars 2019. (Yann Le Gall / AFP)"
    assert parse(f"{TITLE}\n{caption}\n\n{LEAD}\n\n{MORE}\n").date is None
    dated = f"{TITLE}\nPublié le 12 mars 2024\n{caption}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(dated).date == datetime(2024, 3, 12)


def test_a_list_of_other_articles_with_their_dates_gives_no_date() -> None:
    teasers = "\n".join(
        f"{day} mars 2024\nUn autre article du {day} mars sur la ville" for day in (12, 10, 8)
    )
    assert parse(f"{teasers}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").date is None


# --- body: boxes of other articles, caption copies, standfirsts -------------------------


def test_titles_a_page_prints_twice_are_a_box_of_other_articles() -> None:
    box = (
        "1. Brest ferme la rue de Siam aux voitures\nInterviews\nBrest ferme la rue de Siam aux voitures\n"
        "2. Les halles de Morlaix rouvrent samedi\nLes halles de Morlaix rouvrent samedi"
    )
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{box}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_caption_printed_again_without_its_credit_is_dropped() -> None:
    caption = "Le maire et ses adjoints devant la halle rénovée, samedi matin"
    page = f"{TITLE}\n\n{LEAD}\n\n{caption}\n\n{caption} — Léa Morvan/AP/SIPA\n\n{MORE}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]


def test_a_title_signed_by_another_outlet_is_a_teaser() -> None:
    teaser = "Les commerçants de Brest dressent le bilan d'un an sans voitures - Ouest-France"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{teaser}\n\n{MORE}\n").body.split("\n\n") == [LEAD, MORE]


def test_a_standfirst_without_its_full_stop_is_kept_as_the_body_s_start() -> None:
    standfirst = (
        "Après des mois de concertation, les commerçants et les riverains du centre historique "
        "obtiennent une navette gratuite et des livraisons le matin"
    )
    article = parse(f"Société\n{TITLE}\n{standfirst}\n{LEAD}\n{MORE}\n")
    assert article.body.split("\n\n") == [standfirst, LEAD, MORE]


def test_a_standfirst_printed_twice_under_the_agency_and_date_is_kept_once() -> None:
    standfirst = (
        "Plusieurs centaines de commerçants ont défilé samedi dans les rues piétonnes de Quimper "
        "pour réclamer une navette gratuite et des livraisons le matin"
    )
    page = f"Colère — {TITLE}\n\nATS\n\n3.3.2024 - 10:12\n\n{standfirst}\n\n{standfirst}\n\n3.3.2024, 10:12\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).body.split("\n\n") == [standfirst, LEAD, MORE]


@pytest.mark.parametrize(
    "footer",
    [
        "Pour aller plus loin",
        "Qu'en pensez-vous ?",
        "Votre adresse e-mail ne sera pas publiée.",
        "Previous ArticleNext Article",
        "Commentaires (12)",
        "Votre commentaire s'affichera sur cette page après validation par l'administrateur.",
    ],
)
def test_a_related_box_or_a_comment_form_ends_the_article(footer: str) -> None:
    teaser = "Brest : les commerçants dressent le bilan de la piétonnisation du port, un an après"
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{footer}\n\n{teaser}\n\n{LEAD.replace('Quimper', 'Brest')}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]


def test_a_caption_printed_over_the_headline_and_again_under_it_is_no_standfirst() -> None:
    caption = (
        "Depuis la gauche, Léa Morvan, nouvelle trésorière, Paul Kerhervé, trésorier sortant, et le maire."
    )
    page = f"{caption}\n\n{TITLE}\n\n{caption}\n\n{caption}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]


def test_a_list_closing_the_article_is_kept_but_a_closing_heading_is_not() -> None:
    items = ["– entre Quimper et Briec;", "– de la gare au port, à Concarneau;", "– de Bénodet à Fouesnant"]
    listed = "\n\n".join(["La circulation reste difficile :", *items])
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{listed}\n\nÀ la une cette semaine\n")
    assert article.body.split("\n\n") == [LEAD, "La circulation reste difficile :", *items]


def test_a_long_paragraph_with_a_slash_is_not_a_breadcrumb() -> None:
    interview = (
        "ENTRETIEN – Semaine chargée pour l'adjointe aux mobilités, entre la réunion publique de mardi "
        "et le vote de jeudi / elle revient pour nous sur les choix de la municipalité."
    )
    assert parse(f"{TITLE}\n\n{interview}\n\n{LEAD}\n\n{MORE}\n").body.split("\n\n")[0] == interview


def test_a_paragraph_cut_by_the_page_still_ends_the_article() -> None:
    cut = "Les élus de l'opposition ont annoncé qu'ils saisiraient le tribunal administratif dès la semaine prochaine si"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{cut}\n").body.split("\n\n")[-1] == cut


# --- shapes met on the held-out pages (invented text) ---------------------------------------


def test_a_caption_printed_twice_above_the_headline_does_not_start_the_body() -> None:
    caption = "Trois commerçants ont fermé leur boutique rue Kéréon depuis le début des travaux de la halle."
    page = f"{caption}\n{caption}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == TITLE and article.body.split("\n\n") == [LEAD, MORE]


def test_the_time_on_the_line_below_the_date_belongs_to_it() -> None:
    assert parse(f"{TITLE}\n\njeudi 28 septembre 2023\n17:00\n\n{LEAD}\n\n{MORE}\n").date == datetime(
        2023, 9, 28, 17, 0
    )


@pytest.mark.parametrize(
    "line",
    ["Encore 2/5 articles gratuits à lire", "Vous devez être membre pour ajouter des commentaires."],
)
def test_paywall_counters_and_member_prompts_are_furniture(line: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n").body.split("\n\n") == [LEAD, MORE]


def test_a_rubric_in_a_dashed_list_is_not_the_headline_but_a_follow_live_headline_is() -> None:
    headline = "Suivez la séance du conseil municipal de Quimper"
    assert parse(f"- Bretagne\n- Quimper\n{headline}\n\n{LEAD}\n\n{MORE}\n").title == headline


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


def test_a_kicker_gives_way_to_the_headline_signed_below_it() -> None:
    kicker = "Conseil municipal de Quimper"
    headline = "«Il faut rendre les ruelles aux piétons»"  # the kicker shares the lead's words
    article = parse(f"{kicker}\n{headline}\npar Léa Morvan\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline


def test_a_site_that_says_what_it_is_is_named() -> None:
    article = parse(
        f"Quimper Infos - Le premier site d'information du Finistère\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    )
    assert (article.title, article.source) == (TITLE, "Quimper Infos")


def test_a_headline_that_opens_with_the_outlet_s_name_is_still_the_headline() -> None:
    headline = "Le Télégramme, plus qu'un journal, une histoire bretonne!"
    article = parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline


def test_a_headline_about_an_outlet_names_no_site() -> None:
    headline = "Le Télégramme, la jeunesse aux commandes"
    article = parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (headline, "")
    # (the outlet with a tagline about itself is its masthead)
    article = parse(f"Le Télégramme, quotidien breton\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, "Le Télégramme")


def test_a_rubric_s_label_before_a_dot_is_taken_off_the_headline() -> None:
    assert parse(f"A la Une . {TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE
    dotted = "M. Dupont . Le maire répond aux commerçants"  # no label: left as written
    assert parse(f"{dotted}\n\n{LEAD}\n\n{MORE}\n").title == dotted


def test_a_site_describing_itself_above_the_headline_is_neither_body_nor_headline() -> None:
    about = (
        "Retrouvez ici, toutes les infos, événements et faits marquants de la vie quimpéroise. La "
        "ville de Quimper, capitale de la Cornouaille, se situe au confluent de l'Odet et du Steir."
    )
    article = parse(f"Quimper actu\n\n{about}\n\nParu le: 03/03/2024\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE
    assert article.body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize(
    "rubric", ["Régions Ouest : QUIMPER/CENTRE HISTORIQUE", "num.328 Quimper, centre historique, p.24"]
)
def test_a_rubric_s_path_or_a_print_edition_s_reference_is_never_the_headline(rubric: str) -> None:
    # Both share the lead's words, as the headline does: only their shape tells them apart.
    assert parse(f"{rubric}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_an_english_paywall_box_on_a_french_page_is_furniture_but_an_english_article_is_kept() -> None:
    box = (
        "Please complete your profile to unlock commenting and other important features.\n\n"
        "This is a Pro feature.\n\nFor Pro members only Pro\n\n• Unlimited access to all content"
    )
    rest = [
        "Les commerçants de la rue Kéréon se disent satisfaits, mais ils demandent que la navette "
        "passe plus souvent le samedi, jour de marché, quand la ville accueille le plus de visiteurs.",
        "La mairie promet un premier bilan au printemps, et une réunion publique avec les riverains "
        "dans la salle du conseil avant la fin de l'année.",
    ]
    article = parse(f"{box}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n\n" + "\n\n".join(rest) + "\n")
    assert (article.title, article.body.split("\n\n")) == (TITLE, [LEAD, MORE, *rest])
    english = [
        "Quimper closes its old town to cars",
        "The city council voted on Thursday evening to close the historic centre to cars, after months "
        "of talks with the shops of the district.",
        "Deliveries will still be allowed in the morning, and a free shuttle will link the car parks to "
        "the centre.",
        "This is a first for the region.",
    ]
    assert parse("\n\n".join(english) + "\n").body.split("\n\n") == english[1:]


def test_an_ad_blocker_s_box_is_neither_headline_nor_body() -> None:
    box = (
        "Vous utilisez un AdBlock?! :)\n\nVous pouvez le désactiver juste pour ce site parce que la pub "
        "permet à la presse de vivre.\n\nEt nous, on s'engage à réduire les formats publicitaires ressentis "
        "comme intrusifs."
    )
    article = parse(f"{box}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.body.split("\n\n")) == (TITLE, [LEAD, MORE])


def test_a_gift_article_s_login_prompt_names_the_site_and_is_no_headline() -> None:
    prompts = "Cet article vous est offert\nVous n'êtes pas inscrit sur Le Télégramme ?"
    article = parse(f"{prompts}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, "Le Télégramme")


@pytest.mark.parametrize(
    ("lines", "site"),
    [
        # an interview's questions asked by a website: a domain once, a glued name twice
        ("Quimper.bzh : Comment se porte le centre historique ?", "Quimper.bzh"),
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
    # An agency there is the dispatch's source, not the site.
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\nAFP\n").source == ""


def test_a_station_s_shouted_name_near_the_top_is_the_site() -> None:
    page = f"{TITLE}\n\n3 mars 2024 à 18h17 par Léa Morvan\n\nKERNE MUSIC\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).source == "KERNE MUSIC"


def test_a_menu_entry_with_a_medium_s_word_is_no_site() -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\nÀ lire aussi\n\nWeb TV\n\nArticles récents\n")
    assert article.source == ""
    assert "Web TV" not in article.asides  # nobody's signature: no name for the entities


def test_a_sentence_broken_across_lines_is_joined_but_not_a_name_under_a_title() -> None:
    page = (
        f"{TITLE}\n\nphoto-du-maire-777x1024\nTemps de lecture\n1 min\n"
        "Le maire de Quimper a entamé le mois dernier\nune tournée des quartiers du centre historique. Il veut\n"
        f"rencontrer chaque conseil.\n\n{MORE}\n"
    )
    article = parse(page)
    assert article.body.split("\n\n")[0] == (
        "Le maire de Quimper a entamé le mois dernier une tournée des quartiers du centre historique. "
        "Il veut rencontrer chaque conseil."
    )
    named = parse(
        f"Infos Quimper - Actualités - Premier-PARI - 08 avril 2024\nquimperinfo\n{TITLE}\n\n{LEAD}\n"
    )
    assert "quimperinfo" not in named.title and "quimperinfo" not in named.body


def test_a_headline_broken_over_two_lines_is_joined() -> None:
    page = f"Communiqué\nJusqu'à 300 euros d'économies\nen changeant de fournisseur d'énergie cet hiver\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == "Jusqu'à 300 euros d'économies en changeant de fournisseur d'énergie cet hiver"
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_page_without_headline_keeps_its_standfirst_and_never_takes_a_bar_for_a_title() -> None:
    standfirst = (
        "Les pompiers sont intervenus lundi dans le centre de Quimper. Deux familles d'un immeuble de la rue "
        "Kéréon ont été évacuées et relogées pour la nuit par la mairie. | ||||"
    )
    page = f"► ACTUALITÉ |\n■ FAITS DIVERS | aujourd'hui à 13:02 | |||\n{standfirst}\n{LEAD}\n► VOS RÉACTIONS |\n"
    article = parse(page)
    assert article.title == "Les pompiers sont intervenus lundi dans le centre de Quimper."
    assert article.body.split("\n\n") == [standfirst, LEAD]


def test_the_site_s_clock_on_the_first_line_gives_way_to_the_article_s_day() -> None:
    page = f"Vendredi 22 novembre 2024\nPolitique\n{TITLE}\n01/07/2017 43\n{LEAD}\n{MORE}\n"
    assert parse(page).date == datetime(2017, 7, 1)
    # (alone, it is still the only day the page gives)
    assert parse(f"Vendredi 22 novembre 2024\n{TITLE}\n{LEAD}\n{MORE}\n").date == datetime(2024, 11, 22)


def test_the_site_s_clock_with_commas_and_a_picture_s_day_over_its_credit_are_no_publication_date() -> None:
    clock = parse(f"samedi, 29 novembre, 2025\n{TITLE}\n27/12/2022\n{LEAD}\n{MORE}\n")
    assert clock.date == datetime(2022, 12, 27)
    caption = "La place Saint-Corentin le 15 janvier 2021"
    page = f"{TITLE}\n13 décembre 2022 à 10h53 par Léa Roy\n{caption}\n{caption}\nCrédit : Léa Roy\n{LEAD}\n{MORE}\n"
    assert parse(page).date == datetime(2022, 12, 13, 10, 53)


def test_a_labelled_day_over_a_picture_s_credit_and_an_update_line_with_counters_are_read() -> None:
    over_credit = f"{TITLE}\n• Par Léa Roy\n• Publié le 14 août 2020\n© KERNE/L.ROY\n{LEAD}\n{MORE}\n"
    assert parse(over_credit).date == datetime(2020, 8, 14)
    counters = "Publié il y a 3 ans - Mise à jour le 24.02.2021 - lea-roy - 4 min - vu 12367 fois"
    assert parse(f"{counters}\n{TITLE}\n{LEAD}\n{MORE}\n").date == datetime(2021, 2, 24)


@pytest.mark.parametrize("written", ["30 - Mars - 2019", "30-mars-2019"])
def test_a_day_written_between_dashes_is_read(written: str) -> None:
    assert parse(f"{TITLE}\n{written}\n{LEAD}\n{MORE}\n").date == datetime(2019, 3, 30)


def test_the_crawler_s_stamp_is_no_publication_date() -> None:
    article = parse(f"date 2024-03-02 Aller au contenu\n{TITLE}\n3.3.2024 - 10:12\n\n{LEAD}\n\n{MORE}\n")
    assert article.date == datetime(2024, 3, 3, 10, 12)
    alone = parse(f"date 2024-03-02 Aller au contenu\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert alone.date is None and alone.title == TITLE


def test_a_rubric_that_is_also_an_outlet_s_name_is_not_the_site() -> None:
    # "EnQuête" is a Senegalese daily in the outlet list; "Enquête" over a headline is a rubric.
    article = parse(f"Enquête\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, "")


def test_an_agency_credited_with_its_city_is_not_the_headline() -> None:
    headline = "France : le maire de Quimper reçoit une équipe de l'AFP"
    lead = (
        "Quimper — Le maire de Quimper a reçu lundi une équipe de l'Agence France-Presse venue "
        "filmer le centre historique rendu aux piétons."
    )
    article = parse(f"{headline}\n\n3 mars 2024\nAgence France-Presse (Paris)\nPar LM\n\n{lead}\n\n{MORE}\n")
    assert article.title == headline


def test_a_caption_printed_twice_is_not_the_headline() -> None:
    headline = "Les voitures bannies des ruelles dès lundi"
    caption = "La rue Kéréon sera piétonne"
    page = f"{headline}\n\nQuimper\n\n{caption}\n\n{caption} Crédits : Léa Morvan/Ville de Quimper\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == headline
    assert caption not in article.body


# --- shapes met on a fourth set of pages (invented text) -----------------------------------


def test_a_place_s_label_over_the_article_is_not_the_site() -> None:
    lead = "Le procureur de Quimper a réuni jeudi les chefs de police de l'arrondissement pour revoir les règles."
    assert parse(f"Quimper\n\n{lead}\n\n{MORE}\n").source == ""


def test_a_picture_credited_to_a_domain_does_not_name_the_site() -> None:
    assert parse(f"{TITLE}\nPhoto : www.municipalite.kerne.qc.ca\n\n{LEAD}\n\n{MORE}\n").source == ""


def test_a_logged_in_reader_s_notice_names_the_site() -> None:
    notice = "Vous êtes à présent connecté(e) à votre compte Ouest-France, mais vous n'êtes pas abonné(e)."
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{notice}\n").source == "Ouest-France"


def test_a_breadcrumb_s_cut_copy_makes_the_headline_and_a_masthead_line_is_none() -> None:
    # (Long, and sharing no word with the lead: only the cut copy speaks for it.)
    headline = (
        "YANN KERGOAT au sujet de la trentième édition des fêtes de Cornouaille et des vingt ans "
        "de son association"
    )
    page = (
        f"Accueil Politique YANN KERGOAT au sujet de la trentième édition des fêtes...\n\n{headline}\n\n"
        f"Léa Morvan, Directrice de publication\ndu « Journal de Cornouaille » reçoit le maire\n\n{LEAD}\n\n{MORE}\n"
    )
    assert parse(page).title == headline


def test_a_headline_printed_again_without_its_end_is_the_whole() -> None:
    headline = "La semaine en Cornouaille : les faits et les fêtes"
    page = f"{headline}\nLa semaine en Cornouaille\nQuimper : le marché reste ouvert\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline


def test_a_header_s_date_of_today_is_no_publication_date() -> None:
    page = f"samedi, mai 4, 2024\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.date is None
    assert "2024" not in article.body
    assert parse(f"Publié le samedi 4 mai 2024\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").date == datetime(2024, 5, 4)


def test_a_caption_printed_over_the_headline_is_neither_headline_nor_body() -> None:
    caption = "Le marché de la halle attire entre 500 et 700 personnes chaque samedi."
    headline = "Quimper : quelle est la recette du succès ?"
    article = parse(f"{caption}\n\n{headline}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_run_of_pictures_with_titles_below_the_article_is_a_list_of_other_articles() -> None:
    cards = "".join(
        f"Image\n{title}\n{summary}\n"
        for title, summary in [
            ("Deux castors dérangent Ergué", "À Ergué, un couple de castors s'est installé cet été."),
            ("Les halles rouvrent samedi", "Après deux ans de travaux, les halles de Quimper rouvrent."),
            ("Un nouveau pont sur l'Odet", "Le chantier du pont commencera au printemps prochain."),
        ]
    )
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{cards}")
    assert article.body.split("\n\n") == [LEAD, MORE]
    # Pictures spread through the article, each with its caption, are the article's.
    spread = f"{TITLE}\n\n{LEAD}\n\nImage\nLa halle\n\n{MORE}\n\n{LEAD.replace('jeudi', 'vendredi')}\n\nImage\nLe port\n\n{MORE.replace('matin', 'soir')}\n"
    assert len(parse(spread).body.split("\n\n")) >= 4


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


def test_a_headline_asking_a_question_is_the_headline_not_the_first_paragraph() -> None:
    headline = "Piétonnisation à Quimper : quel avenir pour les commerces du centre historique ?"
    article = parse(f"Nous rejoindre\n\nVille\n\n{headline}\n\nPublished\n\non\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_picture_s_legend_is_not_the_headline() -> None:
    headline = "Les voitures bannies des ruelles dès lundi"  # none of the lead's words
    page = f"{headline}\nLe conseil municipal de Quimper 2024\n©Photo gracieuseté - Ville de Quimper\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline
    credited = "Le conseil municipal de Quimper a fêté le vote. Photo Kerguelen"
    assert parse(f"{headline}\n{credited}\n\n{LEAD}\n\n{MORE}\n").title == headline
    # A headline right over its picture's credit stays the headline.
    assert parse(f"{TITLE}\n© Léa Morvan / AFP\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_kicker_in_capitals_gives_way_to_the_headline_below() -> None:
    headline = "L'audience solennelle de rentrée"  # as short as the kicker
    page = f"Grand Ouest Paru le 14 février 2025\nTRIBUNAL JUDICIAIRE DE QUIMPER\n\n{headline}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline


def test_an_agency_s_list_of_other_dispatches_is_dropped() -> None:
    dispatches = "\n".join(
        f"FRANCE-BRETAGNE-{key} / {title}"
        for key, title in [
            ("SOCIETE", "Les halles de Quimper rouvrent samedi, selon une maire « ravie » du résultat"),
            ("PORT", "Emeutes : le port de Brest fermé ‘’jusqu’à nouvel ordre’’, selon le préfet maritime"),
        ]
    )
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{dispatches}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        ("Les Infos du samedi 23 mars 2024", True),
        ("Flash-news : vendredi 25 avril 2014", True),
        ("LE JOURNAL du 23.03.2024", True),
        ("Léa Morvan le mercredi 27 juin 2018", False),  # a byline with its day
        ("Infos Quimper - Actualités - Premier-PARI - 08 avril 2024", False),  # a banner
    ],
)
def test_a_rubric_s_title_with_its_day_may_be_the_headline(top: str, headline: bool) -> None:
    standfirst = "Comme chaque samedi, on vous propose un retour sur l'actualité de la semaine."
    article = parse(f"{top}\n{standfirst}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title == top) is headline


def test_an_article_that_ends_with_a_bulleted_list_keeps_it() -> None:
    members = "Jeanne Roy\n\n• Maire\n• Finances\n\nPaul Kerhervé\n\n• Premier adjoint\n• Urbanisme\n• Voirie"
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{members}\n")
    assert article.body.endswith("• Voirie")
    assert "Paul Kerhervé" in article.body


def test_the_site_s_tagline_naming_it_under_its_name_is_not_the_article_s_start() -> None:
    page = (
        "Le Kan ar Mor\n\nToute l'actu du port, des quais et des marins. Le port par Le Kan ar Mor.\n\n"
        f"{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    )
    article = parse(page)
    assert article.title == TITLE
    assert article.body.startswith(LEAD)


def test_a_sports_agency_s_credit_makes_a_caption() -> None:
    caption = "Jeanne Roy (Stade Quimpérois) / Icon Sport"
    article = parse(f"{TITLE}\n\n{caption}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE and caption not in article.body


def test_a_live_post_s_title_under_a_live_page_s_headline_is_not_the_headline() -> None:
    headline = "DIRECT. Quimper - Brest : les Quimpérois mènent au score dans les arrêts de jeu"
    post = "21h56 : Les trois minutes les plus longues de la soirée"
    text = "21h56 : Il reste trois minutes à jouer au stade de Penvillers, et la tribune retient son souffle."
    article = parse(f"{headline}\n\n{post}\n\n{text}\n\n{MORE}\n")
    assert article.title == headline


def test_the_headline_under_a_column_of_other_articles_teasers_is_the_article_s() -> None:
    teasers = [
        "Les vendanges commencent tôt dans le Bordelais cette année",
        "Un nouveau pont relie les deux rives de la Loire à Saumur",
        "La médiathèque de Lorient rouvre après deux ans de travaux",
        "Les pêcheurs de Concarneau inquiets pour la saison du thon",
        "Un festival de musique bretonne attire dix mille visiteurs",
        "Le port de Brest accueille un voilier de course au large",
        "Les agriculteurs du Léon manifestent devant la préfecture",
    ]
    article = parse("\n\n".join([*teasers, TITLE]) + f"\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE


@pytest.mark.parametrize(
    "furniture",
    [
        # a comment form's prompts
        "S'il vous plaît entrez votre commentaire!",
        "Veuillez saisir votre nom ici",
        # a picture's alt text made of its file's name
        "bretagne 2024 marche c 881234567 quimper halles",
    ],
)
def test_appeals_forms_and_file_names_are_neither_the_headline_nor_the_body(furniture: str) -> None:
    article = parse(f"{furniture}\n\n{TITLE}\n\n{furniture}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE
    assert furniture not in article.body


def test_an_ad_blocker_s_appeal_in_prose_is_not_the_article_s_start() -> None:
    appeal = (
        "Vous n'aimez pas les annonces sur nos pages, et nous vous comprenons! Mais un journal gratuit "
        "sans publicité ne peut pas survivre longtemps."
    )
    article = parse(
        f"×\n\nMerci de couper votre bloqueur de publicité\n\n{appeal}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    )
    assert article.title == TITLE
    assert appeal not in article.body


@pytest.mark.parametrize(
    ("dateline", "site"),
    [
        ("QUIMPER (Kernews) – ", "Kernews"),  # an unknown name: the page's own
        ("QUIMPER, 3 mars (Kernews) - ", "Kernews"),
        ("BREST (Reuters) - ", ""),  # a known agency: the wire the page credits
        ("BREST (APQ) - ", ""),  # an acronym the list lacks: most often an agency
        ("Quimper (Kernews) – ", ""),  # no wire's shouted place: a sentence's aside
    ],
)
def test_a_wire_s_dateline_names_the_page_s_outlet_only_when_it_is_no_agency(
    dateline: str, site: str
) -> None:
    article = parse(f"{TITLE}\n\n{dateline}{LEAD}\n\n{MORE}\n")
    assert article.source == site


def test_an_article_s_last_sentence_announcing_a_table_is_kept() -> None:
    announce = "Voici les rues du centre qui seront fermées aux voitures :"
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{announce}\n\nRetour aux actualités\n")
    assert article.body.endswith(announce)
    listen = "Ci-dessous écoutez le journal de la mi-journée en breton :"
    assert listen not in parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{listen}\n").body


@pytest.mark.parametrize(
    "furniture",
    [
        "FacebookTwitterGoogle+",  # share buttons run together
        "Retour aux actualités",
        "Vous avezune info?",  # a tip-off prompt
        "Pour réagir à cet article, vous devez être connecté.",
        "Radio Cornouaille utilise votre adresse e-mail afin de vous envoyer sa newsletter quotidienne. "
        "Vous pouvez vous désinscrire à tout moment.",
        # a comment box's links, quota and notices
        "Voir les commentaires",
        "Aucun commentaire",
        "Vous avez droit à 5 réactions par jour. Pour réagir sans limite, abonnez vous. S'abonner",
        "Souhaitez-vous recevoir une notification quand un lecteur répond à votre message ?",
        "Connectez vous pour y accéder !",
        # other news's heading and a teaser's age, an audio player's clock
        "Fil d'actualité",
        "Dans le reste de l'actu...",
        "il y a 2 h 15 min",
        "00:00 00:00",
        # a paywall's offer and its login box, with their list marks
        "Pour accéder à ce contenu, vous pouvez vous abonner ou payer 2 euros pour la journée !",
        "Si vous avez déjà un abonnement qui inclut l'accès en ligne, merci de vous connecter !",
        "- Déjà abonné ?",
        "» J'ai oublié mon mot de passe ?",
        "- Accédez à tous les contenus du site en illimité.",
        "- Les newsletters exclusives et les chroniques en avant-première",
        # a picture's free licence
        "Phare du Créac'h. Par Léa Morvan. CC-BY-SA. Source : Flickr",
        # a caption with a shouted credit after a dash
        "Le maire et son adjoint devant les nouvelles halles.  — PHOTO: La ville de Quimper",
    ],
)
def test_buttons_and_prompts_in_or_under_the_article_are_not_its_text(furniture: str) -> None:
    assert furniture not in parse(f"{TITLE}\n\n{LEAD}\n\n{furniture}\n\n{MORE}\n").body
    assert furniture not in parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{furniture}\n").body


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


def test_the_day_s_saint_beside_a_date_is_the_site_s_clock_not_the_article_s_day() -> None:
    page = f"dimanche 23 juillet 2017 - Ste Brigitte\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).date is None


def test_the_site_s_clock_over_the_article_s_date_gives_way_to_it() -> None:
    page = f"le Mercredi 11 septembre 2024\nle Mardi 4 juin 2024 11:00 Chroniques\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).date == datetime(2024, 6, 4, 11, 0)


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("18.02.2011 – ", datetime(2011, 2, 18)),
        ("KIN-23 juin 2017: ", datetime(2017, 6, 23)),
        ("Le 23 juin 2017, ", None),  # a sentence's date: maybe an event's, not the article's
    ],
)
def test_a_first_paragraph_opening_with_its_day_dates_the_article(opening: str, day: datetime | None) -> None:
    assert parse(f"{TITLE}\n\n{opening}{LEAD}\n\n{MORE}\n").date == day


def test_a_legend_printed_again_without_its_shouted_credit_is_no_paragraph() -> None:
    legend = "Le maire et son adjoint devant les nouvelles halles du centre."
    page = f"{TITLE}\n\n{legend}  — PHOTO: La ville de Quimper\n{legend}\n\n{LEAD}\n\n{MORE}\n"
    assert legend not in parse(page).body


def test_a_picture_s_alt_text_over_its_credit_under_a_reading_time_is_no_headline() -> None:
    headline = "Virée dans les ruelles de la Cornouaille"
    alt = "La place Saint-Corentin, terrain de jeu des enfants du quartier dans le film"
    legend = f'{alt} "Les Géants du Steir" de Léa Morvan.'
    page = f"Villes\n\n{headline}\n\n4 min.\n\n{alt}\n\n© iStock\n\n{legend}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline


def test_a_picture_s_credit_to_a_medium_the_page_names_again_is_the_site() -> None:
    credit = "©Photo Montage - Kerne Nouvelles"
    again = "Le Kerne Nouvelles revient sur l'année écoulée dans le Finistère."
    assert parse(f"{TITLE}\n\n{credit}\n\n{again}\n\n{LEAD}\n\n{MORE}\n").source == "Kerne Nouvelles"
    # (named once, it may be the photographer's other paper)
    assert parse(f"{TITLE}\n\nCrédit : LÉA MORVAN/JOURNAL DU STEIR\n\n{LEAD}\n\n{MORE}\n").source == ""
