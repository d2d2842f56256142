"""Who signs an article on a line of its own ("Par Léa Morvan", "Reportage de Jean Roy"), told
from an open letter's salutation ("Mme Léa Morvan, M. Paul Kerlo,")."""

from __future__ import annotations

import re

from index.page import clutter, interface
from index.page.medium_names import doubled_name, is_medium_name

# Who signs the article, on a short line of its own: "12 novembre 2019 à 5h14 par Marie PIRIOU",
# "LEFASO.NET | Par Tiga Cheick Sawadogo", "Le reportage d'Eric Roux et Léa Morvan :",
# "Sara Bouchard", "Yves Durand. Le Figaro.", "Élise Martin | Journal de Québec".
_SIGNED = re.compile(
    r"\b[Pp]ar\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}\s*$"
    r"|\b(?:reportage|texte|photos?|vidéo|images|propos recueillis|une chronique)"
    r"\s+(?:de\s+|d'|d’|par\s+)[A-ZÀ-Ý]"
    r"|^(?:[Pp]ar\s+)?[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){1,2}\s*(?:$|[|.,]|\sle\s\w+\s\d)"
)


_LETTER_OPENING = re.compile(
    r"^\s*(?:Mmes?|M\.|MM\.|Monsieur|Madame|Mesdames|Messieurs|Ch[èe]re?s?)\s.*,\s*$"
)


def is_a_letter_s_opening(line: str) -> bool:
    """ "Chères lectrices, chers lecteurs,", "Mme Léa Morvan, M. Paul Kerlo,": a letter's salutation."""
    return bool(_LETTER_OPENING.match(line))


def is_signature_line(line: str) -> bool:
    """A short line of its own that signs the article: an author's name, "Par X", "Reportage de
    X"; not a letter's salutation, a section's label, a medium's logo."""
    if (
        len(line.split()) > 12
        or interface.is_ui(line)
        or clutter.is_section_label(line)
        or not _SIGNED.search(line)
        or _LETTER_OPENING.match(line)  # "Mme Léa Morvan, M. Paul Kerlo,": an open letter's opening
    ):
        return False
    if line.split()[0].lower().strip(".,|") in clutter.SECTION_LABELS:
        return False  # "Dossier Complet", "Monde Afrique": a section's label, no one's name
    # (a medium's name, alone or printed twice, is a logo's or a menu's: "Kerne Infos", "Kerne Kerne")
    return not (is_medium_name(line.strip()) or doubled_name(line))
