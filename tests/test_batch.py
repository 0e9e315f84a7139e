"""The batch command: a pairs file in, one report per pair out, the same on any number of jobs."""

from __future__ import annotations

import pathlib

import pytest
from click.testing import CliRunner

from diffnews import pipeline
from diffnews.batch import read_pairs
from diffnews.cli import main
from diffnews.errors import InputError

from .conftest import FIXTURES

SEED_A = str(FIXTURES / "qala-e-naw" / "rferl-qala-e-naw.txt")
SEED_B = str(FIXTURES / "qala-e-naw" / "dw-qala-e-naw.txt")


def invoke(*args: str):  # noqa: ANN201
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a.txt\tb.txt\n", [("a.txt", "b.txt", "out/1-a--b.md")]),
        ("# pairs\n\n  a.txt   b.txt  \n", [("a.txt", "b.txt", "out/1-a--b.md")]),
        ("my a.txt\tmy b.txt\n", [("my a.txt", "my b.txt", "out/1-my_a--my_b.md")]),
        ("'my a.txt' \"b.html\"\n", [("my a.txt", "b.html", "out/1-my_a--b.md")]),
        ("x/a.txt y/a.txt\nhttps://example.org/news/story?id=1 b.md\n",
         [("x/a.txt", "y/a.txt", "out/1-a--a.md"), ("https://example.org/news/story?id=1", "b.md", "out/2-story_id_1--b.md")]),
    ],
    ids=["tab", "comments-and-spaces", "tab-with-spaces-in-paths", "quoted", "same-names-and-url"],
)
def test_read_pairs(text: str, expected: list[tuple[str, str, str]]) -> None:
    pairs = read_pairs(text, name="pairs.tsv", outdir="out", format="markdown")
    assert [(*pair.inputs, pair.output) for pair in pairs] == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a.txt\n", "pairs.tsv:1: expected two paths separated by a tab or spaces, found 1"),
        ("\na.txt b.txt c.txt\n", "pairs.tsv:2: expected two paths separated by a tab or spaces, found 3"),
        ("'a.txt b.txt\n", "pairs.tsv:1: No closing quotation; quote paths with spaces or separate them with a tab"),
        ("# nothing\n\n", "pairs.tsv: lists no pairs; write two paths a line, separated by a tab"),
    ],
    ids=["one-path", "three-paths", "open-quote", "no-pairs"],
)
def test_bad_pairs_file(text: str, message: str) -> None:
    with pytest.raises(InputError) as raised:
        read_pairs(text, name="pairs.tsv", outdir="out", format="markdown")
    assert str(raised.value) == message


def test_bad_pairs_file_from_the_command_line(tmp_path: pathlib.Path) -> None:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("only-one.txt\n", encoding="utf-8")
    result = invoke("batch", str(pairs), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {pairs}:1: expected two paths separated by a tab or spaces, found 1\n"
    assert not (tmp_path / "out").exists()


def test_missing_pairs_file(tmp_path: pathlib.Path) -> None:
    result = invoke("batch", str(tmp_path / "nope.tsv"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path / 'nope.tsv'}: no such file\n"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_writes_the_same_report_as_compare(tmp_path: pathlib.Path, jobs: str) -> None:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(f"{SEED_A}\t{SEED_B}\n{SEED_B}\t{SEED_A}\n", encoding="utf-8")
    result = invoke("batch", str(pairs), "-o", str(tmp_path / "out"), "--format", "json", "--jobs", jobs)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""  # no progress bar when standard error is not a terminal
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [
        "1-rferl-qala-e-naw--dw-qala-e-naw.json",
        "2-dw-qala-e-naw--rferl-qala-e-naw.json",
    ]
    single = invoke("compare", SEED_A, SEED_B, "--format", "json").stdout
    assert (tmp_path / "out" / "1-rferl-qala-e-naw--dw-qala-e-naw.json").read_text(encoding="utf-8") == single


def test_a_bad_pair_is_reported_and_the_others_still_run(tmp_path: pathlib.Path) -> None:
    pairs = tmp_path / "pairs.tsv"
    missing = tmp_path / "missing.txt"
    pairs.write_text(f"# first line is a comment\n{SEED_A}\t{missing}\n{SEED_A}\t{SEED_B}\n", encoding="utf-8")
    result = invoke("batch", str(pairs), "-o", str(tmp_path / "out"), "--jobs", "2")
    assert result.exit_code == 2
    assert result.stderr == f"Error: {pairs}:2: {missing}: no such file\n"
    assert [path.name for path in (tmp_path / "out").iterdir()] == ["2-rferl-qala-e-naw--dw-qala-e-naw.md"]


def test_a_defect_met_on_one_pair_does_not_stop_the_others(
        tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.compare_files

    def flawed(paths, **kwargs):  # noqa: ANN001, ANN202 - stands in for a pipeline defect on one input
        if paths[1].endswith("flawed.txt"):
            raise OverflowError("cannot convert float infinity to integer")
        return real(paths, **kwargs)

    monkeypatch.setattr(pipeline, "compare_files", flawed)
    flawed_input = tmp_path / "flawed.txt"
    flawed_input.write_text("Storm\n\nThe storm hit.\n", encoding="utf-8")
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(f"{SEED_A}\t{flawed_input}\n{SEED_A}\t{SEED_B}\n", encoding="utf-8")
    result = invoke("batch", str(pairs), "-o", str(tmp_path / "out"), "--jobs", "1")
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {pairs}:1: internal error on this pair (OverflowError: cannot convert float "
                             "infinity to integer); please report it with the two inputs\n")
    assert [path.name for path in (tmp_path / "out").iterdir()] == ["2-rferl-qala-e-naw--dw-qala-e-naw.md"]
