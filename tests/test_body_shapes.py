"""The article's text on real page shapes, in invented words: where it starts, and the furniture inside it."""

from __future__ import annotations

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse


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


def test_paywall_notices_and_reading_time_leave_the_body() -> None:
    notice = "Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite."
    article = parse(f"{TITLE}\nTemps de lecture : 2 min\n\n{LEAD}\n\n{notice}\n\n{MORE}\n")
    assert "abonnés" not in article.body and "lecture" not in article.body and MORE in article.body


@pytest.mark.parametrize(
    "clutter_line",
    [
        # photo captions and credits, image leftovers
        "Le maire devant la halle, le 3 mars. (Photo Léa Morvan / Reuters)",
        "Des commerçants rue Kéréon, samedi. (Yann KERGOAT / AFP)",
        "Le maire et son adjoint devant la halle, en 2021.Image: Keystone",
        "Photo d'illustration",
        "via GIPHY",  # an animated picture's source
        "Reuters or licensors",  # an image bank's credit, in its English
        # a subscription's pitch box
        "Votre abonnement nous engage",
        "En vous abonnant, vous soutenez une rédaction libre : un journal curieux, exigeant et ouvert.",
        "LA SUITE APRÈS LA PUBLICITÉ",
        "Le panier est vide",
        "Décryptage",
        "https://cdn.exemple-media.fr/img/2024/03/halle-quimper.jpg",
        "image/jpeg",
        # login (a paywall's cut ends the article: tests/test_article_end_shapes.py)
        "Déjà abonné ? Connectez-vous",
        "Vous êtes déjà abonné?",
        # an article's tools and its text's size; an appeal for gifts
        "Sauvegarder cet article",
        "Aimer cet article 14",
        "- A +",
        "N'oubliez pas de faire un don !",
        "Mais déductible à 66% des impôts",
        "Les articles ABO sont réservés aux abonnés.",
        # a box's heading, a newsletter's times, an app's promotion, an empty comment box
        "À lire sur le sujet",
        "Notre rubrique Faits divers",
        "Actualité vidéo",
        "Plus d'options",
        "Chaque matin, l'essentiel de l'actualité",
        "Tous les matins à 8h",
        "Vous aimez la Cornouaille ? Vous allez adorer l'application de Kerne Hebdo. Profitez d'une expérience unique.",
        "Il n'y a actuellement aucun commentaire concernant cet article.",
        "Soyez le premier à donner votre avis !",
        # an account's and a newsletter's prompts; neighbours, a mistake's report, a dossier's link
        "Créez un compte",
        "Choisissez votre formule et créez votre compte pour accéder à tout Kerne Hebdo.",
        "L'essentiel du jour : notre sélection exclusive",
        "Chaque jour, notre rédaction vous réserve le meilleur de l'info locale. Une sélection rien que pour vous.",
        "Suivant : Une friperie ouvre ses portes près des halles",
        "Précédent : Les terrasses pourront rester ouvertes jusqu'en mars",
        "► Une erreur ou une proposition d'article, contactez-nous.",
        "Consulter le dossier complet",
        # reading time, empty date labels
        "Lecture 3 min.",
        "Publié le · Mis à jour le",
        # share and comment widgets with counts
        "Partager 12",
        "14 partages",
        "Commenter (3)",
        "Facebook Twitter E-mail Copier le lien",
        "Facebook Twitter Google+ Les dernières actualités",  # the next box's heading glued on
        "Les meilleures histoires",
        "Voir tous les contenus",
        "ADS",
        "storybild",
        "Quimper, France",  # a place tag
        "Plonéour-Lanvern, Finistère, France",  # with its department
        "Retour",
        "Share with",
        "Récents",
        "7 min 3 de lecture",
        "photo Nolwenn 3",  # a picture's alt text
        "Journal d'information en ligne",  # the site's tagline
        "Télécharger Kerne7",  # the e-paper's button
        "Citation du jour : « Le courage, c'est de chercher la vérité et de la dire. » Jean Jaurès",
        "- Advertisement -",
        "Flash info :",
        "https://www.exemple-radio.pf/cms/uploads/2018/09/port-01.mp3?_=1",  # an audio player's file
        "[cc] Kerne-infos.fr, 2016 dépêches libres de copie et diffusion sous réserve de mention de la source",
        "hhh",
        "Kerlouan : le maire a démissionné ce lundi matin / la piscine rouvrira en juin après les travaux /"
        " le port accueille la fête des vieux gréements ce week-end /",  # a news ticker
        "Kerne Hebdo/Léa Morvan",  # a picture's outlet and photographer
        "La dernière séance du conseil, tenue à la salle des fêtes avant l'été. Photo d'archives Le Kerne",
        "DANS CE DOSSIER",
        "Lire : Le conseil municipal de Kerlouan vote la fermeture de la piscine",
        "Soutenez un média indépendant et exigeant",
        "- Feuilletez le magazine en numérique avant sa sortie en kiosque",
        "- Accédez à plus de 800 numéros du Kerne Hebdo numérisés",
        "L'édition numérique est disponible chaque matin dès 6 heures. Cliquez sur l'image pour la feuilleter.",
        "Cet article est réservé à nos abonnés. L'information de qualité a un prix. En vous abonnant, vous"
        " défendez l'indépendance et le rôle indispensable de la presse locale. S'abonner, c'est nous soutenir.",
        "→ A LIRE AUSSI : Un autre article de la rédaction sur le port",
        "Copyright © 2025 Le Kerne. Droits de reproduction et de diffusion réservés. Distribué par KerneMedia",
        "Le maire entouré des membres du conseil, le 17 septembre 2021 à Quimper. AFP - YANN LE GOFF",
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
        # boxes around the article: other articles, a mistake's report, a picture's, an ad's,
        # a social prompt, a live page's farewell, an embed's notice, markup's leftovers
        "Sur ce sujet",
        "Articles récents du même sujet",
        "Lire la suiteLes dernières actualités",
        "Une faute?",
        "Voir le diaporama en grand »",
        "Contactez-nousEnvie d'afficher votre publicité ?",
        "🚀Annonces pour Nos Partenaires !",
        "Rejoignez notre page Facebook en breton!",
        "Merci de l'avoir suivi sur Radio Kerne.",
        "Découvrez nos infolettres !",
        "Le contenu suivant a été fourni par des partenaires externes. Nous ne pouvons pas garantir son accessibilité.",
        "data-cke-saved-src=",
        "BotTalk",
        "Les marins de Kerlouan face à la hausse des carburantsPublié le 01/08/2025 à 10:44:36",
        "Img : Kerlouan : un mort et deux blessés dans un accident près du port",
        "Un exercice de secours en mer à Kerlouan en 2010 (photo d'illustration). [KEYSTONE - Léa Roy]",
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
        "Une erreur de calcul a coûté cher.",
        "Les autres articles du règlement ont été adoptés sans débat.",
        "La publicité de la marque a choqué les commerçants.",
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


def test_a_live_page_s_posts_stamped_like_the_first_are_all_kept() -> None:
    post = "Les premiers commerçants ont baissé leurs rideaux en signe de protestation contre la mesure."
    page = f"{TITLE}\n\n10h42\n\n{LEAD}\n\n{MORE}\n\nLes commerçants protestent\n\n10h30\n\n{post}\n"
    assert post in parse(page).body.split("\n\n")


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


def test_a_long_paragraph_with_a_slash_is_not_a_breadcrumb() -> None:
    interview = (
        "ENTRETIEN – Semaine chargée pour l'adjointe aux mobilités, entre la réunion publique de mardi "
        "et le vote de jeudi / elle revient pour nous sur les choix de la municipalité."
    )
    assert parse(f"{TITLE}\n\n{interview}\n\n{LEAD}\n\n{MORE}\n").body.split("\n\n")[0] == interview


@pytest.mark.parametrize(
    "line",
    ["Encore 2/5 articles gratuits à lire", "Vous devez être membre pour ajouter des commentaires."],
)
def test_paywall_counters_and_member_prompts_are_furniture(line: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n").body.split("\n\n") == [LEAD, MORE]


def test_a_site_describing_itself_above_the_headline_is_neither_body_nor_headline() -> None:
    about = (
        "Retrouvez ici, toutes les infos, événements et faits marquants de la vie quimpéroise. La "
        "ville de Quimper, capitale de la Cornouaille, se situe au confluent de l'Odet et du Steir."
    )
    article = parse(f"Quimper actu\n\n{about}\n\nParu le: 03/03/2024\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE
    assert article.body.split("\n\n") == [LEAD, MORE]


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


def test_a_page_opening_on_its_lead_of_one_long_sentence_keeps_it_in_the_body() -> None:
    lead = (
        "Après une première heure plutôt calme quoique un peu confuse, le conseil municipal de Quimper "
        "a fini par voter la fermeture du centre aux voitures."
    )
    # (printed again further down, as a pull quote: the copy goes, the lead stays)
    article = parse(f"{lead}\n\n{LEAD}\n\n{lead}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [lead, LEAD, MORE]


def test_a_headline_asking_a_question_is_the_headline_not_the_first_paragraph() -> None:
    headline = "Piétonnisation à Quimper : quel avenir pour les commerces du centre historique ?"
    article = parse(f"Nous rejoindre\n\nVille\n\n{headline}\n\nPublished\n\non\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_the_site_s_tagline_naming_it_under_its_name_is_not_the_article_s_start() -> None:
    page = (
        "Le Kan ar Mor\n\nToute l'actu du port, des quais et des marins. Le port par Le Kan ar Mor.\n\n"
        f"{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    )
    article = parse(page)
    assert article.title == TITLE
    assert article.body.startswith(LEAD)


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
        # a feed of tweets, a teaser's age and byline, an audio player, a feed's label, a
        # table of contents, a notification prompt
        "19:54Quimper : Le marché rouvre ses portes -> https://t.co/Ab12Cd34Ef",
        "Le marché rouvre ! pic.twitter.com/Ab12Cd34Ef — Léa Morvan (@leamorvan) 3 mars 2024",
        "Il y a 2 heures | Par Léa Morvan Le marché de Quimper rouvre ses portes |",
        "Ecoutez cet article en audio",
        "Pause",
        "Sommaire du dossier",
        "des infos en continu",
        "Recevez nos alertes en temps réel sur votre téléphone, abonnez-vous maintenant.",
        # a SPIP site's forum under the article
        "Ce forum est modéré a priori : votre message n'apparaîtra qu'après validation.",
        "Texte du message",
        "• Ce formulaire accepte les raccourcis SPIP [->url] {{gras}} {italique}",
        "Proposer un complément d'info",
        # an archive's warning, a link's prompt, a partner's thanks, a reproduction notice, a
        # comment form, French TV's legal notice, a live page's labels, share buttons, a login box
        "Prenez note que cet article ne fait plus l'objet de mise à jour et pourrait être daté.",
        "Pour rappel, le compte-rendu de la séance précédente est à lire ici.",
        "kerne-infos.fr remercie ses partenaires.",
        "Toute reprise totale ou partielle de cet article doit citer la source.",
        "Pseudo",
        "La rédaction vous demande d'éviter tout abus de langage dans vos messages.",
        "Attention : regarder la télévision peut freiner le développement des enfants.",
        "Live terminé",
        "Tweetez",
        "Vous devez vous inscrire pour lire tous nos articles.",
        "Gracieuseté – Ville de Quimper",
        "Courtoisie Service de police de la Ville de Quimper",
        "Écouter cet article",
        "Related posts",
        "Cet article est en accès libre. Pour soutenir Kerne Hebdo, abonnez-vous.",
        "Halle Quimper 013.jpg",
        "Soutenez Kerne Hebdo, faites un don.",
        "Soutenez un journal 100% indépendant : sans subventions, sans publicités, sans actionnaires",
        "Nouvelles voix, nouveaux formats. Kerne grandit à partir du 6 novembre. Soutenez nous !",
        "Nous tenons à vous exprimer notre gratitude pour l'intérêt que vous portez à notre média.",
        "Restez connectés pour toutes les dernières informations !",
        "Cet article est régulièrement mis à jour, cliquez ici pour les dernières informations.",
        "Avatar de Webmaster de Kerne Infos",
        "Image",
        "Photo de famille à l'issue de la réunion. @ KH/DR.",  # captions, credited
        "Le musée du Stade quimpérois [wikicommons]",
        "Le conseiller de Kerfeunteun, Jean Roy. / Kerne Média",
        "Photo gracieuseté SQ",
        # a gallery's counter, a player's placeholder, a rubric's link, a live page's link
        "1 / 7",
        "placeholder video",
        "Plus de «Bretagne»",
        "Fil d'Ariane",
        "EN VIDEO",
        "Vous utilisez une ancienne version de votre navigateur. Veuillez utiliser une version prise en charge.",
        "Suivez la finale du tournoi de Quimper par ici",
        "La soirée électorale est à suivre en live par ici",
        "Vidéo: Kerne TV",
        "— Stade Kerne (@StadeKerne) January 3, 2024",
        "— Léa R. (@LeaKerne) 26 Janvier 2014",
        # a comment box's counters, anti-spam question and rules
        "Cet article a fait l'objet de 1304 lectures.",
        "Vos 0 commentaires",
        "ANTI-SPAM : Combien font 3 multiplié par 5 ?",
        "Cet espace est un lieu de débat. Les attaques personnelles ne sont pas autorisées.",
    ],
)
def test_buttons_and_prompts_in_or_under_the_article_are_not_its_text(furniture: str) -> None:
    assert furniture not in parse(f"{TITLE}\n\n{LEAD}\n\n{furniture}\n\n{MORE}\n").body
    assert furniture not in parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{furniture}\n").body


def test_a_speech_s_salutations_repeated_at_each_part_are_its_text() -> None:
    page = (
        f"{TITLE}\n\nMonsieur le maire\nMesdames et Messieurs les conseillers\n{LEAD}\n\n"
        f"Monsieur le maire\nMesdames et Messieurs les conseillers\n{MORE}\n"
    )
    assert parse(page).body.count("Monsieur le maire") == 2


def test_the_article_s_pointers_to_accounts_at_its_end_are_kept_but_a_heading_is_not() -> None:
    pointers = "Plus d'infos : @collectif_kerne"
    body = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{pointers}\n\nÀ lire ailleurs\n").body
    assert body.split("\n\n") == [LEAD, MORE, pointers]


def test_a_fixture_list_ending_the_article_is_its_own_but_closing_headings_are_not() -> None:
    rows = [
        "Stade Quimpérois 16h30 Brest Métropole",
        "Arbitre : Léa Morvan",
        "US Concarneau 18h00 Morlaix FC",
        "Arbitre : Yann Kerhervé",
        "Vannes OC 20h00 Lorient Sud",
        "Arbitre : Anne Le Goff",
    ]
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n" + "\n\n".join(rows) + "\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE, *rows]
    headings = ["Les plus lus du jour", "Nos dossiers en Cornouaille", "Le marché en images"]
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n" + "\n\n".join(headings) + "\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]


def test_a_list_s_label_repeated_for_each_item_reviewed_is_kept_each_time() -> None:
    first = ["Vélo cargo Kerne", "Avantages :", "• Grand coffre", "Inconvénients :", "• Lourd en montée"]
    second = ["Vélo pliant Odet", "Avantages :", "• Léger", "Inconvénients :", "• Petites roues"]
    page = f"{TITLE}\n\n{LEAD}\n\n" + "\n\n".join(first + second) + f"\n\n{MORE}\n"
    body = parse(page).body.split("\n\n")
    assert body.count("Avantages :") == 2 and body.count("Inconvénients :") == 2


def test_lines_wrapped_at_a_width_on_a_dangling_word_or_a_name_s_hyphen_are_joined() -> None:
    wrapped = [
        "Le président de la République, Léa Kerhervé-",
        "Morvan, a présidé, à la Cité de",
        "l’Union Africaine, la septième réunion du Conseil des ministres du",
        "Gouvernement, ce vendredi 26 juillet 2024.",
    ]
    page = f"{TITLE}\n\n" + "\n".join(wrapped) + f"\n\n{MORE}\n"
    first = parse(page).body.split("\n\n")[0]
    assert first == (
        "Le président de la République, Léa Kerhervé-Morvan, a présidé, à la Cité de l’Union Africaine, "
        "la septième réunion du Conseil des ministres du Gouvernement, ce vendredi 26 juillet 2024."
    )


def test_a_legend_printed_twice_in_a_row_is_no_text_but_a_sentence_said_again_later_is() -> None:
    legend = "La halle est toujours bâchée. Elle ouvrira la semaine prochaine."
    body = parse(f"{TITLE}\n\n{LEAD}\n\n{legend}\n\n{legend}\n\n{MORE}\n").body.split("\n\n")
    assert body == [LEAD, MORE]
    body = parse(f"{TITLE}\n\n{LEAD}\n\n{legend}\n\n{MORE}\n\n{legend}\n").body.split("\n\n")
    assert body == [LEAD, legend, MORE]


def test_a_comment_box_s_count_ends_the_article() -> None:
    comments = "2 de 2 commentaires pour l'article 117999\n\nLéa (France) |Dimanche 3 Janvier 2016 à 19:23"
    body = parse(
        f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{comments}\n\nIl faut surveiller ces routes de près.\n"
    ).body
    assert body.split("\n\n") == [LEAD, MORE]


def test_a_notice_in_dutch_over_the_headline_and_a_link_in_german_are_the_page_s() -> None:
    notice = (
        "Het team van deze website is verhuisd naar een nieuwe site waar we samen met anderen werken. "
        "De komende maanden bouwen we dit om tot een archief van ons werk."
    )
    standfirst = "La navette gratuite a transporté deux fois plus de passagers que prévu."
    german = "Lesen Sie die deutsche Version hier."
    rest = (
        "Les commerçants de la rue Kéréon se disent satisfaits, mais ils demandent que la navette "
        "passe plus souvent le samedi, jour de marché, quand la ville accueille le plus de visiteurs."
    )
    article = parse(f"{notice}\n\n{TITLE}\n\n{standfirst}\n\n{german}\n\n{LEAD}\n\n{MORE}\n\n{rest}\n")
    assert (article.title, article.body.split("\n\n")) == (TITLE, [standfirst, LEAD, MORE, rest])


def test_a_standfirst_under_the_date_line_and_over_the_headline_gives_way_to_it() -> None:
    standfirst = (
        "À l'occasion du derby, le club de Kerlouan s'apprête à retrouver son public samedi après-midi."
    )
    headline = "Kerlouan : le stade va accueillir son public pour la première fois de la saison"
    page = (
        f"Publié par Léa Roy le 27 septembre 2022 à 13:11\n\n{standfirst}\n\n{headline}\n\n{LEAD}\n\n{MORE}\n"
    )
    article = parse(page)
    assert article.title == headline
    assert article.body.split("\n\n")[0] == standfirst


@pytest.mark.parametrize("label", ["A lire aussi", "Voir aussi :", "À lire également"])
def test_a_title_under_a_see_also_label_is_another_article_s(label: str) -> None:
    teaser = "Kerlouan : la maire reçue par le préfet du Finistère"
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{label}\n\n{teaser}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]
    # (a sentence under the label stays: the page's own words)
    sentence = "Le préfet a reçu la maire de Kerlouan mardi pour évoquer le port."
    article = parse(f"{TITLE}\n\n{LEAD}\n\nA lire aussi\n\n{sentence}\n\n{MORE}\n")
    assert sentence in article.body.split("\n\n")


def test_a_logo_s_name_printed_twice_a_medium_s_menu_entry_or_a_section_s_label_is_no_byline() -> None:
    page = f"Kernevoyages Kernevoyages\n\nKerne Infos\n\nDossier Complet\n\n{TITLE}\n\nLéa Morvan\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).asides == ("Léa Morvan",)


def test_a_standfirst_printed_twice_under_a_credited_legend_leaves_the_headline_its_own() -> None:
    legend = "Devant l'hôpital, les ballons symbolisaient les conditions de travail qui s'envolent."
    standfirst = (
        "Davantage de travail, moins de soignants. L'équation ne passe pas auprès des syndicats du port."
    )
    page = (
        f"{legend}\n{legend} — L.Morvan / Kerne Hebdo\n\nQuimper\n\n{TITLE}\n\n{standfirst}\n\n{standfirst}\n\n4 mn\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    article = parse(page)
    assert article.title == TITLE
    paragraphs = article.body.split("\n\n")
    assert paragraphs[-2:] == [LEAD, MORE] and "4 mn" not in paragraphs and "Quimper" not in paragraphs


def test_a_teaser_card_flattened_with_its_rubric_and_its_title_twice_is_no_paragraph() -> None:
    title = "Kerlo: le maire répond aux critiques de l'opposition sur le budget"
    card = f"Politique{title}{title}"
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{card}\n\nTop\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_paid_article_s_badge_alone_on_its_line_is_no_paragraph() -> None:
    article = parse(f"{TITLE}\n\nPremium\n\n{LEAD}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_numbered_box_of_titles_printed_again_ends_even_a_one_paragraph_article() -> None:
    first = "Les élus de Kerlo comptent voter le budget lundi"
    second = "Pourquoi la piscine de Kerlo restera fermée cet été"
    box = (
        f"  1. {first}\n    Mise à jour\n\n    {first}\n\n"
        "    Les élus de la majorité et de l'opposition se retrouveront lundi soir pour un vote serré.\n"
        f"  2. {second}\n\n    {second}\n\n"
        "    Les travaux de rénovation ont pris du retard, et la réouverture est repoussée à l'automne.\n"
        "  3. Un troisième titre pour finir la liste\n"
    )
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{box}")
    assert article.body.split("\n\n") == [LEAD]


@pytest.mark.parametrize(
    "line", ["Conserver", "Sauvegarder", "file52kqzvtrlmwxop3ab", "img9x2k4p7q8r5s3t1v0w"]
)
def test_a_save_button_or_a_picture_s_identifier_alone_is_no_paragraph(line: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize(
    "line",
    [
        "Les plus populaires",
        "Les articles les plus lus",
        "Contenu à découvrir",
        "Lire l'article dans son intégralité sur le site du journal Le Kerlo",
    ],
)
def test_a_box_of_other_articles_ends_the_article(line: str) -> None:
    other = "Une fromagerie a été inaugurée samedi à Kerlo, après un an de travaux de rénovation."
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{line}\n\n{other}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize(
    "line",
    [
        "Sur le même sujet...",
        "Voir cette publication sur Instagram",
        "Une publication partagée par Léa Kerlo (@lea_kerlo) le",
    ],
)
def test_a_box_s_heading_or_an_embedded_post_s_frame_is_no_paragraph(line: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_an_election_s_seat_table_ends_the_article_before_the_most_read_box() -> None:
    table = "Députation du Kerlo\nLe Centre : 29 (+2)\nPLR : 26 (-)\nUDC : 18 (+3)\nLes Verts : 8 (-4)"
    box = "Les articles les plus lus\nUne fromagerie a été inaugurée samedi à Kerlo après un an de travaux"
    body = parse(f"{TITLE}\n{LEAD}\n\n{MORE}\n{table}\n{box}\n").body
    assert "UDC : 18 (+3)" in body and "Les Verts : 8 (-4)" in body
    assert "fromagerie" not in body


@pytest.mark.parametrize(
    "line",
    [
        "Audio",
        "imprimante",
        "Une meilleure expérience est disponible",
        "Nous avons détecté que vous consultez le site directement depuis Safari. Pour une meilleure expérience, "
        "téléchargez l'application.",
    ],
)
def test_a_player_s_or_a_printer_s_icon_or_a_browser_s_notice_is_no_paragraph(line: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_box_of_recommendations_ends_the_article() -> None:
    teaser = "Une fromagerie a été inaugurée samedi à Kerlo, après un an de travaux de rénovation."
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\nRecommandations\n\n{teaser}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize("line", ["One Comment", "Un commentaire", "Aucun commentaire"])
def test_a_comment_counter_in_words_is_no_paragraph(line: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_live_match_s_short_posts_under_the_same_minute_are_no_cards_of_other_articles() -> None:
    posts = ["Entrée de Paul Kerlo", "88'", "Sortie de Jean Le Goff", "88'", "Carton jaune pour Yann Morvan"]
    page = f"Suivez le match Quimper - Brest en direct\n\n89'\n\n{LEAD}\n\n88'\n\n" + "\n\n".join(posts)
    page += f"\n\n87'\n\n{MORE}\n"
    body = parse(page).body.split("\n\n")
    assert MORE in body
    assert "Sortie de Jean Le Goff" in body


def test_a_match_s_timeline_of_minutes_run_together_is_dropped() -> None:
    timeline = "88'88'81'77'67'49'22'7' 96'"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{timeline}\n\n{MORE}\n").body.split("\n\n") == [LEAD, MORE]


def test_a_video_s_legend_over_its_credit_is_no_text() -> None:
    legend = "Un camion se renverse sur la route de Bénodet."
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{legend}\n\nVideo: Kerne TV\n\n{MORE}\n")
    assert legend not in article.body
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_legend_credited_to_its_photographer_and_outlet_after_a_slash_is_no_text() -> None:
    legend = "Le maire lors de l'inauguration du port de Quimper, dimanche 9 juin. (Léa Kerlo/Le Télégramme)"
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{legend}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_newsletter_s_prompt_naming_its_columnist_is_no_text() -> None:
    prompt = (
        "Pour ne rater aucune chronique de Léa Kerlo, inscrivez-vous aux newsletters de nos chroniqueurs."
    )
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{prompt}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_an_agency_s_legend_without_its_year_is_no_text() -> None:
    legend = "Le maire lors de l'inauguration du port de Quimper, dimanche 9 juin"
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{legend}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize(
    "cut",
    [
        "Achetez un accès à cet article ou activez dès maintenant votre abonnement à Kerne Hebdo pour lire le reste de ce texte.",
        "Cet article est réservé à nos abonnés, pour lire la suite de l'article :",
        "Vous lisez un aperçu, inscrivez-vous pour lire la suite.",
        "Pour consulter cet article de la Gazette du Val :",
    ],
)
def test_a_paywall_s_cut_ends_the_article(cut: str) -> None:
    teaser = "Depuis les années 1960, le port de Quimper a vu passer des milliers de thoniers et de chalutiers venus de toute la Bretagne."
    article = parse(
        f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{cut}\n\nDéjà membre? Ouvrir une session.\n\n(Le Matin)\n"
    )
    assert article.body.split("\n\n") == [LEAD, MORE]
    assert teaser not in article.body
