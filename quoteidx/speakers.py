"""Speaker noun phrases: read them next to a cue verb, resolve them against the cast."""

from __future__ import annotations

import os
import re
import warnings
from dataclasses import dataclass, field

from quoteidx.lexicon import (
    AUXILIARIES,
    BODY_HEADS,
    CUE_FORMS,
    GROUP_HEADS,
    NAMED_BODY_HEADS,
    NEWS_AGENCIES,
    NON_NAME_WORDS,
    ORG_WORDS,
    PARTY_NAMES,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_TOKENS,
)
from quoteidx.names import (
    HONORIFICS,
    LEAD_ADJECTIVES,
    MONTHS,
    NAME_CONNECTORS,
    POSTNOMINALS,
    Cast,
    Mention,
    Person,
    is_first_name,
    looks_like_person,
    split_title,
    strip_possessive,
)
from quoteidx.segment import MASK

_TOK = re.compile(
    r"\d+(?:[.,:]\d+)+|(?:[A-Z]\.){2,}|[A-Z]\.(?=\s)|[\w][\w’'\-]*(?:&\w+)*|" + MASK + "+|[^\\w\\s]"
)

# Words that end a noun phrase when reading backwards or forwards.
STOP = frozenset(
    """the a an this that these those and or but nor of in on at by for from with without
    to as than then when while after before since until because if so also yet into onto
    about over under between among against through during per via not no who whom whose
    which what where why how it its is was were are be been being has have had do does
    did would will could should can may might must shall said says told added although
    though whereas unless whether""".split()
)
QUANTIFIERS = frozenset("many some several most other few all both two three four".split())
DETERMINERS = frozenset("the a an his her their its our this that one another some".split())


class _PyTok:
    """A token of masked text with its absolute offsets (the pure-Python Tok)."""

    __slots__ = ("text", "start", "end", "low")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start})"


def _py_tokenize(masked: str, start: int, end: int, _new=object.__new__) -> list[_PyTok]:
    """Tokens of masked[start:end] with absolute offsets (the pure-Python tokenize)."""
    # Filling the slots directly, without a call to Tok.__init__ per token, makes this
    # (the hottest loop of extraction) a third faster.
    out: list[_PyTok] = []
    append = out.append
    for m in _TOK.finditer(masked, start, end):
        t = _new(_PyTok)
        t.text = text = m.group()
        t.start, t.end = m.span()
        t.low = text.lower()
        append(t)
    return out


def _c_tokenizer():
    """The C extension quoteidx._tokenize (the same tokens, several times faster), or None:
    not built (no C compiler at install), QUOTEIDX_PURE=1 set, or built from another
    pattern than _TOK (a stale build: rebuild with `pip install -e .`)."""
    if os.environ.get("QUOTEIDX_PURE", "") not in ("", "0"):
        return None
    try:
        from quoteidx import _tokenize
    except ImportError:
        return None
    if _tokenize.PATTERN != _TOK.pattern or _tokenize.MASK != MASK:
        warnings.warn("quoteidx._tokenize was built for another token pattern; using the "
                      "pure-Python tokenizer (rebuild: pip install -e .)", RuntimeWarning,
                      stacklevel=2)
        return None
    return _tokenize


_C = _c_tokenizer()
if _C is not None:
    Tok = _C.Tok
    tokenize = _C.tokenize
    TOKENIZER = "c"
else:
    Tok = _PyTok
    tokenize = _py_tokenize
    TOKENIZER = "python"


def is_cap(tok: Tok) -> bool:
    return tok.text[:1].isupper()


def is_word(tok: Tok) -> bool:
    return tok.text[:1].isalnum()


def skip_aux_back(toks: list[Tok], j: int) -> int:
    """Index of the first token before `j` that is not an auxiliary or adverb."""
    k = j
    while k >= 0 and (toks[k].low in AUXILIARIES or toks[k].low.endswith("ly")
                      and toks[k].text.islower()) and j - k < 3:  # not `Reilly`, `Italy`
        k -= 1
    return k


def _title_before(toks: list[Tok], i: int, lo: int) -> list[str]:
    """Lower-case role words (and capitalised modifiers) just before a name at `i`:
    `Kremlin press secretary` in `Kremlin press secretary Dmitry Peskov`."""
    k = i - 1
    if k < lo or toks[k].low not in ROLE_NOUNS:
        return []
    words = []
    while k >= lo and is_word(toks[k]) and toks[k].low not in STOP and i - k <= 5:
        words.append(toks[k].text)
        k -= 1
    return list(reversed(words))


def np_before(toks: list[Tok], j: int, lo: int = 0) -> tuple[Mention, int] | None:
    """The speaker phrase ending at token `j` (reading backwards, not before `lo`).

    Returns the mention and the index of its first token.
    """
    if j - 3 >= lo and toks[j].text == ")" and toks[j - 2].text == "(" and \
            toks[j - 1].text.isupper() and is_cap(toks[j - 3]):
        listed = _acronym_list(toks, j, lo)
        if listed is not None:
            return listed
        # `The National Institute of Economic and Social Research (NIESR) claims`: the
        # name before its acronym, if read whole; else the acronym (`Agence France
        # Presse (AFP)`, `the Joint Council for the Welfare of Immigrants (JCWI)`)
        got = np_before(toks, j - 3, lo)
        b = got[1] - 1 if got is not None else lo
        if b > lo and toks[b].low == "the":
            b -= 1  # (`the Council of Mortgage Lenders`, but `for the Welfare of ...`)
        if got is not None and (got[1] == lo or toks[got[1] - 1].low == "the" and b == lo or
                                not (is_cap(toks[b]) or toks[b].low in _NAME_LINKS or
                                     toks[b].text.endswith(("'", "’")))):
            return got
        acronym = toks[j - 1]
        return Mention(acronym.text, group=acronym.text, pos=acronym.start), j - 1
    if j - 1 >= lo and toks[j].text.isdigit() and len(toks[j].text) <= 2 and \
            toks[j - 1].text in NUMBERED_NAMES:
        # `Radio 1 said`, `Channel 4 said`: a name that ends in its number
        got = np_cap_before(toks, j - 1, lo)
        if got is not None and got[0].group is not None:
            name = f"{got[0].group} {toks[j].text}"
            return Mention(name, group=name, pos=got[0].pos), got[1]
        if got is not None and got[0].name and not got[0].title:
            name = " ".join(got[0].name + [toks[j].text])
            return Mention(name, group=name, pos=got[0].pos), got[1]
    got = _np_before(toks, j, lo)
    part = _part_of_before(toks, j, lo)
    if part is not None and (got is None or part[1] < got[1]):
        return part
    if got is None:
        return None
    m, first = got
    if first - 2 >= lo and toks[first - 1].low in ("representing", "for") and \
            toks[first - 2].low in ("lawyer", "lawyers", "solicitor", "solicitors") and \
            m.text.split()[0].rstrip(".") in _HONORIFIC_TITLES:
        # `A lawyer representing Mr Doherty and Mr Wass said`: their lawyer speaks (a
        # body's lawyers speak for the body: `lawyers for Menatep said`)
        b = first - 2
        if b - 1 >= lo and toks[b - 1].low in DETERMINERS:
            b -= 1
        return Mention(_join(toks[b:j + 1]), group=f"{m.text}'s {toks[first - 2].text}",
                       pos=toks[b].start), b
    if m.group and toks[first].text == "Sunday" and first - 2 >= lo and \
            toks[first - 1].low == "on" and is_cap(toks[first - 2]) and is_word(toks[first - 2]):
        # `The Mail on Sunday survey found`: the paper's name runs on past `on`
        b = first - 2
        if b - 1 >= lo and toks[b - 1].low == "the":
            b -= 1
        group = _join(toks[b:j + 1])
        return Mention(group, group=group, pos=toks[b].start), b
    if m.group and toks[j].low in _MEDIA_KINDS and toks[first].low == "the" and \
            first - 2 >= lo and toks[first - 1].low == "of" and is_cap(toks[first - 2]) and \
            is_word(toks[first - 2]):
        # `a poll for the News of the World newspaper`: the paper's name has an `of the`
        b = first - 2
        if b - 1 >= lo and toks[b - 1].low == "the":
            b -= 1
        group = _join(toks[b:j])  # (without its kind)
        return Mention(group, group=group, pos=toks[b].start), b
    if m.name and len(m.name) == 1 and not m.title and first - 1 > lo and \
            toks[first - 1].text == ",":
        # `Sarah Mukherjee, with the hunt in Badminton, Gloucestershire said`: the place
        # ends an appositive whose closing comma is missing
        lead = _lead_name_with_participle(toks, first - 1, lo)
        if lead is not None and lead[0].name and len(lead[0].name) >= 2:
            return lead
    if m.name and len(m.name) == 1 and not m.title and first - 2 >= lo and \
            toks[first - 1].low == "in" and is_cap(toks[first - 2]):
        # `The BBC's Zubair Ahmed in Mumbai says`: the person, then where they are
        named = np_cap_before(toks, first - 2, lo)
        if named is not None and named[0].name and 2 <= len(named[0].name) <= 3 and (
                looks_like_person(named[0].name, named[0].title) or
                named[0].title and named[0].title[-1].endswith(("'s", "’s"))) and \
                not any(w in ORG_WORDS for w in named[0].name):
            named[0].description = _join(toks[first - 1:j + 1])
            return named
    if (m.name or m.group) and first - 3 >= lo and toks[first - 1].text != ",":
        # `Mr Galloway, who on Thursday won damages from the Daily Telegraph said`: a
        # relative clause whose closing comma is missing; the name before it speaks
        c = next((x for x in range(first - 1, max(lo, first - 25) - 1, -1)
                  if toks[x].low == "who" or toks[x].text in (".", ";", ":")), None)
        if c is not None and toks[c].low == "who" and c - 2 >= lo and \
                toks[c - 1].text == "," and is_cap(toks[c - 2]) and \
                not any(x.text == "," for x in toks[c + 1:first]):
            named = np_cap_before(toks, c - 2, lo)
            if named is not None and named[0].name and (
                    named[0].title or looks_like_person(named[0].name, [])):
                named[0].description = _join(toks[c:j + 1])
                return named
    f = first - 1 if first - 1 >= lo and toks[first - 1].low in DETERMINERS else first
    if (m.name or m.group) and f - 2 >= lo and toks[f - 1].low == "of" and \
            toks[f - 2].text.islower() and (
                toks[f - 2].low in _EVENT_NOUNS or toks[f - 2].low.endswith("ing")):
        # `the dismantling of the Springboks suggested that ...`: an event of theirs is
        # the subject, and events say nothing
        return None
    if (m.name or m.group) and first - 3 >= lo and toks[first - 1].low == "of" and \
            toks[first - 2].low in _STAR_OF and toks[first - 3].low == "the":
        # `The star of Rain Man and Tootsie said`: the star, whom the article names
        text = _join(toks[first - 3:first - 1])
        return Mention(text, role=toks[first - 2].low, description=_join(toks[first - 3:j + 1]),
                       pos=toks[first - 3].start), first - 3
    a = first - 1 if first - 1 > lo and toks[first - 1].low in DETERMINERS else first
    if m.name and a - 2 >= lo and toks[a - 1].low == "of" and \
            toks[a - 2].low in _ASSOCIATES:
        # `A close associate of (the retailer) Mikhail Khodorkovsky has told a court`: the
        # associate speaks, someone the article names (or not) apart from the person
        first = a
        h = first - 2
        while h - 1 >= lo and first - h < 5 and is_word(toks[h - 1]) and \
                toks[h - 1].text.islower() and toks[h - 1].low not in STOP:
            h -= 1
        if h - 1 >= lo and toks[h - 1].low in ("a", "an", "one"):
            h -= 1
            text = _join(toks[h:first - 1])
            return Mention(text, role=toks[first - 2].low, description=_join(toks[h:j + 1]),
                           pos=toks[h].start), h
    # `Marc Ostwald, a strategist at Monument Securities told Reuters`, `JF Sullivan,
    # spokesman for software firm Sendmail said`: an appositive whose closing comma is
    # missing; the name before it speaks
    if (m.role or m.group) and (m.text.lower().startswith(("a ", "an ")) or
                                toks[first].low in ROLE_NOUNS) and \
            first - 2 >= lo and toks[first - 1].text == "," and is_cap(toks[first - 2]):
        named = np_cap_before(toks, first - 2, lo)
        if named is not None and named[0].name and len(named[0].name) >= 2:
            named[0].description = m.text
            return named
    # `companies contacted by the BBC News website insist`: the agent of a participle
    # before the cue is not the subject; the phrase the participle belongs to is
    f = first - 1 if first - 1 >= lo and toks[first - 1].low in DETERMINERS else first
    if f - 3 >= lo and (toks[f - 1].low == "by" and (
            toks[f - 2].low.endswith("ed") or toks[f - 2].low in _PARTICIPLES) or
            toks[f - 1].low == "for" and toks[f - 2].low in _POLLED) \
            and toks[f - 2].text.islower():
        # (`those polled for the Sunday Times said`: the people polled, not the paper)
        h_first = f - 3
        word = toks[h_first]
        if word.low == "those" or word.low.endswith("s") and word.low not in STOP and (
                word.text.islower() or (
                word.text[1:].islower() and (word.low in GROUP_HEADS or h_first == 0 or
                                             word.low[:-1] in ROLE_NOUNS))):
            # a plural noun (`companies`), with its modifiers and article
            while h_first - 1 >= lo and toks[h_first - 1].text.islower() and \
                    is_word(toks[h_first - 1]) and toks[h_first - 1].low not in STOP and \
                    f - h_first < 5:
                h_first -= 1
            if h_first - 1 >= lo and toks[h_first - 1].low in DETERMINERS:
                h_first -= 1
            text = _join(toks[h_first:j + 1])
            return Mention(text, group=text, pos=toks[h_first].start), h_first
    # `Peter Misselbrook, executive partner of Tods Murray said`: the same, with a role
    # and no article before the organisation
    if m.role and not m.name and first - 2 >= lo and toks[first - 1].text == "," and \
            is_cap(toks[first - 2]) and toks[first].text.islower() and \
            any(x.low in ("at", "of", "for") for x in toks[first:j + 1]):
        # `Ann Simpson, marketing manager at Snappy Snaps believes`: an appositive whose
        # closing comma is missing; the person before it speaks
        named = np_cap_before(toks, first - 2, lo)
        if named is not None and named[0].name and len(named[0].name) >= 2 and \
                looks_like_person(named[0].name, named[0].title):
            named[0].description = _join(toks[first:j + 1])
            return named
    if (m.group or m.name) and first - 3 >= lo and \
            toks[first - 1].low in ("of", "at", "for") and toks[first - 2].low in ROLE_NOUNS:
        c = first - 2
        while c - 1 >= lo and toks[c - 1].text.islower() and first - c < 5:
            c -= 1
        if c - 2 >= lo and toks[c - 1].text == "," and is_cap(toks[c - 2]):
            named = np_cap_before(toks, c - 2, lo)
            if named is not None and named[0].name and len(named[0].name) >= 2 and \
                    looks_like_person(named[0].name, named[0].title):
                named[0].description = _join(toks[c:j + 1])
                return named
    if m.group and first - 2 >= lo and is_cap(toks[first]) and (
            toks[first - 1].low == "and" and is_nationality(toks[first - 2].text) and
            is_nationality(toks[first].text) or
            toks[first - 1].low == "of" and toks[first - 2].text in BODY_HEADS):
        # `The German and Danish governments`, `Ministry of Defence lawyers`: one
        # phrase, read whole
        h = first - 2
        if h - 1 >= lo and toks[h - 1].low in DETERMINERS:
            h -= 1
        text = _join(toks[h:j + 1])
        return Mention(text, group=text, pos=toks[h].start), h
    if m.name and not (m.title and m.title[-1].rstrip(".") in HONORIFICS) and \
            first - 1 >= lo and toks[first - 1].text.islower() and \
            toks[first - 1].low in ORG_REFERENCES and \
            not looks_like_person(m.name, []):
        # `Analyst firm Telecom View predicts`: after `firm`, a firm's name, whole
        text = _join(toks[first:j + 1])
        return Mention(text, group=text, pos=toks[first].start), first
    if m.group and first - 1 >= lo and toks[first - 1].text in ("St", "St."):
        # `St Fintian's High School`: the saint's abbreviation is part of the name
        text = _join(toks[first - 1:j + 1])
        return Mention(text, group=text, pos=toks[first - 1].start), first - 1
    if (m.group or m.name) and first - 3 >= lo:
        # `Mark Serwotka, from the Public and Commercial Services union said`: an
        # appositive whose closing comma is missing; the person before it speaks
        c = first - 1
        while c > lo and c > first - 6 and toks[c].low != "from" and is_word(toks[c]):
            c -= 1
        if toks[c].low == "from" and c - 2 >= lo and toks[c - 1].text == "," and \
                is_cap(toks[c - 2]):
            named = np_cap_before(toks, c - 2, lo)
            if named is not None and named[0].name and len(named[0].name) >= 2 and \
                    looks_like_person(named[0].name, named[0].title):
                named[0].description = _join(toks[c:j + 1])
                return named
    f = first - 1 if first - 1 > lo and toks[first - 1].low in DETERMINERS else first
    if (m.group or m.name) and f - 2 >= lo and toks[f - 1].low == "from" and \
            is_cap(toks[f - 2]):
        # `Nigel McCune from the Musicians' Union said`, `Mr Hirsch from Retail Banking
        # Research said`: the person from the body speaks
        named = np_cap_before(toks, f - 2, lo)
        if named is not None and named[0].name and (
                len(named[0].name) >= 2 or named[0].title and
                named[0].title[-1].rstrip(".") in HONORIFICS) and \
                looks_like_person(named[0].name, named[0].title):
            named[0].description = _join(toks[f - 1:j + 1])
            return named
    if m.group and first < j and toks[first].low in _ADVERB_LEADS and \
            toks[first].text.islower():
        # `But now Canadian authorities have said`: the adverb is no part of the name
        text = _join(toks[first + 1:j + 1])
        return Mention(text, group=text, pos=toks[first + 1].start), first + 1
    return got


