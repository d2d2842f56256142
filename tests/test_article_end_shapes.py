"""Where the article ends on real page shapes, in invented words: related boxes, other articles, closing lists."""

from __future__ import annotations

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse

# Other articles' excerpts, each cut at about the same length in the middle of a sentence.
_CUT_EXCERPTS = [
    "Pour ce numéro de printemps, six boulangers de Cornouaille livrent leur recette de far et, à travers elle, leur",
    "Longtemps réservé aux grandes villes, le vélo cargo gagne les bourgs du Finistère où les familles en font un",
    "À l'heure des réseaux sociaux, une mode venue des pays nordiques gagne les plages bretonnes : la baignade en",
]


def test_a_list_the_article_announces_with_a_colon_ends_it_whole() -> None:
    intro = "Sur proposition du maire, le conseil a désigné les adjoints dont les noms suivent :"
    items = ["Adjoint chargé des finances : Anne Kerlo", "Adjoint aux sports et à la jeunesse : Yann Le Goff"]
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{intro}\n\n" + "\n\n".join(items) + "\n")
    assert article.body.split("\n\n") == [LEAD, intro, *items]
    teaser = "Football : Le Stade quimpérois reprend la tête"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{teaser}\n").body.split("\n\n") == [LEAD, MORE]


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


@pytest.mark.parametrize("heading", ["Sur le même sujet", "Ces articles devraient vous intéresser :"])
def test_a_related_box_after_the_article_still_ends_it(heading: str) -> None:
    teaser = "Brest a fermé sa rue de Siam aux voitures il y a un an et les commerçants en dressent le bilan."
    page = f"{TITLE}\n{LEAD}\n{MORE}\n{heading}\nBrest, un an après\n{teaser}\n"
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


def test_excerpts_of_other_articles_cut_mid_sentence_after_the_article_leave_the_body() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n" + "\n\n".join(_CUT_EXCERPTS) + "\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]


def test_excerpts_marked_cut_under_the_author_s_initials_leave_the_body() -> None:
    # The site marks its cut with an ellipsis set apart from the last word, after the article's
    # signature; a writer's own ellipsis is glued to the word and stays.
    marked = [
        "La commune de Plouzané lance une navette gratuite pour relier ses hameaux au centre-bourg et à la gare de ...",
        "Les douaniers du port de Brest ont saisi vendredi une cargaison de cigarettes de contrebande cachée dans un ...",
    ]
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\nJ.-M. K.\n\n" + "\n\n".join(marked) + "\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE, "J.-M. K."]
    own = [
        "Les anciens du quartier se souviennent encore des bals du samedi soir sur la place de l'église et puis…",
        "Les plus jeunes, eux, n'en ont jamais entendu parler et demandent ce que leurs parents y faisaient…",
    ]
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n" + "\n\n".join(own) + "\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE, *own]


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


def test_titles_a_page_prints_twice_are_a_box_of_other_articles() -> None:
    box = (
        "1. Brest ferme la rue de Siam aux voitures\nInterviews\nBrest ferme la rue de Siam aux voitures\n"
        "2. Les halles de Morlaix rouvrent samedi\nLes halles de Morlaix rouvrent samedi"
    )
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{box}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_title_signed_by_another_outlet_is_a_teaser() -> None:
    teaser = "Les commerçants de Brest dressent le bilan d'un an sans voitures - Ouest-France"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{teaser}\n\n{MORE}\n").body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize(
    "footer",
    [
        "Pour aller plus loin",
        "Aller plus loin",
        "Qu'en pensez-vous ?",
        "Votre adresse e-mail ne sera pas publiée.",
        "Previous ArticleNext Article",
        "Commentaires (12)",
        "À découvrir également",
        "Votre commentaire s'affichera sur cette page après validation par l'administrateur.",
    ],
)
def test_a_related_box_or_a_comment_form_ends_the_article(footer: str) -> None:
    teaser = "Brest : les commerçants dressent le bilan de la piétonnisation du port, un an après"
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{footer}\n\n{teaser}\n\n{LEAD.replace('Quimper', 'Brest')}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]


