"""Whatever users paste: encodings, odd white space, mojibake, huge sentences, identical documents."""

from __future__ import annotations

import codecs
import io
import json
import os
import pathlib
import random
import subprocess
import sys

import pytest
from click.testing import CliRunner

from diffnews import cli
from diffnews.cli import main
from diffnews.decode import read_source, repair_mojibake
from diffnews.display import escape_undecodable, escape_unprintable
from diffnews.errors import InputError
from diffnews.load import MAX_RUN, load_bytes
from diffnews.render.escape import escape_markdown
from diffnews.segment import segment_article

from .conftest import FIXTURES, ROOT

SEED_A = FIXTURES / "qala-e-naw" / "rferl-qala-e-naw.txt"
SEED_B = FIXTURES / "qala-e-naw" / "dw-qala-e-naw.txt"
STORY = "Storm hits coast\n\nThe storm made landfall at dawn on Monday, officials said. Thousands of homes lost power.\n"


def invoke(*args: str):  # noqa: ANN201
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _report(a: pathlib.Path, b: pathlib.Path) -> tuple[dict, str]:
    result = invoke("compare", str(a), str(b), "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout), result.stderr


def _texts(report: dict, document: int) -> list[str]:
    return [sentence["text"] for sentence in report["documents"][document]["sentences"]]


@pytest.mark.parametrize(
    ("encode", "warning"),
    [
        (lambda text: text.encode("utf-8"), ""),
        (lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), ""),
        (lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"), ""),
        (lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), ""),
        (lambda text: codecs.BOM_UTF32_LE + text.encode("utf-32-le"), ""),
        (lambda text: codecs.BOM_UTF32_BE + text.encode("utf-32-be"), ""),
        (lambda text: text.encode("utf-16-le"), "Warning: {path}: has no byte-order mark; read it as UTF-16-LE\n"),
        (lambda text: text.encode("cp1252"), "Warning: {path}: not valid UTF-8; read it as Windows-1252\n"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf32be-bom", "utf16le-no-bom", "cp1252"],
)
def test_encodings_read_the_same_story(tmp_path: pathlib.Path, encode, warning: str) -> None:  # noqa: ANN001
    story = "Storm hits caf\u00e9 coast\n\n\u201cIt\u2019s over,\u201d the mayor said on Monday.\n"
    path = tmp_path / "story.txt"
    path.write_bytes(encode(story))
    report, stderr = _report(SEED_A, path)
    assert stderr == warning.format(path=path)
    assert _texts(report, 1)[:2] == ["Storm hits caf\u00e9 coast", "\u201cIt\u2019s over,\u201d the mayor said on Monday."]


def test_latin_1_is_read_with_a_warning_naming_the_guess(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes("Storm hits caf\u00e9 coast\n\nThe mayor said \u00abit is over\u00bb on Monday.\x81\n".encode("latin-1"))
    report, stderr = _report(SEED_A, path)
    assert stderr == f"Warning: {path}: not valid UTF-8; read it as Latin-1\n"
    assert _texts(report, 1)[:2] == ["Storm hits caf\u00e9 coast", "The mayor said \u00abit is over\u00bb on Monday.\x81"]


def test_invalid_utf8_after_bom_is_refused(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"caf\xe9")
    result = invoke("compare", str(SEED_A), str(path))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {path}: starts with a UTF-8 byte-order mark but is not valid UTF-8\n"


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
def test_line_ends_give_the_same_sentences(tmp_path: pathlib.Path, newline: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.replace("\n", newline).encode())
    report, _ = _report(SEED_A, path)
    assert _texts(report, 1) == ["Storm hits coast", "The storm made landfall at dawn on Monday, officials said.", "Thousands of homes lost power."]
    assert [s["role"] for s in report["documents"][1]["sentences"]] == ["headline", "body", "body"]


def test_unicode_spaces_and_zero_width_characters_are_kept_for_display_and_ignored_for_matching(tmp_path: pathlib.Path) -> None:
    odd = "Storm\u00a0hits coast\n\nThe\u202fstorm made\u2009landfall at\u200b dawn on Mon\u200bday,\u00a0officials said.\u00a0Thousands of\u3000homes lost power.\n"
    plain, fancy = tmp_path / "plain.txt", tmp_path / "fancy.txt"
    plain.write_text(STORY, encoding="utf-8")
    fancy.write_text(odd, encoding="utf-8")
    report, _ = _report(plain, fancy)
    assert _texts(report, 1) == [
        "Storm\u00a0hits coast",
        "The\u202fstorm made\u2009landfall at\u200b dawn on Mon\u200bday,\u00a0officials said.",
        "Thousands of\u3000homes lost power.",
    ]
    aligned = sorted(tuple(a["sentences"].values()) for a in report["alignments"])
    assert aligned == [(["a1"], ["b1"]), (["a2"], ["b2"]), (["a3"], ["b3"])]
    assert all(edit["op"] == "equal" for a in report["alignments"] for edit in a["edits"])


def test_mojibake_is_repaired_with_a_warning(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "mangled.txt"
    path.write_text("Storm hits coast\n\nIt\u00e2\u20ac\u2122s the worst storm in the caf\u00c3\u00a9\u00e2\u20ac\u2122s history.\n", encoding="utf-8")
    report, stderr = _report(SEED_A, path)
    assert stderr == f"Warning: {path}: repaired 3 mis-decoded character sequences, such as '\u00e2\u20ac\u2122' for '\u2019'\n"
    assert _texts(report, 1)[1] == "It\u2019s the worst storm in the caf\u00e9\u2019s history."


@pytest.mark.parametrize(
    "text",
    ["caf\u00e9 cr\u00e8me br\u00fbl\u00e9e", "Stra\u00dfe \u00bb Gr\u00fc\u00dfe \u00ab", "\u00c9tat, \u00e0 \u00a3100, 25\u00b0C, \u00c2ge", "na\u00efve \u00c3 alone"],
    ids=["french", "german-guillemets", "symbols", "lone-lead"],
)
def test_mojibake_repair_leaves_real_accents_alone(text: str) -> None:
    assert repair_mojibake(text) == (text, ())


def test_two_hundred_kilobyte_sentence_without_punctuation(tmp_path: pathlib.Path) -> None:
    rng = random.Random(8)
    vocabulary = "the fire hit town officials said police were there people many houses army troops took control of district".split()
    long_line = " ".join(rng.choice(vocabulary) for _ in range(40_000))[:200_000].strip()
    path = tmp_path / "transcript.txt"
    path.write_text("Transcript\n\n" + long_line + "\n", encoding="utf-8")
    report, _ = _report(path, SEED_B)
    sentences = report["documents"][0]["sentences"]
    assert " ".join(s["text"] for s in sentences[1:]) == long_line  # nothing lost, nothing invented
    assert max(len(s["text"]) for s in sentences) <= MAX_RUN


@pytest.mark.parametrize(
    "line",
    [
        "x" * 200_000,  # the image-credit pattern read the rest of the word from each letter: hours
        "Photo caption " + "x" * 200_000,
        "!" * 1_000_000,  # the sentence-end pattern read each 2,000-character window again from each mark: 35 s
        "*x " * 70_000,  # the emphasis pattern read to the line's end from each mark nothing closes: minutes
        "_x " * 70_000,
        "A" * 200_000,
        "1," * 100_000,
        "https://example.com/" + "ab/" * 60_000,
    ],
    ids=["word", "caption-word", "run-of-marks", "open-stars", "open-underscores", "capitals", "digit-commas", "url"],
)
def test_a_long_word_or_run_loads_in_time_linear_in_its_length(line: str) -> None:
    article = load_bytes(("Storm hits coast\n\n" + line + "\n").encode(), id="a", path="p.txt")
    sentences = segment_article(article).sentences
    assert "".join("".join(sentence.text.split()) for sentence in sentences[1:]) == "".join(line.split())


def test_long_punctuated_paragraph_is_not_cut_mid_sentence() -> None:
    paragraph = " ".join(f"Sentence number {n} tells one more small fact about the storm." for n in range(200))
    article = load_bytes(paragraph.encode(), id="a", path="p.txt")
    for line in article.lines:
        assert article.text[line.start : line.end].endswith(".")


def test_identical_documents_align_every_sentence(tmp_path: pathlib.Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED_A.read_bytes())
    report, _ = _report(SEED_A, copy)
    a, b = report["documents"]
    assert a["unique"] == [] and b["unique"] == []
    groups = [(group["sentences"]["a"], group["sentences"]["b"]) for group in report["alignments"]]
    content = [s["id"] for s in a["sentences"] if s["id"] not in a["set_aside"]]
    # Each sentence shares an alignment with its twin (a headline may join the lede on both sides).
    assert [sid for sid in content if not any(sid in ga and "b" + sid[1:] in gb for ga, gb in groups)] == []
    assert all(len(ga) == len(gb) for ga, gb in groups)
    assert [m for m in report["numbers"] if m["status"] == "conflict"] == []


def test_default_size_limit_is_twenty_megabytes(tmp_path: pathlib.Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)  # sparse; only the limit + 1 bytes are ever read
    result = invoke("compare", str(SEED_A), str(big))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {big}: larger than the 20,971,520-byte limit; split it or raise --max-bytes\n"


def test_output_does_not_depend_on_the_hash_seed() -> None:
    outputs = {
        subprocess.run(
            [sys.executable, "-m", "diffnews", "compare", str(SEED_A), str(SEED_B), "--format", "json"],
            capture_output=True, env={"PYTHONHASHSEED": seed, "PATH": ""}, check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1


def test_a_limit_of_many_gigabytes_is_not_allocated_up_front(tmp_path: pathlib.Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Storm\n\nThe storm hit the coast on Monday.\n", encoding="utf-8")
    result = invoke("compare", str(story), str(story), "--max-bytes", str(2**63 - 1))
    assert result.exit_code == 0, result.stderr
    assert read_source(str(story), max_bytes=2**63 - 1) == story.read_bytes()
    assert len(read_source(str(story), max_bytes=len(story.read_bytes()))) == len(story.read_bytes())


def test_closed_standard_input_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", None)
    with pytest.raises(InputError, match="^standard input is closed; give a file or pipe the article in$"):
        read_source("-", max_bytes=1000)


# Standard output closed, full or gone ------------------------------------------------------------------------------

POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="closes file descriptors and uses /dev/full")
# Python is often run with unbuffered output (python -u, PYTHONUNBUFFERED, as in some CI images): cover both.
BUFFERING = pytest.mark.parametrize("unbuffered", ["", "1"], ids=["buffered", "unbuffered"])


CHANGED_STORY = str(FIXTURES / "check" / "stories" / "number-changed.md")


def _diffnews(*args: str, unbuffered: str, **popen: object) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}
    command = [sys.executable, "-m", "diffnews", *args]
    return subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, **popen)  # type: ignore[call-overload]


def _close_standard_output() -> None:
    os.close(1)  # as the shell's ">&-" does


@POSIX_ONLY
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compare", str(SEED_A), str(SEED_B)], "give -o FILE or redirect the output to a file or a pipe"),
        (["check", CHANGED_STORY], "redirect the output to a file or a pipe"),
    ],
    ids=["compare", "check"],
)
def test_closed_standard_output_is_a_one_line_error(args: list[str], message: str) -> None:
    process = _diffnews(*args, unbuffered="", preexec_fn=_close_standard_output)
    _, stderr = process.communicate(timeout=60)
    assert (process.returncode, stderr.decode()) == (2, f"Error: standard output is closed; {message}\n")


@POSIX_ONLY
def test_closed_standard_output_with_nothing_to_write_is_no_error() -> None:
    clean = str(FIXTURES / "check" / "stories" / "clean.md")
    process = _diffnews("check", clean, unbuffered="", preexec_fn=_close_standard_output)
    assert process.communicate(timeout=60)[1] == b"" and process.returncode == 0


@POSIX_ONLY
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@BUFFERING
@pytest.mark.parametrize("command", ["compare", "check"])
def test_full_standard_output_is_a_one_line_error(unbuffered: str, command: str) -> None:
    args = ["compare", str(SEED_A), str(SEED_B)] if command == "compare" else ["check", CHANGED_STORY]
    with open("/dev/full", "wb") as full:
        process = _diffnews(*args, unbuffered=unbuffered, stdout=full)
        _, stderr = process.communicate(timeout=60)
    # Exactly one line: no second complaint when Python flushes what is left at exit (it then exits 120).
    assert process.returncode == 2
    assert stderr.decode() == "Error: cannot write to standard output: No space left on device\n"


@POSIX_ONLY
@BUFFERING
def test_a_reader_that_leaves_early_ends_the_run_quietly(unbuffered: str) -> None:
    # Four documents give an HTML report of ~110 KB, more than a pipe holds, so the reader leaves mid-write.
    four = [str(SEED_A), str(SEED_B), str(SEED_A), str(SEED_B)]
    process = _diffnews("compare", *four, "-f", "html", unbuffered=unbuffered, stdout=subprocess.PIPE)
    assert process.stdout is not None
    assert os.read(process.stdout.fileno(), 100).startswith(b"<!DOCTYPE html>")
    process.stdout.close()  # as "| head -1" does
    _, stderr = process.communicate(timeout=60)
    # Exit 1 with no traceback, as Python's recipe for SIGPIPE does; an unbuffered run took a cut-off write as
    # complete and exited 0.
    assert (process.returncode, stderr) == (1, b"")


def _close_standard_error() -> None:
    os.close(2)  # as the shell's "2>&-" does: Python then starts with sys.stderr set to None


def _run_with_closed_standard_error(*args: str, cwd: pathlib.Path = ROOT) -> tuple[int, bytes]:
    """Run diffnews with standard error closed (not the null device) and return its exit code and output."""
    command = [sys.executable, "-m", "diffnews", *args]
    process = subprocess.run(command, cwd=cwd, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
                             preexec_fn=_close_standard_error, timeout=60, check=False)
    return process.returncode, process.stdout


@POSIX_ONLY
@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["compare", "missing.txt", str(SEED_B)], 2),
        (["compare", "--no-such-option", str(SEED_A), str(SEED_B)], 2),
        (["compare", str(SEED_A)], 2),
        (["compare", str(SEED_A), str(SEED_B), "--format", "yaml"], 2),
        (["check", "missing.md"], 2),
        (["check", "--no-such-option", CHANGED_STORY], 2),
        (["nosuchcommand"], 2),
    ],
    ids=["compare-missing-file", "compare-bad-option", "compare-one-file", "compare-bad-value", "check-missing-file",
         "check-bad-option", "bad-command"],
)
def test_with_standard_error_closed_an_error_goes_nowhere(args: list[str], code: int) -> None:
    # click showed its errors on standard output when standard error was closed, inside a piped report.
    assert _run_with_closed_standard_error(*args) == (code, b"")


