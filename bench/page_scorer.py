"""Score page understanding on a development set of real pages: headline, site and date against a gold file.

    .venv/bin/python -m bench.page_scorer [PAGES_FOLDER] [-v]

PAGES_FOLDER (default $READER_PAGES or /work/pages-dev) holds the pages as scraped text
and `gold-*.jsonl` files: one JSON object per page with "file", "url", "title", "site" (""
when the page does not name its outlet) and "date" (ISO 8601 at the precision the page
gives, or null); a "title" of "" says the scrape lost the headline, and the page is not
scored for it (a place glued before the headline, "Montpellier. …", counts with or without it);
`lines-*.jsonl` files, when present, give the numbers of each page's
"body" and "clutter" lines. The pages are real and are never committed: re-collect them with the search
tool's `pages` corpus when needed. The rules must be general: tune nothing to a page here."""

from __future__ import annotations

import argparse
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from index.page.clutter import without_crawl_stamp
from index.page.folder_furniture import folder_furniture, line_keys
from index.page.parse import parse_article
from index.page.textfile import read_text
from index.records import Article
from index.text import fold


@dataclass
class Tally:
    right: int = 0
    wrong: int = 0  # a value given that is not the page's
    missed: int = 0  # nothing given where the page has a value
    failures: list[str] = field(default_factory=list)

    def score(self, total: int) -> str:
        return f"{self.right}/{total} ({100 * self.right / max(total, 1):.0f} %), {self.wrong} wrong, {self.missed} missed"


def gold_records(folder: Path, kind: str) -> list[dict[str, Any]]:
    """The records of every `{kind}-*.jsonl` file of `folder` (one JSON object per line)."""
    return [
        json.loads(line)
        for path in sorted(folder.glob(f"{kind}-*.jsonl"))
        for line in path.read_text().splitlines()
        if line.strip()
    ]


def _same_text(found: str, gold: str) -> bool:
    found, gold = fold(found).strip(" ."), fold(gold).strip(" .")
    # A place or a country the page glues before its headline ("Montpellier. …", "Bénin - …")
    # is kept by some gold writers and taken off by others: either form counts.
    return found == gold or _glued_kicker_either_way(found, gold) or _glued_kicker_either_way(gold, found)


_GLUED_PLACE = re.compile(r"^\w[\w'’-]*(?: \w[\w'’-]*){0,2}(?:\. | [-–—] )")


def _glued_kicker_either_way(longer: str, shorter: str) -> bool:
    kicker = _GLUED_PLACE.match(longer)
    return kicker is not None and len(shorter) > 10 and longer[kicker.end() :] == shorter


def _same_site(found: str, gold: str) -> bool:
    if not gold:
        return not found
    # (A site named by its domain is the same outlet: "aBamako.com" for "aBamako".)
    return _site_key(found) == _site_key(gold)


def _site_key(name: str) -> str:
    return re.sub(r"^www\.|\.[a-z]{2,6}$", "", fold(name).replace(" ", ""))


def _same_date(found: datetime | None, gold: str | None) -> bool:
    if gold is not None and len(gold) < 10:  # a month alone is no publication date
        gold = None
    if gold is None or found is None:
        return found is None and gold is None
    if len(gold) == 10:  # the day only
        return found.date().isoformat() == gold
    expected = datetime.fromisoformat(gold)
    if len(gold) == len("2024-03-05T10:12"):  # (the minute only: the page's seconds do not count)
        found = found.replace(second=0, microsecond=0)
    if expected.tzinfo is not None and found.tzinfo is not None:
        return found == expected
    return found.replace(tzinfo=None) == expected.replace(tzinfo=None)


