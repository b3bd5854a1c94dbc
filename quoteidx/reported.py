"""Reported speech: claims with their speakers (indirect and mixed quotes).

Rules, most precise first, each recorded on the quote it finds:

- `according_to`: `according to X, <clause>` and `<clause>, according to X`;
- `reported_that`: `X said/told Y/warned ... that <clause>`;
- `reported_chain`: `..., saying that <clause>` and `... and that <clause>`;
- `reported_inverted`: `<clause>, X said.` and `<clause>, said X.`;
- `reported_bare`: `X said the plan was late` (the clause must look finite);
- `reported_object_quote`: `X cited the “possibility of ...”`.

A record's text is the reported content only, from after `that` (or the cue) to the
end of the clause. Content holding a quoted fragment is `mixed`. Negated and
hypothetical speech (`did not say`, `refused to say that`, `whether`) is skipped.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re

from quoteidx.fastre import tried_at
from quoteidx.lexicon import (
    BARE_REPORTED_CUES,
    CHAIN_CUES,
    CUE_FORMS,
    GROUP_HEADS,
    NAMED_BODY_HEADS,
    NEWS_AGENCIES,
    NON_NAME_WORDS,
    OBJECT_TAKING_CUES,
    ORG_WORDS,
    REPORTED_CUES,
    ROLE_NOUNS,
    TITLE_TOKENS,
    kind_then_name,
    word_regex,
)
from quoteidx.models import Quote
from quoteidx.names import (
    CAP_RUN,
    HONORIFICS,
    MONTHS,
    NAME_CONNECTORS,
    ROLE_AFTER,
    Mention,
    looks_like_person,
    split_title,
    strip_possessive,
)
from quoteidx.segment import MASK
from quoteidx.speakers import (
    DAYS,
    DETERMINERS,
    NEWSPAPERS,
    ORG_REFERENCES,
    STOP,
    Resolved,
    Tok,
    is_cap,
    is_nationality,
    is_word,
    np_after,
    np_before,
    resolve,
    skip_aux_back,
    subject_list,
    tokenize,
)

# `Labour called the decision "a kick in the teeth"`: a label put on something.
LABEL_CUES = frozenset("called calls calling described describes labelled labeled branded "
                       "dubbed".split())
_CUE_WORDS = REPORTED_CUES | CHAIN_CUES | LABEL_CUES | {"cited", "cites", "cite"}
_CUE_RE = re.compile(r"\b(?:" + word_regex(_CUE_WORDS) + r")\b|\b[Aa]ccording to\b")


def _c_word_hits():
    """quoteidx._tokenize.word_hits, the C finder of _CUE_RE's matches, or None: not built
    (no C compiler), built before it had word_hits, QUOTEIDX_PURE=1 set, or cue words it
    cannot find (word_hits finds runs of word characters; `\\b[Aa]ccording to\\b` is
    found by _cue_hits on top, which needs `according`, `According` and `to` not to be
    cue words themselves)."""
    if os.environ.get("QUOTEIDX_PURE", "") not in ("", "0"):
        return None
    try:
        from quoteidx._tokenize import word_hits
    except ImportError:
        return None
    if not all(re.fullmatch(r"\w+", w) for w in _CUE_WORDS) or \
            _CUE_WORDS & {"according", "According", "to"}:
        return None
    return word_hits


_WORD_HITS = _c_word_hits()
_CUE_LOOKUP = _CUE_WORDS | {"according", "According"}


def _cue_hits(masked: str) -> list[tuple[int, str]]:
    """(start, text) of each match of _CUE_RE in `masked`, in order: in C a maximal run
    of word characters that is a cue word is a match of `\\b(?:cues)\\b`; `according`
    is one of `\\b[Aa]ccording to\\b` when ` to` and a non-word character (or the end)
    follow it."""
    if _WORD_HITS is None:
        return [(m.start(), m.group()) for m in _CUE_RE.finditer(masked)]
    hits = _WORD_HITS(masked, 0, len(masked), _CUE_LOOKUP)
    if "ccording" not in masked:
        return hits
    out = []
    for p, w in hits:
        if w == "according" or w == "According":
            e = p + 12
            if masked.startswith(" to", p + 9) and \
                    (e == len(masked) or not (masked[e].isalnum() or masked[e] == "_")):
                out.append((p, w + " to"))
        else:
            out.append((p, w))
    return out


CONF = {
    "reported_label": 0.7,
    "according_to": 0.85, "reported_that": 0.85, "reported_chain": 0.75,
    "reported_inverted": 0.75, "reported_bare": 0.7, "reported_object_quote": 0.7,
}
NEGATORS = frozenset("not n't never no nor refused refuses refusing declined declines "
                     "declining unwilling reluctant without".split())
_FINITE = frozenset(
    """is was were are be would will had has have could should can may might must did does
    do isn't wasn't weren't aren't won't wouldn't couldn't shouldn't can't didn't doesn't
    don't hadn't hasn't haven't needs needed wanted wants remains remained
    rose fell grew made took saw won lost gave came went kept left met paid sold bought
    brought built began became felt found got held knew led meant put ran said set showed
    spent stood struck thought told understood wrote hit cut beat drew fought hung lay
    rang sank shot shrank slid spoke stole swore swung threw woke wore""".split()
)
_CLAUSE_BAD_START = frozenset(
    """in on at to for with by after before during about of from into as than so yes
    goodbye hello sorry thanks this: that: please if whether
    when where why how what which who whom not and or but""".split()
)
_ADVERBIAL_START = frozenset(
    """in on at during after before since last this yesterday today earlier later also
    again publicly privately repeatedly previously recently once then on in at via through
    afterwards afterward
    over from to under when while""".split()
)
# (`said on Sunday it had ...`, `said in December it would ...`: `on`/`in` only before a
# day or a month, as _TIME_NOUNS must then hold one)
_MONTH_WORDS = """january february march april june july august september october
    november december"""
_TIME_WORDS = frozenset(("""earlier later this last next month week year yesterday today a
    day days weeks months years on in
    tonight recently previously monday tuesday wednesday thursday friday saturday sunday
    morning afternoon evening night """ + _MONTH_WORDS).split())
_MONTH_WORDS_SET = frozenset(_MONTH_WORDS.split())
_TIME_NOUNS = frozenset(("""month week year yesterday today tonight recently previously
    earlier later monday tuesday wednesday thursday friday saturday sunday morning
    afternoon evening night """ + _MONTH_WORDS).split())
_MEDIA_WORDS = frozenset("the of news radio programme program newspaper website show "
                         "channel agency magazine".split())


def _media_word(toks: list[Tok], i: int) -> bool:
    """A word of a medium's name after `told` (`BBC Radio 4's Today programme`); `the`
    only when a name follows (`told the Sunday Times the party would ...`)."""
    low = toks[i].low
    if low == "the":
        return i + 1 < len(toks) and is_cap(toks[i + 1])
    return low in _MEDIA_WORDS


_AUDIENCES = frozenset("""members supporters delegates activists officials reporters
    journalists viewers listeners readers fans voters mps msps peers staff workers
    employees shareholders investors students parents colleagues ministers leaders
    conference audience""".split())
_CLAUSE_VERBS = frozenset("showed shows show found finds find revealed reveals meant means "
                          "proved proves suggests".split())
_OBJECT_CUES = frozenset("told tells tell telling warned warns warning warn assured assures "
                         "assuring reminded reminding informed urged".split())
_OPEN_MARKS = frozenset("\u201c\"\u2018'\u00ab\u201e")
_CLOSE_MARKS = frozenset("\u201d\"\u2019'\u00bb")


# `, and Nationwide reported`, ` while the Tories say`: a second speaker's claim begins
_NEW_ATTRIBUTION = tried_at(
    ", ",
    r",? (?:and|but|while|whereas) (?:the )?(?:[A-Z][\w&’'-]*(?: |$)){1,4}"
    r"(?:has |have |had )?(?:also )?(?:said|says|say|reported|reports|added|adds|claimed|"
    r"claims|claim|"
    r"warned|warns|warn|argued|argues|argue|insisted|insists|insist|believes|believe|told|"
    r"tells|rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes|stressed|"
    r"stresses|emphasised|emphasized|cautioned|noted|notes|countered|counters|"
    r"expressed|expresses|voiced|voices)\b"
    r"|, which (?:the )?(?:[A-Z][\w&’'-]*(?: |$)){1,3}(?:deny|denies|denied|dispute|"
    r"disputes|disputed|reject|rejects|rejected)\b"
    # `..., which she described as an anti-immigration body`: the speaker's label, apart
    r"|, which (?:he|she|they|it) (?:described|describes|called|calls|labelled|labels|"
    r"branded|brands|dubbed|termed)\b"
    # `... as he believes the Blues boss ...`, `- just as he believes it will ...`: a
    # second stance of the speaker's, no part of the claim
    r"|,? (?:as|because|since|just as|and instead|and) (?:he|she|they) (?:also |now |still |"
    r"instead )?(?:believes|believe|thinks|think|feels|feel)\b"
    # `... and some analysts predict that ...`: a group of other people's claim
    r"|,? (?:and|but|while|whereas) (?:some |many |most |other |several )?(?:analysts|"
    r"experts|economists|observers|critics|commentators|industry watchers) (?:have |had )?"
    r"(?:also )?(?:say|said|predict|predicted|believe|believed|expect|expected|argue|argued|"
    r"warn|warned|suggest|suggested|think|thought|fear|feared)\b"
    # `..., as one newspaper claimed`: another's claim the speaker answers
    r"|, as (?:[\w'’-]+ ){1,3}(?:had |has )?(?:claimed|reported|alleged|suggested)\b"
    # `..., but Mr Brown is thought to have £2bn to spare`: the writer's own hearsay
    r"|,? but (?:(?:the )?(?:[A-Z][\w&’'-]* ){1,3}|the [a-z]+ |it )(?:is|are|was|were) "
    r"(?:widely )?(?:thought|believed|understood|expected|said|reported|known) (?:to|that)\b"
    # `..., for which Cairn argues it is not liable`: the speaker's own answer, or
    # another's, to the claim
    r"|, (?:for|of|about|over|on|to|against) which (?:the )?(?:[A-Z][\w&’'-]*(?: |$)){1,3}"
    r"(?:argues|argued|says|said|claims|claimed|insists|insisted|maintains|maintained)\b"
    r"|,? (?:and|but|while|whereas) (?:other |some |many )?(?:others|critics|opponents|MPs|MEPs|"
    r"MSPs|peers|"
    r"supporters|some|many|rivals|analysts|advocates|campaigners|economists|experts|"
    r"officials|ministers|unions|residents|scientists|sceptics|skeptics|observers|"
    r"[a-z]{3,}s) (?:(?:will|may|might|could|now|also|still|often) ){0,2}"
    r"(?:say|said|fear|feared|believe|believed|argue|argued|claim|claimed|warn|warned|"
    r"insist|insisted|counter|countered|suggest|suggested|worry|worried|complain|"
    r"complained|suspect|suspected)\b")


# `<claim>, news agency Associated Press reported.`: another source's attribution ends it
_TRAILING_ATTRIBUTION = re.compile(
    r",\s(?:(?:the\s)?(?:news agency|agency|newspaper|broadcaster)\s)?(?:the\s)?"
    r"(?:[A-Z][\w&'’-]*\s){1,4}(?:reported|reports|said|says)[\s.\u201d\"’']*$")
# `<claim> - a signal which traders took as advice to sell`: the writer's comment on it
_ING_PREPOSITIONS = frozenset("during including regarding concerning following according "
                              "notwithstanding pending".split())
_AUTHOR_ASIDE = tried_at(", ",  # (quoteidx/fastre.py)
                           r" [-\u2013\u2014] (?:a|an|the) (?:[\w-]+ ){0,2}(?:signal|sign|move|"
                           r"view|remark|comment|statement|decision|step|warning|message|"
                           r"claim)s? (?:which|that|he|she|they|it)\b"
                           # `..., a move which should save $360m`, `..., an agreement that
                           # would end ...`: the writer's gloss after a comma
                           r"|, (?:a|an) (?:[\w-]+ ){0,2}(?:move|agreement|deal|decision|step|"
                           r"development|figure|sum|plan) (?:which|that) (?!(?:he|she|they|it) )"
                           r"|, which (?:later )?(?:turned out|proved|has since|have since)\b"
                           # `Argentina fears that A and wants to prevent it by ...`: the
                           # subject's aim, told by the writer
                           r"| and (?:wants|hopes|plans|intends|aims) to\b"
                           # `..., who have been accused by unions of ...`: another's charge
                           r"|, (?:who|which) (?:have|has|had) been (?:accused|criticised|"
                           r"criticized|blamed|condemned|attacked) by\b"
                           # `... its legal structure and, in practice, this rules out ...`:
                           # the writer's inference
                           r"|(?:,| and,?) in practice, (?:this|that|it)\b"
                           # `..., which looks set to receive more serious scrutiny`
                           r"|, which (?:looks|looked|seems|seemed|appears|appeared) (?:set|"
                           r"likely|certain|unlikely) to\b"
                           # `... while BP declined to comment`: another's act
                           r"|,? (?:while|whereas) (?:the )?(?:[A-Z][\w&’'-]*(?: |(?=,))){1,4}"
                           r"(?:, [^,]{1,40}, )?(?:has |have |had )?(?:also )?(?:declined|"
                           r"refused|criticised|criticized|attacked|"
                           r"condemned|welcomed|praised|dismissed|rejected|accused|urged|"
                           r"questioned|offered|promised|pledged|proposed|unveiled)\b"
                           # `... and played down suggestions that ...`: the speaker's next act
                           r"|,? and (?:played down|dismissed|rejected|denied|ruled out) "
                           r"(?:suggestions|reports|claims|speculation|fears|talk|rumours)\b"
                           r"|,? amid (?:reports|claims|speculation|fears|concerns|rumours)\b"
                           # `..., but more power demands tend to mean larger handsets`: the
                           # writer's general remark
                           r"|, but (?:[\w-]+ ){1,4}tends? to\b"
                           # `... the election And they believe ...`: a full stop missing
                           r"|(?<=[a-z]) (?:And|But) (?=(?:he|she|they|it|we) )"
                           # `... - understood to be Mr Taylor's`: the writer's own knowledge
                           r"|(?: [-\u2013\u2014]|,) (?:understood|thought|believed) to be\b"
                           r"|, despite (?:a|the) (?:new )?(?:book|report|reports|claims)\b"
                           r"|, in an interview (?:on|with) [A-Z]"
                           r"|,? at a (?:press|news) conference\b"
                           # `... but designers would not confirm if ...`: others' silence
                           r"|,? but (?:the )?(?:[a-z]+s|it|he|she|they) (?:would|could|did) "
                           r"not (?:confirm|say|comment|reveal|disclose|specify)\b"
                           r"|, without (?:giving|saying|providing|offering|disclosing)\b"
                           r"|, setting the (?:scene|stage)\b"
                           # `..., something Mr Sullivan denies`: another's denial
                           # (`..., something he feels he has been denied`: the writer's)
                           r"|, something (?:that |which )?(?:he|she|they) (?:feels|felt|"
                           r"believes|believed|thinks|thought)\b"
                           r"|, something (?:that |which )?(?:the )?[A-Z][\w'’-]*"
                           r"(?: [A-Z][\w'’-]*)* (?:denies|denied|disputes|disputed|rejects|"
                           r"rejected)\b"
                           # `..., but the move was criticised by some analysts`
                           r"|,? but (?:the|this|that|its) (?:move|decision|plan|step|deal|"
                           r"policy|cut|rise) (?:was|has been|had been) (?:criticised|"
                           r"criticized|condemned|attacked|questioned|welcomed)\b"
                           # `... would not return to Blackpool but did so in 2002`
                           r"|,? but (?:did|has|have|had) so\b"
                           # `... and is due to join Alan Milburn for a poster launch`,
                           # `... and are trying to block ...`: the speaker's doings
                           r"|,? and (?:is|are) (?:keen|anxious|eager|appealing) to\b"
                           # `... to win but is still unhappy with ...`: the speaker's
                           # state, told by the writer; `..., a result which meant ...`
                           r"|,? but (?:is|was|are|were) still\b"
                           # `... off her best form but remained positive after two wins`
                           r"|,? but (?:remained|remains|stayed|stays)\b"
                           r"|, a (?:result|defeat|win|victory|draw|loss) (?:which|that)\b"
                           # `..., which he said the government needed to address`
                           r"|,? which (?:he|she|they|it) (?:said|says)\b"
                           # `... by 1,920 while as many as 300 jobs will be lost at ...`
                           r"|,? while (?:as many as|up to|more than|some|about|around|nearly) "
                           r"[\d£$€]"
                           # `..., a claim denied by the chancellor`
                           r"|, a (?:claim|charge|suggestion|view|figure) (?:denied|rejected|"
                           r"disputed|dismissed) by\b"
                           # `... but on issues like taxation he has so far only ...`
                           r"|,? but on (?:[a-z]+ ){1,4}(?:he|she|they|it) (?:has|have) so far\b"
                           # `..., which caused its shares to lose 18%`, `..., with the
                           # Tories set to campaign ...`, `..., despite backing a law
                           # change`: what followed, or the writer's contrast
                           r"|, which (?:caused|grabbed|prompted|sparked|triggered|sent|"
                           r"wiped|made headlines)\b"
                           r"|, with (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? (?:set|due|"
                           r"expected|poised|likely) to\b"
                           r"|, despite (?:backing|supporting|voting for|having backed|"
                           r"having supported|having voted|opposing|having opposed)\b"
                           r"|,? and (?:is|are) (?:due|scheduled|now trying|trying|"
                           r"campaigning|lobbying|already planning|already preparing) (?:to|on)\b"
                           # `..., with Mr Dixon quoted as saying ...`: another's words
                           r"|, with (?:[A-Z][\w'’-]* ){1,3}(?:quoted as|reported as) "
                           r"(?:saying|telling)\b"
                           # `... - though he acknowledged ...`: the speaker's concession
                           r"|(?: -|,) (?:though|although) (?:he|she|they|it) (?:also )?"
                           r"(?:acknowledged|admitted|conceded|accepted|denied|noted|added|"
                           r"recognised|recognized|warned|stressed|insisted)\b"
                           # `..., following rumours that they were on the verge of
                           # splitting`: the writer's background
                           r"|, following (?:rumours|reports|speculation|claims|suggestions|"
                           r"fears|concerns) (?:that|of)\b"
                           # `..., having earlier criticised the decision`: what the speaker
                           # had done before, told by the writer
                           r"|, having (?:earlier|previously|already) [a-z]+ed\b"
                           r"|, prompting (?:analysts|fears|concerns|speculation|questions)\b"
                           # `..., leading to a row`, `... and confounding economists'
                           # expectations`: the writer's account of what followed
                           r"|, (?:leading to|sparking|triggering|fuelling|fueling)\b"
                           r"|,? (?:and )?(?:confounding|defying|beating|surprising|"
                           r"missing) (?:analysts|economists|market|city|expectations|"
                           r"forecasts)\b"
                           # `..., although others feel ...`: someone else's view
                           r"|, (?:although|though|while|whereas) others\b"
                           # `... as he launched his new party`: the occasion, the writer's
                           r"|,? as (?:he|she|they) (?:launched|unveiled|opened|arrived|"
                           r"visited|addressed|toured|presented|published|outlined|set out|"
                           r"delivered|began|campaigned|met|left)\b")
# `... to pay college - he is planning to study design`: after a lone spaced hyphen, a
# clause of the speaker's own is the writer's news (a pair of them encloses an aside
# inside the claim: `if they confess - and they are the only one - they'll ...`)
_DASH_ASIDE = re.compile(r" - (?:(?:and|but) )?(?:he|she|they|it|we|something (?:he|she|they|"
                         r"the|[A-Z]))\b")
_BELIEF = frozenset("believe think expect imagine suppose".split())
_SUBORDINATORS_CAP = frozenset("Although Though While Whilst If Because Unless".split())
# a time phrase that dates the cue, before the claim's own subject
_TIME_LEAD_CLAIM = re.compile(r"(?:(?:earlier|later) (?:this|last) (?:week|month|year)|outside "
                              r"(?:the )?court|after the (?:hearing|verdict|meeting|match|game|"
                              r"ruling)),? (?=(?:he|she|they|it|the|this|there)\b)")
_CONCESSIVE = re.compile(r"(?:While|Whilst|Although|Though|Whereas) ")
_NO_CLAUSE_OPENING = re.compile(r"(?:while|whilst) [a-z]+ing\b|[a-z]+ed to [a-z]")
_FIRST_WORD = re.compile("[\u201c\"\u2018'\u00ab(]?\\s*([\\w\u2592£$€%-]+)")
_NO_SUBJECT = frozenset("""is was were are would will had has have could should can may might
    must did does do also against""".split())
