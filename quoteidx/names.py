"""People in an article: finding names, splitting titles off, resolving mentions.

The cast of an article is built once from its unquoted text. A surname or `Mr
Surname` resolves to the earliest, longest full name with that surname; a pronoun
to the nearest preceding person of a compatible gender. No coreference model.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from quoteidx.lexicon import (
    FEMALE_ROLE_WORDS,
    GENDER_TITLES,
    MALE_ROLE_WORDS,
    NON_NAME_WORDS,
    ORG_WORDS,
    ROLE_NOUNS,
    TITLE_TOKENS,
)
from quoteidx.normalize import fold

# A token: an initialism (U.S.), a word with inner apostrophes/hyphens, or a mark.
TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s)|\w+(?:[’'\-&]\w+)*|[^\w\s]")
NAME_CONNECTORS = frozenset(
    "de van von der den bin ibn al el da la le du dos del di ter ten y st".split()
)
# A run of capitalised words (with name connectors) in unquoted text.
# A run of capitalised words (with name connectors) in unquoted text. `Mr.`, `Dr.` and
# initials keep their full stop; no look-behind (it triples the cost): callers skip a
# match that starts inside a word (`iPod`).
_CAP_WORD = r"[A-Z](?:\.(?=\s)|(?:rs?|s|r|t|rof|en|ep|ov)\.(?=\s)|[\w’'\-&]*)"
_CONNECT = r"(?:de|van|von|der|den|bin|ibn|al|da|la|le|du|del|di)(?=\s+[A-Z])"
CAP_RUN = re.compile(_CAP_WORD + r"(?:\s(?:" + _CAP_WORD + "|" + _CONNECT + "))*")


# `, director of civil liberties group Liberty`: a role in an appositive after a name
ROLE_AFTER = re.compile(r", (?:the |a |an )?(?:[a-z-]+ ){0,2}(?:" +
                         "|".join(sorted((r for r in ROLE_NOUNS if " " not in r),
                                         key=len, reverse=True)) + r")\b")
# Surnames that are also nationality words (and so ORG_WORDS): `Oliver Irish`,
# `Philip French` are people only when the article also writes `Mr Irish`.
_NATIONALITY_SURNAMES = frozenset("Irish French English Welsh Scottish German".split())
# ... and when the name is not followed by a noun (`Will French voters`)
_NAME_END = re.compile(r"[,.;:)’']| (?:said|says|told|tells|added|adds|who|has|had|is|was|"
                       r"predicts|predicted|believes|thinks|argues|argued)\b")
_NOT_FIRST = frozenset("Former Injured Veteran Ex Young Old Late Acting Interim".split())
_SENTENCE_END = re.compile(r"[.!?][\u201d\"’']?\s|\n")


def in_word(text: str, pos: int) -> bool:
    """Whether a match at `pos` starts inside a word (`iPod`, `McDonald`)."""
    return pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "’'")


_POSSESSIVE = re.compile(r"[’']s?$")
MONTHS = frozenset("January February March April May June July August September "
                   "October November December".split())
_DATE_BEFORE = re.compile(r"\b(?:in|on|since|until|till|by|from|last|next|of|early|late|"
                          r"mid|this|that|during|before|after)\s+$", re.IGNORECASE)
_FIRST_NAME_AGE = re.compile(r", \d{1,3},")
_NOT_A_SINGLE_NAME = NON_NAME_WORDS | ORG_WORDS | TITLE_TOKENS
_PEERAGE = frozenset("Lord Lady Baroness Baron".split())
# a capitalised name of several words, `of`/`for`/`and`/`the` inside (bounded)
_BODY_RUN = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?: (?:(?:of|for|and|on|the|&) ){0,2}"
                       r"[A-Z][\w'’-]*){2,9})")
_BBC_REPORTER = re.compile(r"\bBBC(?:'s|’s) (?:[a-z]+ ){0,3}([A-Z][a-z]+ [A-Z][\w'’-]+)")
_SUBJECT_VERBS = frozenset("has had said says told added admitted denied insisted "
                           "claimed believes".split())
HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady Mx".split())


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


@lru_cache(maxsize=8192)
def first_name_gender(first: str) -> str | None:
    """'male', 'female' or None (unknown or ambiguous) for a first name."""
    if len(first) < 2 or not first[0].isupper():
        return None
    g = _detector().get_gender(first)
    # `mostly_*` names (Jamie, Kim, Sasha) are left open: the text must decide
    if g == "male":
        return "male"
    if g == "female":
        return "female"
    return None


@lru_cache(maxsize=16384)
def is_first_name(word: str) -> bool:
    """True when `word` is a known given name."""
    if len(word) < 2 or not word[0].isupper():
        return False
    if "-" in word:  # `Jean-Marc`, `Anne-Sophie`
        return is_first_name(word.split("-", 1)[0])
    return _detector().get_gender(word) != "unknown"


@dataclass(slots=True)
class Person:
    """One person of an article's cast."""

    name: str
    tokens: tuple[str, ...]
    gender: str | None = None
    title: str | None = None
    description: str | None = None
    first_pos: int = 0

    @property
    def surname(self) -> str:
        return fold(self.tokens[-1])


@dataclass(slots=True)
class NameParts:
    """A capitalised run split into title words and name words."""

    title: list[str]
    name: list[str]


def strip_possessive(word: str) -> str:
    """`Zelensky’s` -> `Zelensky`."""
    if len(word) <= 2 or word[-1] not in "s’'":
        return word
    return _POSSESSIVE.sub("", word)


