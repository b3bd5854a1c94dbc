"""Attribution sieves for direct quotes, most precise first.

Each sieve looks at a quoted span in its sentence (with all quoted content masked,
so words inside quotes are never taken for speakers or cues) and either attributes
it, naming itself and a confidence, or passes. Sieves that look at the quote's own
sentence come first; those that borrow a speaker from the context come last.
"""

from __future__ import annotations

from dataclasses import dataclass

from quoteidx.lexicon import CUE_FORMS
from quoteidx.names import Mention
from quoteidx.segment import MASK
from quoteidx.speakers import (
    Tok,
    find_cue,
    is_cap,
    np_after,
    np_before,
    skip_aux_back,
    tokenize,
)

# (name, confidence) of every sieve, in the order they are tried.
SIEVES: list[tuple[str, float]] = [
    ("quote_cue_speaker", 0.95),  # “…,” X said / “…,” he added
    ("quote_said_speaker", 0.95),  # “…,” said X
    ("quote_dash_speaker", 0.85),  # “…” — Commissioner Jane Roe
    ("speaker_cue_quote", 0.9),  # X said: “…” / he said, “…”
    ("lead_in_from", 0.85),  # From Chairwoman X: “…”
    ("continued_quote", 0.9),  # a quote running on over paragraphs
    ("same_paragraph", 0.85),  # “A,” X said. “B.”
    ("colon_intro", 0.85),  # X said:  ¶ “…”
    ("previous_intro", 0.75),  # X said the plan was late.  ¶ “…”
    ("qa_answer", 0.8),  # A: … in an interview
    ("previous_quote_speaker", 0.6),  # a quote paragraph after X's quote paragraph
    ("preceding_mention", 0.5),  # Alice turned to the crowd. “…”
]
CONFIDENCE = dict(SIEVES)


@dataclass(slots=True)
class Attribution:
    """Who a quote is attributed to, by which sieve, with which cue word."""

    mention: Mention | None
    rule: str
    cue: str | None = None


def _lead(toks: list[Tok]) -> int:
    i = 0
    while i < len(toks) and toks[i].text in (",", "\u2014", "\u2013", "-", "(", ";"):
        i += 1
    return i


def after_quote(masked: str, start: int, end: int) -> Attribution | None:
    """`“…,” X said` / `“…,” said X` / `“…” — X`, reading masked[start:end] (the
    text after the closing mark, up to the sentence end or the next quote)."""
    # cheap check before tokenizing: an attribution starts with a word, a comma or a dash
    k = start
    while k < end and masked[k] in " \t\r\n":
        k += 1
    if k >= end or not (masked[k].isalnum() or masked[k] in ",\u2014\u2013-("):
        return None
    toks = tokenize(masked, start, min(end, start + 300))
    if not toks:
        return None
    i = _lead(toks)
    dash = any(toks[k].text in ("\u2014", "\u2013", "-") for k in range(i))
    if i >= len(toks):
        return None
    if toks[i].low == "according" and i + 2 < len(toks) and toks[i + 1].low == "to":
        m = np_after(toks, i + 2)
        if m is not None:
            return Attribution(m, "quote_said_speaker", "according to")
        return None
    if toks[i].low in CUE_FORMS:
        m = np_after(toks, i + 1)
        if m is not None:
            return Attribution(m, "quote_said_speaker", toks[i].text)
        return None
    k = find_cue(toks, i + 1, i + 28)
    if k > 0:
        j = skip_aux_back(toks, k - 1)
        got = np_before(toks, j, i)
        if got is not None and got[1] == i:
            return Attribution(got[0], "quote_cue_speaker", toks[k].text)
    if dash and is_cap(toks[i]):
        m = np_after(toks, i)
        if m is not None and m.name and len(m.name) >= 2:
            return Attribution(m, "quote_dash_speaker", None)
    return None


# `... but argued: “…”`, `... and added: “…”`: the same speaker goes on (not `and
# asked:`, whose subject is often someone inside the reported clause)
_NEXT_CUES = frozenset("said added argued insisted warned stressed continued explained "
                       "declared concluded".split())


def before_quote(masked: str, start: int, end: int) -> Attribution | None:
    """`X said: “…”` / `he said, “…”` / `From X: “…”`, reading masked[start:end] (the
    text from the sentence start, or the previous quote, to the opening mark)."""
    k = end - 1
    while k >= start and masked[k] in " \t\r\n":
        k -= 1
    if k < start or not (masked[k] in ":," or masked[k].isalpha()):
        return None
    toks = tokenize(masked, max(start, end - 300), end)
    if not toks:
        return None
    last = toks[-1].text
    if last not in (":", ",") and toks[-1].low not in CUE_FORMS:
        return None
    body = toks[:-1] if last in (":", ",") else toks
    if not body:
        return None
    if last == ":" and body[0].low == "from" and len(body) >= 2:
        m = np_after(body, 1)
        if m is not None and (m.name or m.group):
            return Attribution(m, "lead_in_from", None)
    # the cue is near the end: `told the Scottish Parliament on Wednesday:`
    lo = max(0, len(body) - 24)
    for k in range(len(body) - 1, lo - 1, -1):
        if body[k].low in CUE_FORMS:
            if last == "," and k < len(body) - 4 and not (
                    k + 1 < len(body) and body[k + 1].text == ","):
                # `X said that, …, “…”` is not an introduction, but
                # `“A,” she said, holding up a frame, “B”` is
                return None
            j = skip_aux_back(body, k - 1)
            got = np_before(body, j, 0)
            if got is not None:
                return Attribution(got[0], "speaker_cue_quote", body[k].text)
            if last == ":" and k >= 3 and body[k - 1].low in ("but", "and") and \
                    body[k].low in _NEXT_CUES:
                # `X said she agreed but argued: “…”`: the subject of the first cue
                for c in range(k - 2, 0, -1):
                    if body[c].low in CUE_FORMS:
                        got = np_before(body, skip_aux_back(body, c - 1), 0)
                        if got is not None:
                            return Attribution(got[0], "speaker_cue_quote", body[k].text)
                        break
            return None
        if body[k].text.startswith(MASK):
            return None
    return None


def intro_sentence(masked: str, start: int, end: int) -> Attribution | None:
    """A sentence that introduces a speaker (`X said:`, `X said the plan was late.`,
    `..., says Mr Pearson.`): the speaker phrase next to its first cue verb."""
    toks = tokenize(masked, start, min(end, start + 600))
    rule = "colon_intro" if masked[max(start, end - 8):end].rstrip().endswith(":") \
        else "previous_intro"
    if rule == "colon_intro" and len(toks) >= 3 and toks[0].low == "from":
        m = np_after(toks, 1)  # `From Chairwoman Renata Okonkwo-Hale:`
        if m is not None and (m.name or m.group):
            return Attribution(m, "lead_in_from", None)
    k = find_cue(toks, 0, 40)
    if k < 0:
        return None
    if k > 0:
        j = skip_aux_back(toks, k - 1)
        got = np_before(toks, j, 0)
        if got is not None:
            return Attribution(got[0], rule, toks[k].text)
    if k >= 1 and toks[k - 1].text == ",":
        m = np_after(toks, k + 1)
        if m is not None:
            return Attribution(m, rule, toks[k].text)
    return None