# (lower case: `Should that happen, ...` is a clause; `warned against disunity ...` is none)
# `..., but added that ...`, `... and insisted his team could ...`, `... but argued: "..."`:
# the same speaker's next claim (or quote) begins; the first claim ends before it
_SAME_SPEAKER_AGAIN = re.compile(
    r",?\s(?:but|and) (?:(?:he|she|they|it) )?(?:(?:also|later|then|twice|again|since|[a-z]+ly|"
    r"yesterday|earlier|"
    r"last week|on (?:Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)) )?(?:has |have |had )?"
    r"(?:(?:also|since|[a-z]+ly) )?"
    r"(?:added|said|stressed|insisted|argued|hinted|warned|claimed|admitted|conceded|"
    r"suggested|noted|predicted|maintained|acknowledged|confirmed|revealed|explained|"
    r"accepted|called for|urged|demanded|appealed|pledged|promised|vowed|accused|"
    r"questioned|welcomed|condemned|praised|recommended|has set up|have set up|"
    r"criticised|criticized|attacked|rejected|dismissed|denied|declined|refused|asked|"
    r"called|labelled|labeled|branded|described|held out|has not ruled out|ruled out|"
    r"argues|insists|adds|says|warns|claims|admits|believes|offered|paid|since paid|apologised|"
    r"believe|argue|insist|fear|"
    r"emphasised|emphasized|"
    r"apologized|resigned|pointed out|ordered|defended)(?: that\b| (?=[a-z]|[A-Z][a-z])|:"
    # (`conceded there were "grey areas" but said "these are ..."`: a quote of its own)
    r"| (?=[\"\u201c]))"
    # `... do not add up and claim it would cut ...`: a plural speaker's next claim (not
    # `and warn people about ...`, a second thing they do)
    r"|,?\s(?:and|but) (?:claim|warn|predict)(?: that\b| (?=(?:it|he|she|they|we|there|the|"
    r"this|these)\b))")
_QUOTE_CLOSED_SAID = re.compile(r"[,.?!][\"\u201d\u2019'] (?:he|she|it|they|[A-Z][\w'’-]+"
                                r"(?: [A-Z][\w'’-]+){0,2}) (?:said|says|added)\b")
_WHILE_IT_SAID = tried_at(", ",
                            r",? while (?:noting|stressing|adding|insisting|warning|acknowledging|"
                            r"admitting|conceding|saying|pointing out)\b"
                            r"|,? while (?:it|he|she|they) (?:also )?(?:expected|expects|believed|"
                            r"believes|said|says|added|adds|warned|warns|predicted|predicts|"
                            r"thought|thinks|admitted|admits|insisted|insists)\b")
# `..., and has identified ...`: after a comma, the speaker's own next act, not the claim
_SPEAKER_ACTS_AGAIN = re.compile(r", (?:and|but) (?:has|had) (?:also |since |now )?[a-z]{3,}ed\b")
_TRAILING_CONJUNCTION = re.compile(r"[\s,]+(?:and|but|or|while|as)[\s,]*$")
# Pieces of text one of which every match of the pattern named holds, so that where none
# occurs the pattern is not tried; keep each in step with its pattern (a word added to
# `(?:but|and)` or `(?:and|but|or|while|as)` above goes here too; the patterns with
# alternatives that change often are always tried). tests/test_reported_prefilter.py
_SAME_SPEAKER_AGAIN_NEEDS = ("and ", "but ")
_TRAILING_CONJUNCTION_WORDS = ("and", "but", "or", "while", "as")


def _holds_any(seg: str, needs: tuple[str, ...]) -> bool:
    for piece in needs:
        if piece in seg:
            return True
    return False


_MAX_CLAIM = 2000  # characters; the longest BBC claim is ≈300


def _end_of_content(art, start: int, end: int) -> int:
    """Where reported content that starts at `start` stops within masked[:end]."""
    if end - start > _MAX_CLAIM:
        # (a sentence of thousands of characters, `said that A, said that B, …`: no claim
        # runs that long, and every pattern below would read the rest of it per claim)
        end = art.masked.rfind(" ", start, start + _MAX_CLAIM)
        end = end if end > start else start + _MAX_CLAIM
    seg = art.masked[start:end]
    cut = len(seg)
    semi = seg.find("; ")
    if semi > 0 and seg.count("(", 0, semi) > seg.count(")", 0, semi):
        seg = seg[:semi] + ", " + seg[semi + 2:]  # `(£175m; $328m)`: inside brackets
    # (tried only where a piece every match of it holds occurs)
    m = _SAME_SPEAKER_AGAIN.search(seg) if _holds_any(seg, _SAME_SPEAKER_AGAIN_NEEDS) \
        else None
    if m is not None and m.start() > 0:
        cut = m.start()  # `..., but added that ...`: a second claim (reported_chain)
    m = _SPEAKER_ACTS_AGAIN.search(seg) if ", and has" in seg or ", and had" in seg or \
        ", but has" in seg or ", but had" in seg else None
    if m is not None and 0 < m.start() < cut:
        cut = m.start()  # `saying that A, and has identified B as ...`: the speaker acts
    m = _WHILE_IT_SAID.search(seg) if "while " in seg else None
    if m is not None and 0 < m.start() < cut:
        cut = m.start()  # `..., while it expected the Bank to ...`: its second claim
    m = _NEW_ATTRIBUTION.search(seg)
    if m is not None and 0 < m.start() < cut:
        cut = m.start()  # `... in January and Nationwide reported a rise ...`
    m = _TRAILING_ATTRIBUTION.search(seg)
    if m is not None and 0 < m.start() < cut:
        cut = m.start()  # `..., news agency Associated Press reported.`
    m = _AUTHOR_ASIDE.search(seg)
    if m is not None and 0 < m.start() < cut:
        cut = m.start()  # `... up to the markets - a signal which traders took as ...`
    m = _DASH_ASIDE.search(seg) if " - " in seg else None
    if m is not None and 0 < m.start() < cut and seg.count(" - ", 0, m.start()) % 2 == 0 \
            and " - " not in seg[m.end():]:
        cut = m.start()
    m = _QUOTE_CLOSED_SAID.search(seg) if "said" in seg or "says" in seg else None
    if m is not None and 0 < m.start() < cut:
        cut = m.start()  # `... revenue," it said in a statement`: a quote's attribution
    # (`..., saying that ...`, `... but that ...` stay inside the claim, as in the gold
    # convention; the chained claim is also a record of its own)
    for stop in (" \u2014 ", " \u2013 ", " -- ", "; ", ", and that ", " and that ",
                 ", according to ", ", he said", ", she said", ", they said", ", and said",
                 " and said:", " and said \u201c", ' and said "', ", he told ", ", she told ",
                 ", they told ", ", adding ", ", adding:", ", prompting ", ", describing it as ",
                 ", describing them as ", ", but did not believe ", ", but does not believe ",
                 ", hoping only ", ", hoping that ", ", citing ", ",\" adding ",
                 ",\u201d adding ",
                 ", but did not think ", ", but does not think "):
        i = seg.find(stop)
        if i > 0 and stop in (", and that ", " and that ") and (
                _DEMONSTRATIVE_THAT.match(seg, i + len(stop)) or
                stop == " and that " and " that " in seg[:i]):
            # `... compulsory and that would lead to ...`: `that` is a pronoun;
            # `... to reassure consumers that A and that B`: B is the inner `that`'s (with
            # a comma, `agreements that had bound Kyiv, and that diplomats had hoped to
            # revive`, the seed's gold ends the claim)
            i = -1
        if stop == ", according to " and i > 0 and \
                seg[:i].rsplit(None, 1)[-1].lower() in ("which", "that", "who", "where"):
            i = -1  # `a Chinese edition which, according to the watchdog, does not ...`
        if 0 < i < cut:
            cut = i + 2 if stop[1] in "\"\u201d" else i  # (after the closing mark)
    out = start + cut
    text = art.text
    j = out
    while j > start and (text[j - 1].isspace() or text[j - 1] == ","):
        j -= 1  # (the conjunction must end where the trailing spaces and commas begin)
    tail = _TRAILING_CONJUNCTION.search(text, start, out) if \
        text.endswith(_TRAILING_CONJUNCTION_WORDS, start, j) else None
    if tail is not None:
        out = tail.start()  # `... over the last ten years and, according to X, ...`
    while out > start and (text[out - 1].isspace() or text[out - 1] in ".,;:-\u2013\u2014"):
        # the sentence's full stop ends the claim, but a stop inside a quoted
        # fragment that ends the sentence (`“becoming inevitable.”`) stays
        if text[out - 1] == "." and out >= 2 and art.masked[out - 1] != ".":
            break
        out -= 1
    return out


def _negated(toks: list[Tok], k: int) -> bool:
    for i in range(max(0, k - 3), k):
        x = toks[i]
        if x.low in NEGATORS and (i == 0 or not x.text[:1].isupper()):
            return True  # (not `North East Says No, said`: a name's word)
    if k >= 1 and toks[k - 1].low == "to":  # `refuse to say that`, `wants to say`
        return True
    if k >= 2 and toks[k - 1].low in ("not", "never"):
        return True
    return False


def reported_speech(art, fragments, direct: list[Quote], source: str) -> list[Quote]:
    """Indirect and mixed quotes of an article."""
    out: list[Quote] = []
    taken = sorted((q.start, q.end) for q in direct)
    direct_spans = list(taken)
    frag_starts = [f.start for f in fragments]

    def overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
        i = bisect.bisect_left(spans, (s, s))
        for j in (i - 1, i):
            if 0 <= j < len(spans) and spans[j][0] < e and s < spans[j][1]:
                return True
        return False

    def has_fragment(s: int, e: int) -> bool:
        i = bisect.bisect_left(frag_starts, s)
        return i < len(frag_starts) and frag_starts[i] < e

    direct_starts = [q.start for q in direct]

    def latest(pos: int, attributed: bool = False) -> Quote | None:
        """The last record (direct or reported) that starts before `pos`; with
        `attributed`, the last whose own sentence names its speaker (not a quote that
        borrows the speaker of the one before)."""
        i = bisect.bisect_left(direct_starts, pos) - 1
        while attributed and i >= 0 and direct[i].rule in _BORROWED:
            i -= 1
        got = direct[i] if i >= 0 else None
        if out and out[-1].start < pos and (got is None or out[-1].start > got.start):
            got = out[-1]
        return got

    def last_spokesperson(pos: int) -> Quote | None:
        """The last record before `pos` whose speaker was written as a spokesperson."""
        best = None
        for q in itertools.chain(direct, out):
            if q.start < pos and q.speaker and q.speaker_mention and \
                    "spokes" in q.speaker_mention.lower() and \
                    (best is None or q.start > best.start):
                best = q
        return best

    def spoke(name: str, pos: int) -> bool:
        """Whether `name` is the speaker of a record that starts before `pos`."""
        return any(q.speaker == name and q.start < pos for q in direct) or \
            any(q.speaker == name and q.start < pos for q in out)

    def emit(mention: Mention | None, rule: str, cue: str | None, s: int, e: int,
             pi: int, speakers: list[str] | None = None, resolved=None) -> Quote | None:
        # skip leading marks of a fragment only when the content is the fragment alone
        # a chained claim lies inside its parent's text; it only must not overlap
        # a direct quote
        if mention is not None and out and \
                _shrink_before(out[-1], mention.pos, pi, taken):
            out.pop()  # (its span is already out of `taken`)
        if e - s < 8 or overlaps(s, e, direct_spans if rule == "reported_chain" else taken) \
                or (s, e) in taken or art.text[e:e + 1] == "?" or \
                art.text[e:e + 1] == ":" and len(art.text[s:e].split()) <= 3:
            return None  # (a question is no claim; nor `she must:` before a list)
        if (mention is not None and s > mention.pos) or rule == "reported_chain":
            lead = _TIME_LEAD_CLAIM.match(art.masked, s, e)
            if lead is not None:
                s = lead.end()  # `and said [earlier this week] he would not apologise`
        if rule == "reported_inverted" and _OPENS_ATTRIBUTED.match(art.masked, s, e):
            return None  # `[Malaysia said A], AFP reported`: Malaysia's claim, relayed
        if mention is not None and s > mention.pos and _verbless(art.masked, s, e):
            return None  # `including, he claims, Tory leader Michael Howard`: no clause
        if _WHO_THEY_SAY.search(art.masked, max(0, s - 30), s) and \
                _THEY_ARE.match(art.masked, s):
            return None  # `whether an individual is who they say they are`: an idiom
        if mention is not None and rule in ("reported_that", "reported_bare") and \
                mention.group and not mention.name and mention.group.split()[-1].lower() in \
                _CITED_SOURCES and _OUTER_SAID.match(art.masked, e):
            # `Opinion polls suggested that ..., he said`: the polls are his evidence;
            # the sentence is his claim (the inverted rule takes it)
            return None
        if mention is not None and s > mention.pos and rule in ("reported_bare", "reported_that"):
            s0 = art.sentence_of(pi, mention.pos)[0]
            if _CONCESSIVE.match(art.masked, s0, mention.pos):
                # `While Mr Seifert has suggested A, the mayor of Frankfurt has raised B`:
                # the claim ends with the subordinate clause
                comma = art.masked.find(", ", s, e)
                while comma > s:
                    after = art.masked[comma + 2:e].split()[:7]
                    if after and (after[0].lower() in _CLAUSE_SUBJECTS or after[0][:1].isupper()) \
                            and any(w in _FINITE for w in after[1:]):
                        e = comma
                        break
                    comma = art.masked.find(", ", comma + 2, e)
        first = _FIRST_WORD.match(art.text, s, e)
        if first is not None and _NO_CLAUSE_OPENING.match(art.text, first.start(1), e):
            return None  # `, he will argue, while suggesting ...`, `said tried to ...`
        if first is not None and first.group(1) in _SUBORDINATORS_CAP and \
                "," not in art.masked[s:e]:
            return None  # `[Although the group had paid a fee], Mr Newton said ...`: half
        if first is None or first.group(1) in _NO_SUBJECT:
            # `..., and, according to Reuters, once told analysts ...`, `: "There ...`:
            # content that starts with a verb or a colon has no clause of its own
            return None
        if resolved is None and mention is not None and mention.pronoun in ("male", "female"):
            prev = latest(mention.pos)
            if prev is not None:
                since = art.sentence_of(prev.paragraph, prev.start)[0]
                resolved = _spokesperson_again(mention, prev, art.cast, since)
        if resolved is None and mention is not None and not mention.name and \
                mention.text.lower().startswith("its "):
            # `<South Korea looks set to ...>, its central bank says`: whose bank
            owner = _owner_of_its(art, mention, s, e, rule)
            maker = _maker_of(art.masked, owner) if owner and \
                mention.text[4:].lower() in _MAKER_NOUNS else None
            if maker:
                # `Its makers claim ...` of Honda's robot Asimo: Honda
                resolved = Resolved(maker, "group", None, None, mention.text)
            elif owner and mention.text[4:].lower() in _OWN_OUTLETS:
                # `according to its website`: the owner's own words
                resolved = Resolved(owner, "group", None, None, mention.text)
            elif owner:
                name = f"{owner}'s {mention.text[4:]}"
                resolved = Resolved(name, "group", None, None, mention.text)
                if mention.text[4:].lower() in _ITS_LEADERS:
                    # `<claim>, its chief has said. / Werner Seifert met ...`: the leader
                    # the next sentence introduces by name
                    named = _named_next(art, e, pi)
                    if named is not None:
                        named.mention = mention.text
                        resolved = named
        if resolved is None and mention is not None and mention.pronoun == "it":
            resolved = _same_source_again(art, mention, latest(mention.pos, attributed=True))
        if resolved is None and mention is not None and mention.group and not mention.name:
            # `<claim>, the company said. <claim>, the company said.`: the same phrase
            # again, a sentence on, is the same speaker
            prev = latest(mention.pos, attributed=True)
            if prev is not None and prev.speaker and prev.speaker_mention and \
                    prev.speaker_mention.lower() == mention.text.lower() and \
                    prev.speaker.lower() != mention.text.lower() and \
                    prev.paragraph == pi and 0 <= mention.pos - prev.end < 400:
                resolved = _resolved_of(prev)
        if resolved is None and mention is not None and mention.pronoun == "plural":
            resolved = _plural_subject_before(art, mention, pi)
        if resolved is None and mention is not None and mention.pronoun in ("male", "female"):
            resolved = _role_subject_before(art, mention, pi, last_spokesperson)
        if resolved is None and mention is not None:
            if mention.pronoun in ("male", "female"):
                mention = _past_fronted_phrase(art, mention, pi)
            # (the claim never names its own speaker: `He said Stiller and Jackson would
            # play ...` is not Jackson's)
            resolved = resolve(mention, art.cast, art.last_group, art.recent_org,
                               art.text[s:e] if mention.pronoun else None)
            if mention.pronoun in ("male", "female") and resolved.speaker:
                resolved = _prefer_last_speaker(art, mention, resolved,
                                                latest(mention.pos, attributed=True), spoke)
                resolved = _subject_over_passing_name(art, mention, resolved)
            if mention.pronoun in ("male", "female"):
                # `A BBC spokeswoman said ... . She said that ...`: the spokeswoman, whom
                # no name stands for, when nobody is named since
                prev = latest(mention.pos, attributed=True)
                spokes = (_UNNAMED_SPOKES_MENTION.match(prev.speaker_mention or "") or
                          # (`Prime Minister Tony Blair's official spokesman said: "…" /
                          # He added`: a person's spokesman, the quote just before)
                          _OWNED_SPOKES.fullmatch(prev.speaker)) \
                    if prev is not None and prev.speaker else None
                if spokes is not None and pi - 1 <= prev.paragraph <= pi and \
                        0 <= mention.pos - prev.end < 250 and \
                        (spokes.group(1).lower() == "woman") == (mention.pronoun == "female") \
                        and not art.cast.mentions_between(prev.end, mention.pos):
                    resolved = _as_pronoun(prev, mention)
        if resolved is not None and mention is not None and (
                mention.text.lower() in ("the mps", "the peers") or
                mention.text.lower() in ("mps", "peers") and
                art.masked[max(0, mention.pos - 4):mention.pos].lower() == "the " or
                (resolved.speaker or "").lower() in _MEMBERS or
                mention.text.lower() in ("a new mps' report", "a new mps’ report",
                                         "an mps' report", "an mps’ report",
                                         "committee members", "the committee members")):
            # `..., the environment select committee said. The MPs said ...`: its members
            prev = latest(mention.pos, attributed=True)
            if prev is not None and prev.speaker and \
                    prev.speaker.lower().endswith("committee") and \
                    0 <= mention.pos - prev.end < 400:
                resolved = _resolved_of(prev)
                resolved.mention = mention.text
            else:
                # (`The influential Commons home affairs committee was responding ... .
                # The MPs also call for ... . They say ...`: the committee named nearby)
                # (`..., say MPs.` in the lede: the committee the story goes on to name)
                committee = _committee_near(art.masked, mention.pos, 1500 if pi <= 1 else 600)
                if committee:
                    resolved = Resolved(committee, "group", None, None, mention.text)
        said_in = mention.text.lower() if mention is not None else ""
        if resolved is not None and said_in in ("a statement", "the statement", "the report",
                                                 "the study", "the survey"):
            # `..., Mr Spitzer's office added. <claim>, a statement said.`: the statement
            # of whoever spoke just before, in the same paragraph (`the report` of the
            # paper that reported just before, or of the report that spoke)
            prev = latest(mention.pos, attributed=True)
            if prev is not None and prev.speaker and prev.paragraph == pi and \
                    0 <= mention.pos - prev.end < 400 and (
                        said_in.endswith("statement") or prev.kind != "direct" and (
                            prev.cue in ("reported", "reports") and
                            _is_publication(prev.speaker) or
                            (prev.speaker_mention or "").lower().endswith(
                                ("report", "study", "survey")))):
                resolved = _resolved_of(prev)
                resolved.mention = mention.text
        if resolved is not None and not resolved.speaker and mention is not None and \
                mention.role:
            # `A US researcher has suggested that ... . Ravi Purushotma believes ...`: a
            # role the next sentence names as it opens
            named = _named_next(art, e, pi)
            if named is not None:
                named.mention = mention.text
                resolved = named
            elif _OWNERS_AGENT.fullmatch(mention.text):
                # `Grokster's lawyer argued`, named nowhere: the lawyer, as written
                several = mention.text.endswith("s")
                resolved = Resolved(mention.text, "group" if several else "person", None,
                                    None, mention.text)
            elif mention.text.lower().startswith(("a ", "an ")):
                # `A senior defence official told the BBC`, named nowhere: the
                # description is all the article gives
                resolved = Resolved(mention.text, "person", None, None, mention.text)
        if resolved is not None and mention is not None and not mention.name and \
                mention.text[:4].lower() == "the " and \
                mention.text.split()[-1].lower() in ORG_REFERENCES and \
                (not resolved.speaker or resolved.speaker.lower() == mention.text.lower()):
            # `..., according to Swiss Re. / The world's second biggest insurer said`,
            # `..., according to the Hollywood Reporter. ... According to the industry
            # newspaper`: a description that found nobody is the source just quoted
            prev = latest(mention.pos, attributed=True)
            if prev is not None and prev.rule == "according_to" and prev.speaker and \
                    prev.speaker[:1].isupper() and 0 <= mention.pos - prev.end < 1500:
                resolved = _resolved_of(prev)
                resolved.mention = mention.text
        if resolved is not None and mention is not None and \
                mention.role in ("mp", "mep", "msp", "am", "mla") and \
                mention.text.lower().startswith(("a ", "an ")) and \
                (not resolved.speaker or resolved.speaker == mention.text):
            # `A Plaid Cymru MP believes ... / ... Plaid Cymru's Elfyn Llwyd has
            # suggested`: the party's member the article goes on to name
            resolved = _member_named_next(art, mention, e, pi) or resolved
        if resolved is not None and resolved.speaker and \
                resolved.speaker_type == "person" and mention is not None and \
                (mention.pronoun or mention.role) and \
                not mention.text.lower().startswith(("his ", "her ", "their ")) and \
                _named_in_claim(art.text[s:e], resolved.speaker):
            # `the prime minister says it is time for Mr Livingstone to say sorry`:
            # nobody names themselves in their own claim, so the antecedent found is
            # wrong; no speaker is better than the wrong one
            resolved = Resolved(None, None, None, None, mention.text, bool(mention.pronoun))
        if resolved is not None and resolved.speaker and \
                resolved.speaker.lower() in _NOBODY_IN_PARTICULAR:
            return None  # `some suggest ...`: nobody a reader could look up
        if resolved is not None and resolved.speaker_type == "group" and resolved.speaker \
                and mention is not None and mention.pronoun == "it":
            author = _work_author(art.masked, resolved.speaker)
            if author:
                # `Brown's Britain, by Robert Peston, says ... . It claims ...`: its author
                resolved = Resolved(author, "person", None, None, mention.text, True)
        if resolved is None or not (resolved.speaker or (mention is not None and mention.role)):
            # a claim nobody can be named for is left out (precision); one by a role
            # the article does not name (`the boss of the carrier`) keeps its mention
            return None
        kind = "mixed" if has_fragment(s, e) else "indirect"
        q = Quote(text=art.text[s:e], kind=kind, start=s, end=e, paragraph=pi, rule=rule,
                  confidence=CONF[rule], source=source, cue=cue)
        resolved.apply(q)
        if resolved.speaker_type == "group" and _can_be_they(resolved.speaker):
            art.last_group = resolved.speaker
        if speakers:
            q.speakers = list(speakers)
        if mention is not None and mention.also:
            for other in mention.also:
                r = resolve(other, art.cast, art.last_group, art.recent_org)
                if r.speaker and r.speaker not in q.speakers:
                    q.speakers.append(r.speaker)
        bisect.insort(taken, (s, e))
        out.append(q)
        return q

    # one pass over the article finds every cue; only sentences holding one are read
    found = _cue_hits(art.masked)
    if not found:
        return out
    cues = [c for c, _ in found]
    for pi, (ps, pe) in enumerate(art.paras):
        if art.furniture[pi]:
            continue
        i = bisect.bisect_left(cues, ps)
        if i >= len(cues) or cues[i] >= pe:
            continue
        for s0, s1 in art.sentences(pi):
            i = bisect.bisect_left(cues, s0)
            if i >= len(cues) or cues[i] >= s1:
                continue
            sent = art.masked[s0:s1]
            if sent.rstrip().endswith("?"):
                continue  # the author's own questions
            # Read the sentence only if one of its cues can report content here: a
            # cue that needs `that` in a sentence without one cannot.
            has_that = " that " in sent
            quoted_start = sent[:1] in _QUOTE_START
            j = i
            while j < len(cues) and cues[j] < s1:
                j += 1
            for c in range(i, j):
                w = found[c][1]
                rel = cues[c] - s0
                always = w.lower() == "according to" or w.startswith(("cit", "call"))
                if not has_that and not always:
                    # `“…,” he said.`, `“…,” said X, head of Y.`, `X told Reuters: “…”`:
                    # the cue attributes a direct quote and reports nothing itself
                    after = sent[rel + len(w):rel + len(w) + 60]
                    if quoted_start and (not after.lstrip() or after.lstrip()[0] in _NO_CONTENT
                                         or _MARK_NEAR_BEFORE.search(sent, 0, rel)):
                        continue
                    colon = after.find(":")
                    if colon >= 0 and after[colon + 1:colon + 3].strip()[:1] in _QUOTE_START \
                            and not _OWN_CLAUSE.search(after, 0, colon):
                        continue  # (not `said he agreed but argued: “…”`)
                tail = sent[rel + len(w):]
                if has_that or w in BARE_REPORTED_CUES or always or len(tail) < 80 or \
                        tail.lstrip()[:1] == ",":
                    # (a cue near the sentence's end or set off by commas may report
                    # the clause before it: `..., the watchdog announced.`)
                    # tokens reach a little past the last cue: the patterns look at
                    # the subject before a cue and the first words after it
                    _sentence(art, pi, s0, s1, emit, min(s1, cues[j - 1] + 160))
                    break
    _name_described_sources(out, direct, art.masked, art.paras)
    return out


