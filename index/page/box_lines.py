"""Lines of the boxes set around an article: other articles' headings, the article's neighbours
and tools, an error report, an ad's slot, a social prompt, a live page's farewell, a scrape's
markup leftovers; whole lines of page furniture, read by `interface.is_ui` with the rest of the
page's interface."""

from __future__ import annotations

# The heading of a box of other articles: "Sur ce sujet", "Articles récents du même sujet".
OTHER_ARTICLES_HEADING = (
    r"(?:sur|à lire sur) (?:ce|le même|le) sujet|(?:les )?articles? récents?(?: du même sujet)?"
    r"|notre rubrique [\w' -]{2,30}|actualité vidéo|plus d['’]options"
    r"|dans la même rubrique|(?:les )?dernières actualités|(?:les )?autres articles|les meilleures histoires"
    r"|dans ce dossier|sur le même (?:sujet|thème)\s*(?:\.\.\.|…)?|tous les sports|voir tout"
    # a player's and a printer's icons, an ad's label without its accent, a browser's notice
    r"|audio|écouter|imprimante|publicite|une meilleure expérience est disponible\s*[.!]?"
    r"|nous avons détecté que vous (?:consultez|utilisez|naviguez)\b.{0,240}"
)

# Each is a whole line (`interface.full_line`): a sentence that merely contains one of these
# words is never dropped.
BOX_LINES: tuple[str, ...] = (
    OTHER_ARTICLES_HEADING,
    # Its neighbours by a bare label: "Suivant : Une friperie …", "Précédent : Les terrasses …";
    # a mistake's report: "► Une erreur ou une proposition d'article, contactez-nous."; a
    # dossier's link: "Consulter le dossier complet".
    r"(?:suivant|précédent)e?\s*:\s*\S.{0,200}",
    # a link to another article after a closing guillemet as its bullet: "» Quels résultats pour …"
    r"»\s*(?-i:[A-ZÀ-Ý0-9«\"]).{3,150}",
    r"une (?:erreur|faute|coquille)\b.{0,60}\bcontactez-nous\s*[.!]?",
    # another medium's piece on the story: "Reportage également dans le 19h30 de la RTS « … »"
    r"(?:reportage|sujet|interview|entretien|émission|chronique)s? (?:également|aussi)"
    r" (?:dans|sur)\b.{0,200}",
    # the outlet's box on why to trust it: "Pourquoi faire confiance à Kerne Presse."
    r"pourquoi (?:faire confiance à|nous faire confiance)\b.{0,40}",
    # a print page's code to the article online: "Flashez le QR code suivant pour retrouver l'article"
    r"(?:flashez|flachez|scannez) (?:le|ce) (?:qr ?code|code qr)\b.{0,100}",
    r"(?:consulter|voir|lire) (?:le|notre|tout le) dossier(?: complet)?\s*[.!]?",
    # An article's tools, a count after them: "Sauvegarder cet article", "Aimer cet article 6";
    # its text's size: "- A +".
    r"(?:sauvegarder|enregistrer|aimer|signaler|recommander|commenter) (?:l'|cet )article(?:\s+\d+)?",
    r"a\s*[-–]?\s*\+|a\s*[-–]\s*a\s*\+",
    # An article's neighbours: "Article précédent : « … »", "Article suivantLe titre …".
    r"(?:article|billet|post|sujet) (?:précédent|suivant)e?(?!(?-i:[a-zà-ÿ])).{0,200}",
    r"(?:previous|next) (?:article|post|story)\b.{0,200}",
    # A prompt to report a mistake: "Une faute?", "Signaler une erreur".
    r"une (?:faute|erreur|coquille)\s*\?|signaler une (?:faute|erreur|coquille)\b.{0,60}",
    # A box's link to the rest of it: "Voir tous les contenus", "Voir toutes les newsletters".
    r"voir (?:tous|toutes) (?:les|nos) [\w'’-]+(?: [\w'’-]+)?\s*[»›>]?",
    # A picture's box: "Voir le diaporama en grand »", "Voir la galerie".
    r"voir (?:le|la|les) (?:diaporama|galerie|photos?|vidéos?|carte)\b.{0,30}",
    # An ad's slot and its pitch: "Envie d'afficher votre publicité ?", "Votre publicité ici",
    # "Annonces pour nos partenaires !".
    # (glued to a button: "Contactez-nousEnvie d'afficher …")
    r".{0,20}(?:envie d['’]afficher|afficher|votre) (?:votre )?publicité\b.{0,60}",
    r".{0,4}annonces? (?:pour|de) nos partenaires\s*[!.]?",
    # A magazine's subscription pitch: "Soutenez un média indépendant et exigeant", "- Lisez le
    # magazine en numérique avant sa sortie en kiosque", "- Accédez à plus de 1000 numéros …".
    r"soutenez (?:un|notre|le|la) (?:média|journal|journalisme|presse|rédaction)\b.{0,80}",
    # (a donation's: "Contribuez à consolider un média indépendant à X, …", then the offer's
    # promises: "- Paiement sécurisé", "- Sans engagement")
    r"contribuez à (?:consolider|soutenir|financer|faire vivre|pérenniser) (?:un|une|notre|le|la|l['’])"
    r" ?(?:média|journal|journalisme|presse|rédaction|information)\b.{0,120}",
    r"\W{0,3}(?:paiement (?:100 ?% )?sécurisé|sans engagement|résiliable (?:à tout moment|en ligne)\b.{0,30})"
    r"\s*[.!]?",
    r"\W{0,3}(?:lisez|accédez|profitez|recevez|feuilletez)\b.{0,80}"
    r"\b(?:en numérique|en kiosque|numéros|abonnement|abonnés|archives numérisées|numérisés)\b.{0,60}",
    # A link to another article under a bare label: "Lire : Le gouverneur …".
    r"lire\s*:\s*\S.{0,160}",
    # A social prompt: "Rejoignez notre page Facebook en français!".
    r"(?:rejoignez|suivez|likez|aimez)[- ](?:nous|notre (?:page|chaîne|compte|groupe))\b.{0,80}",
    # A live page's farewell: "Merci de l'avoir suivi sur X.", "Merci de nous avoir suivis."
    r"merci de (?:l['’]avoir|nous avoir) suivie?s?\b.{0,60}",
    # An embed's notice: "Le contenu suivant a été fourni par des partenaires externes. …"
    r"le contenu (?:suivant|ci-dessous) (?:a été|est) fourni par des partenaires externes\b.{0,300}",
    # Another article's card, its title run into its day: "… la hausse des
    # températuresPublié le 01/08/2025 à 10:44:36".
    r".{10,200}[a-zà-ÿ»)!?](?-i:Publié) le \d{1,2}[/.-]\d{1,2}[/.-]\d{4}.{0,20}",
    # A picture's alt text under its label: "Img : Côte d'Ivoire : un mort …".
    r"img\s*:.{0,200}",
    # A print edition's teaser: "L'article complet à découvrir cette semaine dans « Le Grelot »".
    r"(?:l['’](?:article|entretien|interview|enquête|reportage|dossier)"
    r" (?:complet|complète|intégral|en entier) )?"
    r"(?:est )?à (?:lire|découvrir|retrouver)(?: en intégralité)?"
    r"(?: cette semaine| ce mois-ci| demain| en kiosque)? dans (?:notre |le |la |l['’])?\S.{0,60}",
    # A badge and a subscription's link: "Accès libre", "Article en accès libre", "Abonnement Le Grelot".
    r"(?:article |contenu )?(?:en )?accès (?:libre|gratuit)",
    r"abonnement (?-i:[A-ZÀ-Ý])[\w'’.-]*(?: [\w'’.-]+)?",
    # A live page's counter and notice: "nouvelle(s) publication(s)", "Les horaires sont affichés
    # en temps universel."
    r"\d*\s*\w+\(s\)(?:\s+\w+\(s\))+",
    r"les (?:horaires|heures) sont (?:affichée?s|indiquée?s|données)"
    r" en (?:temps universel|heure \w+|tu|gmt)\s*\.?",
    # Markup's leftovers: an attribute's name alone ("data-cke-saved-src=").
    r"(?-i:[a-z]+(?:-[a-z]+)+=\S{0,200})",
)
