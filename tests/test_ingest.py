"""`quoteidx ingest`: the pipeline, idempotency, SIGKILL recovery, concurrency, the CLI."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from quoteidx.cli import app
from quoteidx.index import close_index, counts, open_index
from quoteidx.ingest import ingest

FIRST = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irina"]
LAST = ["Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn"]


def make_corpus(root: Path, n: int, seed: int = 1, start: int = 0) -> Path:
    """`n` small news-like articles with quotes and named speakers."""
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for i in range(start, start + n):
        a = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        b = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        text = (
            f"Headline number {i}\n\n"
            f"{a}, a local official, said on Monday that plan {i} was late.\n\n"
            f"\"We are working on it every day,\" {a} said. \"It will be done by {2000 + i}.\"\n\n"
            f"\"I do not believe that for a moment,\" said {b}, who leads the opposition.\n\n"
            f"\"Nobody was hurt,\" {a.split()[1]} added.\n"
        )
        (root / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return root


def db_counts(path: Path) -> dict[str, int]:
    db = open_index(path, create=False)
    try:
        return counts(db)
    finally:
        close_index(db)


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def quotes_per_article(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute(
            "SELECT a.sha256, count(q.id) FROM articles a LEFT JOIN quotes q "
            "ON q.article_id = a.id GROUP BY a.id"))
    finally:
        conn.close()


def consistent_speaker_counts(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        bad = conn.execute(
            "SELECT count(*) FROM speakers s WHERE s.quote_count != "
            "(SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id)").fetchone()[0]
        return bad == 0
    finally:
        conn.close()


def run_cli(*args: str, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("QUOTEIDX_DB", None)
    return subprocess.run([sys.executable, "-m", "quoteidx", *args], capture_output=True,
                          text=True, env=full_env, timeout=120, **kw)


# -- the library --------------------------------------------------------------------------


def test_ingest_then_rerun_skips_everything(tmp_path):
    corpus = make_corpus(tmp_path / "c", 40)
    db = tmp_path / "q.db"
    s = ingest([str(corpus)], db, workers=0)
    assert (s.added, s.skipped, s.failed) == (40, 0, 0)
    assert s.quotes > 40 and s.new_speakers > 0
    first = db_counts(db)
    assert first["articles"] == 40 and first["quotes"] == s.quotes
    again = ingest([str(corpus)], db, workers=0)
    assert (again.added, again.skipped, again.quotes, again.new_speakers) == (0, 40, 0, 0)
    assert db_counts(db) == first


def test_workers_give_the_same_index_as_one_process(tmp_path):
    corpus = make_corpus(tmp_path / "c", 60)
    ingest([str(corpus)], tmp_path / "a.db", workers=0)
    s = ingest([str(corpus)], tmp_path / "b.db", workers=2)
    assert s.added == 60
    assert db_counts(tmp_path / "a.db") == db_counts(tmp_path / "b.db")
    assert quotes_per_article(tmp_path / "a.db") == quotes_per_article(tmp_path / "b.db")


def test_replace_re_extracts_and_keeps_counts(tmp_path):
    corpus = make_corpus(tmp_path / "c", 20)
    db = tmp_path / "q.db"
    ingest([str(corpus)], db, workers=0)
    before = db_counts(db)
    s = ingest([str(corpus)], db, workers=2, replace=True)
    assert (s.added, s.replaced, s.skipped) == (20, 20, 0)
    assert db_counts(db) == before
    assert consistent_speaker_counts(db)


def test_duplicate_texts_in_one_run_count_as_skipped(tmp_path):
    corpus = make_corpus(tmp_path / "c", 5)
    (corpus / "copy.txt").write_bytes((corpus / "00001.txt").read_bytes())
    s = ingest([str(corpus)], tmp_path / "q.db", workers=0)
    assert (s.added, s.skipped) == (5, 1)


def test_empty_files_are_warned_about_and_not_stored(tmp_path):
    corpus = make_corpus(tmp_path / "c", 3)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.txt").write_bytes(b"  \n\n ")
    warned = []
    s = ingest([str(corpus)], tmp_path / "q.db", workers=0,
               on_warning=lambda src, msg: warned.append((Path(src).name, msg)))
    assert (s.added, s.empty, s.failed) == (3, 2, 0)
    assert sorted(warned) == [("blank.txt", "empty file"), ("empty.txt", "empty file")]
    db = open_index(tmp_path / "q.db")
    assert counts(db)["articles"] == 3
    close_index(db)


def test_bad_inputs_fail_alone(tmp_path):
    corpus = make_corpus(tmp_path / "c", 5)
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 50)
    failures = []
    s = ingest([str(corpus), str(tmp_path / "missing.txt")], tmp_path / "q.db", workers=2,
               on_failure=lambda src, msg: failures.append(src))
    assert s.added == 5 and s.failed == 2
    assert sorted(Path(f).name for f in failures) == ["binary.txt", "missing.txt"]


def test_batches_never_split_an_article(tmp_path, monkeypatch):
    import quoteidx.ingest as ing

    monkeypatch.setattr(ing, "BATCH_ARTICLES", 3)
    corpus = make_corpus(tmp_path / "c", 10)
    s = ingest([str(corpus)], tmp_path / "q.db", workers=0)
    assert s.added == 10
    assert quotes_per_article(tmp_path / "q.db") == quotes_per_article(
        _clean(tmp_path, corpus))


def _clean(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "clean.db"
    if not path.exists():
        ingest([str(corpus)], path, workers=0)
    return path


# -- SIGKILL and concurrency ---------------------------------------------------------------


def _articles_now(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_sigkill_at_a_random_moment_then_rerun_matches_a_clean_run(tmp_path):
    corpus = make_corpus(tmp_path / "c", 400, seed=7)
    clean = tmp_path / "clean.db"
    assert run_cli("ingest", str(corpus), "--db", str(clean), "--quiet").returncode == 0
    want = db_counts(clean)
    rng = random.Random()
    env = {"QUOTEIDX_BATCH": "3"}  # many small transactions: many moments to die in
    killed_at = None
    for attempt in range(6):
        db = tmp_path / f"killed{attempt}.db"
        proc = subprocess.Popen(
            [sys.executable, "-m", "quoteidx", "ingest", str(corpus), "--db", str(db),
             "--workers", "2", "--quiet"],
            env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists() and _articles_now(db) > 0:
                break
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.25 / (attempt + 1)))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            n = _articles_now(db)
            if 0 < n < want["articles"]:
                killed_at = db
                break
        else:
            proc.wait()
    assert killed_at is not None, "the ingest always finished before it could be killed"
    db = killed_at
    # Consistent as it stands: every article has all its quotes or is absent.
    assert integrity(db) == "ok"
    full = quotes_per_article(clean)
    partial = quotes_per_article(db)
    assert partial and all(full[sha] == n for sha, n in partial.items())
    assert consistent_speaker_counts(db)
    # Re-running finishes the job with exactly the counts of a clean run.
    again = run_cli("ingest", str(corpus), "--db", str(db), "--workers", "2")
    assert again.returncode == 0, again.stderr
    assert "Traceback" not in again.stderr
    assert db_counts(db) == want
    assert quotes_per_article(db) == full
    assert integrity(db) == "ok"
    assert consistent_speaker_counts(db)


def test_two_concurrent_ingests_into_one_index(tmp_path):
    corpus_a = make_corpus(tmp_path / "a", 150, seed=3)
    corpus_b = make_corpus(tmp_path / "b", 150, seed=4, start=1000)
    clean = tmp_path / "clean.db"
    ingest([str(corpus_a), str(corpus_b)], clean, workers=0)
    db = tmp_path / "shared.db"
    env = {**os.environ, "QUOTEIDX_BATCH": "5"}
    env.pop("QUOTEIDX_DB", None)
    procs = [
        subprocess.Popen([sys.executable, "-m", "quoteidx", "ingest", *paths, "--db", str(db),
                          "--workers", "1"], env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for paths in ([str(corpus_a), str(corpus_b)], [str(corpus_b), str(corpus_a)])
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (_, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert "Traceback" not in err
    got, want = db_counts(db), db_counts(clean)
    assert (got["articles"], got["quotes"]) == (want["articles"], want["quotes"])
    assert quotes_per_article(db) == quotes_per_article(clean)
    assert integrity(db) == "ok"
    assert consistent_speaker_counts(db)
    conn = sqlite3.connect(db)
    dupes = conn.execute("SELECT count(*) FROM (SELECT norm FROM speakers GROUP BY type, norm "
                         "HAVING count(*) > 1)").fetchone()[0]
    conn.close()
    assert dupes == 0  # the writers saw each other's speakers


# -- the CLI -------------------------------------------------------------------------------


runner = CliRunner()


def test_cli_ingest_summary_rerun_and_stats(tmp_path, monkeypatch):
    monkeypatch.delenv("QUOTEIDX_DB", raising=False)
    corpus = make_corpus(tmp_path / "c", 12)
    db = str(tmp_path / "q.db")
    r = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--workers", "0"])
    assert r.exit_code == 0, r.output
    assert "12 articles added" in r.stderr and "new speakers" in r.stderr
    r = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--workers", "0"])
    assert r.exit_code == 0
    assert "nothing new" in r.stderr and "12" in r.stderr
    r = runner.invoke(app, ["stats", "--db", db, "--format", "json"])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["articles"] == 12 and data["quotes"] > 12 and data["speakers"] > 0
    assert data["top_speakers"] and sum(data["quotes_by_kind"].values()) == data["quotes"]
    r = runner.invoke(app, ["stats", "--db", db, "--format", "csv"])
    assert r.stdout.splitlines()[0] == "section,key,value"
    assert "counts,articles,12" in r.stdout
    r = runner.invoke(app, ["stats", "--db", db, "--format", "table"])
    assert "top speakers" in r.stdout and "articles" in r.stdout


def test_cli_db_from_environment(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "c", 3)
    db = tmp_path / "env.db"
    monkeypatch.setenv("QUOTEIDX_DB", str(db))
    r = runner.invoke(app, ["ingest", str(corpus), "-w", "0", "--quiet"])
    assert r.exit_code == 0 and r.stderr == ""
    assert db_counts(db)["articles"] == 3
    r = runner.invoke(app, ["stats", "-f", "jsonl"])
    assert json.loads(r.stdout)["articles"] == 3


def test_cli_stats_on_missing_index_is_one_line(tmp_path):
    r = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 1
    assert r.stderr.count("\n") == 1 and "no index" in r.stderr
    assert not (tmp_path / "none.db").exists()


def test_cli_failure_line_and_exit_1(tmp_path):
    corpus = make_corpus(tmp_path / "c", 3)
    (corpus / "bad.txt").write_bytes(b"\x00\xff\x00" * 100)
    r = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "q.db"), "-w", "0"])
    assert r.exit_code == 1
    errors = [ln for ln in r.stderr.splitlines() if "error" in ln]
    assert len(errors) == 1 and "bad.txt" in errors[0]
    assert "3 articles added" in r.stderr and "1 failed" in r.stderr


def test_cli_glob(tmp_path):
    corpus = make_corpus(tmp_path / "c", 4)
    (corpus / "notes.md").write_text("\"Skip me,\" said Anna Quinn.\n")
    r = runner.invoke(app, ["ingest", str(corpus), "--glob", "*.md", "--db",
                            str(tmp_path / "q.db"), "-w", "0"])
    assert r.exit_code == 0, r.stderr
    assert db_counts(tmp_path / "q.db")["articles"] == 1


def test_subprocess_ingest_is_silent_in_pipes_and_reads_stdin(tmp_path):
    corpus = make_corpus(tmp_path / "c", 30)
    db = tmp_path / "q.db"
    r = run_cli("ingest", str(corpus), "--db", str(db))
    assert r.returncode == 0 and r.stdout == ""
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and "30 articles added" in lines[0]  # no progress bar
    assert "\r" not in r.stderr and "\x1b[" not in r.stderr
    r = run_cli("ingest", "-", "--db", str(db),
                input="\"Stdin works,\" said Hugo Moreau on Tuesday.\n")
    assert r.returncode == 0, r.stderr
    assert db_counts(db)["articles"] == 31
    r = run_cli("ingest", str(corpus), "--db", str(db), "--quiet")
    assert r.returncode == 0 and r.stderr == ""