def split_title(words: list[str]) -> NameParts:
    """Split leading title and nationality words from the name: `Ukrainian President
    Volodymyr Zelensky` -> (['Ukrainian', 'President'], ['Volodymyr', 'Zelensky']).

    The name starts after the last title-like word; the last word is always name.
    """
    last_title = -1
    for j in range(len(words) - 1):
        w = words[j]
        bare = w.rstrip(".")
        if bare in NON_NAME_WORDS and bare not in TITLE_TOKENS and bare not in ORG_WORDS and \
                j >= 1 and is_first_name(words[j - 1]) and words[j - 1] not in TITLE_TOKENS:
            continue  # `Henk Ten Cate`: a word of the name, after a given name
        if bare in TITLE_TOKENS or bare in ORG_WORDS or bare in NON_NAME_WORDS or \
                w.endswith(("’s", "'s")):
            last_title = j
    i = last_title + 1
    if i == 0 and len(words) >= 2 and (
            words[0].lower() in ROLE_NOUNS and (
                not is_first_name(words[0]) or len(words) == 3 and is_first_name(words[1]))
            or "-" in words[0] and words[0].rsplit("-", 1)[1] in TITLE_TOKENS):
        # `Prop Jones ready for hard graft`, `Wing Christophe Dominici`: a role opening
        # a sentence; `Vice-President Dick Cheney`
        i = 1
    # `Substitute Kofi Mensah`: a sentence-initial word before a given name is no name
    if len(words) - i == 3 and not is_first_name(words[i]) and is_first_name(words[i + 1]):
        i += 1
    return NameParts(words[:i], words[i:])


_ROLE_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Za-z][\w-]* ){0,3})([a-z][\w-]*) $")
# Letters after a name (`Philippe Sands QC`, `Jane Roe MP`): no part of it.
POSTNOMINALS = frozenset("QC KC MP MEP MSP AM MLA OBE MBE CBE KBE Jr Jr. Sr Sr. PhD".split())
# kinds of bodies: a role joined to one by `and` describes the body (`football club and
# former European champion Borussia Dortmund`)
_BODY_KINDS = frozenset("club firm company group team side band body charity".split())
_BODY_AND_ROLE = re.compile(r"\b(?:" + "|".join(sorted(_BODY_KINDS)) + r") and (?:[\w-]+ ){0,3}$")
# `David Rubin & Partners`: the run before `& Partners` is a firm's name, no person's
_AND_PARTNERS = re.compile(r" & [A-Z]")
_ADMINISTRATORS = re.compile(r"\badministrators? ((?:[A-Z][\w’'-]*)(?: (?:& )?[A-Z][\w’'-]*){0,4})")
# common Chinese and Korean family names, written first (`Wang Yan` is Mr Wang)
_FAMILY_NAME_FIRST = frozenset("""Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma
    Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Tang Song Han Deng Feng Cao Peng Zeng Xiao
    Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Fan Fang Shi
    Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Long Wan
    Duan Lei Qian Yin Kim Lee Park Choi Jung Cho Yoon Jang Lim Oh Seo Shin Kwon Hwang
    Ahn Yoo Hong Roh""".split())
# a Chinese given name of one or two syllables in pinyin (`Xuren`, `Yan`), which the
# first-name table does not know
_PINYIN = re.compile(r"(?i:(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|"
                     r"ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|er|"
                     r"a|o|e|i|u)){1,2})")
# the second word of a firm's name that its first word alone may stand for
_CORPORATE_WORDS = frozenset("""Instruments Industries Energy Petroleum Pharmaceuticals
    Electronics Communications Entertainment Semiconductor Semiconductors Networks
    Telecom Motors Airways Airlines Holdings Group""".split())
# words that open a run before a name and are no part of it (`Ailing EuroDisney`, `Rival
# Sony`)
LEAD_ADJECTIVES = frozenset("Rival Fellow Troubled Embattled Struggling Ailing Beleaguered "
                             "Stricken Crisis-hit Cash-strapped".split())
_ROLE_STOP = frozenset("by of the a an to for with and as at in on from said says told "
                       "than that who".split())
_PLACE_STARTS = frozenset("San Santa Los Las Saint Port Fort Hong Buenos Sao Lake Mount "
                          "Cape North South East West Upper Lower Greater".split())
_PLACE_ENDS = frozenset("City Springs Island Islands Valley County Beach Bay Heights Park "
                        "Street Road Square Avenue Code Act Bill Show Awards Prize Cup "
                        "League Festival Report Review Times Post News Daily Centre".split())


_PEER_OF = re.compile(r"(?:Lord|Lady|Baroness|Baron) ([A-Z][\w'’-]+) of ([A-Z][\w'’-]+)")


def _peer_of(masked: str, pos: int, word: str) -> re.Match[str] | None:
    """`Lord Roberts of Conwy` in the run at `pos` (`But Lord Walker of ...` too)."""
    m = _PEER_OF.search(masked, pos, pos + 80)
    return m if m is not None and m.group(1) == word and (
        m.start() == pos or masked.find(" ", pos, m.start()) == m.start() - 1) else None


_INITIALS = re.compile(r"[A-Z]{2}|(?:[A-Z]\.){2}")
# two capitals that are acronyms of things, bodies or roles, not a person's initials
_NOT_INITIALS = frozenset("""UK US EU UN BT GM DJ MC MP QC TV PC BA BP AC FC HP IT ID EA AP
    GP PR CD AA RE BB UA NY LA DC LG SK JP NT AT EF""".split())


def _initials_then_surname(masked: str, name: list[str]) -> bool:
    """`JK Rowling`, `JF Sullivan`: initials before a surname that the article also
    writes alone (`Rowling has revealed`)."""
    if len(name) != 2 or not _INITIALS.fullmatch(name[0]) or name[0] in _NOT_INITIALS:
        return False
    sur = name[1]
    if not (sur[:1].isupper() and sur[1:].islower() and sur.isalpha()) or \
            sur in ORG_WORDS or sur in NON_NAME_WORDS:
        return False
    return masked.count(sur) > masked.count(name[0] + " " + sur)


def _role_before(masked: str, lo: int, pos: int) -> str | None:
    """The role words just before a name at `pos` (`district court judge`), or None."""
    m = _ROLE_BEFORE.search(masked, lo, pos)
    if m is None or m.group(2) not in ROLE_NOUNS:
        return None
    words = m.group(0).split()
    cut = max((i + 1 for i, w in enumerate(words) if w.lower() in _ROLE_STOP), default=0)
    if cut and words[cut - 1] == "and":
        before = masked[max(lo, m.start() - 24):m.start() + len(" ".join(words[:cut - 1]))]
        last = before.split()[-1:]
        if last and last[0].lower() in _BODY_KINDS:
            return None  # `football club and former European champion Borussia Dortmund`
    return " ".join(words[cut:])


