"""Paragraphs, masking of quoted content, and sentences: the geometry of an article."""

from __future__ import annotations

import re

from quoteidx.marks import Span

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE = re.compile(r"[^\n]+")
# A sentence ends at . ? ! (optionally followed by closing marks) before a space and
# an upper-case letter, a digit or an opening mark.
# (Written as one class, then what follows each kind of end, rather than as
# `[.?!]...|\n...`: `re` then skips to the next candidate end with a fast set search
# instead of trying the pattern at every position; the matches are the same.)
_SENT_END = re.compile(
    "[.?!\n](?:(?<=[.?!])[\"'\u201d\u2019\u00bb)]*(?=\\s+(?:[\"'\u201c\u2018\u00ab(]\u2592|"
    "[\"'\u201c\u2018\u00ab(]?[A-Z0-9\u00c0-\u00de]))|(?<=\n)(?=[ \\t]*[^\\s\u2014\u2013-]))"
)
_ABBREV = frozenset(
    """mr mrs ms dr prof st sr jr gen col capt lt sgt gov sen rep rev vs etc inc ltd co
    corp jan feb mar apr jun jul aug sep sept oct nov dec no nos fig u.s u.k e.g i.e
    a.m p.m approx dept est univ""".split()
)
MASK = "\u2592"  # stands for quoted content in masked text


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph.

    Blank lines separate paragraphs when the text has any; otherwise each line is one.
    """
    out: list[tuple[int, int]] = []
    if _BLANK_LINE.search(text):
        pos = 0
        for m in _BLANK_LINE.finditer(text):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, len(text)))
    else:
        out = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def mask(text: str, spans: list[Span]) -> str:
    """`text` with quoted content replaced by MASK (same length, so offsets hold).

    The last character of a span is kept when it is sentence punctuation, so that
    `“... ourselves.” Next` still ends a sentence.
    """
    if not spans:
        return text
    parts = []
    pos = 0
    for sp in spans:
        parts.append(text[pos:sp.start])
        end = sp.end
        last = text[end - 1]
        if last in ".?!,":
            parts.append(MASK * (end - 1 - sp.start))
            parts.append(last)
        else:
            parts.append(MASK * (end - sp.start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


# After an initial, a word that starts sentences rather than surnames (`World War I. But
# the BBC said ...`): the full stop ends a sentence
_NEW_SENTENCE = re.compile(r"\s+(?:But|The|He|She|It|They|We|In|On|At|This|That|However|"
                           r"And|Meanwhile|Mr|Mrs|Ms|Dr|A|An)\s")


def sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the sentences of masked[start:end]."""
    out = []
    pos = start
    for m in _SENT_END.finditer(masked, start, end):
        dot = m.start()
        if masked[dot] == "\n":
            if dot > pos:
                out.append((pos, dot))
            pos = m.end()
            while pos < end and masked[pos].isspace():
                pos += 1
            continue
        if masked[dot] == ".":
            ws = dot
            while ws > pos and (masked[ws - 1].isalpha() or masked[ws - 1] == "."):
                ws -= 1
            raw = masked[ws:dot]
            word = raw.lower()
            # Initials ("J. Smith") and abbreviations ("Mr. Brown") do not end a sentence
            # (an acronym in capitals is none: `would go to the DEC. "I'd ...`).
            acronym = len(raw) >= 2 and raw.isupper() and "." not in raw
            if word in _ABBREV and not acronym or (len(word) == 1 and masked[dot - 1].isupper() and
                                   masked[ws - 1:ws] not in ("&", "-", "/") and
                                   not _NEW_SENTENCE.match(masked, m.end())):
                continue  # (but `M&S.` ends one, and `World War I. But ...`)
        out.append((pos, m.end()))
        pos = m.end()
        while pos < end and masked[pos].isspace():
            pos += 1
    if pos < end:
        out.append((pos, end))
    return out
