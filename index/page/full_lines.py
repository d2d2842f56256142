"""A pattern for whole lines of furniture: the line and nothing more, but its bullet or brackets."""

from __future__ import annotations

import re


def full_line(*patterns: str) -> re.Pattern[str]:
    # A list bullet before the line changes nothing: "• Partager", "• Accueil"; nor a flattened
    # table's bars after it: "► VOS RÉACTIONS |".
    # (nor a dash or a guillemet as a list's mark: "- Déjà abonné ?", "» Mot de passe oublié ?")
    # (nor brackets around it: "[ Retour à la page précédente ]")
    return re.compile(
        r"^\s*(?:[•·▪►*»→-]\s*)?\[?\s*(?:" + "|".join(patterns) + r")\s*\]?(?:\s*\|)*\s*$", re.IGNORECASE
    )
