"""The command line: help, version, output, and one-line errors with exit code 2."""

from __future__ import annotations

import json
import os
import pathlib
import threading
import time

import pytest
from click.testing import CliRunner

from diffnews import __version__, decode
from diffnews.cli import main, run

from .conftest import FIXTURES

SEED_A = str(FIXTURES / "qala-e-naw" / "rferl-qala-e-naw.txt")
SEED_B = str(FIXTURES / "qala-e-naw" / "dw-qala-e-naw.txt")


def invoke(*args: str, input: bytes | None = None):  # noqa: ANN201
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"diffnews, version {__version__}\n"


@pytest.mark.parametrize("args", [["--help"], ["compare", "--help"]], ids=["main", "compare"])
def test_help_explains_itself(args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 0
    assert "Compare" in result.stdout
    assert "Usage:" in result.stdout


def test_compare_writes_markdown_to_stdout() -> None:
    result = invoke("compare", SEED_A, SEED_B)
    assert result.exit_code == 0
    assert result.stdout.startswith("# diffnews report\n")


def test_compare_writes_json_to_file(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "report.json"
    result = invoke("compare", SEED_A, SEED_B, "--format", "json", "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert [d["id"] for d in json.loads(target.read_text(encoding="utf-8"))["documents"]] == ["a", "b"]


def test_compare_reads_standard_input() -> None:
    data = pathlib.Path(SEED_B).read_bytes()
    result = invoke("compare", SEED_A, "-", "--format", "json", input=data)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["documents"][1]["path"] == "-"


def _bad_inputs(tmp: pathlib.Path) -> dict[str, tuple[str, str]]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_bytes(b"  \n\t\n \n")
    (tmp / "binary.dat").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return {
        "missing": (str(tmp / "nope.txt"), f"Error: {tmp / 'nope.txt'}: no such file\n"),
        "directory": (str(tmp), f"Error: {tmp}: is a directory, not a file\n"),
        "empty": (str(tmp / "empty.txt"), f"Error: {tmp / 'empty.txt'}: is empty; give an article with some text\n"),
        "whitespace": (str(tmp / "blank.txt"), f"Error: {tmp / 'blank.txt'}: is empty; give an article with some text\n"),
        "binary": (
            str(tmp / "binary.dat"),
            f"Error: {tmp / 'binary.dat'}: looks like a binary file (it contains NUL bytes); give a text, Markdown or HTML file\n",
        ),
    }


@pytest.mark.parametrize("case", ["missing", "directory", "empty", "whitespace", "binary"])
def test_bad_input_gets_one_line_error_and_exit_2(case: str, tmp_path: pathlib.Path) -> None:
    path, message = _bad_inputs(tmp_path)[case]
    result = invoke("compare", SEED_A, path)
    assert result.exit_code == 2
    assert result.stderr == message
    assert result.stdout == ""


def test_too_large_input_is_refused(tmp_path: pathlib.Path) -> None:
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_text("A fire hit the town.", encoding="utf-8")
    big.write_text("Word " * 100, encoding="utf-8")
    result = invoke("compare", str(small), str(big), "--max-bytes", "100")
    assert result.exit_code == 2
    assert result.stderr == f"Error: {big}: larger than the 100-byte limit; split it or raise --max-bytes\n"


def test_one_file_is_a_usage_error() -> None:
    result = invoke("compare", SEED_A)
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: give at least two files to compare (A B), or '-' for standard input\n")


@pytest.mark.parametrize("command", [["compare", SEED_A, SEED_B], ["batch", SEED_A, "-o", "reports"]], ids=["compare", "batch"])
@pytest.mark.parametrize("value", ["nan", "NaN", "-nan"])
def test_threshold_nan_is_a_usage_error(command: list[str], value: str) -> None:
    # nan compares false with both bounds of a range, so a plain range check lets it through.
    result = invoke(*command, "--threshold", value)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"Error: Invalid value for '--threshold': '{value}' is not a number from 0 to 1."


def test_run_returns_exit_code_instead_of_exiting(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["compare", SEED_A, str(tmp_path / "nope.txt")]) == 2
    assert capsys.readouterr().err == f"Error: {tmp_path / 'nope.txt'}: no such file\n"
    assert run(["--version"]) == 0


def test_an_interrupted_run_exits_as_a_shell_expects(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("diffnews.pipeline.compare_files", interrupted)
    assert run(["compare", SEED_A, SEED_B]) == 130  # 128 + SIGINT
    assert capsys.readouterr().err.endswith("Aborted.\n")


def test_windows_1252_input_is_read_with_a_warning(tmp_path: pathlib.Path) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Officials said the \u201cattack\u201d was repelled.\n".encode("cp1252"))
    result = invoke("compare", SEED_A, str(legacy))
    assert result.exit_code == 0
    assert result.stderr == f"Warning: {legacy}: not valid UTF-8; read it as Windows-1252\n"


def _write_later(path: pathlib.Path, data: bytes, *, delay: float, hold: bool) -> threading.Thread:
    """Write ``data`` into a named pipe after ``delay`` seconds and close it.

    With ``hold`` the pipe is opened for writing at once (read-write, which never blocks), so a writer holds it from
    the start and stays silent until the delay is over; without, the writer opens it only after the delay.
    """
    held = os.open(path, os.O_RDWR) if hold else None

    def write() -> None:
        time.sleep(delay)
        if held is not None:
            os.write(held, data)
            os.close(held)
            return
        with open(path, "wb") as pipe:
            pipe.write(data)

    thread = threading.Thread(target=write)
    thread.start()
    return thread


def test_named_pipe_nothing_writes_to_is_refused(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Opening a pipe no writer opens used to wait for ever; now the wait is bounded.
    monkeypatch.setattr(decode, "PIPE_WAIT", 0.2)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    result = invoke("compare", SEED_A, str(pipe))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {pipe}: a named pipe that nothing wrote to within 0.2 seconds\n"


@pytest.mark.parametrize(("delay", "hold"), [(0.05, False), (0.6, True)], ids=["writer-opens-late", "writer-writes-late"])
def test_named_pipe_is_read_when_its_writer_comes(
    delay: float, hold: bool, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A writer that opens within the wait, or holds the pipe open and writes only after the wait, is read in full.
    monkeypatch.setattr(decode, "PIPE_WAIT", 0.2 if hold else 5.0)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    data = pathlib.Path(SEED_B).read_bytes()
    writer = _write_later(pipe, data, delay=delay, hold=hold)
    result = invoke("compare", SEED_A, str(pipe), "--format", "json")
    writer.join()
    assert result.exit_code == 0, result.stderr
    expected = invoke("compare", SEED_A, SEED_B, "--format", "json").stdout
    assert json.loads(result.stdout)["documents"][1]["sentences"] == json.loads(expected)["documents"][1]["sentences"]
