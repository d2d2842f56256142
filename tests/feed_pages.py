"""Invented feeds and article pages, written for these tests in the shapes real sites use."""

from __future__ import annotations

from xml.sax.saxutils import escape

STORIES = [
    (
        "La crue de la Loire inquiète les riverains de Blois",
        "2024-02-12T06:40:00+01:00",
        "Mon, 12 Feb 2024 06:40:00 +0100",
        [
            "Le niveau de la Loire a dépassé cinq mètres à Blois dans la nuit, un seuil que la ville "
            "n'avait plus connu depuis une vingtaine d'années selon la préfecture du Loir-et-Cher.",
            "Les habitants des quais ont été invités à monter leurs meubles à l'étage, tandis que les "
            "pompiers renforçaient les digues avec des sacs de sable tout au long de la matinée.",
        ],
    ),
    (
        "Un nouveau tramway pour relier Nantes à Rezé",
        "2024-02-11T18:05:00+01:00",
        "Sun, 11 Feb 2024 18:05:00 +0100",
        [
            "La métropole nantaise a présenté le tracé d'une ligne de tramway qui franchira la Loire "
            "pour desservir Rezé, avec une mise en service espérée avant la fin de la décennie.",
            "Le projet, estimé à plusieurs centaines de millions d'euros, doit encore passer par une "
            "enquête publique au cours de laquelle les riverains pourront donner leur avis.",
        ],
    ),
    (
        "Les vendanges tardives sauvent la saison en Alsace",
        "2024-02-10T09:30:00+01:00",
        "Sat, 10 Feb 2024 09:30:00 +0100",
        [
            "Après un printemps pluvieux, les viticulteurs alsaciens ont misé sur des vendanges "
            "tardives qui ont finalement donné des raisins d'une belle concentration.",
            "Les coopératives de Colmar se disent satisfaites des volumes, même si la récolte reste "
            "inférieure à la moyenne des cinq dernières années.",
        ],
    ),
]


def article_page(title: str, iso_date: str, paragraphs: list[str], site: str, url: str) -> str:
    """A news page: metadata in the head, a menu, the article, an aside, share buttons, a footer."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<title>{escape(title)} - {escape(site)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{escape(site)}">
<meta property="article:published_time" content="{iso_date}">
<link rel="canonical" href="{url}">
</head><body>
<header><nav><a href="/">Accueil</a> <a href="/regions">Régions</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>{escape(title)}</h1>
<div class="share"><a href="#">Partager sur Facebook</a> <a href="#">Twitter</a></div>
{body}
<aside><h2>Lire aussi</h2><ul><li><a href="/autre">Un autre sujet sans rapport</a></li></ul></aside>
</article></main>
<footer><p>© {escape(site)} – Mentions légales – Gérer les cookies</p></footer>
</body></html>"""


def rss(title: str, items: list[tuple[str, str, str, str]], extra: str = "") -> str:
    """RSS 2.0; items are (guid, link, title, rfc822 date)."""
    entries = "".join(
        f"<item><guid>{escape(guid)}</guid><link>{escape(link)}</link><title>{escape(t)}</title>"
        f"<pubDate>{date}</pubDate><description>{escape(t)} : le résumé du flux.</description></item>"
        for guid, link, t, date in items
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{extra}<rss version="2.0"><channel><title>{escape(title)}'
        f"</title><link>https://example.org/</link>{entries}</channel></rss>"
    )


def atom(title: str, items: list[tuple[str, str, str, str, str]]) -> str:
    """Atom; items are (id, link, title, iso date, html content)."""
    entries = "".join(
        f'<entry><id>{escape(i)}</id><link href="{escape(link)}"/><title>{escape(t)}</title>'
        f'<published>{date}</published><content type="html">{escape(content)}</content></entry>'
        for i, link, t, date, content in items
    )
    return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>{entries}</feed>'


def serve_story_feed(web, path: str = "/feed.xml", site: str = "Le Courrier du Val", **options) -> str:  # type: ignore[no-untyped-def]
    """The three stories as pages, and an RSS feed linking them; returns the feed's address."""
    items = []
    for number, (title, iso, rfc, paragraphs) in enumerate(STORIES):
        link = web.url(f"/articles/{number}.html")
        web.serve(f"/articles/{number}.html", article_page(title, iso, paragraphs, site, link))
        items.append((f"urn:story:{number}", link, title, rfc))
    return web.serve(path, rss(site, items), content_type="application/rss+xml", **options)
