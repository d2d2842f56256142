"""Measure `reader fetch` of feeds x items served on loopback with latency: wall time, memory, extraction.

    .venv/bin/python -m bench.fetch_speed [--feeds 100] [--items 20] [--latency 0.05] [--hosts 10]

Every address is on this machine (127.0.0.2 and up, each its own host for the per-host limit)."""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import generate
from index.page.html import read_page
from index.page.parse import parse_article
from index.page.textfile import read_text
from tests.feed_pages import article_page, rss
from tests.web_server import LocalWeb


def _pages(count: int, work: Path) -> list[tuple[str, str, list[str]]]:
    """(title, site, paragraphs) of `count` generated articles in the seeds' shape."""
    corpus = generate(work / f"corpus-{count}", count)
    pages = []
    for path in sorted(p for p in corpus.rglob("*.txt"))[:count]:
        article = parse_article(read_text(path.read_bytes()), path)
        pages.append((article.title, article.source or "Le Site", article.body.split("\n\n")))
    return pages


def serve(
    feeds: int, items: int, hosts: int, latency: float, work: Path
) -> tuple[list[LocalWeb], list[str], list[str]]:
    servers = [LocalWeb(f"127.0.0.{2 + n}") for n in range(hosts)]
    pages = _pages(feeds * items, work)
    feed_urls, htmls = [], []
    for number in range(feeds):
        web = servers[number % hosts]
        entries = []
        for item in range(items):
            title, site, paragraphs = pages[number * items + item]
            path = f"/f{number}/a{item}.html"
            html = article_page(
                title, f"2024-02-{1 + item % 28:02d}T08:00:00+01:00", paragraphs, site, web.url(path)
            )
            web.serve(path, html)
            htmls.append(html)
            entries.append((f"urn:{number}:{item}", web.url(path), title, "Mon, 12 Feb 2024 06:40:00 +0100"))
        feed_urls.append(
            web.serve(f"/f{number}.xml", rss(f"Flux {number}", entries), content_type="application/rss+xml")
        )
    for web in servers:
        web.latency = latency
        web.start()
    return servers, feed_urls, htmls


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--hosts", type=int, default=10)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="reader-fetch-bench-"))
    servers, feed_urls, htmls = serve(args.feeds, args.items, args.hosts, args.latency, work)
    home = work / "home"
    home.mkdir()
    (home / "feeds.toml").write_text("".join(f'[[feed]]\nurl = "{url}"\n\n' for url in feed_urls))
    env = {**os.environ, "READER_HOME": str(home)}
    start = time.perf_counter()
    result = subprocess.run(
        [str(Path(sys.executable).parent / "reader"), "fetch", "--no-entities", "--json"],
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    requests = sum(len(web.requests) for web in servers)
    for web in servers:
        web.stop()
    print(
        f"reader fetch, {args.feeds} feeds x {args.items} items, {args.latency * 1000:.0f} ms latency, "
        f"{args.hosts} hosts: {wall:.1f} s wall, peak RSS {peak_mb:.0f} MB, {requests} requests"
    )
    print(
        f"  result: {result.stdout.strip()[:200]} {result.stderr.strip()[-300:] if result.returncode else ''}"
    )
    sample = htmls[:300]
    start = time.perf_counter()
    for html in sample:
        read_page(html)
    elapsed = time.perf_counter() - start
    print(f"extraction alone (read_page, one process): {len(sample) / elapsed:.0f} pages/s")


if __name__ == "__main__":
    main()
