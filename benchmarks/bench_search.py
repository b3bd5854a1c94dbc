"""Benchmark `quoteidx search` and `quoteidx speakers` on an index of 1,000,000 quotes.

    python benchmarks/bench_search.py [--db /tmp/bench_search.db] [--quotes 1000000]
        [--speakers 100000] [--queries 200] [--brute 200] [--corpus ../shared/corpus/bbc]

The index is built once and cached at `--db` (rebuilt with `--rebuild`): the schema comes
from `quoteidx.index.open_index`, rows go in with `executemany` in big transactions with
the FTS triggers dropped, and both FTS tables are filled afterwards with FTS5's 'rebuild'.
Quote texts are sentences of the BBC corpus and quotes of the project fixtures, varied
(words swapped for other corpus words, truncated, joined) so that nearly every text is
distinct; speakers are first names x surnames with aliases (surname, initial, spelling
variants); quote counts per speaker follow a Zipf law.

Queries are fragments of indexed quotes (3-8 words) typed badly: typos, a dropped word,
two words swapped. Reported: median and p95 latency of `search.search` and
`search.find_speakers` (warm, in process), the cold first query, and the top-10 agreement
with a brute-force scan: `search.score_matrix` (the same `process.cdist` calls) over all
quote texts and `search.best_order` (the same order), whose own time per query is
reported beside.
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import re
import resource
import statistics
import sys
import time
from pathlib import Path

SENT = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])")
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")
SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Miss)\.? ([A-Z][a-z]{2,})")
FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]{2,})\b")
OUTLETS = ["BBC News", "Reuters", "AP", "The Guardian", "TPM", "Politico", "Kyiv Independent",
           "Financial Times", "Le Monde", "Der Spiegel", None]


# ---------------------------------------------------------------------------------------
# Building the index
# ---------------------------------------------------------------------------------------


def _read_corpus(
    corpus: str, firsts: set[str]
) -> tuple[list[str], list[str], list[str]]:
    """Sentences, headlines and surnames of the corpus files (read, never copied)."""
    sentences: list[str] = []
    titles: list[str] = []
    surnames: set[str] = set()
    for path in sorted(glob.glob(os.path.join(corpus, "**", "*.txt"), recursive=True)):
        if path.endswith("README.TXT"):
            continue
        raw = Path(path).read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        head, _, body = text.partition("\n")
        titles.append(head.strip())
        surnames.update(SURNAME.findall(body))
        surnames.update(last for first, last in FULL_NAME.findall(body) if first in firsts)
        for para in body.split("\n"):
            for s in SENT.split(para.strip()):
                s = s.strip().strip('"').strip()
                if 30 <= len(s) <= 320:
                    sentences.append(s)
    return sentences, titles, sorted(surnames)


def _fixture_quotes() -> list[str]:
    """Quote texts the extractor finds in the project's own fixtures."""
    try:
        from quoteidx import extract
    except ImportError:
        return []
    root = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
    out: list[str] = []
    for p in sorted(root.glob("*")):
        if p.is_file():
            out.extend(q.text for q in extract(p.read_text(encoding="utf-8", errors="replace"))
                       if len(q.text) >= 20)
    return out


def _first_names() -> list[str]:
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names: set[str] = set()
    with open(path, encoding="iso-8859-1") as fh:
        for line in fh:
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip()
            if name.isalpha() and name[:1].isupper() and 3 <= len(name) <= 10:
                names.add(name)
    return sorted(names)


def _vary(rng: random.Random, text: str, vocab: list[str]) -> str:
    """A variant of `text`: a few words swapped for corpus words, maybe truncated."""
    toks = text.split()
    n = len(toks)
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        i = rng.randrange(n)
        toks[i] = rng.choice(vocab)
    if n > 12 and rng.random() < 0.2:
        cut = rng.randrange(8, n)
        toks = toks[:cut]
    return " ".join(toks)


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.randrange(4)
    if op == 0:  # deletion
        return word[:i] + word[i + 1:]
    if op == 1:  # substitution
        return word[:i] + rng.choice("aeiounrst") + word[i + 1:]
    if op == 2:  # transposition
        return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]
    return word[:i] + rng.choice("aeiounrst") + word[i:]  # insertion


