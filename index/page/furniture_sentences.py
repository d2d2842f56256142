"""Furniture written as a sentence (cache, cookie, login, paywall, newsletter, ad-blocker, script and
e-paper boxes): whole lines read by `interface.is_ui`, tried only on lines holding one of their words."""

from __future__ import annotations

FURNITURE_SENTENCES: tuple[str, ...] = (
    r".{0,240}\b(?:videz le cache|vider le cache|activez (?:le )?javascript|activer (?:le )?javascript"
    r"|enable javascript"
    r"|votre navigateur (?:n['’]est|est obsolète)"
    r"|(?:une|un) (?:ancienne|vieille) version (?:de|d['’]) ?(?:votre )?navigateur)\b.{0,240}",
    r".{0,80}\b(?:CC[ -]BY(?:-(?:SA|NC|ND))*(?: \d\.\d)?|via Wikimedia Commons|Getty Images|Shutterstock"
    r"|AFP PHOTO|Keystone|iStock)\b.{0,40}",
    r".{0,80}\b(?:cookies?|consentement|accepter et fermer|tout accepter|paramétrer les cookies)\b.{0,80}",
    r".{0,60}\b(?:identifiez-vous|connectez[- ]vous|se connecter|créez vos identifiants"
    r"|créer (?:un|votre) compte|mot de passe oublié|j['’]ai oubli[ée] mon mot de passe"
    r"|vous n['’]avez pas (?:d['’]identifiant|de compte))\b.{0,60}",
    # a paywall's offer: "Pour accéder à ce contenu, vous pouvez vous abonner ou payer 3 CHF …",
    # "Si vous avez déjà un abonnement …, merci de vous connecter !", "Accédez à tous les contenus"
    r".{0,40}\bpour accéder à (?:ce contenu|cet article|la suite|l['’]ensemble)\b.{0,60}"
    r"\b(?:abonner|abonnement|payer|connecter)\b.{0,160}",
    r"si vous (?:avez déjà un abonnement|êtes déjà abonné)\b.{0,160}",
    # a subscription's pitch box: "Votre abonnement nous engage" / "En vous abonnant, vous soutenez …"
    # ("L'information de qualité et de proximité a un prix." / "S'abonner, c'est nous soutenir.")
    r"en vous abonnant, vous (?:soutenez|contribuez|aidez|participez|permettez|financez|défendez"
    r"|encouragez|garantissez)\b.{0,300}",
    r"votre abonnement (?:nous engage|compte|fait la différence)\s*[.!]?",
    r"(?:l['’]|une )?information (?:de qualité|indépendante|fiable|libre)\b.{0,40}"
    r" a un (?:prix|coût)\s*[.!]?",
    r"s['’]abonner,? c['’]est (?:nous )?(?:soutenir|aider)\b.{0,60}",
    r"(?:l['’]article(?: complet)?|la suite(?: de l['’]article)?|cet article)"
    r" n['’]est disponible que pour (?:les|nos) abonné\w*\b.{0,120}",
    r"accédez à (?:tous les|l['’]ensemble des) (?:contenus|articles)\b.{0,80}",
    r".{0,60}\b(?:commentaire abusif|alertez-nous|règles de bonne conduite|charte de modération)\b.{0,80}",
    r".{0,60}\b(?:newsletters?|infolettres?)\b.{0,60}",
    r".{0,60}\bréservée? (?:aux|à nos) abonnés\b.{0,120}",
    r"cet article est réservé (?:aux|à nos) abonnés\b.{0,400}",  # (with the pitch run on after it)
    r".{0,120}\b(?:inscrivez-vous|abonnez-vous|recevez)\b.{0,60}\bnewsletters?\b.{0,160}",
    # A consent banner's sentence ("Les cookies nous permettent de personnaliser …"); an
    # article about cookies has none of these words.
    r"(?=.{0,300}\b(?:nous utilisons|utilise|nous permettent|permettent de partager|acceptez|accepter"
    r"|accepté|j['’]accepte"
    r"|en cliquant|refuser|paramétrer|personnaliser|consentement|navigation|traceurs)\b)"
    r".{0,200}\bcookies?\b.{0,600}",
    r".{0,60}\b(?:app ?store|google play)\b.{0,60}",
    # A wire's licence: "[cc] Kerne-infos.fr, 2016 dépêches libres de copie et diffusion sous
    # réserve de mention de la source d'origine".
    r"\[cc\].{0,240}|.{0,120}\blibres? de (?:copie|reproduction)\b.{0,160}",
    # An aggregator's notice: "Les articles et documents identifiant X comme source sont produits
    # ou commandés par X" (its "about" box, however long, is `interface`'s).
    r".{0,80}\bidentifiant\b.{0,60}\bcomme source\b.{0,240}",
    # The e-paper's box: "L'édition PDF est mise en ligne tous les matins à partir de 7 heures.
    # Cliquez sur l'image pour télécharger l'édition du jour."
    r".{0,60}\bl['’]édition (?:pdf|numérique|papier|du jour)\b.{0,60}"
    r"\b(?:mise en ligne|disponible|télécharg\w+|consulte[rz]|feuillete[rz])\b.{0,160}",
    r".{0,120}\bcliquez sur l['’]image\b.{0,120}",
    # A link's sentence: "Les résultats sont à retrouver en cliquant ici.", "Pour voir la vidéo,
    # cliquez ici."
    r".{0,160}\b(?:en cliquant ici|cliquez ici|cliquer ici)\b.{0,60}",
    # (or opening the line, after a live post's clock: "23h45. Cliquez ici pour la suite du …")
    r"(?:\d{1,2}\s?[h:]\s?\d{2}\.?\s*)?(?:cliquez|cliquer) ici\b.{0,160}",
    # A tool's or a video's prompt: "Consultez notre outil pour voir …", "Voyez le reportage de
    # X dans la vidéo liée à l'article."
    r"(?:consultez|voyez|regardez|écoutez|utilisez) (?:notre|nos|le|la|l['’]) ?"
    r"(?:outils?|carte interactive|cartes?|reportages?|vidéos?|infographies?|simulateurs?"
    r"|moteur de recherche)\b.{0,160}",
    # Where the article comes from, and the paper's promo for it: "Cet article est issu de notre
    # cahier spécial …", "Découvrez notre cahier spécial « … » !"
    r"[»>\s]*cet article (?:est (?:issu|tiré|extrait)|a été publié|a paru|est paru)"
    r" (?:de|d['’]|dans) .{0,200}",
    # A membership pitch: "Rejoignez la communauté X pour, vous aussi, … Découvrez nos offres"
    r"(?i:rejoignez)[- ]la communauté\b.{0,200}|.{0,200}\bdécouvrez nos offres\b.{0,40}",
    r".{0,40}\bdécouvrez (?:notre|nos) (?:cahiers? spécia\w*|supplément\w*|hors-séries?|magazines?"
    r"|dossiers? spécia\w*)\b.{0,120}",
    # An ad blocker's box: "Vous utilisez un AdBlock?! :)", "Vous pouvez le désactiver juste
    # pour ce site parce que la pub permet à la presse de vivre.", "… formats publicitaires …"
    r".{0,60}\b(?:adblock|ad-block|bloqueur de publicités?)\b.{0,160}",
    r".{0,60}\b(?:désactiver|désactivez)\b.{0,60}\b(?:ce site|la pub|la publicité)\b.{0,120}",
    r".{0,80}\bformats publicitaires\b.{0,80}",
    # "… un site d'information sans publicité ne pourra pas survivre sans revenu publicitaire."
    r".{0,200}\bsans (?:la )?pub\w*\b.{0,60}\b(?:survivre|vivre|exister|continuer)\b.{0,120}",
    # An embedded box the reader's consent withholds: "Contenu externe", "Ce contenu externe ne
    # peut pas être affiché car il est susceptible de collecter des données personnelles."
    r".{0,40}\bcontenus? externes?\b.{0,200}",
    # A free account's wall: "Ce contenu est LIBRE d'accès. Pour le lire, il vous suffit de
    # créer un COMPTE GRATUIT"
    r".{0,60}\b(?:libre d['’]accès|en accès libre)\b.{0,80}"
    r"\b(?:créer|crée[sz]?|ouvrir)\b.{0,20}\bcompte\b.{0,40}",
    # A paywall's appeal: "Pour soutenir X je m'abonne"
    r"(?:pour (?:nous )?soutenir\b.{0,60})?\bje m['’]abonne\b.{0,40}",
    # A mailing list's promise and its sponsors' box: "Votre adresse servira uniquement à vous
    # envoyer nos infolettres. …", "X vous est offert gratuitement grâce au soutien de:"
    r"votre (?:adresse|courriel)(?: courriel| e-?mail)? (?:servira|sera utilisée)\b.{0,240}",
    r".{0,40}\bvous est offerte? gratuitement\b.{0,60}",
    # A paywall's prompt: "Prolongez votre lecture !"
    r"prolongez votre lecture\b.{0,60}",
    # A live page's notice, its status glued before it: "CouvertureTerminéeLes éléments de la
    # page suivante peuvent changer d'ordre, et d'autres peuvent être retirés ou ajoutés …"
    r".{0,60}\bpeuvent changer d['’]ordre\b.{0,160}",
    # A breaking story's promise, the newsroom's note: "Plus de détails à venir…"; a prompt to
    # scroll: "Scroll par là", "Faites défiler vers le bas".
    r"(?:plus de|davantage de|d['’]autres) (?:détails|informations|infos|précisions)"
    r" (?:à venir|suivront|suivent)(?: (?:sous peu|bientôt|dans un instant))?\s*[.…!]*",
    r"(?:scroll(?:ez)?|faites défiler)(?: (?:par là|par ici|vers le bas|pour (?:lire|découvrir)\b.{0,30}))?"
    r"\s*[\W\d]{0,3}",
    # A pointer to another live page: "Suivez notre dernier direct dans l'article ci-dessous."
    r"(?:suivez|retrouvez) (?:notre|le|ce) (?:dernier |nouveau )?(?:direct|live|fil)\b.{0,40}"
    r"\b(?:ci-dessous|ci-dessus|ici|en cliquant|sur ce lien|dans l['’]article)\b.{0,20}",
    # A browser's notifications prompt: "Ne manquez rien de l'actualité en activant les
    # notifications sur votre navigateur", "Cliquez sur « Autoriser » pour … recevant des notifications"
    r".{0,80}\b(?:activant|activez|activer|autorisez|autoriser|recevant|recevoir|recevez) (?:les |des |nos )?"
    r"notifications\b.{0,200}",
    # A paywall's offer: "CONSULTER LES OFFRES", "Les bonnes raisons de s'abonner au X :"
    r"(?:consulter|voir|découvrir) (?:les|nos) offres\s*[.!]?",
    r"(?:les )?(?:bonnes |\d+ )?raisons de s['’]abonner\b.{0,40}",
    # A free article's pitch: "Cet article semble vous intéresser. Vous pouvez lire la suite à
    # votre aise : c'est un cadeau. Nos contenus doivent être accessibles …"
    r"cet article (?:semble vous intéresser|vous intéresse|vous a plu)\b.{0,400}",
    # A syndicated article's source notice: "L'article provient de Le Journal de Montréal".
    r"(?:l['’]|cet )article (?:provient|est tiré|est issu) d(?:e|u|es|['’])\b.{1,80}",
    # The editor's note on what the article is: "Ce texte est une tribune signée par …", "Cette
    # chronique n'engage que son auteur", "Les propos tenus ici n'engagent que leurs auteurs".
    r"(?:ce|cet|cette) (?:texte|article|tribune|chronique|billet|contribution|lettre|opinion)"
    r" (?:est une (?:tribune|chronique|opinion|lettre|contribution|carte blanche)|n['’]engage)\b.{0,200}",
    r".{0,80}\bn['’]engagen?t que (?:son|sa|ses|leurs?) (?:auteure?s?|signataires?)\b.{0,80}",
    # A comments box's rules: "Conditions de publication : Les commentaires ne doivent pas être …"
    r"(?:conditions|règles) de (?:publication|participation)(?: des commentaires)?\s*:.{0,600}",
    # A consent box's category: "Outils utilisés pour analyser les données de navigation et …"
    r"(?:outils|services|traceurs) (?:utilisés|permettant|nécessaires)\b.{0,120}\b(?:données de navigation"
    r"|mesurer l['’]audience|statistiques de visite)\b.{0,200}",
    # A script the scrape kept: "(adsbygoogle = window.adsbygoogle || []).push({});"
    r".{0,300}(?:\bwindow\.\w|\bdocument\.\w|\bfunction\s*\(|\}\);|\(\{|\badsbygoogle\b|\bgoogletag\b).{0,300}",
)
# The words that let a line be tried against them at all.
FURNITURE_SENTENCE_WORDS: tuple[str, ...] = (
    "newsletter", "infolettre", "cookie", "store", "google play", "cache", "javascript", "navigateur",
    "cc by", "cc-by",
    "pour accéder", "si vous avez déjà", "si vous êtes déjà", "accédez à", "mot de passe", "vous n'avez pas",
    "vous n’avez pas",
    "wikimedia", "getty", "shutterstock", "afp photo", "keystone", "istock", "consentement",
    "accepter", "identifi", "connect", "compte", "mot de passe", "abusif", "alertez", "conduite",
    "modération", "abonnés", "adblock", "ad-block", "bloqueur", "désactiv", "publicitaires", "sans pub",
    "window.", "document.", "function", "édition", "cliquez sur l", "[cc]", "libre", "comme source",
    "ici", "cet article", "découvrez", "rejoignez", "disponible que", "consultez", "voyez", "regardez",
    "écoutez", "utilisez", "changer d", "externe", "accès", "abonne", "abonnant", "a un prix",
    "a un coût", "servira", "sera utilisée", "offert",
    "prolongez", "à venir", "direct", "live", "offres", "raisons de", "notification",
    "suivront", "suivent", "scroll", "défiler", "ce texte", "ce billet", "cette tribune", "cette chronique",
    "cette contribution", "cette lettre", "cette opinion", "engage", "cet article", "article provient",
    "article est tiré", "article est issu",
    "});", "({", "adsbygoogle", "googletag", "de publication", "de participation", "de navigation",
    "l'audience", "l’audience", "statistiques de visite",
)  # fmt: skip
