"""Each cleanup rule on invented text, without the model: what a span the model found names."""

from __future__ import annotations

import pytest

from index.entities.cleanup import Mention, clean_span
from index.entities.extract import normalise_for_ner
from index.entities.mention_parts import pair_parts, place_inside
from index.entities.model import NerModel
from index.entities.not_names import is_never_a_name
from index.entities.span_bounds import dateline_pieces
from index.text import entity_key
from tests.entity_text import entities_of, span_of


@pytest.mark.parametrize(
    ("text", "fragment", "label", "expected"),
    [
        ("Hier, M. Kim a parlé.", "M. Kim", "PER", "Kim"),
        ("En Marche a gagné la mairie.", "En Marche", "ORG", "En Marche"),
        (
            "Selon Paul Kerhervé Coordonnateur de l'association, tout va bien.",
            "Paul Kerhervé Coordonnateur",
            "PER",
            "Paul Kerhervé",
        ),
        ("Hier, l'Echevin Leroy a parlé.", "Echevin Leroy", "PER", "Leroy"),
        (
            "Régionale 1 Bretagne : L'US Quimper frappe fort",
            "Régionale 1 Bretagne : L'US",
            "ORG",
            "Régionale 1 Bretagne",
        ),
        ("Hier, Mme Lagarde a parlé.", "Mme Lagarde", "PER", "Lagarde"),
        (
            "Le président russe Vladimir Poutine a parlé.",
            "président russe Vladimir Poutine",
            "PER",
            "Vladimir Poutine",
        ),
        (
            "Selon le Premier ministre Fumio Kishida, tout va bien.",
            "Premier ministre Fumio Kishida",
            "PER",
            "Fumio Kishida",
        ),
        ("Il a loué la Chine pour son aide.", "la Chine", "LOC", "Chine"),
        ("Il parle de l'Union soviétique souvent.", "l'Union soviétique", "ORG", "Union soviétique"),
        ("Un message de Kim Jong Un n'a pas suffi.", "Kim Jong Un n'", "PER", "Kim Jong Un"),
        ("Le dirigeant Kim Jong-un a écrit.", "Kim Jong", "PER", "Kim Jong-un"),
        ("Visite de Saint-Martin-Vésubie hier.", "Saint-Martin-Vésubie", "LOC", "Saint-Martin-Vésubie"),
        ("Le club de Premier League a gagné.", "Premier League", "ORG", "Premier League"),
        ("ils ont écrit à Kim\nJong Un plus tard", "Kim\nJong Un", "PER", "Kim"),
        # An institution or a place named by its kind leads in lower case.
        (
            "Le ministère russe des Affaires étrangères a publié une vidéo.",
            "ministère russe des Affaires étrangères",
            "ORG",
            "ministère russe des Affaires étrangères",
        ),
        ("Le feu a pris rue du Chapitre hier.", "rue du Chapitre", "LOC", "rue du Chapitre"),
        (
            "Selon Jean de La Fontaine, rien ne sert de courir.",
            "Jean de La Fontaine",
            "PER",
            "Jean de La Fontaine",
        ),
        # What the model runs into a name: prepositions, honorifics, roles, a body after a
        # person, a title before a place, a minute, an interjection, an office, a result, a
        # credit's label, a day, a dash, a people.
        ("A Marseille, le match a été reporté.", "A Marseille", "LOC", "Marseille"),
        (
            "Selon Maître Paul Kabongo, la plainte est recevable.",
            "Maître Paul Kabongo",
            "PER",
            "Paul Kabongo",
        ),
        ("Léa Morvan Journaliste\nLe conseil a voté.", "Léa Morvan Journaliste", "PER", "Léa Morvan"),
        (
            "Les deux PDG, Karim Benali de Sonalgaz, ont signé.",
            "Karim Benali de Sonalgaz",
            "PER",
            "Karim Benali",
        ),
        (
            "Selon Pierre de Coubertin, l'essentiel est de participer.",
            "Pierre de Coubertin",
            "PER",
            "Pierre de Coubertin",
        ),
        ("Le procureur du Roi de Namur a parlé.", "Roi de Namur", "LOC", "Namur"),
        ("Servette : Kiassou (46e Fricker, 60e Kiassou).", "46e Fricker", "PER", "Fricker"),
        ("Il a crié « Vive Daesh » devant un commerçant.", "Vive Daesh", "PER", "Daesh"),
        ("François Bellot, Chef de groupe MR au conseil provincial.", "Chef de groupe MR", "MISC", "MR"),
        ("Servette 3-2 Lausanne, a résumé le club.", "Servette 3-2", "ORG", "Servette"),
        ("Photo Olivier Bourdon, prise à Val-d'Or.", "Photo Olivier Bourdon", "PER", "Olivier Bourdon"),
        ("Antoine Hurli Responsable du pôle enquêtes", "Antoine Hurli Responsable", "PER", "Antoine Hurli"),
        ("17h03. VIDÉO – Zaoui demande pardon.", "– Zaoui", "MISC", "Zaoui"),
        ("avec les Tunisiens Sami Rebah et Lotfi Bouch.", "Tunisiens Sami Rebah", "MISC", "Sami Rebah"),
        ("FC Amical Kerne I 4 - 0 FC Forward", "FC Amical Kerne I 4 - 0", "ORG", "FC Amical Kerne I"),
        (
            "Kerne n'a laissé aucun espoir à Forward dimanche après-midi.",
            "Forward dimanche après-midi",
            "MISC",
            "Forward",
        ),
        ("Selon Le Matin Dimanche, le vote a eu lieu.", "Le Matin Dimanche", "ORG", "Le Matin Dimanche"),
        (
            "Son Excellence Monsieur Paul Mbemba a ouvert la séance.",
            "Excellence Monsieur Paul Mbemba",
            "PER",
            "Paul Mbemba",
        ),
        # A portfolio's word before a name is the name's.
        ("Santé Canada a rappelé un lot de sirop.", "Santé Canada", "ORG", "Santé Canada"),
        # A month or a day inside a name is no date.
        ("Le concert d'Avril Lavigne a été annulé.", "Avril Lavigne", "PER", "Avril Lavigne"),
        ("La sonde a photographié Mars hier soir.", "Mars", "LOC", "Mars"),
        ("L'avion de TF1 a atterri.", "TF1", "ORG", "TF1"),
        # A clause the model ran into a name is none of it.
        (
            "Il appelle les Forces de sécurité de se doter de nouveaux textes.",
            "Forces de sécurité de se doter de nouveaux textes",
            "ORG",
            "Forces de sécurité",
        ),
        ("Le Comité Kerne qui réunit les pêcheurs a voté.", "Comité Kerne qui réunit", "ORG", "Comité Kerne"),
    ],
)
def test_cleanup_keeps_the_name(text: str, fragment: str, label: str, expected: str) -> None:
    mention = clean_span(text, span_of(text, fragment, label))
    assert mention is not None and mention.text == expected
    assert text[mention.start : mention.end] == expected


