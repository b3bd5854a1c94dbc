"""`quoteidx eval`: the figures table, JSON, --verbose, thresholds and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import quoteidx.extractor
from quoteidx.cli import app

runner = CliRunner()
REPO = Path(__file__).resolve().parent.parent


def gold_line(id: str, text: str, quotes: list[tuple[str, str | None, str]]) -> str:
    return json.dumps({"id": id, "text": text, "quotes": [
        {"text": t, "speaker": s, "kind": k, "spans": [], "optional": False}
        for t, s, k in quotes]})


@pytest.fixture
def gold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_quote) -> Path:
    """Two documents, five gold quotes; the fake extractor finds 4, one with the wrong
    speaker, and adds one false positive: P 4/5, R 4/5, speaker 3/4, end-to-end 3/5."""
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join([
        gold_line("one", "ONE", [("we shall fight on the beaches", "Winifred Hale", "direct"),
                                 ("taxes will fall next year", "Omar Reyes", "indirect"),
                                 ("a thing nobody said", "Lena Fox", "direct")]),
        gold_line("two", "TWO", [("the river is rising fast", "police", "indirect"),
                                 ("we are ready for the storm", "Kofi Mensah", "mixed")]),
    ]) + "\n", encoding="utf-8")

    def extract(text: str, source: str = "-"):
        if text == "ONE":
            return [make_quote("We shall fight on the beaches", "Winifred Hale",
                               rule="quote_said_x"),
                    make_quote("taxes will fall next year", "Reyes", "indirect", start=50,
                               rule="reported_that", speaker_mention="he"),
                    make_quote("subscribe to our newsletter", None, start=90,
                               rule="colon_intro")]
        return [make_quote("the river is rising fast", "Police", "indirect",
                           rule="according_to"),
                make_quote("we are ready for the storm", "Kofi Mensah", "mixed", start=40,
                           rule="reported_that")]

    monkeypatch.setattr(quoteidx.extractor, "extract", extract)
    return path


def test_text_table(gold: Path) -> None:
    result = runner.invoke(app, ["eval", str(gold)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["group", "gold", "found", "extracted", "correct",
                                "precision", "recall", "F1", "speaker", "end-to-end"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[1:6]}
    assert rows["all"] == ["5", "4", "5", "4", "0.800", "0.800", "0.800", "0.750", "0.600"]
    assert rows["direct"] == ["2", "1", "2", "1", "0.500", "0.500", "0.500", "1.000", "0.500"]
    assert rows["reported"] == ["3", "3", "3", "3", "1.000", "1.000", "1.000", "0.667",
                                "0.667"]
    assert "2 documents" in result.stdout
    assert "Misses" not in result.stdout


def test_json(gold: Path) -> None:
    result = runner.invoke(app, ["eval", str(gold), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["overall"]["f1"] == pytest.approx(0.8)
    assert data["overall"]["end_to_end"] == pytest.approx(0.6)
    assert set(data["by_kind"]) == {"direct", "indirect", "mixed", "reported"}
    assert [d["id"] for d in data["documents"]] == ["one", "two"]
    assert [m["text"] for m in data["misses"]] == ["a thing nobody said"]
    assert [w["got"] for w in data["wrong_speakers"]] == ["Reyes"]


def test_verbose_groups_errors_by_rule(gold: Path) -> None:
    result = runner.invoke(app, ["eval", str(gold), "--verbose"])
    assert result.exit_code == 0
    out = result.stdout
    assert "Misses (1)" in out and "False positives (1)" in out
    assert "Wrong speakers (1)" in out
    wrong = out[out.index("Wrong speakers"):]
    assert "  reported_that (1)" in wrong
    assert "expected Omar Reyes, got Reyes (as 'he')" in wrong
    fps = out[out.index("False positives"):out.index("Wrong speakers")]
    assert "  colon_intro (1)" in fps and "subscribe to our newsletter" in fps
    misses = out[out.index("Misses"):out.index("False positives")]
    assert "a thing nobody said" in misses and "Lena Fox" in misses


def test_thresholds(gold: Path) -> None:
    ok = runner.invoke(app, ["eval", str(gold), "--min-f1", "0.8", "--min-recall", "0.5",
                             "--min-precision", "0.8", "--min-speaker", "0.75"])
    assert ok.exit_code == 0 and ok.stderr == ""
    low = runner.invoke(app, ["eval", str(gold), "--min-f1", "0.81", "--min-speaker", "0.9"])
    assert low.exit_code == 1
    assert low.stderr.splitlines() == [
        "quoteidx: error: F1 0.800 is below --min-f1 0.81",
        "quoteidx: error: speaker accuracy 0.750 is below --min-speaker 0.9",
    ]
    assert "all" in low.stdout  # the figures are still printed


def test_bad_and_missing_gold(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(gold_line("a", "t", []) + "\n{nope\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"quoteidx: error: {bad}:2: invalid JSON")
    assert len(result.stderr.splitlines()) == 1
    missing = runner.invoke(app, ["eval", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 1 and "no such file" in missing.stderr
    assert runner.invoke(app, ["eval"]).exit_code == 2
    assert runner.invoke(app, ["eval", str(bad), "--format", "xml"]).exit_code == 2


def test_extractor_error_exits_1(gold: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, source: str = "-"):
        raise KeyError("oops")

    monkeypatch.setattr(quoteidx.extractor, "extract", broken)
    result = runner.invoke(app, ["eval", str(gold)])
    assert result.exit_code == 1
    assert "quoteidx: error: one: extraction failed: KeyError: 'oops'" in result.stderr


@pytest.mark.skipif(not (REPO / "fixtures" / "gold").is_dir(), reason="no fixtures")
def test_subprocess_on_the_fixtures(run_quoteidx) -> None:
    proc = run_quoteidx("eval", str(REPO / "fixtures" / "gold"), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["overall"]["gold"] > 0
    assert 0.0 <= data["overall"]["recall"] <= 1.0
    usage = run_quoteidx("eval", "--min-f1", "x")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
