"""End-to-end golden reports: each fixtures/cases/<name>/ holds case.json and the expected reports.

Regenerate with ``pytest tests/test_goldens.py --update-goldens`` and review the diff.
"""

from __future__ import annotations

import json
import pathlib

import pytest
from click.testing import CliRunner

from diffnews.cli import main

from .conftest import FIXTURES, ROOT

CASES = sorted(path for path in (FIXTURES / "cases").iterdir() if (path / "case.json").exists())
FORMATS = {"report.md": "markdown", "report.json": "json", "report.html": "html"}


def _run(case: pathlib.Path, format_: str) -> str:
    spec = json.loads((case / "case.json").read_text(encoding="utf-8"))
    result = CliRunner().invoke(main, ["compare", *spec["inputs"], "--format", format_, *spec["args"]], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("golden", FORMATS, ids=str)
@pytest.mark.parametrize("case", CASES, ids=lambda path: path.name)
def test_report_matches_golden(case: pathlib.Path, golden: str, update_goldens: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    output = _run(case, FORMATS[golden])
    expected_path = case / golden
    if update_goldens:
        expected_path.write_text(output, encoding="utf-8", newline="\n")
    assert expected_path.exists(), f"{expected_path} is missing: run pytest --update-goldens and review it"
    assert output == expected_path.read_text(encoding="utf-8"), f"{expected_path} differs: review, then pytest --update-goldens"


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.name)
def test_report_is_deterministic(case: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    for format_ in FORMATS.values():
        assert _run(case, format_) == _run(case, format_)
