"""The parser on invented pages of other shapes: other sites, date formats, clutter and layouts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from index.page.metadata import Metadata, read_sidecar
from index.page.parse import parse_article, split_paragraphs

P1 = (
    "Les secouristes ont poursuivi toute la nuit leurs recherches dans les décombres des immeubles "
    "effondrés, alors que le bilan officiel dépasse désormais les cinq mille morts."
)
P2 = (
    "Dans les rues d'Antakya, des familles entières attendent devant les ruines, sans eau ni "
    "électricité, tandis que les températures descendent sous zéro chaque nuit."
)
P3 = (
    "Le gouvernement a promis de reconstruire les villes détruites en un an, une promesse que "
    "les urbanistes jugent irréaliste au vu de l'ampleur des dégâts."
)


def parse(text: str, name: str = "article.txt", metadata: Metadata | None = None):
    return parse_article(text, Path("/tmp") / name, metadata)


def paragraphs(article) -> list[str]:
    return article.body.split("\n\n")


def test_newspaper_page_with_breadcrumb_byline_and_footer() -> None:
    text = f"""Le Monde
International
Monde > Europe
Séisme en Turquie : les secours débordés à Antakya
Par Marie Dupont (Istanbul, correspondante)
Publié le 7 février 2023 à 14h05, modifié le 8 février 2023 à 09h12
Partager sur Facebook
Partager sur Twitter

{P1}

Lire aussi : Les images du séisme vues du ciel

{P2}

Photo : Reuters/John Doe
© AFP

{P3}

Abonnez-vous à notre newsletter quotidienne
Sur le même sujet
Un autre article sur un autre sujet, qui n'a rien à faire dans celui-ci, même s'il est long et bien écrit.
"""
    article = parse(text)
    assert article.title == "Séisme en Turquie : les secours débordés à Antakya"
    assert article.source == "Le Monde"
    assert article.date == datetime(2023, 2, 7, 14, 5)
    assert paragraphs(article) == [P1, P2, P3]
    assert article.lead == P1


def test_wire_story_without_headline_gets_first_sentence_without_dateline() -> None:
    text = f"""PARIS (AFP) - Le gouvernement a annoncé mardi un plan de relance de dix milliards d'euros. Les syndicats jugent la somme insuffisante et appellent à manifester.

{P3}