_EVENT_NOUNS = frozenset("""defeat defeats loss losses collapse sale success failure
    performance performances victory win rise fall results result departure arrival
    return decision""".split())
_KINDS_OF_SOURCE = frozenset("""journal magazine newspaper paper website site firm company
    consultancy group agency bank broadcaster publication""".split())
_NAME_LINKS = frozenset("of for and &".split())
_COMPILED_BY = re.compile(r"(?:[Nn]ew |[Ll]atest |[Oo]fficial )?(?:[Ff]igures|[Dd]ata|"
                          r"[Ss]tatistics|[Rr]esearch|"
                          r"a survey|a report|a study|a poll|a new survey|a new report) "
                          r"(?:compiled|published|commissioned|carried out|conducted|released|"
                          r"produced|issued|gathered|collected) by "
                          r"((?:the )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)*)$")
_MEDIA_KINDS = frozenset("newspaper paper daily magazine website".split())
# roles anyone of any trade may be called (`the star`, after `Actress Jenna Cole`)
_ANY_ROLE = frozenset("star stars veteran celebrity".split())
_STAR_OF = frozenset("star stars creator author writer frontman singer director".split())
_POLLED = frozenset("polled surveyed questioned interviewed".split())
_ASSOCIATES = frozenset("associate friend aide ally colleague confidant adviser "
                        "advisor".split())
_ADVERB_LEADS = frozenset("now also then still later meanwhile yesterday today".split())


# `Critics of the government say`, `Some of the analysts said`: the people of a
# group or of a side speak, not the group or the side
_OF_HEADS = frozenset("""critics opponents supporters members friends allies rivals
    colleagues relatives families parents fans residents shareholders employees staff
    workers users customers owners leaders officials representatives lawyers advisers
    some many most several few all both none majority minority half one two three
    sources""".split())


_AND_OR = frozenset(("and", "or", "but"))
_PREPOSITIONS = frozenset("in of for with to by from on at among about into".split())


def _acronym_item(toks: list[Tok], k: int, lo: int) -> int | None:
    """The first token of `Building Societies Association (BSA)` ending at `)` `k`."""
    if not (k - 3 >= lo and toks[k].text == ")" and toks[k - 2].text == "(" and
            toks[k - 1].text.isupper() and is_cap(toks[k - 3]) and is_word(toks[k - 3])):
        return None
    s = k - 3
    while s - 1 >= lo and k - s < 10 and is_word(toks[s - 1]) and (
            is_cap(toks[s - 1]) or toks[s - 1].low in ("of", "for", "the") and
            s - 2 >= lo and is_cap(toks[s - 2])):
        s -= 1
    return s


def _acronym_list(toks: list[Tok], j: int, lo: int) -> tuple[Mention, int] | None:
    """`The Council of Mortgage Lenders (CML), British Bankers Association (BBA) and
    Building Societies Association (BSA) all said`: every body of the list speaks, each
    by its full name (the first first); None unless the phrase is such a list."""
    starts: list[int] = []
    k = j
    while True:
        s = _acronym_item(toks, k, lo)
        if s is None:
            return None
        starts.append(s)
        sep = s - 1
        if sep >= lo and toks[sep].low == "and":
            sep -= 1 if sep - 1 >= lo and toks[sep - 1].text == "," else 0
        elif not (sep >= lo and toks[sep].text == "," and len(starts) > 1):
            break
        k = sep - 1
    if len(starts) < 2:
        return None
    items = []
    for s in reversed(starts):
        e = s
        while toks[e].text != "(":
            e += 1
        while toks[s].low in ("both", "the"):
            s += 1  # (`Both the Council of Mortgage Lenders (CML) and ...`)
        words = toks[s:e]
        text = _join(words)
        items.append(Mention(text, group=text, pos=words[0].start))
    items[0].also = items[1:]
    return items[0], starts[-1]


def _part_of_before(toks: list[Tok], j: int, lo: int) -> tuple[Mention, int] | None:
    """`Critics of the government` (ending at token `j`): the head and its `of` phrase."""
    if not is_word(toks[j]) or toks[j].low in STOP or toks[j].low in DETERMINERS:
        return None
    o = j - 1
    while o > lo and o > j - 11 and toks[o].low != "of":
        t = toks[o]
        if not (is_word(t) or t.text.replace(",", "").isdigit()) or t.low in _AND_OR or (
                t.low in STOP and t.low not in DETERMINERS and t.low != "those" and
                t.low not in _PREPOSITIONS) or (
                t.low.endswith("ed") and t.text.islower() and
                toks[o - 1].low not in ("those", "people")):
            return None  # (`Opponents of the plan welcomed the decision and`)
        o -= 1
    if o <= lo or toks[o].low != "of" or toks[o - 1].low not in _OF_HEADS:
        return None
    h = o - 1
    if h - 1 >= lo and toks[h - 1].text[1:].islower() and is_word(toks[h - 1]) and (
            toks[h - 1].low in DETERMINERS or toks[h - 1].low in _OF_HEADS or
            toks[h - 1].low in ("other", "leading", "senior", "former", "fellow")):
        h -= 1  # `some critics of`, `other members of`
    if toks[h].low in ("one", "two", "three", "all", "both") and h + 1 == o:
        return None  # `one of`, `all of`: too vague to name a side
    if h - 1 >= lo and toks[h - 1].low in _PREPOSITIONS:
        return None  # `competition in many of its sectors ... suggests`: no subject
    text = _join(toks[h:j + 1])
    return Mention(text, group=text, pos=toks[h].start), h


_PARTICIPLES = frozenset("interviewed quoted contacted surveyed polled questioned asked "
                         "consulted commissioned employed hired paid funded backed led "
                         "represented".split())


_VERB_AFTER_NAME = frozenset("""said says told tells added adds announced announces confirmed
    confirms insisted insists argued argues claimed denied warned warns reported has had
    is was will would""".split())
_PARTICIPLE_APPOSITIVES = frozenset("sitting speaking writing flanked accompanied joined "
                                    "backed supported standing appearing giving".split())


def _lead_name_with_participle(toks: list[Tok], j: int, lo: int
                               ) -> tuple[Mention, int] | None:
    """`Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell, said`, `Mr
    Mubanga, 32, from Wembley, London, said`: a name opening the sentence, then a
    participle phrase, an age or a home town (commas and all) up to the cue."""
    a = lo
    if a < j and toks[a].low in ("and", "but"):
        lo = a = a + 1  # `And the BBC's Sarah Mukherjee, with the hunt in ..., said`
    while a < j and (is_word(toks[a]) or toks[a].text in ("'s", "’s")) and a - lo < 7:
        a += 1  # the opening phrase, up to its comma
    if a == lo or a + 1 >= j or toks[a].text != "," or j - a > 30:
        return None
    nxt = toks[a + 1]
    if not (nxt.low in _PARTICIPLE_APPOSITIVES or nxt.low in ("from", "with") or (
            nxt.text.isdigit() and a + 3 < j and toks[a + 2].text == "," and
            toks[a + 3].low == "from")):
        return None
    if any(x.low in CUE_FORMS for x in toks[a + 1:j]):
        return None
    named = np_cap_before(toks, a - 1, lo) if is_cap(toks[a - 1]) else \
        _np_lower_before(toks, a - 1, lo)
    if named is None or not (named[0].name or named[0].role or named[0].group) or \
            any(x.low not in DETERMINERS and not x.low.endswith(("'s", "’s")) and
                x.text not in ("'s", "’s") and not (x.text.isupper() and len(x.text) > 1)
                for x in toks[lo:named[1]]):
        return None  # (`A senior defence official, speaking to ..., said`: a role too)
    named[0].description = _join(toks[a + 1:j])
    return named


