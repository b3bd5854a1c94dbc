"""The extractor: article text in, attributed quotes out.

One pass pairs the quotation marks; quoted content is masked; the cast of people is
read from the unquoted text; then each quoted span goes through the attribution
sieves (quoteidx.sieves) and each reporting cue through the reported-speech rules
(quoteidx.reported). Only sentences holding a mark or a cue are analysed.
"""

from __future__ import annotations

import bisect
import functools
import re

from quoteidx.fastre import tried_at
from quoteidx.lexicon import (
    BODY_HEADS,
    FURNITURE_RE,
    GROUP_HEADS,
    NEWS_AGENCIES,
    NON_NAME_WORDS,
    ORG_WORDS,
    PARTY_NAMES,
    ROLE_NOUNS,
    TITLE_TOKENS,
    kind_then_name,
)
from quoteidx.marks import Span, pair_marks
from quoteidx.models import Quote
from quoteidx.names import (
    CAP_RUN,
    MONTHS,
    Cast,
    in_word,
    looks_like_person,
    split_title,
    strip_possessive,
)
from quoteidx.reported import reported_speech
from quoteidx.segment import mask, paragraphs, sentences
from quoteidx.sieves import CONFIDENCE, Attribution, after_quote, before_quote, intro_sentence
from quoteidx.speakers import (
    DAYS,
    IN_NAME_HEADS,
    NUMBERED_NAMES,
    ORG_REFERENCES,
    Resolved,
    is_nationality,
    np_cap_before,
    resolve,
    tokenize,
    without_place_descriptor,
)

_WORDS = re.compile(r"\w+")
_CUE_AFTER = re.compile(r" (?:has |had )?(?:said|says|added|adds|told|announced|stated|"
                        r"warned|confirmed|argued|insisted)\b")
_KIND_THEN_NAME = re.compile(r"\b(?:watchdog|group|organisation|organization|firm|company|"
                             r"agency|charity|body|union|association|campaigners), $")
# `..., says Age Concern.`: a source named after its cue
_CUE_BEFORE = re.compile(r"(?:said|says|added|adds|warned|warns|[Aa]ccording to) $")
_LEAD_ADVERBIAL = re.compile(
    r"(?:At|In|On|After|Before|During|Since|Last|This|Earlier|Later|Meanwhile|However|"
    r"Separately|Also|Now|Yesterday|Today)\b[^,.;]{0,40}, ")
_PLACE_ACRONYMS = frozenset("UK US USA GB UAE".split())
# acronyms of things, not of bodies (`video search for webcasts and TV clips`)
_THING_ACRONYMS = frozenset("""TV PC PCs DVD DVDs CD CDs GDP VAT IT ID HIV AIDS SMS MP3 PDA
    PDAs GPS LCD RFID DRM P2P HD HDTV IP CEO QC OBE MBE CBE PR RAM CPU USB SUV
    IVF DNA MRI ASBO ASBOs""".split())
_EVENTS = frozenset("Oscar Oscars Grammy Brits Olympic Olympics Cup Championship Awards "
                    "Festival Open League Premiership".split())
_ORG_HEADS = (r"(government|company|firm|club|ministry|department|agency|council|bank|"
              r"group|airline|carrier|party|union|board|commission|embassy|regulator|"
              r"authority|authorities|administration|team|league|association)\b")
_RUN_NUMBER = re.compile(r" \d{1,2}(?![\w%.,]\d)\b")
# `the company` after `building products group James Hardie`: a firm's kinds are one
_FIRM_KINDS = ("firm", "company", "group", "drugmaker", "carmaker", "chipmaker")
_SAME_KINDS = {"company": ("company",) + _FIRM_KINDS, "firm": _FIRM_KINDS}
# `Public and Commercial Services union`: a union by its name and a lower-case `union`
_NAME_UNION = re.compile(r"\b(?:[Tt]he )?([A-Z][\w&’'-]*(?: (?:and |of |for |& )?"
                         r"[A-Z][\w&’'-]*){0,5} [Uu]nion)\b")
# `the Venezuelan government`: an organisation phrase anywhere in a sentence
_GROUP_NP = tried_at("Tt", r"\b[Tt]he((?: [A-Z][\w’'\-]*)+)(?: central| national)? " + _ORG_HEADS)
# heads a firm's name can stand for (not `the regulator`: a firm is none)
_FIRMS_ONLY = frozenset((None, "company", "firm", "group", "business", "retailer", "chain",
                         "maker", "manufacturer"))
# `Shares in Multiplex Group, which is building ..., fell 19% after`: whose shares
_SHARES_IN = re.compile(r"(?:[-\u2022] )?Shares (?:in|of) ([^,.;:]{1,80}?)(?:,| (?:have |had )?"
                        r"(?:closed|fell|rose|jumped|plunged|slumped|dropped|climbed|gained|"
                        r"lost|ended|finished|surged|soared|tumbled|slid|sank|were|are)\b)")
# `The government has ...`, `The German company ...`: a sentence's subject
_IT_IN_CLAUSE = ("who ", "which ", "whom ", "that ", "because ", "after ")
_NAME_SUBJECT = re.compile(r"(?:The )?([A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,4}) "
                           r"(?:has |have |had )?(?:[a-z]+ed|filed|sued|won|lost|made|"
                           r"took|said|says)\b")
_SUBJECT_GROUP = re.compile(r"[Tt]he((?: [A-Z][\w’'\-]*)*) " + _ORG_HEADS[:-3] +
                            r"|committee|report|survey|study|watchdog)\b")
# `Shares in UK pharmaceutical firm Phytopharm closed down 20% ... after it said`: `it`
# may mean a firm its own sentence opened with
_SUBJECT_OPENS = re.compile(r"(?:Shares in |Shares of )?(?:[a-zA-Z-]+ ){0,3}"
                            r"(?:firm|company|group|bank|giant|maker|retailer) [A-Z]")
_NAME_NEWSPAPER = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*) "
                             r"(?:newspaper|daily|weekly)\b")
_PAPER_BY_NAME = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]* ){1,2}(?:News|Times|Post|Herald|"
                            r"Journal|Gazette|Tribune|Chronicle))\b")
_BROADCASTERS = frozenset("BBC Sky ITV CNN Fox ABC CBS NBC Channel".split())
_NEWSPAPER_RE = re.compile(r"\b[Tt]he (?:(?:Sunday|Daily|Financial|Evening|New York|Wall "
                           r"Street|Washington|Los Angeles|Irish|Scottish) )?(?:Times|Telegraph|"
                           r"Guardian|Independent|Observer|Sun|Mirror|Express|Herald|Post|FT|"
                           r"Journal|Scotsman|Economist|Standard|Chronicle|Gazette|Tribune|Courier|"
                           r"Mail(?: on Sunday)?)\b")