_DESCRIBED_HEADS = frozenset("""watchdog regulator body agency commission authority
    organisation organization charity union association council committee institute
    group""".split())
_LINKS = frozenset("of for and & the on".split())
# `<claim>, say reports. / Melbourne's Herald-Sun said ...`: the press, named next by a
# publication only
_PRESS_REPORTS = ("reports", "press reports", "media reports", "newspaper reports")
_PUBLICATION_WORDS = NEWSPAPERS | frozenset("""Journal Post News Tribune Chronicle Gazette
    Record Echo Star Age Australian Globe""".split())
_UNNAMED_SOURCES = frozenset(("a report", "a survey", "a study", "a poll", "research",
                              "a new report", "a new survey", "a new study", "researchers",
                              "scientists", "a new poll", "regulators", "federal regulators",
                              "two reports") + _PRESS_REPORTS)


_WHO_THEY_SAY = re.compile(r"\b(?:who|what) (?:they|he|she|you|we|it) (?:say|says|said|"
                           r"claim|claims|claimed) \Z")
_THEY_ARE = re.compile(r"(?:they|he|she|you|we|it) (?:are|is|am|was|were)\b")
# what a speaker cites (`Opinion polls suggested that ..., he said`) and the outer cue
_CITED_SOURCES = frozenset("polls poll surveys survey figures studies research".split())
_OUTER_SAID = re.compile(r"[\"”]?, (?:he|she|they|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) "
                         r"(?:said|says|added|adds|argued|argues|claimed|claims|insisted)\b")
# `a security firm`, `a US think-tank`: a source the lede leaves unnamed
_UNNAMED_SPOKES = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]|[Tt]he) (?:[A-Z][\w&]* )?"
                             r"spokes(?:man|woman|person)")
_NAMED_SPOKES = re.compile(r"\bspokes(?:man|woman|person),? ((?:[A-Z][a-z]+ ){1,2}"
                           r"[A-Z][\w'’-]+)(?![\w'’-])")
_POLICE_FORCE = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+ ){1,3}Police)\b(?! [A-Z])")
# `security experts`, `data recovery experts`: experts of a trade (the word before)
_TRADE_EXPERTS = re.compile(r"(?:[a-z-]+ )?([a-z-]{4,}) (?:experts|specialists)")
# `a two-year study`, `a new 40-page report`: a report nobody is named for yet
_UNNAMED_REPORT = re.compile(r"an? (?:(?:new|recent|major|latest|influential|independent|annual|"
                             r"official|leading|closely[- ]watched|monthly|quarterly|"
                             r"[\w]+-(?:year|month|week|page|nation)) ){1,2}"
                             r"(?:report|survey|study|poll)")
_UNNAMED_KIND = re.compile(r"[Aa]n? (?:[\w-]+ ){0,3}(?:firm|company|group|organisation|"
                           r"charity|think-tank|consultancy|watchdog|body|bank|agency|lender|"
                           r"retailer|insurer|reinsurer|union)")


# a body's name opening a paragraph, then its verb
_LEAD_BODY = re.compile(r"(?:The )?([A-Z][\w&’'-]*(?: (?:of |for |and |& )?(?:the )?"
                        r"[A-Z][\w&’'-]*){0,6}) (?:(?:has|have|had|will|would|is|was|could|"
                        r"may)\b|[a-z]+(?:ed|s)\b)")
_STAFF_OF = re.compile(r"(?:researchers|analysts|economists|experts|scientists) (?:at|from) "
                       r"(?:the )?([A-Z].*)")


_PAPER_NAMED = re.compile(r"\b((?:[Tt]he )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) "
                          r"(?:newspaper|daily|weekly)\b")


def _is_publication(name: str) -> bool:
    """`the Sunday Telegraph`, `Herald-Sun`, `Reuters`: a newspaper or news agency."""
    return name in NEWS_AGENCIES or any(
        part in _PUBLICATION_WORDS for w in name.split() for part in w.split("-"))


def _body_of(speaker: str | None) -> str:
    """`researchers at BDO Stoy Hayward`: the body they work for (else the speaker)."""
    m = _STAFF_OF.fullmatch(speaker or "")
    if m is None or not all(w[:1].isupper() or w in _LINKS for w in m.group(1).split()):
        return speaker or ""
    return m.group(1)


def _body_named_next(r: Quote, unnamed_kind: bool, masked: str = "") -> str | None:
    """The body a record of the paragraph after the lede names, for the lede's unnamed
    source: a body's own name (`The Chartered Institute of Purchasing and Supply`), the
    employer of `researchers at X`, or, after `a US bank`, any name of several capitalised
    words (`Riggs Bank`; a firm the cast took for a person, `Retail Decisions`, too)."""
    speaker = r.speaker or ""
    words = speaker.split()
    if not (r.speaker_type == "group" or r.speaker_type == "person" and
            speaker == r.speaker_mention and not looks_like_person(words, [])):
        return None
    body = _body_of(speaker)
    if _proper_body(speaker) or body != speaker or \
            unnamed_kind and len(words) > 1 and all(w[:1].isupper() for w in words):
        return body
    if len(words) == 1 and masked and re.search(
            r"\b(?:analysts?|firm|company|consultancy|consultants|researchers?|agency|"
            r"group) " + re.escape(speaker) + r"\b", masked):
        return speaker  # `Market analysts Panlogic predicts ...`: a firm by its trade
    return None


def _proper_body(name: str) -> bool:
    """`The Chartered Institute of Purchasing and Supply`, `CIPS`: a body's own name."""
    words = name.split()
    if len(words) == 1:
        return len(name) >= 3 and name.isupper()
    return all(w[:1].isupper() or w in _LINKS for w in words) and \
        any(w in ORG_WORDS for w in words)
_OFFICIAL_BODIES = frozenset("""Commission Office Authority Agency Committee Council Board
    Service Executive Inspectorate""".split())


_REPORT_SOURCES = frozenset("""the report|a report|the survey|a survey|the study|a study|
    the poll|a poll|research|the research|two reports|a new report|a new survey|a new study|
    the findings""".replace("\n", "").replace("    ", "").split("|"))
# (repetitions bounded: a long run of capitalised words must not make a scan quadratic)
_NAME = (r"((?:[A-Z][\w&’'/-]*)(?: (?:(?:of|for|&|on)(?: the)?|and|the) [A-Z][\w&’'/-]*"
         r"| [A-Z][\w&’'/-]*){0,6})")
# who made a report, as news names it: `a report by the National Audit Office`, `Dimension
# Data, which commissioned the survey`, `a World Bank report`, `Jupiter's survey`
_REPORT_MAKERS = [
    re.compile(r"\b(?:report|survey|study|poll|[Rr]esearch|figures)(?: was| were)?,? (?:by|from|"
               r"for|commissioned by|carried out by|conducted by|published by|compiled by|"
               r"undertaken by|produced by|written by) "
               r"(?:the )?(?:[a-z-]+ ){0,3}" + _NAME),
    # `The survey of consumers in the UK ... was carried out by consultancy group Capgemini`
    re.compile(r"\b[Tt]he (?:report|survey|study|poll|research)\b[^.\n]{0,80}? (?:was|were) "
               r"(?:carried out|conducted|commissioned|compiled|published|produced) by "
               r"(?:the )?(?:[a-z-]+ ){0,3}" + _NAME),
    re.compile(r"\b[Ii]n (?:a|its) (?:new |latest )?(?:report|survey|study), (?:the )?" + _NAME +
               r"(?= (?:says|said|has|found|warns|warned|claims|argues))"),
    # `..., the US Federal Reserve said in its latest Beige Book report`
    re.compile(r"(?:[Tt]he )?" + _NAME + r" (?:has )?(?:said|says|found|finds|warned|warns) in "
               r"(?:its|a) (?:[\w-]+ ){0,3}(?:report|survey|study)\b"),
    re.compile(_NAME + r", which (?:commissioned|carried out|conducted|published|compiled) "
               r"the (?:report|survey|study|poll|research)"),
    re.compile(r"(?<!for )(?<!of )\b(?:[Tt]he|[Aa]n?) " + _NAME +
               r" (?:reports?|surveys?|study|poll)\b"),
    re.compile(_NAME + r"(?:'s|’s) (?:[a-z]+ ){0,2}(?:report|survey|study|poll|research)\b"),
    # (last: the committee or official body the article reports on)
    re.compile(r"\b([Tt]he (?:[A-Z][\w-]* ){1,6}(?:[a-z]+ ){0,2}(?:select )?[Cc]ommittee)\b"),
]


def _report_maker(masked: str) -> str | None:
    """The body the article says made its report or survey, if it names one: the first
    named by the report patterns, else a committee the article reports on."""
    found: list[tuple[int, str]] = []
    for n, pat in enumerate(_REPORT_MAKERS):
        if n == len(_REPORT_MAKERS) - 1 and found:
            break
        for m in pat.finditer(masked):
            name = m.group(1)
            words = name.split()
            if words[0] in ("The", "the"):
                name = "the " + " ".join(words[1:])
                words = words[1:]
            if words[0] in NON_NAME_WORDS or len(words) == 1 and (
                    is_nationality(words[0]) or words[0] in ("US", "UK", "EU", "UN")) or \
                    looks_like_person(words, []):
                continue
            found.append((m.start(), name))
            break
    return min(found)[1] if found else None


_ITS_MAKERS = re.compile(r"(?:[Ii]ts|[Tt]he [\w-]+(?:'s|’s)) (?:designers|makers|developers|"
                         r"creators|manufacturers)")
_THE_FIRMS = re.compile(r"(?:[Tt]he|[Bb]oth) (?:(?:two|three|four) )?(?:firms|companies|"
                        r"groups|carriers|airlines|banks|retailers|papers|newspapers)")
_BODY_ITEM = r"[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,2}"
_BODY_LIST = re.compile(r"(?<![\w’'-])((?:" + _BODY_ITEM + r", ){0,3}" + _BODY_ITEM + r",? and " +
                        _BODY_ITEM + r")(?![\w’'-])")


def _bodies_listed_before(masked: str, pos: int) -> list[str]:
    """The bodies of the last list (`Sony, IBM and Toshiba`) within 1,000 characters
    before `pos`, when every item looks like a body's name; else []."""
    last = None
    for m in _BODY_LIST.finditer(masked, max(0, pos - 1000), pos):
        last = m
    if last is None:
        return []
    items = [x.strip() for x in re.split(r",? and |, ", last.group(1))]
    for item in items:
        words = item.split()
        if _is_publication(item):
            continue  # (`the Sunday Times and Sunday Telegraph`)
        if words[0] in NON_NAME_WORDS or is_nationality(words[0]) or \
                looks_like_person(words, []) or words[-1] in MONTHS or words[-1] in DAYS:
            return []
    return items


_NATIONAL_BODIES = frozenset("authorities officials government ministers police".split())


def _name_described_sources(out: list[Quote], direct: list[Quote], masked: str,
                             paras: list[tuple[int, int]]) -> None:
    """`<claim>, the UK elections watchdog has said. ... The Electoral Commission says
    ...`: news describes a body before naming it; a described source nobody was named
    for before takes the name of the body the next two paragraphs quote."""
    if not out:
        return  # (nothing to name)
    ordered = sorted(direct + out, key=lambda x: x.start)
    before = [q.speaker for q in out]
    # (a headline's scare quote, `'More to do' on adult literacy`, is no lede)
    lede = min((x.paragraph for x in ordered if x.rule != "unattributed"), default=0)
    author: list[str | None] = []
    lede_named: list[str] = []  # whom the lede's `a survey` turned out to be
    for q in out:
        words = (q.speaker or "").split()
        if q.paragraph == lede and q.speaker_mention and \
                _UNNAMED_SPOKES.fullmatch(q.speaker_mention) and q.paragraph + 1 < len(paras):
            # `<claim>, his spokesman has said. / ... Fiction Records spokesman Paul
            # Smernicki said`: the spokesman the next paragraphs name
            named = {m.group(1) for m in _NAMED_SPOKES.finditer(
                masked, paras[q.paragraph + 1][0],
                paras[min(len(paras) - 1, q.paragraph + 2)][1])}
            if len(named) == 1:
                q.speaker = named.pop()
                q.speaker_type = "person"
            continue
        if q.speaker_type == "group" and q.speaker == q.speaker_mention and \
                len(words) == 2 and words[1] in _NATIONAL_BODIES and is_nationality(words[0]):
            # `..., according to Belgian authorities. / Belgian sports minister Claude
            # Eerdekens said that ...`: the one who speaks for them, the first voice of the
            # next paragraph
            named = next((r for r in ordered if r.paragraph == q.paragraph + 1), None)
            if named is not None and named.speaker_type == "person" and named.speaker and \
                    words[0] in (named.speaker_mention or "").split():
                q.speaker, q.speaker_type = named.speaker, "person"
                q.speaker_title = named.speaker_title
                q.speakers = [named.speaker]
                continue
        if q.speaker_type == "group" and q.speaker == q.speaker_mention and \
                q.speaker.lower() in _REPORT_SOURCES and (
                    q.paragraph != lede or q.speaker.lower().startswith("the ")):
            # (in the lede too when the report is one named before: `Research by Nokia
            # shows ... According to the study, ...`)
            # `... the report found. ... The report warns that ...`: the report's maker,
            # wherever the article names it
            if not author:
                author.append(_report_maker(masked))
            if author[0] or lede_named:
                # (`The survey added that ...` after the lede's survey was named)
                q.speaker = author[0] or lede_named[0]
                continue
        if q.speaker_type == "group" and q.speaker == q.speaker_mention and (
                q.speaker.lower() in _UNNAMED_SOURCES or
                _UNNAMED_REPORT.fullmatch(q.speaker.lower()) is not None or
                _UNNAMED_KIND.fullmatch(q.speaker) is not None) and q.paragraph == lede:
            # `<claim>, according to a survey. / The Chartered Institute of Purchasing
            # and Supply said ...`: the lede's unnamed source, named in the paragraph after
            kind = _UNNAMED_KIND.fullmatch(q.speaker) is not None
            if q.speaker.lower() in _PRESS_REPORTS:
                # (the publication's claim must open the next paragraph: one quoted
                # later in it may report something else)
                p0 = paras[q.paragraph + 1][0] if q.paragraph + 1 < len(paras) else -1
                first = masked.find(". ", p0) if p0 >= 0 else -1
                named = next((r.speaker for r in ordered if r.paragraph == q.paragraph + 1
                              and r.start < (first if first >= 0 else r.start + 1)
                              and r.speaker and _is_publication(r.speaker)), None)
                if named is None and p0 >= 0:
                    # `..., according to newspaper reports. / Chief executive Geoff Dixon
                    # was quoted by The Australian newspaper as saying ...`: the one paper
                    # the next paragraph's first sentence names
                    papers = {m.group(1) for m in _PAPER_NAMED.finditer(
                        masked, p0, first if first >= 0 else paras[q.paragraph + 1][1])}
                    if len(papers) == 1:
                        named = papers.pop()
                if named is not None:
                    q.speaker = named
                continue
            named = next((body for r in ordered if r.paragraph == q.paragraph + 1
                          for body in (_body_named_next(r, kind, masked),) if body), None)
            if named is None and q.paragraph + 1 < len(paras):
                # `... , a report says. / The National Audit Office praised ministers`:
                # the body the next paragraph opens with
                lead = _LEAD_BODY.match(masked, paras[q.paragraph + 1][0])
                if lead is not None and _proper_body(lead.group(1)) and \
                        len(lead.group(1).split()) > 1:
                    named = masked[lead.start():lead.end(1)]  # (with its `The`)
            if named is None and (q.speaker.lower() in _REPORT_SOURCES or
                                  _UNNAMED_REPORT.fullmatch(q.speaker.lower())):
                # (`in the Sunday Times poll`, `says Cara Diemont of IT firm Dimension
                # Data, which commissioned the survey`, further on)
                if not author:
                    author.append(_report_maker(masked))
                named = author[0]
            if named is not None:
                q.speaker = named
                if q.speaker_mention.lower() in _REPORT_SOURCES:
                    lede_named.append(named)
            continue
        if q.speaker_type == "group" and q.speaker == q.speaker_mention and \
                (q.speaker or "").lower() in ("police", "the police"):
            # `Police said ...` after `Strathclyde Police`: the one force the article names
            forces = {m.group(1) for m in _POLICE_FORCE.finditer(masked)}
            if len(forces) == 1:
                q.speaker = forces.pop()
            continue
        trade = _TRADE_EXPERTS.fullmatch(q.speaker or "") \
            if q.speaker_type == "group" and q.speaker == q.speaker_mention else None
        if trade is not None:
            # `security experts say ...` ... `security firm MessageLabs`: the one firm of
            # that trade the article names
            firms = {m.group(1) for m in re.finditer(
                r"\b" + re.escape(trade.group(1)) + r" (?:firm|company|consultancy|"
                r"specialist|specialists|group) ((?:[A-Z][\w&'’-]*)(?: [A-Z][\w&'’-]*){0,3})",
                masked)}
            if len(firms) == 1:
                q.speaker = strip_possessive(firms.pop())
            continue
        if q.speaker_type != "group" or q.speaker != q.speaker_mention or \
                len(words) < 2 or words[0].lower() not in ("the", "a", "an") or \
                words[-1].lower() not in _DESCRIBED_HEADS:
            continue
        named = None
        for r in ordered:
            if r.start <= q.end or r.paragraph > q.paragraph + 2:
                continue
            rw = (r.speaker or "").split()
            if r.speaker_type == "group" and len(rw) >= 2 and r.speaker != q.speaker and \
                    all(w[:1].isupper() or w in _LINKS for w in rw) and (
                        rw[-1].lower() == words[-1].lower() or
                        words[-1].lower() in ("watchdog", "regulator", "body") and
                        rw[-1] in _OFFICIAL_BODIES):
                named = r.speaker
                break
        if named is not None:
            q.speaker = named
    for q in out:
        makers = q.speaker_mention is not None and \
            _ITS_MAKERS.fullmatch(q.speaker_mention) is not None
        if q.speaker and (q.speaker == q.speaker_mention or makers) and \
                (makers or _THE_FIRMS.fullmatch(q.speaker) is not None):
            # `Sony, IBM and Toshiba ... unveiled the chip. ..., the firms said`: the
            # bodies the article listed last (`..., its designers have said. / Sony, IBM
            # and Toshiba ...`: in the lede, the list the next paragraph opens with)
            if makers:
                # (the makers of what the story is about: the first list, early on)
                hi = paras[min(len(paras) - 1, lede + 1)][1]
                first_list = _BODY_LIST.search(masked, 0, hi)
                bodies = _bodies_listed_before(masked, first_list.end()) \
                    if first_list is not None else []
            else:
                bodies = _bodies_listed_before(masked, q.start)
            if bodies:
                q.speaker = bodies[0]
                q.speakers = bodies
                q.speaker_type = "group"
        if q.speaker_type == "group" and q.speaker and _WATCHDOG.fullmatch(q.speaker):
            # `..., the UK's financial watchdog has announced. / ... with the Financial
            # Services Authority (FSA)`: the official body the article names by then
            body = _official_body(masked, paras[max(0, q.paragraph - 2)][0], q.start,
                                  paras[min(len(paras) - 1, q.paragraph + 1)][1])
            if body is not None:
                q.speaker = body
    # `<claim>, the elections watchdog has said. ... the Electoral Commission ... / ...,
    # the watchdog says`: a later record given the same description takes the same name
    renamed: dict[str, str] = {}
    for q, old in zip(out, before, strict=True):
        if old and q.speaker and q.speaker != old and old.lower().startswith("the ") and \
                old.rsplit(None, 1)[-1].lower() in _DESCRIBED_HEADS:
            renamed.setdefault(old.lower(), q.speaker)
    if renamed:
        for q, old in zip(out, before, strict=True):
            if old and q.speaker == old and old.lower() in renamed:
                q.speaker = renamed[old.lower()]


