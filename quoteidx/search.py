"""Fuzzy search over the index: statements, speakers, a speaker's quotes, one quote.

Statements: SQLite FTS5 narrows the candidates (the porter word index for the query's
words, each unknown word also corrected against the index vocabulary with rapidfuzz; the
trigram index for the rarest trigrams of words the vocabulary does not know), then
rapidfuzz ranks those few thousand with `process.cdist` on both cores (`score_matrix`,
ties broken by `best_order`: the benchmark's brute-force scan uses both functions as they
are). Nothing scans the whole `quotes` table unless `exhaustive=True`.

Speakers: every name and alias is loaded once per connection and matched in memory, word
by word, so that a surname alone, initials and misspellings all find the person.

Any string is a valid query: user text reaches FTS5 only as quoted strings and SQL only as
bound parameters.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from bisect import bisect_left
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

import sqlite_utils
from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import OSA

from quoteidx.errors import AmbiguousSpeakerError, NotFoundError, QuoteidxError
from quoteidx.normalize import fold, normalize_name

MAX_QUERY_CHARS = 300  # a query is a half-remembered phrase; longer input is cut here
MAX_QUERY_WORDS = 24
CANDIDATES = 1500  # candidates of the ranked porter query, re-ranked by rapidfuzz
AND_CANDIDATES = 500  # candidates holding every word (or all but one)
RANKED_AND_DOCS = 20_000  # an AND expected to match more documents than this is not ranked
RANKED_AND_POSTINGS = 400_000  # nor one whose terms' doc counts add up to more than this
SECONDARY_WEIGHT = 0.005  # share of `fuzz.ratio` in the score (at most half a point)
TRIGRAM_CANDIDATES = 300
RARE_PAIR_TERMS = 3  # ANDs of each pair of the 3 rarest words typed right ...
FALLBACK_BELOW = 10  # ... asked when the other ANDs found fewer statements than this
DROP_ONE_QUERIES = 3  # ANDs of all known words but one (the rarest few dropped in turn)
POSTING_BUDGET = 12_000  # documents FTS5 may rank per query (sum of the terms' doc counts)
TRIGRAM_MAX_DOCS = 10_000  # a trigram in more documents than this does not narrow anything
MAX_TERMS = 12
FILTERED_SCAN_LIMIT = 20_000  # a filter this selective is ranked whole, without FTS
EXHAUSTIVE_CHUNK = 50_000
VOCAB_SMALL = 50_000  # below this many quotes the vocabulary cache is rebuilt on any change
SPEAKER_MIN_SCORE = 80.0
SPEAKER_MARGIN = 3.0  # candidates this close to the best one make a name ambiguous
KINDS: dict[str, tuple[str, ...]] = {
    "direct": ("direct",),
    "indirect": ("indirect",),
    "mixed": ("mixed",),
    "reported": ("indirect", "mixed"),
}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_WORD = re.compile(r"\w+")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$")
_TOKENIZE = re.compile(r"tokenize\s*=\s*(?:'([^']*)'|\"([^\"]*)\")", re.I)


class QueryError(QuoteidxError):
    """A search option has a value search cannot use (a malformed date, an unknown kind)."""

    exit_code = 2


@dataclass(slots=True)
class SearchHit:
    """One quote found by `search`, with its score (0-100) and where it comes from."""

    id: int
    score: float
    speaker: str | None
    text: str
    kind: str | None
    title: str | None
    path: str | None
    published: str | None
    outlet: str | None
    article_id: int | None
    speaker_id: int | None
    highlights: list[tuple[int, int]] = field(default_factory=list)

    def to_row(self) -> dict:
        """The hit as a JSON-ready dict (without the highlight offsets)."""
        row = asdict(self)
        row.pop("highlights")
        return row


@dataclass(slots=True)
class SpeakerMatch:
    """A speaker found by name: the score of the best matching name or alias."""

    id: int
    name: str
    score: float
    quote_count: int
    matched: str | None = None  # the name or alias that matched best
    type: str | None = None
    title: str | None = None
    description: str | None = None

    def to_row(self) -> dict:
        """The speaker as a JSON-ready dict."""
        return asdict(self)


# ---------------------------------------------------------------------------------------
# Text preparation and scoring (shared with the benchmark's brute-force scan)
# ---------------------------------------------------------------------------------------


def clean_query(query: str) -> str:
    """The query with control characters removed, cut to a sensible length at a word."""
    text = _CONTROL.sub(" ", str(query or ""))
    if len(text) > MAX_QUERY_CHARS:
        cut = text.rfind(" ", 0, MAX_QUERY_CHARS)
        text = text[: cut if cut > MAX_QUERY_CHARS // 2 else MAX_QUERY_CHARS]
    return text.strip()


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def prepare_text(text: str) -> str:
    """Text as the scorer sees it: accents removed, lower case, punctuation as one space.

    Runs of spaces are collapsed, so that `he said, "it is` is `he said it is` and a
    phrase split by punctuation still matches the typed phrase exactly.
    """
    if not text.isascii():
        text = _strip_accents(text)
    return " ".join(utils.default_process(text).split())


def prepare_query(query: str) -> str:
    """A query as the scorer sees it (cleaned, cut, prepared like the texts)."""
    return " ".join(prepare_text(clean_query(query)).split()[:MAX_QUERY_WORDS])


def score_matrix(prepared_query: str, prepared_texts: list[str], process_texts: bool = False):
    """Scores (0-100, a float32 numpy array) of prepared texts for a prepared query.

    The primary score is the better of two views: `partial_ratio` (the query as an
    approximate substring of the statement, so a fragment with typos scores high whatever
    the statement's length) and `token_set_ratio` (the query's words present in any
    order), the latter scaled by 0.95 so that a statement holding the words as a phrase
    ranks above one where they are scattered. Many statements share a primary score (every
    statement holding a common phrase scores 100), so `fuzz.ratio` of the whole statement
    is blended in with weight SECONDARY_WEIGHT: among near-equals the statement closest to
    the query as a whole (length and order) comes first. `process_texts=True` prepares raw
    texts on the way. The benchmark's brute-force scan calls this very function.
    """
    import numpy as np

    if not prepared_texts or not prepared_query:
        return np.zeros(len(prepared_texts), dtype=np.float32)
    if process_texts:
        prepared_texts = [prepare_text(t) for t in prepared_texts]
    a = process.cdist([prepared_query], prepared_texts, scorer=fuzz.partial_ratio,
                      workers=-1, dtype=np.float32)[0]
    b = process.cdist([prepared_query], prepared_texts, scorer=fuzz.token_set_ratio,
                      workers=-1, dtype=np.float32)[0]
    c = process.cdist([prepared_query], prepared_texts, scorer=fuzz.ratio,
                      workers=-1, dtype=np.float32)[0]
    w = np.float32(SECONDARY_WEIGHT)
    return (np.float32(1) - w) * np.maximum(a, b * np.float32(0.95)) + w * c


def best_order(scores, ids, published, k: int, articles=None) -> list[int]:
    """Positions of the `k` best scores, best first (see `ranked_positions`)."""
    return [i for i, _ in ranked_positions(scores, ids, published, k, articles)]


def ranked_positions(scores, ids, published, k: int, articles=None
                     ) -> list[tuple[int, float]]:
    """The `k` best (position, ranking score): higher score, then newer article, then lower id.

    `scores` is what `score_matrix` returns and `ids` runs parallel to it; `published`
    gives the article dates (None when unknown) and `articles` the article ids: each a
    parallel sequence, or a function from a list of positions to their values (asked only
    about the positions that can make the top k). Used by `search` and by the benchmark's
    brute force, so that both order results the same way.

    Reading order: the secondary term (`fuzz.ratio`) measures closeness to the query as a
    whole and so prefers short statements, but between two statements of one article it
    should not overturn the article's own order. When `articles` is given, a quote ranks
    with the score of a later quote of its article that beats it by less than the
    secondary term's reach (SECONDARY_WEIGHT points of 100), and so comes just before it:
    a speaker's "we will defend ourselves" stays ahead of the "but defend ourselves" that
    echoes it two sentences later. The ranking score is the score search shows.
    """
    import numpy as np

    scores = np.asarray(scores)
    n = len(scores)
    if k <= 0 or n == 0:
        return []
    margin = SECONDARY_WEIGHT * 100 if articles is not None else 0.0
    if n > k:
        kth = np.partition(scores, n - k)[n - k]
        # A position below the k-th score by less than the margin may be lifted into it.
        pos = np.nonzero(scores >= kth - margin)[0].tolist()
    else:
        pos = list(range(n))
    rank = {i: float(scores[i]) for i in pos}
    if articles is not None:
        arts = articles(pos) if callable(articles) else [articles[i] for i in pos]
        by_article: dict = {}
        for i, a in zip(pos, arts, strict=True):
            if a is not None:
                by_article.setdefault(a, []).append(i)
        for group in by_article.values():
            if len(group) < 2:
                continue
            group.sort(key=ids.__getitem__)
            for j, i in enumerate(group):
                s = float(scores[i])
                lifts = [float(scores[m]) for m in group[j + 1:]
                         if s < float(scores[m]) < s + margin]
                if lifts:
                    rank[i] = max(lifts)
    if n > k:
        cut = sorted(rank.values(), reverse=True)[k - 1]
        pos = [i for i in pos if rank[i] >= cut]
    dates = published(pos) if callable(published) else [published[i] for i in pos]
    key = {i: (-rank[i], _neg_date(d), ids[i]) for i, d in zip(pos, dates, strict=True)}
    pos.sort(key=key.__getitem__)
    return [(i, rank[i]) for i in pos[:k]]


# ---------------------------------------------------------------------------------------
# Vocabulary of the FTS indexes (cached in the index, read through fts5vocab)
# ---------------------------------------------------------------------------------------


def _fts_string(term: str) -> str:
    """An FTS5 string literal: the only form user text takes in a MATCH expression."""
    return '"' + term.replace('"', '""') + '"'


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')", (name,)
    ).fetchone() is not None


def _commit_if_opened(conn: sqlite3.Connection, was_open: bool) -> None:
    if conn.in_transaction and not was_open:
        conn.commit()


def _stems(conn: sqlite3.Connection, words: list[str]) -> list[str | None]:
    """The porter index's own token for each word (None when it yields none).

    Words are run through a temporary FTS5 table with the tokenizer of `quotes_fts`, so the
    stems agree with the index exactly.
    """
    if not words:
        return []
    was_open = conn.in_transaction
    if conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'quoteidx_qtok_v'"
                    ).fetchone() is None:
        row = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'quotes_fts'").fetchone()
        m = _TOKENIZE.search(row[0] or "") if row else None
        tokenize = (m.group(1) or m.group(2)) if m else "porter unicode61 remove_diacritics 2"
        conn.execute("DROP TABLE IF EXISTS temp.quoteidx_qtok")
        conn.execute("CREATE VIRTUAL TABLE temp.quoteidx_qtok USING fts5(w, tokenize="
                     + "'" + tokenize.replace("'", "''") + "')")
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.quoteidx_qtok_v "
                     "USING fts5vocab(temp, quoteidx_qtok, instance)")
    conn.execute("DELETE FROM temp.quoteidx_qtok")
    conn.executemany("INSERT INTO temp.quoteidx_qtok (rowid, w) VALUES (?, ?)",
                     list(enumerate(words)))
    out: list[str | None] = [None] * len(words)
    for doc, term in conn.execute(
            "SELECT doc, term FROM temp.quoteidx_qtok_v ORDER BY doc, offset"):
        if out[doc] is None:
            out[doc] = term
    conn.execute("DELETE FROM temp.quoteidx_qtok")
    _commit_if_opened(conn, was_open)
    return out


class _Vocab:
    """Terms and document counts of one FTS table ('w': quotes_fts, 't': quotes_trigram).

    Scanning fts5vocab costs seconds on a large index, so the counts are stored in the
    table `search_vocab` and rebuilt when the index has grown (on any change while small);
    where the index cannot be written, they are kept in memory for the process.
    """

    _memory: dict[tuple[str, str], tuple[int, dict[str, int]]] = {}
    _terms: dict[tuple[str, str, int], list[str]] = {}

    def __init__(self, conn: sqlite3.Connection, kind: str) -> None:
        self.conn = conn
        self.kind = kind
        self.table = "quotes_fts" if kind == "w" else "quotes_trigram"
        self.key = (_db_file(conn), kind)
        self.memory: dict[str, int] | None = None
        self.max_id = conn.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0]
        self.built = self._ensure()

    def _stale(self, built: int | None) -> bool:
        if built is None:
            return True
        if built == self.max_id:
            return False
        return self.max_id < VOCAB_SMALL or abs(self.max_id - built) > 0.1 * max(built, 1)

    def _ensure(self) -> int:
        conn = self.conn
        if _has_table(conn, "search_vocab_state"):
            row = conn.execute("SELECT max_id FROM search_vocab_state WHERE kind = ?",
                               (self.kind,)).fetchone()
            if row is not None and not self._stale(row[0]):
                return row[0]
        cached = self._memory.get(self.key)
        if cached is not None and not self._stale(cached[0]):
            self.memory = cached[1]
            return cached[0]
        vt = f"quoteidx_vocab_{self.kind}"
        conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{vt} "
                     f"USING fts5vocab(main, {self.table}, row)")
        try:
            self._write_table(vt)
        except sqlite3.Error:
            # A read-only or busy index: keep the counts in memory for this process.
            if self.conn.in_transaction:
                self.conn.rollback()
            counts = dict(conn.execute(f"SELECT term, doc FROM temp.{vt}"))
            self._memory[self.key] = (self.max_id, counts)
            self.memory = counts
        return self.max_id

    def _write_table(self, vt: str) -> None:
        conn = self.conn
        was_open = conn.in_transaction
        if not was_open:
            conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TABLE IF NOT EXISTS search_vocab (kind TEXT NOT NULL, "
                     "term TEXT NOT NULL, doc INTEGER, PRIMARY KEY (kind, term)) WITHOUT ROWID")
        conn.execute("CREATE TABLE IF NOT EXISTS search_vocab_state (kind TEXT PRIMARY KEY, "
                     "max_id INTEGER, built_at TEXT)")
        conn.execute("DELETE FROM search_vocab WHERE kind = ?", (self.kind,))
        conn.execute(f"INSERT INTO search_vocab (kind, term, doc) "
                     f"SELECT ?, term, doc FROM temp.{vt}", (self.kind,))
        conn.execute("INSERT OR REPLACE INTO search_vocab_state (kind, max_id, built_at) "
                     "VALUES (?, ?, ?)", (self.kind, self.max_id,
                                          datetime.now(timezone.utc).isoformat()))
        if not was_open:
            conn.execute("COMMIT")

    def counts(self, terms: list[str]) -> dict[str, int]:
        """Document counts of the terms the index holds (unknown terms are left out)."""
        uniq = sorted(set(terms))
        if not uniq:
            return {}
        if self.memory is not None:
            return {t: self.memory[t] for t in uniq if t in self.memory}
        return dict(self.conn.execute(
            "SELECT term, doc FROM search_vocab WHERE kind = ? AND term IN "
            "(SELECT value FROM json_each(?))", (self.kind, json.dumps(uniq))))

    def terms(self) -> list[str]:
        """Every term (loaded once per process and build)."""
        key = (*self.key, self.built)
        got = self._terms.get(key)
        if got is None:
            if self.memory is not None:
                got = list(self.memory)
            else:
                got = [r[0] for r in self.conn.execute(
                    "SELECT term FROM search_vocab WHERE kind = ?", (self.kind,))]
            self._terms.clear()
            self._terms[key] = got
        return got


def _db_file(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return (row[2] if row and row[2] else f":memory:{id(conn)}")


def _corrections(term: str, vocab: _Vocab, limit: int = 3) -> list[str]:
    """The index terms closest to `term` by edit distance with transpositions (OSA)."""
    cutoff = 0.7 if len(term) <= 4 else 0.65
    near = process.extract(term, vocab.terms(), scorer=OSA.normalized_similarity,
                           limit=limit * 3, score_cutoff=cutoff)
    if not near:
        return []
    counts = vocab.counts([t for t, _s, _i in near])
    near.sort(key=lambda t: (-round(t[1], 3), -counts.get(t[0], 0)))
    return [t for t, _s, _i in near[:limit]]


# ---------------------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Filters:
    clauses: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)
    needs_article: bool = False
    speaker_ids: list[int] | None = None

    @property
    def empty(self) -> bool:
        return not self.clauses

    def where(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "1"


def _check_date(value: str, option: str) -> str:
    value = value.strip()
    if not _DATE.match(value):
        raise QueryError(f"{option}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _filters(db: sqlite_utils.Database, speaker: str | None, kind: str | None,
             since: str | None, until: str | None, outlet: str | None) -> _Filters:
    f = _Filters()
    if speaker is not None:
        ids = speaker_ids(db, speaker)
        f.speaker_ids = ids
        f.clauses.append("q.speaker_id IN (SELECT value FROM json_each(?))")
        f.params.append(json.dumps(ids))
    if kind is not None:
        k = kind.strip().lower()
        if k not in KINDS:
            raise QueryError(f"--kind: {kind!r} is not one of {', '.join(KINDS)}")
        f.clauses.append(f"q.kind IN ({','.join('?' * len(KINDS[k]))})")
        f.params.extend(KINDS[k])
    if since:
        f.clauses.append("a.published >= ?")
        f.params.append(_check_date(since, "--since"))
        f.needs_article = True
    if until:
        u = _check_date(until, "--until")
        f.clauses.append("substr(a.published, 1, ?) <= ?")
        f.params.extend([len(u), u])
        f.needs_article = True
    if outlet:
        f.clauses.append("instr(lower(a.outlet), lower(?)) > 0")
        f.params.append(outlet.strip())
        f.needs_article = True
    return f


# ---------------------------------------------------------------------------------------
# Statement search
# ---------------------------------------------------------------------------------------


def _match_expressions(conn: sqlite3.Connection, words: list[str], vocab: _Vocab | None
                       ) -> tuple[list[tuple[str, bool, bool]], list[str]]:
    """Porter MATCH expressions as (expression, ranked, fallback), and the words the
    index lacks. A fallback expression is asked only when the ANDs before it found next
    to nothing.

    Each word contributes its own stem and, when the index does not hold that stem, the
    closest index terms (rapidfuzz). The ranked OR takes terms rarest first within a
    budget of documents, so that FTS5 never ranks a large part of the index; when common
    words fall outside the budget, an AND of all the known terms finds the statements
    holding every word. The ANDs are ranked by bm25 (short statements first, as the score
    prefers) when that is cheap, else unranked (stopping at the limit).
    """
    stems = _stems(conn, words)
    known = vocab.counts([s for s in stems if s]) if vocab is not None else {}
    weighted: dict[str, int] = {}  # index term -> documents holding it
    spelled: dict[str, str] = {}  # index term -> its MATCH form
    unknown: list[str] = []
    fixes: list[str] = []
    best_fix: dict[str, str] = {}  # unknown stem -> its closest index term
    alternatives: dict[str, list[str]] = {}  # unknown stem -> its closest index terms
    for word, stem in zip(words, stems, strict=True):
        if not stem:
            continue
        # The word itself, not its stem: FTS5 stems the query again, and a stem is not
        # always its own stem (`releas` -> `relea`).
        spelled.setdefault(stem, _fts_string(word))
        if stem in known:
            weighted[stem] = known[stem]
            continue
        unknown.append(word)
        weighted.setdefault(stem, 0)
        if vocab is not None and len(stem) >= 3:
            near = _corrections(stem, vocab)
            if near:
                best_fix[stem] = near[0]
                alternatives[stem] = near
            fixes.extend(t for t in near if t not in spelled)
    if fixes:
        counts = vocab.counts(fixes) if vocab is not None else {}
        for term, again in zip(fixes, _stems(conn, fixes), strict=True):
            if term in counts and again:
                weighted[term] = counts[term]
                # An index term whose stem differs is reached as a prefix of that stem.
                spelled[term] = _fts_string(term) + ("" if again == term else " *")
    if not weighted:
        return [], unknown
    chosen: list[str] = []
    spent = 0
    for term, n in sorted(weighted.items(), key=lambda kv: (kv[1], kv[0])):
        if spent + n > POSTING_BUDGET or len(chosen) >= MAX_TERMS:
            break
        chosen.append(term)
        spent += n
    out: list[tuple[str, bool, bool]] = []
    if chosen:
        expr = " OR ".join(spelled[t] for t in chosen)
        # A word the index does not know may be a prefix typed in part: `ourse` -> ourselves.
        last = words[-1] if words else ""
        if last in unknown and len(last) >= 4:
            expr += " OR " + _fts_string(last) + " *"
        out.append((expr, True, False))
    # Statements holding every known word, or all but one of them (a word of the query
    # may be wrong or missing in the statement): unranked ANDs are cheap at any frequency.
    common = [t for t in dict.fromkeys(
        s if s in known else best_fix.get(s, "") for s in stems if s) if t in weighted]
    guessed = {best_fix[s] for s in stems if s and s not in known and s in best_fix}
    known = {**known, **{t: weighted[t] for t in common}}
    total = max(vocab.max_id if vocab is not None else 0, 1)

    def conj(terms: list[str], fallback: bool = False) -> tuple[str, bool, bool]:
        # Ranked (bm25 favours short statements, as the score does) unless the AND is
        # expected to match so many statements that ranking them all would be slow.
        expect = float(total)
        for t in terms:
            expect *= known.get(t, 0) / total
        postings = sum(known.get(t, 0) for t in terms)
        return (" AND ".join(spelled[t] for t in terms),
                expect <= RANKED_AND_DOCS and postings <= RANKED_AND_POSTINGS, fallback)

    if len(chosen) < len(weighted) and common:
        out.append(conj(common))
    if len(common) >= 3:
        # Drop a spelling correction first (the likeliest wrong word), then the rarest.
        for drop in sorted(common, key=lambda t: (t not in guessed, known[t]))[
                :DROP_ONE_QUERIES]:
            out.append(conj([t for t in common if t != drop]))
    exact = [t for t in common if t not in guessed]
    if len(guessed) >= 2 and len(exact) >= 2:
        # Two typos: every AND above holds a guess; the words typed right alone.
        out.append(conj(exact))
    if len(common) >= 4:
        # A typo that happens to be a word (`tat` for `that`) spoils every AND above;
        # pairs of the rarest words typed right find the statement all the same. Asked
        # only when the ANDs above them found next to nothing (see `candidate_ids`).
        rare = sorted(exact, key=lambda t: known[t])[:RARE_PAIR_TERMS]
        for i in range(len(rare)):
            for j in range(i + 1, len(rare)):
                out.append(conj([rare[i], rare[j]], fallback=True))
    if alternatives:
        # The closest correction is often not the meant word (`rtight` -> `tight`, not
        # `right`): the AND again with the first unknown word's next corrections.
        stem, near = next(iter(alternatives.items()))
        first = best_fix[stem]
        for alt in near[1:] if first in common else []:
            if alt in weighted and alt not in common:
                known.setdefault(alt, weighted[alt])
                out.append(conj([alt if t == first else t for t in common]))
    return out, unknown


def _trigram_expression(words: list[str], vocab: _Vocab | None) -> str | None:
    """An OR of the three rarest trigrams of each word the word index does not know."""
    if vocab is None:
        return None
    grams_of = {w: sorted({w[i:i + 3] for i in range(len(w) - 2)})
                for w in {w.lower() for w in words} if len(w) >= 4}
    if not grams_of:
        return None
    counts = vocab.counts([g for gs in grams_of.values() for g in gs])
    chosen: set[str] = set()
    spent = 0
    for grams in grams_of.values():
        present = sorted((counts[g], g) for g in grams
                         if g in counts and counts[g] <= TRIGRAM_MAX_DOCS)
        for n, g in present[:3]:
            if g not in chosen and spent + n <= POSTING_BUDGET:
                chosen.add(g)
                spent += n
    if not chosen:
        return None
    return " OR ".join(_fts_string(g) for g in sorted(chosen))


def _fts_ids(conn: sqlite3.Connection, table: str, expr: str, f: _Filters, limit: int,
             ranked: bool = True) -> list[int]:
    order = " ORDER BY x.rank" if ranked else ""
    if f.empty:
        sql = f"SELECT x.rowid FROM [{table}] x WHERE x.[{table}] MATCH ?{order} LIMIT ?"
        params: list = [expr, limit]
    else:
        join = " JOIN articles a ON a.id = q.article_id" if f.needs_article else ""
        sql = (f"SELECT x.rowid FROM [{table}] x JOIN quotes q ON q.id = x.rowid{join} "
               f"WHERE x.[{table}] MATCH ? AND {f.where()}{order} LIMIT ?")
        params = [expr, *f.params, limit]
    return [r[0] for r in conn.execute(sql, params)]


def _texts(conn: sqlite3.Connection, ids: list[int]) -> list[tuple[int, str | None]]:
    return conn.execute("SELECT id, text FROM quotes WHERE id IN (SELECT value FROM "
                        "json_each(?))", (json.dumps(ids),)).fetchall()


def _meta(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[str | None, int]]:
    """Quote id -> (article date, article id)."""
    return {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT q.id, a.published, q.article_id FROM quotes q "
        "LEFT JOIN articles a ON a.id = q.article_id "
        "WHERE q.id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))}


# A ranked quote: (score, id, article date), the score as `ranked_positions` ranks it.
Ranked = tuple[float, int, "str | None"]


def _rank(conn: sqlite3.Connection, pq: str, rows: list[tuple], keep: int, min_score: float
          ) -> list[Ranked]:
    """The best `keep` rows, best first (see `ranked_positions`).

    Rows are (id, text) or (id, text, published, article_id); the rest is looked up.
    """
    if not rows:
        return []
    ids = [r[0] for r in rows]
    meta: dict[int, tuple[str | None, int]] = {}

    def lookup(pos: list[int]) -> None:
        missing = [ids[i] for i in pos if ids[i] not in meta]
        if not missing:
            return
        if len(rows[0]) > 2:
            meta.update((ids[i], (rows[i][2], rows[i][3])) for i in pos)
        else:
            meta.update(_meta(conn, missing))

    def published(pos: list[int]) -> list[str | None]:
        lookup(pos)
        return [meta.get(ids[i], (None, None))[0] for i in pos]

    def articles(pos: list[int]) -> list[int | None]:
        lookup(pos)
        return [meta.get(ids[i], (None, None))[1] for i in pos]

    scores = score_matrix(pq, [r[1] or "" for r in rows], process_texts=True)
    out: list[Ranked] = []
    for i, s in ranked_positions(scores, ids, published, keep, articles):
        if s < min_score:
            break
        out.append((s, ids[i], meta.get(ids[i], (None, None))[0]))
    return out


def _order_key(t: Ranked) -> tuple:
    return (-t[0], _neg_date(t[2]), t[1])


def _scan(conn: sqlite3.Connection, pq: str, f: _Filters, keep: int, min_score: float
          ) -> list[Ranked]:
    """Rank every quote passing the filters, a chunk at a time.

    Chunks end on an article boundary (an article's quotes have consecutive ids), so that
    the reading-order rule sees all the quotes of an article together.
    """
    cur = conn.execute("SELECT q.id, q.text, a.published, q.article_id FROM quotes q "
                       f"LEFT JOIN articles a ON a.id = q.article_id WHERE {f.where()} "
                       "ORDER BY q.id", f.params)
    best: list[Ranked] = []
    carry: list[tuple] = []  # the last article of a chunk waits for the next one
    while rows := cur.fetchmany(EXHAUSTIVE_CHUNK):
        rows = carry + rows
        cut = len(rows)
        while cut > 0 and rows[cut - 1][3] == rows[-1][3]:
            cut -= 1
        if cut == 0:
            cut = len(rows)  # one article longer than a chunk: rank it as it is
        rows, carry = rows[:cut], rows[cut:]
        best = sorted(best + _rank(conn, pq, rows, keep, min_score), key=_order_key)[:keep]
    if carry:
        best = sorted(best + _rank(conn, pq, carry, keep, min_score), key=_order_key)[:keep]
    return best


def search(
    db: sqlite_utils.Database,
    query: str,
    *,
    speaker: str | None = None,
    kind: str | None = None,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    limit: int = 20,
    min_score: float = 0.0,
    exact: bool = False,
    exhaustive: bool = False,
) -> list[SearchHit]:
    """Quotes whose statement best matches `query`, best first.

    Tolerates typos, word order, missing words and partial phrases. `speaker` is matched
    fuzzily (every speaker about as close as the best counts); `kind` is one of direct,
    indirect, mixed or reported (indirect or mixed); `since`/`until` bound the article's
    date (inclusive); `outlet` matches part of the outlet's name. `exact` keeps only quotes
    holding the query's words as a phrase; `exhaustive` ranks every quote instead of the
    FTS5 candidates. Raises NotFoundError for a speaker nobody matches and QueryError for
    a malformed option; any query text is valid.
    """
    conn = db.conn
    limit = max(0, int(limit))
    f = _filters(db, speaker, kind, since, until, outlet)
    text = clean_query(query)
    pq = prepare_query(text)
    if limit == 0 or not pq:
        return []
    words = _WORD.findall(fold(text))[:MAX_QUERY_WORDS]

    if exact:
        phrase = _fts_string(" ".join(words))
        ranked = _rank(conn, pq, _texts(conn, _fts_ids(conn, "quotes_fts", phrase, f,
                                                        CANDIDATES)), limit, min_score)
    elif exhaustive:
        ranked = _scan(conn, pq, f, limit, min_score)
    elif f.speaker_ids is not None and _speaker_quote_total(conn, f.speaker_ids) \
            <= FILTERED_SCAN_LIMIT:
        ranked = _scan(conn, pq, f, limit, min_score)
    else:
        ids = candidate_ids(conn, words, f)
        ranked = _rank(conn, pq, _texts(conn, sorted(ids)), limit, min_score)
    return _hits(conn, ranked, words)


def candidate_ids(conn: sqlite3.Connection, words: list[str], f: _Filters | None = None
                  ) -> set[int]:
    """Ids of the quotes FTS5 proposes for the query words (what `search` then ranks)."""
    f = f or _Filters()
    wv = _Vocab(conn, "w") if _has_table(conn, "quotes_fts") else None
    exprs, unknown = _match_expressions(conn, words, wv)
    ids: set[int] = set()
    from_ands = 0
    for n, (expr, ranked_expr, fallback) in enumerate(exprs):
        if fallback and from_ands >= FALLBACK_BELOW:
            continue  # the ANDs found statements holding the words: no fallback needed
        got = _fts_ids(conn, "quotes_fts", expr, f,
                       CANDIDATES if ranked_expr else AND_CANDIDATES, ranked_expr)
        if n > 0:
            from_ands += len(got)
        ids.update(got)
    if unknown and _has_table(conn, "quotes_trigram"):
        tv = _Vocab(conn, "t")
        texpr = _trigram_expression(unknown, tv)
        if texpr:
            ids.update(_fts_ids(conn, "quotes_trigram", texpr, f, TRIGRAM_CANDIDATES))
    return ids


def _speaker_quote_total(conn: sqlite3.Connection, ids: list[int]) -> int:
    return conn.execute(
        "SELECT coalesce(sum(quote_count), 0) FROM speakers "
        "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)).fetchone()[0]


def _hits(conn: sqlite3.Connection, ranked: list[Ranked],
          words: list[str]) -> list[SearchHit]:
    if not ranked:
        return []
    rows = {r[0]: r for r in conn.execute(
        "SELECT q.id, s.name, q.text, q.kind, a.title, a.path, a.published, a.outlet, "
        "q.article_id, q.speaker_id FROM quotes q "
        "LEFT JOIN speakers s ON s.id = q.speaker_id "
        "LEFT JOIN articles a ON a.id = q.article_id "
        "WHERE q.id IN (SELECT value FROM json_each(?))",
        (json.dumps([t[1] for t in ranked]),))}
    out: list[SearchHit] = []
    for score, qid, _published in ranked:
        r = rows.get(qid)
        if r is None:
            continue
        out.append(SearchHit(id=qid, score=round(score, 1), speaker=r[1], text=r[2] or "",
                             kind=r[3], title=r[4], path=r[5], published=r[6], outlet=r[7],
                             article_id=r[8], speaker_id=r[9],
                             highlights=highlight_spans(r[2] or "", words)))
    return out


def _neg_date(published: str | None) -> tuple:
    # Sort key putting later dates first and unknown dates last.
    if not published:
        return (1, ())
    return (0, tuple(-ord(c) for c in published))


def highlight_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """(start, end) of the words of `text` that match a query word (fuzzily)."""
    qwords = sorted({w for w in (prepare_text(x) for x in words) if w})
    if not qwords or not text:
        return []
    qset = set(qwords)
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        w = prepare_text(m.group())
        if not w:
            continue
        if w in qset or (len(w) >= 3 and process.extractOne(
                w, qwords, scorer=fuzz.ratio, score_cutoff=80) is not None):
            spans.append((m.start(), m.end()))
    return spans


# ---------------------------------------------------------------------------------------
# Speakers
# ---------------------------------------------------------------------------------------


class _SpeakerIndex:
    """Every speaker name and alias, split into words, with a word -> forms index."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.info: dict[int, tuple[str, int]] = {}
        self.form_sid: list[int] = []
        self.form_text: list[str] = []
        self.form_toks: list[tuple[str, ...]] = []
        postings: dict[str, list[int]] = {}
        seen: set[tuple[int, str]] = set()

        def add(sid: int, shown: str, norm: str | None) -> None:
            # `norm` is already folded by the index; only names without one are normalised.
            if norm and norm.isascii():
                toks = tuple(norm.split())
            else:
                toks = tuple(_WORD.findall(fold(norm or normalize_name(shown))))
            key = (sid, " ".join(toks))
            if not toks or key in seen:
                return
            seen.add(key)
            i = len(self.form_sid)
            self.form_sid.append(sid)
            self.form_text.append(shown)
            self.form_toks.append(toks)
            for t in set(toks):
                postings.setdefault(t, []).append(i)

        for sid, name, norm, count in conn.execute(
                "SELECT id, name, norm, coalesce(quote_count, 0) FROM speakers"):
            self.info[sid] = (name or "", count)
            add(sid, name or "", norm)
        if _has_table(conn, "speaker_aliases"):
            for sid, alias, norm in conn.execute(
                    "SELECT speaker_id, alias, norm FROM speaker_aliases"):
                if sid in self.info:
                    add(sid, alias or "", norm)
        self.postings = postings
        self.tokens = sorted(postings)

    def _similar(self, q: str) -> dict[str, float]:
        """Index words close to the query word q: by edit similarity, or extending it."""
        sims: dict[str, float] = {}
        cutoff = 80.0 if len(q) <= 4 else 70.0
        near = process.extract(q, self.tokens, scorer=fuzz.ratio, limit=20,
                               score_cutoff=cutoff)
        for tok, score, _i in near:
            if score >= near[0][1] - 15:  # far weaker spellings only slow the scoring
                sims[tok] = score
        if len(q) >= 3:
            i = bisect_left(self.tokens, q)
            n = 0
            while i < len(self.tokens) and self.tokens[i].startswith(q) and n < 50:
                tok = self.tokens[i]
                sims[tok] = max(sims.get(tok, 0.0), 100.0 if tok == q else 90.0)
                i += 1
                n += 1
        return sims

    def match(self, query: str, limit: int) -> list[tuple[float, int, int]]:
        """(score, speaker id, form index) of the best matches, best first."""
        qtoks = _WORD.findall(fold(normalize_name(query)))[:8]
        if not qtoks:
            return []
        sims = [self._similar(q) if len(q) >= 2 else {} for q in qtoks]
        forms: set[int] = set()
        for s in sims:
            for tok in s:
                forms.update(self.postings.get(tok, ()))
        whole = " ".join(qtoks)
        best: dict[int, tuple[float, int]] = {}
        for fi in forms:
            ftoks = self.form_toks[fi]
            acc = total = 0.0
            used: set[str] = set()
            for q, s in zip(qtoks, sims, strict=True):
                w = max(len(q), 2)
                if len(q) == 1:  # an initial
                    hit = next((t for t in ftoks if t[0] == q), None)
                    score = 100.0 if hit else 0.0
                else:
                    score, hit = max((s.get(t, 0.0), t) for t in ftoks)
                acc += w * score
                total += w
                if hit and score >= 70:
                    used.add(hit)
            score = 0.85 * acc / total + 15.0 * len(used) / len(ftoks)
            if " ".join(ftoks) == whole:
                score = 100.0
            sid = self.form_sid[fi]
            if sid not in best or score > best[sid][0]:
                best[sid] = (score, fi)
        ranked = sorted(((sc, sid, fi) for sid, (sc, fi) in best.items()),
                        key=lambda t: (-round(t[0], 3), -self.info[t[1]][1], t[1]))
        return ranked[:limit]


_SPEAKER_CACHE: list[tuple[sqlite3.Connection, tuple, _SpeakerIndex]] = []


def _speaker_index(conn: sqlite3.Connection) -> _SpeakerIndex:
    # Valid while no other connection has written (PRAGMA data_version) and this one has
    # not added, merged or split speakers (their count and highest ids).
    sig = (conn.execute("PRAGMA data_version").fetchone()[0],
           *conn.execute("SELECT count(*), max(id), (SELECT max(id) FROM speaker_aliases), "
                         "(SELECT count(*) FROM speaker_aliases) FROM speakers").fetchone())
    if _SPEAKER_CACHE and _SPEAKER_CACHE[0][0] is conn and _SPEAKER_CACHE[0][1] == sig:
        return _SPEAKER_CACHE[0][2]
    idx = _SpeakerIndex(conn)
    _SPEAKER_CACHE[:] = [(conn, sig, idx)]
    return idx


def _speaker_details(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple]:
    return {r[0]: r for r in conn.execute(
        "SELECT id, name, coalesce(quote_count, 0), type, title, description FROM speakers "
        "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))}


def find_speakers(db: sqlite_utils.Database, query: str | None = None, limit: int = 20
                  ) -> list[SpeakerMatch]:
    """Speakers ranked by how well a name or alias matches `query`; the most quoted if None.

    A surname alone (`fesenko`), initials (`V. Zelensky`) and misspellings (`zelenskyy`)
    all match; ties go to the speaker with more quotes.
    """
    conn = db.conn
    limit = max(0, int(limit))
    text = clean_query(query) if query is not None else ""
    if not text:
        if query is not None and str(query).strip():
            return []
        rows = conn.execute(
            "SELECT id, name, coalesce(quote_count, 0), type, title, description FROM speakers "
            "ORDER BY quote_count DESC, id LIMIT ?", (limit,)).fetchall()
        return [SpeakerMatch(id=r[0], name=r[1], score=100.0, quote_count=r[2], matched=None,
                             type=r[3], title=r[4], description=r[5]) for r in rows]
    if not _has_table(conn, "speakers"):
        return []
    idx = _speaker_index(conn)
    ranked = idx.match(text, limit)
    details = _speaker_details(conn, [sid for _s, sid, _f in ranked])
    out: list[SpeakerMatch] = []
    for score, sid, fi in ranked:
        d = details.get(sid)
        if d is None:
            continue
        out.append(SpeakerMatch(id=sid, name=d[1], score=round(score, 1), quote_count=d[2],
                                matched=idx.form_text[fi], type=d[3], title=d[4],
                                description=d[5]))
    return out


def _exact_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    norm = normalize_name(name)
    if not norm:
        return []
    return [r[0] for r in conn.execute(
        "SELECT id FROM speakers WHERE norm = ? UNION "
        "SELECT speaker_id FROM speaker_aliases WHERE norm = ? ORDER BY 1", (norm, norm))]


def _describe(m: SpeakerMatch) -> str:
    return f"{m.name} (id {m.id}, {m.quote_count} quotes)"


def resolve_speaker(db: sqlite_utils.Database, name: str) -> SpeakerMatch:
    """The one speaker `name` means: an id, an exact name or alias, or the clear best match.

    Raises NotFoundError when nothing matches well and AmbiguousSpeakerError (with the
    candidates) when several speakers match about equally well.
    """
    conn = db.conn
    text = clean_query(name)
    if not text:
        raise NotFoundError("no speaker given")
    if text.isascii() and text.isdigit():
        d = _speaker_details(conn, [int(text)]) if len(text) < 19 else {}
        if d:
            r = d[int(text)]
            return SpeakerMatch(id=r[0], name=r[1], score=100.0, quote_count=r[2],
                                type=r[3], title=r[4], description=r[5])
    exact = _exact_ids(conn, text)
    if exact:
        d = _speaker_details(conn, exact)
        cands = [SpeakerMatch(id=r[0], name=r[1], score=100.0, quote_count=r[2], type=r[3],
                              title=r[4], description=r[5]) for r in d.values()]
        own = [c for c in cands if normalize_name(c.name) == normalize_name(text)]
        if len(cands) == 1 or len(own) == 1:
            return (own or cands)[0]
        cands.sort(key=lambda c: -c.quote_count)
        raise AmbiguousSpeakerError(
            f"{text!r} names {len(cands)} speakers; give a fuller name or an id",
            [_describe(c) for c in cands])
    good = [m for m in find_speakers(db, text, limit=10) if m.score >= SPEAKER_MIN_SCORE]
    if not good:
        raise NotFoundError(f"no speaker matches {text!r}")
    close = [m for m in good if m.score >= good[0].score - SPEAKER_MARGIN]
    if len(close) > 1:
        raise AmbiguousSpeakerError(
            f"{text!r} matches {len(close)} speakers; give a fuller name or an id",
            [_describe(c) for c in close])
    return good[0]


def speaker_ids(db: sqlite_utils.Database, name: str) -> list[int]:
    """Ids of every speaker `name` may mean (for filtering; ambiguity is not an error).

    Raises NotFoundError when no speaker matches well.
    """
    try:
        return [resolve_speaker(db, name).id]
    except AmbiguousSpeakerError:
        pass
    text = clean_query(name)
    exact = _exact_ids(db.conn, text)
    if exact:
        return exact
    good = [m for m in find_speakers(db, text, limit=20) if m.score >= SPEAKER_MIN_SCORE]
    return [m.id for m in good if m.score >= good[0].score - SPEAKER_MARGIN]


def quotes_by(db: sqlite_utils.Database, speaker: str, *, kind: str | None = None,
              limit: int | None = None) -> tuple[SpeakerMatch, list[dict]]:
    """Everything one speaker said, newest article first: (the speaker, quote rows).

    Raises NotFoundError / AmbiguousSpeakerError from `resolve_speaker`, QueryError for an
    unknown kind.
    """
    who = resolve_speaker(db, speaker)
    params: list = [who.id]
    where = "q.speaker_id = ?"
    if kind is not None:
        k = kind.strip().lower()
        if k not in KINDS:
            raise QueryError(f"--kind: {kind!r} is not one of {', '.join(KINDS)}")
        where += f" AND q.kind IN ({','.join('?' * len(KINDS[k]))})"
        params.extend(KINDS[k])
    sql = (f"SELECT q.id, s.name, q.text, q.kind, q.cue, a.published, a.title, a.path, "
           f"a.outlet, q.article_id FROM quotes q JOIN speakers s ON s.id = q.speaker_id "
           f"LEFT JOIN articles a ON a.id = q.article_id WHERE {where} "
           f"ORDER BY a.published IS NULL, a.published DESC, q.id DESC")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(max(0, int(limit)))
    keys = ("id", "speaker", "text", "kind", "cue", "published", "title", "path", "outlet",
            "article_id")
    rows = [dict(zip(keys, r, strict=True)) for r in db.conn.execute(sql, params)]
    return who, rows


# ---------------------------------------------------------------------------------------
# One quote in context
# ---------------------------------------------------------------------------------------


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    from quoteidx.segment import paragraphs

    s, e = max(0, min(start, len(text))), max(0, min(end, len(text)))
    ps, pe = s, e
    for a, b in paragraphs(text):
        if a <= s <= b:
            ps = a
        if a <= e <= b or (a <= e - 1 < b):
            pe = b
            break
    return ps, max(pe, e)


def _nearest(text: str, needle: str, lo: int, hi: int, qs: int, qe: int
             ) -> tuple[int, int] | None:
    """The occurrence of `needle` in text[lo:hi] outside the quote nearest to it."""
    if not needle:
        return None
    best: tuple[int, int] | None = None
    dist = None
    i = text.find(needle, lo, hi)
    while i != -1:
        j = i + len(needle)
        if j <= qs or i >= qe:
            d = qs - j if j <= qs else i - qe
            if dist is None or d < dist:
                best, dist = (i, j), d
        i = text.find(needle, i + 1, hi)
    return best


def show_quote(db: sqlite_utils.Database, quote_id: int | str) -> dict:
    """One quote with its paragraph, the spans to highlight and its article's metadata.

    `context` is the paragraph(s) holding the quote; `highlights` lists
    {start, end, what} offsets into `context` for the quote, the speaker as written and
    the cue. Raises NotFoundError for an unknown id.
    """
    text_id = str(quote_id).strip().lstrip("#")
    if not (text_id.isascii() and text_id.isdigit()) or len(text_id) > 18:
        raise NotFoundError(f"no quote with id {str(quote_id)[:40]!r}")
    conn = db.conn
    cur = conn.execute(
        "SELECT q.id, q.text, q.kind, q.cue, q.start, q.end, q.paragraph, q.rule, "
        "q.confidence, q.speaker_mention, q.speaker_title, q.speaker_description, "
        "s.name, q.speaker_id, a.id, a.path, a.title, a.url, a.outlet, a.author, "
        "a.published, a.text FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id "
        "LEFT JOIN articles a ON a.id = q.article_id WHERE q.id = ?", (int(text_id),))
    r = cur.fetchone()
    if r is None:
        raise NotFoundError(f"no quote with id {text_id}")
    (qid, qtext, kind, cue, start, end, paragraph, rule, confidence, mention, stitle,
     sdesc, sname, sid, aid, path, title, url, outlet, author, published, atext) = r
    atext = atext or ""
    start = start if isinstance(start, int) else 0
    end = end if isinstance(end, int) else start
    if not atext or atext[start:end] != qtext:
        # The offsets do not point at the quote (an edited article): find it, else show it bare.
        found = atext.find(qtext or "\x00") if atext and qtext else -1
        if found >= 0:
            start, end = found, found + len(qtext)
        else:
            atext, start, end = qtext or "", 0, len(qtext or "")
    ps, pe = _paragraph_bounds(atext, start, end)
    context = atext[ps:pe]
    qs, qe = start - ps, end - ps
    highlights = [{"start": qs, "end": qe, "what": "quote"}]
    for what, needle in (("speaker", mention), ("cue", cue)):
        span = _nearest(context, needle or "", 0, len(context), qs, qe)
        if span:
            highlights.append({"start": span[0], "end": span[1], "what": what})
    highlights.sort(key=lambda h: h["start"])
    return {
        "id": qid, "text": qtext, "speaker": sname, "speaker_id": sid,
        "speaker_mention": mention, "speaker_title": stitle, "speaker_description": sdesc,
        "kind": kind, "cue": cue, "start": start, "end": end, "paragraph": paragraph,
        "rule": rule, "confidence": confidence, "article_id": aid, "path": path,
        "title": title, "url": url, "outlet": outlet, "author": author,
        "published": published, "context": context, "highlights": highlights,
    }