@pytest.mark.parametrize(
    ("text", "fragment", "label"),
    [
        ("Il dit qu'il viendra.", "qu'", "MISC"),
        ("Lire aussi\nUn autre article.", "Lire", "MISC"),
        ("Loading...", "Loading", "ORG"),
        ("Merci de votre compréhension.", "Merci", "MISC"),
        ("Avez-vous une remarque ?", "Avez", "PER"),
        ("Interrogé cette semaine, le Kremlin a refusé.", "Interrogé", "LOC"),
        ("Guerre totale. La guerre continue.", "Guerre", "MISC"),
        ("Il a rencontré M. hier.", "M.", "PER"),
        ("Elle a dit non.", "Elle", "PER"),
        ("Une source proche du dossier a parlé.", "source proche du dossier", "ORG"),
        ("Au nom de l'État, il a parlé.", "État", "LOC"),
        ("La route est fermée. Par ailleurs, la chaussée est enneigée.", "Par ailleurs", "MISC"),
        ("En inscrivant six essais, Quimper gagne.", "En inscrivant six essais", "LOC"),
        ("la guerre de Corée a duré trois ans.", "guerre de Corée", "MISC"),
        (
            "le ministre russe des Affaires étrangères, Sergueï Lavrov, a dit",
            "ministre russe des Affaires étrangères",
            "PER",
        ),
        # Dates, clock times and codes the model takes for names.
        ("Le marché rouvre Mardi 14 Mars au matin.", "Mardi 14 Mars", "MISC"),
        ("Le chantier a commencé le 3 Juin 2021 sous la pluie.", "3 Juin 2021", "MISC"),
        ("The plant reopened on September 9, says the firm.", "September 9", "MISC"),
        ("Samedi dernier, les bénévoles ont nettoyé la plage.", "Samedi dernier", "MISC"),
        ("Publié le Vendredi\nLa foire a ouvert.", "Publié le Vendredi", "PER"),
        ("La séance reprend à 14h30 en salle du conseil.", "14h30", "MISC"),
        ("Le réacteur produit du Tc-99 pour les hôpitaux.", "Tc-99", "ORG"),
        ("Le réacteur produit aussi du I-125 pour les hôpitaux.", "I-125", "LOC"),
        ("Il a écrit (NDLR : en 2019) une lettre au maire.", "NDLR", "ORG"),
        # A ministry's portfolio without the ministry.
        ("L'ancien directeur est remplacé à la Santé par une juriste.", "Santé", "LOC"),
        (
            "Elle hérite des Finances et du Développement économique après le remaniement.",
            "Finances et du Développement économique",
            "ORG",
        ),
        ("Il avait démissionné des Affaires étrangères en mars.", "Affaires étrangères", "ORG"),
        # A people after a plural article, whatever its adjective's ending; a town's supporters.
        ("Les Belges votent dimanche, comme les Russes.", "Russes", "LOC"),
        ("Les Flamands votent dimanche, comme les Wallons.", "Flamands", "LOC"),
        ("Menés au score, les Quimperistes ont égalisé.", "Quimperistes", "MISC"),
        # A meeting, a card.
        ("Le club a tenu son Assemblée générale mercredi.", "Assemblée générale", "ORG"),
        ("Le défenseur a reçu un Carton rouge à la 80e minute.", "Carton rouge", "ORG"),
        # A match's added time, a picture's file name.
        ("Kerlo égalise à la 90e+4 sur penalty.", "90e+4", "LOC"),
        ("Le puits de Kerlouan_2020 a été creusé.", "Kerlouan_2020", "MISC"),
    ],
)
def test_cleanup_drops_what_is_not_a_name(text: str, fragment: str, label: str) -> None:
    assert clean_span(text, span_of(text, fragment, label)) is None


def test_normalising_apostrophes_keeps_offsets() -> None:
    text = "l’Ukraine d’abord"
    assert len(normalise_for_ner(text)) == len(text) and "’" not in normalise_for_ner(text)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong-un", "KIM JONG UN"),
        ("Kim Jong Un", "kim jong-un"),
        ("États-Unis", "Etats Unis"),
        ("Cœur", "coeur"),
    ],
)
def test_keys_fold_case_accents_hyphens_and_spaces(a: str, b: str) -> None:
    assert entity_key(a) == entity_key(b)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Courage, a-t-il lancé aux militants.", "Courage"),
        ("Santé\nLe ministre a présenté son plan.", "Santé"),
        ("• Énergie\n• Climat", "Énergie"),
        ("TRAFIC\nDes bouchons sont attendus.", "TRAFIC"),
        # A plural at a title's head, or after its kicker's colon.
        ("Orages : trois routes coupées dans la vallée\nLa pluie a duré toute la nuit.", "Orages"),
        ("Gabon : Enlèvements et menaces dans le Nord\nLa police enquête.", "Enlèvements"),
        # after the elided article that opens the sentence
        ("EMPLOI. L'Attribution de 5 000 euros a été votée.", "Attribution"),
    ],
)
def test_a_common_word_capitalised_at_a_line_start_is_no_name(text: str, fragment: str) -> None:
    words = frozenset({"courage", "santé", "énergie", "trafic", "orage", "enlèvement", "attribution"})
    assert clean_span(text, span_of(text, fragment, "LOC"), words) is None


