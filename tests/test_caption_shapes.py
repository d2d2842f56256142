"""Pictures' captions, alt texts and credits on real page shapes, in invented words: never the headline nor the text."""

from __future__ import annotations

import pytest

from index.page import credits
from tests.invented_page import LEAD, MORE, TITLE, parse


def test_a_long_caption_under_the_headline_printed_again_with_its_credit_is_neither_title_nor_text() -> None:
    caption = (
        "Les halles de Quimper, où se croisent chaque samedi matin des centaines de marchands et de clients"
    )
    page = f"{TITLE}\n\n{caption}\n{caption} ©Radio Bretagne - Yann Le Goff\n{caption} ©Radio Bretagne - Yann Le Goff"
    article = parse(f"{page}\nPublicité\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_picture_s_alt_text_printed_twice_under_the_headline_is_no_article() -> None:
    title = "Amical / Quimper – un derby légendaire : c'est presque officiel !"
    article = parse(
        f"    Quimper Football\n    {title}\n    Quimper Foot\n    Quimper Foot\n    {LEAD}\n    {MORE}\n"
    )
    assert article.title == title
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_region_before_a_dash_a_picture_s_credit_and_a_kicker_s_dash_leave_the_headline() -> None:
    title = "Tribunal Quimper : plusieurs manifestants en comparution immédiate"
    byline = "Anne KERLO - 27 nov. 2018 à 05:06 | mis à jour le 27 nov. 2018 à 07:41"
    credit = "Photo d'illustration Yann Le Goff"
    article = parse(f"Bretagne - {title}\n{byline}\n{credit}\n{credit}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.body.split("\n\n")) == (title, [LEAD, MORE])
    kicker = "RDC – Conférence des gouverneurs : Kinshasa se déplace au Lualaba"
    assert parse(f"{kicker}\n\n{LEAD}\n\n{MORE}\n").title == kicker


def test_a_caption_printed_again_with_its_photographer_and_agency_after_dashes_is_no_headline() -> None:
    caption = "La mairie de Quimper (PHOTO D'ILLUSTRATION)"
    page = f"Radio Kerne\n\n{TITLE}\n\n{caption}\n\n{caption} - Yann Le Goff - AFP\n\n{LEAD}\n\n{MORE}\n"
    assert (parse(page).title, parse(page).body.split("\n\n")) == (TITLE, [LEAD, MORE])


def test_a_picture_s_alt_text_and_legend_over_its_credit_come_before_the_headline() -> None:
    alt = "Les halles de Quimper soutenues par une structure en métal."
    legend = "Les halles de Quimper soutenues par une structure métallique, en mai 2019."
    page = f"{alt}\n\n{legend}\n\n© Crédits photo : Yann Le Goff/AFP\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert (article.title, article.body.split("\n\n")) == (TITLE, [LEAD, MORE])
    pictured = parse(f"{TITLE}\n\n{LEAD}\n\nPhoto : Yann Le Goff\n\n{MORE}\n")
    assert pictured.body.split("\n\n") == [LEAD, MORE]  # the lead over its picture's credit stays


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


def test_a_caption_printed_again_without_its_credit_is_dropped() -> None:
    caption = "Le maire et ses adjoints devant la halle rénovée, samedi matin"
    page = f"{TITLE}\n\n{LEAD}\n\n{caption}\n\n{caption} — Léa Morvan/AP/SIPA\n\n{MORE}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]


def test_a_caption_printed_over_the_headline_and_again_under_it_is_no_standfirst() -> None:
    caption = (
        "Depuis la gauche, Léa Morvan, nouvelle trésorière, Paul Kerhervé, trésorier sortant, et le maire."
    )
    page = f"{caption}\n\n{TITLE}\n\n{caption}\n\n{caption}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]


def test_a_caption_printed_twice_above_the_headline_does_not_start_the_body() -> None:
    caption = "Trois commerçants ont fermé leur boutique rue Kéréon depuis le début des travaux de la halle."
    page = f"{caption}\n{caption}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == TITLE and article.body.split("\n\n") == [LEAD, MORE]


def test_a_caption_printed_twice_is_not_the_headline() -> None:
    headline = "Les voitures bannies des ruelles dès lundi"
    caption = "La rue Kéréon sera piétonne"
    page = f"{headline}\n\nQuimper\n\n{caption}\n\n{caption} Crédits : Léa Morvan/Ville de Quimper\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == headline
    assert caption not in article.body


# --- shapes met on a fourth set of pages (invented text) -----------------------------------


def test_a_caption_printed_over_the_headline_is_neither_headline_nor_body() -> None:
    caption = "Le marché de la halle attire entre 500 et 700 personnes chaque samedi."
    headline = "Quimper : quelle est la recette du succès ?"
    article = parse(f"{caption}\n\n{headline}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_sports_agency_s_credit_makes_a_caption() -> None:
    caption = "Jeanne Roy (Stade Quimpérois) / Icon Sport"
    article = parse(f"{TITLE}\n\n{caption}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE and caption not in article.body


def test_a_legend_printed_again_without_its_shouted_credit_is_no_paragraph() -> None:
    legend = "Le maire et son adjoint devant les nouvelles halles du centre."
    page = f"{TITLE}\n\n{legend}  — PHOTO: La ville de Quimper\n{legend}\n\n{LEAD}\n\n{MORE}\n"
    assert legend not in parse(page).body


@pytest.mark.parametrize(
    "caption",
    [
        "Le maire lors du conseil communautaire du 9 novembre 2021. KRN / KERNE HEBDO",
        "La photo, de gauche à droite : Léa Morvan, Yann Kerhervé, Anne Le Goff et Paul Roux.",
        "▲ Le chantier des halles, en août : la charpente est posée avant l'hiver.",
    ],
)
def test_a_caption_credited_in_capitals_placing_people_or_pointing_at_its_picture_is_no_text(
    caption: str,
) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{caption}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_portrait_s_name_then_its_legend_ending_with_the_name_is_no_paragraph() -> None:
    page = f"{TITLE}\n\nLecture 3 min.\nLéa Kerhervé\nLa maire de Quimper, Léa Kerhervé\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]
    # A paragraph that ends on a name is the article's, with no portrait's name over it.
    said = "Le projet sera présenté en conseil jeudi, a annoncé la maire, Léa Kerhervé"
    assert said in parse(f"{TITLE}\n\n{LEAD}\n\n{said}\n\n{MORE}\n").body.split("\n\n")


def test_a_caption_s_photographer_after_an_illustration_label_and_a_dash_is_no_site_nor_headline() -> None:
    caption = "Un camion de pompiers. (Illustration) — Yann Le Goff"
    article = parse(f"{caption}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source, article.body.split("\n\n")) == (TITLE, "", [LEAD, MORE])
    # (over a page that lost its headline, too: the caption is neither)
    article = parse(f"{caption}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.source, article.body.split("\n\n")) == ("", [LEAD, MORE])
    assert "Illustration" not in article.title


@pytest.mark.parametrize("credit", ["DR", "AFP", "Keystone"])
def test_a_legend_closed_by_a_dash_and_its_agency_is_no_site_nor_headline(credit: str) -> None:
    caption = f"Une passante devant la vitrine des halles de Quimper — {credit}"
    for page in (f"{caption}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n", f"{caption}\n\n{LEAD}\n\n{MORE}\n"):
        article = parse(page)
        assert (article.source, article.body.split("\n\n")) == ("", [LEAD, MORE])
        assert credit not in article.title


def test_a_legend_printed_again_with_its_agency_before_it_leaves_the_body() -> None:
    legend = "Après une mobilisation pour sauver sa maternité, l'hôpital de Kerlouan lutte pour ses urgences"
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{legend}\nAFP {legend}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_legend_credited_to_its_photographer_without_a_full_stop_is_no_headline() -> None:
    title = "Budget de Kerlouan: Kerlo consciente de devoir négocier"
    standfirst = "La maire a besoin de rallier au-delà de son parti pour faire adopter son budget"
    legend = "La maire de Kerlouan, Anne Kerlo"
    lead = (
        "Minoritaire au conseil municipal, la maire Kerlo s'est dite ouverte à la négociation pour faire"
        " adopter le budget de Kerlouan."
    )
    page = f"Politique\n\n{title}\n\n{standfirst}\n\n{legend}\n{legend} Photo Léa Morvan\nPartager\n\n{lead}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == title
    assert legend not in article.body


def test_another_article_s_card_printed_with_its_kicker_then_glued_to_it_leaves_the_body() -> None:
    card = ["Ligue Kerne. Quimper arrache le nul à Brest", "Ligue KerneQuimper arrache le nul à Brest"]
    page = f"{TITLE}\n\n{LEAD}\n\n" + "\n\n".join(card) + f"\n\n{MORE}\n"
    assert parse(page).body.split("\n\n") == [LEAD, MORE]
    # A sentence opening on a short one is printed once: it stays.
    said = "Rien ne va plus. Le maire a suspendu la séance pour une heure."
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{said}\n\n{MORE}\n").body.split("\n\n") == [LEAD, said, MORE]


def test_a_caption_credited_in_its_picture_s_file_name_leaves_the_body() -> None:
    caption = "Le puits creusé par le fils de Léa Roy, à Kerlouan_2020_Credit Léa Roy"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{caption}\n\n{MORE}\n").body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize(
    "furniture",
    [
        # A photo gallery's legend, its photographer after a dash.
        "Les coureurs ont salué le public tout au long du quai. - Léa Kervella",
        # A legend naming who the picture (or the sound clip) shows, and what they do.
        "Yann Kerhervé, directeur général de la coopérative",
        # A link's sentence, a consent banner's, where the article comes from, a promo.
        "Le classement complet est à retrouver en cliquant ici.",
        "Ces cookies permettent de partager ou réagir directement sur les réseaux sociaux.",
        "» Cet article est issu de notre cahier spécial consacré au nouveau port, encarté samedi.",
        "Découvrez notre cahier spécial «Port de Quimper»!",
        # A legend closed by the picture's owner, then its photographer's shouted surname.
        "Les bénévoles ont peint deux croix aux couleurs du pardon. Sanctuaire de Locronan / KERVELLA Léa",
        # A legend closed by its source after a double slash.
        "Le bassin de Penhars (image de 2021). // Source : Wikimédia",
        # A paywall's sentence, a reading time with an empty credit, the rights, an author's label.
        "L'article complet n'est disponible que pour les abonnés.",
        "Temps de lecture : 2 minutes Crédit photo :",
        "(c) tous droits réservés",
        "Auteur⸱e",
        # A legend closed by a labelled credit after a slash.
        "Les pompiers surveillent le talus après l'incendie. /Crédit photo SDIS29",
        # A legend credited to an agency and its photographer after slashes.
        "Le maire de Quimper est de retour à l'hôtel de ville. / PC/Léa Kervella",
        # A picture's alt words, then its agency and photographer after a dash.
        "Port Pêche Criée - Belga Léa Kervella",
        # A consent banner's long paragraph.
        "Ces cookies permettent de partager ou réagir directement sur les réseaux sociaux auxquels vous "
        "êtes connectés ou d'intégrer du contenu publié sur ces réseaux. Ils permettent aussi aux réseaux "
        "sociaux de suivre vos visites sur nos sites et applications à des fins de personnalisation et de "
        "ciblage publicitaire. J'autorise Gérer mes choix",
    ],
)
def test_legends_links_banners_and_promos_between_paragraphs_leave_the_body(furniture: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{furniture}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_sentence_naming_someone_and_his_role_stays_in_the_body() -> None:
    said = "Yann Kerhervé, directeur général de la coopérative, a salué une saison exceptionnelle."
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{said}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, said, MORE]


@pytest.mark.parametrize(
    "furniture",
    [
        "23h45. Cliquez ici pour la suite du direct de Kerne Télé dans notre nouvel article.",
        "Sujets associés : Quimper - Port - Pêche",
        "Vus",
        "Consultez notre outil pour voir quelles écoles sont fermées",
        "Voyez le reportage de Léa Kervella dans la vidéo liée à l'article.",
        "** ****** ******* ********** ** ****** *** *** ***** ** * *** ** ***** **",
        " ".join(["** ****** ******* ********** ** ****** ***"] * 12),  # a long masked paragraph
    ],
)
def test_prompts_to_click_or_watch_and_masked_paywall_text_leave_the_body(furniture: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{furniture}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_legend_with_its_agency_glued_to_its_full_stop_is_a_caption() -> None:
    assert credits.is_captioned(
        "Le quai de la gare de Quimper, lundi matin, après l'annonce des suppressions.Keystone"
    )
    # A dispatch signed by its agency after a space is the article's; a domain is no credit.
    assert credits.is_captioned("Le drapeau breton au premier plan. Source: Gettyimages")
    assert not credits.is_captioned(f"{MORE} AFP")
    assert not credits.is_captioned(f"{MORE} Source : Kerne Hebdo")
    assert not credits.is_captioned("Il a répondu aux questions du site keystone.ch lundi.")


def test_a_legend_saying_who_is_here_is_no_article() -> None:
    legend = "Léa Kerlo, ici s'adressant à ses partisans à Quimper, le 10 avril 2022."
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{legend}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]
    # A sentence with "ici" is the article's: "Léa Kerlo, ici depuis dix ans, …" has a verb after.
    said = "Léa Kerlo, ici à Quimper depuis dix ans, connaît chaque commerçant de la rue et le dit."
    assert said in parse(f"{TITLE}\n\n{LEAD}\n\n{said}\n\n{MORE}\n").body


def test_a_legend_printed_again_with_its_credit_after_its_full_stop_is_no_article() -> None:
    legend = "Le maire de Quimper et ses adjoints devant les halles rénovées, lundi matin."
    article = parse(f"{TITLE}\n\n{legend}\n{legend} Kerlophoto.\nTERMINÉ\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_teaser_s_line_over_a_legend_and_its_shouted_credit_is_no_wrapped_paragraph() -> None:
    # Three lines in one block, the legend ending on the outlet and photographer in capitals:
    # not a paragraph wrapped at a width, so the credit names the site.
    teaser = "• Les pompiers du Finistère sont sur tous les fronts ce dimanche."
    legend = "Les pompiers du Finistère sont sur tous les fronts ce dimanche. L'INDEPENDANT - LÉA KERLO"
    article = parse(f"{TITLE}\n\n{teaser}\n{legend}\nPublié le , mis à jour\n\n{LEAD}\n\n{MORE}\n")
    assert article.source == "L'INDEPENDANT"
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_legend_opening_with_its_credit_in_capitals_is_a_caption_naming_the_site() -> None:
    legend = "PHOTO LÉA MORVAN, LE TÉLÉGRAMME Le maire devant les halles rénovées de Quimper, lundi matin."
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{legend}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]
    assert article.source == "LE TÉLÉGRAMME"


def test_a_short_legend_printed_again_with_an_agency_s_credit_is_no_article() -> None:
    legend = "Léa Kerlo, députée du Finistère."
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{legend}\n{legend} - Belga\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]