Mis à jour le 03/04/2022 à 10:15
"""
    article = parse(text)
    assert article.title == "Le gouvernement a annoncé mardi un plan de relance de dix milliards d'euros."
    assert article.source == ""
    assert article.date == datetime(2022, 4, 3, 10, 15)  # only an update date: better than none
    assert paragraphs(article)[0].startswith("PARIS (AFP) - Le gouvernement")


def test_title_with_site_suffix_names_the_site() -> None:
    article = parse(f"La BCE relève encore ses taux directeurs | Les Echos\n\n{P1}\n\n{P2}\n")
    assert article.title == "La BCE relève encore ses taux directeurs"
    assert article.source == "Les Echos"


def test_bare_domain_line_is_the_site() -> None:
    article = parse(f"lefigaro.fr\n\nLa BCE relève encore ses taux directeurs\n\n{P1}\n")
    assert article.source == "lefigaro.fr"
    assert article.title == "La BCE relève encore ses taux directeurs"


def test_section_label_and_ui_words_are_never_the_site() -> None:
    for top in ("Politique", "in", "Partager:", "Menu", "Accueil"):
        article = parse(f"{top}\n\nLa BCE relève encore ses taux directeurs\n\n{P1}\n")
        assert article.source == "", top
        assert article.title == "La BCE relève encore ses taux directeurs", top


@pytest.mark.parametrize(
    "date_line",
    [
        "Publié hier à 18h00",
        "Il y a 3 heures",
        "lundi",
        "Mis à jour cette semaine",
        "Aujourd'hui à 10:15",
    ],
)
def test_relative_dates_are_not_publication_dates(date_line: str) -> None:
    article = parse(f"La BCE relève encore ses taux directeurs\n{date_line}\n\n{P1}\n\n{P2}\n")
    assert article.date is None
    # With a full date further down, that one is the date: the relative one never wins.
    dated = parse(
        f"La BCE relève encore ses taux directeurs\n{date_line}\nMis à jour le 4 mars 2024 à 09h00\n\n{P1}\n\n{P2}\n"
    )
    assert dated.date == datetime(2024, 3, 4, 9, 0)


def test_a_historical_date_in_the_body_is_not_the_publication_date() -> None:
    body = (
        "L'Union soviétique a établi des liens diplomatiques avec la Corée du Nord le 12 octobre 1948, "
        "devenant ainsi le premier pays à la reconnaître."
    )
    article = parse(f"Un anniversaire diplomatique discret à Pyongyang\n\n{body}\n\n{P1}\n")
    assert article.date is None
    stated = parse(
        f"Un anniversaire diplomatique discret à Pyongyang\nPublié le 12 octobre 2023\n\n{body}\n\n{P1}\n"
    )
    assert stated.date == datetime(2023, 10, 12)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2024-03-05T10:00:00+01:00", datetime(2024, 3, 5, 10, 0, tzinfo=timezone(timedelta(hours=1)))),
        ("Published March 5, 2024", datetime(2024, 3, 5)),
        ("Le 1er mars 2024 à 8h30", datetime(2024, 3, 1, 8, 30)),
        ("05/03/2024 - 17:45", datetime(2024, 3, 5, 17, 45)),
        ("mardi 5 mars 2024, 17:45 CET", datetime(2024, 3, 5, 17, 45, tzinfo=timezone(timedelta(hours=1)))),
        ("Par Jean Martin, 5 mars 2024", datetime(2024, 3, 5)),
        ("Veröffentlicht am 5. März 2024", datetime(2024, 3, 5)),
        ("mardi, 5 mars, 2024 à 9:14", datetime(2024, 3, 5, 9, 14)),
        (
            "Par Jean Martin - Actu Économie, Mise en ligne : le 05/03/2024 à 00h32",
            datetime(2024, 3, 5, 0, 32),
        ),
        ("Par   Jean C. MARTIN, le 5 mars 2024 à 17h45 Durée 1 min.", datetime(2024, 3, 5, 17, 45)),
        ("05-03-2024", datetime(2024, 3, 5)),
        (
            "Dernière mise-à-jour de l'article : Mardi 05 mars 2024 à 11:27:53",
            datetime(2024, 3, 5, 11, 27, 53),
        ),
        ("Par Jean MARTIN | Edition N°:5120 Le 05/03/2024 | Partager", datetime(2024, 3, 5)),
        ("Par Jean Martin 5:00 PM - 5 mars 2024", datetime(2024, 3, 5, 17, 0)),
        ("9:14 am, 05/03/2024", datetime(2024, 3, 5, 9, 14)),
    ],
)
def test_date_formats_near_the_top(line: str, expected: datetime) -> None:
    article = parse(f"La BCE relève encore ses taux directeurs\n{line}\n\n{P1}\n\n{P2}\n")
    assert article.date == expected
    assert line not in article.body


def test_a_theme_s_clock_on_the_first_line_loses_to_the_article_s_date() -> None:
    page = f"• vendredi 19 avril 2024 02 h 49\nAccueil\n\nLa BCE relève encore ses taux directeurs\n\n20 mars 2012 15 h 25\n\n{P1}\n\n{P2}\n"
    assert parse(page).date == datetime(2012, 3, 20, 15, 25)


def test_the_publication_date_follows_its_label_when_the_update_comes_first() -> None:
    line = "Mis à jour le 05/03/2024 à 18:04 Publié le 05/03/2024 à 12:44"
    article = parse(f"La BCE relève encore ses taux directeurs\n{line}\n\n{P1}\n\n{P2}\n")
    assert article.date == datetime(2024, 3, 5, 12, 44)


def test_a_labelled_date_on_another_article_s_card_below_loses_to_the_article_s_own() -> None:
    cards = "\n\n".join(
        f"Publié le {day} mars 2024\n\nUn autre titre sur la {day}e hausse des taux" for day in (9, 12)
    )
    page = f"La BCE relève encore ses taux directeurs\n5 mars 2024\n\n{P1}\n\n{P2}\n\n{P1}\n\n{cards}\n"
    assert parse(page).date == datetime(2024, 3, 5)


def test_a_date_glued_after_the_standfirst_s_last_sentence_is_read_and_the_standfirst_kept() -> None:
    standfirst = (
        "La Banque centrale européenne relève encore ses taux directeurs, pour la troisième fois "
        "depuis l'automne. Par J.M. - Publié le Mardi 5 Mars 2024 à 17:45"
    )
    article = parse(f"La BCE relève encore ses taux directeurs\n\n{standfirst}\n\n{P1}\n\n{P2}\n")
    assert article.date == datetime(2024, 3, 5, 17, 45)
    assert article.body.split("\n\n")[0] == standfirst


def test_hard_wrapped_plain_text_is_joined_into_paragraphs() -> None:
    text = """Inondations : la Vésubie de nouveau sous les eaux

