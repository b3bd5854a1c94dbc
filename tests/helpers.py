"""Helpers the C-versus-Python comparison tests share: article text as the extractor
reads and masks it."""

from __future__ import annotations

from pathlib import Path

from quoteidx.marks import pair_marks
from quoteidx.reader import decode_bytes
from quoteidx.segment import mask, paragraphs


def read(p: Path) -> str:
    """The text of an article file, decoded as `quoteidx` decodes it."""
    return decode_bytes(p.read_bytes())[0]


def masked_text(text: str) -> str:
    """`text` masked as the extractor masks it."""
    return mask(text, pair_marks(text, paragraphs(text)))