def _as_many_as(toks: list[Tok], i: int) -> bool:
    """`said as many as 1,000 fishermen will ...`: a quantity opens the clause."""
    return i + 3 < len(toks) and toks[i].low == "as" and \
        toks[i + 1].low in ("many", "much", "few", "little") and toks[i + 2].low == "as"


_FRONTED_PREPOSITIONS = frozenset("With Without In Under For After Before By On At Despite "
                                  "Unlike Unless Given".split())


_DEMONSTRATIVE_THAT = re.compile(r"(?:would|will|could|might|may|should|is|was|were|are|"
                                 r"has|had|means|meant)\b(?! (?:has|had|have)\b)")
# (`Grokster's lawyer`; `The Iraqi families' lawyer`: a plural owner's)
_OWNERS_AGENT = re.compile(r"(?:[A-Z][\w&-]*(?:'s|’s|'|’)|(?:[Tt]he )?(?:[A-Z][\w&-]* )?"
                           r"[a-z]+s['’]) (?:lawyers?|solicitors?|agents?|"
                           r"spokes(?:man|woman|person)|representatives?|barristers?|"
                           r"attorneys?|publicists?)")
_OWN_OUTLETS = frozenset(("website", "web site", "statement", "annual report", "accounts",
                          "filing", "prospectus"))
_DISCOURSE_MARKERS = frozenset(("by contrast", "in contrast", "in addition", "in fact",
                                "in particular", "in turn", "in short", "in general",
                                "on the other hand", "by the same token", "for example",
                                "for instance", "in other words", "at the same time",
                                "after all", "above all", "by comparison"))


# content that opens with its own attribution: `Malaysia said ...`, `The ministry says ...`
_OPENS_ATTRIBUTED = re.compile(r"(?:The )?(?:[A-Z][\w&’'-]*(?: |$)){1,4}(?<!'s )(?<!’s )"
                               r"(?:said|says|told|reported|reports|claimed|claims)\b")
_WATCHDOG = re.compile(r"[Tt]he (?:[\w'’-]+ ){0,3}(?:watchdog|regulator)")
_OFFICIAL_BODY = re.compile(r"(?<![\w-])((?:[A-Z][\w'’-]+ (?:(?:of|for|on) (?:the )?)?){1,4}"
                            r"(?:Authority|Commission|Office|Board|Agency|Inspectorate|"
                            r"Ombudsman))\b(?: \(([A-Z]{2,6})\))?")


def _official_body(masked: str, lo: int, at: int, hi: int) -> str | None:
    """The official body (`Financial Services Authority (FSA)`, `the Electoral
    Commission`) named last in masked[lo:at], else first in masked[at:hi], without a
    sentence's opening word (`Past Congressional Budget Office (CBO) forecasts`)."""
    m = None
    for m in _OFFICIAL_BODY.finditer(masked, lo, at):  # noqa: B007 - the last one is kept
        pass
    if m is None:
        m = _OFFICIAL_BODY.search(masked, at, hi)
        if m is None:
            return None
    words = m.group(1).split()
    acronym = m.group(2)
    if acronym:
        while words and "".join(w[0] for w in words if w[:1].isupper()) != acronym:
            words = words[1:]
        if not words:
            return acronym
    elif words[0] == "The":
        words = words[1:]
    # (`the Financial Services Authority` as the article writes it, like its other records)
    the = "the " if masked.endswith(("the ", "The "), 0, m.end(1) - len(" ".join(words))) \
        else ""
    return the + " ".join(words)


def _possessive_group(toks: list[Tok], i: int) -> Mention | None:
    """`the UK's leading movie critics`: a group owned by a name, read whole (not `UK`)."""
    a = i + 1 if i < len(toks) and toks[i].low == "the" else i
    b = a
    while b < len(toks) and b - a < 4 and is_cap(toks[b]) and is_word(toks[b]) and \
            not toks[b].low.endswith(("'s", "’s")):
        b += 1
    if b >= len(toks) or not is_cap(toks[b]) or not toks[b].low.endswith(("'s", "’s")):
        return None
    c = b + 1
    while c < len(toks) and c - b <= 4 and is_word(toks[c]) and toks[c].text.islower() and \
            toks[c].low not in STOP:
        if _people_noun(toks[c].low) and toks[c].low.endswith("s"):
            text = " ".join(x.text for x in toks[i:c + 1])
            return Mention(text, group=text, pos=toks[i].start)
        c += 1
    return None


def _sentence(art, pi: int, s0: int, s1: int, emit, tok_end: int) -> None:
    masked = art.masked
    toks = tokenize(masked, s0, min(tok_end, s0 + 3000))
    last: Quote | None = None
    n = len(toks)
    k = 0
    while k < n:
        t = toks[k]
        low = t.low
        if low not in _SENTENCE_TRIGGERS:
            k += 1  # (a word no rule below starts at: see _SENTENCE_TRIGGERS)
            continue
        if k >= 1 and k + 1 < n and t.text[:1].isupper() and toks[k - 1].text[:1].isupper() \
                and toks[k - 1].text[:1].isalpha() and toks[k + 1].text[:1].isupper() and \
                toks[k + 1].text[:1].isalpha():
            k += 1  # `spokesman for North East Says No, said`: a word of a name
            continue
        # according to X, <clause>  /  <clause>, according to X
        if low == "according" and k + 2 < n and toks[k + 1].low == "to":
            m = _possessive_group(toks, k + 2) or np_after(toks, k + 2)
            if m is not None and len(m.name) == 1 and not m.title and \
                    m.name[0] in TITLE_TOKENS and toks[k + 2].low == "the":
                # `according to the Bishop`: a title, as `the Bishop said` reads it
                m = Mention(m.name[0], role=m.name[0].lower(), pos=m.pos)
            if m is not None and m.group and any(w in _REPORTS or w == "statement"
                                                 for w in m.group.lower().split()):
                by = next((i for i in range(k + 3, min(n, k + 8)) if toks[i].low in
                           ("by", "from")), None)
                if by is not None:
                    m = _report_author(toks, by, m)
                elif m.group.lower() in _PRESS_REPORTS and k + 4 < n and \
                        toks[k + 3].low == "in":
                    m = _report_author(toks, k + 3, m, also_in=True)
            if m is not None and (m.name or m.group or m.role or m.pronoun):
                np_end = _np_extent(toks, k + 2)
                if k == 0 or (k == 1 and not is_word(toks[0])):
                    c = _cap_extent(toks, k + 2) if (m.name or m.group) else k + 2
                    if c < n and toks[c].low in _SOURCE_NOUNS:
                        c += 1  # `according to Commission figures unemployment ...`
                    comma = np_end < n and toks[np_end].text == ","
                    if (not comma or np_end - c > 3) and k + 2 < c and c + 3 < n and \
                            (is_word(toks[c]) and not is_cap(toks[c]) or
                             toks[c].text[:1].isdigit()) and \
                            toks[c].low not in _NOT_A_CLAUSE_START and \
                            not any(is_cap(x) for x in toks[c:c + 3]):
                        # `According to Pew Research 44% of searchers use ...`: no comma;
                        # the claim starts where the capitalised name ends
                        s = toks[c].start
                        last = emit(m, "according_to", "according to", s,
                                    _end_of_content(art, s, s1), pi) or last
                    elif comma and not _reports_speech(toks, np_end + 1):
                        c = _after_appositive(toks, np_end + 1)
                        if c < n and m.pos >= toks[c].start:
                            # `According to its Paris lawyer, Emmanuel Gaillard of
                            # Shearman and Sterling, the claim ...`: the name read past
                            # the first comma; the claim starts after the next
                            e2 = next((x for x in range(c, min(n, c + 12))
                                       if toks[x].text == ","), None)
                            if e2 is not None and e2 + 1 < n:
                                c = e2 + 1
                        if c == np_end + 1 and (m.role or m.group and m.group.islower())\
                                and np_end + 2 < n and is_cap(toks[np_end + 1]):
                            # `According to its Paris lawyer, Emmanuel Gaillard of
                            # Shearman and Sterling, the claim ...`: the person named
                            e2 = next((x for x in range(np_end + 2, min(n, np_end + 10))
                                       if toks[x].text == ","), None)
                            b = np_end + 1
                            while b < n and is_cap(toks[b]) and is_word(toks[b]):
                                b += 1
                            name = [x.text for x in toks[np_end + 1:b]]
                            if e2 is not None and 2 <= len(name) <= 3 and m.role and \
                                    looks_like_person(name, []) and \
                                    not _has_verb(toks[np_end + 1:e2]) and \
                                    not any(x.text.isdigit() for x in toks[b:e2 + 2]):
                                m = Mention(" ".join(name), name=name, description=m.text,
                                            pos=toks[np_end + 1].start)
                                c = e2 + 1
                            elif e2 is not None and b == e2 and 1 <= len(name) <= 4 and \
                                    m.group and not looks_like_person(name, []) and \
                                    e2 + 1 < n and not is_cap(toks[e2 + 1]):
                                # `According to technology analysts, TDG Research, there
                                # will be ...`: the firm the description names
                                m = Mention(" ".join(name), group=" ".join(name),
                                            description=m.text, pos=toks[np_end + 1].start)
                                c = e2 + 1
                        s = toks[c].start if c < n else s1
                        last = emit(m, "according_to", "according to", s,
                                    _end_of_content(art, s, s1), pi) or last
                elif k >= 3 and toks[k - 1].text == "," and toks[k - 2].low in ("and", "but") \
                        and np_end + 1 < n and toks[np_end].text == ",":
                    # `<clause> and, according to X, <clause>`: X's claim is the second
                    s = toks[np_end + 1].start
                    last = emit(m, "according_to", "according to", s,
                                _end_of_content(art, s, s1), pi) or last
                elif k >= 2 and toks[k - 1].text == "," and np_end + 2 < n and \
                        toks[np_end].text == "," and toks[np_end + 1].low == "that" and \
                        toks[k - 2].low not in ("that", "which", "who", "whom", "where"):
                    # `there was evidence, according to Gartner, that <claim>`
                    s = toks[np_end + 2].start
                    last = emit(m, "according_to", "according to", s,
                                _end_of_content(art, s, s1), pi) or last
                elif k >= 2 and toks[k - 1].text == "," and (
                        np_end >= n or toks[np_end].text in (".", ",", ";")) and \
                        toks[k - 2].low not in ("that", "which", "who", "whom", "where") and \
                        not (np_end + 1 < n and toks[np_end].text == "," and
                             toks[np_end + 1].low in _CLAUSE_GOES_ON):
                    # (`a site that, according to reports, ...`: inside a relative clause)
                    # `<clause>, according to X.`; with more after X the scope is unclear
                    s = toks[0].start
                    e = toks[k - 1].start
                    if not masked[s:e].startswith(MASK) and \
                            masked[s - 1:s] not in ("\u201c", '"') and _has_verb(toks[:k - 1]):
                        last = emit(m, "according_to", "according to", s, e, pi) or last
            k += 2
            continue
        b = k - 1
        while last is not None and b > k - 4 and b >= 1 and toks[b].low in _THEN_WORDS:
            b -= 1  # `... but on Wednesday said ...`
        if last is not None and low in _AGAIN_CUES and b >= 1 and \
                toks[b].low in ("but", "and") and last.end <= toks[b].start + 2 \
                and last.end > toks[b].start - 4 and k + 2 < n:
            # `X said A and insisted B`: the claim before ended at `and`; B is the same
            # speaker's next claim, with `that` or as a bare clause
            i = k + 2 if toks[k + 1].low == "that" else k + 1
            if i == k + 2 or _bare_clause(toks, i) or (
                    # (`... but said "these are not as big as ..."`: a quote as the object)
                    toks[i].text in _OPEN_MARKS and i + 1 < n and
                    toks[i + 1].text.startswith(MASK)):
                s = toks[i].start
                got = emit(None, "reported_chain", t.text, s, _end_of_content(art, s, s1),
                           pi, last.speakers, resolved=_resolved_of(last))
                last = got or last
                k = i
                continue
        if low in CHAIN_CUES and last is not None and k >= 1 and toks[k - 1].text == "," \
                and k + 1 < n and toks[k + 1].low != "that" and \
                last.start < toks[k].start and last.end > toks[k - 1].start - 4 and \
                _bare_clause(toks, k + 1):
            # `X added it would co-operate, adding it was “committed to ...”`: the same
            # speaker's next claim, without `that`
            s = toks[k + 1].start
            last = emit(None, "reported_chain", t.text, s, _end_of_content(art, s, s1), pi,
                        last.speakers, resolved=_resolved_of(last)) or last
            k += 1
            continue
        if (low in CHAIN_CUES and k >= 1 and toks[k - 1].text == "," or
                # `..., but added that <clause>`: the same speaker's second claim
                low in ("added", "said") and last is not None and k >= 2 and
                toks[k - 1].low in ("but", "and") and (toks[k - 2].text == "," or (
                    k >= 3 and toks[k - 2].text in _CLOSE_MARKS and
                    toks[k - 3].text == ","))) and \
                k + 1 < n and \
                toks[k + 1].low == "that" and k + 2 < n:
            s = toks[k + 2].start
            e = _end_of_content(art, s, s1)
            if last is not None:
                emit(None, "reported_chain", t.text, s, e, pi, last.speakers,
                     resolved=_resolved_of(last))
            else:
                m = _sentence_subject(toks, k)
                if low == "suggesting":
                    m = _suggesting_subject(toks, k, m)
                if m is not None:
                    last = emit(m, "reported_chain", t.text, s, e, pi) or last
            k += 2
            continue
        # `... that A and that B`: B is a second claim, unless A holds a `that` of its
        # own, which the `and that` may coordinate with (a relative clause).
        if low == "that" and last is not None and k >= 1 and toks[k - 1].low == "and" and \
                k + 1 < n and last.end <= toks[k - 1].start + 2 and \
                " that " not in art.masked[last.start:last.end] and \
                toks[k + 1].low not in _FINITE:  # `and that was`: a demonstrative
            s = toks[k + 1].start
            emit(None, "reported_chain", "and that", s, _end_of_content(art, s, s1), pi,
                 last.speakers, resolved=_resolved_of(last))
            k += 1
            continue
        if low in _STANCES and last is not None and k >= 4 and k + 1 < n and \
                toks[k - 1].low in ("was", "were", "is", "are") and \
                toks[k - 2].low in ("it", "he", "she", "they") and \
                toks[k - 3].low == "and" and toks[k - 4].text in ("-", "\u2013", "\u2014") and \
                last.end <= toks[k - 4].start + 2 and last.end > toks[k - 4].start - 4:
            # `X said that A - and it was confident the money would be allocated`: the
            # same speaker's second claim, after the aside that ended the first
            i = k + 2 if toks[k + 1].low == "that" else k + 1
            if i < n and (i == k + 2 or _bare_clause(toks, i)):
                s = toks[i].start
                last = emit(None, "reported_chain", t.text, s, _end_of_content(art, s, s1),
                            pi, last.speakers, resolved=_resolved_of(last)) or last
                k = i
                continue
        if low in LABEL_CUES and k >= 1 and not _negated(toks, k):
            got = _label(art, toks, k, pi, emit)
            if got is not None:
                last = got
            k += 1
            continue
        if low not in CUE_FORMS or _negated(toks, k) or _not_a_report(toks, k):
            k += 1
            continue
        got = _cue(art, toks, k, s0, s1, pi, emit)
        if got is not None:
            last = got
        k += 1


# (`said nothing about ...`, but `said nothing had changed`: a claim)
_WITHHELD_AFTER = frozenset("about on of more to further new else at publicly when . ,".split())
_OPENING_ADVERBS = frozenset("elsewhere meanwhile overall instead still".split())
_ARITHMETIC_CUES = frozenset("added adds claimed claims claiming claim".split())
_AMOUNT_LEAD = frozenset("only just another further nearly almost about around some over "
                         "roughly a more than up to".split())


def _adds_an_amount(toks: list[Tok], i: int) -> bool:
    """Whether toks[i:] is an amount (`1.28p`, `only 146,000 jobs`, `a further £2bn`):
    then `added` is arithmetic, not speech."""
    for x in toks[i:i + 3]:
        if x.text[:1] in "0123456789£$€":
            return True
        if x.low not in _AMOUNT_LEAD:
            return False
    return False


def _work_author(masked: str, work: str) -> str | None:
    """The person the article names as the author of `work` (`Brown's Britain, by
    Robert Peston,`), if it does."""
    at = masked.find(work + ", by ")
    if at < 0:
        return None
    m = CAP_RUN.match(masked, at + len(work) + 5)
    if m is None or not masked.startswith(",", m.end()):
        return None
    parts = split_title(m.group().split())
    if len(parts.name) < 2 or not looks_like_person(parts.name, parts.title):
        return None
    return " ".join(parts.name)


_PAST_THEN_PARTICLE = re.compile(r"[a-z]+ed (?:out|up|off|down|to|at|in|on|for)\b")
_LEADING_WORDS = frozenset("meanwhile however but and yet separately earlier later "
                           "also".split())


def _verb_after_subject(toks: list[Tok], i: int, k: int) -> bool:
    """Whether toks[i:k] is a subject, then a past verb (`Tony Blair welcomed the move`),
    with no other clause's comma or subordinator in it."""
    seen = False
    cue = False
    for a in range(i, k):
        x = toks[a]
        if a > i and toks[a - 1].low in DETERMINERS:
            continue  # (`denied the claims`: a noun)
        if x.text in (",", ";", ":") or x.low in ("who", "which", "that", "when", "if",
                                                   "because", "while", "as"):
            return False
        verb = x.text.islower() and (x.low.endswith("ed") or x.low in _FINITE or
                                     x.low in CUE_FORMS)
        if verb and cue:
            return False  # `X said the agent told him ... and suggested`: a clause
        if x.low in CUE_FORMS and x.text.islower():
            cue = True  # (a cue with an object is fine: `denied the claims and said`)
        seen = seen or verb
    return seen