@POSIX_ONLY
@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["compare", str(SEED_A), str(SEED_B)], 0),
        (["check", CHANGED_STORY], 1),
        (["check", CHANGED_STORY, "missing.md"], 2),  # findings for one story, an error for the other
    ],
    ids=["compare", "check-findings", "check-findings-and-error"],
)
def test_with_standard_error_closed_standard_output_is_unchanged(args: list[str], code: int) -> None:
    expected = subprocess.run([sys.executable, "-m", "diffnews", *args], cwd=ROOT, capture_output=True, check=False)
    assert expected.returncode == code and expected.stdout
    assert _run_with_closed_standard_error(*args) == (code, expected.stdout)


@POSIX_ONLY
def test_with_standard_error_closed_batch_writes_its_reports(tmp_path: pathlib.Path) -> None:
    # batch asked sys.stderr whether it is a terminal, for the progress bar: with None there, a traceback to
    # nowhere, exit code 1 and no report.
    (tmp_path / "pairs.tsv").write_text(f"{SEED_A}\t{SEED_B}\nmissing.txt\t{SEED_B}\n", encoding="utf-8")
    assert _run_with_closed_standard_error("batch", "pairs.tsv", "-o", "reports", cwd=tmp_path) == (2, b"")
    assert [path.name for path in (tmp_path / "reports").iterdir()] == ["1-rferl-qala-e-naw--dw-qala-e-naw.md"]


