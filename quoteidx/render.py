"""Render rows (lists of dicts) as a rich table, JSON, JSON lines, CSV or TSV.

Every listing command shares these formats: a table for a person at a terminal,
JSON lines when stdout is a pipe.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterable, Sequence
from typing import IO

FORMATS = ("table", "json", "jsonl", "csv", "tsv")
_LONG_COLUMNS = frozenset({"text", "statement", "quote", "aliases"})
_NAME_COLUMNS = frozenset({"speaker", "name", "title", "source", "path", "matched"})


def default_format(stream: IO[str] | None = None) -> str:
    """'table' when the stream is a terminal, else 'jsonl'."""
    stream = stream or sys.stdout
    try:
        return "table" if stream.isatty() else "jsonl"
    except (AttributeError, ValueError):
        return "jsonl"


def use_color(stream: IO[str] | None = None) -> bool:
    """Colour only on a terminal and never when NO_COLOR is set."""
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:.3g}"
    return str(value)


def render(
    rows: Iterable[dict],
    fmt: str,
    columns: Sequence[str] | None = None,
    stream: IO[str] | None = None,
    title: str | None = None,
) -> int:
    """Write `rows` to `stream` in format `fmt`; return how many rows were written.

    `columns` picks and orders the fields for table/csv/tsv (JSON keeps every field).
    JSON lines, CSV and TSV stream row by row; 'json' and 'table' collect first.
    """
    stream = stream or sys.stdout
    count = 0
    if fmt == "jsonl":
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            count += 1
        return count
    if fmt == "json":
        data = list(rows)
        json.dump(data, stream, ensure_ascii=False, indent=2, default=str)
        stream.write("\n")
        return len(data)
    if fmt in ("csv", "tsv"):
        writer = None
        for row in rows:
            if writer is None:
                cols = list(columns) if columns else list(row.keys())
                writer = csv.writer(stream, delimiter="\t" if fmt == "tsv" else ",",
                                    lineterminator="\n")
                writer.writerow(cols)
            writer.writerow([_cell(row.get(c)) for c in cols])
            count += 1
        if writer is None and columns:
            csv.writer(stream, delimiter="\t" if fmt == "tsv" else ",",
                       lineterminator="\n").writerow(list(columns))
        return count
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        data = list(rows)
        cols = list(columns) if columns else (list(data[0].keys()) if data else [])
        table = Table(title=title, show_lines=False,
                      expand=any(c in _LONG_COLUMNS for c in cols))
        for c in cols:
            if c in _LONG_COLUMNS:
                # the statement gets the room; short fields keep one line each
                table.add_column(c, overflow="fold", ratio=4, min_width=20)
            elif c in _NAME_COLUMNS:
                table.add_column(c, overflow="fold", ratio=2, min_width=12)
            else:
                width = max(len(c), max((len(_cell(r.get(c))) for r in data), default=0))
                table.add_column(c, overflow="ellipsis", no_wrap=True,
                                 min_width=min(width, 24), max_width=30)
        for row in data:
            # Text(), not str: a cell like "[inaudible]" is content, not rich markup
            table.add_row(*[Text(_cell(row.get(c))) for c in cols])
        console = Console(file=stream, no_color=not use_color(stream),
                          highlight=False, soft_wrap=False)
        console.print(table)
        return len(data)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
