"""Text and name normalisation shared by scoring, the index and search."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")

# Honorifics and office titles removed when names are compared ("Mr Brown" ~ "Brown").
TITLE_WORDS = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father
    president vice prime minister pm secretary chancellor senator sen rep representative
    gov governor mayor judge justice gen general col colonel capt captain lt sgt
    king queen prince princess sheikh st saint chairman chairwoman chair ceo
    coach manager chief inspector detective officer commissioner ambassador
    jr sr""".split()
)


def words(text: str) -> list[str]:
    """Lower-cased word tokens (the unit of the gold scoring rule)."""
    return _WORD.findall(text.lower())


def fold(text: str) -> str:
    """Lower case with accents removed: 'Zelenskyy' and 'ZELENSKYY' fold alike."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def normalize_name(name: str | None) -> str:
    """A name for comparison: folded, punctuation and titles removed, spaces single.

    >>> normalize_name("President Volodymyr Zelensky")
    'volodymyr zelensky'
    """
    if not name:
        return ""
    toks = _WORD.findall(fold(name))
    kept = [t for t in toks if t not in TITLE_WORDS]
    return " ".join(kept if kept else toks)