def _subject_of_relative(toks: list[Tok], j: int) -> tuple[Mention, int] | None:
    """`Dr Gibbons, who was a GP in Blaengwynfi, in the Upper Afan Valley, before
    becoming AM for Aberavon, said ...`: the person before a relative clause that ends
    right before the cue speaks (not a place inside the clause)."""
    if j < 4 or toks[j].text != ",":
        return None
    for w in range(j - 1, max(1, j - 30), -1):
        x = toks[w]
        if x.low in ("who", "whose") and toks[w - 1].text == ",":
            got = np_before(toks, w - 2, 0) if w >= 2 else None
            if got is None or not got[0].name or got[0].pronoun:
                return None
            parts = split_title(got[0].name)
            if not (len(parts.name) >= 2 or got[0].title) or \
                    not looks_like_person(got[0].name, got[0].title):
                return None
            return got
        if not (is_word(x) or x.text in (",", "-", "'s", "’s", "&")):
            return None
    return None


def _author_between_commas(toks: list[Tok], j: int) -> tuple[Mention, int] | None:
    """`Brown's Britain, by Robert Peston, says ...`: a work's author, in apposition
    right before the cue, speaks for the work."""
    if j < 4 or toks[j].text != ",":
        return None
    b = j - 1
    while b > j - 5 and b >= 1 and is_cap(toks[b]) and is_word(toks[b]):
        b -= 1
    if toks[b].low != "by" or b < 2 or toks[b - 1].text != "," or b == j - 1:
        return None
    parts = split_title([x.text for x in toks[b + 1:j]])
    if len(parts.name) < 2 or not looks_like_person(parts.name, parts.title):
        return None
    return Mention(" ".join(x.text for x in toks[b + 1:j]), name=parts.name,
                   title=parts.title, pos=toks[b + 1].start), b + 1


_REPORT_ADJECTIVES = frozenset("""official new independent annual government recent secret
    leaked internal draft separate confidential parliamentary damning critical final""".split())


# (`Labour's said it will ...` is `Labour has said`: a cue, its clause after)
_NOT_AN_ADJECTIVE_AFTER = frozenset("""that it he she they we there this these those the a an
    its his her their to in on at for by of""".split())


def _cue(art, toks: list[Tok], k: int, s0: int, s1: int, pi: int, emit) -> Quote | None:
    """Reported speech around the cue verb toks[k]."""
    n = len(toks)
    t = toks[k]
    low = t.low
    if k + 1 < n and toks[k + 1].low == "that" and toks[0].low == "so" and n > 3 and \
            toks[1].text.islower() and toks[2].low in ("was", "were", "is", "are"):
        return None  # `So embarrassed was he by what he was writing that ...`: a result
    if low in ("demand", "demands") and k >= 1 and toks[k - 1].low.endswith(("'s", "’s")):
        return None  # `Anil's demand that X be thrown out`: a demand, no claim
    if low.endswith("ed") and t.text.islower() and k >= 1 and \
            toks[k - 1].low.endswith(("'s", "’s")) and k + 1 < n and \
            toks[k + 1].text.isalpha() and toks[k + 1].text.islower() and \
            toks[k + 1].low not in _NOT_AN_ADJECTIVE_AFTER:
        return None  # `to plug Labour's claimed financial black hole`: an adjective
    if low == "report" and k >= 2 and toks[k - 2].low in ("a", "an") and \
            toks[k - 1].low in _REPORT_ADJECTIVES:
        return None  # `..., an official report says`: the noun; the cue is `says`
    # subject before the cue
    j = skip_aux_back(toks, k - 1)
    subj = _author_between_commas(toks, j) or _subject_of_relative(toks, j) or \
        (np_before(toks, j, 0) if j >= 0 else None)
    mention, first = (subj if subj else (None, -1))
    if mention is None and k >= 3 and toks[k - 1].low == "and" and low in REPORTED_CUES and \
            toks[k - 2].text not in (",", ";"):
        # `Tony Blair welcomed the move and said it would help`: the sentence's subject
        # did the first thing and says the second
        opening = next((c + 1 for c in range(1, min(4, k)) if toks[c].text == "," and
                        all(x.low in _LEADING_WORDS for x in toks[:c])), 0)
        m = _sentence_subject(toks[opening:], k - opening) if opening < k else None
        if m is not None and m.name and not m.pronoun and toks[opening].low != "the" and (
                len(m.name) >= 2 or m.title) and _verb_after_subject(toks, opening, k - 1):
            mention, first = m, opening
    if mention is not None and not mention.pronoun:
        mention, first = _subject_report_maker(toks, mention, first, k)
    if mention is not None and first == 0 and k >= 2 and toks[k - 1].text == "," and \
            len(mention.name) == 1 and not mention.title and \
            (toks[0].low.endswith("ly") or toks[0].low in _OPENING_ADVERBS) and \
            low in REPORTED_CUES:
        # `Locally, too, say analysts, <claim>`: an adverb opens; the speaker follows
        # the cue, between commas, and the claim comes after
        c = next((i for i in range(k + 2, min(n, k + 9)) if toks[i].text == ","), None)
        if c is not None and c + 1 < n and all(is_word(x) for x in toks[k + 1:c]):
            after = np_after(toks, k + 1)
            if after is not None and (after.group or after.role or after.name):
                s = toks[c + 1].start
                return emit(after, "reported_bare", t.text, s, _end_of_content(art, s, s1),
                            pi)
        return None
    if low in ("agreed", "agree", "agrees") and k + 1 < n and toks[k + 1].low == "to":
        return None  # `have agreed to a new contract that cuts pay`: a deal, no claim
    if low in _ARITHMETIC_CUES and _adds_an_amount(toks, k + 1):
        return None  # `he added 1.28p per litre to petrol duty`, `Yukos is claiming more
        # than $20bn in damages`: no speech
    if k + 2 < n and toks[k + 1].low in ("nothing", "little") and \
            low in ("said", "says", "say") and toks[k + 2].low in _WITHHELD_AFTER:
        return None  # `G20 finance ministers said nothing about ...`: speech withheld
    if CUE_FORMS.get(low) in ("find", "show") and not _finds(mention, toks, k, first):
        return None  # `he found that ...`, `figures showed`: no source's claim
    b = first - 1 if first >= 1 and toks[first - 1].low not in DETERMINERS else first - 2
    if mention is not None and first >= 1 and (
            b >= 0 and toks[b].low in ("where", "whom") or
            any(x.low in ("not", "n't") for x in toks[:first]) and
            any(x.low in _BELIEF for x in toks[:first])):
        # `The seats where the Lib Dems say X are: ...`: a relative clause; `I do not
        # believe that ... the artists will argue that ...`: nobody's claim
        return None
    if mention is not None and first >= 2 and toks[first - 1].low == "to" and \
            not mention.pronoun:
        # `Pakistan's High Commissioner to Britain said`: the phrase before `to` speaks
        # (`A letter sent to Mr X said`, `refused to discuss reports that`: nobody does)
        outer = np_before(toks, first - 2, 0)
        if outer is not None and toks[first - 2].low not in _PARTICIPLE_OR_VERB:
            om, ofirst = outer
            if om.name and (om.name[-1] in TITLE_TOKENS or om.name[-1].lower() in ROLE_NOUNS):
                om = Mention(om.text, role=om.name[-1].lower(), pos=om.pos)  # `High
                # Commissioner`: a title, not a name
            if om.role:
                om.text = " ".join(x.text for x in toks[ofirst:j + 1])
                mention, first = om, ofirst
    between = toks[max(j + 1, 0):k]
    if any(x.low in _MODALS for x in between) or (
            any(x.low in ("will", "'ll") for x in between) and
            any(x.low in _HEDGES for x in between)):
        # `Mr Brown will undoubtedly claim that ...`, `he would say that ...`: speech
        # not made (but `Mr Kennedy will say in a speech that ...`, a speech's preview,
        # reports it)
        return None
    if first >= 2 and toks[first - 1].low == "as" and toks[first - 2].low == "just":
        return None  # `... - just as he believes it will in Britain`: a comparison
    if mention is not None and mention.text.lower().replace("’", "'") in (
            "i", "i'd", "we", "we'd", "you", "you'd", "i'll", "we'll"):
        return None  # `I'd say that ...` (a reader's comment): the writer's own view
    if first >= 1 and (toks[first - 1].low in ("if", "unless", "to") or
                       toks[first - 1].low in _DENIALS or  # `Howard denied Mr Yeo said`
                       # `dismissed reports he told Mr Brown ...`
                       toks[first - 1].low in _DISPUTED and mention.pronoun is not None or
                       # `the Lib Dems backed Tory demands that ...`: a noun, an object
                       toks[first - 1].text.islower() and toks[first - 1].low.endswith("ed")
                       and toks[first - 1].low not in CUE_FORMS and
                       len(mention.text.split()) == 1 and mention.text[:1].isupper() or
                       first >= 2 and toks[first - 1].low == "that" and
                       toks[first - 2].low in _DISPUTED):
        # `if he maintains his form`: hypothetical; `rejects a suggestion that he had
        # told X that ...`, `denied that he said ...`: speech the writer does not report
        return None
    if mention is not None and not mention.pronoun and j >= 2 and \
            _and_before(toks, first, j):
        listed = subject_list(toks, j)
        if listed is not None:
            # several speakers of one claim: the first in `speaker`, all in `speakers`
            mention = listed[0]
            mention.also = listed[1:]
            first = 0
    speakers = None
    if mention is not None and mention.description and \
            mention.description.split()[0].lower() in ("like", "including", "such"):
        speakers = []
    # inverted at the end: `<clause>, X said.` / `<clause>, said X.` (not when the cue has
    # an object of its own: `... one of its scientists, Abdul Qadeer Khan, admitted selling
    # secrets` reports nothing before it)
    gerund_object = k + 1 < n and toks[k + 1].low.endswith("ing") and \
        toks[k + 1].text.islower() and toks[k + 1].low not in _ING_PREPOSITIONS
    # (`<clause>, the Financial Times reported`: `the` stands outside the mention)
    comma = first - 1 if first >= 1 and toks[first - 1].text == "," else \
        first - 2 if first >= 3 and toks[first - 1].low == "the" and \
        toks[first - 2].text == "," else -1
    if mention is not None and comma >= 1 and not _fronted_after_conjunction(toks, comma) and \
            _tail_is_short(toks, k + 1) and low in REPORTED_CUES and not gerund_object and \
            not (toks[k - 1].text == "," and comma >= 1 and toks[comma - 1].low in ROLE_NOUNS
                 and _has_verb(toks[k + 1:])):
        # (not `... but his lawyer, Ruth Adair, told reporters it was absurd`: an
        # appositive name, then its own claim)
        s = toks[0].start
        e = toks[comma].start
        c2 = next((c for c in range(comma - 2, max(0, comma - 6), -1) if toks[c].text == ","),
                  None)
        if c2 is not None and toks[comma - 1].low in ROLE_NOUNS and all(
                is_word(x) and (x.text.islower() or x.text in ("His", "Her", "Their", "The"))
                for x in toks[c2 + 1:comma]):
            e = toks[c2].start  # `<claim>, her lawyer, Perry Wander, said`: the role too
        if not art.masked[s:e].startswith(MASK) and art.masked[s - 1:s] not in ("\u201c", '"') \
                and toks[0].low not in ("asked", "when", "if", "while", "as") and \
                _has_verb(toks[:comma]):
            org = _clause_org(art, s, e, mention)
            owner = CAP_RUN.match(art.masked, s) if (mention.group or "").startswith(
                "its ") else None
            if owner is not None and owner.group().split()[0] not in NON_NAME_WORDS and \
                    art.masked.startswith(" ", owner.end()) and \
                    art.masked[owner.end() + 1:owner.end() + 2].islower():
                # `Sri Lanka faces a $1.3bn bill ..., its central bank said`: the bank of
                # the place the claim opens with
                name = f"{owner.group()}'s {mention.group[4:]}"
                org = Mention(mention.text, group=name, pos=mention.pos)
            if mention.pronoun:
                # `<claim naming Mr Howard>, he argued`: `he` was named before the claim
                mention.pos = s
            return emit(org or mention, "reported_inverted", t.text, s, e, pi)
    if mention is not None and k >= 2 and toks[k - 1].text == "," and not mention.pronoun and \
            not mention.name and k + 2 < n and toks[k + 1].low in ("the", "a", "an") and \
            low in REPORTED_CUES and n - k <= 8 and \
            not any(x.low in _FINITE or x.text in (",", ";", ":") for x in toks[k + 1:]):
        # `<clause>, in particular the UK, France and Spain, said the report.`: the cue
        # right after a comma, its speaker after it ending the sentence; the places
        # before are no subject
        after = np_after(toks, k + 1)
        if after is not None and (after.group or after.role):
            mention = None
    if mention is None and k >= 2 and toks[k - 1].text == "," and _tail_is_short(toks, k + 1):
        m2 = np_after(toks, k + 1)
        if m2 is not None and (m2.name or m2.group or m2.role) and low in REPORTED_CUES:
            s = toks[0].start
            e = toks[k - 1].start
            if not art.masked[s:e].startswith(MASK) and \
                    sum(1 for x in toks[:k - 1] if is_word(x)) >= 3:  # not `By contrast`
                return emit(m2, "reported_inverted", t.text, s, e, pi)
    if mention is None:
        # `X cited the “…”`: a quoted object with no subject found is nobody's
        return None
    if comma >= 3 and k + 2 < n and toks[k + 1].text == "," and \
            toks[k + 2].low in _SUBORDINATE_GOES_ON and low in BARE_REPORTED_CUES and \
            _has_verb(toks[:comma]) and \
            not art.masked[toks[0].start:toks[comma].start].startswith(MASK):
        # `This would be wrong, Mr Cook said, because ...`: the claim is the clause
        # before, and goes on after the attribution
        if mention.pronoun:
            mention.pos = toks[0].start
        return emit(mention, "reported_inverted", t.text, toks[0].start, toks[comma].start,
                    pi)
    if comma >= 0 and k + 2 < n and toks[k + 1].text == "," \
            and low in BARE_REPORTED_CUES and (mention.pronoun or mention.name or (
                mention.group and k + 3 < n and toks[k + 2].low in CHAIN_CUES)):
        # `When it closed, she said, she found herself waking at five`
        if toks[k + 2].low in _NOT_A_CLAUSE_START:
            # `a by-product, he claims, of the Tories ...`: no clause follows; the
            # speaker still counts as mentioned here (for `the chancellor said` next)
            resolve(mention, art.cast, art.last_group, art.recent_org)
            return None
        if (toks[k + 2].low.endswith("ing") and toks[k + 2].low not in CHAIN_CUES and
                toks[k + 2].low not in ("pointing",) or
                toks[k + 2].low in _CONDITIONS) and comma >= 3 and \
                _has_verb(toks[:comma]) and \
                not art.masked[toks[0].start:toks[comma].start].startswith(MASK):
            # `This is the record Mr Blair will have to defend, he said, urging voters to
            # ...`, `He quit the game, he says, because ...`: the claim is the clause
            # before; `he` was named before it
            if mention.pronoun:
                mention.pos = toks[0].start
            return emit(mention, "reported_inverted", t.text, toks[0].start,
                        toks[comma].start, pi)
        s = toks[k + 2].start
        chained = False
        if k + 4 < n and toks[k + 2].low in CHAIN_CUES and toks[k + 3].low == "that":
            s = toks[k + 4].start  # `..., it said, adding that householders ...`
            chained = True
        elif k + 5 < n and toks[k + 2].low == "pointing" and toks[k + 3].low == "out" and \
                toks[k + 4].low == "that":
            s = toks[k + 5].start  # `..., he estimated, pointing out that ...`
            chained = True
        elif k + 3 < n and toks[k + 2].low in ("saying", "adding", "arguing", "insisting",
                                               "warning", "claiming") and \
                comma >= 3 and _bare_clause(toks, k + 3):
            s = toks[k + 3].start  # `Mr Blair has failed ..., he claimed, saying he has ...`
            chained = True
        if chained and comma >= 3 and not art.masked[toks[0].start:toks[comma].start] \
                .startswith(MASK) and _has_verb(toks[:comma]):
            # `<claim>, Mr Baez Silva estimated, pointing out that <claim>`: both his
            before = emit(mention, "reported_inverted", t.text, toks[0].start,
                          toks[comma].start, pi)
            if before is not None:
                emit(None, "reported_chain", toks[k + 2].text, s,
                     _end_of_content(art, s, s1), pi, before.speakers,
                     resolved=_resolved_of(before))
                return before
        e = _end_of_content(art, s, s1)
        fronted_clause = 3 <= comma <= 20 and (
            toks[0].low in _FRONTED_CLAUSE_OPENERS or
            toks[0].low == "every" and toks[1].low == "time") and \
            toks[1].low not in ("asked", "pressed", "questioned")
        if not chained and (fronted_clause or 2 <= comma <= 6 and
                            toks[0].text in _FRONTED_PREPOSITIONS and
                            not _has_verb(toks[:comma])) and \
                " ".join(x.low for x in toks[:comma]) not in _DISCOURSE_MARKERS and \
                not art.masked[toks[0].start:toks[comma].start].startswith(MASK):
            # `With HD, he says, the transition will be seamless`, `Unless game firms were
            # careful, he said, they ...`: the fronted phrase or clause belongs to the
            # claim (without it the claim is another; not `When asked ..., he said`)
            s = toks[0].start
            if mention.pronoun:
                mention.pos = toks[0].start
        return emit(mention, "reported_inverted", t.text, s, e, pi)
    # `X cited the “possibility of ...”`
    if low in ("cited", "cites", "cite") or (low in CUE_FORMS and k + 1 < n and
                                            toks[k + 1].text.startswith(MASK)):
        i = k + 1
        if i < n and toks[i].low in ("the", "a", "an", "his", "her", "its", "their"):
            i += 1
        if i + 1 < n and toks[i].text in _OPEN_MARKS and toks[i + 1].text.startswith(MASK):
            s = toks[i].start
            e = toks[i + 1].end
            if e < len(art.text) and art.text[e] in _CLOSE_MARKS:
                e += 1
                return emit(mention, "reported_object_quote", t.text, s, e, pi)
        if low.startswith("cite"):
            return None
    if low not in REPORTED_CUES:
        return None
    # `... that <clause>` within a few words after the cue. Between the cue and `that`
    # only adverbials may stand (`said on Tuesday that`), or an object of `told`;
    # `announced a plan that ...` is a relative clause, not reported content.
    if _infinitive(toks, k + 1):
        return None  # `vowed to go after any company that ...`: an infinitive, no report
    that_ok = k + 1 < n and (toks[k + 1].low in _ADVERBIAL_START or toks[k + 1].low == "that"
                             or low in _OBJECT_CUES or toks[k + 1].low.endswith("ly")
                             or k + 2 < n and toks[k + 1].low == "all" and
                             toks[k + 2].low == "along")  # `have said all along that`
    i = k
    while i + 1 < (min(n, k + 18) if that_ok else k + 1):
        i += 1
        x = toks[i]
        if x.text == "," and toks[i - 1].low in _DOCUMENTS:
            # `says in a report, Dealing With Change, that ...`: the document's title
            close = next((c for c in range(i + 1, min(n, i + 8)) if toks[c].text == ","),
                         None)
            if close is not None and all(is_cap(y) or y.low in NAME_CONNECTORS or
                                         y.low == "the" for y in toks[i + 1:close]):
                i = close
                continue
        if x.low == "that":
            if i + 1 < n and toks[i + 1].text not in (",", ".", ";"):
                s = toks[i + 1].start
                if i == k + 1 and (toks[i + 1].low in _FINITE or _PAST_THEN_PARTICLE.match(
                        art.masked, toks[i + 1].start) is not None):
                    # `he said that was a misconception`, `said that worked out at £143,000`:
                    # `that` is the subject
                    s = x.start
                if toks[i + 1].text.startswith(MASK):
                    s -= 1  # keep the opening mark of a fragment
                e = _end_of_content(art, s, s1)
                return emit(mention, "reported_that", t.text, s, e, pi, speakers)
            return None
        if x.text in (".", ";", ":", "?", "!") or x.text.startswith(MASK) or \
                x.low in ("whether", "if", "how", "what", "why", "when", "who"):
            break
        if x.low in _FINITE or x.low in _CLAUSE_VERBS or (
                x.low in CUE_FORMS and i > k + 1 and toks[i - 1].low not in _DOC_DETERMINERS):
            break  # `said he was disappointed that ...`: the clause starts at the cue
            # (`says in a report that`: `report` a noun)
        if x.text == "," and low not in ("told", "tells"):
            break
        if i > k + 1 and _infinitive(toks, i):
            break  # `pointed to the dollar's inability to extend that rally`
    # bare: `X said the plan was late`
    if low not in BARE_REPORTED_CUES:
        return None
    i = k + 1
    if low in _OBJECT_CUES and i < n:
        if toks[i].low in ("him", "her", "them", "us", "me", "reporters", "journalists",
                           "mps", "msps", "parliament") and toks[i].text != "US":
            # (`told US TV show 60 Minutes that`: the country, not `us`)
            i += 1
        elif i + 2 < n and toks[i].low in ("his", "her", "their", "its") and \
                is_word(toks[i + 1]) and toks[i + 1].text.islower() and \
                toks[i + 2].low in ("they", "he", "she", "it", "we"):
            i += 2  # `warned his side they must ...`: the object, then the claim
        elif is_cap(toks[i]) and not (is_nationality(toks[i].text) and i + 1 < n and
                                      toks[i + 1].text.islower()):
            # `told BBC Radio 4's Today programme he hoped ...` (but `warned Asian states
            # could ...`: the nationality opens the clause)
            while i < n and is_word(toks[i]) and i - k < 8 and (
                    is_cap(toks[i]) or _media_word(toks, i) or toks[i].text[:1].isdigit()):
                if toks[i].text in HONORIFICS:
                    break
                i += 1
            if i < n and toks[i].low in _AUDIENCES:
                i += 1  # `told Labour members`
        elif toks[i].low == "the" and i + 1 < n and is_cap(toks[i + 1]):
            i += 1
            while i < n and is_word(toks[i]) and i - k < 8 and toks[i].low not in _FINITE:
                if toks[i].text in HONORIFICS:
                    break  # `told the Sunday Times Mr Campbell would ...`
                # (a second `the` opens the clause: `told the Independent the Tories'
                # plans were ...`)
                if is_cap(toks[i]) or (toks[i].low != "the" and _media_word(toks, i)) or \
                        toks[i].text[:1].isdigit():
                    i += 1
                else:
                    break
        elif low.startswith("tell") or low == "told":
            return None  # `told a meeting of the authority it would ...`: object unclear
        if i < n and toks[i].low == "that" and i > k + 1:
            i += 1  # `told the South Wales Evening Post that ...`
    # `said earlier this month it would ...`: the time phrase is not the claim
    t0 = i
    while i < n and i - t0 < 4 and toks[i].low in _TIME_WORDS:
        i += 1
    if i > t0 and (not any(x.low in _TIME_NOUNS for x in toks[t0:i]) or
                   toks[t0].low in _MONTH_WORDS_SET or toks[t0].low in ("on", "in") and
                   toks[t0 + 1].low not in _TIME_NOUNS):
        # `says this would ...`: `this` opens the clause; `believe February is proving`:
        # the month is the clause's subject
        i = t0
    if i > t0 and (i >= n or toks[i].low in ("that", ",")):
        i += 1
    if i >= n or not (is_word(toks[i]) or toks[i].text in ("£", "$", "€")) or \
            toks[i].low in _CLAUSE_BAD_START and not _as_many_as(toks, i) or \
            toks[i].low in _FINITE:
        return None  # `a move ministers say should keep ...`: no clause of its own
    if low in _OBJECT_CUES and any(x.low == "to" for x in toks[k + 1:k + 6]):
        return None  # `told protesters to leave`: an order, not a claim
    if low.startswith("claim") and i + 1 < n and toks[i].low in _POSSESSIVE_DET and (
            any(x.low in _WON_THINGS for x in toks[i + 1:i + 4]) or
            toks[i + 1].low[:1].isdigit()):
        return None  # `Willowfield claimed their first title`: won, not said
    if low in OBJECT_TAKING_CUES and toks[i].low not in _CLAUSE_PRONOUNS and \
            not _short_subject_then_verb(toks, i):
        return None  # `both added tries`, `confirmed the deal`: an object, not a claim
    if low.startswith("conced") and (toks[i].low in ("a", "an", "defeat") or
                                     toks[i].low in _NUMBER_WORDS or toks[i].text.isdigit()):
        return None  # `Ireland conceded a penalty`, `conceded two goals`: the game's
    if toks[i].low == "the" and i + 1 < n and toks[i + 1].low in ("bbc", "newspaper"):
        return None
    ok = False
    for n_, x in enumerate(toks[i:i + 16]):
        if x.low in _FINITE or (n_ >= 1 and x.text.endswith("ed") and x.text.islower()
                                                and len(x.text) > 3):
            ok = True
            break
        if x.text in (".", ";", ":") or x.text.startswith(MASK):
            break
        if x.text == "," and i + n_ + 1 < n and toks[i + n_ + 1].low in _CLAUSE_PRONOUNS:
            break  # `predicts this fall from 2.1%, it said ...`: an object, then a new clause
    if not ok:
        return None
    s = toks[i].start
    return emit(mention, "reported_bare", t.text, s, _end_of_content(art, s, s1), pi,
                speakers)