def test_a_list_closing_the_article_is_kept_but_a_closing_heading_is_not() -> None:
    items = ["– entre Quimper et Briec;", "– de la gare au port, à Concarneau;", "– de Bénodet à Fouesnant"]
    listed = "\n\n".join(["La circulation reste difficile :", *items])
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{listed}\n\nÀ la une cette semaine\n")
    assert article.body.split("\n\n") == [LEAD, "La circulation reste difficile :", *items]


def test_a_paragraph_cut_by_the_page_still_ends_the_article() -> None:
    cut = "Les élus de l'opposition ont annoncé qu'ils saisiraient le tribunal administratif dès la semaine prochaine si"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{cut}\n").body.split("\n\n")[-1] == cut


# --- shapes met on the held-out pages (invented text) ---------------------------------------


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


def test_titles_each_under_the_same_rubric_below_the_article_are_a_list_of_other_articles() -> None:
    cards = "".join(
        f"{area}\n-\nSociété\n{title}\n"
        for area, title in [
            (
                "Bretagne",
                "Feux de forêt : \"90% des maisons n'étaient pas débroussaillées\", l'appel des pompiers",
            ),
            (
                "Métropole de Brest",
                "Brest : réduire vos poubelles ? C'est possible avec ce défi lancé par la ville",
            ),
            ("France", "Transports : ce qui change pour les abonnés au 1er janvier"),
        ]
    )
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\nA lire aussi\n{cards}")
    assert article.body.split("\n\n") == [LEAD, MORE]
    # The same label between the article's own paragraphs ends nothing.
    spread = f"{TITLE}\n\n{LEAD}\n\nPublicité\n\n{MORE}\n\nPublicité\n\n{LEAD.replace('jeudi', 'vendredi')}\n\nPublicité\n\n{MORE.replace('matin', 'soir')}\n"
    assert len(parse(spread).body.split("\n\n")) == 4


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


def test_an_article_that_ends_with_a_bulleted_list_keeps_it() -> None:
    members = "Jeanne Roy\n\n• Maire\n• Finances\n\nPaul Kerhervé\n\n• Premier adjoint\n• Urbanisme\n• Voirie"
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{members}\n")
    assert article.body.endswith("• Voirie")
    assert "Paul Kerhervé" in article.body


def test_an_article_s_last_sentence_announcing_a_table_is_kept() -> None:
    announce = "Voici les rues du centre qui seront fermées aux voitures :"
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{announce}\n\nRetour aux actualités\n")
    assert article.body.endswith(announce)
    listen = "Ci-dessous écoutez le journal de la mi-journée en breton :"
    assert listen not in parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{listen}\n").body


def test_titles_under_kickers_in_capitals_below_the_article_end_it_but_not_shouted_intertitles() -> None:
    titles = [
        "KERLOUAN : Le port rouvre après trois mois de travaux",
        "TRAFIC DE CIGARETTES AU MARCHÉ DU SAMEDI : Deux hommes interpellés par les douaniers",
        "FOOTBALL : Quimper tenu en échec par Brest",
        "Grève au port",
        "DÉCÈS DE LÉA ROY : Pour le repos de son âme !",
        "Les pêcheurs inquiets pour la saison",
    ]
    for between in ("\n", "\n\n"):
        article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n" + between.join(titles) + "\n")
        assert article.body.split("\n\n") == [LEAD, MORE]
    # A report's sections, each in capitals before its paragraph, are the article's.
    sections = [
        "FINANCES : le conseil a voté une hausse de deux pour cent des subventions aux associations sportives, "
        "après un long débat sur les priorités de la commune pour les trois prochaines années.",
        "JEUNESSE : trois nouveaux animateurs seront recrutés pour l'été, et le centre de loisirs ouvrira "
        "aussi le mercredi matin, comme l'avaient demandé de nombreux parents lors de la dernière réunion.",
        "TOURISME : la commune rejoint l'office intercommunal, qui gérera désormais l'accueil des visiteurs "
        "au port et la promotion des randonnées sur le littoral, d'avril à octobre, avec deux saisonniers.",
    ]
    assert parse(f"{TITLE}\n\n{LEAD}\n\n" + "\n\n".join(sections) + "\n").body.split("\n\n") == [
        LEAD,
        *sections,
    ]


