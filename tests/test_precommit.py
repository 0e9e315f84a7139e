"""The diffnews-check hook, run by the real pre-commit framework (``pre-commit try-repo``).

pre-commit builds the hook's environment by pip-installing this checkout, so
the test needs git, pre-commit and a package index; it takes a minute.  The
checkout is snapshotted into a fresh git repository first, because try-repo
reads committed and tracked files only and a working copy may hold new ones.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WIRE = """Floods kill at least 280 in northern Pakistan

PESHAWAR, Pakistan (AP) - Flash floods swept through villages in northern Pakistan on Tuesday, killing at least 280 people, officials said.

The disaster authority said 1,450 houses had been destroyed since the rains began on Sunday.
"""
STORY = """---
sources: [wire/ap-floods.txt]
---
# Floods kill at least {figure} in Pakistan

Flash floods tore through villages in northern Pakistan on Tuesday, leaving at least {figure} people dead, officials said.

Since the rains began on Sunday, 1,450 houses have been destroyed, the disaster authority said.
"""


def _pre_commit() -> list[str]:
    found = shutil.which("pre-commit", path=os.path.dirname(sys.executable)) or shutil.which("pre-commit")
    if found is None:
        pytest.fail("pre-commit is not installed; pip install pre-commit (it is in the 'test' extra)")
    return [found]


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _snapshot(destination: Path) -> Path:
    """Copy this checkout's files into a new git repository with one commit, as try-repo needs."""
    ignore = shutil.ignore_patterns(".git", ".venv", "venv", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "build", "dist")
    shutil.copytree(ROOT, destination, ignore=ignore)
    _git("init", "-q", cwd=destination)
    _git("add", "-A", cwd=destination)
    _git("commit", "-q", "-m", "snapshot", cwd=destination)
    return destination


@pytest.fixture()
def git_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "GIT_AUTHOR_NAME": "diffnews test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "diffnews test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
    }.items():
        monkeypatch.setenv(name, value)


def test_hook_fails_on_a_changed_figure_and_passes_once_fixed(tmp_path: Path, git_env: None) -> None:
    checkout = _snapshot(tmp_path / "diffnews")
    newsroom = tmp_path / "newsroom"
    (newsroom / "wire").mkdir(parents=True)
    (newsroom / "wire" / "ap-floods.txt").write_text(WIRE, encoding="utf-8")
    story = newsroom / "story.md"
    story.write_text(STORY.format(figure="2,800"), encoding="utf-8")
    _git("init", "-q", cwd=newsroom)
    _git("add", "-A", cwd=newsroom)
    command = [*_pre_commit(), "try-repo", str(checkout), "diffnews-check", "--files", "story.md"]

    failing = subprocess.run(command, cwd=newsroom, capture_output=True, text=True, timeout=600)
    output = failing.stdout + failing.stderr
    assert failing.returncode == 1, output
    assert "Failed" in output, output
    assert "story.md:6:" in output and "number-changed error 'at least 2,800' (people); the source says 'at least 280'" in output, output

    story.write_text(STORY.format(figure="280"), encoding="utf-8")
    passing = subprocess.run(command, cwd=newsroom, capture_output=True, text=True, timeout=600)
    output = passing.stdout + passing.stderr
    assert passing.returncode == 0, output
    assert "Passed" in output and "number-changed" not in output, output
