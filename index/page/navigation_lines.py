"""Lines of a site's navigation: menus, skip links, search boxes, pickers, back buttons and text
size switches; whole lines read by `interface.is_ui` with the rest of the page's interface."""

from __future__ import annotations

# Each is a whole line (`full_lines.full_line`): a sentence that merely contains one of these
# words is never dropped.
NAVIGATION_LINES: tuple[str, ...] = (
    # a search box's labels
    r"(?:pas de résultats?|aucun résultat|afficher tous les résultats|voir tous les résultats)\s*\.?",
    r"(?:votre ville|votre région|changer de (?:ville|région|édition)"
    r"|choisir (?:votre|une) (?:ville|édition))\b.{0,120}",
    # (and what is loading: "Chargement des commentaires…")
    r"(?:loading|chargement|veuillez patienter)(?: (?:des|du|de la) [\w'’-]+)?\s*(?:\.\.\.|…)?",
    # A site's navigation label, a weather widget ("20.9 C"), an emergency number ("Urgences 117").
    r"(?:menu de )?navigation|fil d['’]ariane|vous êtes ici\s*:?",
    # A link to the rubric's other articles: "Plus de «Suisse»".
    r"plus de\s*«[^«»]{2,30}»",
    # A back button, a share bar of platforms ("sur Facebook sur Twitter sur LinkedIn"), the
    # site's app named first ("Application Le Télégramme Journal"), a gallery's link, a form's
    # note, counters ("0 0", "VIEWS").
    r"revenir en arrière"
    r"|retour (?:à la page précédente|à la liste|aux (?:articles|actualités|nouvelles|news))",
    # A text-size switch: "A+ A A-", "A- A+", "A A", "Taille du texte: Email Imprimer", "Texte
    # plus petit Texte plus grand Imprimer cette page".
    r"taille (?:du texte|des caractères|de la police|de police)\b.{0,80}",
    r"(?:texte plus (?:petit|grand)\s*){1,2}.{0,40}",
    r"(?-i:A)(?:\s+(?-i:A)){1,2}",
    r"(?=[A+\s-]*[+-])(?-i:A\s?[+-]?\s*){2,3}",
    # A bar of the site's services: "Abonnement Boutique Faire un don".
    r"(?:(?:abonnements?|boutique|faire un don|newsletters?|mon compte|archives|nous contacter"
    r"|contact)\s*){2,}",
    # An edition's or a language's picker: "Éditions : française | anglaise | internationales".
    r"\w{0,3}(?:éditions?|langues?|language)\s*:\s*[^|]{1,30}(?:\|[^|]{1,30}){1,8}",
    r"(?:retour|retour en haut|back to top|haut de page|menu|rechercher|search|fermer|close|accueil|home"
    r"|faire défiler|défiler vers le (?:bas|haut)|scroll(?: down| up)?)",
    # Navigation: skip links, menus, print views, regions, where-am-I trails, contact lines.
    r"(?:passer|aller|accéder|retourner|revenir) (?:au|à la|aux) (?:contenu|menu|navigation|recherche"
    r"|page d['’]accueil|sommaire)\b.{0,40}",
    r"(?:skip|jump) to (?:the )?(?:content|main content|navigation)\b.{0,20}",
    r"retour au format normal|version imprimable|imprimer (?:l'|cet |la |cette )(?:article|page)",
    r"m['’]inscrire(?: gratuitement)?|lancer l['’]impression",
    r"(?:fermer|ouvrir) (?:le |la )?(?:menu|recherche|navigation)",
    r"changer de (?:région|ville|édition|langue)",
    r"vous êtes ici\b.{0,80}",
)
