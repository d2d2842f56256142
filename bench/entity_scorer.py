"""Score entity recall and precision on a development set of real pages, for one or more spaCy models.

    .venv/bin/python -m bench.entity_scorer [PAGES_FOLDER] [--model NAME ...] [-v]

PAGES_FOLDER (default $READER_PAGES or /work/pages-dev) holds the pages as scraped text and
`entities-*.jsonl` files: one JSON object per page with "file" and the lists "people",
"places" and "organisations" a reader would list for the article (written by hand; never
committed, like the pages). For each model it reports:

- pipeline recall: gold names found among the entities reader stores for the parsed article
  (parser, model, cleanup and merging together), and how many of those got the gold type;
- model recall: gold names the bare model finds in the page's raw text (the model's ceiling);
- precision: stored entities that match a gold name (the rest are junk, names of page
  furniture the parser kept, or real names the gold lists leave out), and load time, time
  per page and memory;
- junk: stored entities that a reader labelled as no name at all, or a name cut short, glued
  or run into other words, in `names-*.jsonl` files (one JSON object per unmatched entity:
  "file", "name", "verdict": "junk" or "name"); `--unlabelled FILE` writes the unmatched
  entities not labelled yet, each with the text around it, to be labelled.

A gold name matches an entity, or one of its aliases, with the same letters once folded
("KIM JONG UN" for "Kim Jong-un"); "Macron" alone does not match "Emmanuel Macron", and
"Chartreuse" does not match "massif de la Chartreuse". A gold name written with its acronym in
brackets matches its long form or its acronym."""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.page_scorer import gold_records
from index.entities.aliases import load_aliases
from index.entities.extract import EntityExtractor
from index.entities.model import NerModel
from index.page import credits, interface
from index.page.parse import parse_article
from index.page.textfile import read_text
from index.text import entity_key

KINDS = {"people": "PER", "places": "LOC", "organisations": "ORG"}


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    typed: int = 0
    model_found: int = 0
    stored: int = 0
    stored_matching: int = 0
    credits: int = 0  # gold names named only in picture credits, not scored
    misses: list[str] = field(default_factory=list)
    junk: list[str] = field(default_factory=list)  # stored entities that match no gold name
    # Of those, what a reader labelled (names-*.jsonl): "junk" (no name at all, or a name cut,
    # glued or run into other words) or "name" (a real name the gold lists left out).
    labelled_junk: list[str] = field(default_factory=list)
    unlabelled: list[dict[str, str]] = field(default_factory=list)
    by_kind: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in KINDS.values()})


def matches(gold: str, found: str) -> bool:
    """Same folded letters; a gold name written with its acronym ("Conférence des évêques
    suisses (CES)") matches its long form, its acronym, or both as written."""
    found_key = entity_key(found)
    forms = [gold]
    acronym = _WITH_ACRONYM.match(gold)
    if acronym:
        forms += [acronym["name"], acronym["acronym"]]
    return any(entity_key(form) and entity_key(form) == found_key for form in forms)


_WITH_ACRONYM = re.compile(r"^(?P<name>.+?)\s*\((?P<acronym>[^()]{2,12})\)\s*$")


def _gold_pages(folder: Path) -> list[dict[str, Any]]:
    return gold_records(folder, "entities")


def only_in_credits(name: str, text: str) -> bool:
    """A photographer or agency named only in picture credits ("(Jean Dupont / AFP)",
    "Photo : Keystone"): credits are page furniture, which the issue asks to remove, so
    those names are not counted as the article's."""
    lines = [line for line in text.splitlines() if name in line]
    return bool(lines) and all(
        name in credits.caption_credit(line) or (interface.is_ui(line) and len(line) < 100) for line in lines
    )


def score_model(folder: Path, name: str) -> tuple[Score, float, float]:
    model = NerModel(name)
    started = time.perf_counter()
    model.load()
    load_seconds = time.perf_counter() - started
    extractor = EntityExtractor(load_aliases(None), model)
    score = Score()
    verdicts = {(r["file"], r["name"]): r["verdict"] for r in gold_records(folder, "names")}
    pages = [p for p in _gold_pages(folder) if (folder / p["file"]).exists()]
    started = time.perf_counter()
    for page in pages:
        path = folder / page["file"]
        text = read_text(path.read_bytes())
        article = extractor.annotate([parse_article(text, path)])[0]
        raw = [text[s.start : s.end] for s in model.spans([text])[0]]
        _score_page(score, page, text, article.entities, raw)
        _label_unmatched(score, page["file"], article.entities, verdicts, text)
    per_page = (time.perf_counter() - started) / max(len(pages), 1)
    return score, load_seconds, per_page


