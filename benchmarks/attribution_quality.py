"""Print precision, recall and F1 of attribution speakers and cues per gold file, and check the seed pair's provenance gold.

    python benchmarks/attribution_quality.py [--gold PATH ...] [--verbose]

Without --gold both fixtures/attribution/sentences.json (written with the
rules: an upper bound) and fixtures/attribution/blind.json (written blind) are
scored, each printed separately (and any later blind set, blind2.json, ...).  A case is {context?, sentence|text,
after?, expected|attributions}; context + sentence (+ after) make one
document and only the target sentence's attributions are scored.

Speaker matching is lenient: a gold source matches a predicted attribution of
the same sentence when one contains the other (case-insensitive), checked
against the predicted source, resolved name and chain.  Cues match when they
are equal after lowercasing and unifying quotes, dashes and spaces, or when
one's words contain the other's ("quoted" / "quoted ... as saying").  On
matched speakers: mode is exact; resolved and each chain link match by
containment; quote is compared only when the gold quote is non-empty, after
dropping trailing ",.;:" (the blind set's convention).  The seed check reads
/work/shared/eval/seed_gold.json (or ../shared/eval relative to the
repository) at run time and skips it when absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diffnews.attribution import attribute_sentences  # noqa: E402
from diffnews.credits import find_agencies  # noqa: E402
from diffnews.model import Attribution, Document, Role, Sentence  # noqa: E402
from diffnews.names import find_name_variants  # noqa: E402
from diffnews.text import normalize_text  # noqa: E402

FIXTURES = ROOT / "fixtures" / "attribution" / "sentences.json"
GOLD_PLACES = (ROOT.parent / "shared" / "eval" / "seed_gold.json", Path("/work/shared/eval/seed_gold.json"))


def case_sentences(case: dict) -> tuple[list[Sentence], int]:
    """Build one document from a fixture case; return its sentences and the target's index."""
    texts = [*case.get("context", []), case.get("sentence", case.get("text")), *case.get("after", [])]
    target = len(case.get("context", []))
    role = Role(case.get("role", "body"))
    sentences, offset = [], 0
    for index, text in enumerate(texts):
        sentences.append(Sentence(f"t{index + 1}", "t", index, offset, offset + len(text), text, normalize_text(text),
                                  role if index == target else Role.BODY))
        offset += len(text) + 1
    return sentences, target


def source_matches(gold: str, predicted: Attribution) -> bool:
    """Whether a gold source names the predicted speaker, leniently."""
    gold = normalize_text(gold).lower()
    for candidate in (predicted.source, predicted.resolved, *predicted.chain):
        candidate = normalize_text(candidate).lower()
        if candidate and (gold in candidate or candidate in gold):
            return True
    return False


def cue_key(cue: str) -> str:
    return normalize_text(cue).lower()


def cue_matches(gold: str, predicted: str) -> bool:
    """Whether two cues agree, leniently: one's words contain the other's ("quoted" / "quoted ... as saying")."""
    gold_words, predicted_words = cue_key(gold).replace("...", " ").split(), cue_key(predicted).replace("...", " ").split()
    return bool(gold_words) and (set(gold_words) <= set(predicted_words) or set(predicted_words) <= set(gold_words))


def contains(gold: str, predicted: str) -> bool:
    gold, predicted = normalize_text(gold).lower(), normalize_text(predicted).lower()
    return bool(gold and predicted) and (gold in predicted or predicted in gold) or gold == predicted


def quote_key(quote: str) -> str:
    return normalize_text(quote).strip().rstrip(",.;:").strip()


def detail_checks(match: Attribution, expected: dict) -> list[tuple[str, bool]]:
    """Compare the fields of a matched speaker; quote only where the gold has one."""
    checks = [("mode", match.mode.value == expected["mode"]),
              ("resolved", contains(expected["resolved"], match.resolved)),
              ("chain", len(match.chain) == len(expected["chain"])
               and all(contains(g, p) for g, p in zip(expected["chain"], match.chain)))]
    if expected["quote"]:
        checks.append(("quote", quote_key(match.quote) == quote_key(expected["quote"])))
    return checks


