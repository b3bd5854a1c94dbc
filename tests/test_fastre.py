"""`tried_at` changes no match: every match of each pattern compiled with it begins with
one of the characters it was given, so skipping the other positions skips no match."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteidx
from quoteidx.fastre import tried_at, unguarded

try:  # Python 3.11+
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT}
                                           if hasattr(C, "POSSESSIVE_REPEAT") else set())


def first_chars(seq) -> tuple[set[str] | None, bool]:
    """The characters a match of the parsed `seq` can begin with (None: any, or not
    known), and whether it can match the empty string."""
    out: set[str] = set()
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            return out | {chr(av)}, False
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    out.add(chr(a))
                elif o is C.RANGE and a[1] - a[0] < 500:
                    out.update(chr(c) for c in range(a[0], a[1] + 1))
                else:
                    return None, False  # (a category or a negated set)
            return out, False
        if op is C.BRANCH:
            parts = [first_chars(alt) for alt in av[1]]
        elif op is C.SUBPATTERN:
            parts = [first_chars(av[-1])]
        elif op in _REPEATS:
            body = first_chars(av[2])
            parts = [(body[0], body[1] or av[0] == 0)]
        else:
            return None, False
        for chars, _ in parts:
            if chars is None:
                return None, False
            out |= chars
        if not any(empty for _, empty in parts):
            return out, False
    return out, True


def _guarded_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for info in pkgutil.iter_modules(quoteidx.__path__):
        if info.name.startswith("_") or info.name == "cli":
            continue
        mod = importlib.import_module(f"quoteidx.{info.name}")
        for name, value in vars(mod).items():
            if isinstance(value, re.Pattern) and value.pattern.startswith("(?=["):
                found.append((f"{info.name}.{name}", value))
    return found


GUARDED = _guarded_patterns()


def test_some_patterns_are_guarded() -> None:
    assert len(GUARDED) >= 4


@pytest.mark.parametrize("name,pattern", GUARDED, ids=[n for n, _ in GUARDED])
def test_every_match_begins_with_a_guard_character(name: str, pattern: re.Pattern) -> None:
    first, src = unguarded(pattern)
    chars, empty = first_chars(P.parse(src, pattern.flags & ~re.UNICODE))
    assert chars is not None and not empty, name
    assert chars <= set(first), (name, sorted(chars - set(first)))


def test_first_chars_sees_optional_and_zero_width_openings() -> None:
    assert first_chars(P.parse(r",? (?:and|but)"))[0] == {",", " "}
    assert first_chars(P.parse(r"(?<=[a-z]) And|, but"))[0] == {" ", ","}
    assert first_chars(P.parse(r"\bThe"))[0] == {"T"}
    assert first_chars(P.parse(r"\w+"))[0] is None
    assert first_chars(P.parse(r"(?:, )?"))[1] is True


def test_tried_at_round_trips() -> None:
    p = tried_at(", -", r",? (?:and|but) [A-Z]")
    assert unguarded(p) == (", -", r",? (?:and|but) [A-Z]")


_TEXT = st.lists(st.sampled_from(list("ab ,.-AT'\n") + ["and ", "but ", "while ", "which ",
                                                       "he ", "said ", "The ", " - "]),
                 max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_guarded_matches_as_unguarded(text: str) -> None:
    for _name, pattern in GUARDED:
        plain = re.compile(unguarded(pattern)[1], pattern.flags)
        a, b = pattern.search(text), plain.search(text)
        assert (a and a.span()) == (b and b.span())
