"""Headlines on a page's first lines, in invented words: a question after a sentence, a title printed twice."""

from __future__ import annotations

import pytest

from index.page.stand_in_title import first_sentence
from tests.invented_page import LEAD, MORE, parse


def test_a_headline_asking_after_its_statement_and_printed_again_below_is_the_headline() -> None:
    title = "Six sièges pour Les Verts à Quimper. Mais pour qui ?"
    article = parse(f"{title}\n\npar\n\n{title}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == title
    assert title not in article.body


@pytest.mark.parametrize(
    ("paragraph", "sentence"),
    [
        (
            "(Belga) Trois élus ont été condamnés vendredi à Quimper. La suite.",
            "Trois élus ont été condamnés vendredi à Quimper.",
        ),
        (
            "(Québec) Le maire convoquera le conseil lundi. Puis le reste.",
            "Le maire convoquera le conseil lundi.",
        ),
        (
            "KIP-Quimper (Finistère) – Cette annonce arrive après le vote. Et la suite.",
            "Cette annonce arrive après le vote.",
        ),
        (
            "Kerne-Presse – Bretagne. Le port rouvre ses quais lundi. Et puis.",
            "Le port rouvre ses quais lundi.",
        ),
        (
            "«Ce sera une grosse saison. Très grosse», a dit le maire de Quimper. Il a ajouté.",
            "«Ce sera une grosse saison. Très grosse», a dit le maire de Quimper.",
        ),
        ("(Re)découvrir le port de Quimper. Oui.", "(Re)découvrir le port de Quimper."),
    ],
)
def test_a_stand_in_headline_leaves_an_opening_credit_and_closes_its_quotation(
    paragraph: str, sentence: str
) -> None:
    assert first_sentence(paragraph) == sentence


def test_a_town_and_its_country_alone_is_no_headline() -> None:
    article = parse(f"Fil d'Ariane\n\nQuimper, France\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == first_sentence(LEAD)


@pytest.mark.parametrize(
    ("paragraph", "sentence"),
    [
        ("Six sièges pour Les Verts à Quimper et deux pour le centre", None),
        ("Une Ces Filles du quartier a ouvert sa boutique", None),
        ("Le maire a parlé Les élus ont voté ensuite", "Le maire a parlé"),
        ("Le maire a parlé L'assemblée a voté ensuite", "Le maire a parlé"),
    ],
)
def test_a_capitalised_article_before_a_name_runs_no_standfirst_in(
    paragraph: str, sentence: str | None
) -> None:
    assert first_sentence(paragraph) == (sentence or paragraph)


def test_a_live_page_s_title_between_its_description_and_its_picture_s_caption_is_the_headline() -> None:
    title = "DIRECT - Municipales en Bretagne : suivez toute la soirée du second tour sur Radio Lagune"
    description = (
        "Les électeurs votaient ce dimanche pour le second tour des municipales. Découvrez les "
        "résultats et les réactions sur Radio Lagune."
    )
    caption = "Un bureau de vote à Quimper, le 22 mars 2026, pendant le second tour du scrutin."
    article = parse(f"{description}\n\n{title}\n\n{caption}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == title


def test_an_unfilled_template_is_furniture_and_a_cut_title_over_the_article_is_the_headline() -> None:
    title = "12e samedi de marche pour le climat : la foule revient encore…"
    page = f"{{{{ temperature }}}}° C / {{{{ description }}}}\n\nVille introuvable.\n\n{title}\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == title
    assert "temperature" not in article.body


@pytest.mark.parametrize(
    "legend",
    ["Grève des bus au dépôt nord", "Marie Kerlo Paul Kerbrat AFP"],
)
def test_a_legend_over_its_credit_gives_way_to_the_title_under_the_credit(legend: str) -> None:
    title = "Quimper : les navettes électriques circulent dès ce mardi"
    article = parse(f"{legend}\n© Jean Kerlo\n\n{title}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == title


def test_a_headline_over_the_credit_of_a_picture_titled_and_captioned_below_stays_the_headline() -> None:
    title = "Des coups de feu entendus à Quimper, la gendarmerie visée"
    picture_title = "Patrouilles renforcées dans les rues de Quimper après les tirs de jeudi"
    legend = "Jeudi 16 août 2012. Quimper. Une patrouille de gendarmes devant la mairie après les tirs."
    article = parse(
        f"Publié le jeudi 5 décembre 2013 | AFP\n\n{title}\n\n© AFP\n\n{picture_title}\n\n{legend}\n\n{LEAD}\n\n{MORE}\n"
    )
    assert article.title == title
    assert legend not in article.body


def test_a_headline_over_its_picture_s_credit_stays_the_headline() -> None:
    title = "Quimper : les navettes électriques circulent dès ce mardi"
    standfirst = "La ville a choisi un réseau gratuit pour ses trois parkings de la périphérie."
    article = parse(f"{title}\n© Jean Kerlo\n\n{standfirst}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == title


def test_a_live_page_s_notice_glued_to_its_status_is_no_headline_and_no_text() -> None:
    notice = (
        "DirectEn coursLes éléments de la page suivante peuvent changer d’ordre, et d’autres "
        "peuvent être retirés ou ajoutés au moment de la mise à jour."
    )
    title = "Jour 12 de la campagne municipale : ce qu'il faut retenir"
    article = parse(f"•\n\n•\n\n{notice}\n\n{title}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == title
    assert "peuvent changer" not in article.body


@pytest.mark.parametrize(
    "label", ["Notre dossier: la Bretagne, à gauche toute Entretien", "Le dossier : l'eau"]
)
def test_a_series_label_over_the_headline_is_not_it(label: str) -> None:
    title = "Un mouvement citoyen a émergé à Quimper"
    assert parse(f"{label}\n\n{title}\n\n{LEAD}\n\n{MORE}\n").title == title


def test_a_badge_in_brackets_is_no_picture_s_credit() -> None:
    title = "« Gelez les loyers » : huit mille locataires défilent à Quimper pour le logement (PHOTOS)"
    assert parse(f"{title}\n\n{LEAD}\n\n{MORE}\n").title == title


def test_a_title_glued_to_its_standfirst_and_under_a_place_gives_the_title() -> None:
    first = (
        "Finistère – De nouvelles navettes vont circuler Dès février, la ville de Quimper va se doter "
        "de navettes gratuites entre les parkings et le centre."
    )
    legend = "C'est à Brest qu'est construite la navette électrique. AFP"
    article = parse(f"{first}\n\n{legend}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == "De nouvelles navettes vont circuler"


def test_the_title_right_over_the_publication_line_beats_a_teaser_above_it() -> None:
    teaser = "Canicule : un début d'été marqué par une nouvelle vague de chaleur en Bretagne"
    title = "EN DIRECT - Orages : l'alerte levée, des milliers de foyers encore sans électricité"
    page = f"{teaser}\nEn Direct\n\n{title}\n\nPublié le 9 juillet 2025 à 8h35\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Sécheresse L'armée vole au secours des vaches du plateau",
            "L'armée vole au secours des vaches du plateau",
        ),
        ("Grand Ouest Les éleveurs manquent d'eau cet été", "Les éleveurs manquent d'eau cet été"),
        (
            "Justice Quatre élus condamnés à deux mois de prison avec sursis",
            "Quatre élus condamnés à deux mois de prison avec sursis",
        ),
        (
            "Politique Deux adjoints quittent la majorité municipale de Quimper",
            "Deux adjoints quittent la majorité municipale de Quimper",
        ),
        # (a name's first word is no rubric: "Santé Canada" stays whole)
        ("Santé Canada rappelle deux lots de lait pour bébés à Quimper", None),
        ("Avec La poste fermée, le village se bat pour ses services", None),
        ("Quand le maire rouvre la piscine municipale de Quimper", None),
    ],
)
def test_a_rubric_s_noun_before_a_capitalised_article_is_a_kicker(line: str, title: str | None) -> None:
    assert parse(f"{line}\n\n{LEAD}\n\n{MORE}\n").title == (title or line)


def test_a_name_ending_on_un_before_a_verb_is_no_kicker() -> None:
    title = "Kim Jong Un est « confiant » dans la victoire de son allié"
    assert parse(f"{title}\n\n{LEAD}\n\n{MORE}\n").title == title


def test_the_author_printed_around_the_outlet_s_name_is_no_headline() -> None:
    standfirst = (
        "Au moment où les navettes semblent enfin à portée de main, moins de gens veulent les prendre."
    )
    title = "Navettes gratuites ou non?"
    page = f"Léa Kerlo\nLe Soleil\nLéa Kerlo\n{standfirst}\n{standfirst}\n\n{title}\n\nCHRONIQUE / {LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == title
    assert article.source == "Le Soleil"


def test_a_lead_s_sentence_that_lost_its_full_stop_is_the_article_s_first_paragraph() -> None:
    lead = (
        "Trois marins et deux gendarmes portés disparus, après la tempête survenue dimanche au large "
        "de Kerlo, ont été retrouvés sains et saufs lundi, annoncent les secours en mer"
    )
    assert len(lead.split()) >= 20
    article = parse(f"{lead}\n\n{LEAD}\n\n{MORE}\n")
    assert article.body.split("\n\n") == [lead, LEAD, MORE]


def test_a_long_headline_with_its_commas_inside_a_quotation_stays_the_headline() -> None:
    headline = (
        "Une famille sauvée d'un incendie par ses voisins à Kerlo: \"C'était l'enfer, le feu reprenait, "
        "encore et encore\", raconte l'un d'entre eux"
    )
    article = parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == headline
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_the_line_over_a_day_and_its_byline_is_the_headline_not_the_kicker_above() -> None:
    # A rubric, a kicker, the headline, then the day with its readers' count and author.
    page = (
        "Politique\n\nSignature de la charte cette semaine ?\n\nLe maire de Quimper poursuit son travail\n\n"
        f"mardi 8 mars 2011 | 1884 visites | Léa\n\n{LEAD}\n\n{MORE}\n"
    )
    assert parse(page).title == "Le maire de Quimper poursuit son travail"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Justice - Tribunal correctionnel « Le voisin, il est fâché… »", "« Le voisin, il est fâché… »"),
        # (no rubric before the dash: the line is the headline whole)
        ("Kerlo - Le maire répond « Nous tiendrons bon »", "Kerlo - Le maire répond « Nous tiendrons bon »"),
    ],
)
def test_a_rubric_s_path_glued_before_a_quoted_headline_comes_off(line: str, title: str) -> None:
    assert parse(f"{line}\n\n{LEAD}\n\n{MORE}\n").title == title


@pytest.mark.parametrize(
    "title",
    [
        "Le maire de Quimper ferait mieux d'en profiter....",
        "Piscine : 120 nageurs ce matin... Et la file s'allonge encore...",
    ],
)
def test_a_title_trailing_off_on_the_page_s_first_line_is_the_headline(title: str) -> None:
    article = parse(
        f"Navigation\n\n{title}\n\nmunicipales quimper\n\nPhoto Léa Kerlo Jean Kerbrat\n\n{LEAD}\n\n{MORE}\n"
    )
    assert article.title == title
    assert "Photo Léa" not in article.title


def test_a_teaser_cut_short_under_the_headline_is_none() -> None:
    title = "Quimper piétonnise son centre historique"
    teaser = "Le marché couvert rouvre ses portes..."
    article = parse(f"{title}\n\n{teaser}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == title


def test_a_title_cut_after_a_small_word_is_a_teaser_s() -> None:
    cut = "Le marché couvert de Quimper rouvre ses portes avec..."
    title = "Quimper piétonnise son centre historique"
    article = parse(f"Navigation\n\n{cut}\n\n{title}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == title