@pytest.mark.parametrize(
    "text",
    [
        "Propos recueillis par Léa Kerhervé à Quimper.",
        "Temps forts de la soirée à Quimper.",
        "Secours : trois randonneurs évacués près de Quimper.",
    ],
)
def test_an_invariable_noun_opening_a_line_is_no_name(text: str) -> None:
    # (the model's word lists hold such nouns among the lemmatizer's exceptions only)
    fragment = text.split()[0]
    assert clean_span(text, span_of(text, fragment, "MISC"), NerModel().common_words()) is None


def test_a_name_of_common_words_after_the_elided_article_opening_the_sentence_stays() -> None:
    text = "L'Union soviétique a reconnu le pays en 1948."
    mention = clean_span(text, span_of(text, "Union soviétique", "ORG"), frozenset({"union", "soviétique"}))
    assert mention is not None and mention.text == "Union soviétique"


@pytest.mark.parametrize(
    "text",
    [
        "Il a plu toute la nuit. Tours, placée en vigilance orange, a fermé ses parcs ce matin.",
        "Tours / La Gazette\nIl a plu toute la nuit sur la ville.",
    ],
)
def test_a_town_named_like_a_plural_common_word_stays_a_place_in_a_sentence_or_a_dateline(text: str) -> None:
    mention = clean_span(text, span_of(text, "Tours", "LOC"), frozenset({"tour"}))
    assert mention is not None and mention.text == "Tours"


def test_a_common_word_inside_a_sentence_may_still_be_a_place() -> None:
    text = "Le parquet de la ville de Liège a ouvert une enquête."
    mention = clean_span(text, span_of(text, "Liège", "LOC"), frozenset({"liège"}))
    assert mention is not None and mention.text == "Liège"


@pytest.mark.parametrize(
    ("fragment", "label"), [("Ville", "LOC"), ("Province", "LOC"), ("Palais", "ORG"), ("Parquet", "LOC")]
)
def test_a_capitalised_authority_is_no_name_but_a_one_place_word_is(fragment: str, label: str) -> None:
    text = (
        "Selon la Ville, la Province paiera la moitié des travaux ; le Palais dément, le Parquet se tait"
        " et l'Hexagone regarde."
    )
    assert clean_span(text, span_of(text, fragment, label)) is None
    kept = clean_span(text, span_of(text, "Hexagone", "LOC"))
    assert kept is not None and kept.text == "Hexagone"


def test_a_place_s_kind_without_a_name_is_no_place() -> None:
    text = "Le cortège a quitté le palais présidentiel vers midi."
    assert clean_span(text, span_of(text, "palais présidentiel", "LOC")) is None


@pytest.mark.parametrize(
    ("text", "fragment", "label", "expected"),
    [
        ("Soutenez Politis, faites un don.", "Soutenez Politis", "PER", "Politis"),
        ("Les combats à Marioupol Suivez notre direct", "Marioupol Suivez", "MISC", "Marioupol"),
    ],
)
def test_buttons_glued_to_a_name_are_taken_off(text: str, fragment: str, label: str, expected: str) -> None:
    mention = clean_span(text, span_of(text, fragment, label))
    assert mention is not None and mention.text == expected


def test_a_common_word_the_text_also_uses_in_lower_case_is_no_name() -> None:
    text = "Que signifie cette vigilance rouge ? La Vigilance météorologique informe le public."
    assert clean_span(text, span_of(text, "Vigilance", "LOC"), frozenset({"vigilance"})) is None


def test_a_replay_button_glued_to_a_label_is_taken_off() -> None:
    text = "ELECTIONS Revivez la soirée électorale"
    mention = clean_span(text, span_of(text, "ELECTIONS Revivez", "ORG"))
    assert mention is None or "Revivez" not in mention.text


def test_an_article_before_a_place_makes_no_person_of_it() -> None:
    text = "Il a quitté la France en mars."
    mention = clean_span(text, span_of(text, "la France", "LOC"))
    assert mention is not None and (mention.text, mention.label) == ("France", "LOC")


def test_a_lone_common_noun_is_no_organisation_but_an_institution_is() -> None:
    words = frozenset({"corner", "parlement"})
    text = "Bon début des Bleus Corner renvoyé par la défense. Le texte passe devant le Parlement."
    assert clean_span(text, span_of(text, "Corner", "ORG"), words) is None
    mention = clean_span(text, span_of(text, "Parlement", "ORG"), words)
    assert mention is not None and mention.text == "Parlement"


def test_an_inflected_common_word_opening_a_sentence_is_no_name_but_a_town_in_the_plural_is() -> None:
    words = frozenset({"petit", "renne", "national"})
    text = "Petites ou grandes, les communes du canton ont toutes leur caractère."
    assert clean_span(text, span_of(text, "Petites", "LOC"), words) is None
    text = "Nationaux ou locaux, les titres ont suivi."
    assert clean_span(text, span_of(text, "Nationaux", "MISC"), words) is None
    text = "Rennes a battu Lyon dimanche."
    mention = clean_span(text, span_of(text, "Rennes", "LOC"), words)
    assert mention is not None and mention.text == "Rennes"


def test_a_dash_inside_a_sentence_is_no_dateline() -> None:
    text = "21h20 : Marion Dupré - Le Gall annonce sa victoire."
    mention = clean_span(text, span_of(text, "Marion Dupré - Le Gall"))
    assert mention is not None and mention.text == "Marion Dupré - Le Gall"
    text = "LYON - Le maire Paul Durand a parlé."
    mention = clean_span(text, span_of(text, "LYON - Le maire Paul Durand"))
    assert mention is not None and mention.text == "Paul Durand"


def test_a_dateline_the_model_ran_into_a_name_is_a_place_of_its_own() -> None:
    text = "Mauritanie - Ahmed Ould Salem\nL'ancien ministre a parlé hier."
    pieces = dateline_pieces(text, span_of(text, "Mauritanie - Ahmed Ould Salem", "LOC"))
    assert [(text[p.start : p.end], p.label) for p in pieces] == [
        ("Mauritanie", "LOC"),
        ("Ahmed Ould Salem", "LOC"),
    ]
    text = "23:21 - Nouvelle Calédonie\nLe vote est clos."
    pieces = dateline_pieces(text, span_of(text, "23:21 - Nouvelle Calédonie", "LOC"))
    assert [text[p.start : p.end] for p in pieces] == ["Nouvelle Calédonie"]