def _np_before(toks: list[Tok], j: int, lo: int = 0) -> tuple[Mention, int] | None:
    """The speaker phrase ending at token `j` (reading backwards, not before `lo`).

    Returns the mention and the index of its first token.
    """
    if j < lo:
        return None
    t = toks[j]
    low = t.low
    if low in ("he", "she", "they", "i", "we", "it"):
        if j - 1 >= lo and toks[j - 1].low in ("of", "for", "with", "to", "by", "from", "about"):
            return None  # `membership of it demanded`: the pronoun is no subject
        return Mention(t.text, pronoun=PRONOUNS[low], pos=t.start), j
    if t.text == ",":
        lead = _lead_name_with_participle(toks, j, lo)
        if lead is not None:
            return lead
        # `Name, an appositive, said`: the name stands before the first comma.
        k = j - 1
        while k >= lo and toks[k].text not in (",", ";", ":", "(", ")") and \
                not toks[k].text.startswith(MASK) and j - k < 25:
            k -= 1
        if k < lo or toks[k].text != "," or k == j - 1:
            return None
        # `Callum Reid, 22, who joined last year, said`: step over the age
        if k - 2 >= lo and toks[k - 1].text.isdigit() and toks[k - 2].text == ",":
            k -= 2
        desc_toks = toks[k + 1:j]
        if len(desc_toks) >= 2 and desc_toks[0].low in ("a", "an") and k - 2 >= lo and \
                is_cap(toks[k - 1]) and toks[k - 2].low in ("at", "of", "for"):
            # `Hugo Lueders, European director for public policy at CompTIA, an umbrella
            # organization for technology companies, said`: the second appositive
            # describes the body; the person before the first speaks
            outer = _np_before(toks, k, lo)
            if outer is not None and outer[0].name and len(outer[0].name) >= 2 and \
                    looks_like_person(outer[0].name, outer[0].title):
                return outer
        if len(desc_toks) == 1 and is_cap(desc_toks[0]) and is_word(desc_toks[0]) and \
                not is_first_name(desc_toks[0].text) and k - 1 >= lo and \
                is_word(toks[k - 1]):
            # `Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said`: the county ends
            # the appositive; the name stands before it
            outer = _np_before(toks, k, lo)
            if outer is not None and outer[0].name and (
                    outer[0].title or looks_like_person(outer[0].name, [])):
                return outer
        if len(desc_toks) >= 3 and desc_toks[0].low in _LED_BY and desc_toks[1].low == "by":
            # `The South Yorkshire company, led by chief executive Gerry Spindler, said`:
            # the company speaks, not the person it is led by
            before = np_before(toks, k - 1, lo)
            if before is not None and (before[0].group or before[0].role or before[0].name):
                before[0].description = _join(desc_toks)
                return before
        if desc_toks and desc_toks[0].text.islower() and \
                desc_toks[0].low not in _APPOSITIVE_STARTS and \
                any(x.low in _FINITE_AUX for x in desc_toks) and not any(
                x.low in _RELATIVES for x in desc_toks):
            # `New episodes of 24, Desperate Housewives ..., appear on the web hours
            # after they are shown, said a report`: a predicate, not an appositive
            return None
        named = desc_toks[1:] if desc_toks and desc_toks[0].low == "the" else desc_toks
        if named and len(named) <= 5 and all(is_cap(x) and is_word(x) for x in named) and \
                named[0].low not in DETERMINERS:
            # `The party's leader, Nicola Sturgeon, said`: the name is the appositive.
            if len(named) >= 3 and named[-1].text in POSTNOMINALS:
                named = named[:-1]  # `Daniel Morrow QC`
            parts = split_title([x.text for x in named])
            if not parts.name or len(parts.name) == 1 and (
                    parts.name[0] in TITLE_TOKENS or parts.name[0].lower() in ROLE_NOUNS):
                # `Lord Woolf, the Lord Chief Justice, said`: a title in the appositive;
                # the name before it speaks
                before = np_before(toks, k - 1, lo)
                if before is not None and before[0].name and len(before[0].name) + len(
                        before[0].title) >= 2:
                    before[0].description = _join(desc_toks)
                    return before
            if looks_like_person(parts.name, parts.title) or len(parts.name) >= 2:
                return Mention(" ".join(x.text for x in named), name=parts.name,
                               title=parts.title, pos=named[0].start), k + 1
            if k - 2 >= lo and toks[k - 1].low in ORG_REFERENCES and \
                    any(x.low == "the" for x in toks[max(lo, k - 7):k - 1]):
                # `The firm, Paion, said`: the organisation's name is the appositive
                text = " ".join(x.text for x in named)
                return Mention(text, group=text, pos=named[0].start), k + 1
        n_cap = 0
        while n_cap < len(desc_toks) and is_cap(desc_toks[-1 - n_cap]) and \
                is_word(desc_toks[-1 - n_cap]):
            n_cap += 1
        if 2 <= n_cap <= 4 and n_cap < len(desc_toks) and \
                desc_toks[-1 - n_cap].low in ROLE_NOUNS and \
                not any(x.low in ("and", "or", "like", "including", "such") for x in desc_toks):
            # `Their candidate, the retired headteacher Anne Corless, said`: a role, then
            # the name, in the appositive
            named = desc_toks[-n_cap:]
            parts = split_title([x.text for x in named])
            if looks_like_person(parts.name, parts.title):
                return Mention(" ".join(x.text for x in named), name=parts.name,
                               title=parts.title,
                               description=_join(desc_toks[:-n_cap]),
                               pos=named[0].start), j - n_cap
        of = next((i for i, x in enumerate(desc_toks) if x.low in ("of", "from")), -1)
        if 2 <= of <= 5 and of + 1 < len(desc_toks) <= of + 5 and \
                toks[k - 1].text.islower() and \
                all(is_cap(x) and is_word(x) for x in desc_toks[:of]) and \
                all(is_cap(x) or x.low in _NAME_LINKS or x.low == "the"
                    for x in desc_toks[of + 1:]):
            # `the chairman of the working party, Ambassador Stefan Johannesson of Iceland,
            # warned`: the person the appositive names, with where they are from
            parts = split_title([x.text for x in desc_toks[:of]])
            if len(parts.name) >= 2 and looks_like_person(parts.name, parts.title):
                b = k - 1
                while b - 1 >= lo and k - b < 12 and toks[b - 1].text not in (",", ";", ":"):
                    b -= 1
                return Mention(_join(desc_toks[:of]), name=parts.name, title=parts.title,
                               description=_join(toks[b:k]) + ", " + _join(desc_toks[of:]),
                               pos=desc_toks[0].start), b
        inner = np_before(toks, k - 1, lo)
        c = None
        if inner is not None and inner[1] - 1 >= lo and is_word(toks[inner[1] - 1]) and \
                toks[inner[1] - 1].low not in _CLAUSE_OPENERS:
            c = next((x for x in range(inner[1] - 1, max(lo, k - 40) - 1, -1)
                      if toks[x].low in ("who", "whose")), None)
        if c is not None:
            # `Tony Wilson, the Factory boss who was involved with New Order, as well as
            # the Happy Mondays, said`: that name ends a relative clause with commas in
            # it; the subject stands before the clause
            b = c - 1
            while b >= lo and c - b < 12 and toks[b].text != ",":
                b -= 1
            if b > lo and toks[b].text == ",":
                outer = np_before(toks, b - 1, lo)
                if outer is not None and outer[0].name:
                    outer[0].description = _join(toks[b + 1:j])
                    return outer
            inner = None
        if desc_toks and desc_toks[0].low in ("like", "including", "such"):
            # `Others, like A and B, have suggested`: A, B speak (the first named first)
            listed = _listed(desc_toks[2:] if desc_toks[0].low == "such" else desc_toks[1:])
            if listed:
                lead = listed[0]
                lead.also = listed[1:]
                return lead, (inner[1] if inner else k - 1)
        if inner is None:
            return None
        m, first = inner
        if not m.name:
            # `the party's leader, Nicola Sturgeon, said` handled above; a group with
            # an appositive keeps the group.
            if m.group:
                return m, first
            return None
        m.description = " ".join(x.text for x in desc_toks)
        return m, first
    for k in range(j - 1, max(lo, j - 10) - 1, -1):
        # `a spokesman for the Albanian embassy in London said`: the embassy speaks
        x = toks[k]
        if not is_word(x) and not (
                # `the Department for Culture, Media and Sport`: a list inside a name
                x.text == "," and k - 1 >= lo and is_cap(toks[k - 1]) and is_cap(toks[k + 1])
                and any(y.low == "and" for y in toks[k + 1:j])):
            break
        if x.low in ("for", "at") and k - 1 >= lo and toks[k - 1].low in SPOKES and k < j:
            if not is_cap(toks[k + 1]) and is_cap(t):
                # `spokeswoman for women Sandra Gidley`: a portfolio, then the person
                named = np_cap_before(toks, j, k + 1)
                if named is not None and len(named[0].name) >= 2 and \
                        looks_like_person(named[0].name, named[0].title):
                    m = named[0]
                    m.title = [y.text for y in toks[max(lo, k - 3):named[1]]
                               if is_word(y) and y.low not in DETERMINERS] + m.title
                    return m, named[1]
            org = toks[k + 1:j + 1]
            cut = next((n for n, y in enumerate(org) if y.low in ("in", "at") and n > 0),
                       len(org))
            org = org[:cut]
            if len(org) >= 3 and org[0].text.endswith(("'s", "’s")) and is_cap(org[0]):
                org = org[1:]  # `A spokesman for Manchester's Trafford Centre`: the place
            first = k - 1
            while first - 1 >= lo and (toks[first - 1].low in DETERMINERS or
                                       is_cap(toks[first - 1])) and \
                    toks[first - 1].low not in ("but", "and", "yet", "so"):
                first -= 1  # (`But a spokesman for ...`: the conjunction is no part)
            if org:
                return Mention(_join(toks[first:j + 1]), group=_join(org),
                               pos=toks[first].start), first
            break
        if x.low in STOP and x.low not in ("the", "of", "in", "a", "an") and not (
                x.low in ("and", "for") and k - 1 >= lo and is_cap(toks[k - 1]) and
                is_cap(toks[k + 1])) and not (
                # `a spokesman for the UN's World Summit on the Information Society`
                x.low == "on" and k - 1 >= lo and is_cap(toks[k - 1]) and k + 2 <= j and
                toks[k + 1].low == "the" and is_cap(toks[k + 2])):
            break
    if is_cap(t) and is_word(t):
        got = np_cap_before(toks, j, lo)
        if got is not None:
            m, i = got
            w = i - 1
            while w >= lo and w > i - 4 and toks[w].text.islower() and is_word(toks[w]) and \
                    toks[w].low not in ("who", "which", "that"):
                w -= 1
            if w > lo and w < i - 1 and toks[w].low == "who":
                # `The 28-year-old host who also presents Stars In Their Eyes said`: the
                # name is the object of a relative clause; its antecedent speaks
                outer = _np_before(toks, w - 1, lo)
                if outer is not None:
                    outer[0].description = _join(toks[w:j + 1])
                    return outer
            # `political observers in the UK claim`: the place belongs to the phrase
            # before it, whose head speaks
            k = i - 1
            if k >= lo and toks[k].low == "the":
                k -= 1
            if k - 1 >= lo and toks[k].low in ("in", "at", "from", "across", "around") and \
                    is_word(toks[k - 1]) and (not is_cap(toks[k - 1]) or (
                        toks[k - 1].text[1:].islower() and toks[k - 1].low in GROUP_HEADS)) \
                    and toks[k - 1].low not in STOP:
                if toks[k].low == "in" and toks[k - 1].low in _PUBLISHED_IN:
                    # `a report in the Sunday Business claimed`: the publication speaks
                    return m, i
                lower = _np_lower_before(toks, k - 1, lo)
                if lower is not None:
                    lm, first = lower
                    lm.text = " ".join(x.text for x in toks[first:j + 1])
                    if lm.group and toks[k - 1].low in SPOKES and toks[k].low != "in":
                        # `a statement from Chelsea`: the organisation speaks (but `health
                        # officials in Powys` are the group as written)
                        lm.group = m.group or " ".join(m.name) or lm.group
                    elif lm.group:
                        lm.group = lm.text  # the group as written: `Analysts at DrKW`
                    return lm, first
                # `the Gartner report on mobile TV broadcasting in Europe suggests`: the
                # place ends a longer phrase whose head is a report; a place that ends
                # some other phrase (`prices in Europe rose`) is nobody
                for r in range(k - 2, max(lo, k - 10) - 1, -1):
                    if toks[r].low in _REPORT_HEADS:
                        head = _np_before(toks, r, lo)
                        if head is not None:
                            hm, first = head
                            hm.text = " ".join(x.text for x in toks[first:j + 1])
                        return head
                    if not is_word(toks[r]):
                        break
                place = m.group or (len(m.name) == 1 and not m.title)
                if toks[k].low in ("in", "across", "around") and place and \
                        not toks[j].text.endswith(("'s", "’s", "'", "’")):
                    return None
            # `The Pentagon's Project and Contract Office (PCO) in Baghdad said`, `Acme
            # Ltd in London said`: the organisation, not where it is
            if i - 2 >= lo and toks[i - 1].low in ("in", "at") and not m.title and \
                    len((m.group or " ".join(m.name)).split()) <= 2 and \
                    (toks[i - 2].text == ")" or is_cap(toks[i - 2]) and is_word(toks[i - 2])):
                b = i - 2
                if toks[b].text == ")":
                    while b > lo and toks[b].text != "(" and i - b < 8:
                        b -= 1
                    b -= 1
                if b >= lo and is_cap(toks[b]):
                    org = np_cap_before(toks, b, lo)
                    if org is not None and org[0].name and len(org[0].name) >= 2 and \
                            looks_like_person(org[0].name, org[0].title):
                        return org  # `John Smith in London said`
                    if org is not None and (org[0].group or (
                            org[0].name and org[0].name[-1] in ORG_WORDS)):
                        om, first = org
                        if om.group is None:
                            om.group = " ".join(om.title + om.name)
                            om.name, om.title = [], []
                        om.text = " ".join(x.text for x in toks[first:j + 1])
                        return om, first
            # `GPs in Wales had feared`, `The unnamed woman from Georgia says`: the people
            # of a place speak, as written, not the place
            if i - 2 >= lo and toks[i - 1].low in ("in", "from") and not m.title and \
                    len((m.group or " ".join(m.name)).split()) <= 3 and \
                    is_word(toks[i - 2]) and (
                        toks[i - 2].low in GROUP_HEADS or toks[i - 2].low in _PEOPLE_NOUNS or
                        (toks[i - 2].text[:-1].isupper() and toks[i - 2].text.endswith("s")
                         and len(toks[i - 2].text) >= 3) or
                        (toks[i - 2].text.islower() and toks[i - 2].low in ROLE_NOUNS)):
                h = i - 2
                while h - 1 >= lo and i - h < 6 and is_word(toks[h - 1]) and \
                        toks[h - 1].text[1:].islower() and toks[h - 1].low not in STOP:
                    h -= 1  # `unnamed`, `local`
                if h - 1 >= lo and toks[h - 1].low in DETERMINERS:
                    h -= 1
                if h == lo or not is_word(toks[h - 1]) or toks[h - 1].low in _CLAUSE_OPENERS:
                    text = _join(toks[h:j + 1])
                    return Mention(text, group=text, pos=toks[h].start), h
            # `The new health minister for Wales says`: a role (of a place) speaks
            if i - 2 >= lo and toks[i - 1].low in ("for", "of") and \
                    toks[i - 2].low in ROLE_NOUNS and toks[i - 2].low not in SPOKES and \
                    not m.title and len((m.group or " ".join(m.name)).split()) <= 3:
                lower = _np_lower_before(toks, i - 2, lo)
                if lower is not None and lower[0].role and \
                        toks[lower[1]].low in ("the", "a", "an"):
                    # (not `X, managing director of ISP Freedom2surf said`: X speaks)
                    lm, first = lower
                    lm.text = " ".join(x.text for x in toks[first:j + 1])
                    return lm, first
            # `a spokeswoman for Isles Ferries`: the organisation speaks
            if i - 2 >= lo and toks[i - 1].low in ("for", "at", "of") and \
                    toks[i - 2].low in SPOKES and (m.group or m.name):
                k = i - 2
                while k - 1 >= lo and toks[k - 1].low in DETERMINERS | {"company", "senior"}:
                    k -= 1
                name = m.group or " ".join(m.name)
                return Mention(" ".join(x.text for x in toks[k:j + 1]), group=name,
                               pos=toks[k].start), k
        return got
    return _np_lower_before(toks, j, lo)


_PUBLISHED_IN = frozenset("report reports article story editorial interview column "
                          "leader review".split())
_NOT_NOW = frozenset("former ex shadow late outgoing deputy vice acting assistant".split())
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_RELATIVES = frozenset("who whom whose which that where".split())
_PEOPLE_NOUNS = frozenset("""woman women man men people person residents resident
    villagers locals families parents patients voters workers doctors nurses teachers
    farmers fans students""".split())
_LED_BY = frozenset("led run owned founded headed chaired backed managed coached "
                    "represented advised".split())
_APPOSITIVE_STARTS = DETERMINERS | frozenset(
    """on in at of for from with as also now then once formerly currently like including
    such both aged who whose which whom where speaking writing""".split())
_FINITE_AUX = frozenset("is are was were has have had would will can could".split())
_CLAUSE_OPENERS = DETERMINERS | {"and", "but", "while", "yet", "so", "as", "when"}
_REPORT_HEADS = frozenset("report study survey poll research analysis review paper "
                          "inquiry".split())
_REPORTS_PLURAL = frozenset("reports studies surveys polls".split())
_SPONSORED = re.compile(r"-(?:sponsored|commissioned|funded|backed)$")
# `His agent told the Times that ...`: someone who speaks for the person
_SPEAKS_FOR = frozenset("agent agents lawyer lawyers solicitor solicitors publicist "
                        "manager representatives barrister attorney office".split())
