"""Compare reader's web-page reading with plain `trafilatura.extract` on invented pages of five shapes.

    .venv/bin/python -m bench.extraction_quality

Each page is written here, in the shape of real ones; for each, what each reader finds for the
headline, site, date (with time and UTC offset), and whether the body keeps the article's
sentences and drops the page's furniture."""

from __future__ import annotations

import json
from xml.sax.saxutils import escape

import trafilatura

from index.page.html import decode_html, read_page

ARTICLE = [
    "Le conseil municipal de Quimper a voté jeudi soir la piétonnisation du centre historique, après des mois de concertation avec les commerçants.",
    "Les livraisons resteront possibles le matin jusqu'à onze heures, et une navette électrique gratuite reliera les parkings de la périphérie au centre.",
]
FURNITURE = ["Lire aussi", "Partager", "Abonnez-vous", "Mentions légales", "Publicité"]


def page(head: str, body: str) -> str:
    return (
        f"<!doctype html><html lang='fr'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    )


def paragraphs(extra: str = "") -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in ARTICLE) + extra


PAGES = {
    "article with aside and footer": page(
        "<title>Quimper piétonnise son centre | Le Télégramme du Test</title>"
        "<meta property='og:title' content='Quimper piétonnise son centre'>"
        "<meta property='og:site_name' content='Le Télégramme du Test'>"
        "<meta property='article:published_time' content='2024-05-16T21:40:00+02:00'>",
        "<nav><a href='/'>Accueil</a> <a href='/bretagne'>Bretagne</a></nav><article><h1>Quimper piétonnise son centre</h1>"
        "<div class='share'>Partager</div>"
        + paragraphs("<aside><h3>Lire aussi</h3><a href='/x'>Brest : un autre sujet</a></aside>")
        + "</article><div class='ad'>Publicité</div><footer>Mentions légales · Abonnez-vous</footer>",
    ),
    "live blog": page(
        "<title>DIRECT. Crue de la Loire : suivez la montée des eaux</title>"
        "<meta property='og:site_name' content='Info Loire'>"
        "<meta property='article:published_time' content='2024-02-12T06:00:00+01:00'>",
        "<h1>DIRECT. Crue de la Loire : suivez la montée des eaux</h1>"
        + "".join(
            f"<div class='post'><time>{h}h{m:02d}</time><p>{escape(ARTICLE[i % 2])}</p></div>"
            for i, (h, m) in enumerate(((9, 5), (8, 40), (7, 15)))
        )
        + "<p>Fin du direct</p><footer>Mentions légales</footer>",
    ),
    "paywalled teaser": page(
        "<title>Quimper piétonnise son centre - Journal Payant</title><meta property='og:site_name' content='Journal Payant'>",
        f"<article><h1>Quimper piétonnise son centre</h1><p>{escape(ARTICLE[0])}</p>"
        "<div class='paywall'><p>Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite.</p></div></article>",
    ),
    "only JSON-LD dates": page(
        "<title>Quimper piétonnise son centre</title><script type='application/ld+json'>"
        + json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Quimper piétonnise son centre",
                "datePublished": "2024-05-16T21:40:00+02:00",
                "publisher": {"@type": "Organization", "name": "Ouest Test"},
            }
        )
        + "</script>",
        "<article><h1>Quimper piétonnise son centre</h1>" + paragraphs() + "</article>",
    ),
}
LATIN1 = (
    page(
        "<meta charset='iso-8859-1'><title>Quimper piétonnise son centre</title><meta property='og:site_name' content='La Gazette Latine'>",
        "<article><h1>Quimper piétonnise son centre</h1>" + paragraphs() + "</article>",
    )
    .replace("<meta charset='utf-8'>", "")
    .encode("iso-8859-1")
)


def score(body: str) -> str:
    kept = sum(1 for sentence in ARTICLE if sentence[:60] in body)
    junk = [word for word in FURNITURE if word in body]
    return f"{kept}/{len(ARTICLE)} paragraphs, furniture: {', '.join(junk) or 'none'}"


def main() -> None:
    cases = [(name, html.encode("utf-8")) for name, html in PAGES.items()] + [("non-UTF-8 page", LATIN1)]
    for name, data in cases:
        ours = read_page(decode_html(data))
        theirs = trafilatura.bare_extraction(data, with_metadata=True)
        print(f"== {name}")
        print(
            f"   reader     : {ours.title!r} | {ours.site!r} | {ours.date} | {score(chr(10).join(ours.paragraphs))}"
        )
        text = getattr(theirs, "text", "") or "" if theirs else ""
        title = getattr(theirs, "title", None) if theirs else None
        site = getattr(theirs, "sitename", None) if theirs else None
        date = getattr(theirs, "date", None) if theirs else None
        print(f"   trafilatura: {title!r} | {site!r} | {date} | {score(text)}")


if __name__ == "__main__":
    main()