@pytest.mark.parametrize(
    ("text", "fragment", "label"),
    [
        ("Il y avait trop de monde et les Lensois ont chanté.", "Lensois", "LOC"),
        ("Une fête pour toutes les Valaisannes du canton.", "Valaisannes", "MISC"),
        ("À l'image d'un Dakarois, qui a attendu le bus deux heures.", "Dakarois", "LOC"),
        ("Elle l'a raconté à une Genevoise rencontrée sur le quai.", "Genevoise", "PER"),
        ("Il confie la gestion au Département de la cohésion sociale.", "Département", "LOC"),
        ("La photo a été prise au Centre de recherche du canton.", "Centre", "ORG"),
    ],
)
def test_a_people_and_the_head_of_a_name_the_model_cut_are_no_entities(
    text: str, fragment: str, label: str
) -> None:
    assert clean_span(text, span_of(text, fragment, label)) is None


def test_the_head_of_a_name_cut_before_its_adjective_is_no_entity_but_before_a_noun_stays() -> None:
    text = "Chaque région abrite un Centre fédéral pour les requérants. La loi sera débattue au Parlement début 2025."
    words = NerModel().common_words()
    assert clean_span(text, span_of(text, "Centre", "LOC"), words) is None
    mention = clean_span(text, span_of(text, "Parlement", "ORG"), words)
    assert mention is not None and mention.text == "Parlement"


def test_a_region_in_the_plural_stays_a_place() -> None:
    text = "La tension monte dans les Balkans depuis lundi."
    mention = clean_span(text, span_of(text, "Balkans", "LOC"))
    assert mention is not None and mention.text == "Balkans"


def test_a_common_noun_opening_a_live_line_is_no_part_of_the_person() -> None:
    words = frozenset({"but", "pierre"})
    text = "But de Craig Dunmore sur un centre de la droite."
    mention = clean_span(text, span_of(text, "But de Craig Dunmore"), words)
    assert mention is not None and mention.text == "Craig Dunmore"
    text = "Pierre de Coubertin a fondé les Jeux."
    mention = clean_span(text, span_of(text, "Pierre de Coubertin"), words)
    assert mention is not None and mention.text == "Pierre de Coubertin"


def test_a_verb_with_its_pronoun_opening_a_sentence_is_no_name() -> None:
    text = "Donnez-nous les moyens, a lancé le syndic."
    assert clean_span(text, span_of(text, "Donnez-nous")) is None


def test_the_place_a_body_is_named_after_is_a_place_of_its_own() -> None:
    text = "Il a été transporté au CHU de Roubaix, selon le parquet de Douai et le ministère de l'Intérieur."
    cleaned = [
        clean_span(text, span_of(text, name, "ORG"))
        for name in ("CHU de Roubaix", "ministère de l'Intérieur")
    ]
    places = [place_inside(mention) for mention in cleaned if mention is not None]
    assert places[0] is not None and (places[0].text, places[0].label) == ("Roubaix", "LOC")
    assert text[places[0].start : places[0].end] == "Roubaix"
    assert places[1] is None  # a portfolio, not a place


def test_a_pair_with_an_acronym_gives_both_names_but_a_known_or_shouted_name_stays_whole() -> None:
    def parts(text: str, label: str = "ORG") -> list[str]:
        return [m.text for m in pair_parts(Mention(0, len(text), text, label, False))]

    assert parts("CSV-DP") == ["CSV", "DP"]
    assert parts("Suisse-UE", "LOC") == ["Suisse", "UE"]
    assert parts("Keystone-ATS") == ["Keystone-ATS"]
    assert parts("PORTO-NOVO", "LOC") == ["PORTO-NOVO"]
    assert parts("Saint-Denis", "LOC") == ["Saint-Denis"]
    # two names of a list, run together over its comma
    assert parts("Colruyt, Match", "MISC") == ["Colruyt", "Match"]
    assert parts("Banque de Bretagne, Crédit du Léon") == ["Banque de Bretagne", "Crédit du Léon"]


def test_a_country_joined_to_its_town_gives_both_places_but_a_country_s_or_club_s_name_stays_whole() -> None:
    def parts(text: str) -> list[str]:
        return [m.text for m in pair_parts(Mention(0, len(text), text, "LOC", False))]

    assert parts("Gabon-Libreville") == ["Gabon", "Libreville"]
    assert parts("Guinée-Bissau") == ["Guinée-Bissau"]
    assert parts("Lausanne-Sport") == ["Lausanne-Sport"]
    assert parts("Nord-Kivu") == ["Nord-Kivu"]


def test_places_joined_at_a_headline_s_head_are_no_participle() -> None:
    # ("Lomé" ends as a participle does)
    text = "Togo-Lomé : les vendeurs de rue quittent les trottoirs\n\nLes marchands ont reçu un ultimatum."
    mention = clean_span(text, span_of(text, "Togo-Lomé", "LOC"))
    assert mention is not None and mention.text == "Togo-Lomé"


@pytest.mark.parametrize(
    ("text", "fragment", "label", "expected"),
    [
        # A sentence's words after a spaced dash are not the name's (two headlines run together).
        (
            "Travaux quai Morvan à Kernevel - Des élèves du collège en colère",
            "Kernevel - Des élèves",
            "LOC",
            "Kernevel",
        ),
        # A name's last word may be a name after the dash; a sentence's elided article is not.
        (
            "Selon Marion Maréchal - Le Pen, rien ne change.",
            "Marion Maréchal - Le Pen",
            "PER",
            "Marion Maréchal - Le Pen",
        ),
        (
            "Le rôle du Conseil d'État d'un canton est discuté.",
            "Conseil d'État d'un",
            "ORG",
            "Conseil d'État",
        ),
    ],
)
def test_a_span_ends_where_the_name_does(text: str, fragment: str, label: str, expected: str) -> None:
    mention = clean_span(text, span_of(text, fragment, label))
    assert mention is not None and mention.text == expected


