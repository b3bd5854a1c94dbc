"""`quoteidx search/speakers/quotes/show` through CliRunner and a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from quoteidx.cli import app
from tests.test_search import _build

runner = CliRunner()


@pytest.fixture(scope="module")
def dbfile(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "q.db"
    _build(path).conn.close()
    return str(path)


def _run(*args: str):
    return runner.invoke(app, list(args))


def _jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_search_jsonl_in_a_pipe(dbfile):
    res = _run("search", "defend ourselvs", "--db", dbfile)
    assert res.exit_code == 0, res.output
    rows = _jsonl(res.stdout)
    assert rows[0]["text"] == "If they attack us, we will defend ourselves."
    assert {"id", "score", "speaker", "title", "path", "published"} <= set(rows[0])
    assert "\x1b[" not in res.stdout


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "table"])
def test_search_formats(dbfile, fmt):
    res = _run("search", "nato open dor", "--db", dbfile, "--format", fmt, "--limit", "2")
    assert res.exit_code == 0, res.output
    assert "NATO" in res.stdout
    assert "\x1b[" not in res.stdout


def test_search_options(dbfile):
    res = _run("search", "the", "--db", dbfile, "--speaker", "zelenskyy", "--kind", "direct",
               "--since", "2020-01-01", "--outlet", "kyiv", "-f", "json")
    assert res.exit_code == 0, res.output
    assert {r["speaker"] for r in json.loads(res.stdout)} == {"Volodymyr Zelensky"}
    bad = _run("search", "x", "--db", dbfile, "--since", "soon")
    assert bad.exit_code == 2 and "--since" in bad.stderr


def test_speakers(dbfile):
    res = _run("speakers", "zelenskyy", "--db", dbfile, "-f", "jsonl")
    assert res.exit_code == 0, res.output
    assert _jsonl(res.stdout)[0]["name"] == "Volodymyr Zelensky"
    top = _jsonl(_run("speakers", "--db", dbfile, "-f", "jsonl", "--limit", "1").stdout)
    assert top[0]["quote_count"] == 2


def test_quotes_and_ambiguity(dbfile):
    res = _run("quotes", "fesenko", "--db", dbfile, "-f", "jsonl")
    assert res.exit_code == 0
    assert {r["speaker"] for r in _jsonl(res.stdout)} == {"Volodymyr Fesenko"}
    amb = _run("quotes", "brown", "--db", dbfile)
    assert amb.exit_code == 2
    assert "Gordon Brown" in amb.stderr and "Nick Brown" in amb.stderr
    none = _run("quotes", "nobody whatsoever", "--db", dbfile)
    assert none.exit_code == 1 and "no speaker" in none.stderr
    assert "Traceback" not in none.output


def test_show(dbfile):
    qid = _jsonl(_run("search", "defend ourselvs", "--db", dbfile).stdout)[0]["id"]
    res = _run("show", str(qid), "--db", dbfile, "-f", "json")
    assert res.exit_code == 0
    view = json.loads(res.stdout)[0]
    assert "we will defend ourselves" in view["context"]
    table = _run("show", str(qid), "--db", dbfile, "-f", "table")
    assert "Ukraine braces" in table.stdout
    assert _run("show", "424242", "--db", dbfile).exit_code == 1


def test_merge_and_split(tmp_path):
    path = str(tmp_path / "m.db")
    _build(path).conn.close()
    res = _run("speakers", "--merge", "Gordon Brown", "Nick Brown", "--db", path, "-f", "json")
    assert res.exit_code == 0, res.output
    names = [r["name"] for r in _jsonl(_run("speakers", "brown", "--db", path).stdout)]
    assert "Nick Brown" not in names
    res = _run("speakers", "--split", "Gordon Brown", "Nick Brown", "--db", path)
    assert res.exit_code == 0, res.output
    assert _run("quotes", "Nick Brown", "--db", path).exit_code == 0


def test_missing_db(tmp_path):
    res = _run("search", "x", "--db", str(tmp_path / "none.db"))
    assert res.exit_code == 1
    assert res.stderr.count("\n") == 1 and "none.db" in res.stderr


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40).filter(lambda s: "\x00" not in s))
def test_cli_any_query(dbfile, query):
    for cmd in (["search", query], ["speakers", query], ["quotes", query]):
        res = _run(*cmd, "--db", dbfile, "-f", "jsonl")
        assert res.exit_code in (0, 1, 2), res.output
        assert res.exception is None or isinstance(res.exception, SystemExit)


def test_subprocess_pipe_no_colour(dbfile):
    env = {**os.environ, "NO_COLOR": "1"}
    for args in (["search", 'AND( "* NEAR ^ - 🙂', "--db", dbfile],
                 ["search", "defend ourselvs", "--db", dbfile, "-f", "table"],
                 ["speakers", "V. Zelensky", "--db", dbfile],
                 ["quotes", "fesenko", "--db", dbfile, "--kind", "reported"]):
        proc = subprocess.run([sys.executable, "-m", "quoteidx", *args], capture_output=True,
                              text=True, env=env, timeout=60)
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr and "\x1b[" not in proc.stdout
    proc = subprocess.run([sys.executable, "-m", "quoteidx", "quotes", "brown", "--db", dbfile],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
