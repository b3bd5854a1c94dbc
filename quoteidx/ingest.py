"""The ingest pipeline: read articles, extract quotes in worker processes, write them
into the index from one writer (this process), in batched transactions.

    paths --(expand, in order)--> tasks of a few files --(pool.imap)--> workers:
        read + sha256 + skip-if-indexed + extract --> (Article, [Quote]) --> writer

Memory stays bounded: paths are expanded lazily, at most a few tasks are in flight, and
the writer holds one batch. JSON/JSONL crawl exports and stdin are read here in the
main process (one file may hold a whole corpus) and only their extraction is farmed out.
Results come back in input order, so a resumed ingest writes exactly what an
uninterrupted one would have.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quoteidx.index import (
    IndexWriter,
    PreparedArticle,
    close_index,
    open_index,
    text_sha256,
)
from quoteidx.models import Article, InputFailure

TASK_FILES = 32  # files per worker task
TASK_ARTICLES = 64  # articles (from JSONL or stdin) per worker task
BATCH_ARTICLES = int(os.environ.get("QUOTEIDX_BATCH", "500"))  # articles per transaction
BATCH_SECONDS = 1.0  # ...or commit at least this often
_MAIN_READ_SUFFIXES = (".json", ".jsonl", ".ndjson")

ProgressFn = Callable[["IngestSummary"], None]
MessageFn = Callable[[str, str], None]  # (source, message)


@dataclass(slots=True)
class IngestSummary:
    """What an ingest did; `units_done`/`units_total` drive a progress bar."""

    added: int = 0
    skipped: int = 0  # same text already in the index (or earlier in this run)
    empty: int = 0  # no text at all (warned about; nothing stored)
    failed: int = 0
    replaced: int = 0
    quotes: int = 0
    new_speakers: int = 0
    warnings: int = 0
    seconds: float = 0.0
    units_done: int = 0
    units_total: int | None = None
    failures: list[InputFailure] = field(default_factory=list)

    @property
    def articles(self) -> int:
        """Articles seen (added, skipped, empty or failed)."""
        return self.added + self.skipped + self.empty + self.failed


# ---------------------------------------------------------------------------------------
# Reading: delegated to quoteidx.reader
# ---------------------------------------------------------------------------------------


def _read(path: str) -> Iterator[Article | InputFailure]:
    """Every article of one input file (the reader's rules: format by suffix)."""
    from quoteidx.reader import read_path

    return read_path(path)


def expand_paths(paths: Iterable[str], glob: str | None = None) -> Iterator[str]:
    """Input files in a stable order, exactly as `quoteidx extract` reads them."""
    from quoteidx.reader import iter_paths

    return iter_paths(list(paths), glob=glob)


# ---------------------------------------------------------------------------------------
# Workers
# ---------------------------------------------------------------------------------------

# Result items sent back by workers:
#   ("ok", PreparedArticle)            extracted, to be written
#   ("skip", source, sha256)           already in the index (not replacing)
#   ("empty", source)                  no text: not stored
#   ("fail", source, message)          unreadable input
#   ("warn", source, message)          a warning about an input (article still read)
#   ("unit",)                          one input file finished (for progress)

_worker_db: str | None = None
_worker_replace = False
_worker_conn: sqlite3.Connection | None = None


def _init_worker(db_path: str | None, replace: bool) -> None:
    global _worker_db, _worker_replace, _worker_conn
    if _worker_conn is not None:
        _worker_conn.close()
    _worker_db, _worker_replace, _worker_conn = db_path, replace, None


def _indexed(sha: str) -> bool:
    """Whether the index already holds this text (a read-only look, to skip extraction)."""
    global _worker_conn
    if _worker_replace or _worker_db is None:
        return False
    try:
        if _worker_conn is None:
            uri = Path(_worker_db).resolve().as_uri() + "?mode=ro"
            _worker_conn = sqlite3.connect(uri, uri=True, timeout=30)
        return _worker_conn.execute(
            "SELECT 1 FROM articles WHERE sha256 = ?", (sha,)).fetchone() is not None
    except sqlite3.Error:
        return False  # the writer decides in the end


def _prepare(item: Article | InputFailure, out: list[tuple]) -> None:
    from quoteidx import extract

    if isinstance(item, InputFailure):
        out.append(("fail", item.source, item.message))
        return
    if not item.text.strip():
        # An empty file is no article: it is warned about and not stored, so that an
        # empty placeholder never stands in the index for a text that comes later.
        for w in item.warnings or ["empty file"]:
            out.append(("warn", item.source, w))
        out.append(("empty", item.source))
        return
    sha = text_sha256(item.text)
    if _indexed(sha):  # warnings about an article already indexed were shown before
        out.append(("skip", item.source, sha))
        return
    for w in item.warnings:
        out.append(("warn", item.source, w))
    try:
        quotes = extract(item.text, item.source)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        out.append(("fail", item.source, f"extraction failed: {type(exc).__name__}: {exc}"))
        return
    prepared = PreparedArticle(item, quotes, sha)
    prepared.hash_quotes()
    out.append(("ok", prepared))


def _work(task: tuple[str, list]) -> list[tuple]:
    """Run one task in a worker: ("paths", [file...]) or ("articles", [Article...])."""
    kind, items = task
    out: list[tuple] = []
    if kind == "paths":
        for path in items:
            try:
                for item in _read(path):
                    _prepare(item, out)
            except Exception as exc:  # noqa: BLE001 - the reader failed on this file
                out.append(("fail", path, f"{type(exc).__name__}: {exc}"))
            out.append(("unit",))
    else:
        for item in items:
            _prepare(item, out)
    return out


def _tasks(paths: Sequence[str], glob: str | None) -> Iterator[tuple[str, list]]:
    """Worker tasks in input order; JSON exports and stdin are read here, in chunks."""
    chunk: list[str] = []
    for path in expand_paths(paths, glob):
        if path == "-" or path.lower().endswith(_MAIN_READ_SUFFIXES):
            if chunk:
                yield ("paths", chunk)
                chunk = []
            arts: list[Article | InputFailure] = []
            try:
                for item in _read(path):
                    arts.append(item)
                    if len(arts) >= TASK_ARTICLES:
                        yield ("articles", arts)
                        arts = []
            except Exception as exc:  # noqa: BLE001
                arts.append(InputFailure(path, f"{type(exc).__name__}: {exc}"))
            yield ("articles", arts + [_UNIT])
            continue
        chunk.append(path)
        if len(chunk) >= TASK_FILES:
            yield ("paths", chunk)
            chunk = []
    if chunk:
        yield ("paths", chunk)


class _UnitMarker:
    """Marks the end of a file read in the main process (for progress)."""


_UNIT = _UnitMarker()


def _work_any(task: tuple[str, list]) -> list[tuple]:
    kind, items = task
    if kind == "articles" and items and isinstance(items[-1], _UnitMarker):
        return _work((kind, items[:-1])) + [("unit",)]
    return _work(task)


def _bounded(tasks: Iterator, sem: threading.Semaphore, stop: threading.Event) -> Iterator:
    """Yield tasks only while fewer than the semaphore's count are in flight."""
    for task in tasks:
        while not sem.acquire(timeout=0.2):
            if stop.is_set():
                return
        if stop.is_set():
            return
        yield task


# ---------------------------------------------------------------------------------------
# The pipeline
# ---------------------------------------------------------------------------------------


def ingest(
    paths: Sequence[str],
    db_path: str | Path,
    glob: str | None = None,
    replace: bool = False,
    workers: int | None = None,
    on_failure: MessageFn | None = None,
    on_warning: MessageFn | None = None,
    on_progress: ProgressFn | None = None,
    count_units: bool = False,
) -> IngestSummary:
    """Ingest articles from `paths` into the index at `db_path`; return what happened.

    `workers`: extraction processes (default: all cores; 0 = in this process).
    Already-indexed texts (same sha256) are skipped unless `replace`. Failures and
    warnings are reported through the callbacks and collected in the summary; they
    never stop the batch. `count_units` walks the inputs once first so progress has a
    total (only worth it when someone watches).
    """
    started = time.monotonic()
    summary = IngestSummary()
    if workers is None:
        workers = os.cpu_count() or 1
    workers = max(0, workers)
    if count_units:
        summary.units_total = sum(1 for _ in expand_paths(paths, glob))
    db = open_index(db_path)
    spath = str(db_path)
    writer = IndexWriter(db)
    batch: list[PreparedArticle] = []
    last_flush = time.monotonic()

    def write(items: list[PreparedArticle]) -> list:
        try:
            return writer.write_batch(items, replace=replace)
        except sqlite3.IntegrityError:
            pass
        # One article could not be stored (rolled back): write them one by one.
        results = []
        for item in items:
            try:
                results.extend(writer.write_batch([item], replace=replace))
            except sqlite3.IntegrityError as exc:
                fail(item.article.source, f"could not store its quotes: {exc}")
        return results

    def fail(source: str, message: str) -> None:
        summary.failed += 1
        if len(summary.failures) < 10_000:
            summary.failures.append(InputFailure(source, message))
        if on_failure:
            on_failure(source, message)

    def flush() -> None:
        nonlocal batch, last_flush
        for res in write(batch):
            if res.added:
                summary.added += 1
                summary.quotes += res.quotes
                summary.new_speakers += res.new_speakers
                summary.replaced += int(res.replaced)
            else:
                summary.skipped += 1
        batch = []
        last_flush = time.monotonic()
        if on_progress:
            on_progress(summary)

    def handle(results: list[tuple]) -> None:
        for r in results:
            tag = r[0]
            if tag == "ok":
                batch.append(r[1])
                if len(batch) >= BATCH_ARTICLES:
                    flush()
            elif tag == "skip":
                summary.skipped += 1
            elif tag == "empty":
                summary.empty += 1
            elif tag == "unit":
                summary.units_done += 1
            elif tag == "warn":
                summary.warnings += 1
                if on_warning:
                    on_warning(r[1], r[2])
            elif tag == "fail":
                fail(r[1], r[2])
        if batch and time.monotonic() - last_flush >= BATCH_SECONDS:
            flush()
        elif on_progress:
            on_progress(summary)

    memory = spath == ":memory:"
    try:
        if workers == 0 or memory:
            _init_worker(None if memory else spath, replace)
            for task in _tasks(paths, glob):
                handle(_work_any(task))
        else:
            stop = threading.Event()
            sem = threading.Semaphore(workers * 8)
            ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
            pool = ctx.Pool(workers, initializer=_init_worker, initargs=(spath, replace))
            try:
                for results in pool.imap(_work_any, _bounded(_tasks(paths, glob), sem, stop)):
                    sem.release()
                    handle(results)
                pool.close()
            except BaseException:
                stop.set()
                pool.terminate()
                raise
            finally:
                pool.join()
        if batch:
            flush()
        writer.finish()
    finally:
        _init_worker(None, False)
        close_index(db)
    summary.seconds = time.monotonic() - started
    return summary
