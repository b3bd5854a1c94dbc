"""The quoteidx command line: a thin layer over the library.

Each command group lives in its own module and registers itself on `app`.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="quoteidx",
    help="Extract attributed quotes and claims from news articles, index them, search them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command modules import `app` and register their commands on import, in the order
# `--help` lists them.
# isort: off
from quoteidx.cli import extract_cmd  # noqa: E402,F401
from quoteidx.cli import eval_cmd  # noqa: E402,F401
from quoteidx.cli import index_cmd  # noqa: E402,F401
from quoteidx.cli import search_cmd  # noqa: E402,F401
# isort: on


def main() -> None:
    """Console-script entry point."""
    app()
