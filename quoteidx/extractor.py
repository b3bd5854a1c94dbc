"""The extractor: article text in, attributed quotes out."""

from __future__ import annotations

from quoteidx.models import Quote


def extract(text: str, source: str = "-") -> list[Quote]:
    """Every attributed quote and claim in `text`, in document order."""
    return []  # being written