NEWSPAPERS = frozenset("Guardian Times Telegraph Independent Observer Sun Mirror Mail "
                        "Express Herald Scotsman Economist Spectator Standard FT".split())
DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
SPOKES = frozenset("spokesman spokeswoman spokesperson representative official "
                   "officials spokespeople statement".split())


def _join(toks: list[Tok]) -> str:
    """Tokens as written: `Culture, Media and Sport`, not `Culture , Media and Sport`."""
    out = ""
    prev = None
    for x in toks:
        # (a space where the text had one: `S&N's`, `(BCC)`)
        tight = prev is not None and x.start == prev.end and x.start > 0
        out += x.text if (not out or tight or x.text in (",", ";", ".")) else " " + x.text
        prev = x
    return out


_PLACE_PREPOSITIONS = frozenset("at in on from to against near over".split())
_NOT_VERBS_IN_S = frozenset("""its his hers ours theirs yours this thus us as across towards
    versus plus whereas besides unless news""".split())


def _plural_noun(low: str) -> bool:
    """`firms`, `companies`, `analysts`: a plural of a kind of body or person
    (`technology firms Earthlink and Webroot` is one list, no verb before it)."""
    one = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    return low in GROUP_HEADS or one in ORG_REFERENCES or one in ROLE_NOUNS or \
        one in GROUP_HEADS


_DESCRIBED_OWNER = re.compile(r"[Tt]he (?:[a-z-]+ ){0,3}(?:group|society|organisation|"
                              r"organization|union|body|charity|institute|think-tank|"
                              r"association|federation)(?:'s|’s) [a-z]")
# months that are nobody's given name (unlike April, May, June and August)
_MONTHS_NOT_NAMES = frozenset("January February March July September October November "
                              "December".split())


_NAME_LINK_WORDS = frozenset("and of for & the".split())
# names that end in a number (`Radio 1`, `Channel 4`, `Formula 1`)
NUMBERED_NAMES = frozenset("Radio Channel Formula Division".split())
# heads of bodies whose names may hold `in` (`Interactive Media in Retail Group`)
IN_NAME_HEADS = frozenset("Group Association Council Institute Federation Society "
                           "Alliance Forum Network".split())


def _body_name_before(toks: list[Tok], k: int, lo: int) -> bool:
    """Whether capitalised words before token `k` go back to `<Body word> for|of`
    (`Economic Commission for Latin America`, `Department for Culture`)."""
    i = k - 1
    while i >= lo and k - i < 6 and is_cap(toks[i]) and is_word(toks[i]):
        i -= 1
    return i < k - 1 and i - 1 >= lo and toks[i].low in ("for", "of") and \
        toks[i - 1].text in ORG_WORDS


_MEMBERS_OF = frozenset("MP MEP MSP AM MLA".split())


def _titled_in_apposition(cast: Cast, title: str, pos: int) -> Person | None:
    """The one person an earlier `The Bishop of Durham, the Rt Rev Dr Tom Wright,` gives
    the title `title` (`Bishop`) in apposition, if one."""
    text = cast.text[:pos]
    if title not in text:
        return None
    found: dict[str, Person] = {}
    for m in re.finditer(r"\b[Tt]he " + re.escape(title) + r"(?: of(?: [A-Z][\w'’-]+)+)?, "
                         r"(?:the )?((?:[A-Z][\w.'’-]* ){0,4}[A-Z][\w'’-]+),", text):
        words = split_title(m.group(1).split()).name
        p = cast.lookup(words, m.start(1)) if words else None
        if p is not None:
            found[p.name] = p
    return next(iter(found.values())) if len(found) == 1 else None


def np_cap_before(toks: list[Tok], j: int, lo: int) -> tuple[Mention, int] | None:
    """A capitalised speaker phrase ending at token `j`: a name or an organisation."""
    i = j
    while i - 1 >= lo and (is_word(toks[i - 1]) or toks[i - 1].text in "&,/") and j - i < 11 and (
        # `InStat/MDR`: two names joined by a slash, no spaces
        toks[i - 1].text == "/" and i - 2 >= lo and is_cap(toks[i - 2]) and
        toks[i - 2].end == toks[i - 1].start and toks[i - 1].end == toks[i].start or
        # `Interactive Media in Retail Group`: `in` inside a body's name (a place after
        # `in` ends no name with `Group`)
        toks[i - 1].low == "in" and i - 3 >= lo and is_cap(toks[i - 2]) and
        is_word(toks[i - 2]) and is_cap(toks[i - 3]) and is_word(toks[i - 3]) and
        toks[i - 3].text not in NON_NAME_WORDS and j - i >= 1 and
        toks[j].text in IN_NAME_HEADS or
        is_cap(toks[i - 1]) or toks[i - 1].low in NAME_CONNECTORS or (
            # `Save the Children`, `Marsh & McLennan`: inside an organisation's name
            toks[i - 1].text in ("the", "&") and i - 2 >= lo and is_cap(toks[i - 2]) and
            is_word(toks[i - 2]) and toks[i - 2].text not in NON_NAME_WORDS and
            toks[i - 2].low not in STOP and toks[i - 2].low not in CUE_FORMS) or (
            toks[i - 1].low in ("of", "and", "for", "&") and i - 2 >= lo and
            is_cap(toks[i - 2]) and toks[i - 2].text not in NON_NAME_WORDS and not (
                # `meet at Twickenham and Kirwan says`: a place, then a new subject
                toks[i - 1].low == "and" and i - 3 >= lo and (
                    toks[i - 3].low in _PLACE_PREPOSITIONS or
                    # `Rosneft now owns Yugansk and Russia has said`: an object, then a
                    # new subject
                    toks[i - 3].text.islower() and is_word(toks[i - 3]) and
                    toks[i - 3].low.endswith(("s", "ed")) and
                    toks[i - 3].low not in _NOT_VERBS_IN_S and
                    not _plural_noun(toks[i - 3].low)))) or (
            # `Anne Thompson of the Hollywood Reporter`
            toks[i - 1].low == "the" and i - 3 >= lo and toks[i - 2].low == "of" and
            is_cap(toks[i - 3]) and toks[i - 3].text not in NON_NAME_WORDS) or (
            # `Economic Commission for Latin America and the Caribbean`, `Department for
            # Culture, Media and Sport`: the rest of a body's name after its `for`
            (toks[i - 1].low == "the" and i - 2 >= lo and toks[i - 2].low == "and" or
             toks[i - 1].text == "," and any(x.low == "and" for x in toks[i:j + 1])) and
            _body_name_before(toks, i - 2 if toks[i - 1].low == "the" else i - 1, lo)) or (
            # `The Mail on Sunday`, `Scotland on Sunday`: a newspaper's name
            toks[i - 1].low == "on" and toks[i].text == "Sunday" and i - 2 >= lo and
            is_cap(toks[i - 2]) and is_word(toks[i - 2]))
    ):
        i -= 1
    while i < j and toks[i].low in NAME_CONNECTORS:
        i += 1
    words = [x.text for x in toks[i:j + 1]]
    if "," in words or "/" in words:
        # (`Department for Culture, Media and Sport`, `InStat/MDR`: the marks stay put)
        words = " ".join(words).replace(" , ", ", ").replace(" / ", "/").split(" ")
    if len(words) >= 2 and words[0][-1:] in ("'", "’") and words[0][-2:-1] != "s" and \
            i - 2 >= lo and toks[i - 1].text in ("'", "‘") and is_cap(toks[i - 2]) and \
            is_word(toks[i - 2]):
        # `Brian 'Head' Welch`: the nickname in quotes is no part of the name
        i -= 2
        words = [toks[i].text] + words[1:]
    if not (j + 1 < len(toks) and toks[j + 1].low in _VERB_AFTER_NAME and
            strip_possessive(words[-1]) not in NON_NAME_WORDS):
        # (`Foster's said`: a verb follows, so the `'s` is the name's own; `Tony Blair's
        # promise that` is a possessive)
        words[-1] = strip_possessive(words[-1])
    if words[-1] in _MEMBERS_OF and (
            len(words) >= 3 and words[0] in ("A", "An") and
            not looks_like_person(words[1:-1], []) or
            len(words) >= 2 and i - 1 >= lo and toks[i - 1].low in ("a", "an") and
            not looks_like_person(words[:-1], [])):
        # `A Plaid Cymru MP believes`: one of the party's members, not the party
        b = i if words[0] in ("A", "An") else i - 1
        return Mention(" ".join(x.text for x in toks[b:j + 1]), role=words[-1].lower(),
                       pos=toks[b].start), b
    if len(words) >= 3 and words[-1] in POSTNOMINALS:
        words.pop()  # `Ben Emmerson QC said`: the letters are no part of the name
    the = None
    # `the Sunday Business`, `the New York Times`: after `the`, a day or `New` starts a name
    newspaper = len(words) >= 2 and (words[0] in DAYS or words[0] == "New") and \
        i - 1 >= lo and toks[i - 1].low == "the"
    if len(words) == 1 and words[0] in NEWS_AGENCIES:
        # `..., AP said`: a news agency (a photo credit elsewhere) speaks
        return Mention(" ".join(words), group=" ".join(words), pos=toks[i].start), i
    if len(words) >= 2 and (words[0] in LEAD_ADJECTIVES or words[0] in _LEAD_KINDS) and \
            i == lo:
        # `Rival Sony has said`, `Miner Highland Gold said`: the writer's word, no part of
        # the name
        words = words[1:]
        i += 1
    if words[0] in NON_NAME_WORDS and words[0] not in ("Mr", "Mrs", "Ms", "Dr") and \
            not newspaper:
        the = words[0] if words[0] == "The" else None
        words = words[1:]
        i += 1
        while len(words) >= 2 and words[0] in _MONTHS_NOT_NAMES:
            words = words[1:]  # `Until December Microsoft said`: the date is no name
            i += 1
        if not words:
            return None
    elif i - 1 >= lo and toks[i - 1].low == "the":
        the = toks[i - 1].text
    if len(words) >= 5 and any(w in ("and", "of", "for") for w in words[:-3]) and \
            is_first_name(words[-2]) and words[-3] not in _NAME_LINK_WORDS and \
            words[-3].endswith("s") and not is_first_name(words[-3]):
        # `Minister for Children, Young People and Families Margaret Hodge said`: the
        # rest of an office's long name before the person's
        the = None
        i = j - 1
        words = words[-2:]
    if len(words) == 1 and i - 1 >= lo and toks[i - 1].text.isdigit() and \
            len(toks[i - 1].text) <= 3 and (i - 1 == lo or (
                toks[i - 2].text.islower() and is_word(toks[i - 2]) and
                toks[i - 2].low not in STOP and toks[i - 2].low not in _PLACE_PREPOSITIONS)):
        # `US rap star 50 Cent has said`: a stage name that opens with a number
        words = [toks[i - 1].text] + words
        i -= 1
    if words == ["PM"] and the:
        # `The PM insisted`: the prime minister, a role
        return Mention(f"{the} PM", role="minister", pos=toks[i - 1].start), i - 1
    if len(words) == 2 and words[-1] == "Executive" and (
            is_nationality(words[0]) or words[0] in ("Scottish", "Welsh", "Irish")):
        # `the Scottish Executive`: a government, not a chief executive
        name = (the + " " if the else "") + " ".join(words)
        return Mention(name, group=name, pos=toks[i].start), i
    if len(words) >= 2 and words[-1].lower() in ROLE_NOUNS and words[-1] not in ORG_WORDS and \
            "-" in words[-1]:
        # `The Conservative Party Co-Chairman said`: a role (of an organisation)
        return Mention(" ".join(words), role=words[-1].lower(), pos=toks[i].start), i
    if the and words == [words[0]] and words[0] in NEWSPAPERS:
        # `The Guardian reported`, `..., the FT said`
        return Mention(f"{the} {words[0]}", group=f"{the} {words[0]}",
                       pos=toks[i - 1].start), i - 1
    if the and len(words) >= 2 and words[-1] in _CABINET_TITLES and \
            not any(w.endswith(("'s", "’s")) or w == "of" for w in words):
        # `the Trade and Industry Secretary has said`: an office, a role (whom the article
        # names, before or after), no organisation
        at = toks[i - 1].start if i - 1 >= lo and toks[i - 1].low == "the" else toks[i].start
        return Mention(f"{the} {' '.join(words)}", role=words[-1].lower(), pos=at), i - 1
    if the and words[0] in TITLE_TOKENS and words[0] not in ORG_WORDS and (
            len(words) == 1 or words[1] in ("of", "for")):
        # `The MP for Sittingbourne and Sheppey said`: a role, not a name
        return Mention(" ".join(words), role=words[0].lower(), pos=toks[i].start), i
    if len(words) == 1 and words[0].lower() in GROUP_HEADS and words[0][1:].islower():
        # `Analysts said`, `Police say`: a group, capitalised by the sentence start
        group = (the + " " + words[0]) if the else words[0]
        return Mention(group, group=group, pos=toks[i].start), i
    if the and len(words) == 1 and is_nationality(words[0]):
        # `The Brazilian confirmed`: a nationality standing for a person
        return Mention(words[0], role=words[0].lower(), pos=toks[i].start), i
    modifier = j + 1 < len(toks) and (toks[j + 1].low in SPOKES or
                                       toks[j + 1].low in ROLE_NOUNS or
                                       toks[j + 1].low in GROUP_HEADS)
    if the == "The" and len(words) == 1 and words[0][1:].islower() and not modifier and \
            not is_first_name(words[0]) and words[0].lower() not in ROLE_NOUNS and \
            not words[0].endswith("s"):
        # (not `The Tories`: a plural group keeps its plain name; not `The Vodafone
        # spokesman`: a modifier)
        # `The Game described ...`, `The Kremlin said`: `The` belongs to the name
        name = "The " + words[0]
        return Mention(name, group=name, pos=toks[i - 1].start), i - 1
    if len(words) >= 2 and words[0].lower() in ROLE_NOUNS and words[0] not in ORG_WORDS and \
            words[0] not in TITLE_TOKENS:
        words = words[1:]  # `Distributor Sony Pictures`: the role is no part of the name
        i += 1
    if "of" in words and 2 <= words.index("of") and len(words) - words.index("of") <= 5:
        # `Nicolas Sarkozy of France said`: a person, then where they are from
        cut = words.index("of")
        parts = split_title(words[:cut])
        if (len(parts.name) >= 2 and looks_like_person(parts.name, parts.title) or
                parts.name and parts.title and all(w in TITLE_TOKENS for w in parts.title)
                and parts.title[-1] not in ORG_WORDS and "and" not in words[:cut]) and \
                all(w[:1].isupper() or w in ("the", "and", "&") for w in words[cut + 1:]):
            return Mention(" ".join(words[:cut]), name=parts.name, title=parts.title,
                           description=" ".join(words[cut:]), pos=toks[i].start), i
    if len(words) >= 4 and any(w in ("and", "of", "for") for w in words[:-2]):
        # A title holding `and`/`of`, then the person: the title ends at its last title
        # word (`Trade and Industry Secretary Patricia Hewitt`) or, opening with one,
        # a word after `of` (`Secretary of State Colin Powell`)
        last_title = max((n for n, w in enumerate(words[:-2]) if w in TITLE_TOKENS),
                         default=-1)
        cuts = [last_title + 1] if last_title >= 1 else []
        if words[0] in TITLE_TOKENS and words[1] in ("of", "for"):
            cuts.append(3)
        for cut in cuts:
            parts = split_title(words[cut:])
            if len(words) - cut >= 2 and len(parts.name) >= 2 and \
                    looks_like_person(parts.name, parts.title):
                return Mention(" ".join(words), name=parts.name,
                               title=words[:cut] + parts.title, pos=toks[i].start), i
    if any(w in ("of", "and", "for", "&", "on") for w in words) or newspaper or (
            len(words) >= 2 and words[-1] in ORG_WORDS):
        # `The Ministry of Trade and Fisheries`, `The Environment Agency`
        group = " ".join(words)
        return Mention(group, group=(the + " " + group) if the else group,
                       pos=toks[i].start), i
    parts = split_title(words)
    if len(parts.name) == 1 and parts.name[0] in TITLE_TOKENS:
        # `the outgoing European Commissioner said`: a title with no name is a role
        return Mention(" ".join(words), role=parts.name[0].lower(), pos=toks[i].start), i
    title = _title_before(toks, i, lo) + parts.title
    name = parts.name
    text = " ".join(title + name)
    honorific = bool(title) and title[-1].rstrip(".") in HONORIFICS
    if len(name) == 1 and not honorific and (
            name[0] in ORG_WORDS or name[0].isupper() and len(name[0]) > 1):
        # (but `Mr Irish said`: a person whose name is also a word of firms' names)
        return Mention(text, group=name[0], pos=toks[i].start), i
    if len(name) >= 2 and not looks_like_person(name, title):
        if any(w in ORG_WORDS for w in name) or any(w in ("of", "and", "for")
                                                     for w in name):
            group = " ".join(words)
            if the:
                group = the + " " + group
            return Mention(text, group=group, pos=toks[i].start), i
    possessor = bool(parts.title) and parts.title[-1].endswith(("’s", "'s"))
    if the and len(name) >= 2 and not looks_like_person(name, title) and not (
            possessor and len(name) <= 3):
        # (`The Fabian Society's Sundar Katwala` names a person after the possessive)
        # `The Rail Passengers' Alliance`: a capitalised run after `the` that
        # names no person is an organisation
        group = the + " " + " ".join(words)
        return Mention(group, group=group, pos=toks[i].start), i
    first = i - len(_title_before(toks, i, lo))
    return Mention(text, name=name, title=title, pos=toks[i].start), first
    return None