_PARTY_RE = re.compile(r"\b(?:" + "|".join(sorted(PARTY_NAMES, key=len, reverse=True))
                       + r")\b")
_REPORT_WORDS = ("report", "study", "survey", "research", "poll")
# bodies an article names once and then keeps calling `the committee`
_KEPT_IN_VIEW = frozenset("committee inquiry panel commission tribunal".split())
_DESCRIBED_HEADS = frozenset("committee panel watchdog report study survey inquiry review "
                             "poll commission court tribunal".split())


@functools.lru_cache(maxsize=64)
def _described(head: str) -> re.Pattern:
    # `The environment select committee`, `the Gartner report`, `the Environmental Audit
    # Committee`: `the`, 1-4 words, the head
    return re.compile(r"(?<!for )(?<!of )\b[Tt]he (?!same |new |latest |other |first |last )"
                      r"(?:(?!(?:a|an|the|in|on|for|by|but|to|with|from|at|as|that|which|"
                      r"its|their|his|her|polled|said|says)\b)[\w’'&-]+ ){1,4}(?:" +
                      re.escape(head) + "|" +
                      re.escape(head.title()) + r")\b(?! [A-Z])(?: of(?: [A-Z][\w-]*)+)?")


# `But a recent report from Continental Research`, opening a sentence: its author
_DOCUMENT_FROM = re.compile(r"(?:(?:But|And|However|Meanwhile),? )?(?:[Aa]n?|[Tt]he|[Ii]ts) "
                            r"(?:[a-z]+ ){0,2}(?:report|study|survey|letter|statement|leaflet|"
                            r"poll|document)s? (?:from|by|published by|issued by) (?:the )?"
                            r"([A-Z][\w&’'-]*(?: (?:of |for |& |and )?[A-Z][\w&’'-]*){0,4})")
# `In a statement from Lycos Europe`, opening the sentence: who issued it
_STATEMENT_FROM = re.compile(r"(?:In|Under) (?:a|an|its|the) (?:[a-z]+ )?(?:statement|letter|"
                             r"filing|announcement) (?:from|by|issued by|released by) "
                             r"(?:the )?([A-Z][\w&’'-]*(?: (?:of |for |& )?[A-Z][\w&’'-]*){0,4})")
# `Ford, ` before `the US car company`: the name a description stands beside
_APPOSED_TO = re.compile(r"(?<![\w&’'-])([A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,3}), \Z")


@functools.lru_cache(maxsize=64)
def _one_of_kind(head: str) -> re.Pattern:
    # `The Electoral Commission`, `The Scottish Executive`: a body of that kind, named
    return re.compile(r"(?<![\w’'-])(?:The )?((?:[A-Z][\w&’'-]* ){1,4}" + head.title() +
                      r")(?![\w-])")


@functools.lru_cache(maxsize=64)
def _owned(head: str) -> re.Pattern:
    # `Malaysia's central bank`, `South Korea's biggest carmaker`
    return re.compile(r"\b[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}['’]s (?:[a-z-]+ ){0,2}" +
                      re.escape(head) + r"\b")


_VERB_AFTER_RUN = re.compile(r" (?:has|have|had|is|was|said|says|announced|reported|"
                             r"warned|confirmed|expects|expected|plans|planned)\b")


@functools.lru_cache(maxsize=64)
def _made_by_name(head: str) -> re.Pattern:
    # `A Daily Telegraph poll`, `a new Ofcom report`: the name before the head is its maker
    return re.compile(r"(?<!for )(?<!of )\b(?:[Aa]n?|[Tt]he)(?: (?:new|recent|latest|annual|"
                      r"quarterly|monthly|weekly))? ((?:[A-Z][\w&’'-]*)(?: (?:(?:for|of|and|the) )"
                      r"{0,2}[A-Z][\w&’'-]*){0,5}) " + re.escape(head) + r"\b")


@functools.lru_cache(maxsize=64)
def _by_author(head: str) -> re.Pattern:
    # `a recent report by analysts Screen Digest`: the author
    # `The study, for net security firm Preventon,`: whom it was made for
    return re.compile(r"\b(?:[Aa]n?|[Tt]he)(?: [a-z]+)? " + re.escape(head) +
                      r"(?:,? (?:by|from|(?:commissioned|carried out|conducted|published|"
                      r"compiled) by)|, for) (?:the )?(?:[a-z-]+ ){0,3}"
                      r"((?:[A-Z][\w&’'-]*)(?: (?:(?:for|of|and|on) (?:the )?)?[A-Z][\w&’'-]*)*)"
                      # `Oxfam says in a report, Paying the Price`: the body that says it
                      r"|\b((?:[A-Z][\w&’'-]*)(?: [A-Z][\w&’'-]*){0,4}) (?:says|said|warns|"
                      r"warned|argues|argued|claims|claimed) in (?:a|its) (?:new |latest )?" +
                      re.escape(head) + r"\b")


_Q_LABEL = re.compile(r"(?:Q|QUESTION)[:.]\s")
_A_LABEL = re.compile(r"(?:A|ANSWER)[:.]\s+")


def _is_furniture(text: str, start: int, end: int) -> bool:
    if end - start > 300:
        return False
    return FURNITURE_RE.match(text, start, end) is not None


