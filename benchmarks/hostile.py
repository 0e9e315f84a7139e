"""Hostile inputs well under the size limit: wall time of ``diffnews compare`` on each, as a ratio to the seed pair.

    python benchmarks/hostile.py                      # every case
    python benchmarks/hostile.py lines figures        # the cases whose name contains "lines" or "figures"
    python benchmarks/hostile.py --root /tmp/old      # time another tree's diffnews (run from that root)
    python benchmarks/hostile.py --timeout 120        # give up on a case after 120 s (default 600)

Each case is a small function in ``CASES`` that writes its input into a temporary folder, the same bytes on
every run (fixed seeds, no clock), and returns the files to compare.  Each command runs once in a fresh
``python -m diffnews`` process, timed from outside, next to the seed pair timed in the same run (best of 3),
since the machine is shared and only same-run ratios mean anything.
"""

from __future__ import annotations

import pathlib
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "qala-e-naw").glob("*.txt"))
DEV_PAIRS = ROOT.parent / "shared" / "dev-pairs"

Case = Callable[[pathlib.Path], list[str]]
CASES: list[Case] = []


def case(function: Case) -> Case:
    """Add a case to ``CASES``."""
    CASES.append(function)
    return function


def _surnames(count: int) -> list[str]:
    """``count`` distinct made-up surnames."""
    syllables = ["ka", "lo", "mi", "ran", "so", "te", "vu", "zel", "nor", "bis"]
    return [("".join(syllables[(i // 10**k) % 10] for k in range(5))).capitalize() for i in range(count)]


def _write(folder: pathlib.Path, name: str, lines: list[str]) -> str:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


@case
def attributed_lines(folder: pathlib.Path) -> list[str]:
    """20,000 short attributed lines a side, each surname new: resolving each source searched all earlier text."""
    paths = []
    for side, names in (("a", _surnames(5000)), ("b", _surnames(5000)[::-1])):
        lines = ["The Interior Ministry opened an inquiry."]
        for surname in names:
            lines += [f"Governor Ana {surname} visited the site.", f"{surname} said the roads were closed.",
                      "He said the police were there.", "The ministry said it was calm."]
        paths.append(_write(folder, f"lines-{side}.txt", lines))
    return paths


def _real_sentences(*, with_figure: bool = False) -> list[str]:
    """Sentences of the seed pair and the dev pairs (when present), split at sentence ends; ``with_figure``: only
    those with a digit, and the sentences of the number fixtures."""
    paths = SEEDS + (sorted(DEV_PAIRS.glob("*.txt")) if DEV_PAIRS.is_dir() else [])
    found = []
    for path in paths:
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", paragraph)]
            found += [s for s in sentences if 40 <= len(s) <= 300]
    if with_figure:
        found = [s for s in found if re.search(r"\d", s)]
        for path in sorted((ROOT / "fixtures" / "numbers").glob("*.json")):
            found += re.findall(r'"text": "((?:[^"\\]|\\.){40,300})"', path.read_text(encoding="utf-8"))
    return sorted(set(found))


def _two_reports(folder: pathlib.Path, name: str, pool: list[str], count: int, seed: int) -> list[str]:
    """Two reports of ``count`` sentences from ``pool``: the second keeps about half of the first, some with a
    digit changed, and draws the rest anew."""
    rng = random.Random(seed)
    first = [rng.choice(pool) for _ in range(count)]
    second = [s if rng.random() < 0.5 else rng.choice(pool) for s in first]
    second = [re.sub(r"\d", lambda m: str((int(m.group()) + 1) % 10), s, count=1) if rng.random() < 0.2 else s
              for s in second]
    paths = []
    for side, sentences in (("a", first), ("b", second)):
        paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, count, 3)]
        paths.append(_write(folder, f"{name}-{side}.txt", [f"Report {side}", "", *"\n\n".join(paragraphs).split("\n")]))
    return paths


@case
def figures_real_sentences(folder: pathlib.Path) -> list[str]:
    """2,000 real sentences with a figure a side: match_figures tried every pair of figures."""
    return _two_reports(folder, "figures-real", _real_sentences(with_figure=True), 2000, 11)


@case
def figures_bare_numbers(folder: pathlib.Path) -> list[str]:
    """4,000 lines a side of a few common words and "number N" (like the audit's m4000): every figure a count of
    nothing named, all sharing words."""
    words = "troops said police officials minister homes water fled people border storm the government town".split()
    paths = []
    for side, step in (("a", 1), ("b", 3)):
        rng = random.Random(side)
        lines = [" ".join(rng.choice(words) for _ in range(6)).capitalize() + f" number {n * step}."
                 for n in range(4000)]
        paths.append(_write(folder, f"figures-bare-{side}.txt", lines))
    return paths


@case
def figures_money(folder: pathlib.Path) -> list[str]:
    """3,000 amounts of money a side, of like sizes: every pair of them names one kind of thing."""
    places = _surnames(300)
    paths = []
    for side in "ab":
        rng = random.Random(side)
        lines = [f"The {rng.choice(places)} district spent ${rng.randint(100, 999)} million on "
                 f"{rng.choice(['roads', 'schools', 'water'])} in {rng.randint(1990, 2020)}." for _ in range(3000)]
        paths.append(_write(folder, f"figures-money-{side}.txt", lines))
    return paths


def _many_reports(folder: pathlib.Path, count: int, size: int) -> list[str]:
    """``count`` reports of one story of ``size`` real sentences: each keeps about two thirds of the story's
    sentences in its order, some with a digit changed, and draws the rest anew."""
    rng = random.Random(27)
    pool = _real_sentences() + _real_sentences(with_figure=True)
    story = [rng.choice(pool) for _ in range(size)]
    paths = []
    for number in range(count):
        sentences = [s if rng.random() < 0.65 else rng.choice(pool) for s in story]
        sentences = [re.sub(r"\d", lambda m: str((int(m.group()) + 1) % 10), s, count=1)
                     if rng.random() < 0.1 else s for s in sentences]
        paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, size, 3)]
        lines = [f"Report {number + 1}", "", *"\n\n".join(paragraphs).split("\n")]
        paths.append(_write(folder, f"report-{number + 1}.txt", lines))
    return paths


@case
def many_documents(folder: pathlib.Path) -> list[str]:
    """27 reports of 280 sentences: one alignment per pair of reports is expected, nothing worse."""
    return _many_reports(folder, 27, 280)


@case
def long_word(folder: pathlib.Path) -> list[str]:
    """A 50,000-character word in a short line, against the DW seed article (the load patterns read on from each
    character of it: over a minute before session 20)."""
    rng = random.Random(50)
    word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(50_000))
    return [_write(folder, "word.txt", ["Storm hits coast", "", f"Officials said {word} today."]), str(SEEDS[0])]