_PANELS = frozenset("committee commission panel council board".split())


def _np_lower_before(toks: list[Tok], j: int, lo: int) -> tuple[Mention, int] | None:
    """A lower-case speaker phrase ending at token `j`: a group or a role."""
    t = toks[j]
    if is_word(t) and t.low not in STOP:
        # a lower-case group or role: `police`, `the ministry`, `Ukrainian officials`
        i = j
        while i - 1 >= lo and is_word(toks[i - 1]) and (toks[i - 1].low not in STOP or (
                # `The Reporters Without Borders group`: a capitalised word of a name
                i - 2 >= lo and i < j and is_cap(toks[i - 1]) and is_cap(toks[i - 2]) and
                is_word(toks[i - 2]) and is_cap(toks[i])) or (
                # `the feminist writer and broadcaster`: two roles of one person
                toks[i - 1].low == "and" and i - 2 >= lo and toks[i - 2].low in ROLE_NOUNS
                and toks[i].low in ROLE_NOUNS) or (
                # `the standards and privileges committee`: one body's name
                toks[i - 1].low == "and" and i - 2 >= lo and t.low in _PANELS and
                is_word(toks[i - 2]) and toks[i - 2].low not in STOP)) and \
                toks[i - 1].low not in DETERMINERS and \
                j - i < 4 and toks[i].low not in QUANTIFIERS and \
                not _YEAR.fullmatch(toks[i - 1].text):  # `In 2003 her employers told her`
            i -= 1
        if i - 1 >= lo and toks[i - 1].low in DETERMINERS and toks[i].low not in QUANTIFIERS:
            i -= 1
        while i < j and toks[i].low.endswith("ly") and toks[i].low not in ("italy", "family"):
            i += 1  # `Privately ministers believe`
        words = [x.text for x in toks[i:j + 1]]
        head = t.low
        if head in SPOKES and j - 1 >= lo and is_cap(toks[j - 1]) and is_word(toks[j - 1]) \
                and not is_nationality(toks[j - 1].text):  # `Ukrainian officials` as written
            # `A Department for Constitutional Affairs spokeswoman said`
            org = np_cap_before(toks, j - 1, lo)
            if org is not None and (org[0].group or org[0].name):
                k = org[1]
                if k - 1 >= lo and toks[k - 1].low in DETERMINERS:
                    k -= 1
                name = org[0].group or " ".join(org[0].name)
                if k == org[1] == j - 1 and t.low in ("officials", "official") and (
                        not toks[k].text.isupper() and toks[k].text not in ORG_WORDS or
                        toks[k].text in _BLOC_ACRONYMS and t.low == "officials"):
                    # `Immigration officials said`: the capital may be the sentence's
                    # only, so the group stays as written; `US officials` too, a
                    # description the article gives no more name for
                    name = f"{toks[k].text} {t.text}"
                return Mention(" ".join(x.text for x in toks[k:j + 1]), group=name,
                               pos=toks[k].start), k
        if i - 2 >= lo and toks[i - 1].low in ("for", "at", "of") and toks[i - 2].low in SPOKES:
            # `a spokesman for the agency said`: the agency speaks
            k = i - 2
            while k - 1 >= lo and toks[k - 1].low in DETERMINERS:
                k -= 1
            return Mention(" ".join(x.text for x in toks[k:j + 1]), group=" ".join(words),
                           pos=toks[i].start), k
        if head in GROUP_HEADS or head.rstrip("s") in GROUP_HEADS or (
                head.endswith("s") and len(head) > 4 and (
                    head[:-1] in ROLE_NOUNS or head[:-1] in ORG_REFERENCES)):
            # (`senior judges`, `lawyers`: the plural of a role is a group)
            return Mention(" ".join(words), group=" ".join(words), pos=toks[i].start), i
        if head in ROLE_NOUNS:
            return Mention(" ".join(words), role=head, pos=toks[i].start), i
    return None


_NATIONALITY_END = ("an", "ese", "ish", "ch")
_NATIONALITY_OTHER = frozenset("Pakistani Iraqi Israeli Saudi Somali Bangladeshi Kuwaiti Omani "
                               "Yemeni Qatari Thai Greek Swiss Czech Slovak Dutch Danish "
                               "Nepali Afghan Icelandic Arab Emirati Spaniard Frenchman "
                               "Frenchwoman Dutchman Briton Scot Welshman Irishman Englishman "
                               "Swede Dane Finn Pole Turk Croat Serb Argentine Filipino Kiwi "
                               "Aussie Portuguese Chinese Japanese".split())


def is_nationality(word: str) -> bool:
    """`American`, `French`, `Brazilian`, `Japanese`, `Danish`, `Pakistani`."""
    if word in _NATIONALITY_OTHER:
        return True
    return len(word) > 3 and word[:1].isupper() and word[1:].islower() and \
        word.endswith(_NATIONALITY_END) and word not in NON_NAME_WORDS


_LEADING_ADVERBS = frozenset("However Meanwhile But And Yet Separately Elsewhere".split())
_TIME_OPENERS = frozenset("""last this next month week year on monday tuesday wednesday
    thursday friday saturday sunday earlier later""".split())


def subject_list(toks: list[Tok], j: int) -> list[Mention] | None:
    """`Human rights groups, top police officers and many MPs say`: when toks[:j + 1]
    (from the sentence's start to the end of a cue's subject) is nothing but a list of
    two or more speakers, each of them (the first first); else None."""
    span = toks[:j + 1]
    comma = next((c for c, x in enumerate(span[:4]) if x.text == ","), None)
    if comma is not None and all(x.text in _LEADING_ADVERBS or x.low in _TIME_OPENERS
                                 for x in span[:comma]):
        span = span[comma + 1:]  # `However, wine makers and farmers said`, `Last month, …`
    elif span and span[0].text in ("But", "And", "Yet"):
        span = span[1:]  # `But the Scottish National Party and the Tories say`
    if span and span[0].low == "both":
        span = span[1:]  # `Both the Italian government and Alitalia have denied`
    if len(span) < 3 or not any(x.low == "and" for x in span) or \
            any(x.text not in (",", "&") and not is_word(x) for x in span):
        return None
    n_items = 1
    for a, x in enumerate(span):
        if x.text == "," or x.low == "and":
            if a == 0 or span[a - 1].text == ",":
                if x.low != "and":
                    return None
                continue  # `A, B, and C`
            n_items += 1
    listed = []
    leads: list[bool] = []  # (whether an item has a role before its name: `the lobby group`)
    for item in _items(span, ("and",)):
        got = np_before(item, len(item) - 1, 0) if item else None
        leads.append(got is not None and got[1] > 1 and item[0].low in DETERMINERS and
                     all(x.text.islower() and is_word(x) for x in item[1:got[1]]))
        if got is None or not (got[0].name or got[0].group) or any(
                x.low in STOP and x.low not in DETERMINERS or not is_word(x)
                for x in item[:got[1]]):
            return None  # each item all a speaker (not `His name is Tote King and X`)
        m = got[0]
        if not (m.name and (len(m.name) >= 2 or m.title)):
            # a group as written, with its article (`The Conservatives`), without a
            # quantifier (`many MPs`)
            k = 0
            while k < got[1] and item[k].low in QUANTIFIERS:
                k += 1
            if m.name and len(item) - k > len(m.name):
                m = Mention(_join(item[k:]), group=_join(item[k:]), pos=item[k].start)
            elif m.group and got[1] <= k + 1:  # (not `the lobby group Liberty`)
                m.group = _join(item[k:])
        listed.append(m)
    if len(listed) != n_items or n_items < 2:
        return None
    first = listed[0].text.split()
    if any(w in ("for", "of") for w in first[1:]) and any(w in ORG_WORDS for w in first) and \
            first[-1] not in ORG_WORDS and \
            all(m.text.split()[0].lower() not in DETERMINERS and
                m.text.split()[-1] not in ORG_WORDS and
                not (m.name and looks_like_person(m.name, m.title)) for m in listed[1:]):
        # `The Department for Food, Farming and Rural Affairs said`: one body's name
        return None
    if n_items == 2 and not leads[-1] and len(listed[-1].text.split()) >= 2 and \
            listed[-1].text.split()[-1] in BODY_HEADS and \
            listed[0].text.split()[-1] not in BODY_HEADS and \
            listed[-1].text.split()[0].lower() not in DETERMINERS:
        # `The US Securities and Exchange Commission said`: one body's name (but not
        # `Amnesty and the lobby group Guantanamo Human Rights Commission`)
        return None
    people = 0
    for at, m in enumerate(listed):
        words = m.text.split()
        if len(words) == 1 and not (words[0].rstrip("s").isupper() or  # `MPs`
                                    # (`Amnesty and the lobby group Liberty`)
                                    any(lead for o, lead in enumerate(leads) if o != at) or
                                    words[0] in PARTY_NAMES or words[0].islower() or
                                    n_items >= 3 and words[0] not in ORG_WORDS or
                                    # (`the Italian government and Alitalia`: an item
                                    # with its article is no part of one firm's name)
                                    any(o is not m and o.text.split()[0].lower() in
                                        ("the", "its", "their") for o in listed) and
                                    words[0] not in ORG_WORDS):
            # (`Marks and Spencer`, `Oil and Gas`: one firm's name; but `Paramount,
            # Universal and Warner Brothers said`: three names, a list)
            return None
        if len(words) > 5:
            return None
        people += bool(m.name and (len(m.name) >= 2 or m.title))
    if 0 < people < len(listed) and not (
            # `Morrisons, Woolworths, ... and Big Food said`: a list of three or more
            # bare names (no title in it) is a list whatever the names look like
            n_items >= 3 and not any(m.title or m.role or m.description for m in listed)
    ) and not (
            listed[0].name and len(listed[0].name) >= 2 and
            all(m.text.split()[0].lower() in ("the", "its", "his", "her", "their")
                for m in listed[1:])):
        # `European Justice and Home Affairs Commissioner Franco Frattini`, `German club
        # and former champion Borussia Dortmund`: the `and` is inside one title (but
        # `Vladimir Putin and the country's legal authorities` are two)
        return None
    return listed


def _items(toks: list[Tok], joiners: tuple[str, ...]) -> list[list[Tok]]:
    """The items of a list `A, B and C` (commas and `joiners` separate them)."""
    items: list[list[Tok]] = [[]]
    for x in toks:
        if x.text == "," or x.low in joiners:
            if items[-1]:
                items.append([])
        else:
            items[-1].append(x)
    return [item for item in items if item]


def _listed(toks: list[Tok]) -> list[Mention]:
    """The speakers in `A, B and the C` (each a name or a group as written)."""
    out = []
    for item in _items(toks, ("and", "or")):
        got = np_before(item, len(item) - 1, 0)
        if got is not None and (got[0].name or got[0].group):
            out.append(got[0])
    return out


_BLOC_ACRONYMS = frozenset(("US", "UK", "EU", "UN"))
# a firm's kind opening a sentence before its name (`Carmaker Ford said`)
_LEAD_KINDS = frozenset("""Miner Carmaker Drugmaker Chipmaker Retailer Insurer Lender
    Brewer Carrier Bookmaker Publisher Broadcaster Housebuilder""".split())
# who speak for a country as a group: `US officials`, `Belgian authorities`
_OFFICIAL_GROUPS = frozenset("""authorities officials police prosecutors investigators
    sources media diplomats ministers regulators troops forces negotiators officers
    lawmakers legislators""".split())