5 mars 2024

Les pluies torrentielles qui se sont abattues sur l'arrière-pays niçois
ont provoqué de nouvelles crues dans la vallée de la Vésubie, trois ans
après la tempête Alex qui avait déjà ravagé la région.

Les habitants de Saint-Martin-Vésubie ont été évacués dans la nuit par
les pompiers, qui redoutent de nouveaux glissements de terrain.
"""
    article = parse(text)
    assert article.title == "Inondations : la Vésubie de nouveau sous les eaux"
    assert article.date == datetime(2024, 3, 5)
    assert len(paragraphs(article)) == 2
    assert paragraphs(article)[0].startswith("Les pluies torrentielles")
    assert "niçois ont provoqué" in paragraphs(article)[0]


def test_hyphen_at_a_wrap_point_is_kept_without_space() -> None:
    lines = [
        "Le dirigeant nord-coréen a reçu le ministre russe des Affaires étrangères, qui venait de",
        "Moscou pour préparer une visite d'État très attendue par les deux capitales du nord-",
        "est de l'Asie, selon l'agence officielle de presse qui a diffusé les images de la rencontre.",
    ]
    joined = split_paragraphs("\n".join(lines))
    assert len(joined) == 1
    assert "capitales du nord-est de l'Asie" in joined[0]


def test_all_caps_headline_that_is_not_repeated() -> None:
    article = parse(f"SÉISME AU JAPON : L'ALERTE AU TSUNAMI EST LEVÉE\n\n{P1}\n\n{P2}\n")
    assert article.title == "SÉISME AU JAPON : L'ALERTE AU TSUNAMI EST LEVÉE"


def test_question_headline_and_teaser_label() -> None:
    text = f"Faut-il avoir peur de l'intelligence artificielle ?\n\n{P1}\n\nÀ lire aussi:\n\n{P2}\n\n12 commentaires\n\nUn commentaire de lecteur très long qui ne fait pas partie de l'article, même s'il se termine par un point."
    article = parse(text)
    assert article.title == "Faut-il avoir peur de l'intelligence artificielle ?"
    assert paragraphs(article) == [P1, P2]


def test_front_matter_overrides_detection() -> None:
    text = f"---\ntitle: Le vrai titre\nsource: Le Temps\ndate: 12 juin 2023\nurl: https://example.org/a\n---\nUn faux titre détecté ici\n\n{P1}\n"
    article = parse(text)
    assert article.title == "Le vrai titre"
    assert article.source == "Le Temps"
    assert article.date == datetime(2023, 6, 12)
    assert article.url == "https://example.org/a"
    assert "title:" not in article.body


def test_sidecar_overrides_front_matter_and_detection(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"---\ntitle: Titre du front matter\n---\nLe Figaro\n\nUn titre détecté\n\n{P1}\n")
    (tmp_path / "a.meta.toml").write_text('title = "Titre du sidecar"\ndate = 2023-06-12T05:57:00+02:00\n')
    metadata, warning = read_sidecar(path)
    assert warning is None
    article = parse_article(path.read_text(), path, metadata)
    assert article.title == "Titre du sidecar"
    assert article.source == "Le Figaro"
    assert article.date == datetime(2023, 6, 12, 5, 57, tzinfo=timezone(timedelta(hours=2)))


def test_broken_sidecar_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Un titre détecté ici\n\n{P1}\n")
    (tmp_path / "a.txt.meta.toml").write_text("title = [unclosed\n")
    metadata, warning = read_sidecar(path)
    assert metadata == Metadata()
    assert warning is not None and "a.txt.meta.toml" in warning


def test_bad_metadata_date_falls_back_with_warning() -> None:
    article = parse(
        f"Un titre détecté ici\n12 juin 2023\n\n{P1}\n", metadata=Metadata(date="la semaine dernière")
    )
    assert article.date == datetime(2023, 6, 12)
    assert article.warnings


def test_a_paragraph_only_file_still_gets_a_title_and_body() -> None:
    article = parse(P1 + "\n")
    assert article.title == P1
    assert paragraphs(article) == [P1]


def test_signature_ends_the_dispatch_and_drops_the_teasers_after_it() -> None:
    text = (
        f"Grève à la SNCF : trafic très perturbé mardi\n\n{P1}\n\n{P2} (afp/ats)\n\n"
        "Les dix plus belles plages de Bretagne, selon nos lecteurs\n\n"
        "Une autre histoire qui n'a rien à voir avec la grève mais qui est longue et se termine par un point."
    )
    assert paragraphs(parse(text)) == [P1, f"{P2} (afp/ats)"]


def test_a_headline_repeated_by_the_page_wins_over_a_tag_line() -> None:
    title = "La Suisse gèle les avoirs de trois oligarques russes"
    text = f"Économie\nVladimir Poutine\n{title}\n{title}\n\n{P1}\n"
    article = parse(text)
    assert article.title == title
    assert article.source == ""
    assert paragraphs(article) == [P1]


def test_emoji_promo_and_lone_numbers_are_dropped() -> None:
    text = (
        f"Un titre pour cet article de test\n\n{P1}\n\n👉 Suivez notre direct sur la guerre 👈\n\n3\n\n{P2}\n"
    )
    assert paragraphs(parse(text)) == [P1, P2]


def test_a_folder_file_names_the_site_of_articles_that_do_not(tmp_path: Path) -> None:
    from index import Library

    outlet = tmp_path / "pages" / "le-temps"
    (outlet / "2024").mkdir(parents=True)
    (outlet / ".reader.toml").write_text('source = "Le Temps"\n')
    (outlet / "2024" / "a.txt").write_text(f"La BCE relève encore ses taux directeurs\n\n{P1}\n")
    (outlet / "2024" / "b.txt").write_text(f"Une dépêche qui nomme son site\n\n{P1}\n")
    (outlet / "2024" / "b.meta.toml").write_text('source = "Le Courrier"\n')
    (tmp_path / "pages" / "c.txt").write_text(f"Un article hors du dossier du journal\n\n{P1}\n")
    with Library(tmp_path / "home") as library:
        library.ingest([tmp_path / "pages"], entities=False)
        sites = {row.title: row.source for row in library.articles()}
        assert sites["La BCE relève encore ses taux directeurs"] == "Le Temps"
        assert sites["Une dépêche qui nomme son site"] == "Le Courrier"
        assert sites["Un article hors du dossier du journal"] == ""
        (outlet / ".reader.toml").write_text('source = "Le Temps (Genève)"\n')
        assert len(library.ingest([tmp_path / "pages"], entities=False).updated) == 2
        assert "Le Temps (Genève)" in {row.source for row in library.articles()}


def test_a_live_page_s_short_sections_before_its_first_paragraph_are_kept() -> None:
    text = f"""Crues : la situation commune par commune
