"""Lines of the boxes that ask the reader to log in, subscribe, pay or write in: whole lines
of page furniture, read by `interface.is_ui` with the rest of the page's interface."""

from __future__ import annotations

# Each is a whole line (`interface.full_line`): a sentence that merely contains one of these
# words is never dropped.
ACCOUNT_BOX_LINES: tuple[str, ...] = (
    # A login box's messages: "Identifiant et/ou mot de passe non valides".
    r"identifiant (?:et/ou |ou )?mot de passe (?:non valides?|incorrects?|invalides?)\s*\.?",
    r"vous avez déjà un (?:compte|identifiant)\b.{0,120}",
    # Paywalls: "Il vous reste 78 % de cet article à lire.", "Déjà abonné ?".
    r"il vous reste \d+\s*%.{0,80}",
    r"(?:encore|il vous reste|plus que) \d+(?:\s*/\s*\d+)? articles? (?:gratuits?|offerts?).{0,60}",
    r"(?:cet article vous a (?:intéressé|plu)"
    r"|(?:pour [^.]{3,60}?,?\s)?vous devez être (?:membre|abonné|connecté))"
    r"\b.{0,120}",
    # a tip-off prompt ("Vous avez une nouvelle?"), a newsletter's consent under its form
    r"vous avez\s*(?:une?|des)\s+(?:info|information|nouvelle|scoop|histoire|témoignage)s?\b.{0,80}",
    r".{0,120}\b(?:votre adresse e-?mail|vos données)\b.{0,60}"
    r"\b(?:newsletter|lettre d['’]information)\b.{0,300}",
    r"(?:nouvel utilisateur|vous êtes hors-ligne|connexion rétablie|pour accéder à cet article)\b.{0,100}",
    r"(?:déjà abonné|pas encore abonné|vous êtes abonné)\b.{0,80}",
    r"vous êtes (?:à présent |maintenant )?connecté(?:e|\(e\))?\b.{0,200}",
    r"vos avantages (?:abonnée?s?|premium)\b.{0,60}",
    r"(?:\d\.\s*)*acc[èé]dez (?:en illimité|à l'intégralité|à tous)\b.{0,200}",
    r"(?:la suite de cet article|cet article|ce contenu|l'accès à cet article) est (?:réservé|accessible"
    r"|disponible)\b.{0,100}",
    r"vous devez vous (?:inscrire|abonner|connecter|identifier)\b.{0,120}",
    # Reading on, logging in.
    r"vous (?:désirez|souhaitez|voulez|avez envie de) (?:lire|continuer) la suite\b.{0,80}",
    r"débloquez\b.{0,80}",
    r"(?:login|log in|sign in|sign up|connexion|mon compte|se déconnecter)",
    # Ads' and paywalls' placeholders.
    r"(?:le contenu|l'article|la suite) (?:continue|se poursuit)"
    r" (?:ci-dessous|plus bas|après (?:la|cette) publicité)",
    r"ce contenu est (?:libre d'accès|gratuit|offert)\b.{0,160}",
    # A login box's error: "Vos codes d'accès sont erronés, Veuillez les saisir à nouveau."
    r"(?:vos|votre|les) (?:codes? d['’]accès|identifiants?|mot de passe) (?:est |sont )?"
    r"(?:erronée?s?|incorrecte?s?|invalides?)\b.{0,100}",
    r"vous devez (?:bénéficier d['’]un|avoir un|disposer d['’]un|souscrire un) abonnement\b.{0,100}",
    # A comment box: its notices, a closed box, its form's prompts ("S'il vous plaît entrez
    # votre commentaire!", "… votre nom ici"), fields and rules.
    r"l['’]espace (?:des )?commentaires est (?:ouvert|réservé)\b.{0,80}",
    r"(?:comments are closed|les commentaires sont fermés|commentaires fermés)\.?",
    r"(?:s['’]il vous pla[iî]t,? |veuillez )?(?:entrez|entrer|saisissez|saisir|indiquez|indiquer) votre"
    r" (?:commentaire|nom|pseudo|adresse|e-?mail|courriel|site)\b.{0,40}",
    r"pseudo|entrer le code|.{0,80}\b(?:éviter tout abus de langage|propos injurieux)\b.{0,200}",
    # A SPIP site's forum under the article: its labels and its rules.
    r"(?:ce forum est modéré a priori|modération a priori|texte du message|proposer un complément d['’]info"
    r"|ce formulaire accepte les raccourcis spip)\b.{0,300}",
    r"une question ou une remarque à faire passer\b.{0,300}",
)
