"""`quoteidx ingest` and `quoteidx stats`: build the index and describe it."""

from __future__ import annotations

import json
import sys
import time
from typing import Annotated

import typer

from quoteidx.cli import app
from quoteidx.cli.common import (
    DEFAULT_DB,
    DbOption,
    FormatOption,
    library_errors,
    resolve_format,
    warn,
)
from quoteidx.render import render, use_color


def _progress_bar(enabled: bool):
    """A rich progress bar on stderr, or None when nobody watches."""
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(file=sys.stderr, no_color=not use_color(sys.stderr))
    return Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        TextColumn("{task.fields[articles]} articles, {task.fields[quotes]} quotes, "
                   "{task.fields[rate]:.0f}/s"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[str], typer.Argument(
        help="Files, directories (recursive) or '-' for stdin.", show_default=False)],
    db: DbOption = DEFAULT_DB,
    glob: Annotated[str | None, typer.Option(
        "--glob", help="Only files matching this pattern inside directories, e.g. '*.txt'.")
    ] = None,
    replace: Annotated[bool, typer.Option(
        "--replace", help="Re-extract articles already in the index.")] = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", min=0,
        help="Extraction processes (default: all cores; 0: none, all in this process).")
    ] = None,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No progress bar and no summary (errors still shown).")
    ] = False,
) -> None:
    """Extract the quotes of articles and add them to the SQLite index.

    Articles already indexed (same text) are skipped; each article is committed with
    all its quotes, so an interrupted ingest can simply be run again.
    """
    from quoteidx.ingest import ingest

    try:
        tty = sys.stderr.isatty()
    except (AttributeError, ValueError):
        tty = False
    bar = _progress_bar(tty and not quiet)
    task_id = None

    def on_progress(s) -> None:
        if bar is None:
            return
        elapsed = max(time.monotonic() - started, 1e-6)
        bar.update(task_id, completed=s.units_done, total=s.units_total,
                   articles=s.articles, quotes=s.quotes, rate=s.articles / elapsed)

    def on_failure(source: str, message: str) -> None:
        line = f"error: {source}: {message}"
        if bar is not None:
            bar.console.print(f"quoteidx: {line}", markup=False, highlight=False)
        else:
            warn(line)

    def on_warning(source: str, message: str) -> None:
        if quiet:
            return
        line = f"warning: {source}: {message}"
        if bar is not None:
            bar.console.print(f"quoteidx: {line}", markup=False, highlight=False)
        else:
            warn(line)

    started = time.monotonic()
    with library_errors():
        try:
            if bar is not None:
                bar.start()
                task_id = bar.add_task("ingest", total=None, articles=0, quotes=0, rate=0.0)
            summary = ingest(
                paths, db, glob=glob, replace=replace, workers=workers,
                on_failure=on_failure, on_warning=on_warning, on_progress=on_progress,
                count_units=bar is not None,
            )
        except KeyboardInterrupt:
            if bar is not None:
                bar.stop()
            warn("interrupted; what was committed stays in the index: run the same "
                 "command again to finish")
            raise typer.Exit(130) from None
        finally:
            if bar is not None:
                bar.stop()
    if not quiet:
        s = summary
        if s.added == 0 and s.failed == 0 and s.skipped:
            warn(f"nothing new: all {s.skipped} articles are already in {db} "
                 f"({s.seconds:.1f}s)")
        else:
            rate = s.articles / s.seconds if s.seconds else 0.0
            replaced = f" ({s.replaced} replaced)" if s.replaced else ""
            empty = f", {s.empty} empty (not stored)" if s.empty else ""
            warn(f"{s.added} articles added{replaced}, {s.skipped} skipped (text already "
                 f"indexed){empty}, {s.failed} failed; "
                 f"{s.quotes} quotes, {s.new_speakers} new speakers; into {db} "
                 f"in {s.seconds:.1f}s ({rate:.0f} articles/s)")
    if summary.failed:
        raise typer.Exit(1)


@app.command("stats")
def stats_command(
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many top speakers/outlets.")
                   ] = 10,
) -> None:
    """Counts, quotes by kind, top speakers, outlets and date range of the index."""
    from quoteidx.index import close_index, open_index, stats

    with library_errors():
        index = open_index(db, create=False)
        try:
            data = stats(index, top=top)
        finally:
            close_index(index)
        fmt_name = resolve_format(fmt)
        if fmt_name == "json":
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        elif fmt_name == "jsonl":
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif fmt_name in ("csv", "tsv"):
            render(_flat_rows(data), fmt_name, columns=("section", "key", "value"))
        else:
            _stats_table(data, str(db))


def _flat_rows(data: dict):
    """The stats as (section, key, value) rows for csv/tsv."""
    for key in ("articles", "quotes", "speakers", "attributed_quotes"):
        yield {"section": "counts", "key": key, "value": data[key]}
    for kind, n in data["quotes_by_kind"].items():
        yield {"section": "quotes_by_kind", "key": kind, "value": n}
    for sp in data["top_speakers"]:
        yield {"section": "top_speakers", "key": sp["name"], "value": sp["quotes"]}
    for o in data["outlets"]:
        yield {"section": "outlets", "key": o["outlet"], "value": o["articles"]}
    for key in ("published_first", "published_last", "ingested_first", "ingested_last"):
        yield {"section": "dates", "key": key, "value": data[key]}


def _stats_table(data: dict, db: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=sys.stdout, no_color=not use_color(sys.stdout), highlight=False)
    counts = Table(title=f"quoteidx index {db}", show_header=False)
    counts.add_column("what")
    counts.add_column("value", justify="right")
    for key in ("articles", "quotes", "attributed_quotes", "speakers"):
        counts.add_row(key.replace("_", " "), f"{data[key]:,}")
    for kind, n in data["quotes_by_kind"].items():
        counts.add_row(f"  {kind} quotes", f"{n:,}")
    if data["published_first"]:
        counts.add_row("published", f"{data['published_first']} .. {data['published_last']}")
    if data["ingested_first"]:
        counts.add_row("ingested", f"{data['ingested_first']} .. {data['ingested_last']}")
    console.print(counts)
    if data["top_speakers"]:
        t = Table(title="top speakers")
        for c in ("id", "name", "type", "quotes"):
            t.add_column(c, justify="right" if c in ("id", "quotes") else "left")
        for sp in data["top_speakers"]:
            t.add_row(str(sp["id"]), sp["name"], sp["type"], f"{sp['quotes']:,}")
        console.print(t)
    if data["outlets"]:
        t = Table(title="outlets")
        t.add_column("outlet")
        t.add_column("articles", justify="right")
        for o in data["outlets"]:
            t.add_row(o["outlet"], f"{o['articles']:,}")
        console.print(t)