def _count(tally: Tally, same: bool, found: object, gold: object, label: str) -> None:
    if same:
        tally.right += 1
    elif found in ("", None):
        tally.missed += 1
        tally.failures.append(f"{label}: missed {gold!r}")
    else:
        tally.wrong += 1
        tally.failures.append(f"{label}: {found!r} instead of {gold!r}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "folder", nargs="?", type=Path, default=Path(os.environ.get("READER_PAGES", "/work/pages-dev"))
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failure")
    parser.add_argument(
        "--alone", action="store_true", help="parse each page alone, without the folder's shared lines"
    )
    args = parser.parse_args()
    parse = _parser(args.folder, args.alone)
    gold = gold_records(args.folder, "gold")
    titles, sites, dates = Tally(), Tally(), Tally()
    outlets = set()
    untitled = 0
    for page in gold:
        path = args.folder / page["file"]
        if not path.exists():
            continue
        outlets.add(page.get("outlet") or page["url"].split("/")[2])
        article = parse(path)
        label = page["file"]
        if page["title"]:
            _count(titles, _same_text(article.title, page["title"]), article.title, page["title"], label)
        else:
            untitled += 1  # the scrape lost the headline: reader's stand-in is not scored
        _count(
            sites,
            _same_site(article.source, page.get("site") or ""),
            article.source,
            page.get("site") or "",
            label,
        )
        _count(
            dates,
            _same_date(article.date, page.get("date")),
            article.date and article.date.isoformat(),
            page.get("date"),
            label,
        )
    total = sites.right + sites.wrong + sites.missed
    print(f"{total} pages from {len(outlets)} outlets ({args.folder})")
    for name, tally in (("headline", titles), ("site", sites), ("date", dates)):
        print(f"  {name:9} {tally.score(tally.right + tally.wrong + tally.missed)}")
        if args.verbose:
            for failure in tally.failures:
                print(f"      {failure}")
    if untitled:
        print(
            f"  ({untitled} pages print no headline: the gold title is empty, and they are not scored for it)"
        )
    _score_lines(args.folder, args.verbose, parse)


def _parser(folder: Path, alone: bool) -> Callable[[Path], Article]:
    """Parse a page of `folder` as `reader index` does: with the lines the folder's other
    pages print too (`folder_furniture`), or, `alone`, with none."""
    texts = {path: read_text(path.read_bytes()) for path in sorted(folder.glob("*.txt"))}
    shared = {} if alone else folder_furniture({path: line_keys(text) for path, text in texts.items()})
    return lambda path: parse_article(texts[path], path, furniture=shared.get(path, frozenset()))


def _score_lines(folder: Path, verbose: bool, parse: Callable[[Path], Article]) -> None:
    """Body and clutter, against `lines-*.jsonl`: per page, the numbers of the lines that are
    the article's body and those that are clutter. A body line is kept when the parsed body
    holds its text; a clutter line is removed when no body paragraph holds it. The page's last
    line is left out: the excerpt cuts it, and an article ending mid-sentence is dropped by
    design."""
    pages = gold_records(folder, "lines")
    kept = body = removed = clutter = 0
    losing: list[str] = []
    missed: list[str] = []
    lost: list[str] = []
    for page in pages:
        path = folder / page["file"]
        if not path.exists():
            continue
        text = read_text(path.read_bytes())
        lines = text.split("\n")
        last = max((i for i, line in enumerate(lines, 1) if line.strip()), default=0)
        paragraphs = [" ".join(p.split()) for p in parse(path).body.split("\n\n")]
        joined = "\n".join(paragraphs)
        page_body = [n for n in page["body"] if n != last]
        # (a gold line keeps the crawler's stamp the parser takes off first: "date 2024-04 Le …")
        page_kept = [n for n in page_body if " ".join(without_crawl_stamp(lines[n - 1]).split()) in joined]
        kept, body = kept + len(page_kept), body + len(page_body)
        if page_body and len(page_kept) < 0.8 * len(page_body):
            losing.append(f"{page['file']}: {len(page_kept)}/{len(page_body)} body lines kept")
        lost += [f"{page['file']}:{n}: lost: {lines[n - 1].strip()[:100]}" for n in page_body if n not in page_kept]
        for n in page["clutter"]:
            line = " ".join(lines[n - 1].split())
            clutter += 1
            if line not in paragraphs:
                removed += 1
            else:
                missed.append(f"{page['file']}:{n}: {line[:100]}")
    if not pages:
        return
    print(f"  clutter   {removed}/{clutter} lines removed ({100 * removed / max(clutter, 1):.0f} %)")
    print(
        f"  body      {kept}/{body} lines kept ({100 * kept / max(body, 1):.0f} %), {len(losing)} pages lose more than a fifth"
    )
    if verbose:
        for failure in losing + lost + missed:
            print(f"      {failure}")


if __name__ == "__main__":
    main()