class _Article:
    """Per-article working state shared by the sieves."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paras = paragraphs(text)
        self.spans = pair_marks(text, self.paras)
        self.masked = mask(text, self.spans)
        self.furniture = [_is_furniture(text, s, e) for s, e in self.paras]
        self.cast = Cast()
        self.cast.scan(self.masked, [p for p, f in zip(self.paras, self.furniture,
                                                       strict=True) if not f])
        self.cast.full_names_from(text)
        self._sent_cache: dict[int, list[tuple[int, int]]] = {}
        self._sent_starts: dict[int, list[int]] = {}
        self.last_group: str | None = None
        self._para_starts = [p[0] for p in self.paras]
        # a first paragraph of a few words and no full stop: the headline
        self._headline = bool(self.paras) and len(self.paras) > 1 and \
            self.paras[0][1] - self.paras[0][0] < 100 and \
            "." not in text[self.paras[0][0]:self.paras[0][1]].rstrip(".")

    def paragraph_of(self, pos: int) -> int:
        i = bisect.bisect_right(self._para_starts, pos) - 1
        return max(i, 0)

    def recent_org(self, pos: int, head: str | None = None) -> str | None:
        """The organisation that `it`, `the company` or `a spokesman` at `pos` means:
        the latest organisation named in the sentences before (not the current one),
        preferring one whose name ends in `head` (`the agency` -> `... Agency`); for `the
        company` with none near, the one the headline and the lede both name. A sentence
        opening `In a statement from X` names X; a spokesman of a claim about a person
        speaks for no organisation (None)."""
        s0 = self.sentence_of(self.paragraph_of(pos), pos)[0]
        issuer = _STATEMENT_FROM.match(self.masked, s0, pos)
        if issuer is not None and issuer.group(1).split()[0] not in NON_NAME_WORDS:
            # `In a statement from Lycos Europe announcing ..., the company denied`
            return issuer.group(1)
        if head is None and self.masked.startswith(", ", pos - 2):
            if self.cast.mention_positions(s0, s0 + 1):
                # `O'Herlihy, whose Oscar nomination was ..., died at his home, a
                # spokesman said`: a person's spokesman, for no organisation
                return None
        got = self._recent_org(pos, head)
        if got is None and head in ("company", "firm", "group") and self._headline:
            got = self._headline_org()
        if head in _ONLY_ONE_HEADS and (got is None or got.split()[-1].lower() != head):
            # (`The executive spokeswoman` far from `The Scottish Executive said`: the one
            # Executive, not a party named since)
            got = self._only_one_named(pos, head) or got
        return got

    def _opens_sentence(self, pos: int) -> bool:
        """Whether `pos` (perhaps after `The `) opens its sentence."""
        s0 = self.sentence_of(self.paragraph_of(pos), pos)[0]
        return pos == s0 or pos == s0 + 4 and self.masked.startswith("The ", s0)

    def _only_one_named(self, pos: int, head: str) -> str | None:
        """`the Electoral Commission says ... (far on) The commission also says`: the one
        body of that kind the article names before `pos`, however far back."""
        names = {m.group(1) for m in _one_of_kind(head).finditer(self.masked, 0, pos)
                 if m.group(1).split()[0] not in NON_NAME_WORDS}
        return names.pop() if len(names) == 1 else None

    def _headline_org(self) -> str | None:
        """`Deutsche Telekom sees mobile gain` / `German telecoms firm Deutsche Telekom
        saw ...`: a name the headline and the first paragraph after it both hold."""
        h0, h1 = self.paras[0]
        l0, l1 = self.paras[1]
        lede = self.masked[l0:l1]
        for m in CAP_RUN.finditer(self.masked, h0, h1):
            words = m.group().split()
            while words and words[0] in NON_NAME_WORDS and words[0] not in NEWS_AGENCIES:
                words = words[1:]
            if not words or len(words) > 4 or (len(words) == 1 and not words[0].isupper()
                                               and len(words[0]) < 4):
                continue
            name = " ".join(words)
            if looks_like_person(words, []) or self.cast.lookup(words, h0) is not None or \
                    is_nationality(name):
                continue
            if re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", lede):
                return name
        return None

    def _recent_org(self, pos: int, head: str | None = None) -> str | None:
        if head in _DESCRIBED_HEADS:
            # `the report`, `the committee`: a phrase naming it before, never a name
            # that merely stands near (`Aids`, `G8`)
            return self._described_before(pos, head)
        if head in ("paper", "newspaper"):
            # `according to The Mail on Sunday. ... The paper says`: the newspaper last named
            # (or one named by its kind: `Vedomosti newspaper reported`)
            named = [(m.start(), m.group()) for m in
                     _NEWSPAPER_RE.finditer(self.masked, max(0, pos - 2000), pos)]
            named += [(m.start(), m.group(1)) for m in
                      _NAME_NEWSPAPER.finditer(self.masked, max(0, pos - 2000), pos)
                      if m.group(1).split()[0] not in NON_NAME_WORDS]
            # (`"...," Arab News quoted Prince Saud`: a paper's name by its last word)
            named += [(m.start(), m.group(1)) for m in
                      _PAPER_BY_NAME.finditer(self.masked, max(0, pos - 2000), pos)
                      if m.group(1).split()[0] not in _BROADCASTERS and
                      m.group(1).split()[0] not in NON_NAME_WORDS and
                      self.masked[max(0, m.start() - 4):m.start()] not in ("the ", "The ")]
            return max(named)[1] if named else None
        if head == "union":
            # `Public and Commercial Services union members ... The union says`: a union
            # named by its name and a lower-case `union`
            found = None
            for m in _NAME_UNION.finditer(self.masked, max(0, pos - 2000), pos):
                if m.group(1).split()[0] not in NON_NAME_WORDS:
                    found = m
            return found.group(1) if found is not None else None  # (no firm is a union)
        if head == "party":
            # `Tory leader Michael Howard ... In a statement, the party said`
            found = list(_PARTY_RE.finditer(self.masked, max(0, pos - 1500), pos))
            # (a party a sentence opens with, `The UK Independence Party could take legal
            # action ... Veritas deputy leader ...`, over one named in passing since)
            opening = [m for m in found if self._opens_sentence(m.start())]
            if opening and found and PARTY_NAMES[opening[-1].group()] != \
                    PARTY_NAMES[found[-1].group()] and \
                    not self._opens_sentence(found[-1].start()) and \
                    self.masked.startswith((" deputy", " leader", " Party", " MP"),
                                           found[-1].end()):
                return PARTY_NAMES[opening[-1].group()]
            return PARTY_NAMES[found[-1].group()] if found else None
        pi = self.paragraph_of(pos)
        seen = 0
        # `Security firm iDefence ... . The security firm says`: the kind, then the name
        named = None
        if head is not None:
            # (not in a headline: `Wembley firm won't make a profit` is the firm building
            # Wembley)
            lo = max(0, pos - 1500, self.paras[0][1] if self._headline else 0)
            for kind in _SAME_KINDS.get(head, (head,)):
                if self.masked.find(kind, lo, pos) < 0:
                    continue  # (the pattern holds the kind as written)
                for m in kind_then_name(kind).finditer(self.masked, lo, pos):
                    first = m.group(1).split()[0]
                    # (`Indian drugmaker Dr Reddy's`: a firm's name with its `Dr`)
                    if (first not in NON_NAME_WORDS or first in NEWS_AGENCIES or
                            first == "Dr" and m.group(1).endswith(("'s", "’s"))) and (
                            named is None or m.start() > named.start()):
                        named = m
        fallback: tuple[str, tuple[bool, bool]] | None = None
        fallback_at = -1
        limit = 8 if head else 4
        for p in range(pi, max(-1, pi - 4), -1):
            if self.furniture[p]:
                continue
            for s0, s1 in reversed(self.sentences(p)):
                if s1 > pos:
                    if head is None and s0 < pos:
                        firm = self._shares_in(s0, pos)
                        if firm is not None:
                            return firm
                        # `The government has ruled out ..., because it says ...`: the
                        # subject of the sentence `it` stands in
                        g = _SUBJECT_GROUP.match(self.masked, s0, pos)
                        lead = _LEAD_ADVERBIAL.match(self.masked, s0, pos) if g is None \
                            else None
                        if lead is not None:
                            # `In 2001, the company set up a fund ..., but it later
                            # admitted`: the subject after an opening adverbial
                            g = _SUBJECT_GROUP.match(self.masked, lead.end(), pos)
                        if g is not None and g.end() < pos - 4:
                            if g.group(1) or g.group(2) in ("government", "administration"):
                                return g.group(0)  # (`the government` names itself)
                            # `The company ..., because it said`: the company named before
                            return self.recent_org(g.start(), g.group(2).lower()) or \
                                g.group(0)
                        if self.masked.endswith(_IT_IN_CLAUSE, s0, pos):
                            # `The SEC filed charges against James Tambone, who it says
                            # headed ...`: `it` in a clause of a sentence a name opens
                            n = _NAME_SUBJECT.match(self.masked, s0, pos)
                            if n is not None and not looks_like_person(
                                    n.group(1).split(), []) and \
                                    self.cast.lookup(n.group(1).split(), s0) is None and \
                                    n.group(1).split()[0] not in NON_NAME_WORDS:
                                return n.group(1)
                    if s0 >= pos - 4 or (head is None and _SUBJECT_OPENS.match(
                            self.masked, s0, pos) is None) or \
                            self.masked.startswith(", ", pos - 2):
                        # the sentence holding the mention names the claim's subject
                        # (`<RipGuard is expected ...>, the company said`: the claim's)
                        continue
                    # `... Manchester United has taken another turn after the club
                    # confirmed`: `the club` named earlier in its own sentence
                    s1 = pos
                seen += 1
                if named is not None and s0 <= named.start() < s1 and fallback is None:
                    name = named.group(1)
                    # (`Dr Reddy's` is the firm's whole name)
                    return name if name.startswith("Dr ") else strip_possessive(name)
                if seen > limit:
                    return self._or_owned(fallback, fallback_at, pos, head)
                doc = _DOCUMENT_FROM.match(self.masked, s0, s1) \
                    if head is None and seen == 1 and s0 < pos else None
                if doc is not None and doc.group(1).split()[0] not in NON_NAME_WORDS:
                    # `But a recent report from Continental Research reflects ... . It
                    # said`: the document the sentence before opens with, so its author
                    return doc.group(1)
                if head is None and seen == 1 and fallback is None and \
                        self.masked.startswith("It ", s0) and s0 < pos:
                    # `Heineken's income fell. It blamed weak demand in western Europe.
                    # It had warned that ...`: the same `it` as the sentence before
                    return self.recent_org(s0)
                if head is None and seen == 1 and fallback is None:
                    # `The company is trying to ... . Piracy has cost it billions, it
                    # says.`: the sentence before opens with `The company`; `it` is the
                    # company named before that
                    g = _SUBJECT_GROUP.match(self.masked, s0, s1)
                    if g is not None and not g.group(1) and \
                            g.group(2) not in ("government", "administration"):
                        got = self.recent_org(s0, g.group(2).lower())
                        if got:
                            return got
                g = None
                for g_ in _GROUP_NP.finditer(self.masked, s0, s1):
                    g = g_
                if g is not None and (head is None or g.group(2).lower() == head):
                    # `the Venezuelan government ...`: the latest organisation phrase
                    cand = g.group(0)
                    if head is not None or g.start() <= s0 + 4:
                        if g.group(2).lower() in _FIRM_HEADS and (all(
                                is_nationality(w) or w in _PLACE_ACRONYMS or
                                w.endswith(("-based", "-owned"))
                                for w in g.group(1).split()) or g.group(2).islower()):
                            # `The Australian firm said`, `The South Yorkshire company`
                            # describe a firm named before (`Shares in Multiplex Group
                            # ...`); no name has a head in lower case
                            earlier = self.recent_org(g.start(), g.group(2).lower())
                            if earlier:
                                return earlier
                        return cand
                # the subject stands first, or after an opening adverbial (`At 3GSM, X`)
                subj_at = s0
                lead = _LEAD_ADVERBIAL.match(self.masked, s0, s1)
                if lead is not None:
                    subj_at = lead.end()
                for m in reversed(_org_runs(self.masked, s0, s1)):
                    if in_word(self.masked, m.start()) or \
                            self.masked.endswith(_NO_SPEAKER_AFTER, 0, m.start()):
                        continue  # (`The administrator told BBC News Online`: the
                        # one told is no speaker; nor an example, `including the Video
                        # Relay Service`)
                    if m.start() == s0 and " " not in m.group() and \
                            self.masked.startswith(" of ", m.end()):
                        continue  # `News of the deal came ...`: a noun opening a sentence
                    words = m.group().split()
                    for w_i, w in enumerate(words[:-1]):
                        if w.endswith(("'s", "’s")):
                            # `Microsoft's Windows operating system`: the owner (not in
                            # `Brown's Britain`, a book by a person's name)
                            owner = [strip_possessive(x) for x in words[:w_i + 1]]
                            rest = words[w_i + 1:]
                            if looks_like_person(owner, []):
                                break
                            if _VERB_AFTER_RUN.match(self.masked, m.end()) is None:
                                if self.cast.lookup(owner, m.start()) is None and \
                                        not any(w in ORG_WORDS for w in rest):
                                    # (`Iraq's Ministry of Communications` is the body)
                                    words = words[:w_i + 1]
                            elif not any(w in ORG_WORDS for w in words) and \
                                    owner[0] not in NON_NAME_WORDS:
                                # `South Korea's Hyundai Motor has announced`: the
                                # owned name is the sentence's subject, not the country
                                words = rest
                            break
                    words[-1] = strip_possessive(words[-1])
                    if words[-1].endswith(("-based", "-owned", "-led", "-backed", "-run")):
                        continue  # `The Paris-based pressure group`: a modifier
                    if self.masked.startswith(" on Sunday", m.end()):
                        words += ["on", "Sunday"]  # `The Mail on Sunday`
                    the = words[0] == "The"
                    if words == ["Next"] and (_CUE_AFTER.match(self.masked, m.end()) or
                                              self.masked.startswith("'s", m.end())):
                        pass  # `Next has said`, `Next's shares`: the retailer
                    else:
                        if len(words) > 1 and words[0] in NEWS_AGENCIES:
                            continue  # (`the BBC News website`: no `News` in it)
                        while words and words[0] in NON_NAME_WORDS and \
                                not (len(words) == 1 and words[0] in NEWS_AGENCIES and
                                     not self.masked.endswith(_TOLD, 0, m.start())):
                            words = words[1:]  # (`AFP` alone is the agency, but not
                            # the one a speaker `told`)
                    if not words or (len(words) == 1 and (words[0] in TITLE_TOKENS or
                                                         words[0] in _THING_ACRONYMS or
                                                         is_nationality(words[0]) or
                                                         words[0].lower() in GROUP_HEADS)):
                        continue  # (`Investors said`: a generic group, no organisation)
                    joined = any(w in ("of", "for", "&", "and") for w in words)
                    parts = split_title(words)
                    if not joined and (looks_like_person(parts.name, parts.title) or
                                       self.cast.lookup(parts.name, m.start()) is not None) \
                            and not (head in _FIRMS_ONLY and self._written_as_firm(words)):
                        continue
                    name = " ".join(words)
                    if len(words) > 1 and the:
                        name = "The " + name
                    elif len(words) > 1 and \
                            self.masked[max(0, m.start() - 4):m.start()].lower() == "the ":
                        name = self.masked[m.start() - 4:m.start() - 1] + " " + name
                    if head is not None and _NEWSPAPER_RE.fullmatch(name):
                        continue  # (`The Mail on Sunday` is no company)
                    if head and (words[-1].lower() == head or
                                 head in [w.lower() for w in words[:-1]] and "of" in words):
                        return name
                    if fallback is None and _CUE_AFTER.match(self.masked, m.end()):
                        # `..., the US Trade Representative's Office said.`: the speaker of
                        # the sentence before, read as a whole phrase (`The Ministry of
                        # Trade and Fisheries`)
                        toks = tokenize(self.masked, max(s0, m.end() - 160), m.end())
                        got = np_cap_before(toks, len(toks) - 1, 0) if toks else None
                        if got is not None and got[0].group:
                            return got[0].group
                        return name
                    if len(words) >= 2 and words[-1] not in ORG_WORDS and \
                            looks_like_person(words[-2:], []) and \
                            not (head in _FIRMS_ONLY and self._written_as_firm(words)):
                        continue  # `Former Scots Guardsman Allan Hendry`: a person
                    # a sentence's subject, or a name with an organisation word in it
                    subject = m.start() <= subj_at + 4 or _described_subject(
                        self.masked[subj_at:m.start()])
                    # ... and a bare name only when the article keeps naming it
                    org_like = (words[-1] in ORG_WORDS and words[-1] not in _EVENTS and
                                len(words) >= 2) or (
                        len(words) == 1 and words[0].isupper() and len(words[0]) > 1
                        and words[0] not in _PLACE_ACRONYMS) or (
                        len(words) <= 3 and words[0] not in _PLACE_ACRONYMS and
                        self.text.count(" ".join(words)) >= 3) or (
                        # `Save the Scottish Regiments`: a campaign names itself so
                        len(words) >= 3 and words[0] in _CAMPAIGN_VERBS and
                        words[1] == "the") or (
                        # `according to The Mail on Sunday`: a source named as such
                        "of" not in words and not (len(words) > 1 and all(
                            w.isupper() for w in words)) and _CUE_BEFORE.search(
                            self.masked, max(0, m.start() - 14), m.start()) is not None)
                    # the subject of the sentence just before is taken as it is, if it
                    # is a proper name (`Events such as ...` opening a sentence is not)
                    # `Rival search engine Yahoo has ...`: a name its sentence
                    # introduces as a kind of organisation
                    # `by the media watchdog, Reporters Without Borders`: a name in
                    # apposition to a kind of organisation
                    if _KIND_THEN_NAME.search(self.masked, max(0, m.start() - 30),
                                              m.start()) is not None:
                        org_like = subject = True
                    # (for `a spokeswoman`; `the company` is rather the article's own)
                    org_like = org_like or (
                        head is None and m.start() > subj_at + 4 and
                        _kind_named(self.masked[subj_at:m.start()]))
                    org_like = org_like or (subject and seen == 1 and
                                            words[0] not in _PLACE_ACRONYMS and (
                        len(words) > 1 or self._proper(words[0]) or
                        _CUE_AFTER.match(self.masked, m.end()) is not None and
                        words[0].lower() not in GROUP_HEADS))
                    # a subject first; a one-off acronym last (`Microsoft` over `PC` in
                    # `Microsoft has left the market for PC security software`)
                    weak = len(words) == 1 and words[0].isupper() and \
                        self._uses(words[0]) < 3
                    rank = (subject, not weak)
                    if org_like and (fallback is None or rank > fallback[1]):
                        fallback = (name, rank)
                        fallback_at = m.start()
                if fallback is not None and head is None:
                    # the newest sentence naming an organisation wins (its subject
                    # if it has one)
                    return fallback[0]
        return self._or_owned(fallback, fallback_at, pos, head)

    def _written_as_firm(self, words: list[str]) -> bool:
        """Whether a name that looks like a person's is written as a firm's: `Laura Ashley,
        which is due to issue its next trading statement` (a person takes `who`),
        `Shares in Laura Ashley`, `Laura Ashley's shares`."""
        if len(words) < 2:
            return False
        return f"{' '.join(words)}, which " in self.masked or \
            self.cast.written_as_organisation(words)

    def _shares_in(self, s0: int, pos: int) -> str | None:
        """`Shares in UK pharmaceutical firm Phytopharm closed down 19.84% ..., after it
        said`: the one firm whose shares the sentence opens with (None for two)."""
        m = _SHARES_IN.match(self.masked, s0, pos)
        if m is None or " and " in m.group(1) or not self.masked.endswith(_IT_IN_CLAUSE,
                                                                          s0, pos):
            return None
        runs = [r.group() for r in CAP_RUN.finditer(m.group(1))
                if r.group() not in _PLACE_ACRONYMS and not is_nationality(r.group())]
        if not runs or runs[-1].split()[0] in NON_NAME_WORDS:
            return None
        return strip_possessive(runs[-1])

    def _or_owned(self, fallback, at: int, pos: int, head: str | None) -> str | None:
        """The organisation found, unless `Malaysia's central bank` names the `head`
        later (then that phrase); with none found, a phrase that names it before."""
        if head is not None:
            owned = None
            lo = max(0, pos - 1500)
            for m in _owned(head).finditer(self.masked, lo, pos) \
                    if self.masked.find(head, lo, pos) >= 0 else ():
                owned = m
            if owned is not None and (fallback is None or owned.start() >= at):
                return owned.group(0)
        return fallback[0] if fallback else self._described_before(pos, head)

    def _described_before(self, pos: int, head: str | None, lo: int = -1) -> str | None:
        """`the committee` after `The environment select committee made ...`, `the
        report` after `a report by analysts Screen Digest`: the latest phrase before
        `pos` (from `lo`, else 2,000 characters back) that names a `head` with more words
        (its author when it has one)."""
        if head is None:
            return None
        if lo < 0:
            lo = max(0, pos - 2000)
            if lo == 0 or head not in _KEPT_IN_VIEW or self.masked.find(head, lo, pos) < 0:
                return self._described_before(pos, head, lo)
            # `A report by the Commons work and pensions committee ... / The committee
            # reached ... / ... The committee said`: the article still speaks of the one
            # it named further back
            return self._described_before(pos, head, lo) or \
                self._described_before(pos, head, 0)
        best: tuple[int, str] | None = None
        # a report may have been called a study or a survey before (`A study by analysts
        # Jupiter Research suggested ... , said the report`)
        heads = _REPORT_WORDS if head in _REPORT_WORDS else (head,)
        for h in heads:
            # (each pattern below holds the head as written, `_described` also capitalised:
            # with neither in the window, none can match, and trying them over 2,000
            # characters a claim is most of the reported stage's look-back cost)
            lower = self.masked.find(h, lo, pos) >= 0
            if not lower and self.masked.find(h.title(), lo, pos) < 0:
                continue
            for m in _by_author(h).finditer(self.masked, lo, pos) if lower else ():
                author = m.group(1) or m.group(2)
                # (`The Motor Retail Council says in a report`: `The` is the name's)
                first = author.split()[0]
                if author in _PLACE_ACRONYMS or is_nationality(author) or \
                        first in NON_NAME_WORDS and not (first == "The" and m.group(2)):
                    continue  # (`a study by US researchers, Pew Internet`)
                if best is None or m.start() > best[0]:
                    best = (m.start(), author)
            for m in _described(h).finditer(self.masked, lo, pos):
                if best is None or m.start() > best[0]:
                    best = (m.start(), m.group(0))
                    named = _APPOSED_TO.search(self.masked, max(0, m.start() - 60), m.start())
                    if head in _FIRM_HEADS and named is not None and \
                            named.group(1).split()[0] not in NON_NAME_WORDS and \
                            not looks_like_person(named.group(1).split(), []):
                        # `Ford, the US car company, reported ...`: the name it describes
                        best = (m.start(), named.group(1))
            for m in _made_by_name(h).finditer(self.masked, lo, pos) if lower else ():
                # `A Daily Telegraph poll ... The poll also found`: the poll's maker
                maker = m.group(1)
                if maker.split()[0] in NON_NAME_WORDS or is_nationality(maker) or \
                        maker in _PLACE_ACRONYMS or maker.split()[-1] in MONTHS or \
                        maker.split()[-1] in DAYS:
                    continue
                if best is None or m.start() > best[0]:
                    best = (m.start(), maker)
        if best is None and head in _REPORT_WORDS:
            # `A study revealed that ... . The study, conducted by consultancy Building
            # Zones, found`: the maker named a little later
            for h in _REPORT_WORDS:
                end = min(len(self.masked), pos + 1500)
                if self.masked.find(h, pos, end) < 0:
                    continue  # (the pattern holds the head as written)
                m = _by_author(h).search(self.masked, pos, end)
                author = m.group(1) if m is not None else None
                if author and author.split()[0] not in NON_NAME_WORDS and \
                        not is_nationality(author) and (best is None or m.start() < best[0]):
                    best = (m.start(), author)
        # `The San Francisco-based US Court of Appeals`: the place is no part of the name
        return without_place_descriptor(best[1]) if best else None

    def _uses(self, name: str) -> int:
        """How often the article writes `name` as a word of its own (not `PCs`)."""
        # (as `(?<!\w)name(?!\w)` counted by re.findall, without compiling a pattern per
        # name, which missed the regex cache on most calls)
        text, n, count = self.text, len(name), 0
        if not n:
            return len(re.findall(r"(?<!\w)(?!\w)", text))
        at = text.find(name)
        while at >= 0:
            end = at + n
            if not (at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")) and \
                    not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
                count += 1
                at = text.find(name, end)
            else:
                at = text.find(name, at + 1)
        return count

    def _proper(self, word: str) -> bool:
        """Whether `word` is capitalised inside a sentence somewhere in the article."""
        return re.search(r"[a-z,;] " + re.escape(word) + r"\b", self.masked) is not None

    def sentences(self, pi: int) -> list[tuple[int, int]]:
        got = self._sent_cache.get(pi)
        if got is None:
            s, e = self.paras[pi]
            got = sentences(self.masked, s, e) or [(s, e)]
            self._sent_cache[pi] = got
            self._sent_starts[pi] = [a for a, _ in got]
        return got

    def sentence_of(self, pi: int, pos: int) -> tuple[int, int]:
        sents = self.sentences(pi)
        i = max(0, bisect.bisect_right(self._sent_starts[pi], pos) - 1)
        return sents[i]


class _Run:
    """A capitalised run, possibly several joined (`Association of Chief Police
    Officers`), with the match interface the callers use."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