@pytest.mark.parametrize(
    ("fragment", "label", "expected"),
    [
        ("Copyright Kerne.bzh", "ORG", "Kerne.bzh"),
        ("Rédaction Kernelo", "ORG", "Kernelo"),
        ("En Cornouaille", "LOC", "Cornouaille"),
        ("16:58Jean Kerlo", "PER", "Jean Kerlo"),
    ],
)
def test_a_page_s_label_or_a_preposition_before_a_name_is_not_the_name_s(
    fragment: str, label: str, expected: str
) -> None:
    text = f"{fragment}, les vendanges commencent."
    mention = clean_span(text, span_of(text, fragment, label))
    assert mention is not None and mention.text == expected


@pytest.mark.parametrize(
    ("text", "fragment", "label", "expected"),
    [
        ("Communiqué du Conseil des ministres du Mercredi, 10 mars.", "Conseil des ministres du Mercredi", "ORG",
         "Conseil des ministres"),
        ("Kerne Logo", "Kerne Logo", "ORG", "Kerne"),
        ("L'information a été révélée par Le Matin Dimanche ce week-end.", "Le Matin Dimanche", "ORG",
         "Le Matin Dimanche"),
    ],
)  # fmt: skip
def test_a_day_after_a_name_and_a_logo_s_word_are_not_the_name_s(
    text: str, fragment: str, label: str, expected: str
) -> None:
    mention = clean_span(text, span_of(text, fragment, label))
    assert mention is not None and mention.text == expected


@pytest.mark.parametrize(
    ("axis", "named"), [("Nord Sud", False), ("Est Ouest", False), ("Nord-Est", True), ("Sud Ouest", True)]
)
def test_an_axis_is_no_place_but_a_region_or_a_newspaper_is(axis: str, named: bool) -> None:
    assert is_never_a_name(axis) is not named


@pytest.mark.parametrize(
    ("cell", "named"),
    [
        ("GE4,7", False),
        ("VD 12.5", False),
        ("ATP 53", False),
        ("WTA 112", False),
        ("A380", True),
        ("G7", True),
    ],
)
def test_a_table_s_cell_of_a_code_and_a_decimal_is_no_name(cell: str, named: bool) -> None:
    assert is_never_a_name(cell) is not named


@pytest.mark.parametrize(
    ("measure", "named"), [("60m2", False), ("12 km", False), ("3,5 ha", False), ("M6", True), ("3M", True)]
)
def test_a_measure_is_no_name(measure: str, named: bool) -> None:
    assert is_never_a_name(measure) is not named


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("Accord de prêt n° 2022012", False),
        ("Décret N°2024-15", False),
        ("Numéro 23", True),
        # An official record's clock and a report's numbered parts; a king's number stays.
        ("09 H 00 mn", False),
        ("H 50", False),
        ("II.3", False),
        ("Henri IV", True),
        # a countdown's day
        ("J-3", False),
        ("J+1", False),
    ],
)
def test_a_document_s_reference_is_no_name(name: str, named: bool) -> None:
    assert is_never_a_name(name) is not named


@pytest.mark.parametrize(
    ("text", "fragment", "label"),
    [
        ("Le conseil s'est réuni le 10 Mars 2021 à Niamey.", "Mars", "LOC"),
        ("Le conseil s'est réuni en Mars 2021 à Niamey.", "Mars", "PER"),
        ("Rendez-vous Mardi 2 septembre à Lyon.", "Mardi 2", "MISC"),
    ],
)
def test_a_month_or_a_weekday_cut_out_of_a_date_is_no_name(text: str, fragment: str, label: str) -> None:
    assert clean_span(text, span_of(text, fragment, label)) is None


def test_a_month_s_name_outside_a_date_may_be_a_name() -> None:
    text = "La sonde a atteint Mars après sept mois de voyage."
    mention = clean_span(text, span_of(text, "Mars", "LOC"))
    assert mention is not None and mention.text == "Mars"


def test_a_span_the_model_ends_on_a_particle_takes_the_hyphenated_place_after_it() -> None:
    text = "Le chef du Service de sécurité incendie de Saint-Jean-sur-Richelieu a parlé."
    mention = clean_span(text, span_of(text, "Service de sécurité incendie de", "ORG"))
    assert mention is not None and mention.text == "Service de sécurité incendie de Saint-Jean-sur-Richelieu"


@pytest.mark.parametrize(
    ("text", "fragment", "label"),
    [
        ("Des milliers de Sétifois ont marché vendredi dans le centre.", "Sétifois", "LOC"),
        ("Un autre des nombreux Quimpérois interpellés a témoigné.", "Quimpérois", "LOC"),
        ("[Traduit du breton par Yann Kerhervé]", "Traduit", "PER"),
        ("Le projet est financé par la Ville et par le Canton.", "Canton", "LOC"),
        ("Le budget a été voté jeudi par le Conseil.", "Conseil", "ORG"),
        ("Une lettre du Ministère est arrivée en mairie.", "Ministère", "LOC"),
        ("Ecoutez Léa Morvan, notre invitée", "Ecoutez Léa Morvan", "PER"),
    ],
)
def test_peoples_participles_authorities_and_buttons_are_no_names(
    text: str, fragment: str, label: str
) -> None:
    mention = clean_span(text, span_of(text, fragment, label))
    assert mention is None or mention.text == "Léa Morvan"


def test_a_list_of_residents_without_an_article_names_peoples_but_a_list_of_towns_does_not() -> None:
    peoples = (
        "Depuis janvier, Ergué-Gabériciens, Plomeliniens, Pluguffanais et Kerfeunteuniens sont Quimpérois."
    )
    mentions = [
        clean_span(peoples, span_of(peoples, name, "LOC")) for name in ("Plomeliniens", "Pluguffanais")
    ]
    assert mentions == [None, None]
    towns = "Le car passe par Amiens, Calais et Beauvais avant de rejoindre Lille."
    found = clean_span(towns, span_of(towns, "Amiens", "LOC"))
    assert found is not None and found.text == "Amiens"


