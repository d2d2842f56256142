"""What pages glue to a headline or set over it, in invented words: a credit, a tag, a kicker, a dash."""

from __future__ import annotations

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse


def test_a_photographer_s_credit_glued_to_the_headline_is_not_the_headline_s() -> None:
    credited = f"{TITLE} @ Crédit photo Léa Morvan / Le Courrier du Port Tous droits réservés."
    article = parse(f"QUIMPER\n{credited}\n{LEAD}\n{MORE}\n")
    assert article.title == TITLE
    assert article.body.split("\n\n")[0] == LEAD


def test_a_body_s_name_and_its_acronym_over_the_headline_is_a_tag() -> None:
    tag = "Service de police de la Ville de Kerlouan (SPVK)"
    headline = "Un agent du SPVK suspendu après une fouille à son domicile"
    article = parse(f"{tag}\n{headline}\n{LEAD}\n{MORE}\n")
    assert article.title == headline


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "Colère des pêcheurs Plus de 80 bateaux bloquent le port de Concarneau ce matin",
            "Plus de 80 bateaux bloquent le port de Concarneau ce matin",
        ),
        (
            "Grève des transports Les usagers restent à quai ce lundi à Brest",
            "Les usagers restent à quai ce lundi à Brest",
        ),
        # A place's article before its capital, a body's name after an article: no kicker.
        (
            "Le gouvernement Kerlann présente ses vingt ministres à la presse",
            "Le gouvernement Kerlann présente ses vingt ministres à la presse",
        ),
        (
            "Les habitants de La Roche-Bernard votent dimanche pour leur maire",
            "Les habitants de La Roche-Bernard votent dimanche pour leur maire",
        ),
    ],
)
def test_a_kicker_run_into_the_headline_in_sentence_case_is_cut_off(line: str, headline: str) -> None:
    assert parse(f"{line}\n\n{LEAD}\n\n{MORE}\n").title == headline


def test_a_dash_the_article_writes_too_is_the_headline_s_not_a_site_s() -> None:
    headline = "Six blessés sur la route Quimper – Brest"
    lead = (
        "L'accident s'est produit mardi soir sur la route Quimper – Brest, à la sortie d'un "
        "virage, quand un camion a percuté deux voitures qui roulaient en sens inverse."
    )
    article = parse(f"{headline}\n\n{lead}\n\n{MORE}\n")
    assert article.title == headline and article.source == ""
    # Signed by a site the text never writes so, the suffix is still the site.
    signed = parse(f"Six blessés sur la route de Brest - Kerinfo\n\n{lead}\n\n{MORE}\n")
    assert signed.title == "Six blessés sur la route de Brest" and signed.source == "Kerinfo"


def test_a_web_exclusive_badge_is_never_the_site() -> None:
    page = f"Exclusivité Web\n\n{TITLE}\n\nPar Léa Morvan le 2024/03\nImage\nExclusivité Web\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == TITLE and article.source == ""


def test_a_reading_time_in_words_glued_to_the_headline_comes_off() -> None:
    assert parse(f"{TITLE}4 minutes de lecture\n\npar Léa Morvan\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_a_headline_broken_after_its_kicker_s_colon_is_joined() -> None:
    page = f"top of page\n\nAnne Kerlo :\nl'économie au service du port\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == "Anne Kerlo : l'économie au service du port"


def test_a_subscription_pitch_over_a_shop_s_basket_is_not_the_headline() -> None:
    headline = "Payer le prix fort ? À chacun de choisir !"
    pitch = "Restez un lecteur averti et profitez de nos avantages abonnés"
    page = (
        f"{pitch}\nPourquoi pas\nNon merci\nPanier\nx\nLe panier est vide\n\n{headline}\n\n{LEAD}\n\n{MORE}\n"
    )
    assert parse(page).title == headline


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        # A rubric in round brackets, a town before a full stop, an emoji, a label before an
        # ellipsis: all glued on by the page.
        (
            "(Enquête) Au tribunal de Kerlouan, les audiences s'enchaînent",
            "Au tribunal de Kerlouan, les audiences s'enchaînent",
        ),
        (
            "Kerlouan. Nuit agitée : deux voitures incendiées près du port",
            "Nuit agitée : deux voitures incendiées près du port",
        ),
        (
            "⚽ Le stade de Kerlouan n'avait de chaudron que le nom",
            "Le stade de Kerlouan n'avait de chaudron que le nom",
        ),
        (
            "A la Une ... Vols de câbles : un suspect interpellé à l'aube",
            "Vols de câbles : un suspect interpellé à l'aube",
        ),
        # (a department's number after the town; a genre before a "Subject: …" headline)
        (
            "Kerlouan (29). Prison requise contre un manifestant lanceur de pétards",
            "Prison requise contre un manifestant lanceur de pétards",
        ),
        (
            "Marée noire. Marée noire : trois plages fermées au public à Kerlouan",
            "Marée noire : trois plages fermées au public à Kerlouan",
        ),
        (
            "Enquête Kerlouan : la garde à vue des deux gérants du port levée",
            "Kerlouan : la garde à vue des deux gérants du port levée",
        ),
        # Not kickers: a verb's prefix in brackets, an honorific, a format the headline announces.
        (
            "(Re)découvrir les chapelles de Kerlouan à vélo cet été",
            "(Re)découvrir les chapelles de Kerlouan à vélo cet été",
        ),
        (
            "M. Kerhervé quitte la mairie de Kerlouan après vingt ans",
            "M. Kerhervé quitte la mairie de Kerlouan après vingt ans",
        ),
        (
            "EN DIRECT. Le second tour à Kerlouan, bureau par bureau",
            "EN DIRECT. Le second tour à Kerlouan, bureau par bureau",
        ),
        (
            "VIDÉO. Le maire de Kerlouan inaugure la passerelle du port",
            "VIDÉO. Le maire de Kerlouan inaugure la passerelle du port",
        ),
        # A content manager's buttons after it; one word alone may be the headline's.
        (
            "Kerlouan : la maire présente son premier budget PDF Imprimer Envoyer",
            "Kerlouan : la maire présente son premier budget",
        ),
        (
            "Le rapport de la chambre régionale publié en PDF",
            "Le rapport de la chambre régionale publié en PDF",
        ),
        # share buttons after it; a subscriber's badge in the singular
        (
            "Kerlouan : la maire présente son premier budget Partager Facebook",
            "Kerlouan : la maire présente son premier budget",
        ),
        ("Aux marges du port de Kerlouan Abonné", "Aux marges du port de Kerlouan"),
        # a rubric's one word run into the headline; not a brand written so
        ("TennisKerhervé sauve l'honneur breton en double", "Kerhervé sauve l'honneur breton en double"),
        (
            "WhatsApp lance un canal pour la mairie de Kerlouan",
            "WhatsApp lance un canal pour la mairie de Kerlouan",
        ),
        # the site's tag after a double colon
        (
            "Cameroun - Nouvel an : Kribi sous haute surveillance :: KERNE",
            "Cameroun - Nouvel an : Kribi sous haute surveillance",
        ),
        # a kicker run into a number; not a word that carries its number ("covid19")
        (
            "Justice cantonale36 mois de prison pour une agression au port",
            "36 mois de prison pour une agression au port",
        ),
        (
            "Le variant covid19 gagne encore du terrain à Kerlouan",
            "Le variant covid19 gagne encore du terrain à Kerlouan",
        ),
        # (a long kicker, ending on a name's elided particle; a title opening on a comma)
        (
            "Dans l'attente des décisions du Conseil d'EtatRouvrira, rouvrira pas? Kerlo hésite encore",
            "Rouvrira, rouvrira pas? Kerlo hésite encore",
        ),
    ],
)
def test_what_a_page_glues_before_or_after_a_headline_comes_off(line: str, headline: str) -> None:
    assert parse(f"{line}\n\n{LEAD}\n\n{MORE}\n").title == headline


