"""Articles, hits and reports in the terminal with Rich; every string from data passes `printable`."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from index import Article, ArticleSummary, EntityInfo, Hit, IngestReport, Related, SourceCount, printable
from reader.labels import UNDATED, UNKNOWN_SITE, entity_style, format_date, plural


def console(stderr: bool = False) -> Console:
    # markup and emoji off: article text is data, never Rich markup.
    return Console(stderr=stderr, markup=False, emoji=False, highlight=False)


def _summary_table(rows: Sequence[ArticleSummary], extra: str | None = None) -> Table:
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    table.add_column("date", style="cyan", no_wrap=True)
    table.add_column("source", style="magenta", no_wrap=True, max_width=22)
    table.add_column("title", ratio=1)
    if extra:
        table.add_column(extra, justify="right", style="dim")
    table.add_column("id", style="dim", no_wrap=True)
    return table


def articles_table(rows: Sequence[ArticleSummary]) -> Table:
    table = _summary_table(rows)
    for row in rows:
        table.add_row(
            Text(format_date(row.date) or UNDATED),
            Text(printable(row.source) or UNKNOWN_SITE),
            Text(printable(row.title)),
            Text(row.id),
        )
    return table


def hits_renderables(hits: Sequence[Hit]) -> list[RenderableType]:
    """Each hit as its title, then its site, date and id, then its snippet (matched words in
    bold yellow), both indented under the title however long it wraps."""
    out: list[RenderableType] = []
    for hit in hits:
        article = hit.article
        meta = Text(_site_and_date(article), style="magenta")
        meta.append(f" · {article.id}", style="dim")
        # Spans are offsets into the snippet: it is sanitised text already, so kept as it is.
        snippet = Text(hit.snippet.text, style="default")
        for start, end in hit.snippet.spans:
            snippet.stylize("bold yellow", start, end)
        out.extend(
            [Text(printable(article.title), style="bold"), _indented(meta), _indented(snippet), Text("")]
        )
    return out


def _indented(text: Text) -> Padding:
    """Every wrapped line of `text` two cells in (a hanging indent under its heading)."""
    return Padding(text, (0, 0, 0, 2))


def _site_and_date(article: ArticleSummary) -> str:
    return printable(" · ".join([article.source or UNKNOWN_SITE, format_date(article.date) or UNDATED]))


def article_renderables(article: Article) -> list[Text]:
    date = format_date(article.date, with_time=True) or UNDATED
    meta = " · ".join([article.source or UNKNOWN_SITE, date, article.path])
    parts = [Text(printable(article.title), style="bold"), Text(printable(meta), style="dim")]
    if article.url:
        parts.append(Text(printable(article.url), style="dim"))
    parts.append(Text(""))
    parts.extend(Text(printable(paragraph) + "\n") for paragraph in article.body.split("\n\n"))
    return parts


def sources_table(rows: Sequence[SourceCount]) -> Table:
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    table.add_column("source", style="magenta")
    table.add_column("articles", justify="right")
    for row in rows:
        table.add_row(Text(printable(row.name) or UNKNOWN_SITE), Text(str(row.count)))
    return table


def also_in_line(copies: Sequence[ArticleSummary]) -> Text:
    line = Text("Same text also in: ", style="dim")
    line.append(printable(", ".join(c.source or c.path for c in copies)))
    return line


def related_renderables(items: Sequence[Related]) -> list[Text]:
    out: list[Text] = []
    for item in items:
        article = item.article
        heading = Text()
        heading.append(f"{item.score:.2f}  ", style="dim")
        heading.append(printable(article.title), style="bold")
        heading.append("  ")
        heading.append(_site_and_date(article), style="magenta")
        heading.append(f"  {article.id}", style="dim")
        reasons = Text("      ")
        if item.reasons.entities:
            reasons.append(printable(", ".join(item.reasons.entities)), style="green")
        if item.reasons.terms:
            reasons.append(
                ("; " if item.reasons.entities else "") + printable(", ".join(item.reasons.terms)),
                style="dim",
            )
        if item.reasons.days_apart is not None:
            reasons.append(f"; {plural(item.reasons.days_apart, 'day')} apart", style="dim")
        out.extend([heading, reasons])
        if item.also_in:
            also = Text("      also in: ", style="dim")
            also.append(printable(", ".join(c.source or c.path for c in item.also_in)))
            out.append(also)
    return out


def entities_table(rows: Sequence[EntityInfo]) -> Table:
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    table.add_column("entity")
    table.add_column("type")
    table.add_column("articles", justify="right")
    table.add_column("mentions", justify="right")
    table.add_column("also", style="dim", ratio=1)
    for row in rows:
        table.add_row(
            Text(printable(row.name), style=entity_style(row.type)),
            Text(row.type),
            Text(str(len(row.articles))),
            Text(str(row.count)),
            Text(printable(", ".join(row.aliases))),
        )
    return table


def report_lines(report: IngestReport) -> list[Text]:
    counts = (
        f"{len(report.added)} added, {len(report.updated)} updated, {len(report.unchanged)} unchanged, "
        f"{len(report.removed)} removed, {len(report.skipped)} skipped"
    )
    lines = [Text(counts, style="bold")]
    if report.ignored:
        lines.append(
            Text(
                f"{plural(report.ignored, 'file')} of other types ignored"
                " (only .txt, .md, .html, feed files and files without extension)",
                style="dim",
            )
        )
    for path, reason in report.skipped:
        line = Text("skipped ", style="yellow")
        line.append(printable(path))
        line.append(f": {printable(reason)}", style="yellow")
        lines.append(line)
    for path, warning in report.warnings:
        line = Text("warning ", style="yellow")
        line.append(printable(path))
        line.append(f": {printable(warning)}")
        lines.append(line)
    return lines
