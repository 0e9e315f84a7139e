"""Shared test setup: paths, and the explicit flag that rewrites golden files."""

from __future__ import annotations

import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite fixtures/cases/*/report.* from the current output; review the diff")


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


SEED_GOLD = FIXTURES / "qala-e-naw" / "gold.json"
"""The hand annotation of the seed pair (a copy of ../shared/eval/seed_gold.json)."""


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    import json

    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_report(seed_gold: dict):  # noqa: ANN201
    """The report on the seed pair, compared from text as the library's users would."""
    import diffnews

    folder = FIXTURES / "qala-e-naw"
    return diffnews.compare(*[(folder / seed_gold[f"{side}_file"]).read_text(encoding="utf-8") for side in "ab"])
