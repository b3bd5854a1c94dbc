"""Tokenizer speed: the C tokenizer (quoteidx/_tokenize.c) against the pure-Python one.

    python benchmarks/bench_tokenize.py ../shared/corpus/bbc --repeat 5

Records the (masked, start, end) calls that `extract()` makes to `tokenize` on the corpus,
then times (1) both tokenizers on exactly those calls and (2) `extract()` with one and
with the other swapped into the modules that call it. Passes alternate C, Python, C, ...
in one process, so that the noise of a shared machine falls on both alike. Run by hand;
the figures go into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from quoteidx import extract, extractor, reported, sieves, speakers

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import load  # noqa: E402

CALLERS = (extractor, reported, sieves)  # the modules that call tokenize


def use(tok) -> None:
    for mod in CALLERS:
        mod.tokenize = tok


def record(texts: list[str]) -> list[tuple[str, int, int]]:
    calls = []
    real = speakers.tokenize

    def spy(masked, start, end):
        calls.append((masked, start, end))
        return real(masked, start, end)

    use(spy)
    try:
        for t in texts:
            extract(t)
    finally:
        use(real)
    return calls


def report(what: str, unit: str, times: dict[str, list[float]], n: float) -> None:
    c, py = times["c"], times["python"]
    print(f"{what}: C median {n / statistics.median(c):,.0f} {unit}/s "
          f"(best {n / min(c):,.0f}), Python median {n / statistics.median(py):,.0f} "
          f"(best {n / min(py):,.0f}); speed-up {statistics.median(py) / statistics.median(c):.2f}x"
          f" median, {min(py) / min(c):.2f}x best")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--repeat", type=int, default=5, help="timed passes of each (default 5)")
    args = ap.parse_args()
    try:
        from quoteidx._tokenize import tokenize as c_tokenize
    except ImportError:
        raise SystemExit("quoteidx._tokenize is not built (pip install -e .)") from None
    impls = {"c": c_tokenize, "python": speakers._py_tokenize}
    texts = load(Path(args.path), 0)
    calls = record(texts)
    chars = sum(min(e, len(m)) - s for m, s, e in calls)
    print(f"corpus: {args.path} ({len(texts)} articles); extract() calls tokenize "
          f"{len(calls):,} times, on {chars / 1e6:.1f} M characters")

    # 1. the tokenizers alone, on the calls extract() makes
    times: dict[str, list[float]] = {"c": [], "python": []}
    tokens = {}
    for _ in range(args.repeat):
        for name, tok in impls.items():
            t0 = time.perf_counter()
            n = 0
            for m, s, e in calls:
                n += len(tok(m, s, e))
            times[name].append(time.perf_counter() - t0)
            tokens[name] = n
    assert tokens["c"] == tokens["python"]
    print(f"tokens: {tokens['c']:,}")
    report("tokenize alone", "calls", times, len(calls))

    # 2. extract() with one tokenizer or the other
    for reported_too in (True, False):
        times = {"c": [], "python": []}
        quotes = {}
        for _ in range(args.repeat):
            for name, tok in impls.items():
                use(tok)
                t0 = time.perf_counter()
                quotes[name] = sum(len(extract(t, reported=reported_too)) for t in texts)
                times[name].append(time.perf_counter() - t0)
        use(speakers.tokenize)
        assert quotes["c"] == quotes["python"]
        what = "extract()" if reported_too else "extract(reported=False)"
        report(f"{what}, {quotes['c']:,} quotes", "articles", times, len(texts))


if __name__ == "__main__":
    main()