def np_after(toks: list[Tok], i: int) -> Mention | None:
    """The speaker phrase starting at token `i` (inverted `said the minister`)."""
    if i >= len(toks):
        return None
    t = toks[i]
    if t.text.islower() and is_word(t) and i + 2 < len(toks) and toks[i + 1].low == "and" \
            and t.low not in STOP:
        # `according to media and PR strategist Glen Yearwood`: a compound role, then
        # the name
        inner = np_after(toks, i + 2)
        if inner is not None and inner.name and len(inner.name) >= 2:
            inner.title = [t.text, "and"] + inner.title
            return inner
    if t.low in ("he", "she", "they"):
        return Mention(t.text, pronoun=PRONOUNS[t.low], pos=t.start)
    if t.low == "the" and i + 1 < len(toks) and toks[i + 1].text in NEWSPAPERS and not (
            i + 2 < len(toks) and (is_cap(toks[i + 2]) and is_word(toks[i + 2]) or
                                   toks[i + 2].low == "on")):
        # `according to the Guardian`, `told the FT`: the newspaper, no role
        name = f"{t.text} {toks[i + 1].text}"
        return Mention(name, group=name, pos=t.start)
    if is_cap(t) and is_word(t) and (is_nationality(t.text) or t.text in _BLOC_ACRONYMS) and \
            i + 1 < len(toks) and toks[i + 1].text.islower():
        # `according to Belgian authorities`, `said US officials`: a group of that country
        j = i + 1
        while j + 1 < len(toks) and j - i < 3 and toks[j + 1].text.islower() and \
                is_word(toks[j + 1]) and toks[j].low not in _OFFICIAL_GROUPS:
            j += 1
        if toks[j].low in _OFFICIAL_GROUPS and all(is_word(x) and x.low not in STOP
                                                   for x in toks[i + 1:j + 1]):
            group = " ".join(x.text for x in toks[i:j + 1])
            return Mention(group, group=group, pos=t.start)
    if is_cap(t) and is_word(t):
        j = i
        while j + 1 < len(toks) and j - i < 8 and (is_word(toks[j + 1]) and (
            is_cap(toks[j + 1]) or toks[j + 1].low in NAME_CONNECTORS or (
                toks[j + 1].low in ("of", "for", "and") and j + 2 < len(toks) and
                is_cap(toks[j + 2])) or (
                toks[j + 1].low == "on" and j + 2 < len(toks) and toks[j + 2].text == "Sunday")
            or (toks[j + 1].text.isdigit() and j + 2 < len(toks) and  # `Il Sole 24 Ore`
                is_cap(toks[j + 2]) and is_word(toks[j + 2]))
        ) or (toks[j + 1].text == "&" and j + 2 < len(toks) and is_cap(toks[j + 2]))):
            j += 1  # (`Standard & Poor's`, `Marks & Spencer`: one name)
        words = [x.text for x in toks[i:j + 1]]
        if not ("&" in words and (j + 1 >= len(toks) or not is_word(toks[j + 1]))):
            words[-1] = strip_possessive(words[-1])  # (`Standard & Poor's,` keeps its `'s`)
        # `Opera spokeswoman, Berit Hanson` / `BT chief executive Ben Verwaayen`
        r = j + 1
        while r < len(toks) and is_word(toks[r]) and not is_cap(toks[r]) and r - j <= 5 and (
                toks[r].low not in STOP or (toks[r].low in ("of", "for") and r > j + 1 and
                                            toks[r - 1].low in ROLE_NOUNS)):
            r += 1
        if r > j + 1 and toks[r - 1].low in _KINDS_OF_SOURCE and r < len(toks) and \
                is_cap(toks[r]) and is_word(toks[r]):
            # `according to the UK-based journal Screen Digest`: the journal's name
            inner = np_after(toks, r)
            if inner is not None and (inner.group or inner.name) and not inner.title:
                text = inner.group or " ".join(inner.name)
                return Mention(text, group=text, description=_join(toks[i:r]), pos=inner.pos)
        if r > j + 1 and any(x.low in ROLE_NOUNS for x in toks[j + 1:r]):
            q = r + 1 if r < len(toks) and toks[r].text == "," else r
            if q < len(toks) and is_cap(toks[q]) and is_word(toks[q]):
                inner = np_after(toks, q)
                if inner is not None and inner.name and len(inner.name) >= 2:
                    inner.title = words + [x.text for x in toks[j + 1:r]] + inner.title
                    return inner
        if "of" in words and words.index("of") == 2 and looks_like_person(words[:2], []):
            # `said David Wyss of Standard & Poor's`, `according to Andreas Adriano of
            # Latin Trade Magazine`: a person, then the firm
            return Mention(" ".join(words[:2]), name=words[:2],
                           description=" ".join(words[2:]), pos=t.start)
        if "of" in words and 2 <= words.index("of") <= 4:
            # `said President Musharraf of Pakistan`: a titled person, then the place
            cut = words.index("of")
            parts = split_title(words[:cut])
            if parts.title and all(w in TITLE_TOKENS for w in parts.title) and \
                    parts.name and all(w[:1].isupper() for w in words[cut + 1:]):
                return Mention(" ".join(words[:cut]), name=parts.name, title=parts.title,
                               description=" ".join(words[cut:]), pos=t.start)
        if any(w in ("of", "for", "and", "on", "&") for w in words) or (
                len(words) >= 2 and (words[-1] in ORG_WORDS or words[0] in DAYS) and
                words[0].rstrip(".") not in HONORIFICS):  # (`said Mr Irish`: a person)
            # `Home Office figures`, `the Office for Budget Responsibility`
            m = Mention(" ".join(words), group=" ".join(words), pos=t.start)
            if i >= 1 and toks[i - 1].low == "the":
                m.group = toks[i - 1].text + " " + m.group
            return m
        parts = split_title(words)
        m = Mention(" ".join(words), name=parts.name, title=parts.title, pos=t.start)
        if len(parts.name) == 1 and parts.name[0] in ORG_WORDS and not (
                parts.title and parts.title[-1].rstrip(".") in HONORIFICS):
            m.name = []
            m.group = parts.name[0]
        elif len(parts.name) >= 2 and not looks_like_person(parts.name, parts.title) and \
                any(w in ORG_WORDS for w in parts.name):
            m.name = []
            m.group = " ".join(words)
        _appositive_after(toks, j + 1, m)
        return m
    if t.low == "the" and i + 1 < len(toks) and is_nationality(toks[i + 1].text) and (
            i + 2 >= len(toks) or not is_cap(toks[i + 2])):
        # `said the French coach`, `said the American`: a person by nationality and role
        j = i + 2
        while j < len(toks) and is_word(toks[j]) and not is_cap(toks[j]) and \
                toks[j].low not in STOP and j - i < 6:
            j += 1
        head = toks[j - 1].low if j > i + 2 else toks[i + 1].low
        if j == i + 2 or head in ROLE_NOUNS:
            return Mention(" ".join(x.text for x in toks[i + 1:j]), role=head, pos=t.start)
        if head in GROUP_HEADS or head in ("agency", "newspaper", "broadcaster"):
            group = " ".join(x.text for x in toks[i:j])  # `the French news agency`
            return Mention(group, group=group, pos=t.start)
    if t.low == "the" and i + 1 < len(toks) and is_cap(toks[i + 1]) and is_word(toks[i + 1]):
        m = np_after(toks, i + 1)  # `according to the Office for Budget Responsibility`
        if m is not None and m.group and not m.group.lower().startswith("the "):
            m.group = t.text + " " + m.group
        if m is not None:
            return m
    if is_word(t):
        # `said the minister`, `said a spokesman for the ministry`, `said police`
        j = i
        words = []
        if t.low in DETERMINERS:
            words.append(t.text)
            j += 1
        while j < len(toks) and is_word(toks[j]) and toks[j].low not in STOP and \
                (not is_cap(toks[j]) or words) and len(words) < 5:
            if is_cap(toks[j]) and len(words) >= 1 and toks[j - 1].low in ROLE_NOUNS:
                # `media strategist Glen Yearwood`: the name after the role words
                inner = np_after(toks, j)
                if inner is not None and inner.name and len(inner.name) >= 2:
                    inner.title = [w for w in words if w.lower() not in DETERMINERS] + \
                        inner.title
                    return inner
            words.append(toks[j].text)
            j += 1
        if not words:
            return None
        head = words[-1].lower()
        if head in ("newspaper", "paper", "magazine", "agency", "broadcaster", "website") \
                and j + 1 < len(toks) and toks[j].low == "the" and is_cap(toks[j + 1]):
            # `according to local newspaper the Daily Telegraph`: the name speaks
            inner = np_after(toks, j)
            if inner is not None and (inner.group or inner.name):
                return inner
        # `said the company's chief executive, Jane Roe`
        if j + 1 < len(toks) and toks[j].text == "," and is_cap(toks[j + 1]) and \
                head in ROLE_NOUNS:
            inner = np_after(toks, j + 1)
            if inner and inner.name:
                inner.title = inner.title or words
                return inner
        if head in GROUP_HEADS:
            group = " ".join(words)
            if j + 1 < len(toks) and toks[j].low in ("at", "from") and is_cap(toks[j + 1]) \
                    and head.endswith("s"):
                # `say researchers at BDO Stoy Hayward`: the group as written, with where
                # they work
                e = j + 1
                while e < len(toks) and is_cap(toks[e]) and is_word(toks[e]) and e - j < 6:
                    e += 1
                group = _join(toks[i:e])
            elif head in NAMED_BODY_HEADS and j + 1 < len(toks) and toks[j].low == "of" and \
                    is_word(toks[j + 1]) and toks[j + 1].text.islower() and \
                    toks[j + 1].low not in STOP:
                group = _join(toks[i:j + 2])  # `the town's chamber of commerce`
            return Mention(group, group=group, pos=t.start)
        if head in ROLE_NOUNS:
            m = Mention(" ".join(words), role=head, pos=t.start)
            return m
    return None


def _appositive_after(toks: list[Tok], j: int, m: Mention) -> None:
    """`said Greg Abbott, Texas attorney general announcing the action`: the words after
    the name's comma describe them (a capitalised start only with a role among them)."""
    if j + 1 < len(toks) and toks[j].text == ",":
        k = j + 1
        while k < len(toks) and toks[k].text not in (",", ".", ";", ":") and k - j < 20:
            k += 1
        if is_cap(toks[j + 1]) and not (
                m.name and toks[j + 1].low not in DETERMINERS and
                any(x.low in ROLE_NOUNS for x in toks[j + 2:min(k, j + 6)])):
            return
        m.description = _join(toks[j + 1:k]) or None


def find_cue(toks: list[Tok], lo: int, hi: int) -> int:
    """Index of the first cue verb among toks[lo:hi], or -1."""
    for k in range(lo, min(hi, len(toks))):
        if toks[k].low in CUE_FORMS:
            return k
    return -1


@dataclass(slots=True)
class Resolved:
    """A mention resolved against the cast."""

    speaker: str | None
    speaker_type: str | None
    title: str | None
    description: str | None
    mention: str
    is_pronoun: bool = False
    others: list[str] = field(default_factory=list)  # further speakers: `A and B said`

    def apply(self, q) -> None:
        """Write this speaker onto quote `q` (speaker, mention, title, description,
        type and the `speakers` list)."""
        q.speaker = self.speaker
        q.speaker_mention = self.mention
        q.speaker_title = self.title
        q.speaker_description = self.description
        q.speaker_type = self.speaker_type
        q.speakers = ([self.speaker] if self.speaker else []) + [
            o for o in self.others if o != self.speaker]


ORG_REFERENCES = frozenset("company firm group carrier operator airline bank club business "
                           "ministry department agency authority commission regulator "
                           "retailer manufacturer chain maker insurer reinsurer lender broadcaster "
                           "network studio label publisher council agency party paper "
                           "newspaper charity union".split()) | NAMED_BODY_HEADS


def _holds_now(role_text: str, role: str, qualified: bool) -> bool:
    """Whether `role_text` (a title or description) gives the role `role`: `the
    president` is not the `former president`, nor `the foreign secretary` the `shadow
    foreign secretary`, unless the mention itself is so qualified."""
    at = role_text.find(role)
    if at < 0:
        return False
    return qualified or not any(w in _NOT_NOW for w in role_text[:at].replace("-", " ").split())


# `the committee`, `the report`: named by a longer phrase earlier in the article
_NAMED_BEFORE = frozenset("committee panel watchdog report study survey inquiry review poll "
                          "commission court tribunal".split())
_ORG_ROLES = frozenset("""lender insurer reinsurer retailer carrier broadcaster regulator bookmaker
    bookmakers publisher distributor watchdog promoter""".split())
_BASED_LEAD = re.compile(r"^([Tt]he )?(?:[\w.’'-]+ ){0,3}[\w’'-]+-based (?=[A-Z])")


def without_place_descriptor(name: str) -> str:
    """`The Paris-based IEA watchdog` -> `The IEA watchdog`: the place is no part of it."""
    return _BASED_LEAD.sub(r"\1", name)


# `Last month Australia's competition watchdog`: the time is no part of the name
_TIME_LEAD = re.compile(r"^(?:(?:Last|This|Next|Earlier|Later) (?:week|month|year) |"
                        r"(?:Yesterday|Today|Meanwhile|However|Earlier|Later|Now) )")
_HONORIFIC_TITLES = frozenset("Mr Mrs Ms Miss Dr Sir Lord Lady Dame Prof".split())


# offices one person holds at a time, which an article may name by the office alone
_COMPASS = frozenset("North South East West Northern Southern Eastern Western".split())
_CABINET_TITLES = frozenset("Secretary Minister Chancellor".split())
_MINISTERS = frozenset(("minister", "secretary"))
_HIGH_OFFICES = frozenset(("prime minister", "chancellor", "president", "home secretary",
                           "foreign secretary", "first minister", "tory leader",
                           "labour leader", "lib dem leader", "conservative leader"))


def _owned_by_place(text: str, pos: int, cast: Cast) -> bool:
    """Whether a role phrase opens with a place's or a team's possessive (`England's
    World Cup-winning fly-half`), not a person's of the cast (`Blair's adviser`)."""
    first = text.split(" ", 1)[0]
    owner = strip_possessive(first)
    return owner != first and owner[:1].isupper() and owner.isalpha() and \
        owner not in NON_NAME_WORDS and cast.lookup([owner], pos) is None and \
        not is_first_name(owner)


def _other_role(p: Person, phrase: str) -> bool:
    """Whether the article gives `p` a role other than `phrase` (`Chancellor`, `Tory
    leader`, `BBC political editor`, `Deputy Prime Minister`)."""
    for r in (p.title, p.description):
        if not r:
            continue
        low = r.lower()
        if phrase in low and not any(w in _NOT_NOW or w == "deputy" for w in
                                     low[:low.find(phrase)].replace("-", " ").split()):
            return False
        words = low.replace("-", " ").split()
        if any((w in ROLE_NOUNS or w.title() in TITLE_TOKENS and w.title() not in HONORIFICS)
               and w not in ("captain", "skipper", "veteran", "star")
               for w in words):
            return True
    return False


