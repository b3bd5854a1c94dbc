"""Accuracy floors: the extractor scored on the fixtures and on the seed article.

These thresholds only ever go up. Figures at the time of setting are in the README's
accuracy section (`quoteidx eval fixtures/gold`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteidx.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "corpus" / "seed"

# group -> (precision, recall, speaker accuracy) floors on fixtures/gold
FIXTURE_FLOORS = {
    "all": (0.990, 0.988, 0.988),
    "direct": (0.99, 0.99, 0.99),
    "reported": (0.989, 0.983, 0.985),
}


@pytest.fixture(scope="module")
def fixture_report():
    return evaluate([str(ROOT / "fixtures" / "gold")])


@pytest.mark.parametrize("group", sorted(FIXTURE_FLOORS))
def test_fixture_floors(fixture_report, group):
    figs = dict(fixture_report.groups())[group]
    p, r, s = FIXTURE_FLOORS[group]
    assert figs.precision >= p, f"{group} precision {figs.precision:.3f} < {p}"
    assert figs.recall >= r, f"{group} recall {figs.recall:.3f} < {r}"
    assert figs.speaker_accuracy >= s, f"{group} speaker {figs.speaker_accuracy:.3f} < {s}"


def test_fixture_end_to_end(fixture_report):
    assert fixture_report.overall.end_to_end >= 0.977
    assert not fixture_report.errors


def test_every_fixture_has_gold_and_article():
    arts = {p.stem for p in (ROOT / "fixtures" / "articles").glob("*.txt")}
    golds = {p.name.removesuffix(".gold.jsonl")
             for p in (ROOT / "fixtures" / "gold").glob("*.gold.jsonl")}
    assert arts == golds
    assert len(arts) >= 12


@pytest.mark.skipif(not SEED.is_dir(), reason="../shared/corpus/seed not beside the checkout")
def test_seed_article():
    report = evaluate([str(p) for p in sorted(SEED.glob("*.gold.jsonl"))])
    groups = dict(report.groups())
    direct, reported = groups["direct"], groups["reported"]
    assert direct.recall == 1.0
    assert direct.speaker_accuracy >= 0.95
    assert reported.recall >= 0.9
    assert reported.speaker_accuracy >= 0.9
    assert report.overall.precision >= 0.9


@pytest.mark.skipif(not SEED.is_dir(), reason="../shared/corpus/seed not beside the checkout")
def test_seed_speakers_are_full_names():
    from quoteidx import extract

    text = next(SEED.glob("*.txt")).read_text(encoding="utf-8")
    direct = [q for q in extract(text) if q.kind == "direct"]
    assert len(direct) == 16
    assert all(q.speaker and len(q.speaker.split()) >= 2 for q in direct)
