"""Print extraction precision/recall/F1 and comparison accuracy for the numbers stage.

Run from the repository root: ``python benchmarks/numbers_quality.py``.

Extraction: a predicted quantity matches an expected one when their spans overlap
and their kind and interval agree.  Comparison: the fraction of gold relations
(and gold unique figures) predicted with the right status, and the precision of
predicted non-unique matches (pairs that are a gold relation).  Gold files whose
texts are missing are skipped.

A gold file with a ``pairs`` list (``fixtures/gold/numbers/msrp_pairs.json``) holds lone
sentence pairs named by their Microsoft Research Paraphrase Corpus ids; each pair is
compared as two one-sentence documents and the counts are summed over the pairs.  The
corpus is not shipped: the file is scored where it sits in /work/data/msrp.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diffnews.align import align_documents  # noqa: E402
from diffnews.figures import match_figures  # noqa: E402
from diffnews.load import load_text  # noqa: E402
from diffnews.model import Document, NumberMatch, NumberStatus, Quantity  # noqa: E402
from diffnews.numbers import extract_quantities  # noqa: E402
from diffnews.segment import segment_article  # noqa: E402

Located = tuple[str, int, int]  # sentence id, start, end


def _bound(value: float | str) -> float:
    return math.inf if value == "inf" else float(value)


def _agrees(quantity: Quantity, low: float, high: float, kind: str) -> bool:
    return quantity.kind.value == kind and all(
        (x == y) if math.isinf(x) or math.isinf(y) else math.isclose(x, y, rel_tol=1e-4, abs_tol=1e-6)
        for x, y in ((quantity.low, low), (quantity.high, high))
    )


def _prf(true_positive: int, predicted: int, expected: int) -> str:
    precision = true_positive / predicted if predicted else 1.0
    recall = true_positive / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"P={precision:.3f} R={recall:.3f} F1={f1:.3f} (tp={true_positive} pred={predicted} gold={expected})"


def fixture_extraction() -> str:
    """Score extraction on the table of real-world phrasings."""
    cases = json.loads((ROOT / "fixtures/numbers/extraction.json").read_text(encoding="utf-8"))["cases"]
    true_positive = predicted = expected = 0
    for case in cases:
        found = list(extract_quantities(case["text"]))
        predicted += len(found)
        expected += len(case["expect"])
        for item in case["expect"]:
            start = case["text"].find(item["text"])
            end = start + len(item["text"])
            hit = next((q for q in found if q.start < end and start < q.end
                        and _agrees(q, _bound(item["low"]), _bound(item["high"]), item["kind"])), None)
            if hit is not None:
                found.remove(hit)
                true_positive += 1
    return _prf(true_positive, predicted, expected)


def _documents(paths: list[Path]) -> list[Document]:
    return [segment_article(load_text(path.read_text(encoding="utf-8"), id=id_, path=str(path)))
            for path, id_ in zip(paths, "abcdefgh")]


def _locate(document: Document, sentence: str, text: str, nth: int = 0) -> Located | None:
    """Place a gold figure: the ``nth`` whole-word occurrence of its text (gold lists a sentence's
    figures in order, so a second "100" is the second occurrence), after ``sentence`` if that is given."""
    for candidate in document.sentences:
        position = candidate.text.find(sentence)
        if position >= 0:
            # The figure as a whole number: "9" in "396-9", not the 9 inside "396"; "50", not the 50 of "50,000".
            whole = rf"(?<!\w)(?<!\d[.,]){re.escape(text)}(?!\w)(?![.,]\d)"
            found = [m.start() for m in re.finditer(whole, candidate.text) if m.start() >= position]
            start = found[min(nth, len(found) - 1)] if found else candidate.text.find(text)
            return (candidate.id, start, start + len(text)) if start >= 0 else None
    return None


def _mention_key(match: NumberMatch, document: str) -> Located | None:
    for mention in match.mentions:
        if mention.document == document:
            return mention.sentence, mention.quantity.start, mention.quantity.end
    return None


def _same_place(a: Located | None, b: Located | None) -> bool:
    return a is not None and b is not None and a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def _compare_counts(matches: tuple[NumberMatch, ...], relations: list[tuple[list[Located | None], Located | None, str]],
                    uniques: list[tuple[str, Located | None]]) -> tuple[int, int, int, int]:
    """Return (right statuses, gold relations and uniques, predicted pairs that are gold pairs, predicted pairs)."""
    correct = 0
    gold_pairs = []
    for a_places, b_place, status in relations:
        found = None
        for match in matches:
            if match.status is NumberStatus.UNIQUE:
                continue
            a_key, b_key = _mention_key(match, "a"), _mention_key(match, "b")
            if _same_place(b_key, b_place) and any(_same_place(a_key, p) for p in a_places):
                found = match
                break
        gold_pairs.append((a_places, b_place))
        correct += found is not None and found.status.value == status
    for document, place in uniques:
        paired = any(match.status is not NumberStatus.UNIQUE and _same_place(_mention_key(match, document), place)
                     for match in matches)
        correct += not paired
    predicted = [m for m in matches if m.status is not NumberStatus.UNIQUE]
    good = sum(any(_same_place(_mention_key(m, "b"), b) and any(_same_place(_mention_key(m, "a"), p) for p in a)
                   for a, b in gold_pairs) for m in predicted)
    return correct, len(relations) + len(uniques), good, len(predicted)


def _compare_text(correct: int, total: int, good: int, predicted: int) -> str:
    precision = good / predicted if predicted else 1.0
    return (f"accuracy={correct / total if total else 1.0:.3f} ({correct}/{total}) "
            f"pair precision={precision:.3f} ({good}/{predicted})")


def _score_gold(documents: list[Document], gold: dict) -> tuple[tuple[int, int, int], tuple[int, int, int, int]]:
    """Score extraction (true positives, predicted, expected) and comparison counts of one annotated pair."""
    places: dict[str, Located | None] = {}
    true_positive = predicted = expected = 0
    for side, document in zip("ab", documents):
        found = [(s.id, q) for s in document.sentences if s.role.is_content
                 for q in extract_quantities(s.text) if q.kind.is_amount]
        predicted += len(found)
        seen: dict[tuple[str, str], int] = {}
        for item in gold[side]:
            expected += 1
            key = (item.get("sentence", ""), item["text"])
            place = places[item["id"]] = _locate(document, *key, nth=seen.get(key, 0))
            seen[key] = seen.get(key, 0) + 1
            hit = next(((sid, q) for sid, q in found if place and _same_place((sid, q.start, q.end), place)
                        and _agrees(q, _bound(item["low"]), _bound(item["high"]), item["kind"])), None)
            if hit is not None:
                found.remove(hit)
                true_positive += 1
    relations = [([places.get(a) for a in (r["a"] if isinstance(r["a"], list) else [r["a"]])], places.get(r["b"]),
                  r["status"]) for r in gold["relations"]]
    uniques = [(u[0], places.get(u)) for u in gold["unique"]]
    matches = match_figures(documents, align_documents(documents))
    return (true_positive, predicted, expected), _compare_counts(matches, relations, uniques)


def dev_gold(path: Path) -> list[str]:
    """Score extraction and comparison on one hand-annotated dev pair."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    texts = [ROOT / gold["a_file"], ROOT / gold["b_file"]]
    if not all(text.exists() for text in texts):
        return [f"{path.name}: skipped (texts missing)"]
    extraction, comparison = _score_gold(_documents(texts), gold)
    return [f"{path.name}: extraction {_prf(*extraction)}", f"{path.name}: comparison {_compare_text(*comparison)}"]


