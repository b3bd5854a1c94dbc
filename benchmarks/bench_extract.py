"""Extraction speed: articles/s and MB/s in one process.

    python benchmarks/bench_extract.py                      # the fixtures, repeated
    python benchmarks/bench_extract.py ../shared/corpus/bbc # real text
    python benchmarks/bench_extract.py DIR --direct-only    # without reported speech

Files are read and decoded before timing; only `extract` is timed. Run by hand; the
figures go into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from quoteidx import extract


def load(path: Path, min_articles: int) -> list[str]:
    """Decoded texts under `path` (.txt/.md), repeated up to `min_articles`."""
    files = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".md")
                   and p.name != "README.TXT")
    texts = []
    for p in files:
        raw = p.read_bytes()
        try:
            texts.append(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            texts.append(raw.decode("cp1252", errors="replace"))
    if not texts:
        raise SystemExit(f"no .txt/.md files under {path}")
    out = list(texts)
    while len(out) < min_articles:
        out.extend(texts)
    return out


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(here / "fixtures" / "articles"))
    ap.add_argument("--min-articles", type=int, default=2000,
                    help="repeat the corpus up to this many articles (default 2000)")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes (default 3)")
    ap.add_argument("--direct-only", action="store_true",
                    help="skip reported speech (to measure its cost)")
    args = ap.parse_args()
    texts = load(Path(args.path), args.min_articles)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    extract(texts[0])  # warm-up: lexicons, the first-name table
    rates = []
    quotes = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        quotes = 0
        for t in texts:
            quotes += len(extract(t, reported=not args.direct_only))
        rates.append(time.perf_counter() - t0)
    best = min(rates)
    print(f"corpus: {args.path} ({len(texts)} articles, {mb:.1f} MB)"
          f"{' direct quotes only' if args.direct_only else ''}")
    print(f"quotes: {quotes}")
    print(f"best of {args.repeat}: {len(texts) / best:,.0f} articles/s, {mb / best:.2f} MB/s "
          f"(median {len(texts) / statistics.median(rates):,.0f} articles/s)")


if __name__ == "__main__":
    main()