_OWNED_LAWYER = re.compile(r"(.+)['’]s (lawyers?|solicitors?)")


def _listed_together(cast: Cast, people: list[Person], pos: int) -> bool:
    """Whether `people` were last named as one list (`Jude Law and Kate Winslet`)."""
    at = sorted(a for a in (cast.last_mention_of(q, pos) for q in people) if a is not None)
    if len(at) < 2:
        return False
    text = cast.text
    for a, b in zip(at, at[1:], strict=False):
        gap = text[a:b]
        if b - a > 60 or not (" and " in gap or ", " in gap) or ". " in gap:
            return False
    return True


def _speaks_for(m: Mention, phrase: str, cast: Cast, description: str | None
                ) -> Resolved | None:
    """`his spokesman`, `her lawyer`, `his agent` (`phrase`): the person the pronoun
    refers to, for whom they speak (None when the phrase is not of that form or nobody
    fits)."""
    low = phrase.lower().split()
    words = phrase.split()
    honorific = len(words) == 3 and words[0].rstrip(".") in _HONORIFIC_TITLES
    if honorific:  # `Mr Sigarchi's lawyer`
        low, words = low[1:], words[1:]
    if len(low) == 2 and (low[1] in SPOKES or low[1] in _SPEAKS_FOR) and \
            words[0][:1].isupper() and low[0].endswith(("'s", "’s")):
        # `Grokster's lawyer argued`: the firm's (or a person's) lawyer speaks
        owner = strip_possessive(words[0])
        p = cast.lookup([owner], m.pos, phrase.split()[:1] if honorific else None)
        if p is not None:
            cast.mention(p, m.pos)
            return _for_person(p, words[1], m, description)
        if honorific:  # (`Mr Ebber's lawyers`, a misspelt name: as written)
            several = low[1].endswith("s") and low[1] not in SPOKES
            return Resolved(phrase, "group" if several else "person", None, description,
                            m.text)
        return None  # (someone the article may name next: `... Brian Hassell says`)
    if len(low) != 2 or low[0] not in ("his", "her") or \
            not (low[1] in SPOKES or low[1] in _SPEAKS_FOR):
        return None
    p = cast.pronoun("male" if low[0] == "his" else "female", m.pos)
    if p is None:
        return None
    cast.mention(p, m.pos)
    return _for_person(p, phrase.split()[1], m, description)


def _for_person(p: Person, noun: str, m: Mention, description: str | None = None
                ) -> Resolved:
    """`his lawyers`, `a spokesman for Mr Prescott`, `Mr Blair's official spokesman`:
    they speak, not the person they speak for, so the speaker is `John Prescott's
    spokesman` (a group when several: `Bernie Ebbers' lawyers`)."""
    owner = p.name + ("'" if p.name.endswith("s") else "'s")
    last = noun.split()[-1].lower()
    several = last.endswith("s") and last not in SPOKES
    return Resolved(f"{owner} {noun}", "group" if several else "person", None,
                    description, m.text)


# `Mr Blair's official spokesman`, `the prime minister's spokeswoman` (a person's); or a
# spokesman of any other kind (`a spokesman for Tesco`, `a Tesco spokesman`)
_SPOKES_BEFORE = re.compile(
    r"(?:\b([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})|\b[Tt]he ([a-z]+(?: [a-z]+)?))['’]s? "
    r"((?:official |chief )?spokes(?:man|woman|person))\b|\bspokes(?:man|woman|person)\b")


def _owned_spokes_before(cast: Cast, pos: int) -> re.Match[str] | None:
    """The last spokesman named within 1,000 characters before `pos` if the article
    gives him as a person's (`the prime minister's official spokesman`), else None."""
    text = cast.text
    last = None
    for m in _SPOKES_BEFORE.finditer(text, max(0, pos - 1000), pos):
        last = m
    if last is None or last.group(3) is None:
        return None
    if last.group(1) and (last.group(1).split()[0] in NON_NAME_WORDS and
                          last.group(1).split()[0] not in _HONORIFIC_TITLES or
                          last.group(1).split()[-1] in ORG_WORDS):
        return None  # (`The BBC's spokeswoman`: a body's, as before)
    if last.group(2) and last.group(2).split()[-1] not in ROLE_NOUNS:
        return None  # (`The band's spokesman`: the band's, named as before)
    return last


def _spokes_word(text: str) -> str:
    """`spokeswoman` of `a spokeswoman for Mr Prescott`."""
    return next((w for w in text.lower().split() if w.startswith("spokes")), "spokesman")


# `The South Yorkshire company`: a description of a firm, whatever places it names
_FIRM_NOUNS = frozenset("company firm airline carrier".split())


