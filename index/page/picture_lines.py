"""Lines a page's pictures leave: credits, captions' labels, alt text, file names and
addresses; whole lines of page furniture, read by `interface.is_ui` with the rest of the page's
interface."""

from __future__ import annotations

# Each is a whole line (`interface.full_line`): a sentence that merely contains one of these
# words is never dropped.
PICTURE_LINES: tuple[str, ...] = (
    # A picture's alt text: "photo Alma 4".
    r"(?-i:photo) [\w'’-]+ \d{1,3}",
    r"(?:(?:photo|image) (?:d['’]illustration|prétexte|non contractuelle)\s*\|*\s*)+\|*\.?",
    # a picture's notice ("Photo d'archive utilisée à titre d'illustration")
    r"(?:photo|image) d['’`]archives?\b.{0,60}\bà titre d['’`]illustration\b.{0,100}",
    r"(?:<image>|\[image:).{0,2000}",
    r"(?:photo|photos|image|images|crédits?|credits?|illustration|source image)\s*:\s*\S.{0,60}",
    # Québec's picture credit: "Gracieuseté – SFM", "Courtoisie Service de police de la Ville"
    r"(?:gracieuseté|courtoisie)\s*[:–—-]\s*\S.{0,60}",
    r"photos? (?:gracieuseté|courtoisie)\b.{0,60}",  # "Photo gracieuseté SQ"
    r"©.{0,80}",
    r"copyright\s*(?:©\s*)?\d{4}\b.{0,300}",  # ("Copyright © 2025 X. Droits … réservés. Distribué par Y")
    r"(?:file|archives?|photo d['’]archives)\s*[-–—:]\s.{0,300}",
    r"galerie (?:d['’])?(?:images?|photos?)\s*»?",
    r"crédits? photos?\s*:?\s*(?-i:[A-ZÀ-Ý])[^.!?]{0,60}",  # "Crédit photo Jeanne Roy - Le Site"
    # A photographer's credit on its own line: "Photo Jeanne Roy/Agence Presse-Nord".
    r"(?-i:Photos?|PHOTOS?) (?-i:[A-ZÀ-Ý][\w'’.-]+)(?: (?-i:[A-ZÀ-Ý][\w'’.-]+)){0,3}\s*/\s*\S.{0,60}",
    # An author's picture's alt text, and a picture's label alone: "Avatar de Webmaster de X", "Image".
    r"avatar (?:de |du |d['’]).{1,60}",
    r"(?:image|illustration|storybild)",  # (a Swiss site's German label: "storybild")
    # A picture's file name: "Mons 013.jpg".
    r"[\w'’ -]{1,50}\.(?:jpe?g|png|gif|webp)",
    # A picture's file name ("zoemer3", "zoe neige 10 avril 1").
    r"(?-i:[a-zà-ÿ][a-zà-ÿ0-9_ -]{2,40}\d)",
    # Image leftovers: alt words, MIME types, picture addresses.
    r"(?:photo d['’]illustration|image d['’]illustration|illustration|agrandir|zoom|diaporama"
    r"|galerie photos?)\.?",
    r"image/(?:jpeg|jpg|png|gif|webp|avif|svg\+xml)",
    r"spot_img|spot_im",  # a theme's placeholder for a picture
    r"placeholder(?: (?:video|vidéo|image|photo))?",  # (and a player's: "placeholder video")
    r"en (?:vid[ée]os?|images|photos)\s*:?",  # a label over an embedded video or gallery
    # A gallery's counter: "1 / 7".
    r"\d{1,3} ?/ ?\d{1,3}",
    # A caption naming who a group picture shows: "De gauche à droite, Léa Roy (…), Jean Le Goff …"
    r"(?:de gauche à droite|de g\. à d\.|ci-dessus|sur la photo|sur notre photo)\s*[:,].{0,600}",
    # (and an audio player's file)
    r"\S+\.(?:jpe?g|png|gif|webp|avif|svg|mp3|m4a|ogg|wav|mp4|webm)(?:\?\S*)?",
)
