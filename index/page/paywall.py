"""A paywall's cut: the line saying the rest of the article is for subscribers, and what may follow it."""

from __future__ import annotations

from index.page.full_lines import full_line
from index.page.prose import is_prose

# What may close the cut's line: its punctuation, a prompt to log in or subscribe.
_PROMPT = (
    r"\s*[.,:!…]?(?:\s*(?:se connecter|connectez-vous|abonnez-vous|identifiez-vous|je m['’]abonne"
    r"|déjà abonné)\b.{0,60})?"
)
# Each a whole line: an article's sentence about subscribers is never one.
_CUT = full_line(
    # "Pour lire la suite de cet article", "Pour lire la suite, abonnez-vous"
    rf"pour (?:lire|continuer|poursuivre) (?:la suite|la lecture)(?: de (?:cet|l['’]) article)?{_PROMPT}",
    # "Vous lisez un aperçu, inscrivez-vous pour lire la suite."
    r"vous lisez un (?:aperçu|extrait)\b.{0,80}",
    # "Il vous reste 78 % de cet article à lire."
    r"il vous reste \d+(?:[.,]\d+)?\s*%.{0,200}",
    # "Pour consulter cet article de la Gazette :", over the offers
    r"pour (?:lire|consulter) (?:cet article|l['’]article)(?: (?:de|du|des|d['’])\s*[^:]{1,50}?)?\s*:",
    # "Pour lire cet article, abonnez-vous dès maintenant !"
    r"pour (?:lire|consulter) (?:cet article|la suite|l['’]article)\s*,?\s*"
    r"(?:abonnez-vous|inscrivez-vous)\b.{0,80}",
    # "La suite de cet article est réservée aux abonnés", "La lecture des articles est
    # réservée aux abonné·es. Se connecter"
    r"(?:la suite|la lecture)(?: (?:de cet|de l['’]|des) articles?)? est réservée (?:aux|à nos)"
    rf" abonn(?:é|és|ées|é·es|é\(e\)s)\b{_PROMPT}",
    rf"abonnez-vous pour (?:lire|continuer|poursuivre) (?:la suite|la lecture|cet article){_PROMPT}",
    # An offer where the text stops: "Découvrez l'abonnement numérique X pour seulement 1€ par mois !",
    # "Découvrez la suite, 1€ pour 1 mois (sans engagement)"
    r"découvrez (?:l['’]|notre |nos )?(?:abonnement|offres? d['’]abonnement)\b.{0,120}",
    r"découvrez la suite\b.{0,80}",
    r"cet article est (?:uniquement |exclusivement |seulement )?(?:réservé|disponible|accessible)"
    r" (?:aux|à nos|pour nos|pour les) abonnés(?: premium)?\s*[.!]?"
    r"(?:\s*,?\s*pour (?:lire|continuer) la suite(?: de l['’]article)?\s*:?)?",
    # "Achetez un accès à cet article ou activez … votre abonnement à X pour lire le reste de ce texte."
    r".{0,160}\bpour (?:lire|consulter|découvrir) (?:le reste|la suite) (?:de ce texte|du texte)\b.{0,40}",
    # an offer of free days: "Découvrez Mediacités gratuitement pendant 24h !"
    r"(?:découvrez|essayez|testez) .{1,40} gratuitement pendant \d+\s*(?:h|heures|jours|mois)\b.{0,20}",
    # "L'article auquel vous tentez d'accéder est réservé à la communauté des grands lecteurs de X."
    r"l['’]article (?:auquel|que) vous (?:tentez|essayez|souhaitez|cherchez)\b.{0,30}"
    r"\best réservé\b.{0,240}",
    # A pitch opening on a question, then its offer: "Cet article vous intéresse ?" / "Ne manquez
    # aucun de nos contenus - abonnez-vous dès maintenant à partir de 9 CHF …"
    r"cet article vous (?:intéresse|a intéressée?|plaît|a plu)\s*\?",
    r"(?:les )?(?:bonnes |\d+ )?raisons de s['’]abonner\b.{0,40}",
    # (with its price or what it opens: a newsletter's "abonnez-vous maintenant" cuts nothing)
    r".{0,80}\babonnez-vous (?:dès (?:maintenant|aujourd['’]hui|à présent)|maintenant)\b.{0,60}"
    r"\b(?:à partir de|pour (?:accéder|lire|seulement|\d))\b.{0,160}",
    # "Cet article fait partie de l'édition abonnés. Pour lire la suite, profitez d'une offre …"
    # (the notice alone is a badge over an article shown whole: "… abonnés. | Déjà abonné ?")
    r"(?:cet article|ce contenu) fait partie (?:de l['’]édition|de l['’]offre|des contenus|des articles)"
    r" (?:abonnés|premium|réservée? aux abonnés)\W{1,4}pour (?:lire|continuer) la suite\b.{0,120}",
)

# A paragraph the page shows past its paywall: the rest of the one it had begun, long; an
# offer's lines ("1€ pour 15 jours", "Résiliable en ligne à tout moment") are short.
_WORDS_OF_A_PARAGRAPH = 25


def is_paywall_cut(line: str) -> bool:
    return bool(_CUT.match(line))


def shown_past_the_paywall(paragraph: str) -> bool:
    """Whether a paragraph under the paywall's cut is still the article's."""
    if paragraph.lstrip().startswith(("•", "·", "▪", "►", "✓", "✔")):
        return False  # an offer's list of what subscribers get, its items run together
    return is_prose(paragraph) and len(paragraph.split()) >= _WORDS_OF_A_PARAGRAPH
