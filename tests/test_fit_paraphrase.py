"""Tests for tools/fit_paraphrase.py: the pure-Python solver and logistic fit behind similarity()'s weights."""

from __future__ import annotations

import importlib.util
import math
import pathlib

import pytest

_PATH = pathlib.Path(__file__).parent.parent / "tools" / "fit_paraphrase.py"
_SPEC = importlib.util.spec_from_file_location("fit_paraphrase", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
fit_paraphrase = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(fit_paraphrase)


def test_solve_matches_a_known_solution() -> None:
    matrix = [[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]]
    expected = [1.0, -2.0, 0.5]
    vector = [sum(a * x for a, x in zip(row, expected)) for row in matrix]
    assert fit_paraphrase.solve(matrix, vector) == pytest.approx(expected)


def test_fit_recovers_the_direction_of_a_logistic() -> None:
    # Labels drawn deterministically from p = logistic(-1 + 3x - 2y) on a grid.
    rows, labels = [], []
    for i in range(40):
        for j in range(40):
            x, y = i / 20 - 1, j / 20 - 1
            p = 1 / (1 + math.exp(-(-1 + 3 * x - 2 * y)))
            rows.append([1.0, x, y])
            labels.append(int((i * 7919 + j * 104729) % 1000 / 1000 < p))
    bias, weight_x, weight_y = fit_paraphrase.fit(rows, labels)
    assert weight_x > 1.5 and weight_y < -1.0 and bias < 0
    assert weight_x / -weight_y == pytest.approx(1.5, rel=0.35)


def test_read_pairs_skips_headers_bad_lines_and_duplicates(tmp_path: pathlib.Path) -> None:
    data = tmp_path / "pairs.tsv"
    data.write_text(
        "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tA b c.\tA b c d.\n1\t3\t4\tA b c.\tA b c d.\n0\t5\t6\tOnly four\n",
        encoding="utf-8",
    )
    pairs = fit_paraphrase.read_pairs([str(data)])
    written = len(fit_paraphrase.json.loads((_PATH.parent.parent / "fixtures" / "align" / "pairs.json").read_text(encoding="utf-8"))["pairs"])
    assert pairs[0] == (1, "A b c.", "A b c d.")
    assert len(pairs) == 1 + written


def test_held_out_scores_counts_hits_misses_and_pairs_without_shared_words() -> None:
    def rows_of(items: list) -> list[list[float]]:
        return [[1.0, features["jaccard"]] for _, features in items]

    same = "The Taliban attacked the city of Qala-e Naw on Wednesday."
    pairs = [
        (1, same, same),  # identical: predicted same, a hit
        (0, same, same),  # labelled different: a false "same"
        (0, same, "Iran hosted peace talks in Tehran."),  # no content word shared: scored different
        (1, same, "Iran hosted peace talks in Tehran."),  # a missed "same"
    ]
    line = fit_paraphrase.held_out_scores([-0.5, 1.0], rows_of, pairs)
    assert line == "held out: 4 pairs, accuracy 0.500, precision 0.500, recall 0.500, F1 0.500"
