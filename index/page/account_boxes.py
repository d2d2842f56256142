"""Lines of the boxes that ask the reader to log in, subscribe, pay, give or write in: whole lines
of page furniture, read by `interface.is_ui` with the rest of the page's interface."""

from __future__ import annotations

# Each is a whole line (`interface.full_line`): a sentence that merely contains one of these
# words is never dropped.
ACCOUNT_BOX_LINES: tuple[str, ...] = (
    # A login box's messages: "Identifiant et/ou mot de passe non valides".
    r"identifiant (?:et/ou |ou )?mot de passe (?:non valides?|incorrects?|invalides?)\s*\.?",
    r"vous avez déjà un (?:compte|identifiant)\b.{0,120}",
    # Paywalls: "Il vous reste 78 % de cet article à lire.", "Déjà abonné ?".
    r"il vous reste \d+(?:[.,]\d+)?\s*%.{0,200}",
    r"(?:encore|il vous reste|plus que) \d+(?:\s*/\s*\d+)? articles? (?:gratuits?|offerts?).{0,60}",
    r"(?:cet article vous a (?:intéressé|plu)"
    r"|(?:pour [^.]{3,60}?,?\s)?vous devez être (?:membre|abonné|connecté))"
    r"\b.{0,240}",
    # a tip-off prompt ("Vous avez une nouvelle?"), a newsletter's consent under its form
    r"vous avez\s*(?:une?|des)\s+(?:info|information|nouvelle|scoop|histoire|témoignage)s?\b.{0,80}",
    r".{0,120}\b(?:votre adresse e-?mail|vos données)\b.{0,60}"
    r"\b(?:newsletter|lettre d['’]information)\b.{0,300}",
    # a newsletter by what it sends: "Retrouvez tous les soirs une sélection d'articles dans
    # votre boîte mail."
    r"(?:retrouvez|recevez)\b.{0,80}\b(?:dans|sur) votre bo[iî]te"
    r" (?:mail|e-?mail|courriel|de réception)\s*[.!]?",
    r"(?:nouvel utilisateur|vous êtes hors-ligne|connexion rétablie|pour accéder à cet article)\b.{0,100}",
    r"(?:(?:vous êtes |êtes-vous )?déjà abonné|pas encore abonné|vous êtes abonné)\b.{0,80}",
    # "Cet article fait partie de l'édition abonnés. | Déjà abonné ? Connectez-vous"
    r"cet article (?:fait partie de l['’]édition|est réservé aux|est réservé à nos) abonnés\b.{0,100}",
    # a badge's meaning: "Les articles ABO sont réservés aux abonnés."
    r"les articles [\w+-]{2,12} sont réservés (?:aux|à nos) abonnés\s*\.?",
    r"vous êtes (?:à présent |maintenant )?connecté(?:e|\(e\))?\b.{0,200}",
    r"vos avantages (?:abonnée?s?|premium)\b.{0,60}",
    # a paid article's badge alone on its line: "Premium", "Article abonné", "Exclusif abonnés"
    r"(?:article |contenu |exclusif |exclusivité )?(?:premium|abonnée?s?|réservé aux abonnés)\s*",
    # "Restez un consommateur averti et profitez de nos avantages abonnés"
    r".{0,80}\bprofitez de (?:tous )?(?:nos|vos) avantages(?: abonnée?s?| membres?| premium)?\s*[.!]?",
    r"(?:\d\.\s*)*acc[èé]dez (?:en illimité|à l['’]intégralité|à tous)\b.{0,200}",
    r"(?:la suite de cet article|cet article|ce contenu|l['’]accès à cet article) est (?:réservé|accessible"
    r"|disponible)\b.{0,100}",
    r"vous devez vous (?:inscrire|abonner|connecter|identifier)\b.{0,120}",
    # "Créez un compte", "Choisissez votre formule et créez votre compte pour accéder à tout X."
    r"(?:créez|créer) (?:un|votre) compte\b.{0,120}",
    r"choisissez votre (?:formule|offre|abonnement)\b.{0,160}",
    # "Activez dès maintenant votre abonnement à X pour lire le reste de ce texte. …"
    r"(?:activez|souscrivez|prenez) (?:\w+ ){0,2}(?:votre |un )abonnement\b.{0,80}\bpour (?:lire|continuer"
    r"|accéder|poursuivre)\b.{0,300}",
    # A newsletter by what it sends: "Chaque jour, notre rédaction vous réserve le meilleur de
    # l'info régionale. Une sélection rien que pour vous."
    r".{0,60}\bnotre rédaction vous (?:réserve|propose|envoie)\b.{0,200}",
    r"l['’]essentiel du jour\s*:.{0,60}",
    r"(?:chaque|tous les) (?:matins?|soirs?|jours?),? l['’]essentiel\b.{0,60}",
    r"tous les (?:matins|soirs|jours) à \d{1,2} ?h(?:\d{2})?\s*\.?",
    # an app's promotion: "Vous aimez la Bretagne ? Vous allez adorer l'application du Télégramme."
    r".{0,80}\bvous allez adorer l['’]appli(?:cation)?\b.{0,200}",
    # an empty comment box: "Il n'y a actuellement aucun commentaire …", "Soyez le premier à …"
    r"il n['’]y a (?:actuellement |encore )?aucun commentaire\b.{0,80}",
    r"soyez (?:le premier|la première) à (?:commenter|réagir|donner votre avis)\b.{0,60}",
    # Reading on, logging in.
    r"vous (?:désirez|souhaitez|voulez|avez envie de) (?:lire|continuer) la suite\b.{0,80}",
    r"débloquez\b.{0,80}",
    r"(?:login|log in|sign in|sign up|connexion|mon compte|se déconnecter)",
    # Ads' and paywalls' placeholders.
    r"(?:le contenu|l['’]article|la suite) (?:continue|se poursuit)"
    r" (?:ci-dessous|plus bas|après (?:la|cette) publicité)",
    r"ce contenu est (?:libre d['’]accès|gratuit|offert)\b.{0,160}",
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
    # The site asking its readers for support, for money, or to stay.
    # The site asking its readers for money: "Notre ressource unique : VOS ABONNEMENTS".
    r"(?:notre|nos)\b[^0-9]{0,60}\bvos (?:abonnements|dons)\b[^0-9]{0,60}",
    # The site thanking its readers and asking them to stay: "Nous tenons à vous exprimer notre
    # gratitude pour l'intérêt que vous portez à notre média. …", "Restez connectés pour …"
    r".{0,80}\bl['’]intérêt que vous portez à (?:notre|nos)\b.{0,300}",
    r"restez connecté(?:e|s|es|\(e\)s?)?\b.{0,80}",
    # An appeal for support: "Soutenez un journal 100% indépendant", "Soutenez Kerne, faites un
    # don.", "… QG monte en puissance. Soutenez nous !"; a crowdfunding campaign.
    r"soutenez(?:[- ]nous)?",
    # "N'oubliez pas de faire un don !", "Mais déductible à 66% des impôts"
    r"(?:n['’]oubliez pas de )?(?:faire|faites) un don\s*!?",
    r"(?:mais )?déductibles? à \d+\s*% (?:des|de vos) impôts\s*[.!]?",
    r"soutenez (?:un journal|notre|nos|le journal|la rédaction|l['’]information|la presse)\b.{0,120}",
    r"soutenez [^,.]{1,40}, (?:faites|en faisant) un don\b.{0,60}",
    r".{0,160}[.!?]\s+soutenez[- ]nous\s*[!.]?",
    r".{0,80}\ben campagne sur (?:ulule|kisskissbankbank|kickstarter|helloasso|tipeee)\b.{0,80}",
    # A paywall's word on a free article: "Cet article est en accès libre. Pour soutenir …, abonnez-vous."
    r"cet article est en (?:accès libre|libre accès)\b.{0,160}",
    # A comment box's counters, its anti-spam question and its rules: "Cet article a fait l'objet
    # de 1304 lectures.", "Vos 0 commentaires", "ANTI-SPAM : Combien font 3 multiplié par 5 ?"
    r"cet article a fait l['’]objet de [\d\s]+ lectures?\s*\.?",
    r"vos \d+ commentaires?",
    r"anti-?spam\s*:.{0,80}",
    # a free resource's time: "Cette ressource est accessible gratuitement pour une période de 10
    # jours. Pour nous permettre de continuer …, abonnez-vous à partir de 3 euros"
    r"(?:cette ressource|cet article|ce contenu) est (?:accessible|disponible|offerte?) gratuitement"
    r" (?:pendant|pour une (?:période|durée))\b.{0,300}",
    # "Si vous n'avez pas encore de compte, vous pouvez souscrire à l'abonnement …"
    r"si vous n['’]avez pas (?:encore )?de compte\b.{0,240}",
    # a paywall for a private window: "Vous utilisez un navigateur configuré en mode privé …"
    r"vous (?:utilisez|naviguez)\b.{0,60}\b(?:mode|navigation) (?:privée?|incognito)\b.{0,120}",
    r"cet espace est un lieu de débat\b.{0,300}",
    # Prompts to subscribe or sign up.
    # A notification prompt: "Obtenez des mises à jour en temps réel …, abonnez-vous maintenant."
    r".{0,160}\babonnez-vous maintenant\s*[.!]?",
    r"(?:s['’]abonner|abonnez[- ]vous|je m['’]abonne|subscribe|inscrivez[- ]vous|s['’]inscrire)\b.{0,80}",
    # a newsletter named by its title: "Inscrivez-vous à « L'essentiel », et retrouvez notre sélection …"
    r"(?:inscrivez-vous|abonnez-vous)\b.{0,80}\bet (?:retrouvez|recevez)\b.{0,200}",
    # A subscriber's article given to all: "Cet article vous est offert", and the prompts
    # around it: "Vous n'êtes pas inscrit sur Le Monde ?", "Déjà abonné ?".
    r"(?:cet article vous est offert|article offert)\b.{0,80}",
    r"(?:vous n['’]êtes pas (?:encore )?|pas encore |déjà )(?:inscrite?|abonnée?|membre)\b.{0,80}",
)
