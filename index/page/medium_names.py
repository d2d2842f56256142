"""What a medium's name looks like: a domain, a web brand, capitalised words with a medium's word."""

from __future__ import annotations

import re

from index.outlets import known_outlets
from index.text import fold_chars

# A domain inside a line ("Minute.bf", "lagune-info.com"), for patterns to embed.
DOMAIN_IN_TEXT = r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,6}"
# A photographer's initial and name, "F.GARCIA", "J.-P. ROUX", is no domain.
_INITIAL_AND_NAME = re.compile(r"(?:[A-ZÀ-Ý]\.-?)+\s?[A-ZÀ-Ý][\w'’-]+")
# (Not a file's name: a template's "single.php", a picture's "logo.png".)
DOMAIN = re.compile(
    r"^(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)*\."
    r"(?!(?:php|html?|aspx?|jsp|css|js|png|jpe?g|gif|svg|webp|pdf|txt|xml|json)/?$)[a-z]{2,12})/?$",
    re.IGNORECASE,
)


# Words that make a name a medium's ("Cogeco Média", "Les Échos du Congo"); with at least one
# other word: a lone "Radio" or "Infos" after a name is a menu's, not an outlet's.
# A medium's words, folded: "Kerne Infos", "Média Foot", "Radio Mont-Blanc".
MEDIA_WORDS = frozenset(
    "radio radios tv tele television info infos news journal hebdo quotidien magazine mag fm presse"
    " actu actus media medias echos gazette tribune courrier nouvelles music scoop".split()
)
# The small words inside a name: "La Voix du Nord", "Les Échos du Léon".
LINK_WORDS = frozenset("de du des d' la le les l' et en sur à au aux".split())


def has_a_media_word(name: str) -> bool:
    """A word of a medium's kind among the name's ("Kerne Scoop", "La Gazette de Kerne")."""
    return any(fold_chars(word) in MEDIA_WORDS for word in re.split(r"[\s-]+", name))


def is_medium_name(name: str) -> bool:
    """A name shaped like a medium's: a web brand ("KerneActu"), or capitalised words with a
    medium's word and another ("Kerne Infos", "Les Échos du Léon"); never a known agency's."""
    words = name.split()
    if not words or len(words) > 5 or not all(w[:1].isupper() or w.lower() in LINK_WORDS for w in words):
        return False
    outlet = known_outlets().named(name)
    if outlet is not None and outlet.is_agency:
        return False
    folded = [fold_chars(w) for w in re.split(r"[\s-]+", name)]
    media = [w for w in folded if w in MEDIA_WORDS]
    glued = len(folded) == 1 and _GLUED_MEDIUM.fullmatch(folded[0])  # "Ouestafnews", "Senenews"
    others = [w for w in folded if w not in MEDIA_WORDS | LINK_WORDS]
    return (
        is_web_brand(name)
        or bool(glued)
        # ("FLASH INFO", "Alerte info": a label of the news, with no name of its own)
        or bool(media and others and not all(w in _NEWS_LABEL_WORDS for w in others))
    )


_NEWS_LABEL_WORDS = frozenset(
    "flash alerte breaking urgent exclusif exclu derniere dernieres direct live breve breves express".split()
)


_GLUED_MEDIUM = re.compile(r"[a-z]{3,}(?:news|infos?|actus?|medias?|tv|fm)", re.IGNORECASE)


def is_web_brand(name: str) -> bool:
    """A name shaped like a website's ("Minute.bf", "GuineeActu", "DirectVelo"), not a
    column's persona ("Le Lillois"), an interviewer's first name, nor "MaxPPP" or "McDonald"."""
    return bool(
        is_web_domain(name)
        or re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:[A-Z][a-zà-ÿ]{2,})+", name)
        or _SHOUTED_WEB_BRAND.fullmatch(name)
    )


# A website's name in capitals run into its medium's word: "KERNENEWS", "KERNEINFO".
_SHOUTED_WEB_BRAND = re.compile(r"[A-ZÀ-Ý]{2,}(?:NEWS|INFOS?|ACTU|MEDIAS?|TV|FM)")


def is_web_domain(text: str) -> bool:
    """A domain ("placegrenet.fr", "LEFASO.NET"), not a photographer's initial and name
    ("F.GARCIA")."""
    return bool(DOMAIN.match(text.strip())) and not _INITIAL_AND_NAME.fullmatch(text.strip())


# A logo's name, then the site's title the same: "Voyagerdz Voyagerdz".
_DOUBLED = re.compile(r"^(?P<name>\S+(?: \S+){0,2}) (?P=name)$")


def doubled_name(line: str) -> str:
    """The name a line prints twice over ("Voyagerdz Voyagerdz"), or ""."""
    doubled = _DOUBLED.match(line.strip())
    return doubled["name"] if doubled else ""