@pytest.mark.parametrize(
    ("text", "fragment", "label", "named"),
    [
        ("Choisies par le jury, les deux lauréates partiront en mai.", "Choisies", "LOC", False),
        ("Vêtu d'un manteau rouge, le maire a ouvert la séance.", "Vêtu", "PER", False),
        ("Démoli l'an dernier, le hangar laisse place à un parc.", "Démoli", "PER", False),
        ("Abattus en forêt, les arbres seront vendus.", "Abattus", "LOC", False),
        ("Ali a remporté la course de dimanche.", "Ali", "PER", True),
        ("Bangui a accueilli le sommet.", "Bangui", "LOC", True),
    ],
)
def test_a_past_participle_opening_a_sentence_is_no_name_but_a_name_ending_alike_is(
    text: str, fragment: str, label: str, named: bool
) -> None:
    # The real model's word lists: the participles come from its lemmatizer's verb forms.
    mention = clean_span(text, span_of(text, fragment, label), NerModel().common_words())
    assert (mention is not None) == named


@pytest.mark.parametrize(
    ("text", "pair", "parts"),
    [
        ("Un accident sur l'axe Quimper-Brest a fait deux blessés.", "Quimper-Brest", ["Quimper", "Brest"]),
        ("Le tronçon Sévaré-Mopti reste fermé.", "Sévaré-Mopti", ["Sévaré", "Mopti"]),
        ("La route de Clermont-Ferrand est fermée.", "Clermont-Ferrand", ["Clermont-Ferrand"]),
        ("Le maire de Clermont-Ferrand a parlé.", "Clermont-Ferrand", ["Clermont-Ferrand"]),
        ("Un nouvel axe Nord-Sud est prévu.", "Nord-Sud", ["Nord-Sud"]),
    ],
)
def test_a_route_between_two_towns_gives_both_places(text: str, pair: str, parts: list[str]) -> None:
    start = text.index(pair)
    mention = Mention(start, start + len(pair), pair, "LOC", False)
    assert [part.text for part in pair_parts(mention, text)] == parts


@pytest.mark.parametrize(
    ("text", "fragment", "label", "named"),
    [
        ("Le festival s'est ouvert hier à Cannes, sous la pluie.", "Cannes", "MISC", True),
        ("Les élus se sont réunis à Moutier jeudi.", "Moutier", "PER", True),
        ("Le décret portant son érection en Établissement public est paru.", "Établissement", "MISC", False),
        ("Le match est à suivre en LIVE sur notre site.", "LIVE", "ORG", False),
        ("Le Tour passera par Vichy.\n\nvichy\n\nPlace de la Poste à Vichy", "Vichy", "LOC", True),
        ("La Vigilance est levée. Cette vigilance rouge a duré deux jours.", "Vigilance", "LOC", False),
    ],
)
def test_a_common_word_after_a_bare_preposition_or_written_small_only_in_a_logo_is_a_name(
    text: str, fragment: str, label: str, named: bool
) -> None:
    mention = clean_span(text, span_of(text, fragment, label), NerModel().common_words())
    assert (mention is not None) == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Honneurs sont rendus aux membres disparus, puis l'assemblée vote.", False),
        ("Tours, accrocheur en première mi-temps, a cédé ensuite.", True),  # a subject, then its comma
        ("Tours a battu Brest. Le match contre Tours était attendu.", True),  # written inside a sentence
    ],
)
def test_a_plural_common_word_opening_a_sentence_is_a_town_only_where_the_text_treats_it_as_one(
    text: str, named: bool
) -> None:
    fragment = text.split()[0].rstrip(",")
    mention = clean_span(text, span_of(text, fragment, "LOC"), NerModel().common_words())
    assert (mention is not None) == named


@pytest.mark.parametrize(
    ("text", "fragment", "label", "expected"),
    [
        (
            "Il a comparu devant le tribunal de Sidi M’hamed hier.",
            "tribunal de Sidi M’",
            "ORG",
            "tribunal de Sidi M’hamed",
        ),
        (
            "Les inscriptions à l’Université de Kerne, campus de Quimper, ont baissé.",
            "Université de Kerne, campus de Quimper",
            "ORG",
            "Université de Kerne",
        ),
        (
            "Le Ministère du Commerce, de l’Industrie et des PME a publié ses chiffres.",
            "Ministère du Commerce, de l’Industrie et des PME",
            "ORG",
            "Ministère du Commerce, de l’Industrie et des PME",
        ),
    ],
)
def test_a_name_cut_at_its_apostrophe_is_joined_and_an_apposition_after_a_comma_is_not_the_name_s(
    text: str, fragment: str, label: str, expected: str
) -> None:
    mention = clean_span(text, span_of(text, fragment, label))
    assert mention is not None and mention.text == expected


@pytest.mark.parametrize(
    ("pair", "parts"),
    [
        ("Quimper–Brest", ["Quimper", "Brest"]),
        ("Paris – Roubaix", ["Paris", "Roubaix"]),
        ("Saint-Malo", ["Saint-Malo"]),
    ],
)
def test_two_names_an_en_dash_joins_are_two_names_but_a_hyphen_s_name_is_one(
    pair: str, parts: list[str]
) -> None:
    assert [m.text for m in pair_parts(Mention(0, len(pair), pair, "LOC", False))] == parts


@pytest.mark.parametrize(
    ("word", "named"), [("Et", False), ("Ainsi", False), ("Rédaction", False), ("Etienne", True)]
)
def test_a_conjunction_or_a_newsroom_s_label_alone_is_never_a_name(word: str, named: bool) -> None:
    assert is_never_a_name(word) is not named


