"""Lines of a live page's and a player's furniture: markers, sign-offs, scoreboards, clocks and
buttons; whole lines read by `interface.is_ui` with the rest of the page's interface."""

from __future__ import annotations

# Each is a whole line (`full_lines.full_line`): a sentence that merely contains one of these
# words is never dropped.
LIVE_LINES: tuple[str, ...] = (
    # A match's or a race's status alone, on its scoreboard: "Terminé", "En cours".
    r"(?:terminée?|en cours|à venir)",
    # An audio player's buttons; a table of contents' label; a feed's label.
    # (and a reading service's name under its button: "BotTalk")
    r"(?:é|e)cout(?:ez|er) (?:cet |l['’])article(?: en audio)?|lire cet article|lire|pause|continuer|arrêter"
    r"|reprendre|bottalk",
    # a download's button, a video player's clock: "PDF", "0:00min"; a source alone in brackets
    r"pdf|\d{1,2}:\d{2}\s?min|\(\s*source\s*:[^()]{1,40}\)|(?:afficher en |quitter le )?plein écran",
    r"\d{1,2}:\d{2}\s*/?\s*\d{1,2}:\d{2}",
    # A video player's messages: "Video Url", "La vidéo de ce programme n'est pas disponible".
    r"video url",
    # A link to a live page: "Suivez la dernière journée des JO par ici", "… est à suivre en live par ici".
    r"(?:suivez|retrouvez|revivez)\b.{0,100}\bpar ici|.{0,100}\bà suivre(?: en (?:live|direct))? par ici",
    r"(?:la )?vidéo (?:de ce programme )?(?:n['’]est pas|sera bientôt|est) (?:encore )?disponible\b.{0,40}",
    r"(?:en ce moment|à l['’]antenne|actuellement)(?: sur [\w' ]{2,20})?"
    r"\s(?-i:[A-ZÀ-Ý][^.,;!?]{2,80}\s[A-ZÀ-Ý'’-]{2,}(?:\s[A-ZÀ-Ý'’-]{2,})*)",
    # A live page's buttons: "Actualiser le minute par minute", "Actualiser le direct"
    r"actualiser (?:le |la |ce )?(?:minute par minute|direct|live|fil|page)\s*",
    # Live blogs: their start and end markers, with or without the post's time ("21h30 : ").
    r"(?:\d{1,2}\s*h\s*\d{2}\s*[:–—-]\s*)?(?:ce|le|notre) (?:direct|live|fil(?: en direct)?) est"
    r" (?:maintenant |désormais |à présent )?(?:terminé|clos|fini|achevé)\b.{0,240}",
    r"(?:c['’]est (?:la )?)?fin (?:du|de ce|de notre) (?:direct|live)\b.{0,100}",
    # (and its sign-off, a line of its own: "Bonne soirée.")
    r"(?:bonne|belle) (?:soirée|journée|nuit|fin de journée|semaine)(?: à (?:tous|toutes|vous))?\s*[.!]?",
    r"(?:bonjour(?: et)?,? )?bienvenue (?:dans|sur) (?:ce|notre) (?:direct|live|fil)\b.{0,200}",
    r"(?:revivez|relisez) (?:notre|le|ce) (?:direct|live|fil)\b.{0,80}",
)