def run(argv: list[str], cwd: pathlib.Path, timeout: float) -> float:
    """Wall time (s) of one run; ``inf`` when it timed out.  A failing run stops the benchmark."""
    start = time.perf_counter()
    try:
        done = subprocess.run(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return float("inf")
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed:\n{done.stderr.decode(errors='replace')}")
    return time.perf_counter() - start


def main() -> None:
    """Print each case's wall time and its ratio to the seed pair."""
    args = sys.argv[1:]
    root, timeout = ROOT, 600.0
    if "--root" in args:
        root = pathlib.Path(args.pop(args.index("--root") + 1)).resolve()
        args.remove("--root")
    if "--timeout" in args:
        timeout = float(args.pop(args.index("--timeout") + 1))
        args.remove("--timeout")
    chosen = [c for c in CASES if not args or any(word in c.__name__ for word in args)]
    # Byte-compile first, so a stale cache (recompiled on every run under PYTHONDONTWRITEBYTECODE) is not timed.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "diffnews")], check=True,
                   stdout=subprocess.DEVNULL)
    compare = [sys.executable, "-m", "diffnews", "compare", "-f", "json"]
    seed = min(run([*compare, str(SEEDS[1]), str(SEEDS[0])], root, timeout) for _ in range(3))
    print(f"diffnews from {root}; python {sys.version.split()[0]}")
    print(f"{'seed pair':36} {seed * 1000:10.0f} ms")
    with tempfile.TemporaryDirectory() as scratch:
        for number, make in enumerate(chosen):
            folder = pathlib.Path(scratch) / str(number)
            folder.mkdir()
            paths = make(folder)
            elapsed = run([*compare, *paths], root, timeout)
            shown = f"> {timeout:.0f} s (timed out)" if elapsed == float("inf") else f"{elapsed * 1000:7.0f} ms"
            print(f"{make.__name__:36} {shown:>13}   {elapsed / seed:8.1f}x seed pair", flush=True)


if __name__ == "__main__":
    main()
