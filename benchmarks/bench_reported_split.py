"""Where the reported-speech stage spends its time, against the direct-only pass.

    python benchmarks/bench_reported_split.py ../shared/corpus/bbc [--repeat 3]

One process, texts decoded before timing. Times the direct-only pass, then everything,
and inside the reported stage the time spent in each piece every claim needs whatever
its rules: finding the cue words, tokenizing their sentences, reading the subject before
the cue (`np_before`, `np_after`) and resolving it to a speaker (`resolve`); and in the
end of the claim (`_end_of_content`). Each piece is counted once per outermost call (a
piece called from inside another is in that one's time). The wrappers cost a little, so
the totals run slightly above bench_extract.py's. Run by hand; figures in
docs/benchmarks.md ("Session 10").
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from bench_extract import load  # (this folder: the script's own directory is on sys.path)

import quoteidx.extractor as extractor_mod
import quoteidx.reported as reported_mod
from quoteidx import extract

NEEDED = ("_cue_hits", "tokenize", "np_before", "np_after", "resolve")
OTHERS = ("_end_of_content",)


def instrument(spent: Counter) -> None:
    """Wrap the pieces as the reported stage sees them (its module's names)."""
    depth = [0]

    def wrap(name: str) -> None:
        inner = getattr(reported_mod, name)

        def timed(*args, **kwargs):
            if depth[0]:
                return inner(*args, **kwargs)
            depth[0] += 1
            t0 = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - t0
                depth[0] -= 1

        setattr(reported_mod, name, timed)

    for name in NEEDED + OTHERS:
        wrap(name)
    stage = extractor_mod.reported_speech

    def whole(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return stage(*args, **kwargs)
        finally:
            spent["reported stage"] += time.perf_counter() - t0

    extractor_mod.reported_speech = whole


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes (default 3)")
    args = ap.parse_args()
    texts = load(Path(args.path), 0)
    extract(texts[0])
    direct = min(_timed(texts, False) for _ in range(args.repeat))
    spent: Counter = Counter()
    instrument(spent)
    runs = []
    for _ in range(args.repeat):
        spent.clear()
        total = _timed(texts, True)
        runs.append((total, dict(spent)))
    total, best = min(runs, key=lambda r: r[0])
    needed = sum(best[n] for n in NEEDED)
    print(f"{len(texts)} articles; best of {args.repeat}")
    print(f"direct only            {direct:7.2f} s")
    print(f"everything             {total:7.2f} s   ratio {direct / total:.2f}")
    print(f"reported stage         {best['reported stage']:7.2f} s")
    for name in NEEDED + OTHERS:
        print(f"  {name:<20} {best[name]:7.2f} s")
    print(f"  needed by any claim  {needed:7.2f} s   (cue words, tokens, subject, speaker)")
    print(f"ratio if the reported stage were only that: {direct / (direct + needed):.2f} "
          f"(issue 3 asks 0.80; the stage may cost {direct / 0.8 - direct:.2f} s)")


def _timed(texts: list[str], reported: bool) -> float:
    t0 = time.perf_counter()
    for t in texts:
        extract(t, reported=reported)
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
