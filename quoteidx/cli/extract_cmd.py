"""`quoteidx extract`: print the quotes of articles, no database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

import typer

from quoteidx.cli import app
from quoteidx.cli.common import FormatOption, library_errors, resolve_format, warn
from quoteidx.models import QUOTE_FIELDS, Article, InputFailure

TABLE_COLUMNS = ("speaker", "text", "kind", "rule", "source")
TABLE_TEXT_WIDTH = 90


def _shorten(text: str, width: int = TABLE_TEXT_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class _Batch:
    """Streams quote rows from the inputs, reporting warnings and failures on stderr."""

    def __init__(self, paths: list[str], glob: str | None, short: bool) -> None:
        self.paths, self.glob, self.short = paths, glob, short
        self.failed = 0

    def rows(self) -> Iterator[dict]:
        from quoteidx.extractor import extract
        from quoteidx.reader import iter_articles

        for item in iter_articles(self.paths, glob=self.glob):
            if isinstance(item, InputFailure):
                self.failed += 1
                warn(f"error: {item.source}: {item.message}")
                continue
            yield from self._quotes(item, extract)

    def _quotes(self, article: Article, extract) -> Iterator[dict]:
        for message in article.warnings:
            warn(f"warning: {article.source}: {message}")
        try:
            quotes = extract(article.text, article.source)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            self.failed += 1
            warn(f"error: {article.source}: extraction failed: {type(exc).__name__}: {exc}")
            return
        for quote in quotes:
            record = quote.to_dict()
            record["source"] = article.source
            row = {name: record.get(name) for name in QUOTE_FIELDS}
            if self.short:
                row["text"] = _shorten(row["text"] or "")
            yield row


@app.command("extract")
def extract_command(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH",
        help="Article files, directories (read recursively) or - for stdin.")],
    fmt: FormatOption = None,
    glob: Annotated[str | None, typer.Option(
        "--glob", metavar="PATTERN",
        help="In directories, read only files whose name matches (e.g. '*.txt').")] = None,
) -> None:
    """Print every attributed quote and claim in the articles (no database).

    One record per quote (JSON lines in a pipe, a table on a terminal). Warnings and
    unreadable inputs go to stderr, one line each; exit status 1 if any input failed.
    """
    from quoteidx.render import render

    out = resolve_format(fmt)
    batch = _Batch(paths, glob, short=(out == "table"))
    with library_errors():
        render(batch.rows(), out,
               columns=TABLE_COLUMNS if out == "table" else QUOTE_FIELDS)
    if batch.failed:
        raise typer.Exit(1)
