"""Headlines on real page shapes, in invented words: menus, kickers and teasers around the article's headline."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.page.parse import parse_article
from tests.invented_page import LEAD, MORE, TITLE, parse


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
        "[ Retour à la page précédente ]",
        "Vous êtes sur smartphone ?",
        "Eco et Business › Agro-industrie",
        "Restez un lecteur averti et profitez de nos avantages abonnés",
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
        "Ouverture des nouvelles halles - Photo - DR Ville de Quimper",
        # A site's tagline saying what news it brings, an offer's appeal.
        "Toute l'actualité du pays de Cornouaille, heure par heure",
        "Reportages, analyses et informations sur la vie locale",
        "Découvrez l'offre d'été du Courrier de Cornouaille",
        # A page builder's anchor and author badge, a login box's error, labels left alone.
        "top of page",
        "Writer's picture: Léa MorvanLéa Morvan",
        "Vos codes d'accès sont erronés, Veuillez les saisir à nouveau.",
        "Dernière mise à jour : il y a 6 jours",
        "Écrit par",
        "schedule LECTURE 7 MIN",
        "Terre vive n°42 > Dossier, juin 2023",
        "22:40 Garder la mémoire pour tenir debout !",  # a feed's post, stamped with its time
        "21h : Les commerçants sont-ils vraiment d'accord ?",  # a live page's post, on the hour
        "Credits image : Léa Morvan / Unsplash",
        "Toutes Les Actualites Du Finistere",  # a tagline in title case, unaccented
        "Kerne Hebdo N° 2793 du",  # an issue's reference, cut
        "Abonnez vous aux journaux - Voir la revue de presse",
        "646 visiteurs en ce moment",  # a site's counter
        "Dernières nouvelles",  # a box of other news's heading
        "Autres articles",
        "Nos réseaux sociaux",
        "Ne ratez pas!",  # a teaser box's label
        "Notre ressource unique : VOS ABONNEMENTS",  # the site asking for money
        "Enquêtes et actualité à Quimper et en Cornouaille",  # a list of what the site brings
        "Kerne est en campagne sur Ulule ! Kerne est en campagne sur Ulule !",  # a crowdfunding ticker
        "Média indépendant, en accès libre pour tous, financé par ses lecteurs",  # the site describing itself
        "User icon Par Léa Morvan",  # an icon's name before the byline
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


def test_a_picture_s_alt_text_with_the_site_is_scored_on_its_own_words() -> None:
    headline = 'Le maire de Quimper : "Des commerçants m\'arrêtent dans la rue pour me dire merci, chaque matin et chaque soir"'
    page = f"{headline}\n\nJean Kerhervé - QuimperMag\n\nLe maire de Quimper, Jean Kerhervé, a voté la piétonnisation.\n\n{MORE}\n"
    assert parse(page).title == headline


def test_the_file_name_a_browser_saved_the_page_under_picks_the_headline() -> None:
    teaser = "Les commerçants de Brest dressent le bilan d'un an sans voitures"
    headline = "Les voitures bannies des ruelles dès lundi"
    page = f"{teaser}\n{headline}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == teaser  # nothing else tells them apart: the first wins
    saved = Path("/tmp/Les voitures bannies des ruelles dès lundi - Le Télégramme.txt")
    assert parse_article(page, saved).title == headline
    assert parse_article(page, Path("/tmp/les-voitures-bannies-des-ruelles.txt")).title == headline


def test_a_photo_caption_with_its_credit_is_not_the_headline() -> None:
    caption = "Le maire devant la place Saint-Corentin, le 3 mars 2024 à Quimper. (MAXPPP)"
    assert parse(f"{caption}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE
    credit = "Le maire devant la place Saint-Corentin / AFP"
    assert parse(f"{credit}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_headline_printed_again_as_its_picture_s_credited_legend_stays_the_headline() -> None:
    legend = f"{TITLE} © Jean Martin/Le Journal"
    assert parse(f"Le Journal\n{TITLE}\n{legend}\n{legend}\nAnne Kerlo\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_title_case_headline_under_a_glued_menu_and_an_offer_is_the_headline() -> None:
    title = "Guerre des Halles : La Mairie de Quimper Affirme Avoir Fermé les Stands « illégaux » du Marché Couvert"
    assert parse(f"A L uneACTUALITESlocalPOLITIQUE\n\n{title}\n\n{LEAD}\n\n{MORE}\n").title == title
    offer = "Profitez des offres Boutique-Kerne.ch!"
    assert parse(f"{offer}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_link_to_the_author_s_articles_is_no_headline() -> None:
    assert parse(f"Tous mes articles\n\nOnde rouge\n\n{LEAD}\n\n{MORE}\n").title == "Onde rouge"


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


def test_a_logo_s_alt_text_over_the_headline_does_not_make_it_a_legend() -> None:
    page = f"logo journal kerne-infos\nicon journal\n{TITLE}\nPhoto : Léa Roy\n{LEAD}\n{MORE}\n"
    assert parse(page).title == TITLE


def test_a_day_s_report_with_the_page_s_date_stamp_glued_is_the_headline() -> None:
    report = "Compte-rendu du conseil municipal du 3 mars 2024"
    article = parse(
        f"Kerne Infos\n\n{report}  03/03/2024\n\nLa halle rouvre ses portes\n\n{LEAD}\n\n{MORE}\n"
    )
    assert article.title == report


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


def test_a_rubric_in_a_dashed_list_is_not_the_headline_but_a_follow_live_headline_is() -> None:
    headline = "Suivez la séance du conseil municipal de Quimper"
    assert parse(f"- Bretagne\n- Quimper\n{headline}\n\n{LEAD}\n\n{MORE}\n").title == headline


def test_a_kicker_gives_way_to_the_headline_signed_below_it() -> None:
    kicker = "Conseil municipal de Quimper"
    headline = "«Il faut rendre les ruelles aux piétons»"  # the kicker shares the lead's words
    article = parse(f"{kicker}\n{headline}\npar Léa Morvan\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline


def test_a_headline_that_opens_with_the_outlet_s_name_is_still_the_headline() -> None:
    headline = "Le Télégramme, plus qu'un journal, une histoire bretonne!"
    article = parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline


def test_a_rubric_s_label_before_a_dot_is_taken_off_the_headline() -> None:
    assert parse(f"A la Une . {TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE
    dotted = "M. Dupont . Le maire répond aux commerçants"  # no label: left as written
    assert parse(f"{dotted}\n\n{LEAD}\n\n{MORE}\n").title == dotted


@pytest.mark.parametrize(
    "rubric", ["Régions Ouest : QUIMPER/CENTRE HISTORIQUE", "num.328 Quimper, centre historique, p.24"]
)
def test_a_rubric_s_path_or_a_print_edition_s_reference_is_never_the_headline(rubric: str) -> None:
    # Both share the lead's words, as the headline does: only their shape tells them apart.
    assert parse(f"{rubric}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_an_agency_credited_with_its_city_is_not_the_headline() -> None:
    headline = "France : le maire de Quimper reçoit une équipe de l'AFP"
    lead = (
        "Quimper — Le maire de Quimper a reçu lundi une équipe de l'Agence France-Presse venue "
        "filmer le centre historique rendu aux piétons."
    )
    article = parse(f"{headline}\n\n3 mars 2024\nAgence France-Presse (Paris)\nPar LM\n\n{lead}\n\n{MORE}\n")
    assert article.title == headline


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


def test_a_standfirst_printed_twice_over_a_credit_is_a_caption_above_the_headline() -> None:
    standfirst = (
        "Les uns parlent de calcul, les autres de lassitude. Il faut pourtant chercher plus loin."
        " C'est l'énigme du maire, qui n'a pas fini de diviser la ville."
    )
    headline = "Il a relevé la ville, il la laisse filer : l'énigme du maire"
    page = (
        f"Accueil\n\nVille Maire\n{standfirst}\n{standfirst}\nAFP or licensors\n\nArticle abonné\n\n"
        f"{headline}\n\nPar\n\nPublié le\n\n{LEAD}\n\n{MORE}\n"
    )
    article = parse(page)
    assert article.title == headline
    assert article.body.startswith(LEAD)


def test_a_headline_in_capitals_over_a_standfirst_without_its_full_stop_stays_the_headline() -> None:
    headline = "MAIRIE LES ADJOINTS DE L'OMBRE PRENNENT LE LARGE"
    standfirst = (  # (23 words, no full stop: a standfirst's length, not a headline's)
        "Usés par les conseils du soir et par un maire infatigable, les plus proches"
        " collaborateurs de l'hôtel de ville rêvent d'une semaine ordinaire"
    )
    second = (
        "Des soirées sans fin, des week-ends au bureau, ni vacances ni répit."
        " Un téléphone qui sonne, même au milieu de la nuit"
    )
    page = f"La Gazette du Val\n\n{headline}\n\n{standfirst}\n{second}\n\nPar Léa Morvan\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline


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


def test_a_picture_s_alt_text_over_its_credit_under_a_reading_time_is_no_headline() -> None:
    headline = "Virée dans les ruelles de la Cornouaille"
    alt = "La place Saint-Corentin, terrain de jeu des enfants du quartier dans le film"
    legend = f'{alt} "Les Géants du Steir" de Léa Morvan.'
    page = f"Villes\n\n{headline}\n\n4 min.\n\n{alt}\n\n© iStock\n\n{legend}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline


def test_a_headline_opening_with_aujourd_hui_is_no_site_clock() -> None:
    headline = "Aujourd’hui dans « Le Télégramme » : Quimper piétonnise son centre"
    assert parse(f"Ok\n\n{headline}\n\nIMPRIMER\n\n{LEAD}\n\n{MORE}\n").title == headline
    for clock in ("Aujourd'hui à 10:15", "Aujourd'hui 30/01/26 - 02:17"):
        assert parse(f"{clock}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_headline_the_site_cut_with_an_ellipsis_is_still_the_headline() -> None:
    headline = "Quimper piétonnise son centre historique : les commerçants divisés, les riverains…"
    page = f"{headline}\n\nPublié le 21 juin 2018 à 12h03\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline


def test_a_headline_under_its_country_s_rubric_keeps_it_but_a_breadcrumb_is_none() -> None:
    headline = "Sénégal > Sécurité routière : deux morts dans un accident près de Thiès"
    assert parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n").title == headline
    headline = "Cameroun / Gestion urbaine : dialogue social entre la mairie et les commerçants du marché"
    assert parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n").title == headline
    assert parse(f"Sénégal > Société\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


_LONG_TITLE = "Quimper piétonnise son centre historique après des mois de concertation avec les commerçants"


@pytest.mark.parametrize(
    "stamp", ["Spécial", "vendredi 25 septembre 2020 - 09:24", "25 septembre 2020 à 9h24"]
)
def test_a_badge_or_the_page_s_day_and_time_glued_after_the_headline_is_taken_off(stamp: str) -> None:
    article = parse(f"{_LONG_TITLE} {stamp}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == _LONG_TITLE
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_one_word_headline_the_lead_names_is_the_headline_but_a_rubric_is_not() -> None:
    lead = (
        "Lancé en mars, Kernelab forme chaque année quarante jeunes au code, à Quimper et à Brest, "
        "avec le soutien de la région. Les premiers diplômés sortiront en juin."
    )
    assert parse(f"Kernelab\n\n{lead}\n\n{MORE}\n").title == "Kernelab"
    assert parse(f"Politique\n\n{lead}\n\n{MORE}\n").title != "Politique"


@pytest.mark.parametrize(
    ("line", "title", "site"),
    [
        (f"{TITLE} |KERNE INFOS", TITLE, "KERNE INFOS"),  # a bar glued to the site's name
        (f"{TITLE} Brest : les autres articles", TITLE, ""),  # a teaser box's label glued after it
        ("Pourquoi Quimper ferme-t-il son centre historique aux voitures ?...", None, ""),
        (f"{TITLE}5min", TITLE, ""),  # a reading time glued to its last word
        (  # the title and its copy run together
            "Quimper : les commerçants du centre piétonnier dressent un premier bilan après six mois" * 2,
            "Quimper : les commerçants du centre piétonnier dressent un premier bilan après six mois",
            "",
        ),
    ],
)
def test_what_a_page_glues_after_the_headline_is_taken_off(line: str, title: str | None, site: str) -> None:
    article = parse(f"Contenu\n\n{line}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (title or line.removesuffix("..."), site)


def test_a_prompt_s_label_before_the_headline_is_taken_off() -> None:
    assert parse(f"Tout savoir sur : {TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_titles_over_cut_excerpts_are_other_articles_cards_not_the_headline() -> None:
    cards = (
        "Derniers articles\n\nLes illuminations de retour à Brest !\n\nC’est depuis le 22 novembre et ce...\n\n"
        "Le port de Douarnenez fête ses thoniers\n\nIl pleut, il fait froid, le port se remplit...\n\n"
    )
    headline = "Les voitures bannies des ruelles dès lundi"
    assert parse(f"{cards}{headline}\n\n{LEAD}\n\n{MORE}\n").title == headline


def test_a_stand_in_headline_never_opens_with_a_post_s_time() -> None:
    post = "16:49 En espérant que les électeurs ont voté avant la fermeture des bureaux ce soir à Quimper."
    assert parse(f"{post}\n\n{MORE}\n").title.startswith("En espérant")


def test_a_short_title_ending_on_an_ellipsis_is_a_headline_but_a_cut_teaser_is_not() -> None:
    title = "Année de pluie, année de rien…"
    assert parse(f"Edito\n\n{title}\n\nLéa MorvanDR\n\n{LEAD}\n\n{MORE}\n").title == title
    teaser = "Les commerçants de la rue Kéréon se disent satisfaits mais demandent que la navette…"
    assert parse(f"{teaser}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_long_quote_run_into_its_subtitle_is_the_headline_but_a_short_one_is_a_kicker() -> None:
    quote = (
        "« Depuis la fermeture du centre, il est devenu normal de faire une heure de route pour se soigner »"
    )
    line = f"{quote} Santé, transports et services publics : table ronde avec cinq élus"
    assert parse(f"8 novembre 2017\n\n{line}\n\n{LEAD}\n\n{MORE}\n").title == quote
    line = f"«Merci la halle» {TITLE}"
    assert parse(f"{line}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_person_s_role_under_their_name_is_no_headline() -> None:
    roles = (
        "• Léa Morvan\nLéa Morvan\nadministratrice de la Ligue de l'enseignement de Cornouaille - Quimper\n"
        "• Jean Roy\nJean Roy\nprésidente du Centre d'action laïque du Finistère\n"
    )
    title = "La ligue de l'enseignement de Cornouaille - Défendre l'école publique et l'éducation laïque !"
    page = f"{roles}Propos recueillis par Anne Kerlo\n{title}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == title


@pytest.mark.parametrize("box", ["Ce qu'il faut retenir", "L'essentiel", "À retenir :"])
def test_a_summary_box_s_heading_under_a_live_page_s_headline_is_not_the_headline(box: str) -> None:
    headline = (
        "Le port de Kerlouan bloqué par les pêcheurs, le préfet promet une réunion | Jour 3 de la grève"
    )
    points = "Les chalutiers restent à quai depuis lundi, faute d'accord sur le prix du gazole."
    page = f"Rechercher\n\nDirect Bretagne\n\n{headline}\n\n{box}\n\n{points}\n\n05:54\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline


def test_the_page_s_keywords_over_the_headline_are_not_the_headline() -> None:
    keywords = "grève marins-pêcheurs 6 février Kerlouan"
    headline = "À Kerlouan, la grève au lieu de la marée : « un signal fort en direction de la préfecture »"
    page = f"{keywords}\n\n{headline}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline
    # A title in lower case that is a phrase, or opens on a brand, stays one.
    for title in ("hausse des loyers à Quimper cet hiver", "iPhone 15 : la boutique de Quimper dévalisée"):
        assert parse(f"{title}\n\n{LEAD}\n\n{MORE}\n").title == title


def test_a_short_headline_ending_on_an_ellipsis_is_taken_when_no_other_line_can_be() -> None:
    title = "Le port de Kerlouan à l'arrêt..."
    article = parse(f"Politique\n\n{title}\n\n{LEAD}\n\n{title}\n{MORE}\n")
    assert article.title == title
    assert article.body.split("\n\n") == [LEAD, MORE]
    # (a proper headline beats a teaser cut short above it)
    article = parse(f"Le port de Kerlouan à l'arrêt...\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE


def test_a_longer_headline_ending_on_an_ellipsis_alone_above_the_article_is_taken() -> None:
    title = "Port fermé ? Pas de souci pour 9 pêcheurs de Kerlouan : ils gardent leur place…"
    article = parse(f"{title}\n{LEAD}\n{MORE}\n")
    assert (article.title, article.body.split("\n\n")) == (title, [LEAD, MORE])
    # (under another line that could be the headline, it is a teaser)
    assert parse(f"{TITLE}\n\n{title}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_headline_of_names_after_its_kicker_s_glued_colon_is_no_menu() -> None:
    title = "Finistère: Morvan, Le Goff et Kerlo en conclave à Quimper"
    article = parse(f"{title} – Kerne Infos\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == title
    # (a run of capitalised names with no colon stays a menu)
    menu = "Quimper Brest Morlaix Concarneau Douarnenez Landerneau Carhaix Châteaulin"
    assert parse(f"{menu}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_an_interview_s_question_answered_below_is_not_the_headline() -> None:
    headline = "J'assume d'aimer la pluie"
    question = "Vous venez de Lorient. Que pensez-vous de la ville ?"
    answer = "Je suis arrivée il y a trois ans, et j'ai tout de suite aimé les quais et le marché couvert du samedi."
    article = parse(f"{headline}\n{question}\n{answer}\n\n{MORE}\n")
    assert article.title == headline


def test_a_tagline_listing_the_site_s_topics_is_not_the_headline() -> None:
    tagline = "Sciences et société, agriculture, mondes ruraux et environnement"
    headline = "Pourquoi les vergers de Cornouaille perdent leurs abeilles ?"
    article = parse(f"{tagline}\n\nPublié le 3 mars 2024 à 10h12\n\n0\n\n{headline}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline


def test_a_quotation_alone_over_a_title_is_its_kicker() -> None:
    quote = "«Nous avons honte de ce match»"
    title = "Six buts encaissés: une soirée noire pour Quimper à Penvillers"
    lead = (
        "Le Quimper Kerfeunteun a subi samedi la plus lourde défaite de son histoire à domicile, "
        "devant un public venu nombreux malgré la pluie."
    )
    assert parse(f"{quote}\n{title}\n\n{lead}\n\n{MORE}\n").title == title
    # A quoted headline over its standfirst stays the headline.
    standfirst = "Le capitaine du Quimper Kerfeunteun s'est excusé auprès des supporters après la défaite."
    assert parse(f"{quote}\n{standfirst}\n\n{lead}\n\n{MORE}\n").title == quote
    # So it does over a standfirst without its full stop, longer than a title.
    unstopped = (
        "Le capitaine du Quimper Kerfeunteun s'est excusé samedi soir auprès des supporters venus de loin"
    )
    assert parse(f"{quote}\n\n{unstopped}\n\n{lead}\n\n{MORE}\n").title == quote


def test_a_scroll_button_is_not_the_headline() -> None:
    # (over a lead whose headline the page lost: the buttons were all that was left above it)
    assert parse(f"Faire défiler\nFaire défiler\n\n{LEAD}\n\n{MORE}\n").title != "Faire défiler"


def test_a_menu_s_line_under_the_site_s_menu_and_an_author_s_name_glued_to_the_byline_are_no_headline() -> (
    None
):
    menu = "Accueil   Chroniqueurs   Partenaires   Contactez-nous"
    second = "Annonces Classées Maison à vendre Concours Magasin général Calendrier INFOLETTRE"
    byline = "Léa Kervella Par Léa Kervella"
    article = parse(
        f"{menu}\n{second}\nSports\nBlogue\n{byline}\n\nMercredi, 24 février 2021\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    )
    assert article.title == TITLE


def test_a_breaking_news_banner_s_sentence_is_neither_the_article_nor_its_lead() -> None:
    alert = "Des écoles de danse de Cornouaille participent ce week-end à un concours régional à Brest."
    article = parse(
        f"Prévisions météo\nÉtat des routes\n\nAlerte info\n\n{alert}\n\nNouvelles\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    )
    assert article.title == TITLE
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_series_name_the_lead_opens_with_in_brackets_is_not_the_headline() -> None:
    series = "Six printemps et un bilan"
    headline = "Le maire de Quimper ou la gouvernance aux deux visages"
    lead = f"[{series}] {LEAD}"
    assert parse(f"{series}\n\n{headline}\n\nEnquête\n\n{lead}\n\n{MORE}\n").title == headline


def test_a_series_part_numbered_in_a_list_of_its_parts_is_not_the_headline() -> None:
    headline = "Kervella : « Le port était notre deuxième maison »"
    page = f"1. //\n  2. // Entretien Yann Kervella (2/2)\n\n{headline}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline


def test_a_legend_printed_twice_with_its_slashed_credit_is_not_the_live_page_s_headline() -> None:
    headline = "DIRECT. Incendies dans le Finistère : le feu est fixé à Brasparts"
    legend = "Les pompiers surveillent les fumerolles et reprises de feu. /Crédit photo SDIS29"
    page = f"· \n\n{headline}\n\nPar Léa Kervella & Yann Roy\n\n{legend}\n{legend}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline


def test_a_rubric_pointing_at_the_headline_is_taken_off() -> None:
    title = "De mauvais souvenirs à Quimper, aussi!"
    assert parse(f"Nouvelle de 17 h > {title}\n\n{LEAD}\n\n{MORE}\n").title == title


def test_a_speaker_s_quoted_words_are_the_headline_over_the_author_and_role() -> None:
    headline = "Kervella : «Chanter sur mon prochain album ? Oui, certainement !»"
    page = f"{headline}\n\n{headline}\nLéa Roy\nLéa Roy Rédacteur en chef adjoint\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline


@pytest.mark.parametrize(
    "column", ["Le billet de Léa Kerhervé", "La chronique d'Anne Morvan", "L'œil de Yann Le Goff"]
)
def test_a_column_s_name_with_its_writer_s_over_the_headline_is_no_headline(column: str) -> None:
    headline = "Contre les vents mauvais du «pas chez moi», osons le lyrisme des halles"
    assert parse(f"Menu\n{column}\n\n{headline}\n\n{LEAD}\n\n{MORE}\n").title == headline


def test_a_headline_under_its_standfirst_and_over_its_byline_and_role_is_the_headline() -> None:
    standfirst = (
        "Des retards et des suppressions de trains sont à prévoir entre Quimper et Brest ce vendredi. "
        "D'après la compagnie, plusieurs liaisons seront supprimées jusqu'au soir."
    )
    title = "La SNCF annonce l'interruption du trafic entre Quimper et Brest"
    article = parse(f"{standfirst}\n\n{title}\n\nLéa Kerlo Journaliste\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == title
    assert "Léa Kerlo Journaliste" not in article.body


def test_a_long_title_in_capitals_run_into_the_headline_is_taken_off() -> None:
    shouted = "LE STADE BRESTOIS ENCHAÎNE UNE TROISIÈME VICTOIRE D'AFFILÉE"
    assert parse(f"{shouted} {TITLE}\n\n{LEAD}\n\n{MORE}\n").title == TITLE
    # (but over a standfirst run in, a sentence of the article, the capitals are the headline)
    run_in = "Le conseil municipal a voté lundi soir. Les commerçants de la rue Kéréon protestent"
    assert parse(f"{shouted} {run_in}\n\n{LEAD}\n\n{MORE}\n").title.startswith("LE STADE BRESTOIS")


def test_a_headline_printed_again_with_its_second_part_is_the_full_one() -> None:
    short = "Tempête meurtrière des 7 et 9 janvier"
    full = f"{short} : Quelle prévention? Quels enjeux? Du port à la criée"
    assert parse(f"{short}\n\n{full}\n\n{LEAD}\n\n{MORE}\n").title == full
    # (a line that merely starts with the same words, no colon or dash after them, is another's)
    other = f"{short} ravage le port de plaisance"
    assert parse(f"{short}\n\n{other}\n\n{LEAD}\n\n{MORE}\n").title != other