_CAMPAIGN_VERBS = frozenset("Save Stop Keep Fight Free Ban Scrap Make".split())
_RUN_JOIN = re.compile(r" (?:of|for|&)(?: the)? (?=[A-Z])| and (?=[A-Z])")


def _org_runs(masked: str, s0: int, s1: int) -> list[_Run]:
    """Capitalised runs of masked[s0:s1], those joined by `of`/`for`/`&` (and by `and`
    after one of them: `Department for Education and Skills`) taken as one name."""
    out: list[_Run] = []
    for m in CAP_RUN.finditer(masked, s0, s1):
        if out:
            last = out[-1]
            j = _RUN_JOIN.match(masked, last.end())
            if j is not None and j.end() == m.start() and (
                    not j.group().startswith(" and") or " of " in last.group()
                    or " for " in last.group() or (
                        # `Securities and Exchange Commission`: one body's name
                        m.group().split()[-1] in BODY_HEADS and
                        last.group().split()[-1] not in BODY_HEADS)):
                out[-1] = _Run(last.start(), m.end(), masked[last.start():m.end()])
                continue
            if masked.startswith(" in ", last.end()) and m.start() == last.end() + 4 and \
                    m.group().split()[-1] in IN_NAME_HEADS and " " in last.group() and \
                    last.group().split()[0] not in NON_NAME_WORDS:
                # `Interactive Media in Retail Group`: one body's name (not `Shares in
                # Multiplex Group`)
                out[-1] = _Run(last.start(), m.end(), masked[last.start():m.end()])
                continue
            if last.group() in _CAMPAIGN_VERBS and masked.startswith(" the ", last.end()) \
                    and m.start() == last.end() + 5:
                # `Save the Scottish Regiments`, `Stop the War Coalition`: a campaign
                out[-1] = _Run(last.start(), m.end(), masked[last.start():m.end()])
                continue
        end = m.end()
        num = _RUN_NUMBER.match(masked, end) if m.group().rsplit(" ", 1)[-1] in \
            NUMBERED_NAMES else None
        if num is not None:
            end = num.end()  # `BBC Radio 1`, `Channel 4`: the number ends the name
        out.append(_Run(m.start(), end, masked[m.start():end]))
    return out


