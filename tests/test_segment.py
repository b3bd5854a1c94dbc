"""segment._SENT_END, rewritten for speed, finds what the pattern it replaced found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteidx import segment
from quoteidx.marks import pair_marks
from quoteidx.segment import MASK, mask, paragraphs
from tests.helpers import read

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpus" / "bbc"

# The pattern as it was written before (`[.?!]...|\n...`): the reference.
OLD_SENT_END = re.compile(
    "[.?!][\"'\u201d\u2019\u00bb)]*(?=\\s+(?:[\"'\u201c\u2018\u00ab(]\u2592|[\"'\u201c\u2018\u00ab(]?"
    "[A-Z0-9\u00c0-\u00de]))|\n(?=[ \\t]*[^\\s\u2014\u2013-])"
)


def spans(rx: re.Pattern, s: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(s, start, end)]


def old_sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(segment, "_SENT_END", OLD_SENT_END)
        return segment.sentences(masked, start, end)


def same(s: str, start: int, end: int) -> None:
    assert spans(segment._SENT_END, s, start, end) == spans(OLD_SENT_END, s, start, end), \
        (s, start, end)
    assert segment.sentences(s, start, end) == old_sentences(s, start, end), (s, start, end)


def test_not_the_same_pattern():
    """(Else the comparisons below prove nothing.)"""
    assert segment._SENT_END.pattern != OLD_SENT_END.pattern


def test_known_cases():
    s = ("He left. She stayed.\nNext line\n\n— a dash\n  Indented. \"Quoted.\" “▒▒.” The "
         "end! 3 items? 4. Mr. Smith. U.S. Army. J. Smith said. Why?) (Yes.) É. \n")
    same(s, 0, len(s))
    assert [s[a:b] for a, b in spans(segment._SENT_END, s, 0, len(s))][:4] == \
        [".", ".", "\n", "\n"]


PIECES = list(".?!\n\n \t\"'”’»)“‘«(") + [MASK, "A", "Z", "a", "0", "É", "Þ", "ß", "—", "–",
                                          "-", "\r", "\u00a0", "\u2028", "Mr", "U.S", "x"]
text_st = st.lists(st.one_of(st.sampled_from(PIECES), st.characters()), max_size=40).map(
    "".join)


@settings(max_examples=2000, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), s=text_st)
def test_same_on_random_text(data, s):
    start = data.draw(st.integers(0, len(s)), label="start")
    end = data.draw(st.integers(start, len(s)), label="end")
    same(s, 0, len(s))
    same(s, start, end)


@pytest.mark.parametrize("path", sorted((ROOT / "fixtures" / "articles").glob("*.txt")),
                         ids=lambda p: p.stem)
def test_same_on_fixtures(path):
    text = read(path)
    paras = paragraphs(text)
    masked = mask(text, pair_marks(text, paras))
    for s in (text, masked):
        same(s, 0, len(s))
        for a, b in paras:
            same(s, a, b)


@pytest.mark.skipif(not BBC.is_dir(), reason="../shared/corpus/bbc not beside the checkout")
def test_same_on_bbc():
    for path in sorted(BBC.rglob("*.txt")):
        if path.name == "README.TXT":
            continue
        text = read(path)
        paras = paragraphs(text)
        masked = mask(text, pair_marks(text, paras))
        assert spans(segment._SENT_END, masked, 0, len(masked)) == \
            spans(OLD_SENT_END, masked, 0, len(masked)), path
        for a, b in paras:
            assert segment.sentences(masked, a, b) == old_sentences(masked, a, b), path