# direct-quote rules that borrow the speaker of an earlier quote or sentence
_BORROWED = frozenset("same_paragraph continued_quote previous_quote_speaker "
                      "preceding_mention unattributed previous_intro colon_intro "
                      "qa_answer".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
_POSSESSIVE_DET = frozenset("their his her its the a an".split())
_WON_THINGS = frozenset("""first second third fourth maiden title titles victory win wins
    gold silver bronze place seat seats prize crown medal trophy lead award awards honour
    honours cup""".split())
_TAIL_CLAUSES = frozenset("although though but while as because and whereas".split())
_OBJECT_PRONOUNS = frozenset("him her them us me you it reporters journalists".split())
_CLAUSE_PRONOUNS = frozenset("he she it they we i you there this these those".split())
_CLAUSE_SUBJECTS = _CLAUSE_PRONOUNS | {"the", "a", "an", "that"}  # words a new clause opens with
_IRREGULAR_PARTICIPLES = frozenset("thought said told known understood written held "
                                   "felt meant".split())
_STATE_NOUNS = frozenset("""media television tv radio news agency agencies officials
    department government broadcaster broadcasters newspaper newspapers press prosecutors
    secretary senator legislature capital pension pensions schools school owned run
    controlled sector firms companies""".split())
_IMPERSONAL = frozenset("believed thought understood expected reported said known felt "
                        "feared rumoured rumored alleged assumed accepted".split())
_QUOTE_START = frozenset("\u201c\"\u2018'\u00ab\u2592")
_NO_CONTENT = frozenset(".,:;!?\u201c\"\u2018'\u00ab\u2592")
_MARK_NEAR_BEFORE = re.compile("[\u201d\"\u2019'\u00bb][ ,]{0,3}(?:[\\w.’'-]+ ){0,6}$")
_MODALS = frozenset("would could might may should must".split())
_HEDGES = frozenset("undoubtedly probably doubtless surely certainly likely presumably "
                    "no".split())
_PARTICIPLE_OR_VERB = frozenset("sent close discuss talk talking spoke speaking".split())
_NOBODY_IN_PARTICULAR = frozenset("some many others other several few most speculation"
                                  .split())
_DISPUTED = frozenset("""suggestion suggestions allegation allegations accusation accusations
    report reports
    claim claims rumour rumours rumor rumors denied denies deny denying rejected rejects
    dismissed dismisses disputed disputes""".split())
_DENIALS = frozenset("denied denies deny denying rejected rejects disputed disputes".split())
_OWN_CLAUSE = re.compile(r" (?:but|and) [a-z]+ed$")
_BE = frozenset("was were is are been being be".split())


_AGAIN_CUES = frozenset("""added said stressed insisted argued hinted warned claimed admitted
    conceded suggested noted predicted maintained acknowledged confirmed revealed explained
    accepted""".split())


_THEN_WORDS = frozenset("""also later then yesterday earlier last week on monday tuesday
    wednesday thursday friday saturday sunday""".split())

# `..., - and it was confident (that) B`: the speaker's stance, a second claim
_STANCES = frozenset("confident sure certain adamant convinced optimistic hopeful".split())
# every word a branch of _sentence's loop tests toks[k] against first; any other token
# falls through all of them (keep in step with the branches)
_SENTENCE_TRIGGERS = frozenset({"according", "that", "added", "said"}) | _AGAIN_CUES | \
    CHAIN_CUES | LABEL_CUES | frozenset(CUE_FORMS) | _STANCES


_REPORTS = frozenset("report reports study studies survey surveys poll polls research "
                     "analysis review paper".split())


_STOP_BEFORE_REPORT = frozenset("by contrast meanwhile however earlier this month , and but "
                               "while as".split())


def _finds(mention: Mention | None, toks: list[Tok], k: int, first: int) -> bool:
    """Whether a subject of `found`/`showed` makes a claim: a survey, study or report, or
    a body followed by `that` (`Lantern Direct found that`); not a person (`he found that
    he could ...`, `Rooney showed McManaman how`), nor a verdict (`found him guilty`)."""
    if mention is None or mention.pronoun in ("male", "female", "plural") or mention.role:
        return False
    if any(x.low in ("guilty", "innocent", "liable") for x in toks[k + 1:k + 5]):
        return False
    words = (mention.group or mention.text).lower().split()
    if mention.text[:1].islower() and words[0] not in DETERMINERS and \
            not words[0].endswith(("'s", "’s")):
        return False  # `By contrast last year's survey`: a phrase, not its subject
    if 0 <= first and any(x.low in _REPORTS for x in toks[first:min(k, first + 5)]):
        return True  # `A survey by the British Retail Forum found`
    if words and words[-1] in _REPORTS:
        return True
    if mention.name and (looks_like_person(mention.name, mention.title) or
                         len(mention.name) == 1):
        return False
    return bool(mention.group) and k + 1 < len(toks) and toks[k + 1].low == "that" and \
        mention.text[:1].isupper() and words[-1] not in GROUP_HEADS  # (`Police found`)


def _subject_report_maker(toks: list[Tok], mention: Mention, first: int, k: int
                  ) -> tuple[Mention, int]:
    """The maker of a report that is a cue's subject: `A study by Lantern Direct found`
    (the name after `by` is the subject found), `A new study, for insurance firm Lantern
    Direct, found` (the report is): the maker, standing where the report phrase starts."""
    if first >= 2 and toks[first - 1].low == "of":
        # `the quarterly Tankan survey of Japanese manufacturers found`: who was surveyed
        # is not who found it; the survey is the subject
        r = next((x for x in range(first - 2, max(-1, first - 5), -1)
                  if toks[x].low in _REPORTS), None)
        if r is not None:
            start = r
            while start > 0 and is_word(toks[start - 1]) and r - start < 4 and \
                    toks[start - 1].low not in _STOP_BEFORE_REPORT:
                start -= 1
            text = " ".join(x.text for x in toks[start:r + 1])
            return Mention(text, group=text, pos=toks[start].start), start
    f = first - 1 if first >= 1 and toks[first - 1].low == "the" else first
    g = f
    while g >= 3 and f - g < 3 and toks[g - 1].text.islower() and is_word(toks[g - 1]) and \
            toks[g - 1].low not in STOP:
        g -= 1  # `Research by card processor Kalto shows`: the maker's kind, then its name
    if g < f and toks[g - 1].low in ("by", "from", "for"):
        f = g
    if f >= 2 and toks[f - 1].low in ("by", "from", "for"):
        r = next((x for x in range(f - 2, max(-1, f - 5), -1)
                  if toks[x].low in _REPORTS), None)
        if r is not None:
            start = r
            while start > 0 and (toks[start - 1].text.islower() or
                                 toks[start - 1].low in DETERMINERS) and \
                    is_word(toks[start - 1]) and r - start < 3:
                start -= 1  # `A new study`
            if start == 0 or toks[start - 1].text in (",", ";"):
                if not mention.group and not mention.name:
                    return mention, first
                if mention.name and not looks_like_person(mention.name, mention.title):
                    name = " ".join(mention.title + mention.name)
                    mention = Mention(mention.text, group=name, pos=mention.pos)
                return mention, start
    words = (mention.group or "").lower().split()
    if first == 0 and words and words[-1] in _REPORTS and k >= first + 4:
        # `A separate study, for insurance firm Lantern Direct, found`
        end = first + len(mention.text.split())
        if end + 1 < k and toks[end].text == "," and toks[end + 1].low in ("by", "for",
                                                                          "from") and \
                toks[k - 1].text == ",":
            author = _report_author(toks, end + 1, mention) if toks[end + 1].low != "for" \
                else _report_author(toks, end + 1, mention, also_for=True)
            if author is not mention:
                return author, first
    return mention, first


def _report_author(toks: list[Tok], i: int, m: Mention, also_for: bool = False,
                   also_in: bool = False) -> Mention:
    """`a recent report by analysts Screen Digest`: the author, named after the report
    (with `also_for`, `a study for net security firm Preventon`: whom it was made for;
    with `also_in`, `reports in the Hollywood Reporter trade newspaper`: the paper)."""
    if i >= len(toks) or toks[i].low not in (("by", "from", "for") if also_for else
                                            ("by", "from", "in") if also_in else
                                            ("by", "from")):
        return m
    a = i + 1
    while a < len(toks) and toks[a].text.islower() and a - i < 5:
        a += 1  # `the`, `analysts`, `consultancy`, `net security firm`
    b = a
    while b < len(toks) and (is_cap(toks[b]) and is_word(toks[b]) or (
            b > a and toks[b].low in ("of", "for", "and", "&") and b + 1 < len(toks) and
            is_cap(toks[b + 1]))):
        b += 1  # (`the Institute for Fiscal Studies`)
    if b == a:
        return m
    if b + 1 < len(toks) and toks[b].text.islower() and is_word(toks[b]) and \
            is_cap(toks[b + 1]):
        # `a report by UK watchdog Ofcom`: the name after the description
        a = b = b + 1
        while b < len(toks) and is_cap(toks[b]) and is_word(toks[b]):
            b += 1
    words = [x.text for x in toks[a:b]]
    if len(words) >= 2 and words[0].rstrip(".") in HONORIFICS and \
            words[-1].endswith(("'s", "’s")):
        if b < len(toks) and toks[b].low == "office":
            # `a statement from Mr Spitzer's office`: his office's (as for a spokesman)
            name = " ".join(words + [toks[b].text])
            return Mention(name, group=name, pos=toks[a].start)
        words[-1] = strip_possessive(words[-1])
        return Mention(" ".join(words), name=words[1:], title=words[:1], pos=toks[a].start)
    name = " ".join(words)
    return Mention(name, group=name, pos=toks[a].start)


# `It is set, according to analysts, to do for images what CDs did for sound`: the
# clause before the source goes on after it, so it is not the whole claim
_CLAUSE_GOES_ON = frozenset(("to", "that"))
_SOURCE_KINDS = frozenset("""daily magazine website site institute think-tank charity
    newspaper paper broadcaster agency""".split())


def _after_appositive(toks: list[Tok], i: int) -> int:
    """Where content starts at toks[i], past an appositive of the source before it:
    `According to Pat Ferguson, President of AMBO, work will begin` -> `work`."""
    a = i
    if a < len(toks) and toks[a].low in ("which", "who", "whose"):
        # `According to Standard & Poor's, which has upgraded the rating, the rise ...`:
        # a relative clause, then the content
        for c in range(a + 1, min(len(toks), i + 30)):
            if toks[c].text == ",":
                return c + 1 if c + 1 < len(toks) else i
            if not (is_word(toks[c]) or toks[c].text in ("&", "'s", "’s", "-")):
                return i
        return i
    if a < len(toks) and (toks[a].low.endswith(("'s", "’s")) or
                          toks[a].low in ("the", "a", "an")):
        # `According to Il Sole 24 Ore, Italy's business newspaper, the government ...`:
        # a described source, up to a comma after its head noun
        for c in range(a + 1, min(len(toks), a + 7)):
            x = toks[c]
            if x.text == ",":
                head = toks[c - 1].low
                if c + 1 < len(toks) and c - 1 > a and (
                        head in ROLE_NOUNS or head in ORG_REFERENCES or head in _SOURCE_KINDS):
                    return c + 1
                break
            if x.low in _FINITE or not is_word(x):
                break
    if a < len(toks) and toks[a].low in ("the", "a", "an"):
        a += 1
    if a >= len(toks) or not (toks[a].text in TITLE_TOKENS or toks[a].low in ROLE_NOUNS):
        return i
    for c in range(a + 1, min(len(toks), i + 8)):
        x = toks[c]
        if x.text == ",":
            return c + 1 if c + 1 < len(toks) else i
        if x.low in _FINITE or not (is_word(x) or x.text in ("&", "'s", "’s")):
            return i
    return i


def _short_subject_then_verb(toks: list[Tok], i: int) -> bool:
    """toks[i:] is `the club is ready`, `the deal had been signed`: an article and up to
    two plain words, then a finite verb (a clause, where a bare noun phrase would be
    the cue's object)."""
    if i >= len(toks) or toks[i].low not in ("the", "its", "his", "her", "their"):
        return False
    for x in toks[i + 1:i + 4]:
        if x.low in _FINITE:
            return x is not toks[i + 1]
        if not is_word(x) or x.low in STOP or not x.text.islower():
            return False
    return False


def _bare_clause(toks: list[Tok], i: int) -> bool:
    """toks[i:] opens a clause of its own (`his team could still reach the final`): a
    subject word, then a finite verb within a few words, before any punctuation."""
    if i >= len(toks) or not is_word(toks[i]) or toks[i].low in _CLAUSE_BAD_START or \
            toks[i].low in _FINITE or toks[i].low == "to":
        return False
    for x in toks[i + 1:i + 10]:
        if x.low in _FINITE or (x.text.endswith("ed") and x.text.islower() and len(x.text) > 3):
            return True
        if not is_word(x) or x.low == "that":
            return False  # (`telling French media that ...`: an object, then the clause)
    return False


def _infinitive(toks: list[Tok], i: int) -> bool:
    """toks[i] is `to` before a verb (`to go`), not before an object (`to reporters`,
    `to the BBC`)."""
    if i + 1 >= len(toks) or toks[i].low != "to":
        return False
    x = toks[i + 1]
    return not (x.low in DETERMINERS or is_cap(x) or x.low in _AUDIENCES or
                x.low in _OBJECT_PRONOUNS)


def _not_a_report(toks: list[Tok], k: int) -> bool:
    """`It was agreed ...` (passive) and `With polls suggesting ...` (a participle with
    no auxiliary) report nobody's speech."""
    low = toks[k].low
    prev = toks[k - 1].low if k >= 1 else ""
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    if nxt in ("tank", "tanks") or prev in ("a", "an", "the", "this", "its", "their", "his",
                                              "her", "whose"):
        return True  # `think tank`, `the claim`: nouns, not reporting verbs
    if low == "state" and nxt in _STATE_NOUNS:
        return True  # `..., state media report`: an adjective, not `to state`
    if low in ("claim", "claims") and nxt.endswith("ing") and nxt not in ("nothing",
                                                                         "something"):
        return True  # `A US government claim accusing ...`: a noun
    if k >= 2 and toks[k - 2].low in ("what", "how", "whatever", "which"):
        return True  # `what he thinks should be`: a relative, not a report
    if k >= 2 and (prev.endswith("ly") or prev == "also") and toks[k - 2].low in _BE and \
            low in _IMPERSONAL | {"agreed", "decided"}:
        prev = toks[k - 2].low  # `it was widely believed` (not `are particularly worried`)
    if prev in _BE and (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES):
        return True  # `it is thought that`, `it was agreed`
    if low.endswith("ing") and prev not in _BE and prev not in ("keep", "keeps", "kept"):
        return True
    return False


def _can_be_they(group: str) -> bool:
    """Whether `they` may later mean `group`: not `a report` or `the survey`."""
    words = group.lower().split()
    return not (words[0] in ("a", "an") or words[-1] in _REPORTS)


def _verbless(masked: str, s: int, e: int) -> bool:
    """A short stretch with no verb in it (`the Lord Chancellor`): a phrase, no claim."""
    words = masked[s:e].split()
    if len(words) > 5 or any(MASK in w for w in words):
        return False
    return not any(w.lower().strip(",.") in _FINITE or w.endswith(("ed", "es", "s")) and
                   not w.endswith(("'s", "’s")) or  # (`the prince's apology`: no verb)
                   w.endswith("n't") for w in words)


def _has_verb(toks: list[Tok]) -> bool:
    """Whether a stretch of tokens holds a finite verb (a claim, not `Before July`)."""
    return any(x.low in _FINITE or x.text in _PRESENT_VERBS or (
        x.text.endswith(("ed", "es")) and x.text.islower() and len(x.text) > 3) for x in toks)


# plural present-tense verbs a clause's subject may take (`Options include ...`)
_PRESENT_VERBS = frozenset("""include remain expect show suggest need face mean seem look
    continue appear plan want hope believe stand lie range total account fear say think
    know exist""".split())


# `<claim>, he argued, if countries meet ...`: a condition or reason of the claim before
_CONDITIONS = frozenset("because if unless provided".split())


def _tail_is_short(toks: list[Tok], i: int) -> bool:
    """The cue ends the sentence but for a few words (`he told MSPs.`), perhaps with an
    appositive (`said Mark Mulligan, a music analyst with Jupiter Research.`) or a clause
    of its own after a comma (`Mr Mendis told reporters, although he would not say`)."""
    rest = [x for x in toks[i:] if x.text not in (".", "!")]

    def plain(part: list[Tok]) -> bool:
        return not any(x.low == "that" or x.text in (",", ":", ";") or
                       x.text.startswith(MASK) for x in part)

    if len(rest) <= 5 and plain(rest):
        return True
    c = next((n for n, x in enumerate(rest) if x.text == ","), -1)
    if c < 1 or c > 6 or not plain(rest[:c]) or c + 1 >= len(rest):
        return False
    if not all(is_cap(x) or x.low in DETERMINERS or x.low in _AUDIENCES or
               x.low in _MEDIA_WORDS or x.text[:1].isdigit() for x in rest[:c]):
        return False  # `Souness said tried to re-sign him, but ...`: no name or audience
    after = rest[c + 1:]
    if after[0].low in _TAIL_CLAUSES:
        return True  # the claim is before the cue; what follows is another clause
    return len(after) <= 14 and (after[0].low in ("a", "an", "the") or is_cap(after[0])) \
        and plain(after) and not any(x.low in CUE_FORMS for x in after)


_SOURCE_NOUNS = frozenset("report reports figures data estimates research study survey "
                          "statistics analysis poll polls".split())
_NOT_A_CLAUSE_START = frozenset("from of at in on for with who which whose and or to by as "
                                "but than".split())


def _reports_speech(toks: list[Tok], i: int) -> bool:
    """`According to the FT, chief operating officer Peter Chernin said that ...`: the
    clause after the source is itself someone's reported speech, which the cue's own
    rule records with its speaker."""
    for x in range(i, min(len(toks) - 1, i + 10)):
        if toks[x].low in REPORTED_CUES and toks[x + 1].low == "that":
            return True
        if toks[x].text in (",", ";", ".") or toks[x].text.startswith(MASK):
            return False
    return False


def _cap_extent(toks: list[Tok], i: int) -> int:
    """Index just past the capitalised name starting at toks[i] (after `the`); `i`
    when no capitalised word starts there."""
    n = len(toks)
    start = i
    if i < n and toks[i].low == "the":
        i += 1
    if i >= n or not is_cap(toks[i]):
        return start
    while i < n and is_word(toks[i]) and (is_cap(toks[i]) or (
            toks[i].low in ("of", "for", "and", "on") and i + 1 < n and is_cap(toks[i + 1]))):
        i += 1
    return i


def _np_extent(toks: list[Tok], i: int) -> int:
    j = i
    while j < len(toks) and toks[j].text not in (",", ".", ";", ":") and j - i < 12:
        j += 1
    return j


def _sentence_subject(toks: list[Tok], k: int) -> Mention | None:
    """The subject at the start of a sentence (`Ukrainian President Volodymyr Zelensky
    gave an address ..., saying that`), for a chained claim with no cue before it; after
    `but`, the subject of that clause (`X was fined, but the country's Court of Appeal
    cleared him, saying that`)."""
    b = next((x for x in range(k - 2, 0, -1) if toks[x].low == "but" and
              toks[x - 1].text == ","), None)
    if b is not None:
        i = b + 1
        if i < k and toks[i].low in ("the", "its", "their"):
            i += 1
        if i < k and toks[i].text.islower() and toks[i].low.endswith(("'s", "’s")):
            i += 1  # `the country's`
        if i < k and is_cap(toks[i]) and is_word(toks[i]):
            m = np_after(toks, i)
            if m is not None and (m.group or m.name) and \
                    not (m.name and all(w in NON_NAME_WORDS for w in m.name)):
                return m
    for i in range(0, min(k, 8)):
        if is_cap(toks[i]) and is_word(toks[i]):
            m = np_after(toks, i)
            if m is None or not (m.name or m.group or m.role):
                return None
            if m.name and all(w in NON_NAME_WORDS for w in m.name):
                return None
            if m.name and len(m.name) == 1 and i + 1 < len(toks) and \
                    toks[i + 1].text.islower() and (toks[i + 1].low in GROUP_HEADS or (
                        # `Budget airlines have criticised`: a plural noun, then a verb
                        toks[i + 1].low.endswith("s") and len(toks[i + 1].low) > 3 and
                        toks[i + 1].low not in _FINITE and i + 2 < len(toks) and
                        toks[i + 2].low in _FINITE)):
                # `Market analysts are inclined to agree, arguing that`: a group
                group = toks[i].text + " " + toks[i + 1].text
                return Mention(group, group=group, pos=toks[i].start)
            return m
    return None


def _suggesting_subject(toks: list[Tok], k: int, subject: Mention | None) -> Mention | None:
    """Who suggests, in `<clause>, suggesting that`: the maker of a report the clause
    names (`a new report was published by the Institute of Fiscal Studies, suggesting`);
    nobody when the subject only modifies a thing (`Indonesian stock markets reached
    record highs, suggesting`: the writer's inference) or owns it (`Labour's focus`)."""
    for r in range(k - 1, -1, -1):
        if toks[r].low in _REPORTS and toks[r].text.islower():
            by = next((i for i in range(r + 1, min(k, r + 5)) if toks[i].low in ("by", "from")),
                      None)
            if by is not None:
                made = _report_author(toks, by, Mention(toks[r].text, group=toks[r].text,
                                                        pos=toks[r].start))
                if made.group != toks[r].text:
                    return made
            break
    if subject is None:
        return None
    if subject.name and not is_nationality(subject.name[-1]):
        return subject
    words = (subject.group or subject.text).split()
    at = next((i for i, x in enumerate(toks[:k]) if x.start >= subject.pos), None)
    end = at + len(subject.text.split()) - 1 if at is not None else -1
    if is_nationality(words[-1]) or 0 <= end < k and toks[end].text.endswith(("'s", "’s")):
        return None
    return subject


def _resolved_of(q: Quote) -> Resolved:
    """The speaker of an earlier claim, to give a chained claim the same one."""
    return Resolved(q.speaker, q.speaker_type, q.speaker_title, q.speaker_description,
                    q.speaker_mention or "")


_OWNED_SPOKES = re.compile(r".+['’]s? (?:official |chief )?spokes(man|woman)")
_UNNAMED_SPOKES_MENTION = re.compile(r"(?i:an?|the) (?:[\w&’'-]+ ){0,3}spokes(man|woman)\b")


def _prefer_last_speaker(art, mention: Mention, resolved: Resolved, prev: Quote | None,
                         spoke=None) -> Resolved:
    """`Prof Joni Lovenduski, who did the study with Margaret Moran MP, said ... But she
    said ...`: a person named only inside the last speaker's own attribution sentence is
    not whom `she` means; the last speaker (of the same gender) is. So with `Lord Holme
    argued ... . ... watch Bush debate John Kerry. He said ...`: someone named since the
    last speaker spoke, who has said nothing, is not whom `he` means."""
    if prev is None or not prev.speaker or prev.speaker == resolved.speaker or \
            prev.speaker_type != "person" or mention.pos - prev.end > 400:
        return resolved
    last = art.cast.named(prev.speaker, mention.pos)
    picked = art.cast.named(resolved.speaker, mention.pos)
    if last is None or picked is None or last.gender not in (mention.pronoun, None):
        return resolved
    if spoke is not None and not spoke(picked.name, mention.pos) and (
            art.paragraph_of(prev.start) == art.paragraph_of(mention.pos) or
            _opens_a_sentence_since(art, last, prev.end, mention.pos)):
        # (`Lord Holme's proposal ... comes months after ... John Kerry. He said`: the
        # last speaker named again as a sentence opens, in a new paragraph)
        at = art.cast.last_mention_of(picked, mention.pos)
        if at is not None and at > prev.end and _in_object_position(art, at) and \
                not _introduced(art, at):
            return _as_pronoun(prev, mention)
    # the stretch of the last speaker's own attribution: from the start of its paragraph
    # (at most 400 characters back) to the end of its record
    since = max(art.paras[prev.paragraph][0], prev.start - 400)
    at = art.cast.last_mention_of(picked, mention.pos)
    if at is None or not (since <= at < prev.end):
        return resolved  # named after the last speaker's sentence: the nearer one it is
    if any(since <= p < at for p in art.cast.mentions_of(last, since, mention.pos)) or \
            prev.speaker_mention and prev.speaker_mention.lower() in ("he", "she"):
        return _as_pronoun(prev, mention)
    return resolved


def _member_named_next(art, mention: Mention, e: int, pi: int) -> Resolved | None:
    """`A Plaid Cymru MP believes ...`: the one person the claim's and the next paragraph
    name as the party's (`Plaid Cymru's Elfyn Llwyd`, `Plaid Cymru MP Elfyn Llwyd`)."""
    words = mention.text.split()
    party = " ".join(words[1:-1])
    if not party:
        return None
    hi = art.paras[min(len(art.paras) - 1, pi + 1)][1]
    named = {m.group(1) for m in re.finditer(
        re.escape(party) + r"(?:['’]s| " + re.escape(words[-1]) + r") ([A-Z][\w'’-]+ "
        r"[A-Z][\w'’-]+)", art.masked[e:hi])}
    if len(named) != 1:
        return None
    name = named.pop()
    p = art.cast.lookup(name.split(), hi)
    if p is None and not looks_like_person(name.split(), []):
        return None  # (a person: the cast's, or a name the first-name table knows)
    return Resolved(p.name if p is not None else name, "person", None, None, mention.text)


_ITS_LEADERS = frozenset(("chief", "boss", "chief executive", "chairman", "chairwoman",
                          "president", "head", "founder", "director", "managing director"))


def _subject_over_passing_name(art, mention: Mention, resolved: Resolved) -> Resolved:
    """`One of his fellow pupils at intelligence school was Vladimir Putin. ... (a
    paragraph on) But he says he will remain on hunger strike`: a person named once, in
    passing (after a verb), in an earlier paragraph, is not whom `he` means in an article
    about someone of that gender it names again and again; that person is."""
    picked = art.cast.named(resolved.speaker, mention.pos)
    if picked is None:
        return resolved
    ats = art.cast.mentions_of(picked, 0, mention.pos)
    if len(ats) != 1 or art.paragraph_of(ats[0]) >= art.paragraph_of(mention.pos) or \
            not _in_object_position(art, ats[0]) or _introduced(art, ats[0]):
        return resolved
    best, most = None, 0
    for p in art.cast.persons:
        if p is picked or p.gender != mention.pronoun:
            continue
        n = len(art.cast.mentions_of(p, 0, mention.pos))
        if n > most:
            best, most = p, n
    if best is None or most < 4:
        return resolved
    art.cast.mention(best, mention.pos)
    return Resolved(best.name, "person", best.title, best.description, resolved.mention,
                    resolved.is_pronoun)


def _opens_a_sentence_since(art, person, lo: int, hi: int) -> bool:
    """Whether `person` is named at the start of a sentence in [lo, hi)."""
    for at in art.cast.mentions_of(person, lo, hi):
        pi = art.paragraph_of(at)
        s0, _ = art.sentence_of(pi, at)
        if at - s0 <= 6:
            return True
    return False


def _introduced(art, at: int) -> bool:
    """Whether the name at `at` is followed by a role in an appositive (`the personal
    choice of Steven Gaydos, executive editor of Variety. But he predicted`): a person
    the article introduces, whom the next pronoun means, wherever the name stands."""
    run = CAP_RUN.match(art.masked, at)
    return run is not None and ROLE_AFTER.match(art.masked, run.end()) is not None


_BY_BEFORE = re.compile(r"\bby (?:[\w’'-]+ ){0,5}$")


def _in_object_position(art, at: int) -> bool:
    """Whether the mention at `at` follows a verb of its sentence (`... watch Bush debate
    his challenger John Kerry`), so it is no subject; a passive's agent (`denied by
    Jack Straw`) counts as a subject."""
    pi = art.paragraph_of(at)
    s0, _ = art.sentence_of(pi, at)
    before = art.masked[s0:at]
    if _BY_BEFORE.search(before):
        return False
    words = before.replace(",", " ").split()
    return any(w in _FINITE or (w.endswith("ed") and w.islower() and len(w) > 3)
               for w in words)


# `Responding to criticism from Alan Hansen, he insisted`, `Asked about Smith, she said`:
# a phrase before the subject whose people are not whom the pronoun means
_FRONTED = re.compile(r"(?:(?:And|But) )?(?:[A-Za-z][a-z]+ing|Asked|After|Following|Despite|"
                      r"Unlike|In response to|In reply to|At|In|During)\b"
                      r"[^.;:\u201c\u201d\"]{0,150}, $")


def _past_fronted_phrase(art, mention: Mention, pi: int) -> Mention:
    """`mention` (a pronoun) read from the start of its sentence when a fronted phrase
    stands before it, so that the people named in the phrase are passed over."""
    s0, _ = art.sentence_of(pi, mention.pos)
    if mention.pos - s0 < 8 or _FRONTED.match(art.masked, s0, mention.pos) is None:
        return mention
    return Mention(mention.text, pronoun=mention.pronoun, pos=s0)


_NAME_THEN_CUE = re.compile(r" (?:said|says|told|tells|added|argued|insisted|warned)\b")


def _named_in_claim(claim: str, person: str) -> bool:
    """Whether `claim` names `person` by full name or by title and surname."""
    surname = person.split()[-1]
    if surname not in claim:
        return False  # the common case, without a regex
    # (a possessive or a peerage may be the speaker's own: `Ricky Gervais's new show`,
    # `the title of Lord Kinnock`)
    if re.search(re.escape(person) + r"(?!\w|['’]s|['’](?!\w))", claim):
        return True
    return re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? " + re.escape(surname) +
                     r"(?!\w|['’]s|['’](?!\w))", claim) is not None


