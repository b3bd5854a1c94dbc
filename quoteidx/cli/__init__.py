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

# Command modules import `app` and register their commands on import.
from quoteidx.cli import extract_cmd  # noqa: E402,F401

for _optional in ("eval_cmd", "index_cmd", "search_cmd"):
    try:
        __import__(f"quoteidx.cli.{_optional}")
    except ModuleNotFoundError as _exc:  # a module not written yet
        if _exc.name != f"quoteidx.cli.{_optional}":
            raise


def main() -> None:
    """Console-script entry point."""
    app()
