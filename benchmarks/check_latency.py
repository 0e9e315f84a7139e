"""Wall time of ``diffnews check`` on the check fixtures, as a ratio to ``python -c pass``.

A pre-commit hook runs on every commit, so its start-up counts.  Both commands
run in fresh interpreters, interleaved, in the same run; the ratio of their
medians is printed, with the import times that dominate.  ``import click`` is
the fixed floor of any click CLI (about 2x on its own).  The package is
byte-compiled first, so a stale cache is not timed as start-up.

    python benchmarks/check_latency.py [--runs N]
"""

from __future__ import annotations

import argparse
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
STORIES = sorted(str(path) for path in (ROOT / "fixtures" / "check" / "stories").glob("*.md"))
TARGET = 3.0


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "diffnews")], check=True, stdout=subprocess.DEVNULL)
    baseline = [sys.executable, "-c", "pass"]
    floor = [sys.executable, "-c", "import click"]
    one = [sys.executable, "-m", "diffnews", "check", STORIES[0]]
    every = [sys.executable, "-m", "diffnews", "check", *STORIES]
    imports = [sys.executable, "-c", "import diffnews.cli, diffnews.check, diffnews.config, diffnews.render.lint"]
    times: dict[str, list[float]] = {"pass": [], "click": [], "import": [], "one": [], "every": []}
    wall(one)  # warm the file cache and byte-code
    for _ in range(runs):
        for name, command in (("pass", baseline), ("click", floor), ("import", imports), ("one", one), ("every", every)):
            times[name].append(wall(command))
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"python -c pass:                  {median['pass'] * 1000:7.1f} ms (median of {runs})")
    print(f"import click (fixed floor):      {median['click'] * 1000:7.1f} ms  ratio {median['click'] / median['pass']:.2f}x")
    print(f"import diffnews (check path):    {median['import'] * 1000:7.1f} ms  ratio {median['import'] / median['pass']:.2f}x")
    print(f"diffnews check, 1 story:         {median['one'] * 1000:7.1f} ms  ratio {median['one'] / median['pass']:.2f}x")
    print(f"diffnews check, {len(STORIES)} stories:       {median['every'] * 1000:7.1f} ms  ratio {median['every'] / median['pass']:.2f}x"
          f"  (target <= {TARGET:.0f}x)")


if __name__ == "__main__":
    main()
