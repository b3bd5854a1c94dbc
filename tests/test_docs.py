"""The documentation covers every command and option the CLI has."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from quoteidx.cli import app

ROOT = Path(__file__).resolve().parent.parent


def _sections() -> dict[str, str]:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    parts = re.split(r"^## quoteidx ?(\S*)\s*$", text, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def test_every_command_and_option_is_documented():
    sections = _sections()
    group = typer.main.get_command(app)
    for name, cmd in group.commands.items():
        assert name in sections, f"docs/cli.md has no section for `{name}`"
        for param in cmd.params:
            for opt in param.opts:
                if opt.startswith("--"):
                    assert opt in sections[name], f"`{name} {opt}` missing from docs/cli.md"


def test_readme_names_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in typer.main.get_command(app).commands:
        assert f"quoteidx {name}" in readme, f"README never shows `quoteidx {name}`"