class _Trickle(io.RawIOBase):
    """A raw stream that takes at most 1,000 bytes a write, as an unbuffered pipe may."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.data += bytes(data[:1000])
        return min(len(data), 1000)


def test_every_byte_of_a_report_is_written_when_a_write_takes_part(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = _Trickle()
    stdout = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)  # type: ignore[arg-type]
    monkeypatch.setattr("sys.stdout", stdout)
    assert cli.run(["compare", str(SEED_A), str(SEED_B), "-f", "json"]) == 0
    assert json.loads(raw.data.decode("utf-8"))["format"] == "diffnews-report"



# File names: shown on one line, whatever bytes they hold ----------------------------------------------------------

# (name, how it is shown): bytes that are not UTF-8 come from the file system as surrogates ("\udce9" for 0xE9).
SHOWN_NAMES = [
    ("caf\udce9.txt", "caf\\xe9.txt"),
    ("new\nline.txt", "new\\nline.txt"),
    ("tab\tesc\x1b\u202ertl.txt", "tab\\tesc\\x1b\\u202ertl.txt"),
    ("\u00fcn\u00ef\u00a9\u00f8d\u00e9 \u65e5\u672c <b>|`x`.txt",) * 2,
]
SHOWN_IDS = ["not-utf8", "newline", "controls", "ordinary"]


@pytest.mark.parametrize(("name", "shown"), SHOWN_NAMES, ids=SHOWN_IDS)
def test_escape_unprintable(name: str, shown: str) -> None:
    assert escape_unprintable(name) == shown
    assert escape_unprintable(shown) == shown  # a message escaped twice reads the same
    assert escape_unprintable("C:\\stories\\a.md") == "C:\\stories\\a.md"  # Windows folders keep their backslashes
    assert escape_undecodable(name) == name.replace("\udce9", "\\xe9")


@pytest.mark.parametrize(("name", "shown"), SHOWN_NAMES, ids=SHOWN_IDS)
def test_a_file_name_in_an_error_is_shown_on_one_line(tmp_path: pathlib.Path, name: str, shown: str) -> None:
    result = invoke("compare", str(SEED_A), str(tmp_path / name))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path}/{shown}: no such file\n"


def _make(path: pathlib.Path, data: bytes) -> pathlib.Path:
    try:
        path.write_bytes(data)
    except (OSError, UnicodeEncodeError):  # a file system that takes only UTF-8 names (macOS, Windows)
        pytest.skip(f"cannot name a file {path.name!r} here")
    return path


@pytest.mark.parametrize(("name", "shown"), SHOWN_NAMES[:3], ids=SHOWN_IDS[:3])
def test_a_file_name_in_a_warning_and_a_report_is_shown_on_one_line(
    tmp_path: pathlib.Path, name: str, shown: str
) -> None:
    # No headline, so the report titles the article by its file name; Windows-1252, so a warning names the file.
    story = _make(tmp_path / name, "The caf\u00e9 burned down on Monday, officials said.\n".encode("cp1252"))
    warning = f"Warning: {tmp_path}/{shown}: not valid UTF-8; read it as Windows-1252\n"
    result = invoke("compare", str(SEED_A), str(story))
    assert result.exit_code == 0 and result.stderr == warning
    heading = next(line for line in result.stdout.split("\n") if line.startswith("- **B:"))
    assert heading == f"- **B: {escape_markdown(shown)}** (`{tmp_path}/{shown}`): {escape_markdown(shown)}"
    report, stderr = _report(SEED_A, story)
    assert stderr == warning
    document = report["documents"][1]
    # JSON escapes control characters itself, so the path is the name as it is, but for bytes no string can hold.
    assert (document["path"], document["title"]) == (f"{tmp_path}/{escape_undecodable(name)}", shown)
    assert document["warnings"] == [warning.removeprefix("Warning: ").rstrip("\n")]
    assert invoke("compare", str(SEED_A), str(story), "--format", "html").exit_code == 0


@pytest.mark.parametrize(("name", "shown"), SHOWN_NAMES[:3], ids=SHOWN_IDS[:3])
def test_a_story_name_in_a_lint_line_is_shown_on_one_line(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], name: str, shown: str
) -> None:
    wire = FIXTURES / "check" / "wire" / "ap-floods.txt"
    text = (FIXTURES / "check" / "stories" / "number-changed.md").read_text(encoding="utf-8")
    story = _make(tmp_path / name, text.split("---\n", 2)[2].encode("utf-8"))  # without front matter
    assert cli.run(["check", str(story), "--source", str(wire)]) == 1
    stdout = capsys.readouterr().out
    assert stdout.startswith(f"{tmp_path}/{shown}:3:102: number-changed error 'at least 2,800' (people);")
    assert stdout.count("\n") == 1
    assert cli.run(["check", str(story), "--source", str(wire), "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["findings"][0]["path"] == f"{tmp_path}/{escape_undecodable(name)}"


# Names and values with control characters: one Error: line, in our messages and in click's own -------------------

CONTROL_NAMES = [("no\nsuch.txt", "no\\nsuch.txt"), ("no\x1bsuch.txt", "no\\x1bsuch.txt")]
CONTROL_IDS = ["newline", "escape"]


def _usage(command: str, arguments: str) -> str:
    """What click prints above the Error: line of a usage error."""
    return f"Usage: diffnews {command} [OPTIONS] {arguments}\nTry 'diffnews {command} --help' for help.\n\n"


@pytest.mark.parametrize(("name", "shown"), CONTROL_NAMES, ids=CONTROL_IDS)
@pytest.mark.parametrize("command", ["compare", "check"])
def test_a_missing_file_with_a_control_character_is_one_error_line(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], command: str, name: str, shown: str
) -> None:
    args = [str(tmp_path / name), str(SEED_B)] if command == "compare" else [str(tmp_path / name)]
    assert cli.run([command, *args]) == 2
    assert capsys.readouterr() == ("", f"Error: {tmp_path}/{shown}: no such file\n")


@pytest.mark.parametrize(("value", "shown"), [("x\ny", "x\\ny"), ("x\x1by", "x\\x1by")], ids=CONTROL_IDS)
@pytest.mark.parametrize(
    ("args", "usage", "message"),
    [
        # click's own messages: most quote the value with repr, which escapes it already ...
        (["compare", str(SEED_A), str(SEED_B), "--format", "{value}"], _usage("compare", "A B [C...]"),
         "Invalid value for '-f' / '--format': '{shown}' is not one of 'markdown', 'json', 'html'."),
        (["compare", str(SEED_A), str(SEED_B), "--{value}"], _usage("compare", "A B [C...]"),
         "No such option '--{shown}'."),
        (["check", CHANGED_STORY, "--fail-on", "{value}"], _usage("check", "STORY..."),
         "Invalid value for '--fail-on': '{shown}' is not one of 'error', 'warning', 'info', 'never'."),
        (["check", CHANGED_STORY, "--config", "{value}"], "", "{shown}: cannot read: No such file or directory"),
        # ... but not this one, which showed the newline as it is.
        (["batch", str(SEED_A), "{value}", "-o", "reports"], _usage("batch", "PAIRS_FILE"),
         "Got unexpected extra argument ({shown})"),
    ],
    ids=["compare-format", "compare-option", "check-fail-on", "check-config", "batch-extra-argument"],
)
def test_a_bad_value_with_a_control_character_is_one_error_line(
    capsys: pytest.CaptureFixture[str], args: list[str], usage: str, message: str, value: str, shown: str
) -> None:
    assert cli.run([arg.format(value=value) for arg in args]) == 2
    assert capsys.readouterr() == ("", usage + "Error: " + message.format(shown=shown) + "\n")


def test_click_shows_a_directory_given_as_output_on_one_line(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "new\nline"
    folder.mkdir()
    assert cli.run(["compare", str(SEED_A), str(SEED_B), "-o", str(folder)]) == 2
    message = f"Invalid value for '-o' / '--output': File '{tmp_path}/new\\nline' is a directory."
    assert capsys.readouterr() == ("", _usage("compare", "A B [C...]") + f"Error: {message}\n")
