"""`quoteidx search`, `speakers`, `quotes` and `show`: find statements and speakers."""

from __future__ import annotations

import sys
from pathlib import Path
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
from quoteidx.errors import AmbiguousSpeakerError
from quoteidx.render import render, use_color

HIT_COLUMNS = ("id", "score", "speaker", "text", "title", "published")
SPEAKER_COLUMNS = ("id", "name", "score", "quote_count", "matched")
QUOTE_COLUMNS = ("id", "published", "kind", "text", "title")
MARK_STYLE = "bold yellow"


def _open(db: Path):
    from quoteidx.index import open_index

    return open_index(db, create=False)


def _console(color: bool):
    """A console on stdout; without colour it writes no escape codes at all (NO_COLOR)."""
    from rich.console import Console

    return Console(file=sys.stdout, highlight=False,
                   color_system="auto" if color else None, no_color=not color)


def _table(rows: list[dict], columns: tuple[str, ...], spans: list[list[tuple[int, int]]] | None
           = None, title: str | None = None) -> None:
    """A rich table whose cells are plain Text (never markup), highlighted on a terminal."""
    from rich.table import Table
    from rich.text import Text

    color = use_color(sys.stdout)
    # a column no row fills (no article here has a date) only takes room
    columns = tuple(c for c in columns if c in ("id", "text") or any(
        r.get(c) or (c == "title" and r.get("path")) for r in rows))
    table = Table(title=title, expand=True)
    for c in columns:
        if c == "text":
            table.add_column(c, overflow="fold", ratio=4, min_width=24)
        elif c in ("id", "score", "published", "kind"):
            table.add_column(c, no_wrap=True)
        else:
            table.add_column(c, overflow="fold", ratio=2)
    for i, row in enumerate(rows):
        cells = []
        for c in columns:
            v = row.get(c)
            if c == "title":
                v = v or row.get("path")
            t = Text("" if v is None else (f"{v:.1f}" if isinstance(v, float) else str(v)))
            if c == "text" and color and spans:
                for s, e in spans[i]:
                    t.stylize(MARK_STYLE, s, e)
            cells.append(t)
        table.add_row(*cells)
    _console(color).print(table)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What was said, roughly: typos and missing "
                                              "words are fine.")],
    speaker: Annotated[str | None, typer.Option(help="Only quotes of this speaker (fuzzy).")]
    = None,
    kind: Annotated[str | None, typer.Option(
        help="direct, indirect, mixed, or reported (indirect or mixed).")] = None,
    since: Annotated[str | None, typer.Option(help="Articles published on or after DATE.")]
    = None,
    until: Annotated[str | None, typer.Option(help="Articles published on or before DATE.")]
    = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name contains this.")] = None,
    limit: Annotated[int, typer.Option(min=0, help="How many hits.")] = 20,
    min_score: Annotated[float, typer.Option(help="Drop hits scoring below this (0-100).")]
    = 0.0,
    exact: Annotated[bool, typer.Option(help="Only quotes holding the words as a phrase.")]
    = False,
    exhaustive: Annotated[bool, typer.Option(
        help="Rank every quote, not just the full-text candidates (slow on big indexes).")]
    = False,
    db: DbOption = Path(DEFAULT_DB),
    fmt: FormatOption = None,
) -> None:
    """Quotes ranked by how well their statement matches QUERY."""
    from quoteidx.search import search as run_search

    out = resolve_format(fmt)
    with library_errors():
        index = _open(db)
        hits = run_search(index, query, speaker=speaker, kind=kind, since=since, until=until,
                          outlet=outlet, limit=limit, min_score=min_score, exact=exact,
                          exhaustive=exhaustive)
        rows = [h.to_row() for h in hits]
        if out == "table":
            _table(rows, HIT_COLUMNS, [h.highlights for h in hits])
        else:
            render(rows, out, columns=HIT_COLUMNS + ("kind", "path", "outlet", "article_id",
                                                     "speaker_id"))


