"""The C cue finder (quoteidx._tokenize.word_hits, through reported._cue_hits) finds
exactly the matches of reported._CUE_RE."""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteidx import reported
from quoteidx.lexicon import word_regex
from quoteidx.segment import MASK
from tests.helpers import masked_text, read

try:
    from quoteidx import _tokenize as C
except ImportError:  # not built: no C compiler when it was installed
    C = None

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpus" / "bbc"
PURE = os.environ.get("QUOTEIDX_PURE", "") not in ("", "0")

needs_c = pytest.mark.skipif(
    C is None, reason="quoteidx._tokenize is not built (pip install -e . with a C compiler)")
# without the C finder _cue_hits is the regex itself and the comparisons prove nothing
needs_c_finder = pytest.mark.skipif(
    reported._WORD_HITS is None, reason="reported uses the regex (no C, or QUOTEIDX_PURE=1)")

CUES = sorted(reported._CUE_WORDS)


def regex_hits(s: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in reported._CUE_RE.finditer(s)]


def same(s: str) -> None:
    assert reported._cue_hits(s) == regex_hits(s), s


def words_re(words) -> re.Pattern:
    """What word_hits(text, start, end, words) stands for."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


def re_word_hits(s: str, start: int, end: int, words) -> list[tuple[int, str]]:
    if not words:
        return []
    return [(m.start(), m.group()) for m in words_re(words).finditer(s, start, end)]


# ---- the premises of the C finder --------------------------------------------------

def test_cue_words_are_runs_of_word_characters():
    """word_hits finds maximal runs of \\w; a cue word with any other character (`co-
    sign`, `don't`) could not be found, and `according`/`According`/`to` as cue words
    would clash with how _cue_hits finds `according to`. Either would silently switch
    reported to the regex: fail here instead."""
    bad = [w for w in CUES if not re.fullmatch(r"\w+", w)]
    assert not bad, f"cue words with a non-word character: {bad}"
    assert not reported._CUE_WORDS & {"according", "According", "to"}


def test_cue_re_is_built_from_the_cue_words():
    assert reported._CUE_RE.pattern == \
        r"\b(?:" + word_regex(reported._CUE_WORDS) + r")\b|\b[Aa]ccording to\b"


@needs_c
def test_reported_uses_c_unless_told_not_to():
    if PURE:
        assert reported._WORD_HITS is None
    else:
        assert reported._WORD_HITS is C.word_hits


@needs_c
def test_pure_python_fallback():
    """QUOTEIDX_PURE=1: the regex, with the same hits."""
    code = ("from quoteidx import reported as r; assert r._WORD_HITS is None; "
            "s = 'He said, according to them, ▒▒ said_ told'; "
            "print(r._cue_hits(s))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "QUOTEIDX_PURE": "1"}, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[(3, 'said'), (9, 'according to'), (37, 'told')]"


# ---- _cue_hits equals the regex ----------------------------------------------------

def test_known_cases():
    s = ("said Said said_ _said 1said said1 said’ ’said said▒ ▒said saïd saided "
         "according to According to according To ACCORDING to according  to "
         "according_to according to_ according tox according to1 according to▒ "
         "accordingly to according\nto according\u00a0to according to’s according to "
         "according to said, he told; according")
    want = [(0, "said"), (34, "said"), (41, "said"), (46, "said"), (53, "said"),
            (70, "according to"), (83, "According to"), (191, "according to"),
            (246, "according to"), (261, "according to"), (274, "according to"),
            (287, "said"), (296, "told")]
    assert regex_hits(s) == want  # the reference itself
    assert reported._cue_hits(s) == want
    for end in ("according to", "According to", "according t", "according"):
        same(end)
        same("x " + end)
    same("")


ALPHABET = (
    CUES[:40] + ["said", "says", "told", "cited", "called", "warned"] +
    ["according to", "According to", "according To", "According", "according", "accordingly",
     "accord", "ccording to", "to", "To", "tot", "according to ", "according  to",
     "according_to", "according\tto"] +
    [MASK, MASK * 3, "_", "__", "0", "42", "٣", "²", "é", "ï", "ß", "İ", "Σ", "ж", "中", "ǅ",
     "\u0301", "\u0345", "’", "'", "‘", "“", "”", "\"", " ", "  ", "\n", "\u00a0", "\u3000",
     ",", ".", ":", "-", "—", "(", "x", "S", "\U0001d400", "\U0001f600", "\ud800"]
)

cue_text_st = st.lists(st.one_of(st.sampled_from(ALPHABET), st.characters()),
                       max_size=40).map("".join)


@needs_c_finder
@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(s=cue_text_st)
def test_same_as_regex_on_random_text(s):
    same(s)


@needs_c_finder
def test_every_code_point_next_to_cues():
    """Each code point before and after a cue word, and around and inside `according
    to`: whether it is a word character decides the match. Planes 4-13 (unassigned) and
    15-16 (private use) are left out to keep the test short."""
    points = list(range(0x40000)) + list(range(0xE0000, 0xF0000))
    for lo in range(0, len(points), 0x8000):
        s = "".join(f"{c}said {c}told{c} said{c}said {c}according to{c}"
                    f" According{c}to according to{c}x {c}"
                    for c in map(chr, points[lo:lo + 0x8000]))
        assert reported._cue_hits(s) == regex_hits(s), hex(points[lo])


@pytest.mark.parametrize("path", sorted((ROOT / "fixtures" / "articles").glob("*.txt")),
                         ids=lambda p: p.stem)
def test_same_as_regex_on_fixtures(path):
    text = read(path)
    for s in (text, masked_text(text)):
        got = reported._cue_hits(s)
        assert got == regex_hits(s)
        assert reported._cue_hits(s) == got


@needs_c
@pytest.mark.parametrize("path", sorted((ROOT / "fixtures" / "articles").glob("*.txt"))[:5],
                         ids=lambda p: p.stem)
def test_windows_like_re_on_fixtures(path):
    """word_hits with start/end: re's pos/endpos (the character before `start` counts)."""
    s = masked_text(read(path))
    words = reported._CUE_WORDS
    rx = words_re(sorted(words))
    for a in range(0, len(s), 89):
        for e in (a + 3, a + 150, a + 401):
            want = [(m.start(), m.group()) for m in rx.finditer(s, a, e)]
            assert C.word_hits(s, a, e, words) == want, (a, e)


