"""Score the extractor against gold files (the format and rule of ../shared/README.md).

The rule, word for word as the team agreed it:

- words are `normalize.words()`: lower-cased `\\w+` tokens, counted as a multiset;
- a non-optional gold quote is *found* when at least 80% of its words (multiset
  intersection count / gold word count) lie inside ONE extracted quote of its document;
- an extracted quote is *correct* when at least 80% of its words lie inside the words
  of the document's gold quotes taken together (optional ones included; the gold
  quotes of a document do not overlap, so their words are simply added up);
- optional gold quotes never count against recall, and matching one is never a false
  positive;
- speaker accuracy: over found non-optional gold quotes that have a speaker, whether
  `normalize_name()` of the gold speaker equals that of the extracted quote used (the one
  with the highest overlap, ties to the earliest in the text);
- end-to-end: found with the right speaker (a null speaker matching a null one) over all
  non-optional gold quotes.

Recall, speaker and end-to-end figures are grouped by the gold quote's kind, precision
by the extracted quote's kind; 'reported' groups indirect and mixed.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field

from quoteidx.errors import GoldFormatError, InputError
from quoteidx.models import Quote
from quoteidx.normalize import normalize_name, words

THRESHOLD = 0.8
KINDS = ("direct", "indirect", "mixed")
REPORTED = ("indirect", "mixed")
GROUPS = ("all", "direct", "indirect", "mixed", "reported")

ExtractFn = Callable[[str], Sequence[Quote]]


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class GoldQuote:
    """One expected quote of a gold document."""

    text: str
    kind: str
    speaker: str | None = None
    optional: bool = False
    spans: list[list[int]] = field(default_factory=list)


@dataclass(slots=True)
class GoldDoc:
    """One gold document: its text and the quotes expected in it."""

    id: str
    text: str
    quotes: list[GoldQuote]
    source: str = "-"  # 'file:line' of the gold record


def _gold_files(paths: Iterable[str]) -> Iterator[str]:
    for p in paths:
        p = str(p)
        if p == "-" or not os.path.isdir(p):
            if p != "-" and not os.path.exists(p):
                raise InputError(f"{p}: no such file")
            yield p
            continue
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.endswith(".jsonl") and not name.startswith("."):
                    yield os.path.join(root, name)


def _gold_lines(path: str) -> Iterator[tuple[int, str]]:
    if path == "-":
        yield from enumerate(sys.stdin, 1)
        return
    try:
        with open(path, encoding="utf-8-sig") as fh:
            yield from enumerate(fh, 1)
    except UnicodeDecodeError as exc:
        raise GoldFormatError(f"{path}: not valid UTF-8 ({exc.reason})") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None


def load_gold(paths: Iterable[str]) -> Iterator[GoldDoc]:
    """Gold documents from JSONL files or directories of them (every *.jsonl inside).

    Raises GoldFormatError naming file:line for a line that is not a valid gold record,
    InputError for a missing file.
    """
    for path in _gold_files(paths):
        for lineno, line in _gold_lines(path):
            if line.strip():
                yield parse_gold_record(line, f"{path}:{lineno}")


def parse_gold_record(line: str, where: str) -> GoldDoc:
    """One gold JSONL line as a GoldDoc; GoldFormatError('<where>: ...') if malformed."""

    def bad(msg: str) -> GoldFormatError:
        return GoldFormatError(f"{where}: {msg}")

    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise bad(f"invalid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(obj, dict):
        raise bad("a gold line must be a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise bad("'text' must be a string")
    doc_id = obj.get("id", where)
    if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
        raise bad("'id' must be a string")
    raw_quotes = obj.get("quotes")
    if not isinstance(raw_quotes, list):
        raise bad("'quotes' must be a list")
    quotes = [_gold_quote(q, text, lambda m, i=i: bad(f"quote {i}: {m}"))
              for i, q in enumerate(raw_quotes)]
    return GoldDoc(id=str(doc_id), text=text, quotes=quotes, source=where)


def _gold_quote(q: object, doc_text: str, bad: Callable[[str], GoldFormatError]) -> GoldQuote:
    if not isinstance(q, dict):
        raise bad("must be a JSON object")
    text = q.get("text")
    if not isinstance(text, str) or not words(text):
        raise bad("'text' must be a string with at least one word")
    kind = q.get("kind")
    if kind not in KINDS:
        raise bad(f"'kind' must be direct, indirect or mixed, not {kind!r}")
    speaker = q.get("speaker")
    if speaker is not None and not isinstance(speaker, str):
        raise bad("'speaker' must be a string or null")
    optional = q.get("optional", False)
    if not isinstance(optional, bool):
        raise bad("'optional' must be true or false")
    spans = q.get("spans", [])
    if not isinstance(spans, list) or not all(
        isinstance(s, list) and len(s) == 2 and all(type(v) is int for v in s)
        and 0 <= s[0] <= s[1] <= len(doc_text) for s in spans
    ):
        raise bad("'spans' must be a list of [start, end] offsets inside the text")
    return GoldQuote(text=text, kind=kind, speaker=speaker or None, optional=optional,
                     spans=spans)


# ---------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(slots=True)
class Figures:
    """Counts for one group of quotes, and the figures that follow from them.

    A figure whose denominator is zero is None (shown as n/a).
    """

    gold: int = 0  # non-optional gold quotes
    found: int = 0
    extracted: int = 0
    correct: int = 0
    speaker_total: int = 0  # found gold quotes that have a speaker
    speaker_right: int = 0
    end_to_end_right: int = 0  # found with the right speaker (null == null)

    @property
    def precision(self) -> float | None:
        """Correct extracted quotes / extracted quotes."""
        return _ratio(self.correct, self.extracted)

    @property
    def recall(self) -> float | None:
        """Found gold quotes / non-optional gold quotes."""
        return _ratio(self.found, self.gold)

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall (0 when both are 0)."""
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float | None:
        """Right speakers / found gold quotes that have a speaker."""
        return _ratio(self.speaker_right, self.speaker_total)

    @property
    def end_to_end(self) -> float | None:
        """Found with the right speaker / non-optional gold quotes."""
        return _ratio(self.end_to_end_right, self.gold)

    def add(self, other: Figures) -> None:
        """Add another group's counts to these."""
        self.gold += other.gold
        self.found += other.found
        self.extracted += other.extracted
        self.correct += other.correct
        self.speaker_total += other.speaker_total
        self.speaker_right += other.speaker_right
        self.end_to_end_right += other.end_to_end_right

    def to_dict(self) -> dict:
        """Counts and figures as a JSON-ready dict."""
        d = asdict(self)
        for name in ("precision", "recall", "f1", "speaker_accuracy", "end_to_end"):
            d[name] = getattr(self, name)
        return d


