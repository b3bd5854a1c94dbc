"""Shared test helpers: Quote factories and a runner for the real `quoteidx` command."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest
from hypothesis import settings

from quoteidx.models import Quote

# No per-example deadline anywhere: timing belongs in benchmarks/, and a loaded CI machine
# must not turn a slow first example into a failure.
settings.register_profile("quoteidx", deadline=None)
settings.load_profile("quoteidx")


def _make_quote(text: str, speaker: str | None = None, kind: str = "direct",
                start: int = 0, rule: str = "test_rule", **fields) -> Quote:
    return Quote(text=text, kind=kind, start=start, end=start + len(text), paragraph=0,
                 rule=rule, confidence=0.9, speaker=speaker, **fields)


@pytest.fixture
def make_quote() -> Callable[..., Quote]:
    """Build a Quote with sensible defaults: make_quote("text", "Speaker", kind=...)."""
    return _make_quote


@pytest.fixture
def run_quoteidx() -> Callable[..., subprocess.CompletedProcess]:
    """Run `python -m quoteidx ARGS...` in a real subprocess; text stdout/stderr."""

    def run(*args: str, input: bytes | None = None, cwd: str | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
        proc = subprocess.run([sys.executable, "-m", "quoteidx", *args], input=input,
                              capture_output=True, cwd=cwd, timeout=timeout)
        proc.stdout = proc.stdout.decode("utf-8", "replace")
        proc.stderr = proc.stderr.decode("utf-8", "replace")
        return proc

    return run
