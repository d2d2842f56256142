"""The `reader` command: index files, search and read them from the shell, or open the app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from index import (
    DEBUG_VARIABLE,
    ENTITY_TYPES,
    SORTS,
    WRITING,
    Article,
    IngestOptions,
    Library,
    ReaderError,
    bundled_seeds,
    data_home,
    debugging,
    fold,
    printable,
)
from reader.cli_output import draw, print_json, rich_output
from reader.feed_commands import FEED_COMMANDS, FEED_HANDLERS, add_parsers
from reader.labels import plural

COMMANDS = ("index", "search", "list", "show", "related", "sources", "entities", *FEED_COMMANDS)  # HANDLERS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="A terminal news reader. `reader [PATH...]` indexes PATHs and opens the library.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    index = sub.add_parser("index", help="add files or folders to the library (incrementally)")
    index.add_argument("paths", nargs="+", metavar="PATH")
    index.add_argument("--rebuild", action="store_true", help="start the index over")
    index.add_argument(
        "--no-entities", action="store_true", help="skip named-entity recognition (faster bulk imports)"
    )

    search = sub.add_parser("search", help="search the library")
    search.add_argument("query", nargs="+", metavar="QUERY")
    search.add_argument("--limit", type=int, default=20, help="at most N results (default 20)")
    search.add_argument("--sort", choices=SORTS, default="relevance")
    search.add_argument("--json", action="store_true", help="print one JSON list")

    listing = sub.add_parser("list", help="list articles, newest first")
    listing.add_argument("--source", help="only the articles of this site")
    listing.add_argument("--json", action="store_true", help="print one JSON list")

    show = sub.add_parser("show", help="print one article")
    show.add_argument("ref", metavar="ID-or-PATH")
    show.add_argument("--json", action="store_true", help="print one JSON object")

    related = sub.add_parser("related", help="other coverage of the same story")
    related.add_argument("ref", metavar="ID-or-PATH")
    related.add_argument("--limit", type=int, default=5, help="at most N articles (default 5)")
    related.add_argument("--json", action="store_true", help="print one JSON list")

    sources = sub.add_parser("sources", help="list the sites and their article counts")
    sources.add_argument("--json", action="store_true", help="print one JSON list")

    entities = sub.add_parser("entities", help="list the people, places and organisations named")
    entities.add_argument("--type", type=str.upper, choices=ENTITY_TYPES)
    entities.add_argument("--json", action="store_true", help="print one JSON list")
    add_parsers(sub)
    return parser


class UserError(ReaderError):
    """A mistake in the command line, said in one line, with its exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def _ingest(library: Library, paths: Sequence[str], rebuild: bool = False, entities: bool = True) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    err = rich_output().console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    ) as bar:
        # The first file waits for spaCy's model to load (seconds): say so rather than "0/?".
        task = bar.add_task("Loading the language model" if entities else "Indexing", total=None)

        def advance(done: int, total: int, path: str) -> None:
            stage = "Writing the index" if path == WRITING else "Indexing"
            bar.update(task, completed=done, total=total, description=stage)

        options = IngestOptions(rebuild=rebuild, entities=entities, progress=advance)
        report = library.ingest(paths, options)
    for line in rich_output().report_lines(report):
        err.print(line)
    if not report.read_anything and report.skipped:
        return 1
    return 0


def _emit(as_json: bool, rows: Sequence[Any], table: str) -> int:
    """Print `rows` as one JSON list, or as the table `reader.render`'s function `table` draws."""
    if as_json:
        print_json([row.to_json() for row in rows])
    else:
        rich_output().console().print(draw(table, rows))
    return 0


def _article_or_fail(library: Library, ref: str) -> Article:
    article = library.get(ref)
    if article is None:
        raise UserError(f"no article with id or path {ref!r} (see `reader list`)")
    return article


def _positive_limit(limit: int) -> int:
    if limit < 1:
        raise UserError("--limit must be at least 1", 2)
    return limit


def _search(library: Library, args: argparse.Namespace) -> int:
    results = library.search(" ".join(args.query), limit=_positive_limit(args.limit), sort=args.sort)
    if args.json:
        return _emit(True, results.hits, "hits_renderables")
    err = rich_output().console(stderr=True)
    if not results.hits:
        err.print("no results")
        return 0
    for part in rich_output().hits_renderables(results.hits):
        rich_output().console().print(part)
    shown = len(results.hits)
    more = f" (showing {shown}; --limit for more)" if results.total > shown else ""
    about = "about " if results.estimated else ""
    err.print(f"{about}{plural(results.total, 'result')}{more}", style="dim")
    return 0


