"""Fit the weights of diffnews.paraphrase.similarity on labelled sentence pairs.

    python tools/fit_paraphrase.py msr_paraphrase_train.txt [more.tsv ...] [--held-out test.tsv ...]

Input files use the Microsoft Research Paraphrase Corpus layout (label, id,
id, sentence, sentence; tab-separated; an optional header line).  The pairs
in fixtures/align/pairs.json are added.  The script standardizes the
features, fits an L2-penalised logistic regression by Newton's method (pure
Python, no dependency), prints 10-fold cross-validated accuracy, and prints
the WEIGHTS table to paste into diffnews/paraphrase.py.  With ``--held-out`` it
also prints accuracy, precision, recall and F1 on pairs kept out of the fit.  The corpus is not
shipped with diffnews; see docs/notes/aligner.md for where it comes from.
"""

from __future__ import annotations

import argparse
import json
import math
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diffnews.paraphrase import pair_features  # noqa: E402

PENALTY = 1.0
"""L2 penalty on the standardized weights (the bias is not penalised)."""


def read_pairs(paths: list[str], *, written: bool = True) -> list[tuple[int, str, str]]:
    """Read labelled pairs, dropping exact duplicates; ``written`` adds fixtures/align/pairs.json."""
    pairs: list[tuple[int, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for path in paths:
        for line in pathlib.Path(path).read_text(encoding="utf-8-sig").splitlines():
            fields = line.split("\t")
            if len(fields) == 5 and fields[0] in ("0", "1") and (fields[3], fields[4]) not in seen:
                seen.add((fields[3], fields[4]))
                pairs.append((int(fields[0]), fields[3], fields[4]))
    for pair in json.loads((ROOT / "fixtures" / "align" / "pairs.json").read_text(encoding="utf-8"))["pairs"] if written else ():
        pairs.append((int(pair["same"]), pair["a"], pair["b"]))
    return pairs


def solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Solve a small linear system by Gaussian elimination with partial pivoting."""
    size = len(vector)
    rows = [row[:] + [value] for row, value in zip(matrix, vector)]
    for column in range(size):
        pivot = max(range(column, size), key=lambda r: abs(rows[r][column]))
        rows[column], rows[pivot] = rows[pivot], rows[column]
        for r in range(column + 1, size):
            factor = rows[r][column] / rows[column][column]
            for c in range(column, size + 1):
                rows[r][c] -= factor * rows[column][c]
    result = [0.0] * size
    for r in reversed(range(size)):
        result[r] = (rows[r][size] - sum(rows[r][c] * result[c] for c in range(r + 1, size))) / rows[r][r]
    return result


def fit(
    rows: list[list[float]], labels: list[int], *, row_weights: list[float] | None = None, penalty: float = PENALTY
) -> list[float]:
    """Return logistic-regression weights (bias first) for rows that already start with a constant 1."""
    size = len(rows[0])
    row_weights = row_weights or [1.0] * len(rows)
    weights = [0.0] * size
    for _ in range(25):
        gradient = [0.0] * size
        hessian = [[0.0] * size for _ in range(size)]
        for row, label, weight in zip(rows, labels, row_weights):
            z = sum(w * x for w, x in zip(weights, row))
            p = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
            for i in range(size):
                gradient[i] += weight * (p - label) * row[i]
                for j in range(i, size):
                    hessian[i][j] += weight * p * (1 - p) * row[i] * row[j]
        for i in range(size):
            for j in range(i):
                hessian[i][j] = hessian[j][i]
            if i:
                gradient[i] += penalty * weights[i]
                hessian[i][i] += penalty
        step = solve(hessian, gradient)
        weights = [w - s for w, s in zip(weights, step)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", help="tab-separated labelled pairs (MSRP layout)")
    parser.add_argument("--features", help="comma-separated feature names to use (default: all)")
    parser.add_argument("--held-out", nargs="+", default=[], metavar="FILE",
                        help="also fit on FILES only and print accuracy, precision, recall and F1 on these pairs")
    args = parser.parse_args()
    pairs = read_pairs(args.files)
    featured = [(label, pair_features(a, b)) for label, a, b in pairs]
    names = sorted(args.features.split(",") if args.features else next(f for _, f in featured if f is not None))
    usable = [(label, f) for label, f in featured if f is not None]
    columns = [[f[name] for _, f in usable] for name in names]
    means = [sum(c) / len(c) for c in columns]
    scales = [math.sqrt(sum((x - m) ** 2 for x in c) / len(c)) or 1.0 for c, m in zip(columns, means)]

    def rows_of(items: list[tuple[int, dict[str, float]]]) -> list[list[float]]:
        return [[1.0] + [(f[n] - m) / s for n, m, s in zip(names, means, scales)] for _, f in items]

    # Ten-fold cross-validation; a pair with no shared content word is scored 0 (different), as similarity() does.
    order = list(range(len(featured)))
    random.Random(0).shuffle(order)
    correct = 0
    for fold in range(10):
        held = set(order[fold::10])
        train = [featured[i] for i in range(len(featured)) if i not in held and featured[i][1] is not None]
        weights = fit(rows_of(train), [label for label, _ in train])  # type: ignore[arg-type]
        for i in held:
            label, f = featured[i]
            z = sum(w * x for w, x in zip(weights, rows_of([(label, f)])[0])) if f is not None else -1.0
            correct += (z >= 0) == bool(label)
    positive = sum(label for label, _, _ in pairs) / len(pairs)
    print(f"{len(pairs)} pairs ({positive:.3f} same fact); 10-fold cross-validated accuracy {correct / len(pairs):.3f}")
    weights = fit(rows_of(usable), [label for label, _ in usable])
    if args.held_out:
        print(held_out_scores(weights, rows_of, read_pairs(args.held_out, written=False)))
    raw = {name: w / s for name, w, s in zip(names, weights[1:], scales)}
    bias = weights[0] - sum(w * m / s for w, m, s in zip(weights[1:], means, scales))
    print("WEIGHTS: dict[str, float] = {")
    print(f'    "bias": {bias:.4f},')
    for name in names:
        print(f'    "{name}": {raw[name]:.4f},')
    print("}")


def held_out_scores(weights: list[float], rows_of, pairs: list[tuple[int, str, str]]) -> str:  # type: ignore[no-untyped-def]
    """Score fitted weights on pairs kept out of the fit: accuracy, and precision, recall, F1 of "same fact"."""
    predicted = []
    for label, a, b in pairs:
        features = pair_features(a, b)
        z = sum(w * x for w, x in zip(weights, rows_of([(label, features)])[0])) if features is not None else -1.0
        predicted.append((z >= 0, bool(label)))
    hits = sum(p and t for p, t in predicted)
    precision = hits / max(1, sum(p for p, _ in predicted))
    recall = hits / max(1, sum(t for _, t in predicted))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(p == t for p, t in predicted) / len(predicted)
    return f"held out: {len(pairs)} pairs, accuracy {accuracy:.3f}, precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}"


if __name__ == "__main__":
    main()