@dataclass(slots=True)
class Miss:
    """A non-optional gold quote no extracted quote covers."""

    doc: str
    text: str
    kind: str
    speaker: str | None
    best_overlap: float  # the largest share of its words inside one extracted quote
    nearest_rule: str | None  # the rule of that extracted quote, if any overlap
    nearest_text: str | None


@dataclass(slots=True)
class FalsePositive:
    """An extracted quote whose words are mostly not in the document's gold quotes."""

    doc: str
    text: str
    kind: str
    speaker: str | None
    rule: str
    overlap: float  # share of its words inside the gold quotes


@dataclass(slots=True)
class WrongSpeaker:
    """A found gold quote whose extracted speaker differs from the gold one."""

    doc: str
    text: str
    kind: str
    expected: str | None
    got: str | None
    mention: str | None  # the speaker as written where the extractor attributed it
    rule: str


@dataclass(slots=True)
class DocScore:
    """The counts of one document."""

    id: str
    source: str
    figures: Figures
    optional: int = 0

    def to_dict(self) -> dict:
        """Id, source and the document's counts and figures, flat."""
        return {"id": self.id, "source": self.source, "optional": self.optional,
                **self.figures.to_dict()}


@dataclass(slots=True)
class DocResult:
    """Everything scored in one document."""

    score: DocScore
    by_kind: dict[str, Figures]
    misses: list[Miss] = field(default_factory=list)
    false_positives: list[FalsePositive] = field(default_factory=list)
    wrong_speakers: list[WrongSpeaker] = field(default_factory=list)


