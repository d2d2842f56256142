"""Turn files into articles (read, hash, parse, NER) in this process or in a pool of worker processes."""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from index.entities.extract import EntityExtractor
from index.errors import ReaderError, UnreadableFile
from index.ingest.discover import FEED_SUFFIXES, PAGE_SUFFIXES
from index.ingest.options import ArticleShaping
from index.outlets import use_user_outlets
from index.page.feed import feed_file_articles
from index.page.html import html_article, read_page_text
from index.page.metadata import folder_site, read_sidecar, sidecar_bytes, sidecar_path
from index.page.parse import parse_article
from index.page.textfile import read_bytes, read_text
from index.records import Article

# A file to process: its path, its hash in the index (None if new), its folder's furniture.
Job = tuple[str, str | None, frozenset[str]]

# Below this many files to process, starting workers costs more than it saves.
PARALLEL_FROM = 200
CHUNK = 16


@dataclass(frozen=True)
class Outcome:
    """What became of one file: an article to write, or unchanged, or skipped with a reason."""

    path: str
    article: Article | None = None
    existed: bool = False
    unchanged: bool = False
    skipped: str | None = None
    warnings: tuple[str, ...] = ()


def content_digest(path: Path, data: bytes, salt: str, furniture: frozenset[str] = frozenset()) -> str:
    """The hash that decides whether a file must be processed again: its bytes, its sidecar's,
    `salt` (what else shapes the stored article: entity mode, alias files), and the lines its
    folder's other files print too (a new page of the site may add some)."""
    digest = hashlib.sha256(data)
    sidecar = sidecar_path(path)
    if sidecar is not None:
        with contextlib.suppress(UnreadableFile):  # read_sidecar reports it
            digest.update(b"\0sidecar\0" + sidecar_bytes(sidecar))
    # A folder's `.reader.toml` gives the site of the articles that name none.
    digest.update(b"\0folder\0" + folder_site(path.parent).encode())
    digest.update(b"\0salt\0" + salt.encode())
    if furniture:  # (none leaves the hash as it was before folders were read)
        digest.update(b"\0furniture\0" + "\n".join(sorted(furniture)).encode())
    return digest.hexdigest()


class FileProcessor:
    """Turns (path, previous hash) into an Outcome; entities when shaping has aliases."""

    def __init__(self, shaping: ArticleShaping) -> None:
        use_user_outlets(shaping.outlets_file)
        self.salt = shaping.salt
        self.extractor = EntityExtractor(shaping.aliases) if shaping.aliases is not None else None

    def process(self, chunk: Sequence[Job]) -> list[Outcome]:
        outcomes = [outcome for job in chunk for outcome in self._outcomes(*job)]
        articles = [o.article for o in outcomes if o.article is not None]
        if self.extractor is not None and articles:
            annotated = iter(self.extractor.annotate(articles))
            outcomes = [
                Outcome(o.path, next(annotated), o.existed, warnings=o.warnings) if o.article else o
                for o in outcomes
            ]
        return outcomes

    def _outcomes(self, name: str, previous: str | None, furniture: frozenset[str]) -> list[Outcome]:
        """What becomes of one file (of each item, for a feed file); whatever goes wrong with
        it skips it alone, with why."""
        try:
            return self._read(name, previous, furniture)
        except ReaderError as reason:  # UnreadableFile, NotAFeed
            return [Outcome(name, skipped=reason.message)]
        except (RecursionError, MemoryError, ValueError, OSError) as error:
            return [Outcome(name, skipped=f"could not be read as an article ({type(error).__name__})")]

    def _read(self, name: str, previous: str | None, furniture: frozenset[str]) -> list[Outcome]:
        try:
            name.encode("utf-8")
        except UnicodeEncodeError:
            # The index stores paths as text: a name that is not UTF-8 could not be found again.
            raise UnreadableFile("its name is not valid UTF-8: rename it to index it") from None
        path = Path(name)
        data = read_bytes(path)
        digest = content_digest(path, data, self.salt, furniture)
        if previous == digest:
            return [Outcome(name, unchanged=True)]
        if path.suffix.lower() in FEED_SUFFIXES:
            # A changed feed file: each item replaces its earlier version, if any (update).
            items = feed_file_articles(data, path, digest)
            return [Outcome(item.path, item, previous is not None, warnings=item.warnings) for item in items]
        metadata, warning = read_sidecar(path)
        if path.suffix.lower() in PAGE_SUFFIXES:
            article = html_article(read_page_text(data), path, metadata, digest, folder_site(path.parent))
        else:
            site = folder_site(path.parent)
            article = parse_article(read_text(data), path, metadata, digest, site, furniture)
        warnings = (*([warning] if warning else []), *article.warnings)
        return [Outcome(name, article, previous is not None, warnings=warnings)]


_worker: FileProcessor | None = None


def _start_worker(shaping: ArticleShaping) -> None:
    global _worker
    _worker = FileProcessor(shaping)
    if _worker.extractor is not None:
        _worker.extractor.model.load()


def _work(chunk: Sequence[Job]) -> list[Outcome]:
    assert _worker is not None
    return _worker.process(chunk)


def process_files(
    files: Sequence[tuple[str, str | None]],
    shaping: ArticleShaping,
    parallel: bool = True,
    furniture: Mapping[str, frozenset[str]] | None = None,
) -> Iterator[Outcome]:
    """Outcomes of `files` ((path, previous hash) pairs), in order; `furniture` holds the
    lines each file's folder prints on its other files too (`folder_lines`).

    With many files to parse, parsing and NER run in one worker per core and this process
    only writes the index; forked workers share the already loaded spaCy model."""
    folder_site.cache_clear()  # a `.reader.toml` edited since the last run
    to_parse = sum(1 for _, previous in files if previous is None)
    cores = os.cpu_count() or 1
    shared = furniture or {}
    jobs = [(name, previous, shared.get(name, frozenset())) for name, previous in files]
    chunks = [jobs[i : i + CHUNK] for i in range(0, len(jobs), CHUNK)]
    if not parallel or to_parse < PARALLEL_FROM or cores < 2:
        processor = FileProcessor(shaping)
        for chunk in chunks:
            yield from processor.process(chunk)
        return
    if shaping.aliases is not None:
        # Loaded here first: forked workers inherit it instead of loading it each.
        EntityExtractor(shaping.aliases).model.load()
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with context.Pool(cores, initializer=_start_worker, initargs=(shaping,)) as pool:
        for outcomes in pool.imap(_work, chunks):
            yield from outcomes
