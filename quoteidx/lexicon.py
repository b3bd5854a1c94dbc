"""Word lists the extractor looks words up in: cue verbs, titles, pronouns, furniture.

Learned from the conventions of real news text (wire, BBC, magazine styles).
"""

from __future__ import annotations

import functools
import re


def word_regex(words) -> str:
    """A regex alternation of `words` as a prefix trie: `sa(?:id|ys)`-style groups
    are several times faster to scan than a flat `said|says|...` alternation."""
    trie: dict = {}
    for w in words:
        d = trie
        for c in w:
            d = d.setdefault(c, {})
        d[""] = {}

    def build(d: dict) -> str:
        alts = [re.escape(c) + build(sub) for c, sub in sorted(d.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in d else body

    return build(trie)

# Reporting verbs, every tense form we accept as a speech cue. The lemma is kept
# alongside so rules can ask for "a form of say".
_CUE_LEMMAS = {
    "say": "say says said saying",
    "tell": "tell tells told telling",
    "add": "add adds added adding",
    "ask": "ask asks asked asking",
    "write": "write writes wrote written writing",
    "tweet": "tweet tweets tweeted tweeting",
    "post": "post posts posted",
    "insist": "insist insists insisted insisting",
    "warn": "warn warns warned warning",
    "argue": "argue argues argued arguing",
    "explain": "explain explains explained explaining",
    "note": "note notes noted noting",
    "reply": "reply replies replied replying",
    "stress": "stress stresses stressed stressing",
    "recall": "recall recalls recalled recalling",
    "joke": "joke jokes joked joking",
    "admit": "admit admits admitted admitting",
    "claim": "claim claims claimed claiming",
    "declare": "declare declares declared declaring",
    "announce": "announce announces announced announcing",
    "suggest": "suggest suggests suggested suggesting",
    "acknowledge": "acknowledge acknowledges acknowledged acknowledging",
    "confirm": "confirm confirms confirmed confirming",
    "deny": "deny denies denied denying",
    "demand": "demand demands demanded demanding",
    "doubt": "doubt doubts doubted doubting",
    "believe": "believe believes believed",
    "think": "think thinks thought",
    "predict": "predict predicts predicted predicting",
    "promise": "promise promises promised promising",
    "pledge": "pledge pledges pledged pledging",
    "vow": "vow vows vowed vowing",
    "urge": "urge urges urged urging",
    "contend": "contend contends contended",
    "maintain": "maintain maintains maintained",
    "assert": "assert asserts asserted",
    "concede": "concede concedes conceded conceding",
    "complain": "complain complains complained complaining",
    "continue": "continue continues continued",
    "conclude": "conclude concludes concluded",
    "observe": "observe observes observed",
    "remark": "remark remarks remarked",
    "respond": "respond responds responded",
    "answer": "answer answers answered",
    "report": "report reports reported",
    "reveal": "reveal reveals revealed",
    "state": "state states stated",
    "allege": "allege alleges alleged",
    "agree": "agree agrees agreed",
    "estimate": "estimate estimates estimated",
    "cite": "cite cites cited",
    "emphasise": "emphasise emphasises emphasised emphasize emphasizes emphasized",
    "indicate": "indicate indicates indicated",
    "point": "pointed",  # "pointed out that"
    "describe": "described",
    "shout": "shout shouts shouted",
    "exclaim": "exclaimed",
    "whisper": "whispered",
    "murmur": "murmured",
    "quip": "quip quips quipped",
    "boast": "boast boasts boasted",
    "lament": "lament laments lamented",
    "caution": "caution cautions cautioned",
    "comment": "comment comments commented",
    "testify": "testify testifies testified",
    "blog": "blogged",
    "reckon": "reckon reckons reckoned",
    "hope": "hoped",
    "fear": "feared fears",
    "worry": "worried",
    "accept": "accepted accepts",
    "reiterate": "reiterate reiterates reiterated",
    "counter": "countered",
    "retort": "retorted",
    "interject": "interjected",
    "wonder": "wondered",
    "mention": "mentioned",
    "disclose": "disclosed",
    # what a survey, study or report found or showed (only such a subject: see reported)
    "find": "finds found",
    "show": "shows showed",
}

CUE_FORMS: dict[str, str] = {}
for _lemma, _forms in _CUE_LEMMAS.items():
    for _f in _forms.split():
        CUE_FORMS.setdefault(_f, _lemma)

# Cues that report speech when they introduce or follow a direct quote.
DIRECT_CUES = frozenset(CUE_FORMS)

# Cues that introduce reported content (`X said that ...`). Stance verbs such as
# believe/think/fear report a claim only with an explicit `that`.
REPORTED_CUES = frozenset(
    f for f, lemma in CUE_FORMS.items()
    if lemma not in {"ask", "continue", "answer", "respond", "reply", "shout",
                     "exclaim", "whisper", "murmur", "quip", "interject", "retort",
                     "joke", "comment", "counter", "describe", "cite", "post", "blog",
                     "wonder", "mention", "accept"}
)
# Cues that may report content without `that` (`he said the plan was late`).
BARE_REPORTED_CUES = frozenset(
    f for f, lemma in CUE_FORMS.items()
    if lemma in {"say", "tell", "add", "insist", "warn", "argue", "claim", "admit",
                 "believe", "think", "predict", "suggest", "stress", "explain", "note",
                 "concede", "deny", "reckon", "fear", "estimate", "maintain", "contend",
                 "confirm", "acknowledge", "promise", "find", "show", "reveal"}
)
# Cues that take a noun object as often as a clause (`added two tries`): bare content
# after them must open with a pronoun or `there`.
OBJECT_TAKING_CUES = frozenset("add adds added adding confirm confirms confirmed "
                               "promise promises promised estimate estimates estimated "
                               "note notes noted deny denies denied admit admits admitted "
                               "reveal reveals revealed"
                               .split())
# Participles/present forms that chain content after a comma (`, saying that ...`).
CHAIN_CUES = frozenset({"saying", "adding", "arguing", "insisting", "warning", "noting",
                        "ruling", "concluding", "stating", "announcing", "alleging",
                        "confirming", "maintaining", "complaining", "finding",
                        "stressing", "claiming", "explaining", "suggesting", "telling",
                        "acknowledging", "admitting", "declaring", "predicting",
                        "promising", "denying", "conceding"})

AUXILIARIES = frozenset(
    """has have had was is were are would will also later earlier previously then
    has also had also again repeatedly reportedly once often
    recently yesterday today last night publicly privately separately
    had earlier has long has already already both all each jointly""".split()
)

PRONOUNS = {
    "he": "male", "she": "female", "they": "plural", "him": "male", "her": "female",
    "i": "self", "we": "self", "it": "it",
}

# Honorific titles that give a gender.
GENDER_TITLES = {
    "mr": "male", "mr.": "male", "sir": "male", "lord": "male", "king": "male",
    "prince": "male", "father": "male", "brother": "male",
    "mrs": "female", "mrs.": "female", "ms": "female", "ms.": "female", "miss": "female",
    "dame": "female", "lady": "female", "queen": "female", "princess": "female",
    "sister": "female", "baroness": "female",
}

# Capitalised words that stand before a name as a title ("Prime Minister Tony Blair").
TITLE_TOKENS = frozenset(
    """Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Baroness
    Baron Rev Rev. Reverend Father Sister Brother President Vice Prime Minister Secretary
    Lt Lt. Col Col. Gen Gen. Maj Maj. Capt Capt. Sgt Sgt. Cpl Brig Adm Cmdr Lt-Col
    Chancellor Senator Sen. Sen Rep. Rep Representative Governor Gov. Gov Mayor Judge
    Justice General Gen. Gen Colonel Col. Captain Capt. Lieutenant Lt. Sergeant Sgt.
    Admiral Commander Major King Queen Prince Princess Sheikh Pope Cardinal Bishop
    Archbishop Rabbi Imam Chairman Chairwoman Chair Commissioner Chief Inspector
    Detective Superintendent Constable Officer Ambassador Director Coach Manager
    Deputy Foreign Home Health Defence Defense Interior Finance Culture Education Trade
    Justice Transport Environment Energy Attorney Solicitor Speaker Leader Shadow
    Secretary-General First Economic Executive Editor Spokesman Spokeswoman Spokesperson
    Minister-President Premier Chief-Executive Provost Councillor Councilman
    Councilwoman Alderman MP MEP Congressman Congresswoman Assemblyman Assemblywoman
    Mayor-elect President-elect Marshal Sheriff Attorney-General General-Secretary
    Ayatollah Emir Crown Grand Correspondent Reporter Presenter Columnist""".split()
)

# Lower-case nouns that describe a person's role ("Kremlin press secretary").
ROLE_NOUNS = frozenset(
    """analyst secretary spokesman spokeswoman spokesperson minister president negotiator
    official officials adviser advisor director chief executive manager coach chairman
    chairwoman chair leader head founder editor professor economist researcher expert
    lawyer attorney judge senator governor mayor ambassador diplomat commander general
    officer inspector detective superintendent constable striker midfielder defender
    goalkeeper captain player winger forward striker actor actress singer director
    producer writer author novelist poet artist musician star presenter host
    correspondent reporter journalist campaigner activist spokesperson candidate mp
    chancellor deputy commissioner member fellow scientist doctor surgeon nurse teacher
    student resident owner partner consultant strategist lobbyist pollster historian
    critic columnist investor trader banker agent boss veteran mother father wife
    husband son daughter sister brother widow chief-executive representative aide
    counsel prosecutor administrator organiser organizer curator designer engineer
    developer programmer physicist chemist biologist psychologist psychiatrist
    trainer rider driver jockey bowler batsman fly-half full-back prop lock
    flanker scrum-half hooker centre wing skipper champion runner sprinter whip
    substitute resident residents beekeeper landlord tenant patient victim witness
    commuter shopkeeper farmer fisherman pilot soldier distributor publisher retailer
    broadcaster carrier promoter organiser regulator insurer reinsurer lender bookmaker
    bookmakers pollster watchdog film-maker filmmaker co-founder co-owner co-author vice-president
    co-chairman co-chairwoman co-chair co-leader co-director co-presenter
    vice-chairman singer-songwriter comedian broadcaster entrepreneur businessman
    businesswoman councillor councilman councilwoman alderman comic dancer rapper
    guitarist drummer bassist conductor composer choreographer playwright screenwriter
    novelist headteacher headmaster headmistress principal lecturer""".split()
)

FEMALE_ROLE_WORDS = frozenset(
    "actress chairwoman spokeswoman mother wife daughter sister widow congresswoman "
    "businesswoman councilwoman assemblywoman sportswoman queen princess baroness".split()
)
MALE_ROLE_WORDS = frozenset(
    "actor chairman spokesman father husband son brother widower congressman "
    "businessman councilman assemblyman sportsman king prince".split()
)

# Lower-case heads of bodies that news names in full before calling them by the head
# alone (`the Countryside Alliance ... The alliance said`).
NAMED_BODY_HEADS = frozenset("""society alliance foundation trust coalition forum consortium
    chamber federation association institute""".split())

# Lower-case heads of group speakers ("police said", "the ministry said").
GROUP_HEADS = frozenset(
    """police officials ministry government department company firm spokesman spokeswoman
    spokesperson statement report reports study survey committee council agency
    authorities authority army military military's court prosecutors lawyers group
    union unions party parties organisers organizers analysts experts critics
    campaigners residents witnesses sources source officers investigators researchers
    scientists doctors economists observers opponents supporters members leaders club
    team board bank banks kremlin commission executive regulator regulators watchdog
    administration cabinet office embassy spokespeople insiders aides allies
    diplomats ministers others many some both fans players staff
    airline carrier retailer group's statement paper newspaper website
    charity charities association federation institute inquiry survey poll
    officials' intelligence workers teachers nurses farmers traders dealers bankers
    negotiators protesters activists villagers locals managers executives employers
    employees shareholders investors consumers voters media""".split()
) | NAMED_BODY_HEADS

# Words that, capitalised, are not people (a sentence-initial "The", days, months...).
NON_NAME_WORDS = frozenset(
    """Q&A The A An This That These Those It Its In On At By For From With Without Of To And
    But Or If When While As After Before Since Until Although Though Because Yet So
    Following Amid
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Christmas Easter
    He She They We I You His Her Their Our My Your Mr Mrs Ms Dr There Here What Who Why
    How Where Which Whether Not No Yes Some Many Most Much More Few All Both Each Every
    Other Others Another Last Next First Second Third New Old Now Then However Meanwhile
    Also Even Still Just Only Already Earlier Later Today Tomorrow Yesterday Tonight
    Speaking Asked According Despite During Under Over Between Among Against Through
    Photo Watch Sign Image Getty Reuters AP AFP BBC PA EPA Copyright Follow Updated
    Published Subscribe Advertisement Click Share Listen One Two Three Four Five Six
    Seven Eight Nine Ten Several""".split()
)

# News agencies: furniture in a photo credit, but bodies in `media group Reuters`.
NEWS_AGENCIES = frozenset("AP AFP Reuters PA BBC EPA".split())

# Capitalised words that mark an organisation or place rather than a person.
# The last word of a public body's name (`Securities and Exchange Commission`)
BODY_HEADS = frozenset("""Commission Committee Department Agency Authority Council Board
    Association Institute Office Service Federation Union Society Court Bureau
    Administration Ministry Organisation Organization""".split())

ORG_WORDS = frozenset(
    """Ministry Department Party Council Committee Commission Office Agency Bank Court
    University College School Institute Association Federation Union League Club Group
    Company Corporation Corp Inc Ltd Plc plc LLC Co Holdings Foundation Trust Fund Society
    Service Services Board Authority Parliament Assembly Congress Senate House Government
    Administration Police Army Navy Force Forces Church Museum Hospital Centre Center
    Theatre Theater Gallery Orchestra Opera Ballet Cinema
    Times Post News Press Journal Herald Guardian Telegraph Mail Express Mirror Sun
    Television Radio Network Channel Studios Records Airlines Airways Motors Systems
    Technologies Labs Microsoft Google Apple Sony Nintendo Kremlin Pentagon Treasury
    Street Road Avenue Square Stadium Park City County State Republic Kingdom Nations
    United European Europe American America British Britain Ukrainian Russian Russia
    Ukraine Chinese China French France German Germany Scottish Scotland Welsh Wales
    Irish Ireland English England Labour Conservative Conservatives Tory Tories Liberal
    Democrats Democrat Democratic Republican Republicans Green Greens SNP NATO EU UN
    Lib Dem Dems Ukip UKIP Veritas Action Economics Watch
    Olympic Olympics Cup Championship Premiership League Open Festival Awards Oscar
    Oscars Grammy Brits Internet Web Online Digital Mobile Wireless Alliance Coalition
    Council Partnership Network Initiative Campaign Project Programme Program Centre
    District Port Authority Railways Railway Water Energy Power Grid Homes Housing
    Capital Partners Securities Group Holdings Ventures Media Studios Research Banking
    Consulting Analytics Insight Associates Institute Pictures Entertainment Films Music
    Games Software Electronics Telecom Communications Foods Brewery Pharmaceuticals
    Motors Airport Daily Weekly Magazine Review Gazette Observer Chronicle Industry
    Industries Federation Confederation Chamber Exchange Trust Fund Organisation
    Organization Rail Trains Buses Transport Mail Telecom Energy Oil Gas Steel Aid Concern Presse
    Shelter""".split()
)

# Lines that are page furniture, never speech.
FURNITURE_RE = re.compile(
    r"""^\s*(?:
        (?:sign\s+up|subscribe|start\s+your\s+day|newsletter|advertisement|related:|
           read\s+more|watch:|listen:|read:|more\s+on\s+this|share\s+this|follow\s+us|
           click\s+here|image\s+(?:source|caption|copyright)|photo:|photograph:|
           \(photo|\(image|copyright|all\s+rights\s+reserved|latest\s+news|masthead|
           by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*(?:,|$)|updated\s|published\s)
    )""",
    re.IGNORECASE | re.VERBOSE,
)


# Political parties as news names them (`Tory leader`, `the Lib Dems`), for `the party said`:
# the words, and the party's name.
PARTY_NAMES = {
    "Labour": "Labour", "Conservative": "the Conservatives",
    "Conservatives": "the Conservatives", "Tory": "the Conservatives",
    "Tories": "the Conservatives", "Liberal Democrat": "the Liberal Democrats",
    "Liberal Democrats": "the Liberal Democrats", "Lib Dem": "the Liberal Democrats",
    "Lib Dems": "the Liberal Democrats", "SNP": "the SNP", "Plaid Cymru": "Plaid Cymru",
    "UKIP": "UKIP", "Ukip": "UKIP", "Veritas": "Veritas", "Republican": "the Republicans",
    "Republicans": "the Republicans", "Democrat": "the Democrats",
    "Democrats": "the Democrats", "Sinn Fein": "Sinn Fein", "DUP": "the DUP",
    "SDLP": "the SDLP", "Green Party": "the Green Party",
}


@functools.lru_cache(maxsize=64)
def kind_then_name(head: str) -> re.Pattern:
    """`Security firm iDefence`, `software company eBay`, `media group Reuters`: the
    kind of body, then its name (group 1)."""
    return re.compile(r"\b" + re.escape(head) + r" ((?:[A-Z]|[a-z][A-Z])[\w&’'-]*"
                      r"(?: (?:& )?[A-Z][\w&’'-]*){0,3})")
