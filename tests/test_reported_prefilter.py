"""The reported-speech fast paths change nothing: with them turned off (every token read
by _sentence, every boundary pattern of _end_of_content tried) the records are the same.

A rule keyed on a word missing from _SENTENCE_TRIGGERS, or a word of a pattern missing from
the pieces _end_of_content tests before trying it, shows up here as a difference.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest

from quoteidx import extract, reported

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpus" / "bbc"


class _Everything:
    def __contains__(self, _word: object) -> bool:
        return True


def _texts() -> list[str]:
    paths = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    if BBC.is_dir():
        paths += sorted(BBC.rglob("*.txt"))  # (when the corpus is there)
    return [p.read_bytes().decode("utf-8", errors="replace") for p in paths]


def _records(texts: list[str]) -> list[list[dict]]:
    return [[asdict(q) for q in extract(t)] for t in texts]


def test_fast_paths_change_no_record(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    fast = _records(texts)
    monkeypatch.setattr(reported, "_SENTENCE_TRIGGERS", _Everything())
    for name in ("_SAME_SPEAKER_AGAIN_NEEDS", "_TRAILING_CONJUNCTION_WORDS"):
        monkeypatch.setattr(reported, name, ("",))  # ("" is in and ends every string)
    slow = _records(texts)
    for text, a, b in zip(texts, fast, slow, strict=True):
        assert a == b, text[:80]
