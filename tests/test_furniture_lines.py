"""Furniture lines among an article's paragraphs, in invented words: withheld boxes, account walls, players, credits."""

from __future__ import annotations

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse


@pytest.mark.parametrize(
    "furniture",
    [
        "Contenu externe",
        "Ce contenu externe ne peut pas être affiché car il est susceptible de collecter des données "
        "personnelles. Pour voir ce contenu vous devez autoriser la catégorie Cartes.",
        "Ce contenu est LIBRE d’accès. Pour le lire, il vous suffit de créer un COMPTE GRATUIT",
        "Pour soutenir Le Kerlo je m’abonne",
        # (a typographer's apostrophe as a straight one)
        "Lire l’article complet sur le site du journal",
        "Kerne.net Google News Suivez kerne.net sur Google News",
        "Ce contenu est libre d’accès",
        "Revoir l’émission",
        "Aller à la page d’accueil",
        "Photo d’illustration",
        "PDF",
        "0:00min",
        "( AFP / JEAN KERLO )",
        "Le maire devant la mairie de Quimper, lundi. AGENCE PHOTO JEAN KERLO",
        "Vous voulez communiquer un renseignement ou vous avez repéré une erreur ?",
        "Actualiser le minute par minute",
        "• Soutenez une presse locale de qualité",
        "Votre adresse servira uniquement à vous envoyer nos infolettres. Vous ne recevrez pas de courriels "
        "promotionnels de nos partenaires.",
        "Kerlo Matin vous est offert gratuitement grâce au soutien de:",
        "Prolongez votre lecture !",
        "(Source: SPVQ)",
        "Plus de détails à venir…",
        "Scroll par là",
        "Chargement des commentaires…",
        "Contribuez à consolider un média indépendant à Kerlo, en capacité d’enquêter sur les enjeux locaux.",
        "- Paiement sécurisé",
        "- Sans engagement",
        "DR",
        "Plein écran",
        "Ne manquez rien de l'actualité en activant les notifications sur votre navigateur",
        "Yann KerloConseiller d'Etat en charge de la sécurité",
        "Colonelle Léa MorvanCommandante de la police cantonale de Kerlo",
        "Calendrier | Classement | Statistiques",
        "0 : 2",
        "En ce moment Un Air De Printemps (Version Longue) KERLO",
    ],
)
def test_furniture_between_the_paragraphs_is_dropped(furniture: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{furniture}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le musée est gratuit pour les enfants, qui peuvent créer leur propre œuvre dans l’atelier du samedi.",
        "Les élèves ont présenté leurs photos (PHOTOS) au jury du concours régional.",
        "Le service vous est offert gratuitement par la commune pendant un an, a précisé le maire lundi soir.",
        "En ce moment, la mairie de Kerlo accueille une exposition de photos du port.",
        "En ce moment la mairie de Kerlo accueille une exposition de photos du port ONU",
        "Brest | Quimper | Morlaix : 3 | 2 | 1",
        "Yann Kerlo, conseiller d'Etat, a présenté les chiffres de la sécurité devant la presse.",
    ],
)
def test_a_paragraph_with_the_same_words_stays(paragraph: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{paragraph}\n\n{MORE}\n")
    assert paragraph in article.body


def test_a_link_s_text_on_its_own_line_joins_the_sentence_it_opens() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\nRadio Kerlo\n, Le Télégramme et Ouest-France sont unanimes : la navette "
        f"sera gratuite.\n\n{MORE}\n"
    )
    paragraphs = parse(page).body.split("\n\n")
    assert (
        "Radio Kerlo, Le Télégramme et Ouest-France sont unanimes : la navette sera gratuite." in paragraphs
    )


def test_a_standfirst_printed_twice_keeps_one_copy_unless_the_text_holds_it_again() -> None:
    standfirst = (
        "Avec sept voix sur dix, le projet de navette gratuite fait le meilleur score des quatre "
        "propositions qui étaient soumises au vote des habitants de Quimper."
    )
    twice = f"{TITLE}\n{standfirst}\n{standfirst}\n{LEAD}\n{MORE}\n"
    assert parse(twice).body.split("\n\n") == [standfirst, LEAD, MORE]
    thrice = f"{TITLE}\n{standfirst}\n{standfirst}\nCHRONIQUE / {standfirst} {LEAD}\n{MORE}\n"
    assert parse(thrice).body.split("\n\n").count(standfirst) == 0


def test_a_radio_s_now_playing_box_over_the_headline_is_no_headline() -> None:
    article = parse(f"En ce moment Un Air De Printemps KERLO\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE
