"""Whole-pipeline timings: wall time and peak memory of ``diffnews`` runs, as ratios to baselines from the same run.

    python benchmarks/pipeline.py               # seed pair, 300-sentence pair, 200 KB sentence, 100-pair batch
    python benchmarks/pipeline.py --quick       # fewer repetitions, a 20-pair batch
    python benchmarks/pipeline.py --properties  # also the property tests with 5,000 examples (DIFFNEWS_SLOW=1)

Each run is a fresh ``python -m diffnews`` process, timed from outside; the
figure is the best of several runs (the least disturbed by other load), and
peak memory is the child's maximum resident set size.  The seed pair is shown
as a ratio to ``python -c pass``; the batch on 2 jobs as a speed-up over 1 job.
``python -c "import click"`` is shown too: the CLI is click by design, so that
part of the ratio (about 2x on its own) is fixed.  The package is byte-compiled
first, so a stale cache after an edit (recompiled on every run when
``PYTHONDONTWRITEBYTECODE`` is set) is not timed as start-up.
"""

from __future__ import annotations

import os
import pathlib
import random
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "qala-e-naw").glob("*.txt"))
DEV_PAIRS = ROOT.parent / "shared" / "dev-pairs"


def measure(argv: list[str], *, repeat: int) -> tuple[float, float]:
    """Best wall time (s) and peak memory (MB) of a command over ``repeat`` runs."""
    best_time, peak = float("inf"), 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{' '.join(argv)} failed:\n{error}")
        best_time, peak = min(best_time, elapsed), max(peak, usage.ru_maxrss / 1024)
    return best_time, peak


def diffnews(*args: str) -> list[str]:
    return [sys.executable, "-m", "diffnews", *args]


def _sentences() -> list[str]:
    """Real news sentences: the seed pair, and the dev pairs when they are present."""
    sys.path.insert(0, str(ROOT))
    from diffnews.load import load_file
    from diffnews.segment import segment_article

    paths = SEEDS + (sorted(DEV_PAIRS.glob("*.txt")) if DEV_PAIRS.is_dir() else [])
    found: list[str] = []
    for path in paths:
        document = segment_article(load_file(str(path), id="a", max_bytes=10**7))
        found += [s.text for s in document.sentences if s.role.value == "body"]
    return found


def write_long_pair(folder: pathlib.Path, count: int) -> tuple[str, str]:
    """Two articles of ``count`` sentences sharing about half their sentences, some with changed figures.

    Each article's sentences are distinct (drawn without replacement): the segmenter sets aside a long sentence
    said again word for word, so repeats would leave less to align.  Only without the dev pairs, whose sentences
    fill the pool, do they repeat.
    """
    rng = random.Random(300)
    distinct = sorted(set(_sentences()))
    rng.shuffle(distinct)
    picks = (distinct * (count // len(distinct) + 1))[:count]
    spare = distinct[count:]
    other = [s if rng.random() < 0.5 or not spare else spare.pop() for s in picks]
    other = [s.replace("1", "2", 1) if rng.random() < 0.1 else s for s in other]
    paths = []
    for name, sentences in (("long-a.txt", picks), ("long-b.txt", other)):
        paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        (folder / name).write_text(f"A long report {name}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(str(folder / name))
    return paths[0], paths[1]


def write_huge_sentence(folder: pathlib.Path) -> str:
    rng = random.Random(8)
    words = "the fire hit town officials said police were there people many houses army troops took control of district".split()
    line = " ".join(rng.choice(words) for _ in range(40_000))[:200_000]
    (folder / "huge.txt").write_text("Transcript\n\n" + line + "\n", encoding="utf-8")
    return str(folder / "huge.txt")


def write_pairs(folder: pathlib.Path, count: int) -> str:
    """A pairs file of ``count`` real article pairs (dev pairs and the seed pair, repeated)."""
    pairs = [(str(SEEDS[1]), str(SEEDS[0]))]
    if DEV_PAIRS.is_dir():
        a_files = sorted(DEV_PAIRS.glob("*_a.txt"))
        pairs += [(str(a), str(a.with_name(a.name[:-6] + "_b.txt"))) for a in a_files if a.with_name(a.name[:-6] + "_b.txt").exists()]
    lines = [f"{pairs[i % len(pairs)][0]}\t{pairs[i % len(pairs)][1]}" for i in range(count)]
    (folder / "pairs.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(folder / "pairs.tsv")


def main() -> None:
    """Print timings and ratios."""
    quick = "--quick" in sys.argv
    repeat = 3 if quick else 7
    batch_size = 20 if quick else 100
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; best of {repeat} runs")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "diffnews")], check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as scratch:
        folder = pathlib.Path(scratch)
        baseline, base_memory = measure([sys.executable, "-c", "pass"], repeat=repeat)
        print(f"{'python -c pass':44} {baseline * 1000:8.0f} ms {base_memory:7.1f} MB")
        floor, memory = measure([sys.executable, "-c", "import click"], repeat=repeat)
        label = 'python -c "import click" (fixed floor)'
        print(f"{label:44} {floor * 1000:8.0f} ms {memory:7.1f} MB   {floor / baseline:5.1f}x python -c pass")
        seed, memory = measure(diffnews("compare", str(SEEDS[1]), str(SEEDS[0])), repeat=repeat)
        print(f"{'seed pair (compare, markdown)':44} {seed * 1000:8.0f} ms {memory:7.1f} MB   {seed / baseline:5.1f}x python -c pass (target <= 3x)")
        help_time, memory = measure(diffnews("--version"), repeat=repeat)
        print(f"{'diffnews --version (import floor)':44} {help_time * 1000:8.0f} ms {memory:7.1f} MB   {help_time / baseline:5.1f}x python -c pass")
        long_a, long_b = write_long_pair(folder, 300)
        elapsed, memory = measure(diffnews("compare", long_a, long_b, "-f", "json"), repeat=max(1, repeat // 2))
        print(f"{'two 300-sentence articles':44} {elapsed * 1000:8.0f} ms {memory:7.1f} MB   {elapsed / seed:5.1f}x seed pair")
        huge = write_huge_sentence(folder)
        elapsed, memory = measure(diffnews("compare", huge, str(SEEDS[0])), repeat=1)
        print(f"{'200 KB sentence vs seed article':44} {elapsed * 1000:8.0f} ms {memory:7.1f} MB   {elapsed / seed:5.1f}x seed pair")
        pairs = write_pairs(folder, batch_size)
        one, memory = measure(diffnews("batch", pairs, "-o", str(folder / "out1"), "--jobs", "1"), repeat=1)
        print(f"{f'{batch_size}-pair batch, 1 job':44} {one * 1000:8.0f} ms {memory:7.1f} MB")
        two, memory = measure(diffnews("batch", pairs, "-o", str(folder / "out2"), "--jobs", "2"), repeat=1)
        print(f"{f'{batch_size}-pair batch, 2 jobs':44} {two * 1000:8.0f} ms {memory:7.1f} MB   {one / two:5.2f}x faster than 1 job (target >= 1.6x)")
        same = all((folder / "out1" / p.name).read_bytes() == p.read_bytes() for p in (folder / "out2").iterdir())
        print(f"batch reports identical on 1 and 2 jobs: {same}")
    if "--properties" in sys.argv:
        print("property tests, 5,000 examples each (DIFFNEWS_SLOW=1):", flush=True)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "tests/test_properties.py"], cwd=ROOT, env={**os.environ, "DIFFNEWS_SLOW": "1"})
        print(f"property tests {'passed' if done.returncode == 0 else 'FAILED'} in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