def _show(library: Library, args: argparse.Namespace) -> int:
    article = _article_or_fail(library, args.ref)
    if args.json:
        print_json(article.to_json())
        return 0
    for part in rich_output().article_renderables(article):
        rich_output().console().print(part)
    return 0


def _related(library: Library, args: argparse.Namespace) -> int:
    _article_or_fail(library, args.ref)
    items = library.related(args.ref, limit=_positive_limit(args.limit))
    if args.json:
        return _emit(True, items, "related_renderables")
    out = rich_output().console()
    copies = library.duplicates(args.ref)
    if copies:
        out.print(rich_output().also_in_line(copies))
    for part in rich_output().related_renderables(items):
        out.print(part)
    if not items:
        rich_output().console(stderr=True).print("no related articles")
    return 0


def _site_named(library: Library, name: str | None) -> str | None:
    """The library's site that `name` names, case and accents aside ("watson" for "Watson");
    an unknown name fails in one line with the sites it could have meant."""
    if name is None:
        return None
    sites = [source.name for source in library.sources()]
    if name in sites:
        return name
    same = [site for site in sites if fold(site) == fold(name)]
    if len(same) == 1:
        return same[0]
    near = [site for site in sites if fold(name) in fold(site)][:5]
    hint = f"; did you mean {', '.join(repr(site) for site in near)}?" if near else "; see `reader sources`"
    raise UserError(f"no site named {name!r} in the library{hint}", 1)


HANDLERS: dict[str, Callable[[Library, argparse.Namespace], int]] = {
    "index": lambda lib, a: _ingest(lib, a.paths, rebuild=a.rebuild, entities=not a.no_entities),
    "search": _search,
    "list": lambda lib, a: _emit(a.json, lib.articles(source=_site_named(lib, a.source)), "articles_table"),
    "show": _show,
    "related": _related,
    "sources": lambda lib, a: _emit(a.json, lib.sources(), "sources_table"),
    "entities": lambda lib, a: _emit(a.json, lib.entities(type=a.type), "entities_table"),
    **FEED_HANDLERS,
}


def _run(argv: Sequence[str]) -> int:
    if argv and argv[0] not in COMMANDS and not argv[0].startswith("-"):
        return _open(argv)
    args = _parser().parse_args(argv)
    if args.command is None:
        return _open([])
    with Library(data_home()) as library:
        return HANDLERS[args.command](library, args)


def _first_run(library: Library) -> bool:
    """Nothing indexed, no folder and no feed ever added: a library whose folders are empty
    is the user's, and gets no examples."""
    return len(library) == 0 and not library.roots() and not library.feeds()


def _open(paths: Sequence[str]) -> int:
    """Bare `reader` and `reader PATH...`: ingest, then open the app on the library.

    On the first run (nothing indexed, no folder or feed ever added) the bundled seeds are
    ingested first, and said. When output is
    not a terminal (a pipe, a script) the library is listed instead of opening the app."""
    with Library(data_home()) as library:
        status = 0
        if paths:
            status = _ingest(library, paths)
        elif _first_run(library) and (seeds := bundled_seeds()) is not None:
            rich_output().console(stderr=True).print(
                f"First run: indexing the example articles in {printable(str(seeds))}; "
                "`reader PATH` or `reader add FEED` adds your own.",
                style="dim",
            )
            status = _ingest(library, [str(seeds)])
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            out = rich_output().console()
            out.print(rich_output().articles_table(library.articles()))
            out.print("\n(not a terminal: run `reader` in a terminal to open the app)", style="dim")
            return status
        from reader.app import ReaderApp  # Textual is imported only when the app opens

        ReaderApp(library).run()
        return status


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _run(args)
    except ReaderError as error:
        _fail(error.message)
        return error.status
    except KeyboardInterrupt:
        _fail("interrupted")
        return 130
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        _fail(f"{error.strerror or error}{where}")
        return 1
    except Exception as error:  # the last line of defence: never a traceback
        if debugging():
            raise
        _fail(f"internal error: {type(error).__name__}: {error} (set {DEBUG_VARIABLE}=1 for details)")
        return 70


def _fail(message: str) -> None:
    rich_output().console(stderr=True).print(f"reader: {printable(message)}", style="red", soft_wrap=True)


if __name__ == "__main__":
    sys.exit(main())
