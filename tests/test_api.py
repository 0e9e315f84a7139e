"""The public API: names in diffnews.__all__ stay what they are, whatever was imported first."""

from __future__ import annotations

import subprocess
import sys

import pytest

import diffnews

from .conftest import FIXTURES


def test_every_public_name_resolves() -> None:
    for name in diffnews.__all__:
        assert getattr(diffnews, name) is not None


def test_compare_is_the_function_after_the_pipeline_ran() -> None:
    # A fresh interpreter, so that importing the pipeline's modules first cannot be hidden by test order.
    seed = FIXTURES / "qala-e-naw"
    code = (
        "import diffnews, inspect; "
        f"diffnews.compare_files([{str(seed / 'rferl-qala-e-naw.txt')!r}, {str(seed / 'dw-qala-e-naw.txt')!r}]); "
        "print(inspect.isfunction(diffnews.compare), inspect.isfunction(diffnews.similarity))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "True"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("threshold", float("nan")), ("threshold", -0.1), ("threshold", 1.5), ("max_group", 0), ("max_bytes", 0)],
    ids=["threshold-nan", "threshold-below", "threshold-above", "max-group", "max-bytes"],
)
def test_options_out_of_range_are_refused(field: str, value: float) -> None:
    with pytest.raises(ValueError, match=f"Options.{field} must be"):
        diffnews.Options(**{field: value})


def test_options_at_their_bounds_are_accepted() -> None:
    assert diffnews.Options(threshold=0.0, max_group=1, max_bytes=1).threshold == 0.0
    assert diffnews.Options(threshold=1.0).threshold == 1.0