@app.command()
def speakers(
    query: Annotated[str | None, typer.Argument(
        help="A name, surname, initials or misspelling; none: the most quoted.")] = None,
    limit: Annotated[int, typer.Option(min=0, help="How many speakers.")] = 20,
    merge: Annotated[tuple[str, str] | None, typer.Option(
        help="Merge speaker B into speaker A (names, aliases or ids).",
        metavar="A B")] = None,
    split: Annotated[tuple[str, str] | None, typer.Option(
        help="Detach name variant ALIAS from SPEAKER into a speaker of its own.",
        metavar="SPEAKER ALIAS")] = None,
    db: DbOption = Path(DEFAULT_DB),
    fmt: FormatOption = None,
) -> None:
    """Speakers ranked by fuzzy match of their names and aliases, with quote counts."""
    out = resolve_format(fmt)
    with library_errors():
        index = _open(db)
        if merge or split:
            from quoteidx import index as ix

            if merge and split:
                raise typer.BadParameter("give --merge or --split, not both")
            try:
                result = ix.merge_speakers(index, *merge) if merge else \
                    ix.split_speaker(index, *split)
            except ValueError as exc:  # index.find_speaker calls int() on '¹' (isdigit)
                warn(f"error: not a speaker name or id: {exc}")
                raise typer.Exit(1) from None
            render([result], out)
            return
        from quoteidx.search import find_speakers

        rows = [m.to_row() for m in find_speakers(index, query, limit=limit)]
        if out == "table":
            _table(rows, SPEAKER_COLUMNS)
        else:
            render(rows, out, columns=SPEAKER_COLUMNS + ("type", "title", "description"))


@app.command()
def quotes(
    speaker: Annotated[str, typer.Argument(help="The speaker: a name, alias or id (fuzzy).")],
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many quotes.")]
    = None,
    kind: Annotated[str | None, typer.Option(
        help="direct, indirect, mixed, or reported (indirect or mixed).")] = None,
    db: DbOption = Path(DEFAULT_DB),
    fmt: FormatOption = None,
) -> None:
    """Everything one speaker said, newest first."""
    from quoteidx.search import quotes_by

    out = resolve_format(fmt)
    with library_errors():
        index = _open(db)
        try:
            who, rows = quotes_by(index, speaker, kind=kind, limit=limit)
        except AmbiguousSpeakerError as exc:
            warn(f"error: {exc}")
            for c in exc.candidates:
                sys.stderr.write(f"  {c}\n")
            raise typer.Exit(2) from None
        if out == "table":
            _table(rows, QUOTE_COLUMNS, title=f"{who.name} ({who.quote_count} quotes)")
        else:
            render(rows, out, columns=QUOTE_COLUMNS + ("speaker", "cue", "path", "outlet"))


@app.command()
def show(
    quote_id: Annotated[str, typer.Argument(metavar="ID", help="The quote's id.")],
    db: DbOption = Path(DEFAULT_DB),
    fmt: FormatOption = None,
) -> None:
    """One quote in its paragraph, with its attribution and its article."""
    from quoteidx.search import show_quote

    out = resolve_format(fmt)
    with library_errors():
        view = show_quote(_open(db), quote_id)
        if out != "table":
            render([view], out)
            return
        from rich.text import Text

        color = use_color(sys.stdout)
        console = _console(color)
        styles = {"quote": "bold", "speaker": "bold cyan", "cue": "cyan"}
        body = Text(view["context"])
        if color:
            for h in view["highlights"]:
                body.stylize(styles.get(h["what"], "bold"), h["start"], h["end"])
        head = view["title"] or view["path"] or ""
        where = view["url"] or view["path"]
        meta = " | ".join(str(v) for v in (view["outlet"], view["author"], view["published"],
                                          where if where != head else None) if v)
        console.print(Text(head, style="bold" if color else ""))
        if meta:
            console.print(Text(meta))
        console.print(Text(f"quote {view['id']} · {view['kind']} · "
                           f"{view['speaker'] or 'unknown speaker'} · rule {view['rule']}"))
        console.print()
        console.print(body)
