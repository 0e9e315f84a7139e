"""The command line: parse options, call the library, write the output.

Exit codes: 0 success, 1 findings (``check``), 2 bad usage or input.
"""

from __future__ import annotations

import errno
import math
import os
import sys
from collections.abc import Sequence

import click

from . import __version__
from .display import escape_unprintable
from .errors import DiffnewsError

FORMATS = ("markdown", "json", "html")
_REDIRECT = "redirect the output to a file or a pipe"


class _InputFailure(click.ClickException):
    """A library error shown as ``Error: ...`` with exit code 2."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(escape_unprintable(message))  # one line, whatever a file name or a server put in it


class _Score(click.FloatRange):
    """A score from 0 to 1.  click's range lets "nan" through: it compares false with both bounds."""

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> float:
        """Read the score, refusing nan as out of range."""
        score: float = super().convert(value, param, ctx)
        if math.isnan(score):
            self.fail(f"{value!r} is not a number from 0 to 1.", param, ctx)
        return score


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` and return the exit code; never exits the process."""
    _quiet_closed_standard_error()
    try:
        result = main.main(args=list(argv) if argv is not None else None, prog_name="diffnews", standalone_mode=False)
    except click.ClickException as error:
        _show(error)
        return error.exit_code
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.Abort as error:
        click.echo("Aborted.", err=True)
        # click turns Ctrl-C into Abort; a shell reports an interrupted command as 128 + SIGINT.
        return 130 if isinstance(error.__cause__, KeyboardInterrupt) else 1
    except KeyboardInterrupt:
        return 130
    return result if isinstance(result, int) else 0


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="diffnews")
def main() -> None:
    """Compare news reports of the same event from different outlets.

    diffnews lines up the sentences that tell the same fact, then reports what
    the outlets share, what only one of them says, where their numbers disagree
    and who each claim comes from.

    Run 'diffnews COMMAND --help' for the options of a command.
    """


@main.command()
@click.argument("files", nargs=-1, required=True, metavar="A B [C...]")
@click.option("-f", "--format", "format_", type=click.Choice(FORMATS), default="markdown", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the report to this file instead of standard output.")
@click.option("--threshold", type=_Score(0.0, 1.0), default=0.5, show_default=True, help="Lowest score (0-1) at which two sentences count as the same fact.")
@click.option("--max-bytes", type=click.IntRange(1), default=20 * 1024 * 1024, show_default=True, help="Refuse input files larger than this many bytes.")
@click.option("--questions", is_flag=True, help="Add discussion questions for class (markdown and html formats).")
def compare(files: tuple[str, ...], format_: str, output: str | None, threshold: float, max_bytes: int, questions: bool) -> int:
    """Compare two or more reports of the same event.

    Each FILE is plain text or Markdown (as copied from a browser), a saved
    web page (.html) or an http(s) URL; '-' reads standard input.  The report lists shared facts with a word-level
    difference, figures that conflict or agree, names spelled differently,
    who each claim is credited to, details found in only one report, and the
    lines set aside as navigation, credits or boilerplate.  '--format html' writes one
    self-contained page for class, with the articles side by side.

    \b
    Example:
      diffnews compare fixtures/qala-e-naw/rferl-qala-e-naw.txt \\
                       fixtures/qala-e-naw/dw-qala-e-naw.txt -o report.md
      diffnews compare A.txt B.txt --format html --questions -o class.html
    """
    from .model import Options
    from .pipeline import compare_files

    if len(files) < 2:
        raise click.UsageError("give at least two files to compare (A B), or '-' for standard input")
    try:
        report = compare_files(files, options=Options(threshold=threshold, max_bytes=max_bytes))
    except DiffnewsError as error:
        raise _InputFailure(str(error)) from None
    for document in report.documents:
        for warning in document.article.warnings:
            _say("Warning", warning)
    _write(_render(report, format_, questions=questions), output, instead=f"give -o FILE or {_REDIRECT}")
    return 0


@main.command()
@click.argument("pairs_file", type=click.Path(dir_okay=False, allow_dash=True), metavar="PAIRS_FILE")
@click.option("-o", "--output-dir", required=True, type=click.Path(file_okay=False), help="Directory for the reports (created if missing).")
@click.option("-f", "--format", "format_", type=click.Choice(FORMATS), default="markdown", show_default=True, help="Report format.")
@click.option("-j", "--jobs", type=click.IntRange(0), default=0, show_default=True, help="Processes to run at once; 0 uses every core.")
@click.option("--threshold", type=_Score(0.0, 1.0), default=0.5, show_default=True, help="Lowest score (0-1) at which two sentences count as the same fact.")
@click.option("--max-bytes", type=click.IntRange(1), default=20 * 1024 * 1024, show_default=True, help="Refuse input files larger than this many bytes.")
def batch(pairs_file: str, output_dir: str, format_: str, jobs: int, threshold: float, max_bytes: int) -> int:
    """Compare many pairs of reports, writing one report per pair.

    PAIRS_FILE lists one pair a line: two files or URLs separated by a tab
    (or by spaces, quoting paths that contain spaces); lines starting with
    '#' are skipped.
    Reports are named N-A--B.md after the pair's position and files.  A pair
    that cannot be compared gets one 'Error:' line and the others go on; the
    exit code is then 2.

    \b
    Example:
      printf 'a1.txt\\tb1.txt\\na2.html\\tb2.html\\n' > pairs.tsv
      diffnews batch pairs.tsv -o reports/ --jobs 2
    """
    from .batch import read_pairs, run_batch
    from .model import Options

    try:
        from .decode import read_source

        text = read_source(pairs_file, max_bytes=max_bytes).decode("utf-8-sig", errors="replace")
        pairs = read_pairs(text, name=pairs_file, outdir=output_dir, format=format_)
        os.makedirs(output_dir, exist_ok=True)
    except DiffnewsError as error:
        raise _InputFailure(str(error)) from None
    except OSError as error:
        raise _InputFailure(f"{output_dir}: cannot create: {error.strerror or error}") from None
    failed = 0
    with click.progressbar(length=len(pairs), label="Comparing", file=sys.stderr) if sys.stderr.isatty() else _NoProgress() as bar:

        def done(result: object) -> None:
            nonlocal failed
            for warning in result.warnings:  # type: ignore[attr-defined]
                _say("Warning", warning)
            if result.error:  # type: ignore[attr-defined]
                failed += 1
                _say("Error", f"{pairs_file}:{result.pair.line}: {result.error}")  # type: ignore[attr-defined]
            bar.update(1)

        run_batch(pairs, format=format_, options=Options(threshold=threshold, max_bytes=max_bytes), jobs=jobs, on_done=done)
    if failed:
        raise click.exceptions.Exit(2)  # each failure was already reported on its own line
    return 0


@main.command()
@click.argument("stories", nargs=-1, required=True, metavar="STORY...")
@click.option("-s", "--source", "sources", multiple=True, metavar="WIRE", help="Source (wire copy) to check against; repeat for several. Overrides front matter and config.")
@click.option("--fail-on", type=click.Choice(("error", "warning", "info", "never")), default=None, help="Lowest severity that fails the run (exit 1)  [default: config's fail-on, else error]")
@click.option("-f", "--format", "format_", type=click.Choice(("lint", "json")), default="lint", show_default=True, help="Output format.")
@click.option("--config", "config", type=click.Path(dir_okay=False), default=None, help="setup.cfg to read instead of the nearest one with a [tool:diffnews] section.")
@click.option("--dropped", is_flag=True, help="Also report source figures the story dropped (number-dropped, info).")
def check(stories: tuple[str, ...], sources: tuple[str, ...], fail_on: str | None, format_: str, config: str | None, dropped: bool) -> int:
    """Check edited stories against the wire copy they were written from.

    Reports changed figures, figures no source gives, altered or
    misattributed direct quotes and misspelled names, one line each:
    'path:line:col: CODE severity message'.  Sources come from --source,
    else the story's front matter ('sources: [wire/ap-123.txt]'), else
    setup.cfg [tool:diffnews].  Warnings are printed even when they do not
    fail the run.  Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
    2 bad usage or input.  Rules: docs/check.md.

    \b
    Example:
      diffnews check stories/floods.md --source wire/ap-floods.txt
      diffnews check stories/*.md --fail-on warning --format json
    """
    from .config import check_files
    from .model import Severity
    from .render.lint import render_json, render_lines, summarize

    try:
        result = check_files(stories, sources=sources, config=config, dropped=True if dropped else None)
    except DiffnewsError as error:
        raise _InputFailure(str(error)) from None
    for warning in result.warnings:
        _say("Warning", warning)
    threshold = fail_on or result.fail_on or "error"
    failed = threshold != "never" and any(f.severity.at_least(Severity(threshold)) for f in result.findings)
    if format_ == "json":
        text = render_json(result.findings, errors=result.errors, suppressed=result.suppressed, failed=failed)
    else:
        text = render_lines(result.findings)
    _write(text, None, instead=_REDIRECT)
    for error in result.errors:
        _say("Error", error)
    if format_ == "lint" and (result.findings or result.suppressed):
        click.echo(summarize(result.findings, stories=len(stories), suppressed=result.suppressed), err=True)
    return 2 if result.errors else 1 if failed else 0



class _NoProgress:
    """Stands in for a progress bar when standard error is not a terminal."""

    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, steps: int) -> None:
        """Ignore progress."""


def _quiet_closed_standard_error() -> None:
    """Send messages to the null device when standard error is closed ("2>&-"), never to standard output."""
    # Python sets sys.stderr to None when descriptor 2 is closed at start-up.  click.echo(err=True) then drops the
    # message, but ClickException.show() passes None on as its file and echo() takes that as standard output, in
    # the middle of a piped report; batch's progress check (sys.stderr.isatty) failed outright.
    if sys.stderr is None:
        # Kept open for the rest of the run.  Opened first, it also takes descriptor 2, the lowest free one when
        # only that is closed, so no file opened later gets it.
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def _show(error: click.ClickException) -> None:
    """Show a click error as click does, its message on one line whatever a value or file name in it holds."""
    # click quotes most values it echoes with repr, but not all: "Got unexpected extra argument (...)" shows them
    # as typed, and so did click 8.1's "No such option: ...".  Values are in the message (a parameter hint is only
    # the option's own name).  Our own messages are escaped already; escaping again changes nothing.
    error.message = escape_unprintable(error.message)
    error.show()


def _say(label: str, message: str) -> None:
    """Print a warning or an error on one line of standard error, whatever a file name in it holds."""
    click.echo(f"{label}: {escape_unprintable(message)}", err=True)


def _render(report: object, format_: str, *, questions: bool = False) -> str:
    if format_ == "json":
        from .render import json as renderer

        return renderer.render(report)  # type: ignore[arg-type]
    if format_ == "html":
        from .render import html as page

        return page.render(report, questions=questions)  # type: ignore[arg-type]
    from .render import markdown

    return markdown.render(report, questions=questions)  # type: ignore[arg-type]


def _write(text: str, output: str | None, *, instead: str) -> None:
    """Write text to the output file, else to standard output; ``instead`` says what to do when that is closed."""
    if output is None:
        if sys.stdout is None:  # started with standard output closed (">&-")
            if text:
                raise _InputFailure(f"standard output is closed; {instead}")
            return
        try:
            _write_all(text.encode("utf-8"))
        except BrokenPipeError:
            raise  # the reader left ("| head -1"): click ends the run quietly with exit code 1, as Python's recipe does
        except OSError as error:
            _discard_standard_output()
            raise _InputFailure(f"cannot write to standard output: {error.strerror or error}") from None
        return
    try:
        with open(output, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as error:
        raise _InputFailure(f"{output}: cannot write: {error.strerror or error}") from None


def _write_all(data: bytes) -> None:
    """Write every byte to standard output; unbuffered (python -u, PYTHONUNBUFFERED), one write may take only part."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text stream put in its place, such as io.StringIO
        sys.stdout.write(data.decode("utf-8"))
    else:
        view = memoryview(data)
        while view:
            written = buffer.write(view)
            if not written:  # a full non-blocking stream: waiting here would spin
                raise BlockingIOError(errno.EAGAIN, os.strerror(errno.EAGAIN))
            view = view[written:]
    sys.stdout.flush()


def _discard_standard_output() -> None:
    """Point standard output at the null device: what is left in its buffer would fail again when Python exits."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (AttributeError, OSError, ValueError):  # no file behind it, such as a test's capture
        pass