def _described_subject(prefix: str) -> bool:
    """`German investment bank Deutsche Bank has ...`: the words before a name at the
    start of a sentence only describe it (a role or kind of organisation)."""
    words = prefix.split()
    if words[:2] in (["Shares", "in"], ["Shares", "of"]):
        words = words[2:]  # `Shares in UK pharmaceutical firm Phytopharm fell`
        if not words:
            return True  # `Shares in Multiplex Group fell`: the firm is the subject
    return _describes(words, prefix, roles=True)


def _kind_named(prefix: str) -> bool:
    """`Rival search engine Yahoo`: the words before a name at the start of a sentence
    say it is an organisation."""
    return _describes(prefix.split(), prefix, roles=False)


def _describes(words: list[str], prefix: str, roles: bool) -> bool:
    """A short phrase (no comma) ending in a kind of organisation, or with `roles` a
    role (`German investment bank`, `Rival search engine`, `Economy minister`)."""
    if not 0 < len(words) <= 4 or "," in prefix:
        return False
    last = words[-1].lower()
    return last in ORG_REFERENCES or last in _KINDS_OF_FIRM or (roles and last in ROLE_NOUNS)


# kinds of body an article usually names once in full (`the commission`, `the committee`)
_ONLY_ONE_HEADS = frozenset("commission committee council authority agency institute executive "
                            "federation association society alliance tribunal".split())
