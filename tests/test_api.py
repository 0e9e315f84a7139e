"""The public API: names in diffnews.__all__ stay what they are, whatever was imported first."""

from __future__ import annotations

import subprocess
import sys

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
