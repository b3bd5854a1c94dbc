"""The C tokenizer (quoteidx/_tokenize.c) gives exactly the tokens of the pure-Python one."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteidx import speakers
from quoteidx.segment import MASK
from quoteidx.speakers import _py_tokenize, _PyTok
from tests.helpers import masked_text, read

try:
    from quoteidx import _tokenize as C
except ImportError:  # not built: no C compiler when it was installed
    C = None

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpus" / "bbc"

needs_c = pytest.mark.skipif(
    C is None, reason="quoteidx._tokenize is not built (pip install -e . with a C compiler)")


def as_tuples(toks) -> list[tuple[str, int, int, str]]:
    return [(t.text, t.start, t.end, t.low) for t in toks]


def same(masked: str, start: int, end: int) -> None:
    assert as_tuples(C.tokenize(masked, start, end)) == \
        as_tuples(_py_tokenize(masked, start, end)), (masked, start, end)


def test_extension_is_built_where_required():
    """CI (CI=true) or QUOTEIDX_REQUIRE_C=1: the extension must have been built."""
    if not (os.environ.get("CI") or os.environ.get("QUOTEIDX_REQUIRE_C")):
        pytest.skip("neither CI nor QUOTEIDX_REQUIRE_C is set")
    assert C is not None, "quoteidx._tokenize was not built by pip install -e ."


@needs_c
def test_pattern_in_sync():
    """The C code implements _TOK; after a change of _TOK, change _tokenize.c too."""
    assert C.PATTERN == speakers._TOK.pattern
    assert C.MASK == MASK


@needs_c
def test_speakers_uses_c_unless_told_not_to():
    if os.environ.get("QUOTEIDX_PURE", "") not in ("", "0"):
        assert speakers.TOKENIZER == "python" and speakers.Tok is _PyTok
    else:
        assert speakers.TOKENIZER == "c"
        assert speakers.tokenize is C.tokenize and speakers.Tok is C.Tok


# Characters that exercise every alternative of the pattern and every class.
SPECIAL = (
    list("0123456789.,:;-'’&_ ABCDEFGHIJKLMNOPQRSTUVWXYZ abcxyz") + [MASK] * 4 +
    list("\t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2028\u3000\u200b") +      # white space and not
    list("ÉéßİıΣσςﬁǅⅠⓐ\u0301\u0345ŉ") +                               # case mappings
    list("٣۵१²½Ⅻ") +                                                  # digits and numbers
    list("“”‘—–…£€$%()\"!?") + ["\ud800", "\U0001f600", "\U00010400"]
)

text_st = st.text(alphabet=st.one_of(st.sampled_from(SPECIAL), st.characters()), max_size=80)


@needs_c
@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), s=text_st)
def test_same_as_python_on_random_text(data, s):
    start = data.draw(st.integers(-3, len(s) + 3), label="start")
    end = data.draw(st.integers(-3, len(s) + 3), label="end")
    same(s, start, end)


@needs_c
@settings(max_examples=1000, deadline=None)
@given(words=st.lists(st.sampled_from([
    "U.S.", "U.S", "A.", "A. ", "A.\n", "I.", "3.5", "1,000", "10:30", "3.", "3.a", "1.2.3",
    "don’t", "Smith's", "co-chair", "AT&T", "A&", "&&", "AT&T&x", "Marsh & McLennan", MASK,
    MASK * 3, "É.", "ΣΑΣ", "İstanbul", "x", " ", "  ", ".", ",", "-", "’", "'", "٣.٤",
]), max_size=20))
def test_same_as_python_on_token_soup(words):
    s = "".join(words)
    for start in range(0, len(s) + 1, 3):
        same(s, start, len(s))
        same(s, 0, start)


@needs_c
def test_every_code_point():
    """Each character alone (its class and its lower()), then in the contexts where each
    class matters: \\w (word continuation, `&\\w`), \\d (numbers), \\s (the lookahead
    after an initial), [A-Z].  Checked against the regex itself, whose findall is fast
    enough for a million characters, where _py_tokenize is not.  The contexts skip planes
    4-13 (unassigned) and 15-16 (private use) to keep the test short."""
    every = [chr(c) for c in range(sys.maxunicode + 1)]
    s = " ".join(every)
    toks = C.tokenize(s, 0, len(s))
    texts = speakers._TOK.findall(s)
    assert [t.text for t in toks] == texts
    assert [t.low for t in toks] == [t.lower() for t in texts]
    assert all(s.startswith(t.text, t.start) and t.end == t.start + len(t.text) for t in toks)
    assigned = every[:0x40000] + every[0xE0000:0xF0000]
    for before, after in [("a", "b "), ("1.", "1 "), ("", "1,1 "), ("A.", "B "), ("a&", " "),
                          ("U.", ". ")]:
        s = before + (after + before).join(assigned) + after
        texts = speakers._TOK.findall(s)
        assert [t.text for t in C.tokenize(s, 0, len(s))] == texts, (before, after)


def test_clamping_like_re():
    s = "Hello, U.S. world"
    for start, end in [(-5, 99), (99, -5), (5, 3), (3, 3), (0, 0), (len(s), len(s) + 1)]:
        want = [(m.group(), *m.span()) for m in speakers._TOK.finditer(s, start, end)]
        assert [t[:3] for t in as_tuples(speakers.tokenize(s, start, end))] == want
        assert [t[:3] for t in as_tuples(_py_tokenize(s, start, end))] == want


def test_lookahead_stops_at_end():
    # `A.` is an initial only when white space follows within the window
    assert [t.text for t in speakers.tokenize("A. B", 0, 2)] == ["A", "."]
    assert [t.text for t in speakers.tokenize("A. B", 0, 3)] == ["A."]


@needs_c
@pytest.mark.parametrize("path", sorted((ROOT / "fixtures" / "articles").glob("*.txt")),
                         ids=lambda p: p.stem)
def test_same_as_python_on_fixtures(path):
    text = read(path)
    for s in (text, masked_text(text)):
        same(s, 0, len(s))
        for a in range(0, len(s), 97):  # windows as the sieves take them
            same(s, a, a + 300)


@needs_c
@pytest.mark.skipif(not BBC.is_dir(), reason="../shared/corpus/bbc not beside the checkout")
def test_same_as_python_on_bbc():
    for path in sorted(BBC.rglob("*.txt")):
        if path.name == "README.TXT":
            continue
        s = masked_text(read(path))
        same(s, 0, len(s))


@needs_c
def test_tok_like_python_tok():
    for text, start, end in [("Hello", 3, 8), ("İstanbul", 0, 8), ("’", 1, 2), (MASK * 2, 5, 7),
                             ("ΣΑΣ", 0, 3), ("abc", -1, 2)]:
        c, p = C.Tok(text, start, end), _PyTok(text, start, end)
        assert (c.text, c.start, c.end, c.low) == (p.text, p.start, p.end, p.low)
        assert repr(c) == repr(p)
    t = C.Tok(text="Smith", start=1, end=6)
    assert (t.text, t.low, t.start, t.end) == ("Smith", "smith", 1, 6)
    assert not hasattr(t, "__dict__")
    with pytest.raises(AttributeError):
        t.other = 1
    t.low, t.start = "x", 7  # slots are writable, as in the Python class
    assert (t.low, t.start) == ("x", 7)
    with pytest.raises(TypeError):
        t.text = 1
    with pytest.raises(TypeError):
        C.Tok(1, 2, 3)
    u = pickle.loads(pickle.dumps(C.Tok("Smith", 1, 6)))
    assert (u.text, u.start, u.end, u.low) == ("Smith", 1, 6, "smith")


@needs_c
def test_no_leak():
    s = masked_text(read(ROOT / "fixtures" / "articles" / "bbc_rail_fares.txt")) + " İ Σ é"
    refs = sys.getrefcount(s)
    for _ in range(50):
        C.tokenize(s, 0, len(s))
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(200):
            C.tokenize(s, 0, len(s))
            C.Tok("Hello", 0, 5)
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert after - before < 10_000
    assert sys.getrefcount(s) == refs


@needs_c
def test_extract_same_with_and_without_c(tmp_path):
    """`quoteidx extract` on the fixtures: the same bytes with QUOTEIDX_PURE=1."""
    out = []
    for pure in ("0", "1"):
        env = {**os.environ, "QUOTEIDX_PURE": pure}
        proc = subprocess.run([sys.executable, "-m", "quoteidx", "extract",
                               str(ROOT / "fixtures" / "articles")],
                              capture_output=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr
        out.append(proc.stdout)
    assert out[0] == out[1] and out[0]
