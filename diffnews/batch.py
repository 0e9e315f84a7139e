"""Compare many pairs of articles, one report per pair, on all cores.

A pairs file lists one pair a line: two paths (or URLs) separated by a tab,
or by spaces with shell-style quoting for paths that contain spaces.  Blank
lines and lines starting with ``#`` are skipped.  Reports are named after the
pair's position and its two files, so a run writes the same files whatever
the number of jobs.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import re
import shlex
from collections.abc import Callable, Iterator, Sequence

from .display import escape_unprintable
from .errors import DiffnewsError, InputError
from .model import Options

SUFFIXES = {"markdown": "md", "json": "json", "html": "html"}


@dataclasses.dataclass(frozen=True, slots=True)
class Pair:
    """Two inputs to compare, and where their report goes."""

    line: int
    """1-based line number in the pairs file."""
    inputs: tuple[str, str]
    """The two paths or URLs, as written."""
    output: str
    """Path of the report file to write."""


@dataclasses.dataclass(frozen=True, slots=True)
class PairResult:
    """What became of one pair."""

    pair: Pair
    """The pair."""
    error: str = ""
    """The one-line error when the pair could not be compared, else ``""``."""
    warnings: tuple[str, ...] = ()
    """Warnings from loading its inputs, such as a guessed encoding."""


def read_pairs(text: str, *, name: str, outdir: str, format: str) -> list[Pair]:
    """Parse a pairs file and name each pair's report file in ``outdir``.

    >>> [(p.inputs, p.output) for p in read_pairs("a.txt\\tb.txt\\n# note\\n'c d.txt' e.txt\\n", name="p", outdir="out", format="json")]
    [(('a.txt', 'b.txt'), 'out/1-a--b.json'), (('c d.txt', 'e.txt'), 'out/2-c_d--e.json')]
    """
    entries: list[tuple[int, tuple[str, str]]] = []
    name = escape_unprintable(name)
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            fields = [field.strip() for field in raw.split("\t") if field.strip()] if "\t" in raw else shlex.split(line)
        except ValueError as error:
            raise InputError(f"{name}:{number}: {error}; quote paths with spaces or separate them with a tab") from None
        if len(fields) != 2:
            raise InputError(f"{name}:{number}: expected two paths separated by a tab or spaces, found {len(fields)}")
        entries.append((number, (fields[0], fields[1])))
    if not entries:
        raise InputError(f"{name}: lists no pairs; write two paths a line, separated by a tab")
    suffix = SUFFIXES.get(format, format)
    return [
        Pair(line=number, inputs=inputs, output=os.path.join(outdir, f"{index}-{_stem(inputs[0])}--{_stem(inputs[1])}.{suffix}"))
        for index, (number, inputs) in enumerate(entries, start=1)
    ]


def run_batch(
    pairs: Sequence[Pair],
    *,
    format: str,
    options: Options = Options(),
    jobs: int = 0,
    on_done: Callable[[PairResult], None] | None = None,
) -> list[PairResult]:
    """Compare every pair and write its report, on ``jobs`` processes (0: all cores); results keep the pairs' order."""
    jobs = jobs or os.cpu_count() or 1
    tasks = [(pair, format, options) for pair in pairs]
    results: list[PairResult] = []
    for result in _map(tasks, jobs=min(jobs, len(tasks))):
        results.append(result)
        if on_done:
            on_done(result)
    return results


def _map(tasks: list[tuple[Pair, str, Options]], *, jobs: int) -> Iterator[PairResult]:
    if jobs <= 1:
        yield from map(_compare_pair, tasks)
        return
    import multiprocessing

    from . import pipeline  # noqa: F401 - import the stages once, before the workers fork
    # chunksize 1: pairs differ a lot in size, so hand them out one at a time.
    with multiprocessing.Pool(jobs) as pool:
        yield from pool.imap(_compare_pair, tasks, chunksize=1)


def _compare_pair(task: tuple[Pair, str, Options]) -> PairResult:
    """Compare one pair and write its report; turn input errors, and any defect the pair meets, into a result."""
    from .pipeline import compare_files

    pair, format, options = task
    try:
        report = compare_files(pair.inputs, options=options)
        text = render(report, format)
        with open(pair.output, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except DiffnewsError as error:
        return PairResult(pair, error=str(error))
    except OSError as error:
        return PairResult(pair, error=f"{escape_unprintable(pair.output)}: cannot write: {error.strerror or error}")
    except Exception as error:  # noqa: BLE001 - a defect met on one pair must not stop the other pairs
        message = " ".join(str(error).split())[:200]
        return PairResult(pair, error=f"internal error on this pair ({type(error).__name__}: {message}); "
                                      "please report it with the two inputs")
    warnings = tuple(warning for document in report.documents for warning in document.article.warnings)
    return PairResult(pair, warnings=warnings)


def render(report: object, format: str) -> str:
    """Render a report with the renderer module named after the format (``diffnews.render.<format>``)."""
    renderer = importlib.import_module(f".render.{format}", package=__package__)
    return renderer.render(report)  # type: ignore[no-any-return]


def _stem(path: str) -> str:
    """A short, file-system-safe name for an input."""
    base = path.rstrip("/").rsplit("/", 1)[-1] or path
    base = re.sub(r"\.(?:txt|md|markdown|html?|xhtml)$", "", base, flags=re.IGNORECASE)
    return re.sub(r"[^\w.-]+", "_", base)[:60] or "input"