def resolve(m: Mention, cast: Cast, last_group: str | None = None,
            recent_org=None, said: str | None = None) -> Resolved:
    """Turn a mention into a speaker name using the article's cast.

    `recent_org(pos)` names the organisation `it` or `the company` refers to; `said`,
    the words attributed, which never name their own speaker (`"Lleyton's proving how
    versatile he is," he said` is not Lleyton Hewitt's).
    """
    if m.pronoun == "it":
        org = recent_org(m.pos) if recent_org is not None else None
        if org:
            return Resolved(org, "group", None, None, m.text, True)
        return Resolved(None, None, None, None, m.text, True)
    if m.pronoun:
        if m.pronoun in ("male", "female"):
            p = cast.pronoun(m.pronoun, m.pos, said)
            if p is not None:
                if p.gender is None:
                    p.gender = m.pronoun  # `she said` of Odile Ferrand tells her gender
                cast.mention(p, m.pos)
                return Resolved(p.name, "person", p.title, p.description, m.text, True)
            return Resolved(None, None, None, None, m.text, True)
        if m.pronoun == "plural" and last_group:
            return Resolved(last_group, "group", None, None, m.text, True)
        return Resolved(None, None, None, None, m.text, True)
    if m.name and len(m.name) == 1 and len(m.name[0]) >= 3 and m.name[0][-1] == "s" and \
            m.name[0][:-1].isupper():
        # `Labour MPs`, `Tory MEPs`: a group, with its party
        return Resolved(m.text, "group", None, m.description, m.text)
    if m.name:
        p = cast.lookup(m.name, m.pos, m.title)
        if p is None:
            if len(m.name) >= 2 and m.title and not looks_like_person(m.name, []) and all(
                    w in ORG_WORDS and w not in TITLE_TOKENS and w[:1].isupper()
                    for w in m.title):
                # `the Digital Life Index`: the organisation word opens a name, it is no
                # title of a person
                name = " ".join(m.title + m.name)
                return Resolved(name, "group", None, m.description, m.text)
            if len(m.name) >= 2 and not looks_like_person(m.name, m.title) and (
                    cast.written_as_organisation(m.name) or cast.described_as_body(m.pos)):
                # (`football club and former European champion Borussia Dortmund`)
                # `Shares in Krispy Kreme Doughnuts fell ... Krispy Kreme said`: a firm
                return Resolved(" ".join(m.name), "group", None, m.description, m.text)
            if len(m.name) >= 2:
                p = cast.add(m.name, m.pos, m.title, m.description)
            elif (m.title and m.title[-1].rstrip(".") in ("Mr", "Mrs", "Ms", "Miss", "Dr")) \
                    or (is_first_name(m.name[0]) and
                        not cast.names_an_organisation(m.name[0]) and
                        not cast.written_after_kind(m.name[0], ORG_REFERENCES)):
                # (`sportswear firm Umbro ... Umbro said`: a firm, whatever the first-name
                # table says of the word)
                # `Mr Pearson`, `Felix, 12,`: a person, so that pronouns can find them
                p = cast.add(m.name, m.pos, m.title, m.description)
            elif m.name[0] in ORG_WORDS and m.title and m.title[-1] not in HONORIFICS and \
                    all(w[:1].isupper() for w in m.title):
                # `Capital Economics`, `Fairford Coach Action`: an organisation's name
                name = " ".join(m.title + m.name)
                return Resolved(name, "group", None, m.description, m.text)
            elif m.title and all(w[:1].isupper() and w.rstrip(".") not in TITLE_TOKENS and
                                 not w.endswith(("'s", "’s", "er", "ers")) and
                                 w not in NON_NAME_WORDS for w in m.title):
                # (`Bookmaker Ladbrokes`: a kind before a name)
                # `Scotland Yard`, `Downing Street`: no title before a surname, one name
                name = " ".join(m.title + m.name)
                return Resolved(name, "group", None, m.description, m.text)
            elif not m.title and (firm := cast.firm_named(m.name[0])) is not None:
                # `Texas, which makes chips, said` after `Texas Instruments`: the firm
                return Resolved(firm, "group", None, m.description, m.text)
            elif m.name[0] not in ORG_WORDS and not m.title and m.name[0][1:].islower() and \
                    (given := cast.given_name_of(m.name[0])) is not None:
                # `Last month Wenger said` ... `"... with Arsene Wenger"`: the full name
                # the article gives, quoted or not
                p = cast.add([given, m.name[0]], m.pos, None, m.description)
            else:
                return Resolved(m.name[0], "group" if m.name[0] in ORG_WORDS else "person",
                                " ".join(m.title) or None, m.description, m.text)
        elif m.description and not p.description:
            p.description = m.description
        cast.mention(p, m.pos)
        title = " ".join(m.title) if m.title else p.title
        desc = m.description or p.description
        return Resolved(p.name, "person", title or None, desc, m.text)
    if m.group:
        words = m.group.split()
        if len(words) >= 3 and words[-3].endswith(("'s", "’s")):
            # `the Observer's Philip French`: a person of the cast after a possessive
            # (a name whose surname is also a word of organisations' names)
            p = cast.lookup(words[-2:], m.pos)
            if p is not None:
                cast.mention(p, m.pos)
                return Resolved(p.name, "person", " ".join(words[:-2]), p.description, m.text)
    owned = _OWNED_LAWYER.fullmatch(m.group) if m.group and " and " in m.group else None
    if owned is not None:
        # `A lawyer representing Mr Doherty and Mr Wass said`: their lawyer, the people
        # by the names the article gives them
        names = []
        for part in owned.group(1).split(" and "):
            words = part.split()
            p = cast.lookup(words[1:], m.pos, words[:1]) \
                if len(words) >= 2 and words[0].rstrip(".") in _HONORIFIC_TITLES else \
                cast.lookup(words, m.pos)
            names.append(p.name if p is not None else part)
        noun = owned.group(2)
        return Resolved(f"{' and '.join(names)}'s {noun}",
                        "group" if noun.endswith("s") else "person", None, None, m.text)
    if m.group and " and " in m.group:
        # `Halvorsen and Odell argue`: several people of the cast; `Sir Edward and Mr
        # Thorpe said`: people by their titles, named or not before
        found = []
        for part in m.group.split(" and "):
            words = part.split()
            p = cast.lookup(words, m.pos)
            if p is None and len(words) >= 2 and words[0].rstrip(".") in _HONORIFIC_TITLES:
                p = cast.lookup(words[1:], m.pos, words[:1]) or \
                    cast.add(words[1:], m.pos, words[:1])
            found.append(p)
        if all(found):
            for p in found:
                cast.mention(p, m.pos)
            return Resolved(found[0].name, "person", found[0].title, found[0].description,
                            m.text, others=[p.name for p in found[1:]])
    if m.group:
        low = m.group.lower().split()
        words = m.group.split()
        if len(words) >= 2 and words[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Miss", "Dr") and \
                "spokes" in m.text.lower():
            # `a spokesman for Mr Prescott`: the spokesman speaks for that person
            p = cast.lookup(words[1:], m.pos, words[:1])
            if p is not None:
                cast.mention(p, m.pos)
                return _for_person(p, _spokes_word(m.text), m, m.text)
        if len(words) >= 3 and "spokes" in m.text.lower() and \
                words[-3] in TITLE_TOKENS and looks_like_person(words[-2:], []):
            # `a spokesman for ... Commissioner Franco Frattini`: the person, not the title
            p = cast.lookup(words[-2:], m.pos) or cast.add(words[-2:], m.pos, words[:-2])
            cast.mention(p, m.pos)
            return _for_person(p, _spokes_word(m.text), m, m.text)
        if recent_org is not None and len(words) == 2 and low[1] in ("statement", "report") \
                and strip_possessive(words[0]) in DAYS | MONTHS | {"Today", "Yesterday"}:
            # `Wednesday's statement said`: the day's, so the body that made it: the
            # body last heard from (no name near is safe: `in Athens on 12 August`)
            if last_group:
                return Resolved(last_group, "group", None, m.text, m.text)
            return Resolved(None, None, None, None, m.text)
        # `His spokesperson said`, `His lawyers said`: the person they speak for
        got = _speaks_for(m, m.group, cast, None)
        if got is not None:
            return got
        inner = [w for w in words[:-1] if w[:1].isupper() and w.lower() not in DETERMINERS]
        if low[-1] in SPOKES and inner and len(words) <= 5 and \
                not (len(inner) == 1 and is_nationality(inner[0])) and \
                not (len(words) == 2 and low[-1] == "officials" and
                     inner[0] in _BLOC_ACRONYMS) and \
                not (len(words) == 2 and low[-1] in ("officials", "official") and
                     not inner[0].isupper() and inner[0] not in ORG_WORDS):
            # (`Immigration officials`, `Health officials` stay as written: the capital
            # may be the sentence's; `US officials`, `a Treasury spokesman`: the body)
            owner = [strip_possessive(w) for w in inner]
            if inner[-1].endswith(("’s", "'s")):
                # `Mr Blair's official spokesman`: the spokesman speaks for that person
                parts = split_title(owner)
                p = cast.lookup(parts.name, m.pos, parts.title)
                if p is not None:
                    cast.mention(p, m.pos)
                    return _for_person(p, " ".join(words[len(inner):]), m)
            return Resolved(" ".join(owner), "group", None, m.text, m.text)
        kind = low[1:] if len(low) == 3 and low[0] in ("a", "an") else low
        if recent_org is not None and len(kind) == 2 and words[-2].islower() and \
                kind[0] in ORG_REFERENCES and kind[1] in ("officials", "executives", "sources",
                                                          "spokesman", "spokeswoman"):
            # `bank officials said`, `a bank spokesman told Reuters`: of the bank named
            # before
            org = recent_org(m.pos, kind[0])
            if org:
                return Resolved(org, "group", None, m.text, m.text)
        if recent_org is not None and len(low) == 3 and low[0] in ("the", "an", "a") and \
                low[1] == "executive" and words[1].islower() and low[2] in SPOKES:
            # `The executive spokeswoman said`: the Scottish Executive named before
            org = recent_org(m.pos, "executive")
            if org and org.split()[-1] == "Executive":
                return Resolved(org, "group", None, m.text, m.text)
        # (`Now reports say`: a plural only after `the`, the capital may be the sentence's)
        if (low[-1] in _REPORT_HEADS or low[-1] in _REPORTS_PLURAL and low[0] == "the") and \
                words[-1].islower() \
                and inner and len(words) <= 6 \
                and not (any(w in DAYS or w in MONTHS for w in inner) and
                         not any(w in NEWSPAPERS for w in inner)) and \
                not all(is_nationality(w) or w in _COMPASS for w in inner) and \
                all(w[:1].isupper() for w in words[words.index(inner[0]):words.index(inner[-1])
                                                  + 1]):
            # `A CBI quarterly survey`, `the YouGov poll`, `The NAO's annual report`: its maker
            owner = [strip_possessive(w) for w in inner]
            owner[-1] = _SPONSORED.sub("", owner[-1])  # `The Nokia-sponsored research`
            parts = split_title(owner)
            p = cast.lookup(parts.name, m.pos, parts.title) if parts.name else None
            if p is not None:  # `Mr Kok's report`: the person who wrote it
                cast.mention(p, m.pos)
                return Resolved(p.name, "person", p.title, p.description, m.text)
            if len(owner) == 1 and owner[0].lower() in _NAMED_BEFORE | {"bank"} and \
                    recent_org is not None:
                # `The Bank's latest inflation report`: the Bank named in full before
                org = recent_org(m.pos, owner[0].lower())
                if org and owner[0].lower() in org.lower().split() and len(org.split()) > 1:
                    return Resolved(org, "group", None, m.text, m.text)
            if len(owner) == 1 and owner[0][1:].islower() and owner[0] not in NEWS_AGENCIES and \
                    low[0] not in ("a", "an") and low[-1] not in ("survey", "poll") and \
                    not cast.written_alone(owner[0], m.pos):
                # (but `the Populus survey`: a survey or poll is its pollster's)
                # (but `a Deloitte report` is one of Deloitte's)
                # `The Harlow report`, its maker never named on its own: a report's name
                # (unless the article names the body the word abbreviates: `The Hefce
                # report` after the Higher Education Funding Council for England)
                full = cast.expansion(owner[0])
                if full:
                    return Resolved(full, "group", None, m.text, m.text)
                return Resolved(" ".join(words), "group", None, None, m.text)
            return Resolved(" ".join(owner), "group", None, m.text, m.text)
        if len(low) == 2 and low[0] == "the" and low[1] in SPOKES:
            owned = _owned_spokes_before(cast, m.pos)
            if owned is not None:
                # `the prime minister's official spokesman urged ... , the spokesman
                # said`: the spokesman named so last (no body's in between)
                if owned.group(1):
                    parts = split_title(owned.group(1).split())
                    p = cast.lookup(parts.name, m.pos, parts.title)
                    if p is not None:
                        cast.mention(p, m.pos)
                        return _for_person(p, owned.group(3), m)
                else:
                    phrase = f"the {owned.group(2)}'s {owned.group(3)}"
                    return Resolved(phrase, "person", None, None, m.text)
        if recent_org is not None and len(low) <= 3 and low[-1] in SPOKES and \
                low[0] in ("a", "an", "the", "company", "its"):
            # `a spokesman said`: the organisation last named speaks
            org = recent_org(m.pos)
            if org:
                return Resolved(org, "group", None, m.text, m.text)
        if recent_org is not None and len(words) == 2 and low[0] == "the" and \
                words[1][:1].isupper() and (low[1] in _NAMED_BEFORE or low[1] == "bank"):
            # `The Commission believes` after `The European Commission has written`: the
            # body named in full before
            org = recent_org(m.pos, low[1])
            if org and len(org.split()) > 2 and low[1] in org.lower().split():
                return Resolved(org, "group", None, None, m.text)
        if len(low) == 2 and low[0] == "the" and low[1] in ("administrator", "administrators"):
            firm = cast.insolvency_firm(m.pos)  # (as for the role)
            if firm:
                return Resolved(firm, "group", None, m.text, m.text)
        if low[-1] == "party" and len(words) == 3 and words[1] in PARTY_NAMES:
            return Resolved(PARTY_NAMES[words[1]], "group", None, None, m.text)
        if recent_org is not None and 2 <= len(low) <= 5 and low[0] == "the" and \
                (low[-1] in ORG_REFERENCES or low[-1] in _NAMED_BEFORE) and \
                (len(low) == 2 or low[-1] not in NAMED_BODY_HEADS) and \
                words[-1].islower() and (len(low) <= 3 or low[-1] in _FIRM_NOUNS or all(
                    w.islower() or w in ("High", "Street") or w.endswith("-based")
                    for w in words[1:-1])) and \
                not (len(words) == 3 and words[1][:1].isupper() and
                     not is_nationality(words[1]) and not words[1].isupper() and
                     "-" not in words[1]):  # `the Labour party`, `the Herald newspaper`
            # (but `The US company`, `The Canada-based firm` are named before; with more
            # words a named body's head, `the town's chamber`, is its own description)
            org = recent_org(m.pos, low[-1])  # `the company`, `The German company`
            if org and low[-1] in _REPORT_HEADS and org != m.group and \
                    org.split()[-1] in _REPORT_HEADS and \
                    any(w[:1].isupper() for w in org.split()[1:-1]):
                # `the report` after `the Datamonitor report`: that report's maker
                got = resolve(Mention(org, group=org, pos=m.pos), cast, last_group, recent_org)
                return Resolved(got.speaker, got.speaker_type, got.title, got.description,
                                m.text)
            if org:
                return Resolved(org, "group", None, None, m.text)
        # (`The Paris-based IEA watchdog`: the place is no part of the name; nor is the
        # kind in `Vedomosti newspaper`)
        name = without_place_descriptor(_TIME_LEAD.sub("", m.group))
        by = _COMPILED_BY.match(name)
        if by is not None:
            # `figures compiled by the Tories`: the Tories' figures, the Tories' claim
            return Resolved(by.group(1), "group", None, m.text, m.text)
        kind = name.rsplit(" ", 1)
        if len(kind) == 2 and kind[1] in _MEDIA_KINDS and kind[0][:1].isupper() and \
                kind[0].split()[0] not in ("The", "A", "An"):
            name = kind[0]
        return Resolved(name, "group", None, None, m.text)
    if m.role:
        if m.role in ("administrator", "administrators") and m.text[:1] in "Tt":
            # `Argonaut called in administrators David Rubin & Partners ... The
            # administrator said`: the insolvency firm named so
            firm = cast.insolvency_firm(m.pos)
            if firm:
                return Resolved(firm, "group", None, m.text, m.text)
        if m.role in _ORG_ROLES and recent_org is not None and not any(
                w in ROLE_NOUNS and w not in _ORG_ROLES for w in m.text.lower().split()):
            # (`The feminist writer and broadcaster`: a person)
            # `The UK's biggest mortgage lender said`: a firm described, not a person
            org = recent_org(m.pos, m.role)
            if org:
                return Resolved(org, "group", None, m.text, m.text)
        qualified = any(w in _NOT_NOW for w in m.text.lower().replace("-", " ").split())

        def holds(p: Person, role_phrase: str) -> bool:
            return any(_holds_now(r.lower(), role_phrase, qualified)
                       for r in (p.title, p.description) if r)

        phrase = " ".join(w for w in m.text.lower().split() if w not in DETERMINERS)
        if m.text.lower().startswith("our "):
            # `Our correspondent says`: the outlet's own reporter, never a person the
            # story is about; only one the article gives that role
            p = cast.recent(m.pos, lambda q: holds(q, m.role))
            if p is None:
                # (`..., says the BBC's Louisa Lim in Beijing. ..., our correspondent
                # adds`: the one reporter the article gives to the BBC)
                p = cast.bbc_reporter(m.pos)
            if p is None:
                return Resolved(None, None, m.text, None, m.text)
            cast.mention(p, m.pos)
            return Resolved(p.name, "person", p.title, p.description, m.text)
        # `The foreign secretary` is no Home Secretary: a high office by its full name
        office = phrase if phrase in _HIGH_OFFICES and " " in phrase else m.role
        p = cast.recent(m.pos, lambda q: holds(q, office))

        def free(q: Person) -> bool:
            return not _other_role(q, phrase) and not (
                phrase in _HIGH_OFFICES and cast.other_office(q, phrase, m.pos))

        if p is None and m.role.title() in TITLE_TOKENS:
            # `The Bishop of Durham, the Rt Rev Dr Tom Wright, described ... . the Bishop
            # said`: the person an earlier `The <title> of <place>, <name>,` names
            p = _titled_in_apposition(cast, m.role.title(), m.pos)
        if p is None:
            # `the prime minister said`: the person the article gives that title,
            # before or after (`Prime Minister Tony Blair`), the nearest first
            titled = [q for q in cast.persons if holds(q, phrase)]
            words = phrase.split()
            if not titled and (len(words) >= 3 or len(words) == 2 and (
                    words[1] in _SPEAKS_FOR or words[1] in SPOKES)) and (
                    words[0].endswith(("'s", "’s")) or is_nationality(words[0].title())):
                # (`the singer's agent` ... `Aguilera's agent Meghan Prophet`)
                # `France's finance minister` ... `French finance minister Herve Gaymard`
                rest = " ".join(words[1:])
                titled = [q for q in cast.persons if holds(q, rest)]
            poss = [i for i, w in enumerate(words) if w.endswith(("'s", "’s"))]
            if not titled and poss and 0 < poss[-1] < len(words) - 1:
                # `The US stock market watchdog's chairman` ... `SEC chairman William
                # Donaldson`: the only person the article gives that role
                rest = " ".join(words[poss[-1] + 1:])
                only = [q for q in cast.persons if holds(q, rest)]
                if len(only) == 1:
                    titled = only
            if titled:
                p = min(titled, key=lambda q: abs(q.first_pos - m.pos))
        if p is None and phrase in _HIGH_OFFICES:
            # `The prime minister said ... Mr Bush was sworn in. ... the prime minister
            # said`: the office means whom it meant before in the article
            p = cast.role_before(phrase, m.pos)
        if p is None and m.text.lower().startswith(("his ", "her ")) and (
                m.role in _SPEAKS_FOR or m.role in SPOKES):
            # `His agent said` opening a sentence: the agent of whom `his` means, not
            # that person (the role is nobody's title in the article)
            got = _speaks_for(m, m.text, cast, m.text)
            if got is not None:
                return got
        if p is None:
            # `Mr Wyatt predicted ... The MP for Sittingbourne said`: news style names a
            # person, then refers to them by role; take one mentioned just before
            # (`the Liberal Democrat leader said` after naming Charles Kennedy; not an
            # indefinite `one beekeeper`, nor `the government's chief whip`)
            definite = (m.text[:1].isupper() or m.text.lower().startswith("the ")) and (
                # (`The Iraqi families' lawyer`: a plural's possessive too)
                "'s" not in m.text and "’s" not in m.text and "s' " not in m.text and
                "s’ " not in m.text or
                # (`The political reform group's general secretary`: a described owner,
                # the body of the person just named, not someone else's)
                _DESCRIBED_OWNER.match(m.text) is not None or
                # (`England's World Cup-winning fly-half`: a country's or team's, no
                # person's of the cast)
                m.role not in _SPEAKS_FOR and m.role not in SPOKES and
                _owned_by_place(m.text, m.pos, cast)) and \
                not m.text.startswith(("A ", "An "))  # (`A US researcher`: someone new)
            near = cast.last_named_together(m.pos - 300, m.pos, 40) \
                if definite else []
            if definite and near and m.text.lower().startswith("the ") and \
                    m.role not in _ANY_ROLE and not any(free(q) for q in near) and \
                    phrase not in _HIGH_OFFICES:
                # `... the impact manager Jose Mourinho has had. And the French
                # international defender believes`: not the manager; whom the article is
                # about, named before with no other role
                got = cast.recent(m.pos, free)
                near = [got] if got is not None else near
            if definite and phrase in _HIGH_OFFICES:
                # `the prime minister` is nobody the article gives another office
                # (`Chancellor Gordon Brown`, `Tory leader Michael Howard`): the nearest
                # person named before who holds no other role
                near = [q for q in near if free(q)]
                if not near:
                    got = cast.recent(m.pos, free)
                    near = [got] if got is not None else []
            if definite and not near and m.text.lower().startswith("the ") and \
                    m.role in _MINISTERS:
                # `the Trade and Industry Secretary ... Patricia Hewitt said ... Ms Hewitt
                # ... The minister told delegates`: the minister the article is about,
                # named further back with no other role
                got = cast.recent(m.pos, free)
                at = cast.last_mention_of(got, m.pos) if got is not None else None
                if at is not None and m.pos - at < 1500:
                    near = [got]
            if len(near) > 1:
                # `... between Mr Brown and Mr Blair. But the chancellor said`: with
                # several people named together last, the role means the one the
                # article is most about so far (most mentioned, then first named)
                p = max(near, key=lambda q: (len(cast.mentions_of(q, 0, m.pos)),
                                             -q.first_pos))
                if definite and phrase not in _HIGH_OFFICES and \
                        _listed_together(cast, near, m.pos):
                    # `They join British stars Jude Law and Kate Winslet ... The comic and
                    # actor said`: not one of a pair named in passing, but the person the
                    # article is about
                    main = max(cast.persons, key=lambda q: (
                        len(cast.mentions_of(q, 0, m.pos)), -q.first_pos))
                    if main not in near and free(main) and \
                            len(cast.mentions_of(main, 0, m.pos)) > \
                            len(cast.mentions_of(p, 0, m.pos)):
                        p = main
            elif near:
                p = near[0]
                if definite and m.text[:1].isupper() and phrase in _HIGH_OFFICES:
                    # (`The Tory leader said` after `... under Tony Blair.`: the sentence
                    # before's subject, as for `He said`)
                    other = cast.subject_over(p, m.pos)
                    p = other if free(other) else p
        if p is not None:
            cast.mention(p, m.pos)
            if phrase in _HIGH_OFFICES:
                cast.remember_role(phrase, m.pos, p)
            return Resolved(p.name, "person", p.title, p.description, m.text)
        # `his lawyer said`, nobody named as the lawyer: the person `his` refers to
        return _speaks_for(m, m.text, cast, m.text) or \
            Resolved(None, None, m.text, None, m.text)
    return Resolved(None, None, None, None, m.text)
