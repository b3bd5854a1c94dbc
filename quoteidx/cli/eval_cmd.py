"""`quoteidx eval`: score the extractor on gold files."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from enum import Enum
from typing import Annotated

import typer

from quoteidx.cli import app
from quoteidx.cli.common import library_errors, warn
from quoteidx.evaluate import EvalReport, Figures, evaluate
from quoteidx.render import use_color

HEADERS = ("group", "gold", "found", "extracted", "correct",
           "precision", "recall", "F1", "speaker", "end-to-end")
THRESHOLDS = (  # (option, Figures attribute, label)
    ("--min-f1", "f1", "F1"),
    ("--min-recall", "recall", "recall"),
    ("--min-precision", "precision", "precision"),
    ("--min-speaker", "speaker_accuracy", "speaker accuracy"),
)


class EvalFormat(str, Enum):
    text = "text"
    json = "json"


def _fig(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _row(name: str, f: Figures) -> list[str]:
    return [name, str(f.gold), str(f.found), str(f.extracted), str(f.correct),
            _fig(f.precision), _fig(f.recall), _fig(f.f1),
            _fig(f.speaker_accuracy), _fig(f.end_to_end)]


def _plain_table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:],
                                                                        strict=True)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _print_figures(report: EvalReport) -> None:
    rows = [_row(name, figs) for name, figs in report.groups()]
    docs = len(report.documents)
    caption = (f"{docs} document{'s' * (docs != 1)}; precision by extracted kind, the rest "
               "by gold kind; reported = indirect + mixed")
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(caption=caption)
        for i, h in enumerate(HEADERS):
            table.add_column(h, justify="left" if i == 0 else "right")
        for r in rows:
            table.add_row(*r)
        Console(no_color=not use_color(sys.stdout), highlight=False).print(table)
    else:
        print(_plain_table([list(HEADERS), *rows]))
        print(caption)


def _short(text: str | None, width: int = 100) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_details(report: EvalReport) -> None:
    """Every miss, false positive and wrong speaker, grouped by rule."""
    sections: list[tuple[str, dict[str, list[str]]]] = []

    misses: dict[str, list[str]] = defaultdict(list)
    for m in report.misses:
        key = m.nearest_rule or "(nothing extracted nearby)"
        misses[key].append(f"{m.doc} [{m.kind}] {m.speaker or '(no speaker)'}: "
                           f"\"{_short(m.text)}\" (best overlap {m.best_overlap:.2f})")
    sections.append((f"Misses ({len(report.misses)})", misses))

    fps: dict[str, list[str]] = defaultdict(list)
    for f in report.false_positives:
        fps[f.rule].append(f"{f.doc} [{f.kind}] {f.speaker or '(no speaker)'}: "
                           f"\"{_short(f.text)}\" (overlap {f.overlap:.2f})")
    sections.append((f"False positives ({len(report.false_positives)})", fps))

    wrong: dict[str, list[str]] = defaultdict(list)
    for w in report.wrong_speakers:
        mention = f" (as {w.mention!r})" if w.mention and w.mention != w.got else ""
        wrong[w.rule].append(f"{w.doc} [{w.kind}] expected {w.expected or 'null'}, "
                             f"got {w.got or 'null'}{mention}: \"{_short(w.text, 80)}\"")
    sections.append((f"Wrong speakers ({len(report.wrong_speakers)})", wrong))

    for title, groups in sections:
        print(f"\n{title}")
        for rule in sorted(groups, key=lambda r: (-len(groups[r]), r)):
            print(f"  {rule} ({len(groups[rule])})")
            for line in groups[rule]:
                print(f"    {line}")


@app.command("eval")
def eval_command(
    gold: Annotated[list[str], typer.Argument(
        metavar="GOLD", help="Gold JSONL files or directories of them (- for stdin).")],
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="List every miss, false positive and wrong speaker.")] = False,
    fmt: Annotated[EvalFormat, typer.Option(
        "--format", "-f", help="text (a table) or json.")] = EvalFormat.text,
    min_f1: Annotated[float | None, typer.Option(
        "--min-f1", help="Exit 1 if overall F1 is below this.")] = None,
    min_recall: Annotated[float | None, typer.Option(
        "--min-recall", help="Exit 1 if overall recall is below this.")] = None,
    min_precision: Annotated[float | None, typer.Option(
        "--min-precision", help="Exit 1 if overall precision is below this.")] = None,
    min_speaker: Annotated[float | None, typer.Option(
        "--min-speaker", help="Exit 1 if overall speaker accuracy is below this.")] = None,
) -> None:
    """Score the extractor on gold files (precision, recall, F1, speaker, end-to-end).

    Figures overall and by kind, with the scoring rule of the gold format's README.
    """
    with library_errors():
        report = evaluate(gold)
        for doc, message in report.errors:
            warn(f"error: {doc}: extraction failed: {message}")
        if fmt == EvalFormat.json:
            json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            _print_figures(report)
            if verbose:
                _print_details(report)
        sys.stdout.flush()

    failed = bool(report.errors)
    limits = dict(zip(("--min-f1", "--min-recall", "--min-precision", "--min-speaker"),
                      (min_f1, min_recall, min_precision, min_speaker), strict=True))
    for option, attr, label in THRESHOLDS:
        limit = limits[option]
        if limit is None:
            continue
        value = getattr(report.overall, attr)
        if value is None or value < limit:
            warn(f"error: {label} {_fig(value)} is below {option} {limit:g}")
            failed = True
    if failed:
        raise typer.Exit(1)
