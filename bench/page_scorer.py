"""Score page understanding on a development set of real pages: headline, site and date against a gold file.

    .venv/bin/python -m bench.page_scorer [PAGES_FOLDER] [-v]

PAGES_FOLDER (default $READER_PAGES or /work/pages-dev) holds the pages as scraped text
and `gold-*.jsonl` files: one JSON object per page with "file", "url", "title", "site" (""
when the page does not name its outlet) and "date" (ISO 8601 at the precision the page
gives, or null). The pages are real and are never committed: re-collect them with the search
tool's `pages` corpus when needed. The rules must be general: tune nothing to a page here."""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from index.page.parse import parse_article
from index.page.textfile import read_text
from index.text import fold


@dataclass
class Tally:
    right: int = 0
    wrong: int = 0  # a value given that is not the page's
    missed: int = 0  # nothing given where the page has a value
    failures: list[str] = field(default_factory=list)

    def score(self, total: int) -> str:
        return f"{self.right}/{total} ({100 * self.right / max(total, 1):.0f} %), {self.wrong} wrong, {self.missed} missed"


def _same_text(found: str, gold: str) -> bool:
    return fold(found).strip(" .") == fold(gold).strip(" .")


def _same_site(found: str, gold: str) -> bool:
    if not gold:
        return not found
    return fold(found).replace(" ", "") == fold(gold).replace(" ", "")


def _same_date(found: datetime | None, gold: str | None) -> bool:
    if gold is not None and len(gold) < 10:  # a month alone is no publication date
        gold = None
    if gold is None or found is None:
        return found is None and gold is None
    if len(gold) == 10:  # the day only
        return found.date().isoformat() == gold
    expected = datetime.fromisoformat(gold)
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
    args = parser.parse_args()
    gold = [
        json.loads(line)
        for path in sorted(args.folder.glob("gold-*.jsonl"))
        for line in path.read_text().splitlines()
        if line.strip()
    ]
    titles, sites, dates = Tally(), Tally(), Tally()
    outlets = set()
    for page in gold:
        path = args.folder / page["file"]
        if not path.exists():
            continue
        outlets.add(page.get("outlet") or page["url"].split("/")[2])
        article = parse_article(read_text(path.read_bytes()), path)
        label = page["file"]
        _count(titles, _same_text(article.title, page["title"]), article.title, page["title"], label)
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
    total = titles.right + titles.wrong + titles.missed
    print(f"{total} pages from {len(outlets)} outlets ({args.folder})")
    for name, tally in (("headline", titles), ("site", sites), ("date", dates)):
        print(f"  {name:9} {tally.score(total)}")
        if args.verbose:
            for failure in tally.failures:
                print(f"      {failure}")


if __name__ == "__main__":
    main()