_LOWER_VERB = re.compile(r" (?:has |had |have )?[a-z]+(?:ed|s)\b")


_BODY_ROLE_THEN_NAME = re.compile(r"(?:[A-Z][\w&'’-]* (?:(?:of|for|and|the) ){0,2}){1,6}"
                                  r"([a-z-]+) (?=[A-Z][\w'’-]+ [A-Z])")


# a quote opening a sentence, then its speaker's name and cue
_QUOTE_THEN_NAME = re.compile("[\"\u201c]\u2592+[,.!?][\"\u201d] ([A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*)"
                              "{1,3}) (?=said|says|told|added)")


def _named_next(art, e: int, pi: int) -> Resolved | None:
    """The person whose full name opens the sentence after the one ending near `e`, if
    the article has not named them before (then it introduces whom the role meant)."""
    _, s1 = art.sentence_of(pi, max(e - 1, 0))
    n0 = s1
    while n0 < len(art.masked) and art.masked[n0].isspace():
        n0 += 1
    if n0 >= len(art.masked) or art.paragraph_of(n0) > pi + 1:
        return None
    said = _QUOTE_THEN_NAME.match(art.masked, n0)
    if said is not None:
        n0 = said.start(1)  # (`"Nobody had any idea," Lord Rennard told reporters`)
    m = CAP_RUN.match(art.masked, n0)
    if m is not None and m.group().split()[0] in ("Formerly", "Once", "Previously", "Now",
                                                  "In", "Speaking", "Writing", "At", "On"):
        # `Formerly one of Mr Brown's closest aides, Ed Balls hinted ...`, `In a speech at
        # the LSE, William Donaldson promised ...`: the name after an opening phrase
        comma = art.masked.find(", ", n0, min(len(art.masked), n0 + 90))
        if comma < 0 or "." in art.masked[n0:comma]:
            return None
        m = CAP_RUN.match(art.masked, comma + 2)
        if m is None or _LOWER_VERB.match(art.masked, m.end()) is None:
            return None
        n0 = m.start()
    if m is None or m.group().split()[0] in NON_NAME_WORDS and \
            m.group().split()[0] not in HONORIFICS:
        return None  # (`But Rob Andrew, coach of ..., said`: another voice)
    role = _BODY_ROLE_THEN_NAME.match(art.masked, n0)
    if role is not None and role.group(1) in ROLE_NOUNS:
        # `State Administration of Taxation head Xie Xuren said`: the body, the role,
        # then the name
        m = CAP_RUN.match(art.masked, role.end())
    words = [strip_possessive(w) for w in m.group().split()]
    parts = split_title(words)
    peer = len(parts.name) == 1 and parts.title[-1:] in (["Lord"], ["Lady"], ["Baroness"],
                                                          ["Baron"]) and \
        _NAME_THEN_CUE.match(art.masked, m.end()) is not None
    if len(parts.name) < 2 and not peer:
        return None  # (`Lord Woolf said`: a peer's whole name)
    if not peer and not looks_like_person(parts.name, parts.title):
        # `Herve Gaymard said`: a first name the table does not know, before a cue
        if len(parts.name) != 2 or any(w in ORG_WORDS or w in NON_NAME_WORDS or w.isupper()
                                       for w in parts.name) or \
                _NAME_THEN_CUE.match(art.masked, m.end()) is None:
            return None
    p = art.cast.lookup(parts.name, n0)
    if p is None and _NAME_THEN_CUE.match(art.masked, m.end()) is not None:
        p = art.cast.add(parts.name, n0, parts.title)
    if p is None or p.first_pos < n0:
        return None  # named before: not an introduction
    art.cast.mention(p, n0)
    return Resolved(p.name, "person", p.title, p.description, None)


_MAKER_NOUNS = frozenset("maker makers manufacturer manufacturers developer developers "
                         "creator creators designers".split())


def _maker_of(masked: str, product: str) -> str | None:
    """The firm whose product `product` is, as the article writes it (`Car-maker Honda's
    humanoid robot Asimo`, `Asimo, made by Honda`), if it does."""
    at = masked.find(product)
    while at >= 0:
        if at == 0 or not masked[at - 1].isalnum():
            before = _OWNER_BEFORE.search(masked, max(0, at - 60), at)
            if before is not None:
                return before.group(1)
            after = _MADE_BY.match(masked, at + len(product))
            if after is not None:
                return after.group(1)
        at = masked.find(product, at + 1)
    return None


_OWNER_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w&]*(?: [A-Z][\w&]*){0,2})(?:'s|’s) "
                           r"(?:[a-z][\w-]* ){0,3}$")
_MADE_BY = re.compile(r",? (?:made|built|developed|created) by ((?:[A-Z][\w&-]*)"
                      r"(?: [A-Z][\w&-]*){0,2})")


_MEMBERS = frozenset(("mps", "the mps", "peers", "the peers"))
_COMMITTEE = re.compile(r"\b[Tt]he (?:[a-z]+ )?((?:[A-Z][\w-]* ){1,5}(?:[a-z]+ ){0,3}"
                        r"(?:[Ss]elect )?[Cc]ommittee)\b"
                        # `the joint committee on human rights`
                        r"|\b[Tt]he ((?:joint|select|standing) committee on (?:human rights|"
                        r"[A-Z][\w-]*(?: (?:[A-Z][\w-]*|and|of)){0,4}))")


def _committee_near(masked: str, pos: int, ahead: int = 600) -> str | None:
    """The parliamentary committee the article names last before `pos` (within about
    two paragraphs), else just after it (within `ahead`): whose members `the MPs` are."""
    last = None
    for m in _COMMITTEE.finditer(masked, max(0, pos - 1500), pos):
        last = m
    if last is None:
        last = _COMMITTEE.search(masked, pos, pos + ahead)
    if last is None:
        return None
    name = last.group(1) or last.group(2)
    if name.split()[0] in NON_NAME_WORDS:
        return None
    return "the " + name


def _owner_of_its(art, mention: Mention, s: int, e: int, rule: str) -> str | None:
    """The organisation or country `its` means in `its central bank said`: the subject
    the claim opens with when the attribution comes after it, else the organisation
    named before."""
    if rule == "reported_inverted" or rule == "according_to" and mention.pos >= e:
        # (`<Southcorp employs ...>, according to its website`: the claim's subject)
        m = CAP_RUN.match(art.masked, s, e)
        if m is not None and m.group() not in NON_NAME_WORDS and \
                not looks_like_person(m.group().split(), []):
            return strip_possessive(m.group())
    return art.recent_org(mention.pos)


_LEADS = frozenset("But And However Meanwhile Yet".split())


def _role_subject(text: str, s0: int, s1: int) -> tuple[str, str, int] | None:
    """`The chancellor would not comment ...`, `The prime minister ratcheted up ...`: the
    role a sentence opens with as its subject, as (phrase, head noun, position): `The`,
    up to five words ending in a role word, then a lower-case word (its verb)."""
    head = text[s0:min(s1, s0 + 80)]
    words = head.split()
    lead = 1 if words and words[0].rstrip(",") in _LEADS else 0
    if len(words) < lead + 3 or words[lead] not in ("The", "the"):
        return None
    found = None
    for j in range(lead + 1, min(len(words) - 1, lead + 6)):
        w = words[j]
        if w.lower() in ROLE_NOUNS and words[j + 1].islower() and \
                words[j + 1] not in ROLE_NOUNS:  # (`The Planning Minister didn't`)
            found = j
            break
        if not w.isalpha():
            break  # (a comma or a possessive mark ends the opening)
    if found is None:
        return None
    phrase = " ".join(words[lead:found + 1])
    at = text.find(phrase, s0)
    return (phrase, words[found], at) if at >= 0 else None


_GENDERED_ROLES = {"spokeswoman": "female", "spokesman": "male", "chairwoman": "female",
                   "chairman": "male", "businesswoman": "female", "businessman": "male"}


