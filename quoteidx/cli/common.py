"""Options and helpers shared by every CLI command."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from quoteidx.errors import QuoteidxError
from quoteidx.render import default_format

DEFAULT_DB = "quoteidx.db"


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


DbOption = Annotated[
    Path,
    typer.Option("--db", envvar="QUOTEIDX_DB", help="SQLite index file (env QUOTEIDX_DB).",
                 show_default=True),
]
FormatOption = Annotated[
    Format | None,
    typer.Option("--format", "-f",
                 help="Output format; default: table on a terminal, jsonl in a pipe."),
]


def resolve_format(fmt: Format | None) -> str:
    """The chosen format, or the default for the current stdout."""
    return fmt.value if fmt is not None else default_format(sys.stdout)


def warn(message: str) -> None:
    """One line on stderr."""
    sys.stderr.write(f"quoteidx: {message}\n")


@contextmanager
def library_errors():
    """Turn a QuoteidxError into one clear line on stderr and its exit code."""
    try:
        yield
    except QuoteidxError as exc:
        warn(f"error: {exc}")
        raise typer.Exit(exc.exit_code) from None
    except BrokenPipeError:
        # `quoteidx ... | head`: the reader went away; that is not an error.
        try:
            sys.stdout = open("/dev/null", "w")  # noqa: SIM115
        except OSError:
            pass
        raise typer.Exit(0) from None
