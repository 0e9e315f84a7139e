"""Print the aligner's time and peak memory on long documents, and its speed-up over a naive baseline.

    python benchmarks/align_speed.py [--sizes 200,2000,20000]

Documents are built deterministically from real sentences (the fixtures, plus
../shared/dev-pairs/ when present).  Sentence k of the first document joins
the first half of one real sentence to the second half of another, so long
documents do not repeat sentences; the second document rewrites each of those
(drops every fourth word, swaps neighbouring sentences) and mixes in unrelated
ones.  The baseline, timed in the same run on the 200-sentence pair, scores
every sentence pair with difflib's SequenceMatcher.ratio() and keeps each
sentence's best match.  Timings are wall-clock on one core; peak memory is
tracemalloc's peak of Python allocations during a second, separate run.  Last,
it times similarity() on 1,000 sentence pairs of the 2,000-sentence documents
(each sentence with its rewrite), against difflib's ratio on the same pairs.
"""

from __future__ import annotations

import argparse
import difflib
import pathlib
import sys
import time
import tracemalloc

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diffnews.align import align_sentences  # noqa: E402
from diffnews.paraphrase import similarity  # noqa: E402
from diffnews.load import load_file  # noqa: E402
from diffnews.model import Role, Sentence  # noqa: E402
from diffnews.segment import segment_article  # noqa: E402


def real_sentences() -> list[str]:
    """Every body sentence of the fixtures and dev pairs, in a fixed order."""
    paths = sorted((ROOT / "fixtures" / "qala-e-naw").glob("*.txt")) + sorted((ROOT.parent / "shared" / "dev-pairs").glob("*.txt"))
    found: list[str] = []
    for path in paths:
        document = segment_article(load_file(str(path), id="a", max_bytes=10**8))
        found.extend(s.text for s in document.sentences if s.role is Role.BODY and len(s.text.split()) >= 6)
    return list(dict.fromkeys(found))


def build_pair(pool: list[str], size: int) -> tuple[list[Sentence], list[Sentence]]:
    """Two documents of ``size`` sentences, the second a rewrite of the first with unrelated sentences mixed in."""
    count = len(pool)
    first: list[str] = []
    for k in range(size):
        head, tail = pool[k % count].split(), pool[(k * 7 + k // count + 3) % count].split()
        first.append(" ".join(head[: len(head) // 2] + tail[len(tail) // 2 :]))
    second: list[str] = []
    for k in range(size):
        if k % 5 == 4:
            words = pool[(k * 13 + 5) % count].split()
            second.append(" ".join(reversed(words[: len(words) // 2])) + " " + " ".join(words[len(words) // 2 :]))
            continue
        source = first[k ^ 1 if k + 1 < size else k].split()
        second.append(" ".join(word for index, word in enumerate(source) if index % 4 != 3))
    return to_sentences(first, "a"), to_sentences(second, "b")


def to_sentences(texts: list[str], document: str) -> list[Sentence]:
    return [Sentence(f"{document}{k + 1}", document, k, 0, len(t), t, t, Role.BODY) for k, t in enumerate(texts)]


def baseline(first: list[Sentence], second: list[Sentence]) -> list[int]:
    """Best match per sentence by difflib ratio over all pairs: the naive aligner."""
    best = []
    for a in first:
        # seq2 is the side difflib indexes, so the sentence scored against all others goes there.
        matcher = difflib.SequenceMatcher(None, "", a.text, autojunk=False)
        scores = []
        for b in second:
            matcher.set_seq1(b.text)
            scores.append(matcher.ratio())
        best.append(max(range(len(second)), key=scores.__getitem__))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="200,2000,20000")
    args = parser.parse_args()
    pool = real_sentences()
    print(f"{len(pool)} real sentences in the pool")
    print(f"{'sentences':>10} {'seconds':>9} {'peak MiB':>9} {'groups':>7} {'growth':>7}")
    times: dict[int, float] = {}
    for size in [int(s) for s in args.sizes.split(",")]:
        first, second = build_pair(pool, size)
        start = time.perf_counter()
        groups = align_sentences(first, second)
        times[size] = time.perf_counter() - start
        tracemalloc.start()
        align_sentences(first, second)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        previous = [t for s, t in times.items() if s < size]
        growth = f"{times[size] / previous[-1]:6.1f}x" if previous else ""
        print(f"{size:>10} {times[size]:9.3f} {peak:9.1f} {len(groups):>7} {growth:>7}")
    if 200 in times:
        first, second = build_pair(pool, 200)
        start = time.perf_counter()
        baseline(first, second)
        naive = time.perf_counter() - start
        print(f"difflib baseline on 200 x 200: {naive:.3f} s; aligner is {naive / times[200]:.0f}x faster")
    first, second = build_pair(pool, 2000)
    pairs = [(first[k].text, second[k ^ 1].text) for k in range(1000)]
    similarity(*pairs[0])  # load the word tables first
    start = time.perf_counter()
    for a, b in pairs:
        similarity(a, b)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    for a, b in pairs:
        difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    naive = time.perf_counter() - start
    print(f"similarity() on 1,000 pairs: {ours:.3f} s (target <= 0.2 s); difflib ratio on the same pairs {naive:.3f} s")


if __name__ == "__main__":
    main()
