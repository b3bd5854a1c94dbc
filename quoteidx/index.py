"""The SQLite index: schema and migrations, writing articles with their quotes, stats,
and user corrections of speaker identity (merge/split).

The schema is documented in docs/schema.md. Every connection runs in WAL mode with a
30 s busy timeout and foreign keys on; writes happen in explicit `BEGIN IMMEDIATE`
transactions, each holding whole articles with all their quotes, so a process killed at
any moment leaves a consistent index.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from quoteidx.errors import AmbiguousSpeakerError, IndexError_, NotFoundError, QuoteidxError
from quoteidx.identity import SpeakerResolver, group_norm
from quoteidx.models import Article, Quote
from quoteidx.normalize import normalize_name, words

BUSY_TIMEOUT_S = 30.0
WRITE_RETRIES = 5

# ---------------------------------------------------------------------------------------
# Schema and migrations
# ---------------------------------------------------------------------------------------

_SCHEMA_V1 = [
    """CREATE TABLE IF NOT EXISTS [articles] (
        [id] INTEGER PRIMARY KEY,
        [path] TEXT NOT NULL,
        [sha256] TEXT NOT NULL UNIQUE,
        [title] TEXT,
        [url] TEXT,
        [outlet] TEXT,
        [author] TEXT,
        [published] TEXT,
        [ingested_at] TEXT NOT NULL,
        [text] TEXT NOT NULL,
        [encoding] TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS [idx_articles_published] ON [articles] ([published])",
    "CREATE INDEX IF NOT EXISTS [idx_articles_outlet] ON [articles] ([outlet])",
    """CREATE TABLE IF NOT EXISTS [speakers] (
        [id] INTEGER PRIMARY KEY,
        [name] TEXT NOT NULL,
        [norm] TEXT NOT NULL,
        [type] TEXT NOT NULL DEFAULT 'person',
        [title] TEXT,
        [description] TEXT,
        [quote_count] INTEGER NOT NULL DEFAULT 0,
        [locked] INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX IF NOT EXISTS [idx_speakers_norm] ON [speakers] ([norm])",
    """CREATE TABLE IF NOT EXISTS [speaker_aliases] (
        [id] INTEGER PRIMARY KEY,
        [speaker_id] INTEGER NOT NULL REFERENCES [speakers]([id]) ON DELETE CASCADE,
        [alias] TEXT NOT NULL,
        [norm] TEXT NOT NULL,
        UNIQUE ([speaker_id], [norm])
    )""",
    "CREATE INDEX IF NOT EXISTS [idx_speaker_aliases_norm] ON [speaker_aliases] ([norm])",
    """CREATE TABLE IF NOT EXISTS [speaker_corrections] (
        [id] INTEGER PRIMARY KEY,
        [action] TEXT NOT NULL,
        [a] TEXT NOT NULL,
        [b] TEXT NOT NULL,
        [created_at] TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS [quotes] (
        [id] INTEGER PRIMARY KEY,
        [article_id] INTEGER NOT NULL REFERENCES [articles]([id]) ON DELETE CASCADE,
        [speaker_id] INTEGER REFERENCES [speakers]([id]) ON DELETE SET NULL,
        [speaker_name] TEXT,
        [speaker_mention] TEXT,
        [speaker_title] TEXT,
        [speaker_description] TEXT,
        [speakers] TEXT,
        [text] TEXT NOT NULL,
        [kind] TEXT NOT NULL,
        [cue] TEXT,
        [start] INTEGER NOT NULL,
        [end] INTEGER NOT NULL,
        [paragraph] INTEGER,
        [rule] TEXT,
        [confidence] REAL,
        [content_hash] TEXT,
        UNIQUE ([article_id], [start], [end])
    )""",
    # (article_id, start, end) is already indexed by its UNIQUE constraint.
    "CREATE INDEX IF NOT EXISTS [idx_quotes_speaker_id] ON [quotes] ([speaker_id])",
    "CREATE INDEX IF NOT EXISTS [idx_quotes_content_hash] ON [quotes] ([content_hash])",
    # The same SQL sqlite-utils' enable_fts(["text"], create_triggers=True) writes, so
    # sqlite-utils and Datasette detect it; created first so detect_fts() returns it.
    """CREATE VIRTUAL TABLE IF NOT EXISTS [quotes_fts] USING FTS5 (
        [text],
        tokenize='porter unicode61 remove_diacritics 2',
        content=[quotes]
    )""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS [quotes_trigram] USING FTS5 (
        [text],
        tokenize='trigram',
        content=[quotes]
    )""",
    # A row in _fts_deferred (only ever inside the ingest writer's own transaction, never
    # committed) turns the insert trigger off: the writer then indexes the batch with
    # one INSERT ... SELECT per FTS table. FTS5 flushes its pending terms at the end of
    # every trigger sub-statement, so row-by-row triggers cost ~5x more.
    "CREATE TABLE IF NOT EXISTS [_fts_deferred] ([on] INTEGER)",
    """CREATE TRIGGER IF NOT EXISTS [quotes_ai] AFTER INSERT ON [quotes]
    WHEN NOT EXISTS (SELECT 1 FROM [_fts_deferred]) BEGIN
        INSERT INTO [quotes_fts] (rowid, [text]) VALUES (new.rowid, new.[text]);
        INSERT INTO [quotes_trigram] (rowid, [text]) VALUES (new.rowid, new.[text]);
    END""",
    """CREATE TRIGGER IF NOT EXISTS [quotes_ad] AFTER DELETE ON [quotes] BEGIN
        INSERT INTO [quotes_fts] ([quotes_fts], rowid, [text])
            VALUES ('delete', old.rowid, old.[text]);
        INSERT INTO [quotes_trigram] ([quotes_trigram], rowid, [text])
            VALUES ('delete', old.rowid, old.[text]);
    END""",
    # Only a change of the text touches the FTS tables (a merge rewrites speaker_id).
    """CREATE TRIGGER IF NOT EXISTS [quotes_au] AFTER UPDATE OF [text] ON [quotes] BEGIN
        INSERT INTO [quotes_fts] ([quotes_fts], rowid, [text])
            VALUES ('delete', old.rowid, old.[text]);
        INSERT INTO [quotes_trigram] ([quotes_trigram], rowid, [text])
            VALUES ('delete', old.rowid, old.[text]);
        INSERT INTO [quotes_fts] (rowid, [text]) VALUES (new.rowid, new.[text]);
        INSERT INTO [quotes_trigram] (rowid, [text]) VALUES (new.rowid, new.[text]);
    END""",
]

# (version, name, statements); append new migrations, never edit an applied one.
MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "initial schema", _SCHEMA_V1),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _connect(path: str) -> sqlite3.Connection:
    # isolation_level=None: no implicit BEGIN; we issue BEGIN IMMEDIATE ourselves.
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    # A 64 MB page cache: as the index grows past the default 2 MB cache, every batch
    # of inserts would otherwise re-read the B-tree pages of its indexes from disk.
    conn.execute("PRAGMA cache_size = -65536")
    return conn


def _schema_version(conn: sqlite3.Connection) -> int | None:
    """The applied schema version; None when the file holds no quoteidx schema."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'"
    ).fetchone()
    if row is None:
        return None
    return conn.execute("SELECT coalesce(max(version), 0) FROM _migrations").fetchone()[0]


def _switch_to_wal(conn: sqlite3.Connection) -> str:
    """Put the file in WAL mode; return the journal mode it ends in.

    Changing the journal mode needs an exclusive lock, and SQLite answers "database is
    locked" at once, without its busy handler, while another process is creating the
    same new file: so retry here, for as long as the busy timeout would have waited.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    delay = 0.01
    while True:
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() == "wal":
                return str(mode)
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def _migrate(conn: sqlite3.Connection, path: str) -> None:
    """Apply the missing migrations, each version in its own write transaction."""
    with write_transaction(conn):
        conn.execute(
            "CREATE TABLE IF NOT EXISTS [_migrations] ([version] INTEGER PRIMARY KEY, "
            "[name] TEXT, [applied_at] TEXT)"
        )
        current = _schema_version(conn) or 0
        if current == 0:
            others = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                "AND name NOT IN ('_migrations') AND name NOT LIKE 'sqlite_%'"
            ).fetchone()[0]
            if others:
                raise IndexError_(f"{path}: not a quoteidx index (it holds other tables)")
        for version, name, statements in MIGRATIONS:
            if version <= current:
                continue
            for sql in statements:
                conn.execute(sql)
            conn.execute(
                "INSERT INTO _migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (version, name, _now()),
            )


def open_index(path: str | Path, create: bool = True) -> sqlite_utils.Database:
    """Open (and create or migrate) the quoteidx index at `path`.

    WAL journal, a 30 s busy timeout and foreign keys are set on the connection.
    `create=False` (read commands) raises `IndexError_` when the file does not exist.
    Raises `IndexError_` for a file that is not SQLite, not a quoteidx index, or of a
    newer schema version than this quoteidx knows.
    """
    spath = str(path)
    memory = spath == ":memory:"
    if not memory:
        p = Path(spath)
        if p.is_dir():
            raise IndexError_(f"{spath}: is a directory, not an index file")
        if not p.exists():
            if not create:
                raise IndexError_(
                    f"{spath}: no index here; run `quoteidx ingest PATH --db {spath}` first"
                )
            if not p.parent.exists():
                raise IndexError_(f"{spath}: directory {p.parent} does not exist")
        elif p.stat().st_size > 0:
            # SQLite takes a file shorter than its header for an empty database and would
            # write a schema over it: look at the header first, never clobber a file.
            with open(p, "rb") as fh:
                if fh.read(16) != b"SQLite format 3\x00":
                    raise IndexError_(f"{spath}: not an SQLite file; refusing to touch it")
    try:
        conn = _connect(spath)
    except sqlite3.Error as exc:
        raise IndexError_(f"{spath}: cannot open index: {exc}") from None
    try:
        version = _schema_version(conn)
        if version is not None and version > SCHEMA_VERSION:
            raise IndexError_(
                f"{spath}: index schema version {version} is newer than this quoteidx "
                f"understands ({SCHEMA_VERSION}); upgrade quoteidx"
            )
        if not memory:
            mode = _switch_to_wal(conn)
            if str(mode).lower() != "wal":
                raise IndexError_(f"{spath}: cannot switch the index to WAL mode ({mode})")
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: safe against kills
        if version is None or version < SCHEMA_VERSION:
            _migrate(conn, spath)
    except IndexError_:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise IndexError_(f"{spath}: not a readable quoteidx index: {exc}") from None
    return sqlite_utils.Database(conn)


def close_index(db: sqlite_utils.Database) -> None:
    """Close the index, checkpointing the WAL if no other connection is busy."""
    try:
        db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except sqlite3.Error:
        pass
    db.conn.close()


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    msg = str(exc).lower()
    return "locked" in msg or "busy" in msg


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """`BEGIN IMMEDIATE` ... `COMMIT`, retried while another writer holds the lock.

    The busy timeout already waits up to 30 s per attempt; a few attempts more cover
    two long ingests sharing one file. Any exception rolls the transaction back.
    """
    if conn.in_transaction:  # nested use: join the outer transaction
        yield conn
        return
    for attempt in range(WRITE_RETRIES):
        try:
            conn.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or attempt == WRITE_RETRIES - 1:
                raise IndexError_(f"index is locked by another writer: {exc}") from None
            time.sleep(0.1 * (attempt + 1))
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


# ---------------------------------------------------------------------------------------
# Writing articles and quotes
# ---------------------------------------------------------------------------------------


def text_sha256(text: str) -> str:
    """The identity of an article: sha256 of its decoded text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(text: str) -> str:
    """A hash of a quote's words (case and punctuation ignored): finds syndicated copies."""
    return hashlib.sha1(" ".join(words(text)).encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class AddResult:
    """What writing one article did."""

    source: str
    added: bool  # False: already in the index (same sha256) and not replaced
    article_id: int | None
    quotes: int = 0
    new_speakers: int = 0
    replaced: bool = False

    @property
    def skipped(self) -> bool:
        return not self.added


@dataclass(slots=True)
class PreparedArticle:
    """An article ready for the writer: hash computed, quotes extracted."""

    article: Article
    quotes: list[Quote]
    sha256: str = ""
    hashes: list[str] | None = None  # content_hash of each quote (computed in workers)

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = text_sha256(self.article.text)

    def hash_quotes(self) -> None:
        """Compute the quotes' content hashes now (in a worker, off the writer's back)."""
        self.hashes = [content_hash(q.text) for q in self.quotes]


_INSERT_ARTICLE = (
    "INSERT OR IGNORE INTO articles (path, sha256, title, url, outlet, author, published, "
    "ingested_at, text, encoding) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_QUOTE = (  # no OR IGNORE: it would also silently drop NOT NULL violations
    "INSERT INTO quotes (article_id, speaker_id, speaker_name, speaker_mention, "
    "speaker_title, speaker_description, speakers, text, kind, cue, start, end, paragraph, "
    "rule, confidence, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class IndexWriter:
    """Writes batches of articles with their quotes; one per writing process.

    Keeps the speaker resolver's in-memory maps between batches and refreshes them
    from the index at the start of each transaction (another process may write too).
    """

    _fts_tables: tuple[str, ...] = ("quotes_fts", "quotes_trigram")

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.conn: sqlite3.Connection = db.conn
        self.resolver = SpeakerResolver()
        self.resolver.load(self.conn)
        self.removed_any = False

    def write_batch(
        self, items: Sequence[PreparedArticle], replace: bool = False
    ) -> list[AddResult]:
        """Write `items` in one transaction; each article with all its quotes or not at all."""
        if not items:
            return []
        try:
            with write_transaction(self.conn):
                self.resolver.refresh(self.conn)
                return self._write(items, replace)
        except BaseException:
            # The transaction was rolled back: the in-memory maps may hold speakers that
            # were never committed.
            try:
                self.resolver.load(self.conn)
            except sqlite3.Error:
                pass
            raise

    def _write(self, items: Sequence[PreparedArticle], replace: bool) -> list[AddResult]:
        conn = self.conn
        now = _now()
        results: list[AddResult] = []
        quote_rows: list[tuple] = []
        count_delta: Counter[int] = Counter()
        resolver = self.resolver
        for item in items:
            art = item.article
            replaced = False
            if replace:
                row = conn.execute(
                    "SELECT id FROM articles WHERE sha256 = ?", (item.sha256,)
                ).fetchone()
                if row is not None:
                    for sid, n in conn.execute(
                        "SELECT speaker_id, count(*) FROM quotes WHERE article_id = ? "
                        "AND speaker_id IS NOT NULL GROUP BY speaker_id", (row[0],)
                    ):
                        count_delta[sid] -= n
                    conn.execute("DELETE FROM articles WHERE id = ?", (row[0],))
                    replaced = True
                    self.removed_any = True
            cur = conn.execute(
                _INSERT_ARTICLE,
                (art.source, item.sha256, art.title, art.url, art.outlet, art.author,
                 art.published, now, art.text, art.encoding),
            )
            if cur.rowcount == 0:
                results.append(AddResult(art.source, False, None))
                continue
            article_id = cur.lastrowid
            before = resolver.new_speakers
            seen: set[tuple[int, int]] = set()
            hashes = item.hashes if item.hashes is not None else [
                content_hash(q.text) for q in item.quotes]
            for q, chash in zip(item.quotes, hashes, strict=True):
                key = (q.start, q.end)
                if key in seen:
                    continue
                seen.add(key)
                speaker_id = resolver.resolve(
                    conn, q.speaker, q.speaker_type, q.speaker_title, q.speaker_description
                )
                if speaker_id is not None:
                    count_delta[speaker_id] += 1
                quote_rows.append((
                    article_id, speaker_id, q.speaker, q.speaker_mention, q.speaker_title,
                    q.speaker_description, json.dumps(q.speakers, ensure_ascii=False)
                    if q.speakers else None, q.text, q.kind, q.cue, q.start, q.end,
                    q.paragraph, q.rule, q.confidence, chash,
                ))
            results.append(AddResult(art.source, True, article_id, len(seen),
                                     resolver.new_speakers - before, replaced))
        if quote_rows:
            last_id = conn.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0]
            conn.execute("INSERT INTO _fts_deferred VALUES (1)")
            conn.executemany(_INSERT_QUOTE, quote_rows)
            conn.execute("DELETE FROM _fts_deferred")
            for fts in self._fts_tables:
                conn.execute(f"INSERT INTO [{fts}] (rowid, [text]) "
                             "SELECT id, text FROM quotes WHERE id > ?", (last_id,))
        if count_delta:
            conn.executemany(
                "UPDATE speakers SET quote_count = quote_count + ? WHERE id = ?",
                [(n, sid) for sid, n in count_delta.items() if n],
            )
        return results

    def finish(self) -> None:
        """Re-apply the user's speaker corrections; drop speakers left without quotes."""
        with write_transaction(self.conn):
            apply_corrections(self.db)
            if self.removed_any:
                self.conn.execute(
                    "DELETE FROM speakers WHERE quote_count <= 0 AND locked = 0"
                )


def add_article(
    db: sqlite_utils.Database, article: Article, quotes: list[Quote], replace: bool = False
) -> AddResult:
    """Add one article with its quotes in one transaction (skipped if already indexed).

    `replace=True` deletes the indexed copy (same text) and its quotes first.
    """
    writer = IndexWriter(db)
    result = writer.write_batch([PreparedArticle(article, quotes)], replace=replace)[0]
    writer.finish()
    return result


def has_article(db: sqlite_utils.Database, sha256: str) -> bool:
    """Whether an article with this text hash is indexed."""
    return db.conn.execute(
        "SELECT 1 FROM articles WHERE sha256 = ?", (sha256,)
    ).fetchone() is not None


# ---------------------------------------------------------------------------------------
# Speaker corrections: merge and split
# ---------------------------------------------------------------------------------------


def _speaker_row(conn: sqlite3.Connection, sid: int) -> dict:
    row = conn.execute(
        "SELECT id, name, norm, type, title, description, quote_count, locked "
        "FROM speakers WHERE id = ?", (sid,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no speaker with id {sid}")
    keys = ("id", "name", "norm", "type", "title", "description", "quote_count", "locked")
    return dict(zip(keys, row, strict=True))


def find_speaker(db: sqlite_utils.Database, ref: str | int) -> int:
    """The id of the speaker `ref` names: an id, a name, or any alias of one.

    Raises NotFoundError when nothing matches and AmbiguousSpeakerError (with the
    candidates) when several speakers do.
    """
    conn = db.conn
    text = str(ref).strip()
    if text.isascii() and text.isdigit() and len(text) <= 18:
        row = conn.execute("SELECT id FROM speakers WHERE id = ?", (int(text),)).fetchone()
        if row is not None:
            return row[0]
    ids = _ids_holding(conn, text)
    if not ids:
        raise NotFoundError(f"no speaker named {text!r}")
    if len(ids) == 1:
        return ids[0]
    # Prefer a speaker whose own canonical name is exactly this.
    exact = [r[0] for r in conn.execute(
        f"SELECT id FROM speakers WHERE id IN ({','.join('?' * len(ids))}) "
        "AND (name = ? OR norm = ?)", (*ids, text, normalize_name(text)))]
    if len(exact) == 1:
        return exact[0]
    cands = [f"{r[0]}: {r[1]} ({r[2]} quotes)" for r in conn.execute(
        f"SELECT id, name, quote_count FROM speakers WHERE id IN ({','.join('?' * len(ids))}) "
        "ORDER BY quote_count DESC", ids)]
    raise AmbiguousSpeakerError(
        f"{text!r} names {len(ids)} speakers: {'; '.join(cands)}; use an id", cands
    )


def _ids_holding(conn: sqlite3.Connection, name: str) -> list[int]:
    """Ids of speakers whose name or one of whose aliases normalises like `name`."""
    norms = {normalize_name(name), group_norm(name)} - {""}
    if not norms:
        return []
    marks = ",".join("?" * len(norms))
    rows = conn.execute(
        f"SELECT id FROM speakers WHERE norm IN ({marks}) UNION "
        f"SELECT speaker_id FROM speaker_aliases WHERE norm IN ({marks}) ORDER BY 1",
        (*norms, *norms),
    ).fetchall()
    return [r[0] for r in rows]


def _merge_ids(conn: sqlite3.Connection, keep: int, drop: int) -> int:
    """Move everything of speaker `drop` onto `keep`; return the quotes moved."""
    moved = conn.execute(
        "UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (keep, drop)
    ).rowcount
    conn.execute(
        "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, norm) "
        "SELECT ?, alias, norm FROM speaker_aliases WHERE speaker_id = ?", (keep, drop)
    )
    conn.execute(
        "UPDATE speakers SET "
        "title = coalesce(title, (SELECT title FROM speakers WHERE id = ?)), "
        "description = coalesce(description, (SELECT description FROM speakers WHERE id = ?)), "
        "quote_count = (SELECT count(*) FROM quotes WHERE speaker_id = ?), locked = 1 "
        "WHERE id = ?", (drop, drop, keep, keep),
    )
    conn.execute("DELETE FROM speakers WHERE id = ?", (drop,))
    return moved


def merge_speakers(db: sqlite_utils.Database, a: str | int, b: str | int) -> dict:
    """Merge speaker `b` into speaker `a` (names, aliases or ids); `a` keeps its name.

    The correction is recorded and re-applied after every ingest, so it survives
    re-ingestion and `--replace`. Returns the merged speaker with `quotes_moved`.
    """
    conn = db.conn
    with write_transaction(conn):
        ia, ib = find_speaker(db, a), find_speaker(db, b)
        ra, rb = _speaker_row(conn, ia), _speaker_row(conn, ib)
        if ia == ib:
            raise QuoteidxError(f"{a!r} and {b!r} are already one speaker ({ra['name']})")
        moved = _merge_ids(conn, ia, ib)
        conn.execute(
            "INSERT INTO speaker_corrections (action, a, b, created_at) VALUES (?, ?, ?, ?)",
            ("merge", ra["name"], rb["name"], _now()),
        )
        result = _speaker_row(conn, ia)
    result["merged"] = rb["name"]
    result["quotes_moved"] = moved
    result["aliases"] = speaker_aliases(db, ia)
    return result


def speaker_aliases(db: sqlite_utils.Database, sid: int) -> list[str]:
    """The name variants attached to a speaker."""
    return [r[0] for r in db.conn.execute(
        "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY id", (sid,))]


def _split_ids(conn: sqlite3.Connection, sid: int, alias: str) -> tuple[int, int] | None:
    """Detach the name variant `alias` from speaker `sid` into a speaker of its own.

    Returns (new speaker id, quotes moved), or None if `sid` does not hold the alias.
    """
    row = _speaker_row(conn, sid)
    norm_of = group_norm if row["type"] == "group" else normalize_name
    anorm = norm_of(alias)
    held = conn.execute(
        "SELECT alias FROM speaker_aliases WHERE speaker_id = ? AND norm = ?", (sid, anorm)
    ).fetchone()
    if held is None:
        return None
    if anorm == row["norm"]:
        raise QuoteidxError(
            f"{alias!r} is the canonical name of speaker {row['name']!r}: split off "
            "the other name variants instead"
        )
    cur = conn.execute(
        "INSERT INTO speakers (name, norm, type, quote_count, locked) VALUES (?, ?, ?, 0, 1)",
        (held[0], anorm, row["type"]),
    )
    new_id = cur.lastrowid
    conn.execute(
        "UPDATE speaker_aliases SET speaker_id = ? WHERE speaker_id = ? AND norm = ?",
        (new_id, sid, anorm),
    )
    names = [r[0] for r in conn.execute(
        "SELECT DISTINCT speaker_name FROM quotes WHERE speaker_id = ?", (sid,)) if r[0]]
    variants = [n for n in names if norm_of(n) == anorm]
    moved = 0
    if variants:
        moved = conn.execute(
            f"UPDATE quotes SET speaker_id = ? WHERE speaker_id = ? AND speaker_name IN "
            f"({','.join('?' * len(variants))})", (new_id, sid, *variants),
        ).rowcount
    conn.execute(
        "UPDATE speakers SET quote_count = (SELECT count(*) FROM quotes WHERE speaker_id = "
        "speakers.id), locked = 1 WHERE id IN (?, ?)", (sid, new_id),
    )
    return new_id, moved


def split_speaker(db: sqlite_utils.Database, speaker: str | int, alias: str) -> dict:
    """Detach the name variant `alias` from `speaker` into a new speaker of its own.

    The quotes attributed under that variant move with it. Recorded and re-applied
    after every ingest. Returns the new speaker with `split_from` and `quotes_moved`.
    """
    conn = db.conn
    with write_transaction(conn):
        sid = find_speaker(db, speaker)
        row = _speaker_row(conn, sid)
        done = _split_ids(conn, sid, alias)
        if done is None:
            raise NotFoundError(
                f"{alias!r} is not a name variant of speaker {row['name']!r} "
                f"(its variants: {', '.join(speaker_aliases(db, sid))})"
            )
        new_id, moved = done
        conn.execute(
            "INSERT INTO speaker_corrections (action, a, b, created_at) VALUES (?, ?, ?, ?)",
            ("split", row["name"], alias, _now()),
        )
        result = _speaker_row(conn, new_id)
    result["split_from"] = row["name"]
    result["quotes_moved"] = moved
    return result


def apply_corrections(db: sqlite_utils.Database) -> int:
    """Re-apply every recorded merge and split, in order; return how many changed anything.

    Runs inside the caller's transaction if there is one.
    """
    conn = db.conn
    changed = 0
    corrections = conn.execute(
        "SELECT action, a, b FROM speaker_corrections ORDER BY id"
    ).fetchall()
    if not corrections:
        return 0
    with write_transaction(conn):
        for action, a, b in corrections:
            ids_a, ids_b = _ids_holding(conn, a), _ids_holding(conn, b)
            if action == "merge":
                if not ids_a or not ids_b:
                    continue
                keep = ids_a[0]
                for drop in ids_b:
                    if drop != keep and drop not in ids_a:
                        _merge_ids(conn, keep, drop)
                        changed += 1
                for drop in ids_a[1:]:
                    if drop != keep and drop in ids_b:
                        _merge_ids(conn, keep, drop)
                        changed += 1
            elif action == "split":
                for sid in set(ids_a) & set(ids_b):
                    row = _speaker_row(conn, sid)
                    if row["norm"] in {normalize_name(b), group_norm(b)}:
                        continue  # this is the split-off speaker itself
                    existing = [i for i in ids_b if i != sid]
                    done = _split_ids(conn, sid, b)
                    if done is not None:
                        changed += 1
                        # Join the speaker the alias was split into before, if any.
                        if existing:
                            _merge_ids(conn, existing[0], done[0])
    return changed


# ---------------------------------------------------------------------------------------
# Stats
# ---------------------------------------------------------------------------------------


def stats(db: sqlite_utils.Database, top: int = 10) -> dict:
    """Counts, quotes by kind, top speakers, outlets and the date range of the index."""
    conn = db.conn

    def one(sql: str) -> object:
        return conn.execute(sql).fetchone()[0]

    first, last = conn.execute(
        "SELECT min(published), max(published) FROM articles WHERE published IS NOT NULL"
    ).fetchone()
    ing_first, ing_last = conn.execute(
        "SELECT min(ingested_at), max(ingested_at) FROM articles").fetchone()
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "quotes": one("SELECT count(*) FROM quotes"),
        "speakers": one("SELECT count(*) FROM speakers"),
        "attributed_quotes": one("SELECT count(*) FROM quotes WHERE speaker_id IS NOT NULL"),
        "quotes_by_kind": dict(conn.execute(
            "SELECT kind, count(*) FROM quotes GROUP BY kind ORDER BY 2 DESC").fetchall()),
        "top_speakers": [
            {"id": r[0], "name": r[1], "type": r[2], "quotes": r[3]}
            for r in conn.execute(
                "SELECT id, name, type, quote_count FROM speakers "
                "ORDER BY quote_count DESC, name LIMIT ?", (top,))
        ],
        "outlets": [
            {"outlet": r[0], "articles": r[1]}
            for r in conn.execute(
                "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL "
                "GROUP BY outlet ORDER BY 2 DESC, 1 LIMIT ?", (top,))
        ],
        "published_first": first,
        "published_last": last,
        "ingested_first": ing_first,
        "ingested_last": ing_last,
        "schema_version": _schema_version(conn),
    }


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Row counts of articles, quotes, speakers and aliases (cheap; used by tests)."""
    conn = db.conn
    return {t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
            for t in ("articles", "quotes", "speakers", "speaker_aliases")}


__all__ = [
    "AddResult", "IndexWriter", "PreparedArticle", "SCHEMA_VERSION", "add_article",
    "apply_corrections", "close_index", "content_hash", "counts", "find_speaker",
    "has_article", "merge_speakers", "open_index", "speaker_aliases", "split_speaker",
    "stats", "text_sha256", "write_transaction",
]
