"""The news outlets reader knows (index/data/outlets.toml, plus the user's own): to name a page's site."""

from __future__ import annotations

import contextlib
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from index.text import fold

BUNDLED_FILE = "outlets.toml"
# The top-level domains an outlet's domain named inside a sentence may have (a bare domain line
# may have any: "Quimper-info.bzh"); the page's site finders and the entities' websites share them.
TOP_LEVEL_DOMAINS = (
    r"fr|ch|be|lu|ca|qc\.ca|com|net|info|ma|dz|tn|sn|ci|bf|ml|cm|cd|bj|tg|ne|gn|ga|mg|re|org|eu|io|tv|news"
    r"|media|online|press|site|bzh"
)


@dataclass(frozen=True)
class Outlet:
    name: str
    variants: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    kind: str = ""

    @property
    def is_agency(self) -> bool:
        return self.kind == "agency"


class Outlets:
    """Outlets by folded name (and variant) and by domain."""

    def __init__(self, outlets: list[Outlet]) -> None:
        self.by_name: dict[str, Outlet] = {}
        self.by_domain: dict[str, Outlet] = {}
        self._pattern: re.Pattern[str] | None = None
        for outlet in outlets:
            for name in (outlet.name, *outlet.variants):
                # The folded name without its parenthesised country: "Le Soleil (Sénégal)".
                self.by_name.setdefault(_key(name), outlet)
            for domain in outlet.domains:
                self.by_domain.setdefault(domain.lower().removeprefix("www."), outlet)

    def mentioned(self, text: str) -> str:
        """The first known outlet that `text` writes with a capital ("Soutenez Politis"), as
        written; "" when none. Names of four letters or more: shorter ones are words too."""
        if self._pattern is None:
            names = sorted(
                {n for o in self.by_name.values() for n in (o.name, *o.variants) if len(n) >= 4},
                key=len,
                reverse=True,
            )
            # (a brand glued as its logo writes it counts too: "Pour soutenir Rue89Bordeaux")
            glued = (re.escape(name).replace(r"\ ", r"\s?") for name in names)
            self._pattern = re.compile(r"(?<![\w.])(?:" + "|".join(glued) + r")(?![\w])", re.IGNORECASE)
        for match in self._pattern.finditer(text):
            found = match.group(0)
            outlet = self.named(found)
            if found[:1].isupper() and outlet is not None and not outlet.is_agency:
                return found if " " in found or " " not in outlet.name else outlet.name
        return ""

    def named(self, text: str) -> Outlet | None:
        """The outlet `text` names exactly (case, accents and spacing aside)."""
        return self.by_name.get(_key(text))

    def named_first(self, words: Sequence[str], fewest: int = 1) -> tuple[str, Outlet] | None:
        """The longest run of `words` from the first, of `fewest` words or more, that names a
        known outlet, with the outlet ("RTL Info" of "RTL Info Léa Roy"); None when none does."""
        for size in range(len(words), fewest - 1, -1):
            outlet = self.named(" ".join(words[:size]))
            if outlet is not None:
                return " ".join(words[:size]), outlet
        return None

    def named_after(self, word_before: str, name: str) -> str:
        """An outlet's whole name as the text writes it, `name` after the article that
        `word_before` holds, contracted or in lower case ("au Monde", "du Soir", "aux Echos",
        "le Monde": "Le Monde" …); "" when that names no outlet, or an agency."""
        article = _ARTICLE_IN.get(word_before.lower())
        outlet = self.named(f"{article} {name}") if article else None
        return "" if outlet is None or outlet.is_agency else f"{article} {name}"

    def of_domain(self, host: str) -> Outlet | None:
        host = host.lower().removeprefix("www.")
        while host:
            if host in self.by_domain:
                return self.by_domain[host]
            host = host.partition(".")[2] if "." in host.partition(".")[2] else ""
        return None


# The article a word before a name holds: "au Monde" is "à Le Monde".
_ARTICLE_IN = {"au": "Le", "du": "Le", "aux": "Les", "des": "Les", "le": "Le", "la": "La", "les": "Les"}


def _key(name: str) -> str:
    return fold(re.sub(r"\s*\([^)]*\)\s*$", "", name)).replace(" ", "").replace("-", "")


def _parse(text: str) -> list[Outlet]:
    data = tomllib.loads(text)
    outlets = []
    for row in data.get("outlets", []) if isinstance(data.get("outlets"), list) else []:
        if isinstance(row, dict) and isinstance(row.get("name"), str):
            display = re.sub(r"\s*\([^)]*\)\s*$", "", row["name"])
            outlets.append(
                Outlet(
                    display,
                    tuple(str(v) for v in row.get("variants", []) if isinstance(v, str)),
                    tuple(str(d) for d in row.get("domains", []) if isinstance(d, str)),
                    str(row.get("kind", "")),
                )
            )
    return outlets


_user_file: Path | None = None


def use_user_outlets(path: Path | None) -> None:
    """Add the user's `outlets.toml` (same form) to the known outlets of this process."""
    global _user_file
    _user_file = path


def known_outlets() -> Outlets:
    """The bundled outlets, and the user's (see use_user_outlets) when readable."""
    return _outlets(_user_file)


@lru_cache(maxsize=8)
def _outlets(user_file: Path | None) -> Outlets:
    outlets = _parse(resources.files("index").joinpath("data", BUNDLED_FILE).read_text("utf-8"))
    if user_file is not None:
        # A broken user file leaves the bundled list.
        with contextlib.suppress(OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
            outlets = _parse(user_file.read_text("utf-8")) + outlets
    return Outlets(outlets)
