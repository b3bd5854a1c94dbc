"""Print a random sample of reported-speech records with their context, to check by eye.

    python scripts/sample_reported.py ../shared/corpus/bbc --seed 424242 --n 50

Each record shows the rule, the speaker (and how it was written), and the claim in
[[brackets]] inside the text around it. Nothing is written anywhere.
"""

from __future__ import annotations

import argparse
import random

from quoteidx import extract
from quoteidx.models import Article
from quoteidx.reader import iter_articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--seed", type=int, default=424242)
    ap.add_argument("--n", type=int, default=50)
    args = ap.parse_args()
    texts: dict[str, str] = {}
    records = []
    for art in iter_articles([args.path]):
        if not isinstance(art, Article):
            continue
        texts[art.source] = art.text
        records += [q for q in extract(art.text, art.source) if q.kind != "direct"]
    random.seed(args.seed)
    for n, q in enumerate(random.sample(records, min(args.n, len(records))), 1):
        t = texts[q.source]
        before = t[max(0, q.start - 100):q.start].replace("\n", " ")
        after = t[q.end:q.end + 20].replace("\n", " ")
        # (a claim of several speakers holds them all in `speakers`, the first in `speaker`)
        others = [x for x in q.speakers if x != q.speaker]
        also = f" + {', '.join(others)}" if others else ""
        print(f"{n}. [{q.rule}] {q.speaker!r}{also} (written {q.speaker_mention!r}) {q.source}")
        print(f"   ...{before}[[{q.text}]]{after}\n")
    print(f"{len(records)} reported-speech records in {len(texts)} articles")


if __name__ == "__main__":
    main()
