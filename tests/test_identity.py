"""One speaker per person across articles (quoteidx.identity), through a real index."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteidx.identity import (
    SpeakerResolver,
    display_name,
    group_norm,
    names_compatible,
    tokens_compatible,
)
from quoteidx.index import close_index, open_index, write_transaction


@pytest.fixture
def env(tmp_path):
    db = open_index(tmp_path / "id.db")
    resolver = SpeakerResolver()
    resolver.load(db.conn)

    def resolve(name, type_=None, title=None, description=None):
        with write_transaction(db.conn):
            return resolver.resolve(db.conn, name, type_, title, description)

    yield db, resolver, resolve
    close_index(db)


def names(db) -> dict[int, str]:
    return dict(db.conn.execute("SELECT id, name FROM speakers"))


@pytest.mark.parametrize("order", [
    ["Zelensky", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "President Zelensky"],
    ["Volodymyr Zelensky", "Zelensky", "President Zelensky", "Volodymyr Zelenskyy"],
    ["Volodymyr Zelenskyy", "President Zelensky", "Volodymyr Zelensky", "Zelensky"],
])
def test_zelensky_variants_are_one_speaker(env, order):
    db, _, resolve = env
    ids = {resolve(n, title="President" if "President" in n else None) for n in order}
    assert len(ids) == 1
    sid = ids.pop()
    row = db.conn.execute("SELECT name, norm FROM speakers WHERE id = ?", (sid,)).fetchone()
    assert row[0] in ("Volodymyr Zelensky", "Volodymyr Zelenskyy")  # the full name
    aliases = {a for (a,) in db.conn.execute(
        "SELECT norm FROM speaker_aliases WHERE speaker_id = ?", (sid,))}
    assert {"zelensky", "volodymyr zelensky", "volodymyr zelenskyy"} <= aliases


def test_same_surname_different_first_names_stay_apart(env):
    db, _, resolve = env
    g, n = resolve("Gordon Brown"), resolve("Nick Brown")
    assert g != n
    assert resolve("Gordon Brown") == g and resolve("Mr Nick Brown") == n


def test_bare_surname_joins_only_when_unambiguous(env):
    db, _, resolve = env
    g = resolve("Gordon Brown")
    assert resolve("Brown") == g  # the only Brown in the index
    n = resolve("Nick Brown")
    assert n != g
    bare = resolve("Brown")  # now ambiguous: a speaker of its own
    assert bare not in (g, n)
    assert resolve("Brown") == bare


def test_ambiguous_bare_surname_resolved_by_title(env):
    db, _, resolve = env
    g = resolve("Gordon Brown", title="Chancellor")
    n = resolve("Nick Brown", title="Agriculture Minister")
    assert resolve("Brown", title="Chancellor") == g
    assert resolve("Brown", title="agriculture minister") == n


def test_full_name_absorbs_bare_surname_only_if_alone(env):
    db, _, resolve = env
    b = resolve("Blair")
    t = resolve("Tony Blair")
    assert t == b and names(db)[b] == "Tony Blair"
    c = resolve("Cherie Blair")
    assert c != t


def test_close_spellings_only_for_long_tokens(env):
    _, _, resolve = env
    assert resolve("Kate Browne") != resolve("Kate Brown")
    assert resolve("Jon Smith") != resolve("John Smith")
    assert resolve("Mikhail Gorbachev") == resolve("Mikhail Gorbachov")


def test_initial_joins_full_first_name(env):
    _, _, resolve = env
    assert resolve("Volodymyr Fesenko") == resolve("V. Fesenko")


def test_groups_match_exactly_and_apart_from_persons(env):
    db, _, resolve = env
    p = resolve("police", "group")
    assert resolve("the police", "group") == p
    assert resolve("Police", "group") == p
    assert resolve("Metropolitan Police", "group") != p
    assert resolve("Ukrainian officials", "group") != p
    person = resolve("Police")  # a person whose name is Police: not the group
    assert person != p
    types = dict(db.conn.execute("SELECT id, type FROM speakers"))
    assert types[p] == "group" and types[person] == "person"


def test_no_name_no_speaker(env):
    db, _, resolve = env
    assert resolve(None) is None and resolve("   ") is None and resolve("...") is None
    assert db.conn.execute("SELECT count(*) FROM speakers").fetchone()[0] == 0


def test_reload_from_index_gives_the_same_answers(env):
    db, _, resolve = env
    z = resolve("Volodymyr Zelensky")
    g = resolve("Gordon Brown")
    fresh = SpeakerResolver()
    fresh.load(db.conn)
    with write_transaction(db.conn):
        assert fresh.resolve(db.conn, "Zelenskyy") == z
        assert fresh.resolve(db.conn, "Brown") == g
        assert fresh.new_speakers == 0


def test_refresh_sees_speakers_written_by_another_writer(env):
    db, _, resolve = env
    other = SpeakerResolver()
    other.load(db.conn)
    z = resolve("Volodymyr Zelensky")  # written by the first resolver
    with write_transaction(db.conn):
        other.refresh(db.conn)
        assert other.resolve(db.conn, "President Zelensky") == z


def test_refresh_sees_a_rename_by_another_connection(tmp_path):
    # `Smith` becomes `John Smith` in one process; the other must not still take the
    # speaker for a bare `Smith` that `Jane Smith` may join
    path = tmp_path / "two.db"
    one, two = open_index(path), open_index(path)
    try:
        r1, r2 = SpeakerResolver(), SpeakerResolver()
        r1.load(one.conn)
        with write_transaction(one.conn):
            s = r1.resolve(one.conn, "Smith", "person")
        r2.load(two.conn)
        with write_transaction(one.conn):
            assert r1.resolve(one.conn, "John Smith", "person") == s
        with write_transaction(two.conn):
            r2.refresh(two.conn)
            assert r2.speakers[s].norm == "john smith"
            assert r2.resolve(two.conn, "Jane Smith", "person") != s
        assert names(one)[s] == "John Smith"
    finally:
        close_index(two)
        close_index(one)


def test_helpers():
    assert group_norm("The Ministry of Defence") == "ministry of defence"
    assert display_name("President Volodymyr Zelensky") == "Volodymyr Zelensky"
    assert display_name("Mr Brown") == "Brown"
    assert tokens_compatible("zelensky", "zelenskyy") > 0
    assert tokens_compatible("nick", "rick") == 0
    assert names_compatible(["gordon", "brown"], ["nick", "brown"]) == 0
    assert names_compatible(["george", "bush"], ["george", "w", "bush"]) == 0


name_st = st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzéö -'.", min_size=1,
                           max_size=12), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(name_st, min_size=1, max_size=12))
def test_resolving_is_stable(tmp_path_factory, batch):
    """Resolving names a second time gives full names the same speaker; only a bare
    surname that became ambiguous meanwhile may get a speaker of its own."""
    from quoteidx.normalize import normalize_name

    db = open_index(tmp_path_factory.mktemp("h") / "h.db")
    try:
        r = SpeakerResolver()
        r.load(db.conn)
        with write_transaction(db.conn):
            first = [r.resolve(db.conn, n) for n in batch]
            made = r.new_speakers
            second = [r.resolve(db.conn, n) for n in batch]
            third = [r.resolve(db.conn, n) for n in batch]
        bare = {normalize_name(n) for n in batch if len(normalize_name(n).split()) == 1}
        assert r.new_speakers - made <= len(bare)
        assert second == third  # settled after one pass
        for n, a, b in zip(batch, first, second, strict=True):
            assert (a is None) == (b is None)
            if len(normalize_name(n).split()) > 1:
                assert a == b, n
        known = {i for (i,) in db.conn.execute("SELECT id FROM speakers")}
        assert {x for x in first + second if x is not None} <= known
    finally:
        close_index(db)
