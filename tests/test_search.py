"""The search library on small indexes built from hand-made articles and quotes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quoteidx
from quoteidx import search as S
from quoteidx.errors import AmbiguousSpeakerError, NotFoundError, QuoteidxError
from quoteidx.index import add_article, open_index
from quoteidx.models import Article, Quote

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed" / \
    "000_e2e78cafad408c41.txt"

ARTICLES = [
    ("kyiv.txt", "2022-02-22", "Kyiv Post", "Ukraine braces", [
        ("Volodymyr Zelensky", "If they attack us, we will defend ourselves.", "direct"),
        ("Volodymyr Zelensky", "An open door to NATO is good, but we need open answers.",
         "direct"),
        ("Volodymyr Fesenko", "Ukraine will never agree to Russia's demands.", "direct"),
        ("Volodymyr Fesenko", "the situation resembles South Ossetia", "indirect"),
    ]),
    ("london.txt", "2005-03-01", "BBC News", "Budget day", [
        ("Gordon Brown", "The economy is stable and growing.", "direct"),
        ("Nick Brown", "Farmers need more support this winter.", "direct"),
        ("Olena Zelenska", "Children must be protected from the war.", "indirect"),
    ]),
]


def _build(path: Path):
    db = open_index(path)
    for source, published, outlet, title, items in ARTICLES:
        text = ""
        quotes = []
        for i, (speaker, said, kind) in enumerate(items):
            start = len(text) + 1
            text += f"“{said}” {speaker} said.\n\n"
            quotes.append(Quote(text=said, kind=kind, start=start, end=start + len(said),
                                paragraph=i, rule="test", confidence=1.0, speaker=speaker,
                                speaker_mention=speaker, speaker_type="person", cue="said",
                                source=source))
        add_article(db, Article(source=source, text=text, title=title, outlet=outlet,
                                published=published), quotes)
    return db


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("idx") / "q.db")


def test_typo_query_ranks_the_right_quote_first(db):
    hits = S.search(db, "defend ourselvs")
    assert hits and hits[0].text == "If they attack us, we will defend ourselves."
    assert hits[0].speaker == "Volodymyr Zelensky"
    assert hits[0].highlights  # the matched words are marked


@pytest.mark.parametrize("query, expected", [
    ("nato open dor", "An open door to NATO is good, but we need open answers."),
    ("never agree to russias demands", "Ukraine will never agree to Russia's demands."),
    ("demands russia agree never", "Ukraine will never agree to Russia's demands."),
    ("econmy stable", "The economy is stable and growing."),
])
def test_word_order_typos_and_missing_words(db, query, expected):
    assert S.search(db, query)[0].text == expected


def test_filters(db):
    assert {h.speaker for h in S.search(db, "the", speaker="fesenko")} == {"Volodymyr Fesenko"}
    assert all(h.kind in ("indirect", "mixed") for h in S.search(db, "the", kind="reported"))
    assert {h.published for h in S.search(db, "the", since="2022")} == {"2022-02-22"}
    assert {h.published for h in S.search(db, "the", until="2005-12")} == {"2005-03-01"}
    assert {h.outlet for h in S.search(db, "the", outlet="bbc")} == {"BBC News"}
    with pytest.raises(S.QueryError):
        S.search(db, "x", since="yesterday")
    with pytest.raises(S.QueryError):
        S.search(db, "x", kind="shouted")
    with pytest.raises(NotFoundError):
        S.search(db, "x", speaker="qqqqqqqq")


def test_exact_and_exhaustive(db):
    assert [h.text for h in S.search(db, "open door", exact=True)] == [
        "An open door to NATO is good, but we need open answers."]
    assert S.search(db, "door open nato", exact=True) == []
    fast = [h.id for h in S.search(db, "defend ourselvs", limit=3)]
    assert [h.id for h in S.search(db, "defend ourselvs", limit=3, exhaustive=True)][0] == fast[0]


def test_min_score_and_limit(db):
    assert len(S.search(db, "the", limit=2)) <= 2
    assert all(h.score >= 90 for h in S.search(db, "defend ourselvs", min_score=90))


def test_speakers_ranking(db):
    assert S.find_speakers(db, "zelenskyy")[0].name == "Volodymyr Zelensky"
    assert S.find_speakers(db, "zelenski")[0].name == "Volodymyr Zelensky"
    assert S.find_speakers(db, "V. Zelensky")[0].name == "Volodymyr Zelensky"
    assert S.find_speakers(db, "fesenko")[0].name == "Volodymyr Fesenko"
    assert S.find_speakers(db, "Zelenska")[0].name == "Olena Zelenska"
    top = S.find_speakers(db)
    assert top[0].quote_count == max(m.quote_count for m in top)


def test_quotes_by_speaker(db):
    who, rows = S.quotes_by(db, "fesenko")
    assert who.name == "Volodymyr Fesenko" and len(rows) == 2
    assert {r["speaker"] for r in rows} == {"Volodymyr Fesenko"}
    with pytest.raises(AmbiguousSpeakerError) as err:
        S.quotes_by(db, "brown")
    assert len(err.value.candidates) == 2
    with pytest.raises(NotFoundError):
        S.quotes_by(db, "nobody at all here")


def test_quotes_newest_first(db):
    _who, rows = S.quotes_by(db, "Gordon Brown")
    assert rows and rows[0]["published"] == "2005-03-01"


def test_show_quote(db):
    hit = S.search(db, "defend ourselvs")[0]
    view = S.show_quote(db, hit.id)
    quote = next(h for h in view["highlights"] if h["what"] == "quote")
    assert view["context"][quote["start"]:quote["end"]] == hit.text
    assert {h["what"] for h in view["highlights"]} >= {"quote", "speaker", "cue"}
    assert view["title"] == "Ukraine braces"
    with pytest.raises(NotFoundError):
        S.show_quote(db, 999999)
    for bad in ("abc", "¹", "٣", "9" * 40):
        with pytest.raises(NotFoundError):
            S.show_quote(db, bad)


def test_vocabulary_cache_follows_new_quotes(tmp_path):
    db = _build(tmp_path / "v.db")
    assert S.search(db, "zeppelinx", min_score=90) == []
    text = "“The zeppelin flies at dawn.” Ann Other said."
    add_article(db, Article(source="z.txt", text=text), [Quote(
        text="The zeppelin flies at dawn.", kind="direct", start=1, end=28, paragraph=0,
        rule="test", confidence=1.0, speaker="Ann Other")])
    assert S.search(db, "zepelin flies")[0].text == "The zeppelin flies at dawn."


NASTY = ['"', "AND(", "*", "-", "NEAR(a b, 2)", "^x", "🙂", "\x00", "a" * 10_000,
         "x OR y AND NOT z", "'); DROP TABLE quotes; --", "\"\"\"", "(((", ":", "col:x",
         "zelensky" * 2000, " ", "", "¹", "٣"]


@pytest.mark.parametrize("query", NASTY)
def test_any_string_is_a_query(db, query):
    S.search(db, query)
    S.search(db, query, exact=True)
    S.find_speakers(db, query)
    try:
        S.quotes_by(db, query)
    except QuoteidxError:
        pass


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(), max_size=60)
       | st.lists(st.sampled_from(['"', "AND", "OR", "NOT", "NEAR(", ")", "*", "^", "-", ":",
                                   "defend", "zel", "🙂", "\x00"]), max_size=8).map(" ".join))
def test_hypothesis_queries_never_raise(db, query):
    S.search(db, query)
    S.find_speakers(db, query)
    try:
        S.search(db, "defend", speaker=query)
    except QuoteidxError:
        pass
    try:
        S.quotes_by(db, query)
    except QuoteidxError:
        pass


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not here")
def test_seed_article(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    quotes = quoteidx.extract(text, source=str(SEED))
    if not quotes:
        pytest.skip("the extractor finds nothing yet")
    db = open_index(tmp_path / "seed.db")
    add_article(db, Article(source=str(SEED), text=text), quotes)
    # Two Zelensky quotes of one paragraph hold "defend ourselves" and tie on the primary
    # score; the article's reading order puts "we will defend ourselves" first.
    hits = S.search(db, "defend ourselvs", limit=3)
    assert hits[0].speaker == "Volodymyr Zelensky"
    assert "we will defend ourselves" in hits[0].text
    assert hits[1].text == "Not attack, but defend ourselves."
    assert [h.id for h in S.search(db, "defend ourselvs", limit=3, exhaustive=True)] == \
        [h.id for h in hits]
    assert S.find_speakers(db, "zelenskyy")[0].name == "Volodymyr Zelensky"
    who, rows = S.quotes_by(db, "fesenko")
    assert who.name == "Volodymyr Fesenko" and rows
    assert any("never agree to Russia" in r["text"] for r in rows)


def _near_equal_db(path: Path):
    """Statements that all hold the phrase 'it was not', some of them word for word."""
    db = open_index(path)
    items = [
        ("a.txt", "2001-01-01", "It was not, he said, a decision taken lightly by anyone here."),
        ("b.txt", "2003-05-05", "It was not easy."),
        ("c.txt", "2002-02-02", "It was not easy."),
        ("d.txt", "2002-02-02", "It was not easy."),
        ("e.txt", None, "It was not easy."),
        ("f.txt", "2004-04-04", "It was not a good year for the farmers of the region."),
        ("g.txt", "2004-04-04", "Nobody said it."),
    ]
    for source, published, said in items:
        text = f"“{said}” Ann Other said in {source}."
        add_article(db, Article(source=source, text=text, published=published), [Quote(
            text=said, kind="direct", start=1, end=1 + len(said), paragraph=0, rule="test",
            confidence=1.0, speaker="Ann Other", source=source)])
    return db


def test_near_equal_statements_have_a_defined_order(tmp_path):
    db = _near_equal_db(tmp_path / "t.db")
    hits = S.search(db, "it was not", limit=6)
    # All hold the phrase (primary score 100); the closest to the query as a whole (the
    # shortest) comes first; identical texts go newest article first, then by id.
    assert [h.text for h in hits[:4]] == ["It was not easy."] * 4
    assert [h.published for h in hits[:4]] == ["2003-05-05", "2002-02-02", "2002-02-02", None]
    assert hits[1].id < hits[2].id
    assert hits[4].text.startswith("It was not a good year")
    assert hits[5].text.startswith("It was not, he said")
    assert hits[0].score > hits[4].score > hits[5].score
    assert hits[0].score <= 100
    assert [h.id for h in S.search(db, "it was not", limit=6, exhaustive=True)] == [
        h.id for h in hits]


def test_search_agrees_with_a_brute_force_scan(db):
    conn = db.conn
    rows = conn.execute("SELECT q.id, q.text, a.published, q.article_id FROM quotes q "
                        "LEFT JOIN articles a ON a.id = q.article_id").fetchall()
    texts = [S.prepare_text(r[1]) for r in rows]
    for query in ("defend ourselvs", "nato open dor", "never agree to russias demands",
                  "econmy stable", "the situation"):
        scores = S.score_matrix(S.prepare_query(query), texts)
        best = [rows[i][0] for i in S.best_order(scores, [r[0] for r in rows],
                                                 [r[2] for r in rows], 2,
                                                 [r[3] for r in rows])]
        got = [h.id for h in S.search(db, query, limit=2)]
        # FTS5 proposes only statements sharing a word (or trigram) with the query.
        assert got and got == best[:len(got)], query


def test_best_order_breaks_ties_by_date_then_id():
    scores = [50.0, 90.0, 90.0, 90.0, 90.0, 10.0]
    ids = [1, 5, 3, 4, 2, 6]
    published = ["2020", "2010", "2010", None, "2015", "2024"]
    assert S.best_order(scores, ids, published, 4) == [4, 2, 1, 3]
    assert S.best_order(scores, ids, published, 99) == [4, 2, 1, 3, 0, 5]
    assert S.best_order(scores, ids, published, 0) == []
    assert S.best_order([], [], [], 3) == []


def test_reading_order_within_an_article():
    # Ids 10 and 11 share article 1 and differ by less than the secondary term's reach:
    # reading order. Id 12 (article 1) beats id 10 by more; id 20 is another article.
    scores = [93.0, 93.2, 99.0, 93.1]
    ids = [10, 11, 12, 20]
    published = ["2022", "2022", "2022", "2022"]
    articles = [1, 1, 1, 2]
    assert S.best_order(scores, ids, published, 4) == [2, 1, 3, 0]
    assert S.best_order(scores, ids, published, 4, articles) == [2, 0, 1, 3]
    # A quote lifted from just below the cut enters the top k.
    assert S.best_order(scores, ids, published, 2, articles) == [2, 0]
    ranked = S.ranked_positions(scores, ids, published, 4, articles)
    assert [round(r, 1) for _, r in ranked] == [99.0, 93.2, 93.2, 93.1]
    # Far apart (more than half a point): the score decides even inside one article.
    assert S.best_order([90.0, 95.0], [1, 2], [None, None], 2, [7, 7]) == [1, 0]


def test_prepare_text_collapses_punctuation():
    assert S.prepare_text("He said, “it is — Zürich!”") == "he said it is zurich"
    assert S.prepare_query("  he   said,it ") == "he said it"


@given(st.text(max_size=80))
def test_prepare_text_is_idempotent_and_single_spaced(text):
    once = S.prepare_text(text)
    assert "  " not in once and once == once.strip()
    assert S.prepare_text(once) == once