def test_a_rubric_the_page_prints_with_a_full_stop_comes_off_the_headline_it_opens_with_a_space() -> None:
    headline = "Kerne Ligue Les Bleus de Kerlouan enfin victorieux à domicile"
    teasers = "Kerne Ligue. Brest tenu en échec au Moustoir\n\nKerne LigueBrest tenu en échec au Moustoir"
    assert parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n\n{teasers}\n").title == headline.removeprefix(
        "Kerne Ligue "
    )
    assert parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n").title == headline  # (no rubric seen)


def test_a_headline_printed_again_as_its_picture_s_alt_text_with_a_glued_credit_stays_the_headline() -> None:
    page = f"{TITLE}\n\n{TITLE}©Radio Kerne\nA lire aussi\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == TITLE


def test_a_picture_s_file_name_glued_to_the_first_paragraph_comes_off() -> None:
    article = parse(
        f"{TITLE}\n\nkerlouan2webLe maire a présenté son budget devant un conseil municipal au complet jeudi soir.\n\n{MORE}\n"
    )
    assert (
        article.body.split("\n\n")[0]
        == "Le maire a présenté son budget devant un conseil municipal au complet jeudi soir."
    )


@pytest.mark.parametrize(
    "headline",
    [
        "Incendie, accidents et autres faits divers de ce vendredi à Quimper",
        "Encore des tombes dégradées au cimetière de Quimper",
    ],
)
def test_a_region_s_name_run_into_the_headline_as_its_kicker_comes_off(headline: str) -> None:
    assert parse(f"Sud Finistère {headline}\n\n{LEAD}\n\n{MORE}\n").title == headline


def test_the_author_s_name_printed_twice_in_a_row_is_no_headline() -> None:
    shouted = "TEMPÊTE : UNE VINGTAINE D'INTERVENTIONS DANS LE PAYS DE QUIMPER"
    article = parse(f"{shouted}\n\nLéa Kervella\n\nLéa Kervella\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == shouted


def test_a_place_s_name_run_into_a_title_opening_on_a_determiner_comes_off_when_the_lead_names_it() -> None:
    title = "Un choc avec une ligne électrique à l'origine de la chute du planeur"
    lead = (
        "Un planeur s'est écrasé jeudi vers midi dans la région de Kerlo, dans le Val d'Odet en Cornouaille."
        " Blessé mais conscient, le pilote a été héliporté à l'hôpital de Quimper."
    )
    assert parse(f"Val d'Odet {title}\n\n{lead}\n\n{MORE}\n").title == title
    # Not named by the lead: a name the title may well open with (unsure, the line stays whole).
    assert parse(f"Val d'Odet {title}\n\n{LEAD}\n\n{MORE}\n").title == f"Val d'Odet {title}"
    # A name whose last word is a determiner's ("Kim Jong Un") stays whole, the lead naming it so.
    named = "Kim Jong Un reçoit trois ministres étrangers à Pyongyang"
    lead_naming = "Le dirigeant Kim Jong Un a reçu lundi trois ministres venus de pays voisins. Il a salué leur visite."
    assert parse(f"{named}\n\n{lead_naming}\n\n{MORE}\n").title == named