|
NUMÉROS UTILES
Urgences
En cas de danger immédiat : 112
Personnes disparues
La police a ouvert une ligne pour les proches : 081 24 88 00
Hébergement
{P1}
{P2}
"""
    body = paragraphs(parse(text))
    for line in ("Urgences", "En cas de danger immédiat : 112", "Hébergement", P1, P2):
        assert line in body, (line, body)
    assert "|" not in body


def test_the_page_s_lines_between_headline_and_body_stay_out() -> None:
    text = f"""Crues : les riverains évacués à l'aube
- Partager
- Tweet /wp-content/plugins/share/
Par Léa Morvan
Lecture : 3 min
Source : journal de 13h
{P1}
{P2}
"""
    body = paragraphs(parse(text))
    assert body == [P1, P2]


def test_a_labelled_publication_date_beats_a_today_widget_above_it() -> None:
    page = f"27 août 2025\nLa BCE relève encore ses taux directeurs\nÉco Hebdo | Publication 05/03/2024\n\n{P1}\n\n{P2}\n"
    assert parse(page).date == datetime(2024, 3, 5)


def test_today_s_date_and_a_banner_s_date_are_not_the_publication_date() -> None:
    page = f"Aujourd'hui 30/01/26 - 02:17\nLa BCE relève encore ses taux directeurs\n\n{P1}\n\n{P2}\n"
    assert parse(page).date is None
    banner = (
        "Infos - Actualités - Premier-PARI - 08 avril 2024\nLa BCE relève encore ses taux directeurs\n"
        f"2020-08-10\n10.08.2020\n\n{P1}\n\n{P2}\n"
    )
    assert parse(banner).date == datetime(2020, 8, 10)


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        (
            "Jeanne Kerouac. Chercheuse en droit public. Quimper, le 5 mars 2024 - Depuis l'été dernier, "
            "la ville débat de la place des voitures dans son centre historique.",
            datetime(2024, 3, 5),
        ),
        (
            "Kaya, le 21 novembre 2025 (AIB) – En marge de la session du conseil régional, la directrice "
            "de l'agence a présenté ses orientations aux acteurs du développement.",
            datetime(2025, 11, 21),
        ),
        (
            "Lyon, 14 août 2025 (AFP) – Le club a signé vendredi sa première victoire bonifiée de la saison "
            "devant un public venu en nombre.",
            datetime(2025, 8, 14),
        ),
    ],
)
def test_a_dateline_opening_the_text_dates_a_page_with_no_date_line(opening: str, day: datetime) -> None:
    assert parse(f"La BCE relève encore ses taux directeurs\n\n{opening}\n\n{P2}\n").date == day
    dated = f"La BCE relève encore ses taux directeurs\nPublié le 12 mars 2024\n\n{opening}\n\n{P2}\n"
    assert parse(dated).date == datetime(2024, 3, 12)


def test_a_span_of_time_in_a_tagline_is_no_publication_date() -> None:
    page = f"Un journal indépendant du 2 mai 1970 au 30 juin 2020\nLa BCE relève encore ses taux directeurs\n\n{P1}\n\n{P2}\n"
    assert parse(page).date is None


def test_a_date_stamp_glued_to_the_standfirst_is_the_date_and_the_standfirst_stays() -> None:
    standfirst = "Le conseil a voté le budget de la ville et parlé longuement de la fusion avec sa voisine."
    article = parse(f"La BCE relève encore ses taux directeurs\n5 mars 2024{standfirst}\n\n{P1}\n\n{P2}\n")
    assert article.date == datetime(2024, 3, 5)
    assert article.body.startswith(standfirst)
