"""The `reader add`, `fetch`, `feeds` and `remove` commands: subscriptions from the shell."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from index import AddReport, FeedInfo, FetchReport, IngestOptions, Library, printable
from reader.cli_output import print_json, rich_output
from reader.labels import plural
from reader.read_state import ReadState

if TYPE_CHECKING:
    from rich.table import Table

FEED_COMMANDS = ("add", "fetch", "feeds", "remove")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add = sub.add_parser("add", help="subscribe to feeds (a feed's or a page's address, or an OPML file)")
    add.add_argument("refs", nargs="+", metavar="URL-or-OPML")
    add.add_argument("--no-entities", action="store_true", help="index without named-entity recognition")
    add.add_argument("--json", action="store_true", help="print one JSON object")

    fetch = sub.add_parser("fetch", help="fetch every feed and index the new articles")
    fetch.add_argument("--no-entities", action="store_true", help="index without named-entity recognition")
    fetch.add_argument("--json", action="store_true", help="print one JSON object")

    feeds = sub.add_parser("feeds", help="list the subscriptions")
    feeds.add_argument("--json", action="store_true", help="print one JSON list")
    feeds.add_argument("--opml", action="store_true", help="print the subscriptions as OPML")

    remove = sub.add_parser("remove", help="unsubscribe from a feed (by address or title)")
    remove.add_argument("ref", metavar="URL-or-TITLE")
    remove.add_argument("--purge", action="store_true", help="also delete its fetched articles")


def _add(library: Library, args: argparse.Namespace) -> int:
    report = library.add_feeds(args.refs, IngestOptions(entities=not args.no_entities))
    if args.json:
        print_json(report.to_json())
    else:
        _say_added(report)
    # A single address that is no feed is an error; an OPML import always keeps its list.
    return 1 if report.failed and not report.subscribed and not report.already else 0


def _say_added(report: AddReport) -> None:
    from rich.text import Text  # Rich only where something is drawn: --json loads none

    err = rich_output().console(stderr=True)
    for url, title in report.subscribed:
        err.print(Text(f"subscribed to {printable(title or url)} ({printable(url)})"))
    for url in report.already:
        err.print(Text(f"already subscribed: {printable(url)}", style="dim"))
    for ref, error in report.failed:
        err.print(Text(f"not subscribed: {printable(ref)}: {printable(error)}", style="yellow"))
    if report.fetched is not None:
        _say_fetched(report.fetched)


def _fetch(library: Library, args: argparse.Namespace) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    options = IngestOptions(entities=not args.no_entities)
    with Progress(
        TextColumn("Fetching feeds"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=rich_output().console(stderr=True),
        transient=True,
        disable=args.json or not sys.stderr.isatty(),
    ) as bar:
        task = bar.add_task("", total=None)

        def advance(done: int, total: int, downloaded: int) -> None:
            bar.update(task, completed=done, total=total, description=f"{downloaded} articles downloaded")

        report = library.fetch_feeds(options, advance)
    if args.json:
        print_json(report.to_json())
    else:
        _say_fetched(report)
    return 0  # it ran: failed feeds are in the summary


def _say_fetched(report: FetchReport) -> None:
    from rich.text import Text  # Rich only where something is drawn: --json loads none

    err = rich_output().console(stderr=True)
    err.print(
        Text(
            f"{plural(report.new, 'new article')} from {plural(report.feeds, 'feed')}",
            style="bold",
        )
    )
    for url, count in report.per_feed.items():
        if count:
            err.print(Text(f"  {count} new: {printable(url)}"))
    for note in report.notes:
        err.print(Text(f"  {printable(note)}", style="dim"))
    for url, error in report.failed:
        err.print(Text(f"  failed: {printable(url)}: {printable(error)}", style="yellow"))
    if report.ingest is not None:
        for line in rich_output().report_lines(report.ingest):
            err.print(line)


def _feeds(library: Library, args: argparse.Namespace) -> int:
    if args.opml:
        sys.stdout.write(library.feeds_opml())
        return 0
    read = ReadState(library.home)
    infos = library.feeds()
    rows = [(info, sum(1 for i in info.article_ids if not read.is_read(i))) for info in infos]
    if args.json:
        print_json([info.to_json(unread) for info, unread in rows])
        return 0
    if not infos:
        rich_output().console(stderr=True).print("no subscriptions: `reader add URL` subscribes to a feed")
        return 0
    rich_output().console().print(_feeds_table(rows))
    return 0


def _feeds_table(rows: list[tuple[FeedInfo, int]]) -> Table:
    from rich.table import Table
    from rich.text import Text  # Rich only where something is drawn: --json loads none

    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    table.add_column("feed")
    table.add_column("articles", justify="right", no_wrap=True)
    table.add_column("unread", justify="right", no_wrap=True)
    table.add_column("fetched", no_wrap=True)
    table.add_column("error", style="yellow")
    for info, unread in rows:
        label = Text(printable(info.title) or printable(info.url), style="magenta")
        label.append(f"\n{printable(info.url)}", style="dim")
        when = (info.last_fetched or "never").replace("T", " ").split("+")[0]
        table.add_row(label, str(info.articles), str(unread), when, printable(info.error or ""))
    return table


def _remove(library: Library, args: argparse.Namespace) -> int:
    from rich.text import Text  # Rich only where something is drawn: --json loads none

    url, title = library.remove_feed(args.ref, purge=args.purge)
    kept = "its articles deleted" if args.purge else "its articles stay in the library"
    rich_output().console(stderr=True).print(Text(f"unsubscribed from {printable(title or url)}: {kept}"))
    return 0


FEED_HANDLERS: dict[str, Callable[[Library, argparse.Namespace], int]] = {
    "add": _add,
    "fetch": _fetch,
    "feeds": _feeds,
    "remove": _remove,
}