def _score_page(score: Score, page: dict, text: str, entities: tuple, raw: list[str]) -> None:
    names = [(e.name, e.type, (e.name, *e.aliases)) for e in entities]
    for kind, label in KINDS.items():
        for gold in page.get(kind, []):
            if only_in_credits(gold, text):
                score.credits += 1
                continue
            score.gold += 1
            score.by_kind[label][0] += 1
            hit = next((n for n in names if any(matches(gold, v) for v in n[2])), None)
            if hit is not None:
                score.found += 1
                score.by_kind[label][1] += 1
                score.typed += hit[1] == label
            else:
                score.misses.append(f"{page['file']}: {label} {gold}")
            score.model_found += any(matches(gold, r) for r in raw)
    all_gold = [g for kind in KINDS for g in page.get(kind, [])]
    for name, label, variants in names:
        score.stored += 1
        if any(matches(g, v) for g in all_gold for v in variants):
            score.stored_matching += 1
        else:
            score.junk.append(f"{page['file']}: {label} {name}")


def _label_unmatched(
    score: Score, file: str, entities: tuple, verdicts: dict[tuple[str, str], str], text: str
) -> None:
    """Sort the page's unmatched entities by the reader's labels; keep the rest to be labelled."""
    for line in [j for j in score.junk if j.startswith(f"{file}: ")]:
        label, name = line.split(": ", 1)[1].split(" ", 1)
        verdict = verdicts.get((file, name))
        if verdict == "junk":
            score.labelled_junk.append(line)
        elif verdict is None and not any(u["file"] == file and u["name"] == name for u in score.unlabelled):
            at = text.find(name.split()[0])
            context = " ".join(text[max(at - 120, 0) : at + len(name) + 120].split())
            score.unlabelled.append({"file": file, "name": name, "type": label, "context": context})


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / max(whole, 1):.0f} %"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "folder", nargs="?", type=Path, default=Path(os.environ.get("READER_PAGES", "/work/pages-dev"))
    )
    parser.add_argument(
        "--model", action="append", help="spaCy pipeline (repeatable; default the configured one)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and unmatched entities")
    parser.add_argument(
        "--unlabelled", type=Path, help="write the unmatched entities no names-*.jsonl labels, with context"
    )
    args = parser.parse_args()
    for name in args.model or [NerModel().name]:
        score, load_seconds, per_page = score_model(args.folder, name)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        kinds = ", ".join(
            f"{label} {_percent(found, gold)} of {gold}" for label, (gold, found) in score.by_kind.items()
        )
        print(f"{name}: {score.gold} gold names ({score.credits} more named only in picture credits)")
        recall, typed = _percent(score.found, score.gold), _percent(score.typed, score.found)
        print(f"  pipeline recall {recall} ({kinds}); right type {typed}")
        print(f"  model recall on raw text {_percent(score.model_found, score.gold)}")
        print(
            f"  precision {_percent(score.stored_matching, score.stored)} of {score.stored} stored entities"
        )
        unlabelled = f", {len(score.unlabelled)} unmatched not labelled yet" if score.unlabelled else ""
        junk = len(score.labelled_junk)
        print(f"  junk {_percent(junk, score.stored)} ({junk}{unlabelled})")
        if args.unlabelled:
            args.unlabelled.write_text(
                "".join(json.dumps(u, ensure_ascii=False) + "\n" for u in score.unlabelled)
            )
        timing = f"{1000 * per_page:.0f} ms per page (parse + NER twice)"
        print(f"  load {load_seconds:.2f} s, {timing}, peak RSS {peak_mb:.0f} MB")
        if args.verbose:
            print("  misses:\n    " + "\n    ".join(score.misses))
            print("  not in gold:\n    " + "\n    ".join(score.junk))
            print("  labelled junk:\n    " + "\n    ".join(score.labelled_junk))


if __name__ == "__main__":
    main()