@pytest.mark.parametrize(
    ("fragment", "label", "name"),
    [
        ("Paul Martin des Alouettes", "PER", "Paul Martin"),  # a player, then his club
        ("Etoile Sportive du Sahel", "PER", "Etoile Sportive du Sahel"),  # a club called a person
        ("Pierre de Coubertin", "PER", "Pierre de Coubertin"),
        ("- 14", "PER", None),  # a list's number
        ("Ils débarquaient", "MISC", None),  # a sentence's pronoun and verb
        ("On le savait", "MISC", None),
        ("N'Guessan", "PER", "N'Guessan"),  # an apostrophe inside a name, no elision
        ("N'Djamena", "LOC", "N'Djamena"),
        ("- 98.5", "ORG", "98.5"),  # a station's frequency names it
    ],
)
def test_what_is_and_is_not_part_of_a_name_at_a_line_s_start(
    fragment: str, label: str, name: str | None
) -> None:
    text = f"Le match a été rejoué.\n{fragment} a repris la parole hier soir."
    mention = clean_span(text, span_of(text, fragment, label))
    assert (mention.text if mention else None) == name


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        ("Les éditeurs de Suisse romande ont répondu.", "Suisse", "Suisse romande"),
        ("Le projet vise l'Afrique subsaharienne et l'Asie.", "Afrique", "Afrique subsaharienne"),
        ("La Suisse a voté dimanche.", "Suisse", "Suisse"),
    ],
)
def test_a_region_s_adjective_after_its_country_is_part_of_the_place(
    text: str, fragment: str, name: str
) -> None:
    mention = clean_span(text, span_of(text, fragment, "LOC"))
    assert mention is not None and mention.text == name


def test_an_institution_the_model_took_for_a_place_is_an_organisation() -> None:
    text = "La préfecture des Côtes-d'Armor a interdit la manifestation."
    mention = clean_span(text, span_of(text, "préfecture des Côtes-d'Armor", "LOC"))
    assert mention is not None and (mention.text, mention.label) == ("préfecture des Côtes-d'Armor", "ORG")
    text = "Le procureur de la République a requis six mois."
    assert clean_span(text, span_of(text, "procureur de la République", "LOC")) is None


def test_a_capitalised_article_before_a_lower_case_word_is_the_sentence_s() -> None:
    # after a dateline's dash, "Des policiers" is no place; "La Chaux-de-Fonds" stays one
    entities = entities_of(
        "Quimper - Des policiers ont fouillé un entrepôt du port, mardi, puis à La Chaux-de-Fonds."
    )
    assert not any(name.startswith("Des ") for name in entities)
    assert entities.get("La Chaux-de-Fonds") == "LOC"


def test_a_website_named_by_its_domain_is_an_organisation_and_a_button_no_person() -> None:
    entities = entities_of(
        "Redécouvrez le récit de la journée proposé sur Kerne-infos.fr, puis sur Quimper-hebdo.com dimanche."
    )
    assert entities.get("Kerne-infos.fr") == "ORG"
    assert not any(name.startswith("Redécouvrez") for name in entities)


@pytest.mark.parametrize(("word", "named"), [("Terminé", False), ("RSS", False), ("Terminus", True)])
def test_a_live_score_s_state_and_a_feed_s_label_are_no_names(word: str, named: bool) -> None:
    assert is_never_a_name(word) is not named


def test_a_prompt_to_report_a_mistake_leads_no_name() -> None:
    entities = entities_of("Alertez-nous Quimper si vous voyez une erreur dans cet article du port de Brest.")
    assert not any(name.startswith("Alertez") for name in entities)