def test_cards_of_other_articles_each_a_title_over_an_excerpt_cut_with_an_ellipsis_end_it() -> None:
    cards = [
        "Une épidémiologiste fait le point",
        "Léa Roy, épidémiologiste à Kerlouan, nous a fait parvenir ce bilan :",
        "Bilan des inondations",
        "Le bilan des pluies qui se sont abattues sur les huit communes du canton de Kerlouan...",
        "Reboisement 2024",
        "En présidant à Kerlouan la cérémonie des cent ans du jardin public, la maire a planté…",
    ]
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n" + "\n".join(cards) + "\n")
    assert article.body.split("\n\n") == [LEAD, MORE]
    # One section of the article's own, ending on a writer's ellipsis, stays.
    own = [
        "Et maintenant ?",
        "La maire promet une réponse avant l'été, mais les riverains attendent depuis si longtemps…",
    ]
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n" + "\n\n".join(own) + "\n")
    assert article.body.split("\n\n") == [LEAD, MORE, *own]


def test_a_see_also_label_over_bulleted_titles_takes_them_all_but_not_the_article_s_list() -> None:
    links = [
        "- Kerlouan : deux suspects interpellés après le vol au port (officiel)",
        "- Football : les confidences de l'entraîneur de Quimper",
        "- Littérature : Léa Roy publie un ouvrage sur la pêche",
    ]
    page = f"{TITLE}\n\n{LEAD}\n\nLIRE AUSSI\n" + "\n".join(links) + f"\n{MORE}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]
    # Without the label, a bulleted list is the article's own.
    own = ["- la halle rénovée rouvrira en mai", "- le parking sera gratuit le samedi"]
    article = parse(f"{TITLE}\n\n{LEAD}\n\n" + "\n\n".join(own) + f"\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, *own, MORE]


def test_readers_comments_numbered_under_their_names_end_the_article() -> None:
    pitch = (
        "Rejoignez la communauté Kerne Actu pour, vous aussi, contribuer au débat local. Découvrez nos offres"
    )
    comments = (
        "1. Kerlouan Kerlouan\n\nUn bel article, merci pour ce travail de fond.\n\n"
        "2. marin29 marin29\n\nJe ne suis pas d'accord avec la conclusion du maire sur le port."
    )
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{pitch}\n\n{comments}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


_BEGUN = (
    "Les commerçants de la rue Kéréon, qui redoutaient une baisse de leur chiffre d'affaires, ont "
    "obtenu que les terrasses restent ouvertes jusqu'à minuit pendant tout l'été, et la mairie promet"
)


@pytest.mark.parametrize(
    "cut",
    [
        "Pour lire la suite de cet article",
        "La lecture des articles est réservée aux abonné·es. Se connecter",
        "Il vous reste 64 % de cet article à lire.",
        "Découvrez l'abonnement numérique du Courrier de Cornouaille pour seulement 1€ par mois !",
        "Découvrez la suite, 2€ pour 1 mois (sans engagement)",
        "Cet article est réservé aux abonnés",
        "Cet article fait partie de l’édition abonnés. Pour lire la suite, profitez d’une offre découverte à 1€.",
        "Cet article vous intéresse?",
        "Les bonnes raisons de s’abonner au Courrier de Kerlo:",
        "Ne manquez rien de nos enquêtes - abonnez-vous dès maintenant à partir de 9 CHF le premier mois",
    ],
)
def test_a_paywall_s_cut_ends_the_article_but_for_the_paragraph_it_had_begun(cut: str) -> None:
    offer = [
        "2€ pour 30 jours",
        "Sans engagement, résiliable à tout moment",
        "Je m'abonne",
    ]
    box = [
        "#LIBERTEPOURLAPRESSE",
        "Depuis le 3 février notre consœur Anne Kerlo est détenue à l'étranger, sans procès ni avocat.",
        "Nous réclamons sa libération.",
    ]
    page = "\n\n".join([TITLE, LEAD, cut, _BEGUN, *offer, *box, "Déjà abonné ?", MORE]) + "\n"
    assert parse(page).body.split("\n\n") == [LEAD, _BEGUN]
    # Before any of the article's paragraphs, the box is the page's header: the article follows.
    assert parse(f"{cut}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").body.split("\n\n") == [LEAD, MORE]
    # An article's sentence about subscribers cuts nothing.
    said = (
        "Pour lire la suite de ses mémoires, les abonnés de la médiathèque devront attendre l'hiver prochain."
    )
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{said}\n\n{MORE}\n").body.split("\n\n") == [LEAD, said, MORE]


def test_over_a_paywall_s_cut_a_subheading_stays_and_a_login_link_is_passed() -> None:
    """The page stops where it will, on a subheading too; the rest of the paragraph begun may
    come after the login link."""
    subheading = "Une rue sans voitures dès juin"
    cut = "La lecture des articles est réservée aux abonné·es."
    page = "\n\n".join([TITLE, LEAD, MORE, subheading, cut, "Se connecter", _BEGUN, "Je m'abonne"])
    assert parse(page + "\n").body.split("\n\n") == [LEAD, MORE, subheading, _BEGUN]


@pytest.mark.parametrize(
    "line",
    [
        "Suivez notre dernier direct dans l'article ci-dessous.",
        "CONSULTER LES OFFRES",
    ],
)
def test_a_pointer_to_another_live_page_and_an_offer_s_lines_are_furniture(line: str) -> None:
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n").body.split("\n\n") == [LEAD, MORE]


def test_an_offer_s_list_run_together_past_a_paywall_s_cut_is_not_the_article_s() -> None:
    offer = (
        "• Lisez tous nos articles en illimité sur le site et l'application mobile • Recevez le journal"
        " du jour en version numérique avant 6 heures du matin • Profitez de nos lettres réservées"
    )
    page = "\n\n".join([TITLE, LEAD, MORE, "Les bonnes raisons de s'abonner au Courrier de Kerlo:", offer])
    assert parse(page + "\n").body.split("\n\n") == [LEAD, MORE]


def test_a_newsletter_s_pitch_in_the_article_cuts_nothing() -> None:
    pitch = "Pour ne rien manquer de l'actualité du port, abonnez-vous maintenant à notre lettre du matin."
    page = "\n\n".join([TITLE, LEAD, pitch, MORE])
    assert parse(page + "\n").body.split("\n\n")[-1] == MORE


def test_the_rubric_over_the_headline_printed_again_below_opens_the_next_article() -> None:
    other = "«Ce que j'aime au port de Kerlo, c'est…»"
    text = "Paul Kerlo connaît le port comme sa poche, il y a passé trente ans de sa vie de marin."
    page = f"finistère\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n\nContinuer\n\nfinistère\n\n{other}\n\n{text}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]
    # (the rubric's word inside the article, over a sentence, is the article's)
    page = f"finistère\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{text}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE, text]


def test_titles_listed_under_a_see_also_label_to_the_page_s_end_leave_the_body() -> None:
    titles = [
        "Brest : deux morts et cinq blessés dans un accident de la route près du port",
        "Finistère : trois morts et deux blessés dans un accident de la route à Kerlo",
        "Finistère : un train de marchandises déraille près de Kerlo, pas de victimes",
    ]
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\nLire aussi:\n" + "\n".join(titles)
    assert parse(page).body.split("\n\n") == [LEAD, MORE]


def test_a_subheading_under_a_see_also_teaser_stays_with_its_paragraph() -> None:
    teaser = "Brest : deux blessés dans un accident de la route"
    page = f"{TITLE}\n\n{LEAD}\n\nLire aussi\n{teaser}\n\nUn chantier de deux ans\n\n{MORE}\n"
    assert parse(page).body.split("\n\n") == [LEAD, "Un chantier de deux ans", MORE]