_TOLD = ("told ", "told the ", "to the ", "to ")
# the one told, an example: no organisation that speaks
_NO_SPEAKER_AFTER = ("told ", "told the ", "including ", "including the ", "such as ",
                     "such as the ")
_FIRM_HEADS = frozenset("company firm group airline carrier club team".split())
_KINDS_OF_FIRM = frozenset("""giant giants rival rivals builder housebuilder maker carmaker
    chipmaker manufacturer supplier operator producer developer engine""".split())


_SPACE = re.compile(r"\s*")


def _blank(s: str, a: int, b: int) -> bool:
    """Whether s[a:b] is only white space, without copying it."""
    return a >= b or _SPACE.match(s, a, b).end() >= b


def _word_count(text: str) -> int:
    return len(_WORDS.findall(text))


def extract(text: str, source: str = "-", reported: bool = True) -> list[Quote]:
    """Every attributed quote and claim in `text`, in document order.

    `reported=False` skips reported speech (direct quotes only; for benchmarks).
    """
    if not text or not text.strip():
        return []
    art = _Article(text)
    quotes: list[Quote] = _interview_answers(art, source)
    fragments: list[Span] = []
    prev: Quote | None = None  # the previous direct quote
    prev_span: Span | None = None
    for si, sp in enumerate(art.spans):
        pi = sp.paragraph
        if art.furniture[pi]:
            continue
        ps, pe = art.paras[pi]
        s0, s1 = art.sentence_of(pi, sp.start)
        # The quote's own stretch of sentence: from the previous quote's close (or the
        # sentence start) to its opening mark, and from its close to the next quote.
        lo = s0
        if si > 0 and art.spans[si - 1].paragraph == pi and art.spans[si - 1].end >= s0:
            lo = art.spans[si - 1].end + 1
        before = art.masked[lo:sp.start - 1]
        nxt = _next_start(art.spans, si, s1)
        after_end = min(s1, nxt - 1) if nxt else s1
        content = text[sp.start:sp.end]
        before_bare = not before.strip(" \t\r\n,;\u2014\u2013-(")
        attribution: Attribution | None = None
        direct = False
        if sp.continues and prev is not None and prev_span is not None:
            direct = True
        if before_bare or sp.continues:
            attribution = after_quote(art.masked, sp.end + 1 if sp.closed else sp.end,
                                      after_end)
            direct = direct or attribution is not None or _is_statement(content)
        if not direct:
            attribution = before_quote(art.masked, lo, sp.start - 1)
            direct = attribution is not None and (_word_count(content) >= 2)
        if not direct:
            fragments.append(sp)
            continue
        resolved: Resolved | None = None
        rule = None
        cue = None
        if attribution is not None and attribution.mention is not None:
            resolved = resolve(attribution.mention, art.cast, art.last_group,
                               art.recent_org, content)
            rule = attribution.rule
            cue = attribution.cue
        if resolved is None or resolved.speaker is None:
            ctx = _from_context(art, sp, prev, prev_span)
            if ctx is not None and not _names_speaker(content, ctx[0]):
                resolved, rule, cue = ctx
        if resolved is not None and resolved.speaker_type == "group":
            art.last_group = resolved.speaker
        if rule is None:
            rule = "unattributed"
        conf = CONFIDENCE.get(rule, 0.3)
        if resolved is not None and resolved.is_pronoun and rule in (
                "quote_cue_speaker", "quote_said_speaker", "speaker_cue_quote"):
            rule += "_pronoun"
            conf -= 0.1
        q = Quote(
            text=content, kind="direct", start=sp.start, end=sp.end, paragraph=pi,
            rule=rule, confidence=round(conf, 2), source=source, cue=cue,
        )
        if resolved is not None:
            resolved.apply(q)
        quotes.append(q)
        prev, prev_span = q, sp
    if reported:
        quotes.extend(reported_speech(art, fragments, quotes, source))
    for q in quotes:
        # a later pass may have renamed the speaker (`a report` -> Gartner): the
        # `speakers` list starts with the speaker, as it does when a record is made
        if q.speaker and (not q.speakers or q.speakers[0] != q.speaker):
            q.speakers = [q.speaker] + [x for x in q.speakers[1:] if x != q.speaker]
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def _names_speaker(content: str, resolved: Resolved) -> bool:
    """Whether a quote names the person it would be given to (`"Steven is above money,"`
    is not Steven Gerrard's): nobody speaks of themselves by name."""
    if resolved.speaker_type != "person" or not resolved.speaker:
        return False
    # (a peer's `of Conwy` is no part of what he would call himself)
    words = [w for w in resolved.speaker.split(" of ")[0].split()
             if w not in ("Lord", "Lady", "Baroness", "Baron")] or ["-"]
    # (`..., Kerr said` inside an unclosed quote attributes it: no naming)
    for w in {words[0], words[-1]}:
        if not w[:1].isupper() or w not in content:
            continue  # (the plain test first: a pattern per name would be compiled)
        for m in re.finditer(r"\b" + re.escape(w) + r"\b", content):
            if not (content.endswith(", ", 0, m.start()) and
                    content.startswith((" said", " says", " told", " added"), m.end())):
                return True
    return False


