"""Fit the document aligner's score (diffnews.align.DOCUMENT_WEIGHTS) on the hand gold files.

    python tools/fit_aligner.py [--features dice,containment,...] [--penalty 1.0]

Every candidate pair that diffnews.align.document_features() scores in a gold
file is one example: positive when the gold lists it as strong or partial,
negative when the gold does not list it, left out when the gold calls it
optional.  The script standardizes the features, fits a class-balanced,
L2-penalised logistic regression by Newton's method (pure Python), and picks
the operating point (the probability above which a pair may be chosen) that
gives the best micro F1 of the whole aligner (choose_groups included) on the
files it was fitted on; that point is folded into the bias so 0.5 stays the
line.  It prints, first, leave-one-file-out figures (fit and operating point
on the other files, scored on the one left out: the estimate to quote), then
the DOCUMENT_WEIGHTS table fitted on all files, to paste into align.py.
Gold files are the ones benchmarks/align_quality.py reads.
"""

from __future__ import annotations

import argparse
import math
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

from align_quality import gold_files, gold_tiers, prf  # noqa: E402
from fit_paraphrase import fit  # noqa: E402

from diffnews.align import DOCUMENT_WEIGHTS, document_features  # noqa: E402
from diffnews.grouping import choose_groups  # noqa: E402
from diffnews.load import load_file  # noqa: E402
from diffnews.model import Options  # noqa: E402
from diffnews.segment import segment_article  # noqa: E402

OPERATING_POINTS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
"""Probabilities tried as the least score of a chosen pair."""


class GoldFile:
    """One gold file's candidate pairs: their features and gold tiers, and the gold pairs by index."""

    def __init__(self, name: str, base: pathlib.Path, gold: dict) -> None:
        documents = [
            segment_article(load_file(str(base / gold[key]), id=side, max_bytes=10**8))
            for key, side in (("a_file", "a"), ("b_file", "b"))
        ]
        self.name = name
        self.left = [s for s in documents[0].sentences if s.role.is_content]
        self.right = [s for s in documents[1].sentences if s.role.is_content]
        index_left = {s.id: i for i, s in enumerate(self.left)}
        index_right = {s.id: j for j, s in enumerate(self.right)}
        self.tiers = {
            (index_left[a], index_right[b]): tier
            for (a, b), tier in gold_tiers(documents[0].sentences, documents[1].sentences, gold).items()
            if a in index_left and b in index_right
        }
        self.features = document_features(self.left, self.right)

    def examples(self) -> list[tuple[dict[str, float], int]]:
        """Return (features, label) for every candidate pair the gold does not call optional."""
        return [
            (features, int(pair in self.tiers))
            for pair, features in sorted(self.features.items())
            if self.tiers.get(pair) != "optional"
        ]

    def counts(self, score: dict[tuple[int, int], float], threshold: float) -> tuple[int, int, int, int, int, int]:
        """Return predicted, correct, wanted, found, strong, strong found for the aligner's choice."""
        predicted = {(i, j) for g_left, g_right, _ in choose_groups(score, Options(threshold=threshold)) for i in g_left for j in g_right}
        wanted = {pair for pair, tier in self.tiers.items() if tier != "optional"}
        strong = {pair for pair, tier in self.tiers.items() if tier == "strong"}
        return (len(predicted), len(predicted & self.tiers.keys()), len(wanted), len(wanted & predicted),
                len(strong), len(strong & predicted))


class Model:
    """Standardized, class-balanced logistic weights over the named features."""

    def __init__(self, files: list[GoldFile], names: list[str], penalty: float) -> None:
        examples = [example for gold in files for example in gold.examples()]
        columns = [[f[name] for f, _ in examples] for name in names]
        self.names = names
        self.means = [sum(c) / len(c) for c in columns]
        self.scales = [math.sqrt(sum((x - m) ** 2 for x in c) / len(c)) or 1.0 for c, m in zip(columns, self.means)]
        labels = [label for _, label in examples]
        positives = sum(labels)
        # Balanced: the few true pairs weigh as much in all as the many pairs that only share the topic.
        balance = {1: len(labels) / (2 * positives), 0: len(labels) / (2 * (len(labels) - positives))}
        rows = [self.row(f) for f, _ in examples]
        self.weights = fit(rows, labels, row_weights=[balance[label] for label in labels], penalty=penalty)
        self.offset = 0.0

    def row(self, features: dict[str, float]) -> list[float]:
        return [1.0] + [(features[n] - m) / s for n, m, s in zip(self.names, self.means, self.scales)]

    def scores(self, gold: GoldFile) -> dict[tuple[int, int], float]:
        return {
            pair: 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, sum(w * x for w, x in zip(self.weights, self.row(f))) - self.offset))))
            for pair, f in gold.features.items()
        }

    def choose_operating_point(self, files: list[GoldFile]) -> float:
        """Fold into the bias the operating point with the best micro F1 on ``files``; return that F1."""
        best = (-1.0, 0.5)
        for point in OPERATING_POINTS:
            self.offset = math.log(point / (1 - point))
            totals = [sum(c) for c in zip(*(gold.counts(self.scores(gold), 0.5) for gold in files))]
            best = max(best, (prf(*totals[:4])[2], -point))
        self.offset = math.log(-best[1] / (1 + best[1]))
        return best[0]

    def table(self) -> dict[str, float]:
        """Return the weights on raw features, with the operating point in the bias."""
        raw = {name: w / s for name, w, s in zip(self.names, self.weights[1:], self.scales)}
        bias = self.weights[0] - self.offset - sum(w * m / s for w, m, s in zip(self.weights[1:], self.means, self.scales))
        return {"bias": bias} | {name: raw.get(name, 0.0) for name in DOCUMENT_WEIGHTS if name != "bias"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--features", help="comma-separated feature names to use (default: all); the rest get 0")
    parser.add_argument("--penalty", type=float, default=1.0, help="L2 penalty on the standardized weights")
    args = parser.parse_args()
    names = args.features.split(",") if args.features else [n for n in DOCUMENT_WEIGHTS if n != "bias"]
    files = [
        GoldFile(name, base, gold)
        for name, base, gold in gold_files()
        if (base / gold["a_file"]).exists() and (base / gold["b_file"]).exists()
    ]
    if len(files) < 2:
        raise SystemExit("Error: fewer than two gold files have their article texts (see benchmarks/align_quality.py)")
    print(f"{'left out':28} {'P':>6} {'R':>6} {'F1':>6}  strong  (fit on the other files)")
    totals = [0] * 6
    for held in files:
        others = [gold for gold in files if gold is not held]
        model = Model(others, names, args.penalty)
        model.choose_operating_point(others)
        counts = held.counts(model.scores(held), 0.5)
        totals = [t + c for t, c in zip(totals, counts)]
        precision, recall, f1 = prf(*counts[:4])
        print(f"{held.name:28} {precision:6.3f} {recall:6.3f} {f1:6.3f}  {counts[5]}/{counts[4]}")
    precision, recall, f1 = prf(*totals[:4])
    print(f"{'leave-one-file-out (micro)':28} {precision:6.3f} {recall:6.3f} {f1:6.3f}  {totals[5]}/{totals[4]}")
    model = Model(files, names, args.penalty)
    print(f"fitted on all {len(files)} files: micro F1 {model.choose_operating_point(files):.3f} (in-sample)")
    print("DOCUMENT_WEIGHTS: dict[str, float] = {")
    for name, weight in model.table().items():
        print(f'    "{name}": {weight:.2f},')
    print("}")


if __name__ == "__main__":
    main()
