"""Ingest throughput and memory: the BBC corpus replicated to N articles.

    python benchmarks/bench_ingest.py [--n 100000] [--workers 1,2] [--source DIR]

Copies of the corpus (each with a numbered last line, so every sha256 differs) are
written to a temporary directory; then `quoteidx ingest` runs once per worker count
into a fresh database, in a child process that reports its own peak RSS and that of
its worker processes (ru_maxrss of RUSAGE_SELF and RUSAGE_CHILDREN). Prints one line
per run: articles/s, quotes, peak RSS, database size. `--no-fts` measures the same
ingest with the FTS indexes switched off (the cost of keeping them).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_SOURCE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc"

_CHILD = r"""
import json, resource, sys, time
from quoteidx.index import open_index, close_index
from quoteidx.ingest import ingest
corpus, db, workers, no_fts = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
if no_fts:
    d = open_index(db)
    for t in ("quotes_ai", "quotes_ad", "quotes_au"):
        d.conn.execute(f"DROP TRIGGER {t}")
    d.conn.execute("DROP TABLE quotes_fts"); d.conn.execute("DROP TABLE quotes_trigram")
    close_index(d)
    import quoteidx.index as ix
    ix.IndexWriter._fts_tables = ()
t = time.perf_counter()
s = ingest([corpus], db, workers=workers)
dt = time.perf_counter() - t
print(json.dumps({"added": s.added, "skipped": s.skipped, "failed": s.failed,
                  "quotes": s.quotes, "seconds": dt,
                  "rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rss_workers_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "cpu_writer_s": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
                  "cpu_workers_s": sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2])}))
"""


def replicate(source: Path, dest: Path, n: int) -> int:
    """Write `n` articles into `dest`: the source files over and over, each copy with a
    numbered line appended so its text (and sha256) is unique. Returns bytes written."""
    files = sorted(p for p in source.rglob("*.txt") if p.name.upper() != "README.TXT")
    if not files:
        sys.exit(f"no .txt files under {source}")
    blobs = [p.read_bytes() for p in files]
    total = 0
    for i in range(n):
        sub = dest / f"{i // 1000:04d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        data = blobs[i % len(blobs)] + f"\n\n(Copy {i}.)\n".encode()
        (sub / f"{i:07d}.txt").write_bytes(data)
        total += len(data)
    return total


def run(corpus: Path, db: Path, workers: int, no_fts: bool = False) -> dict:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(corpus), str(db), str(workers), "1" if no_fts else "0"],
        capture_output=True, text=True, check=True,
    )
    res = json.loads(out.stdout.strip().splitlines()[-1])
    res["db_mb"] = sum(os.path.getsize(str(db) + s) for s in ("", "-wal")
                       if os.path.exists(str(db) + s)) / 1e6
    res["rate"] = res["added"] / res["seconds"]
    res["workers"] = workers
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="articles to ingest")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--tmp", type=Path, default=None, help="scratch directory")
    ap.add_argument("--no-fts", action="store_true", help="also run without FTS indexes")
    args = ap.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench_ingest_", dir=args.tmp))
    try:
        corpus = scratch / "corpus"
        t = time.perf_counter()
        size = replicate(args.source, corpus, args.n)
        print(f"corpus: {args.n} articles, {size / 1e6:.0f} MB, written in "
              f"{time.perf_counter() - t:.0f}s", flush=True)
        variants = [(int(w), False) for w in args.workers.split(",")]
        if args.no_fts:
            variants += [(int(w), True) for w in args.workers.split(",")]
        for workers, no_fts in variants:
            r = run(corpus, scratch / "bench.db", workers, no_fts)
            print(f"workers={workers}{' no-fts' if no_fts else ''}: {r['added']} articles "
                  f"({r['failed']} failed) in {r['seconds']:.1f}s = {r['rate']:.0f} articles/s; "
                  f"{r['quotes']} quotes; peak RSS writer {r['rss_self_mb']:.0f} MB, "
                  f"largest worker {r['rss_workers_mb']:.0f} MB; db {r['db_mb']:.0f} MB; "
                  f"CPU per article: writer {1000 * r['cpu_writer_s'] / r['added']:.2f} ms, "
                  f"workers {1000 * r['cpu_workers_s'] / r['added']:.2f} ms",
                  flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
