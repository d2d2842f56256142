"""Paywalls in invented words: the cut's notice in more shapes, its letter to the reader, a free
resource's time, an audio player's and an ad's labels."""

from __future__ import annotations

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse

OFFER = "Abonnez-vous au Grelot ! Le journal qui raconte Kerlo, chaque jour depuis 1950."


@pytest.mark.parametrize(
    "cut",
    [
        "Cet article est uniquement disponible pour nos abonnés Premium",
        "L'article auquel vous tentez d'accéder est réservé à la communauté des lecteurs du Grelot. "
        "Nous vous invitons à vous connecter pour le consulter.",
    ],
)
def test_the_article_ends_at_the_paywall_s_cut(cut: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{cut}\n\n{OFFER}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD]


def test_the_paywall_s_letter_to_the_reader_goes_with_it() -> None:
    cut = "L'article auquel vous tentez d'accéder est réservé à la communauté des lecteurs du Grelot."
    article = parse(f"{TITLE}\n\n{LEAD}\n\nChère lectrice, cher lecteur,\n\n{cut}\n\n{OFFER}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD]


def test_the_article_printed_whole_under_the_paywall_s_pitch_goes_on_past_it() -> None:
    pitch = (
        "Cet article est réservé à nos abonnés.\n\nL'information de qualité et de proximité a un prix.\n\n"
        "En vous abonnant, vous défendez une presse libre et proche de chez vous.\n\n"
        "S'abonner, c'est nous soutenir."
    )
    rest = (
        "Au lendemain de la fermeture du port, la colère a laissé place aux questions. Le maire de Kerlo a"
        " réuni les pêcheurs dès lundi matin pour leur présenter un calendrier de travaux et un fonds d'aide."
    )
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{pitch}\n\n{rest}\n")
    assert article.body.split("\n\n") == [LEAD, rest]


@pytest.mark.parametrize(
    "line",
    [
        "Cette ressource est accessible gratuitement pour une période de 10 jours. Pour nous permettre de "
        "continuer à vous proposer nos reportages, abonnez-vous à partir de 3 euros par mois.",
        "Si vous n'avez pas encore de compte, vous pouvez souscrire à l'abonnement afin d'accéder à "
        "l'intégralité de nos contenus.",
        "Écouter",
        "Reportage également dans le journal de 19h30 de Kerne TV « Le port de Kerlo change de mains »",
        "Pourquoi faire confiance à Kerne Presse.",
        "Publicite",
        "Activez dès maintenant votre abonnement au Grelot pour lire le reste de ce texte. Du contenu "
        "original, des privilèges exclusifs.",
    ],
)
def test_the_page_s_notices_and_labels_are_dropped(line: str) -> None:
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_subheading_asking_why_read_a_report_stays() -> None:
    subheading = "Pourquoi lire le rapport du Grelot"
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{subheading}\n\n{MORE}\n")
    assert (article.body.split("\n\n"), article.source) == ([LEAD, subheading, MORE], "")


def test_a_sentence_about_a_free_exhibition_stays() -> None:
    sentence = "L'exposition est accessible gratuitement pendant tout l'été, a précisé la mairie de Kerlo."
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{sentence}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [LEAD, sentence, MORE]