@dataclass(slots=True)
class EvalReport:
    """Scores over every gold document."""

    overall: Figures = field(default_factory=Figures)
    by_kind: dict[str, Figures] = field(default_factory=dict)
    documents: list[DocScore] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    false_positives: list[FalsePositive] = field(default_factory=list)
    wrong_speakers: list[WrongSpeaker] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (doc id, message)

    def add(self, result: DocResult) -> None:
        """Fold one document's result into the report."""
        self.documents.append(result.score)
        self.overall.add(result.score.figures)
        for kind, figs in result.by_kind.items():
            self.by_kind.setdefault(kind, Figures()).add(figs)
        self.misses.extend(result.misses)
        self.false_positives.extend(result.false_positives)
        self.wrong_speakers.extend(result.wrong_speakers)

    def groups(self) -> list[tuple[str, Figures]]:
        """('all', overall) then each kind group, in a fixed order, empty ones left out."""
        out = [("all", self.overall)]
        order = list(GROUPS[1:]) + sorted(set(self.by_kind) - set(GROUPS))
        for name in order:
            figs = self.by_kind.get(name)
            if figs is not None and (figs.gold or figs.extracted):
                out.append((name, figs))
        return out

    def to_dict(self) -> dict:
        """The whole report as a JSON-ready dict."""
        return {
            "overall": self.overall.to_dict(),
            "by_kind": {name: figs.to_dict() for name, figs in self.groups()[1:]},
            "documents": [d.to_dict() for d in self.documents],
            "misses": [asdict(m) for m in self.misses],
            "false_positives": [asdict(f) for f in self.false_positives],
            "wrong_speakers": [asdict(w) for w in self.wrong_speakers],
            "errors": [{"doc": d, "message": m} for d, m in self.errors],
        }


# ---------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------


def _inside(part: Counter[str], whole: Counter[str]) -> int:
    """How many of `part`'s words (with repeats) lie inside `whole`."""
    return sum(min(n, whole[w]) for w, n in part.items())


def _kind_groups(kind: str) -> tuple[str, ...]:
    return (kind, "reported") if kind in REPORTED else (kind,)


def score_document(doc: GoldDoc, extracted: Sequence[Quote]) -> DocResult:
    """Score one document's extracted quotes against its gold quotes."""
    figs = Figures()
    by_kind: dict[str, Figures] = {}
    result = DocResult(DocScore(doc.id, doc.source, figs,
                                optional=sum(q.optional for q in doc.quotes)), by_kind)

    ext_words = [Counter(words(q.text)) for q in extracted]
    # ties between extracted quotes go to the earliest in the text
    order = sorted(range(len(extracted)), key=lambda i: (extracted[i].start, i))

    gold_words: Counter[str] = Counter()
    for g in doc.quotes:
        gw = Counter(words(g.text))
        gold_words.update(gw)
        if g.optional:
            continue
        total = sum(gw.values())
        best, best_ratio = None, 0.0
        for i in order:
            ratio = _inside(gw, ext_words[i]) / total
            if ratio > best_ratio:
                best, best_ratio = i, ratio
        groups = [figs] + [by_kind.setdefault(k, Figures()) for k in _kind_groups(g.kind)]
        found = best is not None and best_ratio >= THRESHOLD
        right = found and normalize_name(g.speaker) == normalize_name(extracted[best].speaker)
        for f in groups:
            f.gold += 1
            f.found += found
            f.end_to_end_right += right
            if found and g.speaker is not None:
                f.speaker_total += 1
                f.speaker_right += right
        if not found:
            near = extracted[best] if best is not None else None
            result.misses.append(Miss(
                doc.id, g.text, g.kind, g.speaker, round(best_ratio, 4),
                near.rule if near else None, near.text if near else None))
        elif not right:
            q = extracted[best]
            result.wrong_speakers.append(WrongSpeaker(
                doc.id, g.text, g.kind, g.speaker, q.speaker, q.speaker_mention, q.rule))

    for q, qw in zip(extracted, ext_words, strict=True):
        total = sum(qw.values())
        ratio = _inside(qw, gold_words) / total if total else 0.0
        correct = ratio >= THRESHOLD
        for f in [figs] + [by_kind.setdefault(k, Figures()) for k in _kind_groups(q.kind)]:
            f.extracted += 1
            f.correct += correct
        if not correct:
            result.false_positives.append(FalsePositive(
                doc.id, q.text, q.kind, q.speaker, q.rule, round(ratio, 4)))
    return result


def evaluate(paths: Iterable[str], extract_fn: ExtractFn | None = None) -> EvalReport:
    """Run the extractor over every gold document under `paths` and score it.

    `extract_fn(text)` defaults to `quoteidx.extractor.extract`, looked up at call time.
    An extractor that raises on a document scores it as extracting nothing and records
    the error in `report.errors`. Raises GoldFormatError/InputError for bad gold files.
    """
    if extract_fn is None:
        from quoteidx import extractor

        extract_fn = extractor.extract
    report = EvalReport()
    docs = 0
    for doc in load_gold(paths):
        docs += 1
        try:
            quotes = list(extract_fn(doc.text))
        except Exception as exc:  # noqa: BLE001 - score the rest, report this one
            report.errors.append((doc.id, f"{type(exc).__name__}: {exc}"))
            quotes = []
        report.add(score_document(doc, quotes))
    if not docs:
        raise InputError("no gold documents found")
    return report