def looks_like_person(name: list[str], title: list[str]) -> bool:
    """Whether a title-stripped capitalised run names a person."""
    # (`Luiz Inacio Lula da Silva`: the family's `da` adds a word, not a name)
    core = len(name) - sum(1 for w in name[1:-1] if w in NAME_CONNECTORS)
    if not name or core > 4 or len(name) > 6:
        return False
    if any(not w[:1].isupper() and w not in NAME_CONNECTORS for w in name):
        return False  # `Trade and Fisheries`
    if any(w.rstrip(".") in ORG_WORDS for w in name):
        return False
    if any(w in NON_NAME_WORDS for w in name):
        return False
    if any(w.isupper() and len(w) > 1 and "." not in w for w in (name[0], name[-1])):
        return False  # `UK Muslims`, `London HQ`: acronyms are no names
    if name[0] in _PLACE_STARTS or name[-1] in _PLACE_ENDS:
        return False  # `San Francisco`, `Rio de Janeiro`, `Palm Springs`
    if len(name) >= 2 and (is_first_name(name[0]) or (len(name[0]) == 2 and name[0][1] == ".")):
        return True
    if title and any(t.rstrip(".") in TITLE_TOKENS for t in title) and not any(
        t in ORG_WORDS for t in name
    ):
        return core <= 3 or core == 4 and core < len(name)
    return False


_COMMON_NOUN_ENDS = ("er", "or", "ist", "ian", "ant", "ent", "ive", "man", "ers", "ics")
_SPEECH_AFTER = ("said", "says", "told", "added", "insisted", "admitted", "warned")


_IRISH_PREFIX = re.compile(r"\A[DO]['’](?=[A-Z])")


def _plain_pair(words: list[str]) -> bool:
    """Two plain capitalised words (`Lleyton Hewitt`) that no word list marks as a title,
    an organisation, a place or a non-name."""
    a, b = words
    # (`Dolphy D'Souza`, `Sean O'Hare`: a surname's `D'`/`O'` keeps it plain)
    return all(w.isalpha() and w[0].isupper() and w[1:].islower() and len(w) > 2
               for w in (a, _IRISH_PREFIX.sub("", b))) and \
        a not in NON_NAME_WORDS and a not in TITLE_TOKENS and \
        a not in ORG_WORDS and b not in ORG_WORDS and b not in NON_NAME_WORDS and \
        a not in _PLACE_STARTS and b not in _PLACE_ENDS


def _speaks_alone(masked: str, word: str) -> bool:
    """Whether `word` stands alone (no capitalised word before it) as the subject of a
    speech verb somewhere in the article (`Hewitt said`)."""
    start = masked.find(word + " ")
    while start >= 0:
        end = start + len(word) + 1
        before = masked[max(0, start - 2):start]
        alone = start == 0 or not masked[start - 1].isalnum() and not (
            before[:1].isalpha() and masked[max(0, start - 20):start].split()[-1:] and
            masked[max(0, start - 20):start].split()[-1][:1].isupper())
        if alone and masked.startswith(_SPEECH_AFTER, end):
            return True
        start = masked.find(word + " ", end)
    return False


# (in the masked text a quote's own full stop is masked: its closing mark ends it)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+|[\"”]\s+(?=[A-Z])")
# what may stand before a sentence's subject (`If Mr Blair ...` opens no main clause)
_SUBJECT_LEADS = frozenset(("", "But", "And", "So", "Yet", "However,", "Meanwhile,"))
# `Conservative shadow international development secretary Alan Duncan accused Mr Brown`:
# a role before the name opening the sentence leaves it the subject
_ROLE_LEAD = re.compile(r"(?:(?:But|And|However,|Meanwhile,) )?(?:The )?"
                        r"(?!(?:As|When|While|After|Before|Although|Though|If|Since|Because|Until|"
                        r"Once|With|Despite|Like|Unlike|In|On|At|For|From|To|By)\b)"
                        r"(?:[A-Z][\w'’&-]* ){0,3}"
                        r"(?:[a-z][\w-]* ){0,4}([a-z]+)")
_RUN_THEN_ROLE = re.compile(r"(?:[A-Z][\w'’&-]*\s+){1,5}(?:[a-z-]+\s+){0,2}([a-z-]+)\s+")
_SPOKE_AFTER = re.compile(r" (?:has |had )?(?:said|says|told|tells|added|argued|"
                          r"warned|claimed|insisted)\b")
_COORDINATE_BEFORE = re.compile(r"(?:\bbut|, and|;|\bwhile) $")
# `Tennis Australia's ` before a name: its owner, part of the same subject
_OWNER_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][\w&’'-]* ){0,3}[A-Z][\w&-]*['’]s \Z")
# a name followed by its verb is the subject of a clause of its own
_NAME_THEN_VERB = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}(?:(?:has|had|have|also|then|later)\s+)?"
                             r"(?:said|says|told|tells|is|was|were|are|will|would|could|can|"
                             r"[a-z]+ed)\b")
_SAID_WORD = re.compile(r"[A-Z][\w-]+")


_ROYAL_TITLE = re.compile(r"\b(?:Prince|Princess|King|Queen|Sir|Dame|Lord|Lady|Pope|Saint) ")
_HONORIFIC_BEFORE = re.compile(r"(?<![\w-])(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? \Z")


def _honorific_surname(text: str, surname: str) -> bool:
    """Whether `text` writes `Mr <surname>` (or Mrs, Ms, Miss, Dr, Prof).

    A string search, not a pattern made for each name: this runs for every unknown pair
    of every article, and compiling a pattern per name cost more than the scan itself."""
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        if not (end < len(text) and (text[end].isalnum() or text[end] == "_")) and \
                _HONORIFIC_BEFORE.search(text, max(0, at - 6), at):
            return True
        at = text.find(surname, end)
    return False