@pytest.mark.parametrize(
    ("text", "fragment", "label", "expected"),
    [
        # A surname's particle, capitalised inside a sentence, is the name's.
        ("Pour De Bruyne, la forme est bonne.", "De Bruyne", "PER", "De Bruyne"),
        ("Le retour de Van Damme au club est acté.", "Van Damme", "PER", "Van Damme"),
        # Who someone is, before the name: a people's one after its article.
        (
            "Le prix revient à l'Algérienne Lina Haddad pour son film.",
            "Algérienne Lina Haddad",
            "PER",
            "Lina Haddad",
        ),
        ("Le Français Romain Kervella a gagné.", "Romain Kervella", "PER", "Romain Kervella"),
        ("Hier, Julien Kervella a gagné.", "Julien Kervella", "PER", "Julien Kervella"),
        # A common word a page glued to the name, read as one word with it.
        (
            "Le match est fini. Léa KervellaJournaliste Kerne a écrit ce texte.",
            "Léa KervellaJournaliste Kerne",
            "PER",
            "Léa Kervella",
        ),
        ("Le restaurant de Ronald McDonald ferme.", "Ronald McDonald", "PER", "Ronald McDonald"),
        # An office, not a name; a conjunction and a quotation's words lead no name.
        ("L'ancien Premier ministre du Portugal est venu.", "Premier ministre du Portugal", "MISC", None),
        ("Il joue en Premier League depuis trois ans.", "Premier League", "MISC", "Premier League"),
        (
            "Récit. Quand la juge Anne Kervella débute, le silence se fait.",
            "Quand la juge Anne Kervella",
            "PER",
            "Anne Kervella",
        ),
        ("Il a dit : « Mes collègues et moi-même attendons. »", "Mes collègues et moi-même", "MISC", None),
        # Verbs, words, offices and menus the model takes for names.
        (
            "Les Forces armées maliennes ont riposté samedi.",
            "Forces armées",
            "ORG",
            "Forces armées maliennes",
        ),
        (
            "Le 3e Régiment d'infanterie est basé à Quimper.",
            "3e Régiment d'infanterie",
            "ORG",
            "3e Régiment d'infanterie",
        ),
        ("Le 3e Quimper est arrivé.", "3e Quimper", "PER", "Quimper"),
        ("La Super LeagueDans la soirée, Zurich a gagné.", "Super LeagueDans", "MISC", "Super League"),
        ("Par Yaya Kervella3 juin 2024", "Yaya Kervella3", "PER", "Yaya Kervella"),
        ("Europe1 diffuse le match ce soir.", "Europe1", "ORG", "Europe1"),
        ("Selon KerneInfo, le vote est passé.", "KerneInfo", "ORG", "KerneInfo"),
        ("Photo : Twitter/@KerneNews", "Twitter/@KerneNews", "PER", None),
        ("Le collège ferme. Elèves et parents sont inquiets.", "Elèves", "LOC", None),
        ("Il pleut. Meteo : la pluie reste.", "Meteo", "MISC", None),
        ("Le prix va à la Franco-algérienne Lina Haddad.", "Franco-algérienne", "MISC", None),
        ("Le bilan est lourd. Deux avalanches ont eu lieu.", "Deux avalanches", "LOC", None),
        ("Les Sept Laux accueillent les skieurs.", "Sept Laux", "LOC", "Sept Laux"),
        (
            "Le canot a chaviré. Quarante-cinq migrants étaient à bord.",
            "Quarante-cinq migrants",
            "MISC",
            None,
        ),
        # a byline run into the reading time's label
        ("Envoyée permanente à Quimper Temps de lecture: 4 min", "Quimper Temps", "MISC", "Quimper"),
        # a kicker in capitals run into the text's first words
        ("PÉNURIE A Quimper, les étudiants cherchent un toit.", "PÉNURIE A Quimper", "LOC", "Quimper"),
        ("POLICE NATIONALE : trois agents blessés à Quimper.", "POLICE NATIONALE", "ORG", "POLICE NATIONALE"),
        ("Le bilan est lourd. Vingt-et-un blessés sont soignés.", "Vingt-et-un blessés", "MISC", None),
        ("Un Quimpérois de 55 ans a été blessé.", "Quimpérois de 55 ans", "PER", None),
        ("Texte : I. B", "I. B", "PER", None),
        ("Rejoignez-la sur le port de Quimper dès demain.", "Rejoignez-la", "PER", None),
        ("Voilà ce qui attend Quimper demain.", "Voilà", "LOC", None),
        ("Les Quimpérois·es ont voté dimanche.", "Quimpérois·es", "MISC", None),
        (
            "Selon le texte de Journaliste Yann Kervella publié hier.",
            "Journaliste Yann Kervella",
            "PER",
            "Yann Kervella",
        ),
        ("La Rectrice de l'Académie a parlé aux élèves.", "Rectrice de l'Académie", "MISC", None),
        (
            "Sports Économie Annonces Femmes Nécrologie Publicité",
            "Sports Économie Annonces Femmes Nécrologie Publicité",
            "ORG",
            None,
        ),
        (
            "Le Conseil Régional de Bretagne a voté.",
            "Conseil Régional de Bretagne",
            "ORG",
            "Conseil Régional de Bretagne",
        ),
    ],
)
def test_what_leads_or_follows_a_name_and_is_not_its(
    text: str, fragment: str, label: str, expected: str | None
) -> None:
    mention = clean_span(text, span_of(text, fragment, label), NerModel().common_words())
    assert (mention.text if mention else None) == expected


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("EN DIRECT - Orages : la vigilance est levée", "Orages : la vigilance est levée"),
        ("VIDÉO. Le port de Quimper en fête", "Le port de Quimper en fête"),
        ("Direct de Quimper : le marché", "Direct de Quimper : le marché"),
    ],
)
def test_a_format_s_label_opening_a_line_is_blanked_for_the_model(line: str, title: str) -> None:
    """ "EN DIRECT" and "Orages" were a place each: the label names nothing, and the word after it opens the title."""
    normalised = normalise_for_ner(f"{line}\n\nLe texte.")
    assert len(normalised) == len(f"{line}\n\nLe texte.")
    assert normalised.split("\n")[0].strip() == title


def test_a_paper_named_like_a_duration_is_no_organisation_when_it_is_a_time() -> None:
    timed = entities_of("Après le vote, le gouvernement de Kerne aura 24 heures pour présenter sa démission.")
    assert "24 heures" not in timed
    named = entities_of("Selon le quotidien 24 Heures, le gouvernement de Kerne va démissionner.")
    assert named.get("24 Heures") == "ORG"


@pytest.mark.parametrize(
    ("charge", "named"),
    [
        ("Prise illégale d'intérêts", False),
        ("Prise illégale d'intérêts et recel", False),
        ("Abus de biens sociaux", False),
        ("Favoritisme", False),
        # A name that opens with an offence's word is still a name.
        ("Escroquerie Kerne Films", True),
        ("Corruption Watch Kerne", True),
    ],
)
def test_an_offence_quoted_as_a_court_names_it_is_no_name(charge: str, named: bool) -> None:
    assert is_never_a_name(charge) is not named


def test_an_area_run_into_the_name_of_a_person_after_it_is_two_names() -> None:
    text = "Le conseiller départemental du Finistère Jean-Yves Kervella sera jugé."
    start = text.index("Finistère")
    mention = Mention(
        start, start + len("Finistère Jean-Yves Kervella"), "Finistère Jean-Yves Kervella", "MISC", False
    )
    parts = pair_parts(mention, text)
    assert [(p.text, p.label) for p in parts] == [("Finistère", "LOC"), ("Jean-Yves Kervella", "PER")]
    assert all(text[p.start : p.end] == p.text for p in parts)


@pytest.mark.parametrize(
    ("name", "named"), [("Me", False), ("Mme", False), ("Assemblée plénière", False), ("Mea", True)]
)
def test_an_honorific_alone_and_a_plenary_session_are_no_names(name: str, named: bool) -> None:
    assert is_never_a_name(name) is not named


def test_the_minister_run_into_the_portfolio_before_him_is_a_person() -> None:
    text = "Les syndicats et la ministre de l'Éducation Anne Kervella étaient réunis jeudi."
    mention = clean_span(text, span_of(text, "Éducation Anne Kervella", "ORG"), NerModel().common_words())
    assert mention is not None and (mention.text, mention.label) == ("Anne Kervella", "PER")
    alone = "Le ministre de l'Économie et des Finances a parlé."
    assert clean_span(alone, span_of(alone, "Économie", "ORG"), NerModel().common_words()) is None


def test_a_route_to_a_saint_s_town_names_both_towns() -> None:
    text = "Après l'accident, la ligne Quimper-Saint-Brieuc est coupée jusqu'à mercredi."
    mention = clean_span(text, span_of(text, "ligne Quimper-Saint-Brieuc", "LOC"), NerModel().common_words())
    assert mention is not None
    assert [p.text for p in pair_parts(mention, text)] == ["Quimper", "Saint-Brieuc"]
