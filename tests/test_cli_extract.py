"""`quoteidx extract`: records, formats, stderr lines and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import quoteidx.extractor
from quoteidx.cli import app
from quoteidx.models import QUOTE_FIELDS

runner = CliRunner()


@pytest.fixture
def fake_extract(monkeypatch: pytest.MonkeyPatch, make_quote):
    """Every article yields one quote per line that starts with 'Q:'; 'CRASH' raises."""

    def extract(text: str, source: str = "-"):
        if "CRASH" in text:
            raise ValueError("boom")
        out, pos = [], 0
        for line in text.splitlines(keepends=True):
            if line.startswith("Q:"):
                out.append(make_quote(line[2:].strip(), "Ana Kowalski", start=pos + 2,
                                      rule="fake", source=source))
            pos += len(line)
        return out

    monkeypatch.setattr(quoteidx.extractor, "extract", extract)
    return extract


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_records_have_exactly_the_quote_fields(tmp_path: Path, fake_extract) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Title\nQ: first quote\nQ: second quote\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(a)])
    assert result.exit_code == 0, result.output
    rows = jsonl(result.stdout)
    assert [list(r) for r in rows] == [list(QUOTE_FIELDS)] * 2
    assert [(r["source"], r["text"], r["speaker"]) for r in rows] == [
        (str(a), "first quote", "Ana Kowalski"), (str(a), "second quote", "Ana Kowalski")]
    assert result.stderr == ""


def test_failures_and_warnings_are_one_line_each(tmp_path: Path, fake_extract) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Q: fine\n", encoding="utf-8")
    old = tmp_path / "old.txt"
    old.write_bytes(b"Q: caf\xe9\n")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["extract", str(missing), str(binary), str(old), str(good)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"quoteidx: error: {missing}: no such file",
        f"quoteidx: error: {binary}: binary file, skipped",
        f"quoteidx: warning: {old}: not valid UTF-8; decoded as cp1252",
    ]
    assert [r["text"] for r in jsonl(result.stdout)] == ["café", "fine"]


def test_warning_alone_exits_zero(tmp_path: Path, fake_extract) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(empty)])
    assert result.exit_code == 0
    assert result.stderr == f"quoteidx: warning: {empty}: empty file\n"
    assert result.stdout == ""


def test_extractor_crash_fails_that_article_only(tmp_path: Path, fake_extract) -> None:
    bad = tmp_path / "a_bad.txt"
    bad.write_text("CRASH\n", encoding="utf-8")
    good = tmp_path / "b_good.txt"
    good.write_text("Q: still here\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"quoteidx: error: {bad}: extraction failed: ValueError: boom\n")
    assert [r["text"] for r in jsonl(result.stdout)] == ["still here"]


def test_directory_glob_and_stdin(tmp_path: Path, fake_extract) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("Q: from txt\n", encoding="utf-8")
    (tmp_path / "y.md").write_text("Q: from md\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--glob", "*.txt"])
    assert [r["text"] for r in jsonl(result.stdout)] == ["from txt"]
    result = runner.invoke(app, ["extract", "-"], input="Q: piped\n")
    assert result.exit_code == 0
    assert [(r["source"], r["text"]) for r in jsonl(result.stdout)] == [("-", "piped")]


def test_other_formats(tmp_path: Path, fake_extract) -> None:
    a = tmp_path / "a.txt"
    long = "word " * 40
    a.write_text(f"Q: one, two\nQ: {long}\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(a), "--format", "csv"])
    table = list(csv.reader(io.StringIO(result.stdout)))
    assert table[0] == list(QUOTE_FIELDS) and table[1][1] == "one, two"
    result = runner.invoke(app, ["extract", str(a), "-f", "json"])
    assert [r["text"] for r in json.loads(result.stdout)] == ["one, two", long.strip()]
    result = runner.invoke(app, ["extract", str(a), "-f", "tsv"])
    assert result.stdout.splitlines()[0].split("\t") == list(QUOTE_FIELDS)
    result = runner.invoke(app, ["extract", str(a), "-f", "table"],
                           env={"COLUMNS": "250"})
    assert result.exit_code == 0
    header = result.stdout.splitlines()[1]
    assert [h.strip() for h in header.strip("┃ ").split("┃")] == [
        "speaker", "text", "kind", "rule", "source"]
    assert "…" in result.stdout and long.strip() not in result.stdout


@pytest.mark.parametrize("args", [["extract"], ["extract", "x.txt", "--format", "xml"],
                                  ["extract", "x.txt", "--nope"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert runner.invoke(app, args).exit_code == 2


# --- a real process, the real extractor ---------------------------------------------------

ARTICLE = """Port workers vote to strike

Dock workers in Eastport voted on Monday to walk out next month.

"We have waited three years for a fair offer," said Marta Lindqvist, the union's chief
negotiator. "We will not wait any longer."
"""


def test_subprocess_extracts_and_reports(tmp_path: Path, run_quoteidx) -> None:
    a = tmp_path / "strike.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    proc = run_quoteidx("extract", str(a))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    rows = jsonl(proc.stdout)
    assert rows, "the extractor found no quote in a plain `\"...,\" said X` article"
    assert all(list(r) == list(QUOTE_FIELDS) and r["source"] == str(a) for r in rows)
    direct = [r for r in rows if r["kind"] == "direct"]
    assert direct[0]["text"].startswith("We have waited three years")
    assert ARTICLE[direct[0]["start"]:direct[0]["end"]] == direct[0]["text"]


def test_subprocess_exit_codes_and_clean_stderr(tmp_path: Path, run_quoteidx) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    binary = tmp_path / "pic.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    proc = run_quoteidx("extract", str(tmp_path / "gone.txt"), str(binary), str(good))
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"quoteidx: error: {tmp_path / 'gone.txt'}: no such file",
        f"quoteidx: error: {binary}: binary file, skipped",
    ]
    assert jsonl(proc.stdout)
    usage = run_quoteidx("extract")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
    piped = run_quoteidx("extract", "-", input=ARTICLE.encode())
    assert piped.returncode == 0 and all(r["source"] == "-" for r in jsonl(piped.stdout))


def test_broken_pipe_exits_quietly(tmp_path: Path) -> None:
    for i in range(400):
        (tmp_path / f"{i:03d}.txt").write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "quoteidx", "extract", str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert json.loads(first)["source"].endswith("000.txt")
    assert err == ""