def _next_start(spans: list[Span], index: int, limit: int) -> int:
    """Start of the span after spans[index] when it opens before `limit`, else 0."""
    i = index + 1
    if i < len(spans) and spans[i].start - 1 < limit:
        return spans[i].start
    return 0


def _is_statement(content: str) -> bool:
    """A quote standing as its own sentence is speech, not a scare quote or title."""
    n = _word_count(content)
    return n >= 3 or (n >= 1 and content.rstrip()[-1:] in ".?!,")


def _from_context(art: _Article, sp: Span, prev: Quote | None, prev_span: Span | None):
    """Borrow a speaker from the context when the quote's own sentence names none."""
    pi = sp.paragraph
    ps, pe = art.paras[pi]

    def carry(rule: str):
        return (Resolved(prev.speaker, prev.speaker_type, prev.speaker_title,
                         prev.speaker_description, prev.speaker_mention), rule, prev.cue)

    if sp.continues and prev is not None and prev.speaker:
        return carry("continued_quote")
    if prev is not None and prev.speaker and prev_span is not None and \
            prev_span.paragraph == pi:
        return carry("same_paragraph")
    s0, _ = art.sentence_of(pi, sp.start)
    if s0 > ps and _blank(art.masked, s0, sp.start - 1):
        # `..., says Mr Pearson. “So the gadgets ...”`: the sentence before names them
        p0, p1 = art.sentence_of(pi, s0 - 1)
        att = intro_sentence(art.masked, p0, p1)
        if att is not None and att.mention is not None:
            r = resolve(att.mention, art.cast, art.last_group, art.recent_org)
            if r.speaker:
                return r, "previous_intro", att.cue
    at_para_start = _blank(art.masked, ps, sp.start - 1)
    if at_para_start and pi > 0:
        qs, qe = art.paras[pi - 1]
        last_s, last_e = art.sentence_of(pi - 1, qe - 1)
        if not art.furniture[pi - 1]:
            att = intro_sentence(art.masked, last_s, last_e)
            if att is not None and att.mention is not None:
                r = resolve(att.mention, art.cast, art.last_group, art.recent_org)
                if r.speaker:
                    return r, att.rule, att.cue
        if prev is not None and prev.speaker and prev_span is not None and \
                prev_span.paragraph == pi - 1 and _ends_with_quote(art, prev_span, qe):
            return carry("previous_quote_speaker")
    # the nearest person named earlier in this paragraph
    got = art.cast.last_mention(sp.start)
    if got is not None and got[0] >= ps:  # only a mention in this paragraph
        pos, p = got
        m = CAP_RUN.match(art.text, pos)
        return (Resolved(p.name, "person", p.title, p.description,
                         m.group() if m else p.name), "preceding_mention", None)
    return None


