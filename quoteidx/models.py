"""Plain dataclasses passed between the stages: input files -> articles -> quotes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(slots=True)
class Article:
    """One decoded article, as read from a file, stdin, an HTML page or a JSON record."""

    source: str  # the path as given ('-' for stdin; 'path:LINE' for a JSONL record)
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, when known
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class InputFailure:
    """An input that could not be turned into an article; the batch goes on without it."""

    source: str
    message: str


@dataclass(slots=True)
class Quote:
    """One attributed quote or claim found in an article.

    `start`/`end` are character offsets of `text` in the decoded article text, so
    `article.text[start:end] == text` for direct quotes (outer marks removed).
    """

    text: str
    kind: str  # 'direct' | 'indirect' | 'mixed'
    start: int
    end: int
    paragraph: int  # 0-based index of the paragraph the quote starts in
    rule: str  # the name of the sieve that attributed it
    confidence: float
    speaker: str | None = None  # canonical full name, a group as written, or None
    speaker_mention: str | None = None  # as written where attributed: 'he', 'Fesenko'
    speaker_title: str | None = None  # 'President', 'Kremlin press secretary'
    speaker_description: str | None = None  # appositive: 'a Kyiv-based political analyst'
    speaker_type: str | None = None  # 'person' | 'group' | None
    speakers: list[str] = field(default_factory=list)  # every speaker of a shared claim
    cue: str | None = None  # the reporting verb as written
    source: str = "-"

    def to_dict(self) -> dict:
        """The quote as a JSON-ready dict with the documented field names."""
        return asdict(self)


QUOTE_FIELDS: tuple[str, ...] = (
    "source", "text", "speaker", "speaker_mention", "speaker_title", "speaker_description",
    "speaker_type", "speakers", "kind", "cue", "start", "end", "paragraph", "rule", "confidence",
)