class Cast:
    """The people of one article and where each is mentioned (outside quotes)."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self._by_key: dict[str, Person] = {}
        self._by_surname: dict[str, list[Person]] = {}
        self._mention_pos: list[int] = []
        self._mention_who: list[Person] = []
        self._possessive: set[int] = set()  # mention positions written `Name’s`
        self._roles: dict[str, list[tuple[int, Person]]] = {}  # `the prime minister`
        self._text = ""
        self._royal_ends: list[int] | None = None
        self._raw = ""  # (the article unmasked, quotes and all)

    @property
    def text(self) -> str:
        """The (masked) article text the cast was scanned from."""
        return self._text

    # -- building -------------------------------------------------------------
    def add(self, tokens: list[str], pos: int, title: list[str] | None = None,
            description: str | None = None) -> Person:
        """Add (or find) the person named by `tokens` (title already split off)."""
        key = " ".join(fold(t) for t in tokens)
        person = self._by_key.get(key)
        if person is None and len(tokens) == 2 and title and \
                title[-1].lower().rstrip(".") in GENDER_TITLES:
            # `Mr Saumarez Smith` after `Charles Saumarez Smith`: a surname of two words
            folded = [fold(t) for t in tokens]
            person = next((c for c in self._by_surname.get(folded[-1], ())
                           if len(c.tokens) == 3 and is_first_name(c.tokens[0]) and
                           [fold(t) for t in c.tokens[1:]] == folded), None)
            if person is not None:
                self._by_key[key] = person
        if person is None:
            gender = None
            for t in title or ():
                gender = GENDER_TITLES.get(t.lower().rstrip(".")) or gender
            if gender is None:
                gender = first_name_gender(tokens[0])
            name = " ".join(tokens)
            if len(tokens) == 1 and title and title[-1] in _PEERAGE:
                # `Lord Goldsmith`, named so throughout: the title is how he is known
                name = f"{title[-1]} {name}"
            person = Person(name, tuple(tokens), gender,
                            " ".join(title) if title else None, description, pos)
            self.persons.append(person)
            self._by_key[key] = person
            self._by_surname.setdefault(person.surname, []).append(person)
            cut = next((i for i in range(2, len(tokens) - 1)
                        if tokens[i].lower() in NAME_CONNECTORS), 0)
            if cut >= 2:
                # `Luiz Inacio Lula da Silva` is also `President Lula`: the name before
                # the family's `da Silva`
                self._by_surname.setdefault(fold(tokens[cut - 1]), []).append(person)
        else:
            if title and not person.title:
                person.title = " ".join(title)
            if description and not person.description:
                person.description = description
        if person.gender is None and description:
            low = description.lower().split()
            if any(w in FEMALE_ROLE_WORDS for w in low):
                person.gender = "female"
            elif any(w in MALE_ROLE_WORDS for w in low):
                person.gender = "male"
        return person

    def mention(self, person: Person, pos: int) -> None:
        """Record that `person` is mentioned at `pos` (for pronoun resolution)."""
        i = bisect.bisect_left(self._mention_pos, pos)
        if i < len(self._mention_pos) and self._mention_pos[i] == pos:
            self._mention_who[i] = person
            return
        self._mention_pos.insert(i, pos)
        self._mention_who.insert(i, person)

    def mentions_of(self, person: Person, lo: int, hi: int) -> list[int]:
        """Positions in [lo, hi) where `person` is mentioned."""
        i = bisect.bisect_left(self._mention_pos, lo)
        out = []
        while i < len(self._mention_pos) and self._mention_pos[i] < hi:
            if self._mention_who[i] is person:
                out.append(self._mention_pos[i])
            i += 1
        return out

    def last_mention_of(self, person: Person, pos: int) -> int | None:
        """The position of the last mention of `person` before `pos`."""
        i = bisect.bisect_left(self._mention_pos, pos) - 1
        while i >= 0:
            if self._mention_who[i] is person:
                return self._mention_pos[i]
            i -= 1
        return None

    def scan(self, masked: str, paragraphs: list[tuple[int, int]]) -> None:
        """Find the people named in unquoted text: full names, then surname mentions.

        This runs on every article, so the common case (a one-word run that names
        nobody) costs a set lookup and nothing more.
        """
        self._text = masked
        self._royal_ends = None
        skip = _NOT_A_SINGLE_NAME
        singles: list[tuple[int, NameParts]] = []
        unknown: list[tuple[int, list[str]]] = []
        possessive = self._possessive
        for ps, pe in paragraphs:
            for m in CAP_RUN.finditer(masked, ps, pe):
                pos = m.start()
                if pos > 0 and (masked[pos - 1].isalnum() or masked[pos - 1] in "’'"):
                    continue  # inside a word: `iPod`
                run = m.group()
                cut = max(run.rfind("'s ", 0, len(run) - 1), run.rfind("’s ", 0, len(run) - 1))
                if cut > 0:
                    # `The Fabian Society's Sundar Katwala`: the name after the owner
                    pos += cut + 3
                    run = run[cut + 3:]
                first, _, rest = run.partition(" ")
                if rest and first in LEAD_ADJECTIVES:
                    # `Ailing EuroDisney vows turnaround`: the headline's word, no name's
                    pos += len(first) + 1
                    run = rest
                if " " not in run:
                    bare = strip_possessive(run) if run[-1] in "s’'" else run
                    if bare != run:
                        possessive.add(pos)
                    if bare in skip:
                        continue
                    singles.append((pos, NameParts([], [bare])))
                    if masked.startswith(", ", pos + len(run)) and \
                            _FIRST_NAME_AGE.match(masked, pos + len(run)) and \
                            is_first_name(bare):
                        # `Her son, Felix, 12, said`: a person known by a first name
                        self.mention(self.add([bare], pos), pos)
                    continue
                if _AND_PARTNERS.match(masked, pos + len(run)):
                    continue  # `David Rubin & Partners`, `Ernst & Young`: a firm's name
                words = run.split()
                bare = strip_possessive(words[-1])
                if bare != words[-1]:
                    possessive.add(pos)
                    words[-1] = bare
                if len(words) >= 3 and words[-1] in POSTNOMINALS:
                    words = words[:-1]  # `Philippe Sands QC`
                if len(words) == 2 and words[0] in MONTHS and is_first_name(words[0]) and \
                        not _DATE_BEFORE.search(masked, max(0, pos - 12), pos):
                    # `June Patel` is a person; `in June Patel said` is a date
                    self.mention(self.add(words, pos), pos)
                    continue
                parts = split_title(words)
                given = False
                if len(words) == 2 and parts.title == words[:1] and \
                        words[0] in _NATIONALITY_SURNAMES and is_first_name(words[0]) and \
                        _role_before(masked, max(ps, pos - 48), pos) is not None:
                    # `Economy minister German Gref`: after a role, a nationality word
                    # before a surname is a given name (a nationality precedes the role)
                    parts = NameParts([], words)
                    given = True
                # `district court judge Susan Ilston`: a role written just before the name
                role = _role_before(masked, max(ps, pos - 48), pos) \
                    if len(parts.name) >= 2 and not parts.title else None
                person = given or len(parts.name) >= 2 and (
                    _initials_then_surname(masked, parts.name) or
                    looks_like_person(parts.name, parts.title) or (
                        len(parts.name) == 2 and parts.name[1] in _NATIONALITY_SURNAMES and
                        is_first_name(parts.name[0]) and
                        _NAME_END.match(masked, m.end()) is not None and
                        _honorific_surname(masked, parts.name[1])) or (
                        # `finance minister Herve Gaymard`, `Shami Chakrabarti, director
                        # of Liberty`: a role makes a name the first-name table does not
                        # know a person's
                        (role is not None or (
                            not parts.title and parts.name[0] not in _NOT_FIRST and
                            masked[max(0, pos - 4):pos].lower() != "the " and
                            ROLE_AFTER.match(masked, m.end()) is not None)) and
                        len(parts.name) <= 3 and not any(
                            w in ORG_WORDS or w in NON_NAME_WORDS or w.isupper()
                            for w in parts.name)))
                if person:
                    # `J. Smith` and `John Smith` are kept as written; the longest
                    # earliest form wins for surname lookups.
                    p = None
                    if all(t.lower() in NAME_CONNECTORS for t in parts.name[:-1]):
                        p = self.lookup(list(parts.name), pos, parts.title)  # `Mr De Vido`
                    if p is None:
                        p = self.add(list(parts.name), pos, parts.title)
                    if p.description is None and role is not None:
                        p.description = role  # so that `the judge` finds her later
                    self.mention(p, pos)
                elif len(parts.name) == 1:
                    singles.append((pos, parts))
                elif len(words) == 2 and not parts.title and _plain_pair(words) and not (
                        words[0].endswith(_COMMON_NOUN_ENDS) and (pos == ps or masked[
                            pos - 2:pos] in (". ", ": ") or masked[pos - 1] in "\u201c\"")):
                    # (`Drugmaker Novartis` opening a sentence: a kind, then a name)
                    unknown.append((pos, words))
        for pos, words in unknown:
            # `by Lleyton Hewitt ... Hewitt said`: a pair the first-name table does not
            # know is a person when the article has its second word speak alone, or
            # writes it with an honorific (`Sundar Katwala ... Mr Katwala`)
            if _speaks_alone(masked, words[1]) or (
                    pos >= paragraphs[0][1] and _honorific_surname(masked, words[1])):
                # (not in the first paragraph, a headline: `End Bush 'denial'`)
                self.mention(self.add(words, pos), pos)
        by_surname = self._by_surname
        for pos, parts in singles:
            word = parts.name[0]
            honorific = bool(parts.title) and parts.title[-1].rstrip(".") in HONORIFICS
            if not honorific and fold(word) not in by_surname and not (
                    parts.title and parts.title[-1] in ("Sir", "Dame")):
                continue  # names nobody of the cast
            p = self.by_surname(word, pos, parts.title)
            peer = _peer_of(masked, pos, word) if parts.title else None
            if p is not None and peer is not None and \
                    not (p.title or "").endswith(parts.title[-1]):
                # `Lord Roberts of Conwy` is a peer of his own, not the Sion Roberts named
                # before
                p = None
            if p is None and honorific:
                # `Mr Pearson` with no full name in the article is still a person
                p = self.add(parts.name, pos, parts.title)
            if p is not None:
                if peer is not None and p.name == f"{parts.title[-1]} {word}":
                    # `Lord Roberts of Conwy`: the territorial title is part of a peer's name
                    p.name = f"{p.name} of {peer.group(2)}"
                if p.gender is None and parts.title:
                    p.gender = GENDER_TITLES.get(parts.title[-1].lower().rstrip("."))
                self.mention(p, pos)

    def named(self, name: str, pos: int) -> Person | None:
        """The person of the cast a speaker name (`Lord Holme`, `Tony Blair`) stands for."""
        for p in self.persons:
            if p.name == name:
                return p
        return self.lookup(name.split(), pos)

    def written_alone(self, name: str, pos: int) -> bool:
        """Whether the article writes `name` somewhere other than at `pos` (`Gartner said`
        besides `the Gartner report`)."""
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?:['’]s?)?(?![\w-])",
                             self._text):
            if not (m.start() <= pos + 30 and m.start() >= pos - 30):
                return True
        return False

    def full_names_from(self, text: str) -> None:
        """`Mr Blair` named in full only inside a quote (`"... under Tony Blair"`): the
        person known by a surname takes the one full name the text gives it."""
        self._raw = text
        for p in self.persons:
            if len(p.tokens) != 1 or (p.title or "").split()[-1:] in (["Lord"], ["Lady"],
                                                                      ["Baroness"]):
                continue
            given = self.given_name_of(p.tokens[0])
            if given is not None:
                p.name = f"{given} {p.tokens[0]}"

    def given_name_of(self, surname: str) -> str | None:
        """The one given name the article (quotes too) writes before `surname` (`Last
        month Wenger said` ... `"... with Arsene Wenger"`; `Teenager Sania Mirza`), else
        None."""
        text = self._raw
        found: set[str] = set()
        described: set[str] = set()
        at = text.find(" " + surname)
        while at > 0:
            end = at + 1 + len(surname)
            if end >= len(text) or not (text[end].isalnum() or text[end] == "-"):
                b = at
                while b > 0 and text[b - 1].isalpha():
                    b -= 1
                word = text[b:at]
                prev = text[max(0, b - 30):b].split()[-1:]
                if word[:1].isupper() and word[1:].islower() and len(word) >= 2 and \
                        (b == 0 or not text[b - 1].isalnum()) and \
                        word not in NON_NAME_WORDS and word not in TITLE_TOKENS and \
                        word not in ORG_WORDS and word.lower() not in ROLE_NOUNS and \
                        word not in MONTHS and word not in LEAD_ADJECTIVES:
                    if is_first_name(word):
                        found.add(word)
                    elif prev and prev[0][:1].isupper() and prev[0].isalpha() and \
                            text[b - 1] == " ":
                        described.add(word)  # (`Teenager Sania Mirza`: after a descriptor)
            at = text.find(" " + surname, at + 1)
        if len(found) == 1:
            return found.pop()
        return described.pop() if not found and len(described) == 1 else None

    def remember_role(self, phrase: str, pos: int, person: Person) -> None:
        """Record that the role `phrase` (`prime minister`) at `pos` meant `person`."""
        self._roles.setdefault(phrase, []).append((pos, person))

    def other_office(self, person: Person, phrase: str, pos: int) -> bool:
        """Whether a high office other than `phrase` meant `person` before `pos` (`The
        chancellor would not comment` of Gordon Brown: no `prime minister` later)."""
        return any(other != phrase and any(at < pos and p is person for at, p in held)
                   for other, held in self._roles.items())

    def role_before(self, phrase: str, pos: int) -> Person | None:
        """Whom the role `phrase` last meant before `pos`, if it was resolved there."""
        best = None
        for at, person in self._roles.get(phrase, ()):
            if at < pos and (best is None or at > best[0]):
                best = (at, person)
        return best[1] if best else None

    def _after_royal_title(self, word: str) -> bool:
        """Whether the article writes `word` after a royal or noble title (`Prince
        Charles`). (A pattern made per word missed the regex cache and was compiled on
        nearly every call; the titles are found once per article instead.)"""
        if self._royal_ends is None:
            self._royal_ends = [m.end() for m in _ROYAL_TITLE.finditer(self._text)]
        if not (word.isalnum() and word.isascii()):
            # (the word as a pattern, as it was: `\b` after a last letter that is a word
            # character is what the check below reads)
            return re.search(_ROYAL_TITLE.pattern + word + r"\b", self._text) is not None
        text = self._text
        for at in self._royal_ends:
            end = at + len(word)
            if text.startswith(word, at) and not (end < len(text) and (
                    text[end].isalnum() or text[end] == "_")):
                return True
        return False

    def _known_by_given_name(self, word: str) -> Person | None:
        """The one person of the cast whose full name starts with the given name `word`
        (`Ozzy` for Ozzy Osbourne), when `word` is a given name and nobody's surname and
        the article gave that person a title or a role (`Rock star Ozzy Osbourne`: no
        brand that a first-name table takes for a person, like `Sky Plus`)."""
        if not is_first_name(word) or self._after_royal_title(word):
            return None  # `Prince Charles ... Charles said` is not Charles Kennedy
        found = [p for p in self.persons if len(p.tokens) >= 2 and p.tokens[0] == word]
        if len(found) != 1:
            return None
        one = found[0]
        if not (one.title or one.description or any(
                p is not one and p.tokens[-1] == one.tokens[-1] and len(p.tokens) >= 2
                for p in self.persons) or self._acts_by_full_name(" ".join(one.tokens))):
            # (or a family: `Anil` beside Mukesh Ambani, whom the surname alone would not
            # tell apart; or a person the article has doing something by full name:
            # `Serena Williams has angrily rejected ...`)
            return None
        return one

    def expansion(self, acronym: str) -> str | None:
        """The body whose name's initials spell `acronym` (`Hefce`: the Higher Education
        Funding Council for England), as the article writes it, if it does."""
        want = acronym.upper()
        if not 3 <= len(want) <= 8 or not want.isalpha():
            return None
        for m in _BODY_RUN.finditer(self._text):
            words = m.group(1).split()
            if "".join(w[0] for w in words[words[0] == "The":] if w[:1].isupper()) == want:
                return m.group(1)
        return None

    def _acts_by_full_name(self, full: str) -> bool:
        """Whether the text writes `full` as the subject of a verb (`Serena Williams has
        rejected`), as a person is written and a product (`Sky Plus`) is not."""
        at = self._text.find(full + " ")
        while at >= 0:
            nxt = self._text[at + len(full) + 1:at + len(full) + 12].split(" ", 1)[0]
            if nxt in _SUBJECT_VERBS:
                return True
            at = self._text.find(full + " ", at + 1)
        return False

    # -- lookups --------------------------------------------------------------
    def by_surname(self, surname: str, pos: int, title: list[str] | None = None
                   ) -> Person | None:
        """The person a bare surname (or `Mr Surname`) at `pos` refers to."""
        cands = self._by_surname.get(fold(surname))
        if not cands and title and title[-1].rstrip(".") in ("Sir", "Dame"):
            # British style: `Sir Ian` is Sir Ian Blair
            first = fold(surname)
            cands = [p for p in self.persons if fold(p.tokens[0]) == first]
        if not cands and title and surname in _FAMILY_NAME_FIRST:
            # `said Wang Yan ... Mr Wang said`: a Chinese or Korean name, the family name
            # first (the given name after it one the first-name table knows)
            cands = [p for p in self.persons if len(p.tokens) == 2 and
                     p.tokens[0] == surname and (is_first_name(p.tokens[1]) or
                                                  _PINYIN.fullmatch(p.tokens[1]) is not None)]
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        want = None
        for t in title or ():
            want = GENDER_TITLES.get(t.lower().rstrip(".")) or want
        best = self.recent(pos, lambda p: p in cands and (want is None or p.gender in (want, None)))
        return best or cands[0]

    def lookup(self, tokens: list[str], pos: int, title: list[str] | None = None
               ) -> Person | None:
        """Resolve a name as written (title split off) to a person of the cast."""
        if not tokens:
            return None
        if len(tokens) == 1:
            p = self.by_surname(tokens[0], pos, title)
            if p is None and not title:
                p = self._known_by_given_name(tokens[0])  # `Ozzy said`
            return p
        key = " ".join(fold(t) for t in tokens)
        p = self._by_key.get(key)
        if p is not None:
            return p
        particle = all(t.lower() in NAME_CONNECTORS for t in tokens[:-1])
        if particle or title and len(tokens) == 2 and \
                title[-1].lower().rstrip(".") in GENDER_TITLES:
            # `Mr De Vido` after `Julio De Vido`: a surname with its particle; `Mr
            # Saumarez Smith` after `Charles Saumarez Smith`: a surname of two words
            for cand in self._by_surname.get(fold(tokens[-1]), ()):
                if [fold(t) for t in cand.tokens[-len(tokens):]] == [fold(t) for t in tokens] \
                        and len(cand.tokens) > len(tokens) and (
                            particle or is_first_name(cand.tokens[0])):
                    return cand
        # `V. Zelensky` or `Volodymyr O. Zelensky`: same surname and initial.
        for cand in self._by_surname.get(fold(tokens[-1]), ()):
            if fold(cand.tokens[0])[:1] == fold(tokens[0])[:1]:
                if len(tokens[0].rstrip(".")) == 1 or len(cand.tokens[0].rstrip(".")) == 1:
                    return cand
        return None

    def recent(self, pos: int, accept) -> Person | None:
        """The nearest person mentioned before `pos` that `accept` approves."""
        i = bisect.bisect_left(self._mention_pos, pos) - 1
        seen = 0
        while i >= 0 and seen < 60:
            p = self._mention_who[i]
            if accept(p):
                return p
            i -= 1
            seen += 1
        return None

    def firm_named(self, word: str) -> str | None:
        """The one firm the article names starting with `word` and a corporate word
        (`Texas Instruments`), for `Texas, which makes chips, said`; else None."""
        found = set()
        at = self._text.find(word + " ")
        while at >= 0:
            if at == 0 or not (self._text[at - 1].isalnum() or self._text[at - 1] == "-"):
                nxt = self._text[at + len(word) + 1:at + len(word) + 30].split(" ", 1)[0]
                nxt = nxt.rstrip(".,;:")
                if nxt.endswith(("'s", "’s")):
                    nxt = nxt[:-2]  # (`Texas Instruments's chips`)
                if nxt in _CORPORATE_WORDS:
                    found.add(f"{word} {nxt}")
            at = self._text.find(word + " ", at + 1)
        return found.pop() if len(found) == 1 else None

    def names_an_organisation(self, word: str) -> bool:
        """Whether the article writes `word` as the start of an organisation's name
        (`Cairn Energy`): then `Cairn said` is the company, not a person called Cairn."""
        for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r" ([A-Z][\w&]*)", self._text):
            if m.group(1) in ORG_WORDS:
                return True
        return False

    def bbc_reporter(self, pos: int) -> Person | None:
        """The one person the article introduces as the BBC's (`the BBC's Louisa Lim`)
        before `pos`: whom `our correspondent` means."""
        hits = list(_BBC_REPORTER.finditer(self._text, 0, pos))
        found = {m.group(1) for m in hits}
        if len(found) > 1 and pos - hits[-1].end() < 400:
            # `..., says the BBC's Louisa Lim. ..., our correspondent says`: of several,
            # the one just named
            found = {hits[-1].group(1)}
        if len(found) != 1:
            return None
        return self.lookup(found.pop().split(), pos)

    def written_after_kind(self, word: str, kinds: frozenset[str]) -> bool:
        """Whether the article writes `word` right after a kind of body (`sportswear firm
        Umbro`, `the bank HSBC`)."""
        at = self._text.find(" " + word)
        while at >= 0:
            end = at + 1 + len(word)
            if end >= len(self._text) or not (self._text[end].isalnum() or
                                              self._text[end] == "-"):
                before = self._text[max(0, at - 20):at].rsplit(None, 1)
                if before and before[-1].lower() in kinds:
                    return True
            at = self._text.find(" " + word, at + 1)
        return False

    def written_as_organisation(self, name: list[str]) -> bool:
        """Whether the article writes the name as a company's: `Shares in Krispy Kreme
        Doughnuts fell`, `Krispy Kreme shares`, `Krispy Kreme's shares`."""
        if "hares" not in self._text:
            return False  # (both patterns hold `shares` or `Shares`)
        words = r"\s+".join(re.escape(w) for w in name)
        return re.search(r"\b[Ss]hares (?:in|of) " + words + r"\b|\b" + words +
                         r"(?:'s|’s)? shares\b", self._text) is not None

    def insolvency_firm(self, pos: int) -> str | None:
        """The last firm named as administrators before `pos` (`administrators David Rubin
        & Partners`), else the first after it."""
        found = None
        for m in _ADMINISTRATORS.finditer(self._text):
            if found is not None and m.start() > pos:
                break
            found = m.group(1)
        return found

    def described_as_body(self, pos: int) -> bool:
        """Whether the words before `pos` make what follows a body's name: `German
        football club and former European champion Borussia Dortmund`."""
        return _BODY_AND_ROLE.search(self._text, max(0, pos - 40), pos) is not None

    def mention_positions(self, lo: int, hi: int) -> list[int]:
        """Positions of the mentions in [lo, hi), in order."""
        return self._mention_pos[bisect.bisect_left(self._mention_pos, lo):
                                 bisect.bisect_left(self._mention_pos, hi)]

    def last_named_together(self, lo: int, hi: int, gap: int) -> list[Person]:
        """The people of the last mention in [lo, hi) and of the mentions just before
        it in the same sentence, each less than `gap` characters before the next: those
        named in one breath, like `between Mr Brown and Mr Blair`; each once, the
        latest first."""
        i = bisect.bisect_left(self._mention_pos, hi) - 1
        out: list[Person] = []
        nxt = None
        while i >= 0 and self._mention_pos[i] >= lo:
            at = self._mention_pos[i]
            if nxt is not None and (nxt - at > gap or _SENTENCE_END.search(self._text, at,
                                                                           nxt)):
                break
            p = self._mention_who[i]
            if p not in out:
                out.append(p)
            nxt = at
            i -= 1
        return out

    def mentions_between(self, lo: int, hi: int) -> bool:
        """Whether anyone of the cast is mentioned in [lo, hi)."""
        i = bisect.bisect_left(self._mention_pos, lo)
        return i < len(self._mention_pos) and self._mention_pos[i] < hi

    def last_mention(self, pos: int) -> tuple[int, Person] | None:
        """The position and person of the last mention before `pos`."""
        i = bisect.bisect_left(self._mention_pos, pos) - 1
        if i < 0:
            return None
        return self._mention_pos[i], self._mention_who[i]

    def pronoun(self, gender: str, pos: int, said: str | None = None) -> Person | None:
        """The person `he`/`she` at `pos` most likely refers to: the nearest compatible
        mention, passing over possessives (`Cash's career`) when another is near, and
        over anyone named in `said`, the words attributed to the pronoun."""
        i = bisect.bisect_left(self._mention_pos, pos) - 1
        possessive_at = -1
        first = None
        seen = 0
        named = set(_SAID_WORD.findall(said)) if said else None
        while i >= 0 and seen < 60:
            p = self._mention_who[i]
            at = self._mention_pos[i]
            if p.gender in (gender, None) and not (
                    named and (p.tokens[0] in named or p.tokens[-1] in named)):
                if first is not None and (possessive_at - at > 150 or
                                          "\n" in self._text[at:possessive_at]):
                    return first  # nobody else close by: the possessive it is
                if at not in self._possessive:
                    return self._subject_instead(p, at, i, pos, gender, named)
                if first is None:
                    first, possessive_at = p, at
            i -= 1
            seen += 1
        return first

    def subject_over(self, p: Person, pos: int) -> Person:
        """`Michael Howard has launched an attack ... under Tony Blair. The Tory leader
        said`: for a role opening a sentence at `pos`, the subject of the sentence before
        rather than `p`, the person named last in its predicate."""
        i = bisect.bisect_left(self._mention_pos, pos) - 1
        if i < 0 or self._mention_who[i] is not p:
            return p
        run = CAP_RUN.match(self._text, self._mention_pos[i])
        if run is not None and _SPOKE_AFTER.match(self._text, run.end()):
            return p  # (`<claim>, Tony Blair has said. The prime minister said`: his)
        return self._subject_instead(p, self._mention_pos[i], i, pos, p.gender or "male",
                                     None)

    def _sentence_between(self, at: int, pos: int) -> bool:
        """Whether a sentence of narration stands between the one holding `at` and `pos`
        (`Club director Terry Brady held talks with Strachan. The former Scotland
        international added that ... "...," he said`: not Brady's sentence any more)."""
        text = self._text
        end = _SENTENCE_END.search(text, at, pos)
        if end is None:
            return False
        rest = text[end.end():pos]
        first = min((k for k in (rest.find('"'), rest.find("“")) if k >= 0), default=-1)
        if first >= 0:  # the words of a quote are not narration
            rest = rest[:first]
        return _SENTENCE_END.search(rest) is not None

    def _subject_instead(self, p: Person, at: int, i: int, pos: int, gender: str,
                         named: set[str] | None) -> Person:
        """`Prutton has apologised to Arsenal's Robert Pires. He said: ...`: a pronoun
        that opens a later sentence means the subject of the sentence before, when the
        nearest mention is in that sentence's predicate."""
        text = self._text
        if "\n" not in text[at:pos] and _SENTENCE_END.search(text, at, pos) is None:
            return p  # the same sentence: no subject preference
        owner = _OWNER_BEFORE.search(text, max(0, at - 60), at)
        opens = owner.start() if owner is not None else at  # (`but Tennis Australia's`)
        if _COORDINATE_BEFORE.search(text[max(0, opens - 6):opens]) is not None and \
                _NAME_THEN_VERB.match(text, at) is not None:
            return p  # `..., but Geoff Pollard rejected his comments`: a subject too
        lo = max(0, at - 400, text.rfind("\n", 0, at) + 1)
        s0 = lo
        for m in _SENTENCE_END.finditer(text, lo, at):
            s0 = m.end()
        j = i - 1
        while j >= 0 and self._mention_pos[j] >= s0:
            q = self._mention_who[j]
            qa = self._mention_pos[j]
            role = _RUN_THEN_ROLE.fullmatch(text, qa, at)
            same_phrase = role is not None and role.group(1) in ROLE_NOUNS
            # (`Global Asset Management investment chief David Smith`: one phrase)
            lead = text[s0:qa].strip()
            if lead not in _SUBJECT_LEADS:
                m = _ROLE_LEAD.fullmatch(lead)
                if m is None or m.group(1) not in ROLE_NOUNS or \
                        self._sentence_between(at, pos):
                    j -= 1
                    continue
            if q is not p and not same_phrase and \
                    q.gender in (gender, None) and \
                    qa not in self._possessive and not (
                        named and (q.tokens[0] in named or q.tokens[-1] in named)):
                return q
            j -= 1
        return p


@dataclass(slots=True)
class Mention:
    """A speaker as written in an attribution, before resolution."""

    text: str  # as written: 'he', 'Fesenko', 'Kremlin press secretary Dmitry Peskov'
    name: list[str] = field(default_factory=list)  # name tokens (title removed)
    title: list[str] = field(default_factory=list)
    description: str | None = None
    pronoun: str | None = None  # 'male' / 'female' / 'plural' when a pronoun
    group: str | None = None  # a group or organisation as written
    role: str | None = None  # a title-only mention: 'the minister'
    pos: int = 0
    also: list[Mention] = field(default_factory=list)  # further speakers of a shared claim
