"""Exceptions raised by the quoteidx library. The CLI turns them into one line and an exit code."""

from __future__ import annotations


class QuoteidxError(Exception):
    """Base class of every error quoteidx raises on purpose."""

    exit_code = 1


class InputError(QuoteidxError):
    """An input file or record could not be read (binary, missing, malformed)."""


class GoldFormatError(QuoteidxError):
    """A gold file does not follow the gold format."""


class IndexError_(QuoteidxError):
    """The SQLite index is missing, locked, or of an unknown schema version."""


class NotFoundError(QuoteidxError):
    """A quote, speaker or article asked for by id or name does not exist."""


class AmbiguousSpeakerError(QuoteidxError):
    """A speaker name matches several speakers; `candidates` lists them."""

    exit_code = 2

    def __init__(self, message: str, candidates: list[str] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []
