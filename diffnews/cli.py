"""The command line: parse options, call the library, write the output.

Exit codes: 0 success, 1 findings (``check``), 2 bad usage or input.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from . import __version__
from .errors import DiffnewsError

FORMATS = ("markdown", "json")


class _InputFailure(click.ClickException):
    """A library error shown as ``Error: ...`` with exit code 2."""

    exit_code = 2


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` and return the exit code; never exits the process."""
    try:
        result = main.main(args=list(argv) if argv is not None else None, prog_name="diffnews", standalone_mode=False)
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.Abort:
        click.echo("Aborted.", err=True)
        return 1
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
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=0.5, show_default=True, help="Lowest score (0-1) at which two sentences count as the same fact.")
@click.option("--max-bytes", type=click.IntRange(1), default=20 * 1024 * 1024, show_default=True, help="Refuse input files larger than this many bytes.")
def compare(files: tuple[str, ...], format_: str, output: str | None, threshold: float, max_bytes: int) -> int:
    """Compare two or more reports of the same event.

    Each FILE is plain text or Markdown (as copied from a browser); '-' reads
    standard input.  The report lists shared facts with a word-level
    difference, details found in only one report, and the lines set aside as
    navigation, credits or boilerplate.

    \b
    Example:
      diffnews compare fixtures/qala-e-naw/rferl-qala-e-naw.txt \\
                       fixtures/qala-e-naw/dw-qala-e-naw.txt -o report.md
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
            click.echo(f"Warning: {warning}", err=True)
    _write(_render(report, format_), output)
    return 0


def _render(report: object, format_: str) -> str:
    if format_ == "json":
        from .render import json as renderer
    else:
        from .render import markdown as renderer  # type: ignore[no-redef]
    return renderer.render(report)  # type: ignore[arg-type]


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
        return
    try:
        with open(output, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as error:
        raise _InputFailure(f"{output}: cannot write: {error.strerror or error}") from None
