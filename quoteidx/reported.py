"""Reported speech: claims with their speakers (indirect and mixed quotes)."""

from __future__ import annotations


def reported_speech(art, fragments, quotes, source):
    """Indirect and mixed quotes of an article (being written)."""
    return []
