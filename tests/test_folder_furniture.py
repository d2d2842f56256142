"""A folder's pages of one site: the lines they all print are furniture, whatever their words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index import Library
from index.ingest import folder_lines
from index.page.folder_furniture import folder_furniture, line_keys
from index.page.parse import parse_article

# An invented local paper's template: a masthead, box headings shaped like headlines, a
# footer about its newsroom. No list of words knows these.
MASTHEAD = ["Le Courrier du Plateau", "Nos voisins ont du talent", "Agenda des fêtes de village"]
FOOTER = [
    "Les brèves de la vallée",
    "Une équipe de douze journalistes au service des communes du plateau depuis 1952.",
    "Le Courrier du Plateau, 12 place du Marché",
]

ARTICLES = [
    (
        "La fromagerie de Saint-Aubin rouvre ses portes après deux ans de travaux",
        [
            "La coopérative laitière a rouvert mardi la fromagerie de Saint-Aubin, fermée depuis "
            "l'incendie de 2022, en présence du maire et de quarante producteurs de la commune.",
            "Les travaux ont coûté 1,8 million d'euros, financés pour moitié par la région, et "
            "permettent de doubler la production de tomme pour les marchés de la vallée.",
            "« Nous avons gardé les caves voûtées, c'est ce qui fait le goût », explique la directrice, "
            "qui compte embaucher six salariés d'ici l'été.",
        ],
    ),
    (
        "Le conseil municipal de Vernay vote la rénovation de l'école primaire",
        [
            "Les élus de Vernay ont adopté jeudi soir, à l'unanimité, le plan de rénovation de l'école "
            "primaire Jules-Ferry, dont la toiture fuit depuis plusieurs hivers.",
            "Le chantier commencera pendant les vacances de printemps et durera quatorze mois ; les "
            "classes seront accueillies dans des bâtiments modulaires près du stade.",
            "Le maire a précisé que la commune empruntera 600 000 euros sur vingt ans pour compléter "
            "les subventions de l'État et du département.",
        ],
    ),
    (
        "Une randonnée solidaire réunit trois cents marcheurs au col du Plan",
        [
            "Trois cents marcheurs ont participé dimanche à la randonnée solidaire organisée par le club "
            "alpin au profit de l'hôpital de la vallée, sous un soleil d'hiver.",
            "Les organisateurs ont recueilli 9 400 euros, qui serviront à équiper la salle de pédiatrie "
            "de jeux et de fauteuils pour les parents qui restent la nuit.",
            "Le parcours de douze kilomètres passait par les anciennes granges du col, restaurées l'an "
            "dernier par des bénévoles de l'association patrimoniale.",
        ],
    ),
]


def site_page(number: int, date_line: str | None = None) -> str:
    title, paragraphs = ARTICLES[number]
    date_line = date_line or f"Publié le {3 + number} mars 2024 à 10h1{number}"
    return "\n\n".join([*MASTHEAD, title, date_line, *paragraphs, *FOOTER]) + "\n"


def test_the_lines_every_page_of_a_site_prints_are_its_furniture() -> None:
    pages = {number: line_keys(site_page(number)) for number in range(3)}
    furniture = folder_furniture(pages)
    for number, (title, paragraphs) in enumerate(ARTICLES):
        assert furniture[number] == frozenset(MASTHEAD + FOOTER)
        assert title not in furniture[number]
        assert not furniture[number] & set(paragraphs)


def test_the_crawler_s_stamp_is_no_part_of_a_line() -> None:
    pages = {number: line_keys(f" date 2024-0{number + 1} {site_page(number)}") for number in range(3)}
    assert folder_furniture(pages)[0] == frozenset(MASTHEAD + FOOTER)


def test_a_line_on_two_pages_only_is_no_furniture() -> None:
    pages = {number: line_keys(site_page(number)) for number in range(2)}
    assert folder_furniture(pages) == {0: frozenset(), 1: frozenset()}


def test_copies_of_one_text_are_no_witnesses_of_each_other() -> None:
    # A wire carried by three outlets, each with its own masthead: its headline and paragraphs
    # come back on every page, and are the article's all the same.
    title, paragraphs = ARTICLES[0]
    pages = {
        outlet: line_keys("\n".join([outlet, title, *paragraphs]))
        for outlet in ("La Gazette des Hauts", "Le Petit Vallon", "L'Écho du Lac")
    }
    assert all(not lines for lines in folder_furniture(pages).values())


def test_words_quoted_by_several_articles_on_one_story_stay_theirs() -> None:
    # Six outlets' own articles on one story; three of them quote the same sentences, each
    # on a line of its own: no site prints them all, so they are the articles'.
    quoted = [
        "« Nous ne céderons pas sur la question des retraites », a déclaré le ministre.",
        "Le texte prévoit de relever l'âge légal de départ de deux ans d'ici 2030, une mesure que "
        "les syndicats rejettent en bloc depuis le début des discussions au Parlement.",
    ]
    pages = {
        number: line_keys("\n".join([f"Titre {number}", *paragraphs, *(quoted if number < 3 else [])]))
        for number, (_title, paragraphs) in enumerate(ARTICLES * 2)
    }
    for lines in folder_furniture(pages).values():
        assert not lines & set(quoted)


@given(
    st.lists(
        st.lists(
            st.sampled_from([*MASTHEAD, *FOOTER, *ARTICLES[0][1], "a", "Un mot", "Deux mots"]), max_size=8
        ),
        max_size=6,
    )
)
def test_furniture_is_the_page_s_own_lines_held_by_three_pages(pages: list[list[str]]) -> None:
    keys = {number: line_keys("\n".join(lines)) for number, lines in enumerate(pages)}
    for number, lines in folder_furniture(keys).items():
        assert lines <= keys[number]
        for line in lines:
            assert sum(1 for other in keys.values() if line in other) >= 3


def test_the_parse_drops_the_folder_s_furniture_and_reads_the_site_and_date_from_it() -> None:
    # Three pages published the same day print one date line: it is still the date.
    texts = [site_page(number, date_line="Publié le 3 mars 2024") for number in range(3)]
    furniture = folder_furniture({number: line_keys(text) for number, text in enumerate(texts)})
    article = parse_article(texts[0], Path("fromagerie.txt"), furniture=furniture[0])
    alone = parse_article(texts[0], Path("fromagerie.txt"))
    assert "Les brèves de la vallée" in alone.body  # what the page alone could not know
    assert article.title == ARTICLES[0][0]
    assert article.body.split("\n\n") == ARTICLES[0][1]
    assert article.source == "Le Courrier du Plateau"
    assert article.date is not None and article.date.date().isoformat() == "2024-03-03"


def bodies(library: Library) -> list[str]:
    articles = [library.get(summary.path) for summary in library.articles()]
    return [article.body for article in articles if article is not None]


def test_ingestion_reads_each_folder_s_furniture(library: Library, tmp_path: Path) -> None:
    site = tmp_path / "courrier"
    site.mkdir()
    for number in range(2):
        (site / f"page{number}.txt").write_text(site_page(number))
    library.ingest([tmp_path])
    assert all("Les brèves de la vallée" in body for body in bodies(library))

    # A third page of the site shows its template: the first two are parsed again.
    (site / "page2.txt").write_text(site_page(2))
    report = library.ingest([tmp_path])
    assert sorted(Path(path).name for path in report.updated) == ["page0.txt", "page1.txt"]
    assert len(report.added) == 1
    for body in bodies(library):
        assert "Les brèves de la vallée" not in body
        assert "Une équipe de douze journalistes" not in body
    assert {summary.source for summary in library.articles()} == {"Le Courrier du Plateau"}

    again = library.ingest([tmp_path])
    assert len(again.unchanged) == 3 and not again.updated


def test_a_large_folder_s_furniture_is_read_from_a_sample(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(folder_lines, "SAMPLE", 4)
    names = []
    for number in range(9):
        title, paragraphs = ARTICLES[number % 3]
        path = tmp_path / f"page{number}.txt"
        path.write_text("\n\n".join([*MASTHEAD, f"{title} ({number})", *paragraphs, *FOOTER]))
        names.append(str(path))
    shared = folder_lines.furniture_of_files(names)
    assert set(shared) == set(names)
    for lines in shared.values():
        assert lines == frozenset(MASTHEAD + FOOTER)


def test_a_folder_none_of_whose_files_changed_is_not_read_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "courrier"
    folder.mkdir()
    names = []
    for number in range(3):
        path = folder / f"page{number}.txt"
        path.write_text(site_page(number))
        names.append(str(path))
    cache = tmp_path / "home" / "folder-lines.json"
    first = folder_lines.furniture_of_files(names, cache)
    read: list[str] = []
    keys = folder_lines._keys
    monkeypatch.setattr(folder_lines, "_keys", lambda name: read.append(name) or keys(name))
    assert folder_lines.furniture_of_files(names, cache) == first
    assert read == []

    (folder / "page1.txt").write_text(site_page(1).replace("Les brèves de la vallée", "Les brèves du lac"))
    changed = folder_lines.furniture_of_files(names, cache)
    assert sorted(read) == sorted(names)  # the folder is read again, all of it
    assert all("Les brèves de la vallée" not in lines for lines in changed.values())


def test_a_damaged_cache_is_read_as_none(tmp_path: Path) -> None:
    names = []
    for number in range(3):
        path = tmp_path / f"page{number}.txt"
        path.write_text(site_page(number))
        names.append(str(path))
    cache = tmp_path / "folder-lines.json"
    sound = json.dumps(folder_lines._signature(names))
    for damage in (
        b"{not json",
        b"[]",
        b'{"version": 1, "folders": []}',
        b'{"version": 99}',
        b'{"version": 1, "folders": {"%s": []}}' % str(tmp_path).encode(),
        b'{"version": 1, "folders": {"%s": {"signature": %s, "lines": {"x": "abc"}}}}'
        % (str(tmp_path).encode(), sound.encode()),
    ):
        cache.write_bytes(damage)
        assert folder_lines.furniture_of_files(names, cache)[names[0]] == frozenset(MASTHEAD + FOOTER)
