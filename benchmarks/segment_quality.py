"""Compare sentence segmenters on quality and speed; print a Markdown table.

Run:  /tmp/venv/bin/python benchmarks/segment_quality.py [--verbose] [--seconds S]

Quality: the 48 English Golden Rules (fixtures/segment/english_golden_rules.json, skipped
when absent) and our news-wire cases (fixtures/segment/news_cases.json).  A case passes
when the segmenter returns exactly the expected sentences after white space is collapsed.

Speed: each segmenter splits the two seed articles (fixtures/qala-e-naw/*.txt, cut into
paragraphs at blank lines) repeatedly for about ``--seconds`` each; the table gives the
mean milliseconds per article and the speed ratio against pySBD measured in the same run.
Over-splitting: the hand alignment gold (seed pair and fixtures/gold/align/*.json) names
sentences by substrings that lie inside one sentence; "gold snippets cut apart" counts those
a segmenter splits (it cannot see missed splits).

Optional candidates (pysbd, syntok, sentencex, blingfire) are reported as "not installed"
when their import fails.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diffnews.sentences import split_sentences  # noqa: E402

GOLDEN = ROOT / "fixtures" / "segment" / "english_golden_rules.json"
NEWS = ROOT / "fixtures" / "segment" / "news_cases.json"
SEEDS = sorted((ROOT / "fixtures" / "qala-e-naw").glob("*.txt"))
SEED_GOLD = ROOT.parent / "shared" / "eval" / "seed_gold.json"
ALIGN_GOLD = sorted((ROOT / "fixtures" / "gold" / "align").glob("*.json"))

Segmenter = Callable[[str], list[str]]


def ours() -> Segmenter:
    """Return diffnews.sentences as a text-list segmenter."""
    return lambda text: [text[start:end] for start, end in split_sentences(text)]


def pysbd_segmenter() -> Segmenter:
    """Return pySBD's English segmenter, keeping the text as is."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
    return segmenter.segment


def syntok_segmenter() -> Segmenter:
    """Return syntok's segmenter, joining tokens back with their original spacing."""
    from syntok import segmenter

    def segment(text: str) -> list[str]:
        return [
            "".join(token.spacing + token.value for token in sentence)
            for paragraph in segmenter.process(text)
            for sentence in paragraph
        ]

    return segment


def sentencex_segmenter() -> Segmenter:
    """Return sentencex's English segmenter."""
    from sentencex import segment

    return lambda text: list(segment("en", text))


def blingfire_segmenter() -> Segmenter:
    """Return Bling Fire's sentence splitter."""
    import blingfire

    return lambda text: blingfire.text_to_sentences(text).split("\n")


CANDIDATES: list[tuple[str, Callable[[], Segmenter]]] = [
    ("diffnews.sentences", ours),
    ("pysbd", pysbd_segmenter),
    ("syntok", syntok_segmenter),
    ("sentencex", sentencex_segmenter),
    ("blingfire", blingfire_segmenter),
]


def collapse(sentences: list[str]) -> list[str]:
    """Collapse white space in each sentence and drop empty ones."""
    return [" ".join(sentence.split()) for sentence in sentences if sentence.strip()]


def failures(segment: Segmenter, cases: list[dict]) -> list[tuple[str, list[str]]]:
    """Return (case id, what the segmenter produced) for each case it gets wrong."""
    wrong = []
    for case in cases:
        try:
            got = collapse(segment(case["text"]))
        except Exception as error:  # a crashing candidate fails the case, the run goes on
            got = [f"<{type(error).__name__}: {error}>"]
        if got != collapse(case["sentences"]):
            wrong.append((str(case["id"]), got))
    return wrong


def gold_sources() -> list[tuple[str, list[str]]]:
    """Return (document text, gold sentence substrings) for every hand-aligned document present."""
    files = [(SEED_GOLD, ROOT / "fixtures" / "qala-e-naw")] if SEED_GOLD.exists() else []
    files += [(path, ROOT) for path in ALIGN_GOLD]
    sources = []
    for path, base in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        for side in ("a", "b"):
            document = base / gold[f"{side}_file"]
            if document.exists():
                pieces = sorted({pair[side] for pair in gold["alignment"]})
                sources.append((document.read_text(encoding="utf-8"), pieces))
    return sources


def broken_gold(segment: Segmenter, sources: list[tuple[str, list[str]]]) -> tuple[int, int]:
    """Count gold substrings (each inside one true sentence) that a segmenter cuts apart."""
    broken = total = 0
    for text, pieces in sources:
        sentences = [" ".join(s.split()) for line in text.split("\n") if line.strip() for s in segment(line)]
        for piece in pieces:
            total += 1
            wanted = " ".join(piece.split())
            broken += not any(wanted in sentence for sentence in sentences)
    return broken, total


def ms_per_article(segment: Segmenter, articles: list[list[str]], seconds: float) -> float:
    """Time whole-article segmentation, paragraph by paragraph, and return ms per article."""
    rounds = 0
    began = time.perf_counter()
    while True:
        for paragraphs in articles:
            for paragraph in paragraphs:
                segment(paragraph)
        rounds += 1
        elapsed = time.perf_counter() - began
        if elapsed >= seconds and rounds >= 3:
            return elapsed * 1000 / (rounds * len(articles))


def main(argv: list[str] | None = None) -> int:
    """Evaluate every installed candidate and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list the cases each segmenter fails")
    parser.add_argument("--seconds", type=float, default=1.0, help="timing budget per segmenter")
    args = parser.parse_args(argv)

    golden = json.loads(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.exists() else []
    news = json.loads(NEWS.read_text(encoding="utf-8"))
    articles = [
        [paragraph for paragraph in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if paragraph.strip()]
        for path in SEEDS
    ]

    sources = gold_sources()
    rows = []
    details = []
    pysbd_ms = None
    for name, make in CANDIDATES:
        try:
            segment = make()
        except ImportError as error:
            rows.append((name, "not installed", "", "", "", str(error)))
            continue
        golden_wrong = failures(segment, golden)
        news_wrong = failures(segment, news)
        broken, total = broken_gold(segment, sources)
        ms = ms_per_article(segment, articles, args.seconds)
        if name == "pysbd":
            pysbd_ms = ms
        rows.append((name, f"{len(golden) - len(golden_wrong)}/{len(golden)}", f"{len(news) - len(news_wrong)}/{len(news)}", ms, f"{broken}/{total}", ""))
        details.append((name, golden_wrong, news_wrong))

    print(
        "| segmenter | golden rules passed | news cases passed | ms per seed article | speed vs pySBD "
        "| gold snippets cut apart |"
    )
    print("|---|---|---|---|---|---|")
    for name, golden_score, news_score, ms, cut, note in rows:
        if golden_score == "not installed":
            print(f"| {name} | not installed ({note}) | | | | |")
            continue
        ratio = f"{pysbd_ms / ms:.0f}x" if pysbd_ms else "n/a"
        print(f"| {name} | {golden_score} | {news_score} | {ms:.2f} | {ratio} | {cut} |")

    if args.verbose:
        for name, golden_wrong, news_wrong in details:
            print(f"\n## {name}")
            for label, wrong in (("golden rule", golden_wrong), ("news case", news_wrong)):
                for case_id, got in wrong:
                    print(f"- {label} {case_id}: {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