def _ends_with_quote(art: _Article, span: Span, para_end: int) -> bool:
    """Whether the paragraph holding `span` ends with an attributed quote sentence."""
    tail = art.masked[span.end:para_end]
    return len(tail) < 120


def _interview_answers(art: _Article, source: str) -> list[Quote]:
    """Answers of an interview in Q&A form, attributed to the interviewee.

    With two or more `Q:` paragraphs, each `A:` paragraph, and each unlabelled
    paragraph between an answer and the next question, is a direct quote of the
    person the article mentions most. Q&A paragraphs are then left out of the
    other rules (their quote marks are inside the answer).
    """
    text = art.text
    q_paras = [i for i, (s, _e) in enumerate(art.paras) if _Q_LABEL.match(text, s)]
    if len(q_paras) < 2:
        return []
    counts: dict[str, int] = {}
    for p in art.cast._mention_who:
        counts[p.name] = counts.get(p.name, 0) + 1
    who = max(art.cast.persons, key=lambda p: (counts.get(p.name, 0), -p.first_pos),
              default=None)
    last_q = q_paras[-1]
    out = []
    in_answer = False
    for pi, (s, e) in enumerate(art.paras):
        if pi < q_paras[0] or art.furniture[pi]:
            continue
        if _Q_LABEL.match(text, s):
            in_answer = False
            art.furniture[pi] = True
            continue
        m = _A_LABEL.match(text, s)
        if m is not None:
            in_answer = True
            start = m.end()
        elif in_answer and pi < last_q:
            start = s
        elif in_answer and pi == last_q + 1:
            start = s
        else:
            in_answer = False
            continue
        art.furniture[pi] = True
        q = Quote(text=text[start:e], kind="direct", start=start, end=e, paragraph=pi,
                  rule="qa_answer", confidence=CONFIDENCE["qa_answer"], source=source)
        if who is not None:
            q.speaker = who.name
            q.speaker_type = "person"
            q.speaker_title = who.title
            q.speaker_description = who.description
            q.speakers = [who.name]
        out.append(q)
    return out