def build(db_path: str, n_quotes: int, n_speakers: int, corpus: str, seed: int = 7) -> None:
    """Create the benchmark index at `db_path`."""
    from quoteidx.index import open_index
    from quoteidx.normalize import normalize_name

    rng = random.Random(seed)
    t0 = time.perf_counter()
    firsts = _first_names()
    sentences, titles, surnames = _read_corpus(corpus, set(firsts))
    sentences += _fixture_quotes() * 20
    vocab = sorted({w for s in sentences[:20000] for w in WORD.findall(s) if len(w) > 3})
    print(f"corpus: {len(sentences):,} sentences, {len(titles):,} titles, "
          f"{len(surnames):,} surnames, {len(firsts):,} first names, "
          f"{len(vocab):,} words ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)

    if os.path.exists(db_path):
        os.remove(db_path)
    db = open_index(db_path)
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")
    triggers = [r[0] for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'quotes'")]
    for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'quotes'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER [{name}]")

    # Speakers and their aliases.
    conn.execute("BEGIN")
    seen: set[str] = set()
    speakers: list[tuple] = []
    aliases: list[tuple] = []
    while len(speakers) < n_speakers:
        first, last = rng.choice(firsts), rng.choice(surnames)
        name = f"{first} {last}"
        if rng.random() < 0.05:
            name = f"{first} {rng.choice(firsts)} {last}"
        norm = normalize_name(name)
        if norm in seen:
            continue
        seen.add(norm)
        sid = len(speakers) + 1
        speakers.append((sid, name, norm, "person", None, None, 0, 0))
        aliases.append((sid, name, norm))
        if rng.random() < 0.5:
            aliases.append((sid, last, normalize_name(last)))
        if rng.random() < 0.2:
            alt = f"{first} {_typo(rng, last)}"
            aliases.append((sid, alt, normalize_name(alt)))
        if rng.random() < 0.1:
            alt = f"{first[0]}. {last}"
            aliases.append((sid, alt, normalize_name(alt)))
    conn.executemany(
        "INSERT INTO speakers (id, name, norm, type, title, description, quote_count, locked) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", speakers)
    conn.executemany(
        "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, norm) VALUES (?, ?, ?)",
        aliases)
    conn.execute("COMMIT")

    # Articles: about ten quotes each.
    n_articles = max(1, n_quotes // 10)
    conn.execute("BEGIN")
    rows = []
    for i in range(1, n_articles + 1):
        title = _vary(rng, rng.choice(titles), vocab) if titles else f"Article {i}"
        published = f"{rng.randint(2004, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append((i, f"bench/{i:07d}.txt", f"{i:064x}", title, None, rng.choice(OUTLETS),
                     None, published, "2024-01-01T00:00:00+00:00", "", "utf-8"))
    conn.executemany(
        "INSERT INTO articles (id, path, sha256, title, url, outlet, author, published, "
        "ingested_at, text, encoding) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    del rows

    # Quotes, Zipf-distributed over speakers.
    weights = [1.0 / (r + 1) ** 1.1 for r in range(n_speakers)]
    kinds = ["direct"] * 55 + ["indirect"] * 35 + ["mixed"] * 10
    counts = [0] * (n_speakers + 1)
    qid = 0
    batch = 100_000
    while qid < n_quotes:
        m = min(batch, n_quotes - qid)
        sids = rng.choices(range(1, n_speakers + 1), weights=weights, k=m)
        rows = []
        for sid in sids:
            qid += 1
            text = _vary(rng, rng.choice(sentences), vocab)
            if rng.random() < 0.1:
                text = text + " " + rng.choice(sentences)
            counts[sid] += 1
            art = (qid - 1) // 10 + 1
            start = (qid - 1) % 10 * 400
            rows.append((qid, min(art, n_articles), sid, speakers[sid - 1][1], text,
                         rng.choice(kinds), "said", start, start + len(text), (qid - 1) % 10,
                         "bench", 0.9))
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO quotes (id, article_id, speaker_id, speaker_name, text, kind, cue, "
            "start, end, paragraph, rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows)
        conn.execute("COMMIT")
        print(f"  {qid:,} quotes ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    conn.execute("BEGIN")
    conn.executemany("UPDATE speakers SET quote_count = ? WHERE id = ?",
                     [(c, sid) for sid, c in enumerate(counts) if sid])
    conn.execute("COMMIT")
    for table in ("quotes_fts", "quotes_trigram"):
        t1 = time.perf_counter()
        conn.execute(f"INSERT INTO [{table}] ([{table}]) VALUES ('rebuild')")
        print(f"  {table} rebuilt in {time.perf_counter() - t1:.0f} s", file=sys.stderr)
    for sql in triggers:
        conn.execute(sql)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()
    print(f"built {db_path} in {time.perf_counter() - t0:.0f} s, "
          f"{os.path.getsize(db_path) / 1e6:.0f} MB", file=sys.stderr)


# ---------------------------------------------------------------------------------------
# Queries and measurement
# ---------------------------------------------------------------------------------------


def make_queries(conn, n: int, seed: int = 11) -> list[str]:
    """Fragments of indexed quotes typed badly: typos, a dropped word, a swap."""
    rng = random.Random(seed)
    (max_id,) = conn.execute("SELECT max(id) FROM quotes").fetchone()
    out: list[str] = []
    while len(out) < n:
        row = conn.execute("SELECT text FROM quotes WHERE id = ?",
                           (rng.randint(1, max_id),)).fetchone()
        toks = WORD.findall(row[0]) if row else []
        if len(toks) < 4:
            continue
        k = rng.randint(3, min(8, len(toks)))
        i = rng.randrange(0, len(toks) - k + 1)
        frag = [t.lower() for t in toks[i:i + k]]
        for _ in range(rng.choice((1, 1, 2))):
            j = rng.randrange(len(frag))
            frag[j] = _typo(rng, frag[j])
        if len(frag) > 3 and rng.random() < 0.3:
            del frag[rng.randrange(len(frag))]
        if len(frag) > 2 and rng.random() < 0.2:
            j = rng.randrange(len(frag) - 1)
            frag[j], frag[j + 1] = frag[j + 1], frag[j]
        out.append(" ".join(frag))
    return out


def make_speaker_queries(conn, n: int, seed: int = 13) -> list[str]:
    """Speaker names as users type them: surname only, typos, initials, lower case."""
    rng = random.Random(seed)
    (max_id,) = conn.execute("SELECT max(id) FROM speakers").fetchone()
    out: list[str] = []
    while len(out) < n:
        row = conn.execute("SELECT name FROM speakers WHERE id = ?",
                           (rng.randint(1, max_id),)).fetchone()
        if not row:
            continue
        parts = row[0].split()
        style = rng.randrange(4)
        if style == 0:
            q = parts[-1]
        elif style == 1:
            q = " ".join(parts[:-1] + [_typo(rng, parts[-1])])
        elif style == 2:
            q = f"{parts[0][0]}. {parts[-1]}"
        else:
            q = _typo(rng, parts[-1]).lower()
        out.append(q)
    return out


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def run(args: argparse.Namespace) -> None:
    from quoteidx import search as S
    from quoteidx.index import open_index

    db = open_index(args.db, create=False)
    conn = db.conn
    n_quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    n_speakers = conn.execute("SELECT count(*) FROM speakers").fetchone()[0]
    print(f"index: {n_quotes:,} quotes, {n_speakers:,} speakers, "
          f"{os.path.getsize(args.db) / 1e6:.0f} MB")
    queries = make_queries(conn, args.queries)
    squeries = make_speaker_queries(conn, args.queries)

    t = time.perf_counter()
    S.search(db, "warm up the vocabulary cache", limit=10)
    print(f"first search (loads or builds the vocabulary cache): "
          f"{(time.perf_counter() - t) * 1e3:.0f} ms")
    t = time.perf_counter()
    S.find_speakers(db, "warm up", limit=10)
    print(f"first speakers (loads names and aliases): {(time.perf_counter() - t) * 1e3:.0f} ms")

    lat: list[float] = []
    results: list[list] = []
    for q in queries:
        t = time.perf_counter()
        hits = S.search(db, q, limit=10)
        lat.append(time.perf_counter() - t)
        results.append(hits)
    slat: list[float] = []
    for q in squeries:
        t = time.perf_counter()
        S.find_speakers(db, q, limit=10)
        slat.append(time.perf_counter() - t)
    print(f"search   ({len(queries)} queries): median {statistics.median(lat) * 1e3:.1f} ms, "
          f"p95 {_pct(lat, 95) * 1e3:.1f} ms, max {max(lat) * 1e3:.1f} ms")
    print(f"speakers ({len(squeries)} queries): median {statistics.median(slat) * 1e3:.1f} ms, "
          f"p95 {_pct(slat, 95) * 1e3:.1f} ms, max {max(slat) * 1e3:.1f} ms")

    if args.brute <= 0:
        return
    t = time.perf_counter()
    ids: list[int] = []
    texts: list[str] = []
    published: list[str | None] = []
    articles: list[int] = []
    for qid, text, date, art in conn.execute(
            "SELECT q.id, q.text, a.published, q.article_id FROM quotes q "
            "LEFT JOIN articles a ON a.id = q.article_id ORDER BY q.id"):
        ids.append(qid)
        texts.append(S.prepare_text(text or ""))
        published.append(date)
        articles.append(art)
    prep = time.perf_counter() - t
    print(f"brute force: {len(texts):,} texts read and folded once in {prep:.1f} s; "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    pos = {qid: i for i, qid in enumerate(ids)}
    overlaps: list[float] = []
    tie_overlaps: list[float] = []
    btimes: list[float] = []
    shared_tenth = 0
    for q, hits in list(zip(queries, results, strict=True))[:args.brute]:
        pq = S.prepare_query(q)
        t = time.perf_counter()
        # The same score and the same order (reading order within an article, newer
        # article, then lower id) as search.
        scores = S.score_matrix(pq, texts)
        top = S.best_order(scores, ids, published, 10, articles)
        btimes.append(time.perf_counter() - t)
        best = [ids[i] for i in top]
        tenth = scores[top[-1]]
        if int((scores == tenth).sum()) > sum(1 for i in top if scores[i] == tenth):
            shared_tenth += 1  # the 10th place is decided by date or id among equal scores
        got = [h.id for h in hits[:10]]
        overlaps.append(len(set(best) & set(got)) / max(1, len(best)))
        # Count a hit as agreeing when its brute-force score reaches the brute-force 10th
        # best (so a hit tied with the 10th on score alone agrees).
        ok = sum(1 for g in got if scores[pos[g]] >= tenth)
        tie_overlaps.append(ok / max(1, min(10, len(best))))
    print(f"brute force ({len(btimes)} queries): {statistics.median(btimes) * 1e3:.0f} ms median "
          f"per query over all {len(texts):,} quotes (cdist, workers=-1)")
    print(f"top-10 agreement with brute force: {statistics.mean(overlaps):.3f} (id overlap), "
          f"{statistics.mean(tie_overlaps):.3f} (ties at the 10th score counted as agreeing); "
          f"{shared_tenth} of {len(btimes)} queries share the 10th score with statements "
          f"outside the top 10 (decided by article date, then id)")
    worst = sorted(zip(overlaps, queries, strict=False))[:5]
    for ov, q in worst:
        print(f"  worst: {ov:.1f}  {q!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default="/tmp/quoteidx_bench_search.db")
    ap.add_argument("--quotes", type=int, default=1_000_000)
    ap.add_argument("--speakers", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--brute", type=int, default=200,
                    help="how many queries to check against the brute-force scan (0: none)")
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared" /
                                            "corpus" / "bbc"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--build-only", action="store_true")
    args = ap.parse_args()
    if args.rebuild or not os.path.exists(args.db):
        build(args.db, args.quotes, args.speakers, args.corpus)
    if not args.build_only:
        run(args)


if __name__ == "__main__":
    main()