TEST_FROM = {"msrp_pairs_7.json": 50, "msrp_pairs_8.json": 50}
"""Sets whose first pairs were read to find defects: the pairs from this index on stay unread, a test set."""
MSRP = Path("/work/data/msrp")
"""Where the Microsoft Research Paraphrase Corpus is kept on the development machines; it is not shipped."""


def sentence_pairs_gold(path: Path) -> list[str]:
    """Score extraction and comparison over the lone sentence pairs of a gold file, summed over its pairs."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    sentences: dict[str, str] = {}
    for corpus in sorted(MSRP.glob("*.tsv")):
        for line in corpus.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) >= 5 and fields[0] in ("0", "1"):
                sentences[fields[1]], sentences[fields[2]] = fields[3], fields[4]
    if not all(pair["id1"] in sentences and pair["id2"] in sentences for pair in gold["pairs"]):
        return [f"{path.name}: skipped (corpus missing)"]
    counts = []
    for pair in gold["pairs"]:
        documents = [segment_article(load_text(sentences[pair[key]], id=side)) for key, side in (("id1", "a"), ("id2", "b"))]
        counts.append(_score_gold(documents, pair))
    lines = []
    start = TEST_FROM.get(path.name)
    for first, label in ((0, ""), *(((start, f", test pairs {start + 1}-{len(counts)}"),) if start else ())):
        extraction = [sum(column) for column in zip(*(count[0] for count in counts[first:]))]
        comparison = [sum(column) for column in zip(*(count[1] for count in counts[first:]))]
        name = f"{path.name} ({len(counts) - first} sentence pairs{label})"
        lines += [f"{name}: extraction {_prf(*extraction)}", f"{name}: comparison {_compare_text(*comparison)}"]
    return lines


def seed_pair() -> str:
    """Score comparison on the seed pair against /work/shared/eval/seed_gold.json."""
    gold_path = ROOT.parent / "shared/eval/seed_gold.json"
    if not gold_path.exists():
        return "seed: skipped (gold missing)"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    seeds = ROOT.parent / "shared/seeds"
    documents = _documents([seeds / gold["a_file"], seeds / gold["b_file"]])

    def place(document: Document, text: str) -> Located | None:
        for sentence in document.sentences:
            for quantity in extract_quantities(sentence.text):
                if text in quantity.text:
                    return sentence.id, quantity.start, quantity.end
        return None

    relations, uniques = [], []
    for item in gold["numbers"]:
        if item["kind"] in ("only_a", "only_b"):
            side = item["kind"][-1]
            uniques.append((side, place(documents["ab".index(side)], item[side])))
        else:
            relations.append(([place(documents[0], item["a"])], place(documents[1], item["b"]), item["kind"]))
    matches = match_figures(documents, align_documents(documents))
    return f"seed pair: comparison {_compare_text(*_compare_counts(matches, relations, uniques))}"


def blind_extraction(path: Path) -> list[str]:
    """Score extraction on a blind set, written without seeing the code (fixtures/numbers/blind*.json).

    Detection counts a figure found when a predicted quantity overlaps its span
    and has its kind.  Its interval conventions differ from ours for durations
    (unit as written, ours in days), dates and money, so interval agreement is
    reported only for counts and percents, where both use plain values.
    """
    cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
    true_positive = predicted = expected = 0
    comparable = agreeing = 0
    for case in cases:
        found = [q for q in extract_quantities(case["text"])]
        predicted += len(found)
        expected += len(case["quantities"])
        for item in case["quantities"]:
            start = case["text"].find(item["text"])
            end = start + len(item["text"])
            hit = next((q for q in found if q.start < end and start < q.end and q.kind.value == item["kind"]), None)
            if hit is None:
                continue
            found.remove(hit)
            true_positive += 1
            if item["kind"] in ("count", "percent"):
                comparable += 1
                high = math.inf if item["high"] is None else float(item["high"])
                agreeing += _agrees(hit, float(item["low"]), high, item["kind"])
    share = agreeing / comparable if comparable else 1.0
    return [
        f"{path.stem} extraction (span + kind): {_prf(true_positive, predicted, expected)}",
        f"{path.stem} intervals, counts and percents found: {share:.3f} agree ({agreeing}/{comparable})",
    ]


def main() -> None:
    """Print every figure."""
    print(f"fixtures extraction: {fixture_extraction()}")
    for path in sorted((ROOT / "fixtures/numbers").glob("blind*.json")):
        for line in blind_extraction(path):
            print(line)
    for path in sorted((ROOT / "fixtures/gold/numbers").glob("*.json")):
        for line in (sentence_pairs_gold if "pairs" in json.loads(path.read_text(encoding="utf-8")) else dev_gold)(path):
            print(line)
    print(seed_pair())


if __name__ == "__main__":
    main()
