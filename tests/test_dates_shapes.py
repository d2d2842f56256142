"""Publication dates on real page shapes, in invented words: labels, clocks, datelines and other articles' days."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.invented_page import LEAD, MORE, TITLE, parse


def test_the_outlet_s_banner_under_the_headline_gives_site_and_date() -> None:
    caption = "La vitrine de la boutique a été brisée dans la nuit.  Photo Le Télégramme /Léa MORVAN"
    banner = "Le Télégramme - 07 août 2023 à 18:09 | mis à jour le 07 août 2023 à 23:22 - Temps de lecture :"
    article = parse(f"{TITLE}\n\n{banner}\n{caption}\n{caption}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == (TITLE, "Le Télégramme")
    assert article.date == datetime(2023, 8, 7, 18, 9)
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_scraped_month_stamp_is_not_part_of_the_headline() -> None:
    article = parse(f" date 2024-03 {TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == TITLE and article.date is None  # a month is no publication date


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


def test_never_inventing_a_date_from_a_teaser_list_below_the_article() -> None:
    teasers = "Lire aussi\nUn autre sujet\n12 mars 2024"
    assert parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{teasers}\n").date is None
    dated = parse(f"{TITLE}\nPublié le 3 mars 2024 à 10h12\n\n{LEAD}\n\n{MORE}\n")
    assert dated.date == datetime(2024, 3, 3, 10, 12)


def test_a_byline_with_its_date_and_a_station_s_tagline_are_not_the_headline() -> None:
    headline = "Panaché des réactions"  # short, and sharing no word with the lead
    page = f"La 1re radio en Cornouaille\n{headline}\nPar Léa Morvan - Actu Quimper, Mise en ligne: le 09/04/2024 à 00h32\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == headline
    assert article.date == datetime(2024, 4, 9, 0, 32)
    tagline = "La 1re radio en Cornouaille"
    assert parse(f"{tagline}\n{TITLE}\n\n{tagline}\n\n{LEAD}\n\n{MORE}\n").title == TITLE


def test_the_date_in_a_photo_caption_is_not_the_publication_date() -> None:
    caption = "Le conseil municipal en séance le 3 mars 2019. (Yann Le Gall / AFP)"
    assert parse(f"{TITLE}\n{caption}\n\n{LEAD}\n\n{MORE}\n").date is None
    dated = f"{TITLE}\nPublié le 12 mars 2024\n{caption}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(dated).date == datetime(2024, 3, 12)


def test_a_sport_picture_s_alt_text_with_its_day_and_agency_is_no_publication_date() -> None:
    alt = "Léa Roy - Kerne - 25 aout 2012 - Icon Sport"
    article = parse(f"{alt}\n\n{TITLE}\n\nPar Léa Morvan - Le 21/09/2012 à 16:46\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.date) == (TITLE, datetime(2012, 9, 21, 16, 46))
    assert alt not in article.body


def test_a_list_of_other_articles_with_their_dates_gives_no_date() -> None:
    teasers = "\n".join(
        f"{day} mars 2024\nUn autre article du {day} mars sur la ville" for day in (12, 10, 8)
    )
    assert parse(f"{teasers}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").date is None


# --- body: boxes of other articles, caption copies, standfirsts -------------------------


def test_the_time_on_the_line_below_the_date_belongs_to_it() -> None:
    assert parse(f"{TITLE}\n\njeudi 28 septembre 2023\n17:00\n\n{LEAD}\n\n{MORE}\n").date == datetime(
        2023, 9, 28, 17, 0
    )


def test_the_site_s_clock_on_the_first_line_gives_way_to_the_article_s_day() -> None:
    page = f"Vendredi 22 novembre 2024\nPolitique\n{TITLE}\n01/07/2017 43\n{LEAD}\n{MORE}\n"
    assert parse(page).date == datetime(2017, 7, 1)
    # Alone, it dates nothing: the day the page was seen is no publication date.
    assert parse(f"Vendredi 22 novembre 2024\n{TITLE}\n{LEAD}\n{MORE}\n").date is None
    assert parse(f"Dimanche, 9 novembre 2025\n{TITLE}\n{LEAD}\n{MORE}\n").date is None


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


def test_a_header_s_date_of_today_is_no_publication_date() -> None:
    page = f"samedi, mai 4, 2024\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.date is None
    assert "2024" not in article.body
    assert parse(f"Publié le samedi 4 mai 2024\n{TITLE}\n\n{LEAD}\n\n{MORE}\n").date == datetime(2024, 5, 4)


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
        ("03/07/2020 | ", datetime(2020, 7, 3)),  # a bar after it
        ("Quimper, France | AFP | dimanche 26/02/2023 - ", datetime(2023, 2, 26)),  # a wire's, between bars
        ("Le 23 juin 2017, ", None),  # a sentence's date: maybe an event's, not the article's
    ],
)
def test_a_first_paragraph_opening_with_its_day_dates_the_article(opening: str, day: datetime | None) -> None:
    assert parse(f"{TITLE}\n\n{opening}{LEAD}\n\n{MORE}\n").date == day


def test_an_offer_s_deadline_is_no_publication_date() -> None:
    page = f"Objectif 2 000 abonnés\n30/04/2024 date de fin\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).date is None


def test_a_rubric_glued_to_the_date_still_dates_the_article() -> None:
    page = f"{TITLE}\n\nChronique25/07/2015 à 14:19\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).date == datetime(2015, 7, 25, 14, 19)


def test_a_text_s_credit_with_its_day_at_the_foot_dates_the_article() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{MORE}\n\n{MORE}\n\n(Texte: 09-01-2025 / Image: Radio Kerne)\n"
    assert parse(page).date == datetime(2025, 1, 9)
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{MORE}\n\n{MORE}\n\n(Image: 09-01-2025 Radio Kerne)\n"
    assert parse(page).date is None


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Mercredi, 07/29/2020 - 23:07", datetime(2020, 7, 29, 23, 7)),  # month first: no month 29
        ("Mercredi, 07/06/2020 - 23:07", datetime(2020, 6, 7, 23, 7)),  # ambiguous: French, day first
    ],
)
def test_a_numeric_date_is_read_day_first_unless_only_month_first_makes_a_day(
    stamp: str, day: datetime
) -> None:
    assert parse(f"{TITLE}\n\n{stamp}\n\n{LEAD}\n\n{MORE}\n").date == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("03/09/25", datetime(2025, 9, 3)),
        ("Diffusion le 27-08-25 | Société", datetime(2025, 8, 27)),
        ("Publié le 27.08.25 à 14h05", datetime(2025, 8, 27, 14, 5)),
        ("Le budget 2025 prévoit 03/09/25 au plus tard, selon la mairie.", None),  # in a sentence
        ("31/02/25", None),
    ],
)
def test_a_date_line_with_a_two_digit_year_dates_the_article(line: str, day: datetime | None) -> None:
    assert parse(f"{TITLE}\n\n{line}\n\n{LEAD}\n\n{MORE}\n").date == day


@pytest.mark.parametrize(
    ("top", "bottom", "day"),
    [
        ("", "Kerne Infos\nCréé le 18 février 2020 09:25", datetime(2020, 2, 18, 9, 25)),
        ("par | 27.09.2020 | En accès libre, Passager clandestin, Léa Morvan", "", datetime(2020, 9, 27)),
        ("2017/05/19 | Par Léa Morvan", "", datetime(2017, 5, 19)),  # year first, with slashes
    ],
)
def test_a_creation_stamp_at_the_foot_and_a_theme_s_byline_date_the_article(
    top: str, bottom: str, day: datetime
) -> None:
    assert parse(f"{TITLE}\n\n{top}\n\n{LEAD}\n\n{MORE}\n\n{bottom}\n").date == day


def test_a_date_alone_at_the_article_s_foot_dates_it_but_not_a_teaser_s() -> None:
    short = "Nous y reviendrons..."
    page = f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{short}\nSamedi 10 Juin 2017\n\n\n\nDans la même rubrique :\n"
    article = parse(page)
    assert article.date == datetime(2017, 6, 10)
    assert "Samedi 10 Juin 2017" not in article.body
    # Between a teaser and a menu's entry: another article's day.
    teaser = "Décès d'un peintre breton : une perte pour la Cornouaille."
    assert (
        parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n• Culture\n{teaser}\n\njanvier 15, 2025\n• Contact\n").date
        is None
    )


def test_a_date_under_a_weather_widget_is_the_site_s_clock() -> None:
    page = f"12.1 C\nVal-de-Travers\n20 décembre 2025\n- Publicité -\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).date is None


def test_a_breadcrumb_the_headline_and_its_day_on_one_line_give_headline_and_date() -> None:
    headline = "Kerlouan : la cour d'appel confirme la peine du maire, dont six mois ferme"
    glued = f"Actualités Société Article Société {headline} Publié le samedi 23 decembre 2023 | AFP"
    caption = "Rentrée solennelle du tribunal de Kerlouan, le 18 janvier 2022"
    page = f"{headline} - kerlouan-infos.bzh\n\nAccueil Sports Annonces\n\n{glued}\n\n{caption}\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert (article.title, article.date) == (headline, datetime(2023, 12, 23))


def test_a_report_s_day_in_a_sentence_ending_a_line_dates_nothing() -> None:
    prose = (
        "Le rapport de la chambre régionale a été rendu public hier et il accable la mairie, "
        "Publié le 3 mars 2020 par la préfecture."
    )
    assert parse(f"{TITLE}\n\n{prose}\n\n{LEAD}\n\n{MORE}\n").date is None


def test_today_s_date_over_the_article_s_earlier_day_is_the_site_s_clock() -> None:
    page = f"Mardi 19 Mars, 2024 à Quimper\nVendredi 01 Juin, 2018 +33\nPolitique\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).date == datetime(2018, 6, 1)
    # The other way round, the first day is the article's, the second its update's.
    page = f"Vendredi 01 Juin, 2018\nMardi 19 Mars, 2024\nPolitique\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).date == datetime(2018, 6, 1)
    # The article's day a few lines down, under the masthead and the headline.
    page = f"Jeudi 02 Mai, 2024\nQuimper | 22h29\nLa Gazette de l'Odet\n\n{TITLE}\n\nmardi 5 avril 2011 | 5741 visites\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).date == datetime(2011, 4, 5)
    # Under a line of the page's furniture.
    page = page.replace("Jeudi 02 Mai", "Facebook Twitter\nJeudi 02 Mai")
    assert parse(page).date == datetime(2011, 4, 5)
    # A paragraph citing an earlier day is no date line: the top date is the article's.
    cited = "Le 2 mars 2024, le conseil municipal de Quimper avait voté la fermeture du centre aux voitures."
    page = f"Jeudi 02 Mai, 2024\n\n{TITLE}\n\n{cited}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).date == datetime(2024, 5, 2)
    # A day signed by its author is the article's, over a subheading naming an earlier day.
    heading = "Conseil municipal du 2 avril 2024 :"
    page = f"02.05.2024 par LMV\n{TITLE}\n\n{heading}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).date == datetime(2024, 5, 2)


def test_a_caption_s_copy_with_its_script_s_escapes_dates_nothing() -> None:
    caption = "Séance au conseil régional d'Armor le 31 janvier 2017."
    escaped = caption.replace("'", "\\'")
    standfirst = "Les premiers résultats sont tombés à 20 heures. Suivez les réactions des élus de Quimper."
    page = f"{TITLE}\n\n{standfirst}\n\n{escaped} \n{caption}  (Léa Morvan / AFP)\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).date is None


@pytest.mark.parametrize(
    ("date_line", "day"),
    [
        # the byline after the day, with the author's station
        (
            "mercredi 29 août 2018 à 14:10 Par Léa Morvan, Radio Kerne Cornouaille",
            datetime(2018, 8, 29, 14, 10),
        ),
        # the site and author before it, a reading counter after it
        ("Le Kerne - Léa Morvan le Mardi 1 Juin 2010 à 00:33 | Lu 1208 fois", datetime(2010, 6, 1, 0, 33)),
        # the day with the picture's credit beside it is no caption
        ("mercredi 21 décembre 2016 - © Léa Morvan", datetime(2016, 12, 21)),
    ],
)
def test_a_date_line_sharing_its_line_with_a_byline_a_counter_or_a_credit(
    date_line: str, day: datetime
) -> None:
    assert parse(f"{TITLE}\n\n{date_line}\n\n{LEAD}\n\n{MORE}\n").date == day


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        # a dateline with its time, then the town and site, at the first paragraph's start
        (
            "14/08/2016 – 07H00 Quimper (Kerne-infos.fr) – Samedi, les gendarmes ont fouillé une maison du centre.",
            datetime(2016, 8, 14, 7, 0),
        ),
        # a letter's dateline, ended by a full stop
        (
            "KERLOUAN, le 19 mars 2017. Le ministre a visité la prison du port et rencontré les surveillants.",
            datetime(2017, 3, 19),
        ),
        # with its weekday, the dash glued to the year
        (
            "Kerlouan, mercredi 24 novembre 2021- Au nombre des personnes enlevées figure un pêcheur du port.",
            datetime(2021, 11, 24),
        ),
    ],
)
def test_a_dateline_at_the_first_paragraph_s_start_dates_the_article(lead: str, day: datetime) -> None:
    assert parse(f"{TITLE}\n\n{lead}\n\n{MORE}\n").date == day
    # (a sentence citing a day in its middle dates nothing)
    cited = (
        "Le ministre a visité la prison du port. Il y reviendra, a-t-il dit, le 19 mars 2017 au plus tard."
    )
    assert parse(f"{TITLE}\n\n{cited}\n\n{MORE}\n").date is None


def test_a_picture_s_legend_with_its_place_and_day_dates_nothing() -> None:
    legend = (
        "La maire s'adresse à la presse après la réunion du conseil. Kerlouan, 25 avril 2023. "
        "— © Yann MORVAN / AFP"
    )
    article = parse(f"{TITLE}\n\n{legend}\n\n{LEAD}\n\n{MORE}\n")
    assert article.date is None
    assert article.body.split("\n\n") == [LEAD, MORE]


def test_a_day_with_a_two_digit_year_after_le_and_with_its_time_dates_the_article() -> None:
    article = parse(f"{TITLE}\n\nLe 22/05/25 à 18:13\n\n{LEAD}\n\n{MORE}\n")
    assert article.date == datetime(2025, 5, 22, 18, 13)


def test_an_agenda_s_day_after_a_name_in_the_menu_gives_way_to_the_article_s_day() -> None:
    menu = "Accueil\nSports\nBlogue\nThéâtre du Port 16 avril 2021\nSPORTS / Régionaux"
    article = parse(f"{menu}\nPar Léa Kervella\n\nMercredi, 24 février 2021\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.date is not None and article.date.date() == date(2021, 2, 24)
    # Alone, the day after a name is still the page's only date.
    alone = parse(f"{TITLE}\n\nThéâtre du Port 16 avril 2021\n\n{LEAD}\n\n{MORE}\n")
    assert alone.date is not None and alone.date.date() == date(2021, 4, 16)


def test_a_column_s_day_before_its_title_and_a_day_with_middle_dots_date_the_article() -> None:
    headline = "Éditorial du 19 février 2025 / Kerne : les dangers d'un scrutin joué d'avance !"
    column = parse(f"{headline}\n\n{LEAD}\n\n{MORE}\n")
    assert column.date is not None and column.date.date() == date(2025, 2, 19)
    assert column.title == headline  # (the day stays in the column's headline)
    dotted = parse(f"{TITLE}\n\n14·12·18\n\n{LEAD}\n\n{MORE}\n")
    assert dotted.date is not None and dotted.date.date() == date(2018, 12, 14)


def test_the_article_s_bare_day_over_a_picture_s_credit_dates_the_article() -> None:
    page = f"{TITLE}\n\nPar Léa Kervella\n\nVendredi 7 février 2025\n\nCrédit photo : Kernephoto\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.date is not None and article.date.date() == date(2025, 2, 7)


def test_a_date_line_whose_byline_is_empty_is_not_run_into_the_paragraph_under_it() -> None:
    # The page left "par" with no author: the line is cut after a word, yet no sentence goes on.
    article = parse(f"{TITLE}\nPublié : 11 avril 2016 à 12h06 par\n{LEAD}\n{MORE}\n")
    assert article.date == datetime(2016, 4, 11, 12, 6)
    assert article.body.split("\n\n") == [LEAD, MORE]


@pytest.mark.parametrize("line", ["07H42 - vendredi 9 décembre 2016", "7:42 | 9 décembre 2016"])
def test_the_time_printed_before_the_day_is_the_article_s(line: str) -> None:
    article = parse(f"International\n{line}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.date is not None and article.date.isoformat() == "2016-12-09T07:42:00"


def test_a_day_at_the_foot_over_its_update_is_the_publication() -> None:
    foot = "Rédaction – Images Kerlo\n\nLire aussi :\n\n28 août 2025 - 12h52\nModifié le 28 août 2025 - 13h13"
    article = parse(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{foot}\n")
    assert article.date is not None and article.date.isoformat() == "2025-08-28T12:52:00"


def test_a_headline_closing_on_this_day_is_the_headline_not_a_date_line() -> None:
    headline = "Élections 2024 : les résultats de ce dimanche 9 juin 2024"
    page = f"Kerne TV\n\n{headline}\n\n09 juin 2024 18:29 Belgique\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == headline
    assert article.date is not None and article.date.isoformat() == "2024-06-09T18:29:00"


def test_an_author_and_the_day_over_a_picture_s_credit_date_the_article() -> None:
    page = f"{TITLE}\nFestival | Le port de Quimper fête ses thoniers.\nLéa Kerlo | Mardi 16 novembre 2021\nPhoto : ©Kerne\n{LEAD}\n{MORE}\n"
    assert parse(page).date == datetime(2021, 11, 16)


def test_a_day_and_time_alone_under_the_standfirst_date_the_article() -> None:
    # (a legend of two sentences over the standfirst reads as the first paragraph of prose)
    legend = (
        "Des pompiers de Quimper devant les immeubles évacués du quai, après les fortes pluies de la "
        "matinée. Ils ont travaillé toute la journée."
    )
    standfirst = "Les pompiers de Quimper ont évacué trois immeubles du quai après la pluie."
    stamp = "22.12.2025, 15:4522.12.2025, 15:45"
    page = f"{TITLE}\n\n{legend}\n\n{standfirst}\n\n{stamp}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).date == datetime(2025, 12, 22, 15, 45)
