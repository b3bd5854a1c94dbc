"""Pair quotation marks into quoted spans, one linear pass per paragraph.

The pairing never gives up on an article: an unbalanced mark is closed at the end
of its paragraph, and a paragraph that leaves a quote open continues into the next
paragraph when that one opens with a mark (the news convention for long quotes).
Apostrophes (`Russia’s`, `’90s`, `rock ’n’ roll`, `the players’ union`) are told
apart from single quotation marks by their neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile("[\u201c\u201d\u201e\u201f\"\u00ab\u00bb\u2018\u2019\u201a']")

DOUBLE_OPEN = "\u201c\u201e\u201f\u00ab"  # “ „ ‟ «
DOUBLE_CLOSE = "\u201d\u00bb"  # ” »
SINGLE_OPEN = "\u2018\u201a"  # ‘ ‚
SINGLE_CLOSE = "\u2019"  # ’
_OPEN_BEFORE = set(" \t\r\n([{\u2014\u2013-/:;,\u00a0")
_SENTENCE_END = set(".?!")


@dataclass(slots=True)
class Span:
    """A quoted span: `start`/`end` bound the content, marks excluded."""

    start: int
    end: int
    paragraph: int
    closed: bool  # a closing mark was found (else it was closed at a boundary)
    single: bool = False  # single quotation marks at the outer level
    continues: bool = False  # continues the previous span's quote (same speaker)


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# a sentence of the writer's: no first or second person, a reporting verb
_SENTENCE_BREAK = re.compile(r"[.?!] (?=[A-Z])")
_FIRST_SECOND = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|we|We|us|our|Our|you|You|your)\b")
_REPORTING = re.compile(r"\b(?:said|told|added|insisted|welcomed|explained)\b")


def _narration_start(text: str, start: int, end: int) -> int:
    """Where, in an open quote text[start:end] cut short by a new opening mark, the
    writer's narration begins: the first sentence naming no `I`/`we`/`you` that reports
    speech, when a sentence of the quote comes before it; else `end`."""
    if end - start > 5000:
        return end  # (a giant paragraph: leave it whole)
    for m in _SENTENCE_BREAK.finditer(text, start, end):
        b = m.end()
        stop = _SENTENCE_BREAK.search(text, b, end)
        sentence = text[b:stop.start() if stop else end]
        if _REPORTING.search(sentence) and not _FIRST_SECOND.search(sentence) and \
                '"' not in sentence and "\u201c" not in sentence:
            return m.start() + 1
    return end


def pair_marks(text: str, paragraphs: list[tuple[int, int]]) -> list[Span]:
    """Quoted spans of `text`, paragraph by paragraph, in document order."""
    spans: list[Span] = []
    carry = False  # the previous paragraph ended inside an open double quote
    n = len(text)
    for pi, (pstart, pend) in enumerate(paragraphs):
        open_at = -1  # content start of the open double quote
        open_continues = False
        sopen_at = -1  # content start of an open outer single quote
        first_nonspace = pstart
        while first_nonspace < pend and text[first_nonspace].isspace():
            first_nonspace += 1
        for m in _MARK.finditer(text, pstart, pend):
            i = m.start()
            ch = text[i]
            prev = text[i - 1] if i > pstart else " "
            nxt = text[i + 1] if i + 1 < n and i + 1 < pend else " "
            if ch in "'\u2019" and _is_letter(prev) and _is_letter(nxt):
                continue  # Russia’s, don't
            if ch in "\"\u201c\u201d\u201e\u201f\u00ab\u00bb":
                if ch == '"':
                    openish = prev in _OPEN_BEFORE or prev in "\"'\u2018" or i == pstart
                    closeish = not prev.isspace() and (not _is_letter(nxt) or nxt == " ")
                    if openish and not nxt.strip():
                        openish = False  # a lone `" ` after a space closes, if anything
                        closeish = open_at >= 0
                    is_open = openish and not (open_at >= 0 and closeish)
                elif ch in DOUBLE_OPEN:
                    is_open = True
                else:  # ” or »
                    # Some text uses ” for both marks: at a word start with nothing open, open.
                    is_open = open_at < 0 and (prev in _OPEN_BEFORE or i == pstart) and \
                        _is_letter(nxt)
                if is_open:
                    if open_at >= 0:
                        # A new opening mark inside an open quote: the open one ended
                        # before it (BBC style `...over-eating. "They all make us...`),
                        # or, when its closing mark is missing, before the writer's
                        # own sentence in it (`... happens. Meanwhile, Egypt FA
                        # spokesman Methat Shalaby said ... . "Mido's ...`)
                        cut = _narration_start(text, open_at, i)
                        s, e = _trim(text, open_at, cut)
                        if e > s:
                            spans.append(Span(s, e, pi, False, continues=open_continues))
                        open_continues = cut == i  # (the next quote goes on with this one)
                    else:
                        open_continues = carry and i == first_nonspace
                    open_at = i + 1
                    sopen_at = -1
                    carry = False
                elif open_at >= 0:
                    s, e = _trim(text, open_at, i)
                    if e > s:
                        spans.append(Span(s, e, pi, True, continues=open_continues))
                    open_at = -1
                    open_continues = False
                continue
            # single marks
            if open_at >= 0:
                continue  # nested quotes stay inside the outer quote
            if ch in SINGLE_OPEN or (
                ch == "'" and (prev in _OPEN_BEFORE or i == pstart) and nxt.isalpha()
            ):
                if sopen_at < 0:
                    sopen_at = i + 1
                continue
            # ’ or ' that may close
            if sopen_at >= 0 and not prev.isspace() and not _is_letter(nxt):
                s, e = _trim(text, sopen_at, i)
                # `rock 'n' roll`, `'em`: too short to be a quotation.
                if e - s >= 3 and " " in text[s:e]:
                    spans.append(Span(s, e, pi, True, single=True))
                sopen_at = -1
        carry = False
        if open_at >= 0:
            s, e = _trim(text, open_at, pend)
            if e > s:
                spans.append(Span(s, e, pi, False, continues=open_continues))
            # The quote goes on if the next paragraph opens with a mark.
            carry = True
        # An unclosed outer single quote is most likely an apostrophe: drop it.
    return spans
