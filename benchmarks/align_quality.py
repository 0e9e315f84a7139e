"""Print the aligner's precision, recall and F1 against hand gold files.

    python benchmarks/align_quality.py [--verbose] [--threshold T]

Gold files name sentences by a substring unique to them, so any segmentation
can be scored.  Each gold pair becomes the pair of sentences containing its
substrings; when several gold entries land on one sentence pair, the highest
tier counts.  Recall is over strong + partial pairs; precision is over the
predicted pairs, counting as correct every pair the gold lists at any tier
(optional pairs are never penalised).  Last, it prints the accuracy of
similarity() as a same-fact decision (>= 0.5) on fixtures/align/pairs.json,
and with ``--paraphrase FILE...`` its accuracy, precision, recall and F1 on
labelled pairs in the MSRP layout (label, id, id, sentence, sentence).  Gold files: the seed gold in
../shared/eval/seed_gold.json (when present) and fixtures/gold/align/*.json.
A gold file whose article texts are missing is skipped and says so.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from collections.abc import Iterator

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diffnews import Options, compare_files, similarity  # noqa: E402
from diffnews.model import Report, Sentence  # noqa: E402
from diffnews.text import normalize_text  # noqa: E402

TIER_RANK = {"optional": 0, "partial": 1, "strong": 2}


def gold_files() -> Iterator[tuple[str, pathlib.Path, dict]]:
    """Yield (name, folder the gold's paths are relative to, gold) for every gold file."""
    seed = ROOT.parent / "shared" / "eval" / "seed_gold.json"
    if seed.exists():
        gold = json.loads(seed.read_text(encoding="utf-8"))
        gold["a_file"] = str(ROOT / "fixtures" / "qala-e-naw" / gold["a_file"])
        gold["b_file"] = str(ROOT / "fixtures" / "qala-e-naw" / gold["b_file"])
        yield "seed (qala-e-naw)", ROOT, gold
    for path in sorted((ROOT / "fixtures" / "gold" / "align").glob("*.json")):
        yield path.stem, ROOT, json.loads(path.read_text(encoding="utf-8"))


def find_sentence(sentences: tuple[Sentence, ...], substring: str) -> str:
    key = normalize_text(substring)
    hits = [s.id for s in sentences if key in s.norm]
    if not hits:
        raise SystemExit(f"gold substring not found in any sentence: {substring!r}")
    return hits[0]


def gold_tiers(first: tuple[Sentence, ...], second: tuple[Sentence, ...], gold: dict) -> dict[tuple[str, str], str]:
    """Map each gold pair of sentence ids to its tier; when several entries land on one pair, the highest counts."""
    tiers: dict[tuple[str, str], str] = {}
    for entry in gold["alignment"]:
        pair = (find_sentence(first, entry["a"]), find_sentence(second, entry["b"]))
        if pair not in tiers or TIER_RANK[entry["tier"]] > TIER_RANK[tiers[pair]]:
            tiers[pair] = entry["tier"]
    return tiers


def prf(predicted: int, correct: int, wanted: int, found: int) -> tuple[float, float, float]:
    """Return precision, recall and F1; no prediction is precision 1, nothing wanted is recall 1."""
    precision = correct / predicted if predicted else 1.0
    recall = found / wanted if wanted else 1.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(report: Report, gold: dict, verbose: bool) -> dict[str, float]:
    tiers = gold_tiers(report.documents[0].sentences, report.documents[1].sentences, gold)
    predicted = {(a, b) for alignment in report.alignments for a in alignment.sentences[0] for b in alignment.sentences[1]}
    wanted = {pair for pair, tier in tiers.items() if tier != "optional"}
    strong = {pair for pair, tier in tiers.items() if tier == "strong"}
    correct = {pair for pair in predicted if pair in tiers}
    precision, recall, f1 = prf(len(predicted), len(correct), len(wanted), len(wanted & predicted))
    if verbose:
        text = {s.id: s.text for d in report.documents for s in d.sentences}
        for pair in sorted(predicted - set(tiers)):
            print(f"  false pair {pair}: {text[pair[0]][:70]!r} ~ {text[pair[1]][:70]!r}")
        for pair in sorted(wanted - predicted):
            print(f"  missed {tiers[pair]} {pair}: {text[pair[0]][:70]!r} ~ {text[pair[1]][:70]!r}")
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "strong_found": len(strong & predicted),
        "strong": len(strong),
        "predicted": len(predicted),
        "correct": len(correct),
        "wanted": len(wanted),
        "found": len(wanted & predicted),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list false and missed pairs")
    parser.add_argument("--threshold", type=float, default=Options().threshold)
    parser.add_argument("--paraphrase", nargs="+", default=[], metavar="FILE", help="labelled pairs, MSRP layout")
    args = parser.parse_args()
    options = Options(threshold=args.threshold)
    print(f"{'gold file':28} {'P':>6} {'R':>6} {'F1':>6} {'strong':>8} {'pred':>5}")
    totals = {"predicted": 0, "correct": 0, "wanted": 0, "found": 0}
    for name, base, gold in gold_files():
        paths = [base / gold["a_file"], base / gold["b_file"]]
        if not all(path.exists() for path in paths):
            print(f"{name:28} skipped: article texts not found ({paths[0].parent})")
            continue
        if args.verbose:
            print(f"{name}:")
        result = score(compare_files([str(p) for p in paths], options=options), gold, args.verbose)
        for key in totals:
            totals[key] += int(result[key])
        print(
            f"{name:28} {result['precision']:6.3f} {result['recall']:6.3f} {result['f1']:6.3f} "
            f"{result['strong_found']:>3}/{result['strong']:<4} {result['predicted']:>5}"
        )
    if totals["wanted"]:
        precision, recall, f1 = prf(totals["predicted"], totals["correct"], totals["wanted"], totals["found"])
        print(f"{'all (micro)':28} {precision:6.3f} {recall:6.3f} {f1:6.3f}")
    else:
        print(f"{'all (micro)':28} no gold file could be scored")
    pairs = json.loads((ROOT / "fixtures" / "align" / "pairs.json").read_text(encoding="utf-8"))["pairs"]
    wrong = [p["id"] for p in pairs if (similarity(p["a"], p["b"]) >= 0.5) != p["same"]]
    print(f"similarity() on fixtures/align/pairs.json: accuracy {1 - len(wrong) / len(pairs):.3f} ({len(pairs)} pairs)")
    if args.verbose and wrong:
        print("  wrong: " + ", ".join(wrong))
    if args.paraphrase:
        print_paraphrase_scores(args.paraphrase)


def print_paraphrase_scores(paths: list[str]) -> None:
    """Print how well similarity() >= 0.5 decides labelled sentence pairs."""
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    seen: set[tuple[str, str]] = set()
    for path in paths:
        for line in pathlib.Path(path).read_text(encoding="utf-8-sig").splitlines():
            fields = line.split("\t")
            if len(fields) != 5 or fields[0] not in ("0", "1") or (fields[3], fields[4]) in seen:
                continue
            seen.add((fields[3], fields[4]))
            same, said = fields[0] == "1", similarity(fields[3], fields[4]) >= 0.5
            counts[("t" if same == said else "f") + ("p" if said else "n")] += 1
    total = sum(counts.values())
    precision = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    recall = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = (counts["tp"] + counts["tn"]) / max(1, total)
    majority = (counts["tp"] + counts["fn"]) / max(1, total)
    print(f"similarity() on {total} labelled pairs: accuracy {accuracy:.3f} (always-same {majority:.3f}) P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
