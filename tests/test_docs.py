"""Docs stay true to the code: every command and option is documented; README and CI agree."""

from __future__ import annotations

import re

import click
import pytest

from diffnews.cli import main

from .conftest import ROOT

CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands.items())


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_command_is_documented(name: str, command: click.Command) -> None:
    assert f"## `diffnews {name}" in CLI_DOC
    assert command.help and "Example" in command.help, f"{name}: --help needs an example"
    for parameter in command.params:
        if isinstance(parameter, click.Option):
            assert any(f"`{flag}`" in CLI_DOC for flag in parameter.opts), f"{name}: {parameter.opts} missing from docs/cli.md"


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.*?)\n```", readme, flags=re.DOTALL)
    assert len(commands) >= 2
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1].strip() in ci
    assert "diffnews compare fixtures/qala-e-naw/" in commands[0]


def test_readme_excerpt_is_from_the_seed_report() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    excerpts = re.findall(r"```markdown\n(.*?)\n```", readme, flags=re.DOTALL)
    report = (ROOT / "fixtures" / "cases" / "qala-e-naw" / "report.md").read_text(encoding="utf-8").split("\n")
    lines = [line for excerpt in excerpts for line in excerpt.split("\n") if line and line != "..."]
    assert len(lines) > 10
    for line in lines:
        assert line in report, f"README excerpt line no longer in the seed report: {line!r}"