def _role_subject_before(art, mention: Mention, pi: int, spokes) -> Resolved | None:
    """`The chancellor would not comment ..., but insisted ... . <claim>, he insisted.`,
    `The spokesman declined to comment ... . He said ...`: `he` opening a sentence after
    one whose subject is a role (nobody named) is that role's holder."""
    ps = art.paras[pi][0]
    s0, _ = art.sentence_of(pi, mention.pos)
    if mention.pos - s0 > 12:
        return None
    if s0 <= ps:
        return None
    p0, p1 = art.sentence_of(pi, s0 - 1)
    subject = _role_subject(art.masked, p0, p1)
    if subject is None:
        return None
    phrase, head, at_subject = subject
    if _GENDERED_ROLES.get(head, mention.pronoun) != mention.pronoun:
        return None
    for at in art.cast.mention_positions(p0, mention.pos):
        if at == at_subject:
            continue  # (the role itself, resolved before)
        p = art.cast.last_mention(at + 1)
        if p is not None and p[1].gender is None and \
                not looks_like_person(list(p[1].tokens), []):
            continue  # (`cancelling Aguas Argentinas water concession`: no person)
        if art.masked[at:at + 1].isupper() and \
                art.masked[at:at + 4].lower() not in ("he ", "she "):
            return None  # someone named since: the cast decides
    if head in ("spokesman", "spokeswoman", "spokesperson"):
        # `The spokesman declined to comment ... . He said`: the spokesman quoted before
        prev = spokes(at_subject)
        if prev is not None:
            return _as_pronoun(prev, mention)
        org = art.recent_org(at_subject)
        if org:
            return Resolved(org, "group", None, phrase, mention.text, True)
        return None
    role = Mention(phrase, role=head, pos=at_subject)
    got = resolve(role, art.cast, art.last_group, art.recent_org)
    if not got.speaker:
        return None
    got.mention = mention.text
    got.is_pronoun = True
    return got


_SUBORDINATORS = frozenset("as because since and but although though while so".split())


# a sentence ending in a passive's agent that is a plural group (`opposed by the Liberal
# Democrats.`)
_PASSIVE_AGENT = re.compile(r"\b(?:be|been|being|is|are|was|were) (?:[a-z]+ ){0,2}[a-z]+ed by "
                            r"((?:the )?(?:[A-Z][\w'’-]+ ){0,3}(?:[A-Z][\w'’-]*s|Tories|"
                            r"Conservatives|Democrats|Labour))[.!]?\s*$")


def _plural_subject_before(art, mention: Mention, pi: int) -> Resolved | None:
    """`Business leaders had opposed the plan as they said ...`: `they` in a clause
    after its sentence's own plural subject is that subject."""
    s0, _ = art.sentence_of(pi, mention.pos)
    if mention.pos - s0 < 3 and (s0 > art.paras[pi][0] or pi > 0):
        # the sentence before: in this paragraph, or ending the one before
        bp = pi if s0 > art.paras[pi][0] else pi - 1
        p0, p1 = art.sentence_of(bp, (s0 if bp == pi else art.paras[bp][1]) - 1)
        agent = _PASSIVE_AGENT.search(art.masked, p0, p1)
        if agent is not None:
            # `The bill is expected to be opposed by the Liberal Democrats. They have said`
            return Resolved(agent.group(1), "group", None, None, mention.text)
        if bp == pi:
            return _plural_subject_of(art, p0, p1, mention)
    if mention.pos - s0 < 8:
        return None
    toks = tokenize(art.masked, s0, mention.pos)
    if len(toks) < 4 or toks[-1].low not in _SUBORDINATORS:
        return None
    # the subject: up to four words before the sentence's first verb, ending in a
    # plural noun (`Business leaders had`, `Airport operators have`, `Analysts were`)
    f = next((i for i in range(1, min(5, len(toks) - 1)) if toks[i].low in _FINITE or
              # (`Phone companies refuse to pay because they say`: a plain verb after a
              # plural that can speak)
              toks[i].text.islower() and is_word(toks[i]) and toks[i].low not in STOP and
              not toks[i].low.endswith("s") and _people_noun(toks[i - 1].low)), None)
    if f is None or not all(is_word(x) for x in toks[:f]) or toks[0].low in _CLAUSE_PRONOUNS:
        return None
    head = toks[f - 1]
    if not (head.low.endswith("s") and len(head.low) > 3 and head.low not in _FINITE) or \
            toks[0].low in _NOBODY_IN_PARTICULAR or \
            not (head.text.islower() or f == 1 and head.low in GROUP_HEADS):
        return None
    text = " ".join(x.text for x in toks[:f])
    return Resolved(text, "group", None, None, mention.text)


def _people_noun(plural: str) -> bool:
    """`companies`, `judges`, `analysts`, `campaigners`: a plural that can speak."""
    one = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    return one in ROLE_NOUNS or one in GROUP_HEADS or one in ORG_REFERENCES or \
        plural in GROUP_HEADS or plural.endswith(("ers", "ists", "ants", "ians", "ors")) or \
        plural in _PEOPLE_IN_ENTS


_PEOPLE_IN_ENTS = frozenset("residents students parents opponents respondents agents "
                            "governments presidents patients clients".split())


def _plural_subject_of(art, p0: int, p1: int, mention: Mention) -> Resolved | None:
    """`Ministers do not support a lower limit. They believe ...`, `The MPs also call for
    ... . They say ...`: `they` opening a sentence after one whose subject is a plural
    group."""
    toks = tokenize(art.masked, p0, min(p1, p0 + 80))
    lead = next((c for c in range(1, min(6, len(toks))) if toks[c].text == ","), 0)
    if lead and toks[0].text in ("A", "Last", "Earlier", "On", "In", "This") and not any(
            x.low in _FINITE for x in toks[:lead]):
        toks = toks[lead + 1:]  # `A year ago, ministers launched ...`: the subject after
    i = 1 if toks and toks[0].low == "the" else 0
    h = i
    while h < len(toks) and h - i < 3 and is_word(toks[h]) and toks[h].text[:1].isupper():
        h += 1
    described = h == i and (i == 1 or lead and toks and _people_noun(toks[0].low))
    if described:
        # `The tobacco companies deny ... . They also say`: a described group
        # (the first plural that can speak: `The judges sat ...`; not `The announcements
        # brought cheers ... They believed`)
        while h < len(toks) and h - i < 3 and is_word(toks[h]) and toks[h].text.islower() \
                and toks[h].low not in STOP and toks[h].low not in _FINITE and \
                toks[h].low not in CUE_FORMS:
            h += 1
            if _people_noun(toks[h - 1].low):
                break
        if h > i and not _people_noun(toks[h - 1].low):
            return None
    if h == i or h >= len(toks) or not (
            toks[h].low in _FINITE or toks[h].low in ("also", "now", "still", "all") or
            toks[h].low in CUE_FORMS or toks[h].low.endswith("ed") and is_word(toks[h]) or
            described and is_word(toks[h]) and toks[h].text.islower() and
            toks[h].low not in STOP):
        return None
    head = toks[h - 1].text
    if not (head.endswith("s") and (len(head) > 3 or head[:-1].isupper()) and
            not head.endswith(("'s", "’s")) and
            head.lower() not in _NOBODY_IN_PARTICULAR) or \
            toks[i].low in _CLAUSE_PRONOUNS or looks_like_person([x.text for x in toks[i:h]], []):
        return None
    text = " ".join(x.text for x in toks[:h])
    return Resolved(text, "group", None, None, mention.text)


_SAID_BETWEEN = re.compile(r"\b(?:said|says|say|told|tells|added|adds|reported|claimed|"
                           r"warned|stated|announced)\b")


def _same_source_again(art, mention: Mention, prev: Quote | None) -> Resolved | None:
    """`The threat was greatest in the UK, said the report. It said ...`, `Microsoft said
    ... . It said ...`: `it` opening the sentence after one whose claim an organisation
    or a report made is that same source."""
    # `Q Magazine said: "..." ... . It also said ...`: `also` reaches further back
    also = art.masked.startswith(" also ", mention.pos + len(mention.text))
    if prev is None or not prev.speaker or prev.speaker_type == "person" or \
            mention.pos < prev.end or mention.pos - prev.end > (600 if also else 250):
        return None
    pi = art.paragraph_of(mention.pos)
    s0, _ = art.sentence_of(pi, mention.pos)
    ppi = art.paragraph_of(prev.start)
    if ppi == pi - 1 and mention.pos - art.paras[pi][0] <= 12 and \
            prev.start >= art.sentence_of(ppi, art.paras[ppi][1] - 1)[0]:
        # `<claim>, the Financial Times has reported. ¶ It said ...`: the lede's source,
        # the claim ending the paragraph before
        return _as_pronoun(prev, mention)
    if mention.pos - s0 > 12 or ppi != pi:
        return None  # only `It` opening a sentence, in the same paragraph
    p0, _ = art.sentence_of(pi, s0 - 1) if s0 > art.paras[pi][0] else (None, None)
    if p0 is None or prev.start < p0 and (not also or _SAID_BETWEEN.search(
            art.masked, prev.end, mention.pos) is not None):
        return None  # the claim must be in the sentence just before (or, with `also`,
        # the last one made: nobody said anything since)
    return _as_pronoun(prev, mention)


def _spokesperson_again(mention: Mention, prev: Quote | None, cast, since: int
                        ) -> Resolved | None:
    """`A spokesman for the department said ... He added that ...`: `he` is the
    spokesman (nobody named in between), so the claim goes to the same speaker."""
    if prev is None or not prev.speaker or not prev.speaker_mention or \
            prev.speaker_type != "group" or mention.pos - prev.end > 250 or \
            mention.pos < prev.end:
        return None
    words = prev.speaker_mention.lower().split()
    gender = "male" if "spokesman" in words else "female" if "spokeswoman" in words else \
        "any" if ("spokesperson" in words or "representative" in words) else None
    if gender is None or gender not in ("any", mention.pronoun):
        return None
    named = cast.last_mention(mention.pos)
    if named is not None and named[0] >= since:
        return None  # someone named since the spokesperson's sentence began
    return _as_pronoun(prev, mention)


def _as_pronoun(prev: Quote, mention: Mention) -> Resolved:
    """`prev`'s speaker, written as the pronoun `mention`."""
    got = _resolved_of(prev)
    got.mention = mention.text
    got.is_pronoun = True
    return got


_LEADING_PREPOSITIONS = frozenset("in after during on at following since before despite "
                                   "under within amid by".split())


# the role before a new speaker's name in apposition, which ends the claim before it
_APPOSITIVE_ROLE_TAIL = re.compile(r",?\s(?:and|but|while|whereas) (?:his|her|their|its|the) "
                                   r"(?:[a-z][\w'’-]* ){0,2}[a-z][\w'’-]*$")


def _shrink_before(q: Quote, pos: int, pi: int, taken: list[tuple[int, int]]) -> bool:
    """End `q` before a new attribution that starts inside it (`X said A, while a
    spokesman for Y said B`): B's speaker phrase is not part of A. True when what is
    left of `q` is no claim (`he told MPs [the Lord Chancellor], Lord Falconer, was
    insisting ...`: the new speaker was its subject), and `q` is to go."""
    if q.paragraph != pi or not (q.start < pos < q.end):
        return False
    text = q.text
    rel = pos - q.start
    cut = max(text.rfind(",", 0, rel), text.rfind(";", 0, rel), text.rfind(" \u2014", 0, rel))
    if cut < 0 or rel - cut > 60:
        return False
    # only a new clause ends the claim (`, while a spokesman said`), not a relative
    # one (`workers, who it said were hit hardest`)
    joint = text[cut + 1:rel].split()
    if text[cut] == "," and joint and joint[0].lower() in ("who", "which", "whom", "whose"):
        return False
    lead = text[:cut].split()
    if lead and lead[0].lower() in _LEADING_PREPOSITIONS and not any(
            w.lower() in _FINITE or (w.endswith("ed") and w.islower() and len(w) > 3)
            for w in lead):
        # `told the court that [in the aftermath of the broadcast], a Jackson lawyer had
        # told her ...`: a fronted phrase of the claim, whose subject is the new speaker;
        # the claim holds the nested one
        return False
    role = _APPOSITIVE_ROLE_TAIL.search(text, 0, cut)
    if role is not None and text[cut] == ",":
        cut = role.start()  # `... one of DOD's leaders [but his lawyer], Antony Townsden,`
    new_end = q.start + cut
    while new_end > q.start and not text[new_end - q.start - 1].isalnum() and \
            text[new_end - q.start - 1] not in "\u201d\"\u2019'":
        new_end -= 1
    if new_end - q.start < 8:
        return False
    try:
        taken.remove((q.start, q.end))
    except ValueError:
        pass
    if _verbless(text, 0, new_end - q.start):
        return True
    taken.append((q.start, new_end))
    taken.sort()
    q.text = text[:new_end - q.start]
    q.end = new_end
    return False


def _and_before(toks: list[Tok], first: int, j: int) -> bool:
    """Whether the subject ending at `j` (its mention from `first`) may be a list: an
    `and` in it or just before (`Amnesty and the lobby group Liberty`)."""
    if any(x.low == "and" for x in toks[max(0, first - 3):j + 1]):
        return True
    for a in (first - 4, first - 5):
        if a >= 0 and toks[a].low == "and" and toks[a + 1].low in DETERMINERS and \
                all(x.text.islower() and is_word(x) for x in toks[a + 2:first]):
            return True
    return False


_FRONTED_CLAUSE_OPENERS = frozenset("""unless if when whenever although though because once
    until""".split())
_FRONTED_AFTER_CONJUNCTION = frozenset(w.lower() for w in _FRONTED_PREPOSITIONS) | {
    "following"}


def _fronted_after_conjunction(toks: list[Tok], comma: int) -> bool:
    """`... in the 1980s but, after a two-year study, Uefa insists the surfaces ...`: the
    comma before the subject closes a fronted phrase of the clause the cue opens, so the
    words before it are no claim of the subject's."""
    c2 = next((c for c in range(comma - 1, max(0, comma - 10), -1) if toks[c].text == ","),
              None)
    return c2 is not None and c2 >= 1 and toks[c2 - 1].low in ("but", "and", "yet", "so") \
        and toks[c2 + 1].low in _FRONTED_AFTER_CONJUNCTION


def _label(art, toks: list[Tok], k: int, pi: int, emit) -> Quote | None:
    """`X called the decision “the grown-up thing to do”`: the quoted label is X's."""
    if k >= 1 and toks[k - 1].low in _BE:
        return None  # `It is called “podcasting”`: a name, nobody's claim
    if k + 1 < len(toks) and toks[k + 1].low in ("on", "for", "off", "in", "up", "out", "by"):
        # `called on the government to ...`: another verb; `a sapphire for their
        # daughters described by Sharon as “…”`: a passive, the label is Sharon's
        return None
    j = skip_aux_back(toks, k - 1)
    got = np_before(toks, j, 0) if j >= 0 else None
    if got is None:
        return None
    if not got[0].pronoun and _and_before(toks, got[1], j):
        listed = subject_list(toks, j)
        if listed is not None:
            # `Both Amnesty and the lobby group ... described the release as “...”`
            listed[0].also = listed[1:]
            got = (listed[0], 0)
    for i in range(k + 1, min(len(toks) - 1, k + 8)):
        if toks[i].text in _OPEN_MARKS and toks[i + 1].text.startswith(MASK):
            s = toks[i].start
            e = toks[i + 1].end
            if e < len(art.text) and art.text[e] in _CLOSE_MARKS:
                e += 1
            words = art.text[s + 1:e].strip("\u201c\u201d\"'\u2018\u2019 ").split()
            if words and all(w[:1].isupper() or w.lower() in ("of", "and", "the", "for")
                             for w in words) and words[0][:1].isupper() and len(words) > 1:
                return None  # `calls the “Next Generation Secure Computing Base”`: a name
            s, e = _label_phrase(art, toks, k, i, s, e)
            return emit(got[0], "reported_label", toks[k].text, s, e, pi)
        if toks[i].text in (".", ";", ":") or toks[i].low in ("that", "said"):
            return None
    return None


_LABEL_DETERMINERS = frozenset("a an the this its his her their".split())
_LABEL_ENDS = frozenset("""yesterday today tonight earlier later again too also last this
    next on in at to for by with from over after before because when while if as and but or
    which who that since during amid despite""".split())


def _label_phrase(art, toks: list[Tok], k: int, i: int, s: int, e: int) -> tuple[int, int]:
    """`branded it a dodgy “vote now pay later” budget based on ...`, `described BBC Two
    as the “natural home” of Top of the Pops`: a quoted label inside a longer phrase is
    that phrase, from its determiner to the end of the clause; a label that is the
    whole phrase (`called the decision “a disgrace”`) stays as quoted."""
    n = len(toks)
    nxt = i + 2
    if nxt < n and toks[nxt].text in _CLOSE_MARKS:
        nxt += 1
    if nxt >= n:
        return s, e
    after = toks[nxt]
    if after.low == "and" and nxt + 1 < n:
        # `branded it "tasteless" and offensive`, `called the plans "ridiculous" and
        # "badly thought out"`: a label of two, both the speaker's
        second = toks[nxt + 1]
        if second.text in _OPEN_MARKS and nxt + 2 < n and toks[nxt + 2].text.startswith(MASK):
            end = toks[nxt + 2].end
            if end < len(art.text) and art.text[end] in _CLOSE_MARKS:
                end += 1
            return s, end
        if second.text.isalpha() and second.text.islower() and second.low not in STOP and \
                (nxt + 2 >= n or toks[nxt + 2].text in (".", ",", ";")):
            return s, second.end
        return s, e
    if not (after.low == "of" or after.text.isalpha() and after.text.islower() and
            after.low not in STOP and after.low not in _LABEL_ENDS and
            not after.low.endswith("ly")):
        return s, e
    d = i - 1
    while d > k and i - d <= 3 and toks[d].text.isalpha() and toks[d].text.islower() and \
            toks[d].low not in _LABEL_DETERMINERS:
        d -= 1
    if d <= k or toks[d].low not in _LABEL_DETERMINERS:
        return s, e
    stop = next((x.start for x in toks[nxt:] if x.text in (".", ";", "?", "!")), toks[-1].end)
    return toks[d].start, _end_of_content(art, after.start, stop)


# `Marsh & McLennan's`: a firm's name, joined by `&`
_FIRM_NAME = re.compile(r"(?<![\w’'])[A-Z][\w’'-]*(?: & [A-Z][\w’'-]*| [A-Z][\w’'-]*)*")


_DOCUMENTS = frozenset("report study survey paper book letter speech statement "
                       "submission document review".split())
_DOC_DETERMINERS = frozenset("a an its his her their the new latest annual".split())
# a mid-sentence attribution followed by these continues the claim before it
_SUBORDINATE_GOES_ON = frozenset("because since although though unless so".split())
_NAMED_BODIES = frozenset("party paper newspaper".split()) | NAMED_BODY_HEADS


def _clause_org(art, s: int, e: int, mention: Mention) -> Mention | None:
    """`RHB, Malaysia's third-biggest lender, is scouting ..., the firm told Reuters`: the
    firm is the organisation the claim opens with."""
    words = (mention.group or "").lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in ORG_REFERENCES or \
            words[1] in _NAMED_BODIES:
        # (a party, a society or an alliance is named as news names them: recent_org)
        return None
    for r in kind_then_name(words[1]).finditer(art.masked, s, e):
        first = r.group(1).split()[0]
        if first not in NON_NAME_WORDS or first in NEWS_AGENCIES:
            # `Sales at news agency AFP fell ..., the agency said`: the body the claim
            # names by that kind
            return Mention(mention.text, group=strip_possessive(r.group(1)), pos=mention.pos)
    m = CAP_RUN.match(art.masked, s, e)
    if m is None or m.group() in NON_NAME_WORDS:
        return None
    if " " not in m.group() and m.group().endswith(("ed", "ing")) and \
            re.match(r" [a-z0-9]", art.masked[m.end():m.end() + 2]):
        return None  # `Based on 2004 figures ...`: a participle opens the claim
    if " " not in m.group() and art.masked.startswith(" to ", m.end()):
        return None  # `Failure to make cutbacks may ...`: a noun and its infinitive
    if " " not in m.group() and re.search(r"\b" + re.escape(m.group().lower()) + r"\b",
                                          art.masked):
        return None  # `Sales of ice cream dipped ...`: a common noun, written lower elsewhere
    if m.group() in ("The US", "The UK", "US", "UK", "The EU", "EU"):
        # `The US stock market regulator is investigating ... Marsh & McLennan ..., the
        # firm has said`: not a place; the firm the claim names
        m = next((r for r in _FIRM_NAME.finditer(art.masked, m.end(), e)
                  if r.group() not in NON_NAME_WORDS and not is_nationality(r.group())), None)
        if m is None:
            return None
    run = m.group().split()
    run[-1] = strip_possessive(run[-1])
    if looks_like_person(run, []) or art.cast.lookup(run, s) is not None or \
            run[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady"):
        return None  # (`Mr Raines, head of ..., has taken early retirement`: a person)
    # `Macrovision said RipGuard would ... . RipGuard is expected ..., the company said`:
    # what an organisation just spoke about is its product, and the firm is that speaker
    maker = re.compile(r"([A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*)*) (?:has |have )?(?:said|says|"
                       r"added|announced|claimed|stated) (?:that )?" + re.escape(" ".join(run))
                       + r"\b")
    for found in maker.finditer(art.masked, max(0, s - 300), s):
        words = found.group(1).split()
        if words[0] not in NON_NAME_WORDS and not looks_like_person(words, []) and \
                art.cast.lookup(words, found.start()) is None:
            return Mention(mention.text, group=found.group(1), pos=mention.pos)
    return Mention(mention.text, group=" ".join(run), pos=mention.pos)