@needs_c_finder
@pytest.mark.skipif(not BBC.is_dir(), reason="../shared/corpus/bbc not beside the checkout")
def test_same_as_regex_on_bbc():
    n = 0
    for path in sorted(BBC.rglob("*.txt")):
        if path.name == "README.TXT":
            continue
        s = masked_text(read(path))
        assert reported._cue_hits(s) == regex_hits(s), path
        n += 1
    assert n > 2000


# ---- word_hits on any set of words -------------------------------------------------

# \w: word_hits's contract is a set of words of word characters only
WORD_CHARS = list("abcsaidxyzABZ_09") + ["é", "ß", "İ", "ж", "中", "٣", "²", "\U0001d400"]
words_st = st.frozensets(st.text(alphabet=st.sampled_from(WORD_CHARS), min_size=1, max_size=4),
                         max_size=12)


@needs_c
@settings(max_examples=1000, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), words=words_st)
def test_word_hits_like_re_on_random_words(data, words):
    pieces = sorted(words) + [" ", ",", MASK, "'", "’", "-", "\n", "\u0301"] + WORD_CHARS
    s = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=30), label="pieces"))
    start = data.draw(st.integers(-3, len(s) + 3), label="start")
    end = data.draw(st.integers(-3, len(s) + 3), label="end")
    assert C.word_hits(s, start, end, words) == re_word_hits(s, start, end, sorted(words))


@needs_c
def test_word_hits_odd_sets():
    long = "x" * 70
    s = f"café İstanbul {long} {long}y 中文 a b ab"
    for words in [frozenset(), frozenset({""}), frozenset({"café", "中文", "a"}),
                  frozenset({long, "ab"}), frozenset({"İstanbul", "istanbul"})]:
        want = re_word_hits(s, 0, len(s), sorted(w for w in words if w))
        assert C.word_hits(s, 0, len(s), words) == want, words
    # elements that are no str are never equal to a run; a str subclass is looked up
    # through the set
    Sub = type("Sub", (str,), {})
    assert C.word_hits("a 1 b", 0, 5, frozenset({1, Sub("b")})) == [(4, "b")]
    # a word with a non-word character can never be a whole run
    assert C.word_hits("don't co-op", 0, 11, frozenset({"don't", "co-op", "don", "op"})) == \
        [(0, "don"), (9, "op")]
    # found words are the set's own objects
    w = "".join(["sa", "id"])
    [(_, got)] = C.word_hits("he said", 0, 7, frozenset({w}))
    assert got is w
    with pytest.raises(TypeError):
        C.word_hits("said", 0, 4, {"said"})
    with pytest.raises(TypeError):
        C.word_hits(b"said", 0, 4, frozenset({"said"}))


@needs_c
def test_word_hits_reentrant():
    """A lookup that runs Python code calling word_hits with another set (which replaces
    the cached table) leaves the outer call's table intact."""
    other = frozenset({"b"})

    class Eq(str):
        def __eq__(self, o):
            assert C.word_hits("a b", 0, 3, other) == [(2, "b")]
            gc.collect()
            return str.__eq__(self, o)

        __hash__ = str.__hash__

    words = frozenset({Eq("a"), "b", "c"})
    for _ in range(3):
        assert C.word_hits("a b c d", 0, 7, words) == [(0, "a"), (2, "b"), (4, "c")]
        assert C.word_hits("c b", 0, 3, frozenset({"c"})) == [(0, "c")]


@needs_c
def test_word_hits_no_leak():
    s = masked_text(read(ROOT / "fixtures" / "articles" / "bbc_rail_fares.txt")) + " İ Σ é"
    words = reported._CUE_LOOKUP
    others = [frozenset({"said", "é"}), frozenset({"said", 1})]
    C.word_hits("", 0, 0, frozenset({"said"}))  # a cached table holds none of these
    refs = sys.getrefcount(s), sys.getrefcount(words), sys.getrefcount(others[0])
    for _ in range(50):
        C.word_hits(s, 0, len(s), words)
        C.word_hits(s, 0, len(s), others[_ % 2])
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for k in range(200):
            C.word_hits(s, 0, len(s), words)
            C.word_hits(s, 0, len(s), others[k % 2])
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert after - before < 10_000
    C.word_hits("", 0, 0, frozenset({"said"}))  # drop the cached table of others[...]
    assert (sys.getrefcount(s), sys.getrefcount(words), sys.getrefcount(others[0])) == refs
