"""Build fixtures/gold/NAME.gold.jsonl from fixtures/articles/NAME.txt + fixtures/specs/NAME.json.

A spec lists the article's gold quotes without offsets:

    {"quotes": [
      {"kind": "direct", "speaker": "Jane Roe", "text": "We will appeal,"},
      {"kind": "indirect", "speaker": "police", "text": "two men were held",
       "occurrence": 1, "optional": true}
    ]}

Each quote text is located in the article to compute its span. The script fails loudly
(exit 1, one line per problem) when a text is not found, occurs more than once without an
`occurrence` index (0-based), breaks a convention check, or overlaps another gold quote.
Output is deterministic: quotes sorted by span, one JSON line per article, so re-running
reproduces the gold files byte for byte. `--check` verifies the files on disk instead of
writing them (exit 1 if any is stale).

Usage: python scripts/make_gold.py [--check] [NAME ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLES, SPECS, GOLD = ROOT / "articles", ROOT / "specs", ROOT / "gold"

KINDS = {"direct", "indirect", "mixed"}
SPEC_KEYS = {"kind", "speaker", "text", "optional", "occurrence", "note"}
DOUBLE_MARKS = "“”\"«»„"
ANY_MARKS = DOUBLE_MARKS + "‘’'‹›"


class SpecError(Exception):
    """A spec that cannot be turned into a gold file."""


def occurrences(text: str, needle: str) -> list[int]:
    """Every start offset of `needle` in `text`, overlapping ones included."""
    found, i = [], text.find(needle)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def check_article(name: str, text: str) -> list[str]:
    """Format problems of an article: headline, blank line, then paragraphs."""
    problems = []
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        problems.append(f"{name}: must start with a headline line and a blank line")
    if "\r" in text or "\t" in text:
        problems.append(f"{name}: contains CR or TAB characters")
    if "\n\n\n" in text:
        problems.append(f"{name}: more than one blank line between paragraphs")
    words = len(text.split())
    if not 250 <= words <= 1100:
        problems.append(f"{name}: {words} words, expected 250-1100")
    return problems


def build_quote(name: str, text: str, i: int, q: dict) -> dict:
    """One gold quote from one spec entry, with its span located in `text`."""
    where = f"{name}: quote {i}"
    unknown = set(q) - SPEC_KEYS
    if unknown:
        raise SpecError(f"{where}: unknown keys {sorted(unknown)}")
    qtext, kind = q.get("text"), q.get("kind")
    speaker, optional = q.get("speaker"), q.get("optional", False)
    if not isinstance(qtext, str) or not qtext or qtext != qtext.strip():
        raise SpecError(f"{where}: text must be a non-empty string without outer spaces")
    where = f"{name}: quote {i} {qtext[:50]!r}"
    if kind not in KINDS:
        raise SpecError(f"{where}: kind must be one of {sorted(KINDS)}")
    if speaker is not None and (not isinstance(speaker, str) or not speaker.strip()):
        raise SpecError(f"{where}: speaker must be a non-empty string or null")
    if not isinstance(optional, bool):
        raise SpecError(f"{where}: optional must be true or false")
    if kind == "indirect" and any(m in qtext for m in DOUBLE_MARKS):
        raise SpecError(f"{where}: indirect text holds a quotation mark (should it be mixed?)")
    if kind == "mixed" and not any(m in qtext for m in ANY_MARKS):
        raise SpecError(f"{where}: mixed text holds no quotation mark")
    if kind == "direct" and (qtext[0] in DOUBLE_MARKS or qtext[-1] in "“\"«»„"):
        raise SpecError(f"{where}: direct text must not include its outer marks")
    starts = occurrences(text, qtext)
    if not starts:
        raise SpecError(f"{where}: not found in the article")
    occ = q.get("occurrence")
    if occ is None:
        if len(starts) > 1:
            raise SpecError(f"{where}: occurs {len(starts)} times; give an occurrence index")
        occ = 0
    if not isinstance(occ, int) or not 0 <= occ < len(starts):
        raise SpecError(f"{where}: occurrence {occ!r} out of range (found {len(starts)})")
    start = starts[occ]
    end = start + len(qtext)
    assert text[start:end] == qtext
    return {"text": qtext, "speaker": speaker, "kind": kind, "spans": [[start, end]],
            "optional": optional}


def build(name: str) -> str:
    """The gold JSONL line (with its newline) for fixture `name`."""
    article = ARTICLES / f"{name}.txt"
    if not article.exists():
        raise SpecError(f"{name}: no article {article}")
    text = article.read_bytes().decode("utf-8")
    spec = json.loads((SPECS / f"{name}.json").read_text(encoding="utf-8"))
    problems = check_article(name, text)
    if problems:
        raise SpecError("; ".join(problems))
    quotes = [build_quote(name, text, i, q) for i, q in enumerate(spec["quotes"])]
    quotes.sort(key=lambda q: q["spans"][0])
    for a, b in zip(quotes, quotes[1:], strict=False):
        if b["spans"][0][0] < a["spans"][0][1]:
            raise SpecError(f"{name}: gold quotes overlap: {a['text'][:40]!r} / {b['text'][:40]!r}")
    for q in quotes:  # validate the finished record, not just the spec
        (s, e), = q["spans"]
        if text[s:e] != q["text"]:
            raise SpecError(f"{name}: span {s}-{e} does not hold {q['text'][:40]!r}")
    doc = {"id": name, "text": text, "quotes": quotes}
    return json.dumps(doc, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Build (or with --check, verify) every gold file, or the named ones."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify, do not write")
    parser.add_argument("names", nargs="*", help="fixture names (default: every spec)")
    args = parser.parse_args(argv)
    names = args.names or sorted(p.stem for p in SPECS.glob("*.json"))
    specs = {p.stem for p in SPECS.glob("*.json")}
    orphans = sorted({p.stem for p in ARTICLES.glob("*.txt")} - specs)
    failed = 0
    for name in orphans:
        print(f"error: {name}: article has no spec", file=sys.stderr)
        failed += 1
    GOLD.mkdir(parents=True, exist_ok=True)
    for name in names:
        try:
            line = build(name)
        except (SpecError, OSError, ValueError, KeyError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
            continue
        target = GOLD / f"{name}.gold.jsonl"
        n = len(json.loads(line)["quotes"])
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != line:
                print(f"error: {name}: gold file is stale; run scripts/make_gold.py",
                      file=sys.stderr)
                failed += 1
            continue
        target.write_text(line, encoding="utf-8")
        print(f"{name}: {n} quotes")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