def score(cases: list[dict], verbose: bool) -> dict[str, float]:
    counts = {"speaker": [0, 0, 0], "cue": [0, 0, 0]}  # true positives, predicted, gold
    details = {"mode": [0, 0], "quote": [0, 0], "resolved": [0, 0], "chain": [0, 0]}
    for case in cases:
        sentences, target = case_sentences(case)
        predicted = [a for a in attribute_sentences(sentences) if a.sentence == sentences[target].id]
        gold = case.get("expected", case.get("attributions"))
        unmatched = list(predicted)
        for expected in gold:
            match = next((p for p in unmatched if source_matches(expected["source"], p)), None)
            if match is None:
                if verbose:
                    print(f"miss  {case['id']}: {expected['source']!r} / {expected['cue']!r}; got {[(p.source, p.cue) for p in predicted]}")
                continue
            unmatched.remove(match)
            counts["speaker"][0] += 1
            counts["cue"][0] += cue_matches(expected["cue"], match.cue)
            if verbose and not cue_matches(expected["cue"], match.cue):
                print(f"cue   {case['id']}: {match.cue!r} != {expected['cue']!r}")
            for field, ok in detail_checks(match, expected):
                details[field][0] += ok
                details[field][1] += 1
                if verbose and not ok:
                    print(f"{field:<6}{case['id']}: {getattr(match, field)!r} != {expected[field]!r}")
        if verbose:
            for extra in unmatched:
                print(f"extra {case['id']}: {(extra.source, extra.cue)}")
        for key in counts:
            counts[key][1] += len(predicted)
            counts[key][2] += len(gold)
    results = {}
    for key, (tp, npred, ngold) in counts.items():
        precision, recall = tp / max(npred, 1), tp / max(ngold, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(f"{key:<8} precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  ({tp} of {npred} predicted, {ngold} gold)")
        results[key] = f1
    for field, (ok, total) in details.items():
        print(f"{field:<8} agreement on matched speakers {ok / max(total, 1):.3f}  ({ok}/{total})")
    return results


def seed_documents(gold: dict, folder: Path) -> list[Document]:
    from diffnews.load import load_text
    from diffnews.segment import segment_article

    return [segment_article(load_text((folder / gold[f"{side}_file"]).read_text(encoding="utf-8"), id=side)) for side in "ab"]


def check_seed() -> bool:
    gold_path = next((path for path in GOLD_PLACES if path.exists()), None)
    if gold_path is None:
        print("seed check skipped: seed_gold.json not found")
        return True
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    folder = ROOT / "fixtures" / "qala-e-naw"
    documents = {document.id: document for document in seed_documents(gold, folder)}
    attributions = {side: attribute_sentences(document.sentences) for side, document in documents.items()}
    found = total = 0
    for item in gold["attribution"]:
        document = documents[item["side"]]
        sentence = next(s for s in document.sentences if item["claim"] in s.text or item["claim"] in s.norm)
        ok = any(a.sentence == sentence.id and source_matches(item["source"], a) for a in attributions[item["side"]])
        found, total = found + ok, total + 1
        if not ok:
            print(f"seed attribution missing: {item}")
    print(f"seed attributions found {found}/{total}")
    credit_ok = True
    for side, expected in gold["credits"].items():
        agencies = find_agencies(documents[side].sentences)
        missing = [name for name in expected if name not in agencies]
        credit_ok &= not missing
        print(f"seed credits {side}: {', '.join(agencies)}" + (f"  MISSING {missing}" if missing else ""))
    variants = find_name_variants(list(documents.values()))
    spellings = [{form.text for form in variant.forms} for variant in variants]
    missing = [pair for pair in gold["spelling_variants"] if not any(set(pair) <= forms for forms in spellings)]
    print(f"seed spelling variants found {len(gold['spelling_variants']) - len(missing)}/{len(gold['spelling_variants'])}; "
          f"reported {len(variants)}: " + "; ".join(" / ".join(sorted(forms)) for forms in spellings))
    return found == total and credit_ok and not missing


def gold_paths(argv: list[str]) -> list[Path]:
    paths = [Path(argv[index + 1]) for index, arg in enumerate(argv[:-1]) if arg == "--gold"]
    paths += [Path(arg.split("=", 1)[1]) for arg in argv if arg.startswith("--gold=")]
    return paths or [FIXTURES, *sorted((ROOT / "fixtures" / "attribution").glob("blind*.json"))]


def main(argv: list[str]) -> int:
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        return 0
    for path in gold_paths(argv):
        if not path.exists():
            print(f"gold file {path} not found")
            return 2
        cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
        shown = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
        print(f"== {shown}: {len(cases)} cases")
        score(cases, verbose="--verbose" in argv)
        print()
    return 0 if check_seed() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
