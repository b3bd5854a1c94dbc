"""One speaker per person across articles.

The extractor gives each quote the speaker's canonical name *within its article*
(`Volodymyr Zelensky`, or a bare `Zelensky` when the article never gives more). Here
those names become rows of the `speakers` table, with every variant as an alias:

1. Exact: a name whose normalised form (`normalize_name`: folded, titles dropped) is
   already an alias of a speaker joins it: `President Zelensky` ~ `Zelensky`.
2. A full name joins a speaker with a compatible full name: the same number of tokens,
   each equal or very close (rapidfuzz ratio >= 88 on tokens of 6+ letters, so
   `Zelenskyy` ~ `Zelensky` but `Brown` !~ `Browne`), a first name may be an initial.
   First names never fuzzily stretch further: `Gordon Brown` and `Nick Brown` stay apart.
3. A bare surname joins the one full-name speaker with that surname; when the index has
   several, the title/description the article gives must pick one, else the bare
   surname stays a speaker of its own. A full name likewise absorbs a bare-surname
   speaker only when it is the only full name with that surname.
4. Groups (`police`, `the ministry`) match only by exact normalised name.

Everything runs on in-memory maps loaded from the index once and refreshed
incrementally, so the common case (a name seen before) is one dict lookup.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from quoteidx.normalize import TITLE_WORDS, fold, normalize_name, words

TOKEN_RATIO = 88.0  # rapidfuzz ratio for two name tokens to count as one spelling
MIN_FUZZY_LEN = 6  # shorter tokens must match exactly (Brown/Browne, Nick/Rick)
CONTEXT_RATIO = 85.0  # title/description agreement used to break ties


def group_norm(name: str | None) -> str:
    """The comparison key of a group or organisation: folded words, no leading 'the'."""
    toks = words(fold(name or ""))
    while len(toks) > 1 and toks[0] in ("the", "a", "an"):
        toks = toks[1:]
    return " ".join(toks)


def display_name(name: str) -> str:
    """The name as written minus leading titles: 'President Volodymyr Zelensky' ->
    'Volodymyr Zelensky' (kept whole when it is only a title)."""
    parts = name.split()
    i = 0
    while i < len(parts) - 1 and "".join(words(fold(parts[i]))) in TITLE_WORDS:
        i += 1
    return " ".join(parts[i:]).strip(" ,;:")


def tokens_compatible(a: str, b: str) -> float:
    """Similarity (0-100) of two name tokens, 0 when they cannot be one spelling."""
    if a == b:
        return 100.0
    if len(a) == 1 or len(b) == 1:  # an initial
        return 60.0 if a[0] == b[0] else 0.0
    if min(len(a), len(b)) < MIN_FUZZY_LEN:
        return 0.0
    r = fuzz.ratio(a, b)
    return r if r >= TOKEN_RATIO else 0.0


def names_compatible(a: list[str], b: list[str]) -> float:
    """Similarity of two multi-token names (0 = different people); surnames may not be
    initials."""
    if len(a) != len(b) or len(a) < 2:
        return 0.0
    if len(a[-1]) == 1 or len(b[-1]) == 1:
        return 0.0
    total = 0.0
    for x, y in zip(a, b, strict=True):
        s = tokens_compatible(x, y)
        if not s:
            return 0.0
        total += s
    return total / len(a)


@dataclass(slots=True)
class _Speaker:
    id: int
    name: str
    norm: str
    type: str
    title: str | None
    description: str | None
    locked: bool


class SpeakerResolver:
    """Maps speaker names to speaker ids, creating speakers and aliases as needed.

    `resolve()` writes through the given connection and must run inside the caller's
    write transaction; on rollback, call `load()` again.
    """

    def __init__(self) -> None:
        self._clear()

    def _clear(self) -> None:
        self.speakers: dict[int, _Speaker] = {}
        self.person_alias: dict[str, set[int]] = defaultdict(set)  # norm -> ids
        self.group_alias: dict[str, int] = {}
        self.held: set[tuple[int, str]] = set()  # (speaker id, alias norm)
        self.surnames: dict[str, set[int]] = defaultdict(set)  # of multi-token names
        self.by_prefix: dict[str, set[str]] = defaultdict(set)  # surname[:3] -> surnames
        self.bare_prefix: dict[str, set[str]] = defaultdict(set)  # single-token norms
        self.full_aliases: dict[int, list[str]] = defaultdict(list)  # multi-token norms
        self.max_speaker = 0
        self.max_alias = 0
        self.new_speakers = 0
        self._data_version: int | None = None

    # -- loading ---------------------------------------------------------------------

    def _forget(self) -> None:
        """Drop the maps (keeping the count of speakers this writer created)."""
        new = self.new_speakers
        self._clear()
        self.new_speakers = new

    def load(self, conn: sqlite3.Connection) -> None:
        """(Re)load every speaker and alias from the index."""
        self._forget()
        self.refresh(conn)

    def refresh(self, conn: sqlite3.Connection) -> None:
        """Load the speakers and aliases written since the last load (by anyone).

        Another writer may also have renamed a speaker (`Smith` → `John Smith`) or
        filled its title, which new ids do not show: when `PRAGMA data_version` says
        another connection committed since the last refresh, everything is reloaded.
        A lone ingest never pays for that.
        """
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if self._data_version is not None and version != self._data_version:
            self._forget()
        self._data_version = version
        for row in conn.execute(
            "SELECT id, name, norm, type, title, description, locked FROM speakers "
            "WHERE id > ? ORDER BY id", (self.max_speaker,)
        ):
            self.speakers[row[0]] = _Speaker(row[0], row[1], row[2], row[3], row[4],
                                             row[5], bool(row[6]))
            self.max_speaker = row[0]
        for aid, sid, norm in conn.execute(
            "SELECT id, speaker_id, norm FROM speaker_aliases WHERE id > ? ORDER BY id",
            (self.max_alias,),
        ):
            self.max_alias = aid
            sp = self.speakers.get(sid)
            if sp is not None:
                self._index_alias(sp, norm)

    def _index_alias(self, sp: _Speaker, norm: str) -> None:
        if (sp.id, norm) in self.held:
            return
        self.held.add((sp.id, norm))
        if sp.type == "group":
            self.group_alias.setdefault(norm, sp.id)
            return
        self.person_alias[norm].add(sp.id)
        toks = norm.split()
        if len(toks) >= 2:
            self.surnames[toks[-1]].add(sp.id)
            self.by_prefix[toks[-1][:3]].add(toks[-1])
            self.full_aliases[sp.id].append(norm)
        else:
            self.bare_prefix[norm[:3]].add(norm)

    # -- writing ---------------------------------------------------------------------

    def _create(self, conn: sqlite3.Connection, name: str, norm: str, type_: str,
                title: str | None, description: str | None) -> _Speaker:
        cur = conn.execute(
            "INSERT INTO speakers (name, norm, type, title, description, quote_count, locked) "
            "VALUES (?, ?, ?, ?, ?, 0, 0)", (name, norm, type_, title, description),
        )
        sp = _Speaker(cur.lastrowid, name, norm, type_, title, description, False)
        self.speakers[sp.id] = sp
        self.max_speaker = max(self.max_speaker, sp.id)
        self.new_speakers += 1
        self._add_alias(conn, sp, name, norm)
        return sp

    def _add_alias(self, conn: sqlite3.Connection, sp: _Speaker, alias: str, norm: str) -> None:
        if (sp.id, norm) in self.held:
            return
        cur = conn.execute(
            "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, norm) VALUES (?, ?, ?)",
            (sp.id, alias, norm),
        )
        if cur.rowcount:
            self.max_alias = max(self.max_alias, cur.lastrowid)
        self._index_alias(sp, norm)

    def _fill_context(self, conn: sqlite3.Connection, sp: _Speaker, title: str | None,
                      description: str | None) -> None:
        if (title and not sp.title) or (description and not sp.description):
            sp.title = sp.title or title
            sp.description = sp.description or description
            conn.execute("UPDATE speakers SET title = ?, description = ? WHERE id = ?",
                         (sp.title, sp.description, sp.id))

    # -- matching --------------------------------------------------------------------

    def _surname_ids(self, surname: str) -> set[int]:
        """Full-name person speakers whose surname is `surname` or a close spelling."""
        ids = set(self.surnames.get(surname, ()))
        if len(surname) >= MIN_FUZZY_LEN:
            for other in self.by_prefix.get(surname[:3], ()):
                if other != surname and tokens_compatible(surname, other):
                    ids |= self.surnames[other]
        return ids

    def _by_context(self, ids: set[int], title: str | None,
                    description: str | None) -> int | None:
        """The one candidate whose known title or description agrees with the quote's."""
        hits = []
        for sid in ids:
            sp = self.speakers[sid]
            ok = False
            if title and sp.title:
                ok = fold(title) == fold(sp.title) or \
                    fuzz.token_set_ratio(fold(title), fold(sp.title)) >= CONTEXT_RATIO
            if not ok and description and sp.description:
                ok = fuzz.token_set_ratio(fold(description), fold(sp.description)) \
                    >= CONTEXT_RATIO
            if ok:
                hits.append(sid)
        return hits[0] if len(hits) == 1 else None

    def _bare_ids(self, norm: str) -> list[int]:
        """Single-token person speakers holding alias `norm` (or a close spelling)."""
        out = [i for i in self.person_alias.get(norm, ())
               if " " not in self.speakers[i].norm]
        if out or len(norm) < MIN_FUZZY_LEN:
            return out
        for other in self.bare_prefix.get(norm[:3], ()):
            if other != norm and tokens_compatible(other, norm):
                out.extend(i for i in self.person_alias.get(other, ())
                           if " " not in self.speakers[i].norm)
        return out

    def _match_person(self, norm: str, title: str | None, description: str | None) -> int | None:
        toks = norm.split()
        if len(toks) == 1:
            cands = self._surname_ids(toks[0])
            if len(cands) == 1:
                return next(iter(cands))
            if len(cands) > 1:
                picked = self._by_context(cands, title, description)
                if picked is not None:
                    return picked
            bare = self._bare_ids(norm)
            return min(bare) if bare else None
        exact = self.person_alias.get(norm)
        if exact:
            own = [i for i in exact if self.speakers[i].norm == norm]
            return min(own or exact)
        surname_ids = self._surname_ids(toks[-1])
        scored: list[tuple[float, int]] = []
        for sid in surname_ids:
            best = 0.0
            for alias_norm in self.full_aliases.get(sid, ()):
                best = max(best, names_compatible(toks, alias_norm.split()))
            if best:
                scored.append((best, sid))
        if scored:
            scored.sort(reverse=True)
            if len(scored) == 1 or scored[0][0] > scored[1][0]:
                return scored[0][1]
            tied = {sid for s, sid in scored if s == scored[0][0]}
            return self._by_context(tied, title, description)
        if not surname_ids:
            # No other full name with this surname: absorb a bare-surname speaker.
            bare = self._bare_ids(toks[-1])
            if len(bare) == 1:
                return bare[0]
        return None

    # -- the entry point ---------------------------------------------------------------

    def resolve(
        self,
        conn: sqlite3.Connection,
        name: str | None,
        type_: str | None = None,
        title: str | None = None,
        description: str | None = None,
    ) -> int | None:
        """The speaker id for `name` (created if new); None when there is no name."""
        if not name or not name.strip():
            return None
        if type_ == "group":
            norm = group_norm(name)
            if not norm:
                return None
            sid = self.group_alias.get(norm)
            if sid is None:
                return self._create(conn, name.strip(), norm, "group", title, description).id
            self._add_alias(conn, self.speakers[sid], name.strip(), norm)
            return sid
        norm = normalize_name(name)
        if not norm:
            return None
        # Fast path: this exact variant has been attached before and is a full name
        # (a bare surname goes through the ambiguity rules every time).
        if " " in norm:
            ids = self.person_alias.get(norm)
            if ids and len(ids) == 1:
                sid = next(iter(ids))
                self._fill_context(conn, self.speakers[sid], title, description)
                return sid
        written = display_name(name.strip()) or name.strip()
        sid = self._match_person(norm, title, description)
        if sid is None:
            return self._create(conn, written, norm, "person", title, description).id
        sp = self.speakers[sid]
        self._add_alias(conn, sp, written, norm)
        # A bare-surname speaker takes the first full name that joins it.
        if len(norm.split()) > len(sp.norm.split()) and not sp.locked:
            sp.name, sp.norm = written, norm
            conn.execute("UPDATE speakers SET name = ?, norm = ? WHERE id = ?",
                         (written, norm, sid))
        self._fill_context(conn, sp, title, description)
        return sid
