"""``diffnews check``: planted errors found on the right line, sources found, suppressions, exit codes, output formats."""

from __future__ import annotations

import json
import os
import pathlib
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from diffnews import compare
from diffnews.check import RULES, _consistent, check_report
from diffnews.quote_check import _find_words
from diffnews.cli import main, run
from diffnews.config import check_files, read_config, sources_from_config
from diffnews.story import parse_front_matter, prepare_story
from diffnews.errors import ConfigError
from diffnews.model import Severity
from diffnews.numbers import extract_quantities
from diffnews.pipeline import compare_files

from .conftest import FIXTURES

CHECK = FIXTURES / "check"
EXPECTED = json.loads((CHECK / "expected.json").read_text(encoding="utf-8"))
STORIES = sorted(name for name in EXPECTED if not name.startswith("_"))
FRONT_MATTER = json.loads((CHECK / "front_matter.json").read_text(encoding="utf-8"))
SEED = FIXTURES / "qala-e-naw"


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


Invoke = Callable[..., Result]


@pytest.fixture()
def invoke(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Invoke:
    """Run the command line as the console script does (``run`` returns the exit code), in a folder."""

    def call(*args: str, cwd: pathlib.Path) -> Result:
        monkeypatch.chdir(cwd)
        capsys.readouterr()
        code = run(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return call


def _text_at(path: pathlib.Path, line: int, column: int) -> str:
    return path.read_text(encoding="utf-8").splitlines()[line - 1][column - 1:]


@pytest.fixture(scope="module")
def fixture_runs() -> dict[str, object]:
    old = os.getcwd()
    os.chdir(CHECK)
    try:
        return {name: check_files([f"stories/{name}"], dropped=True) for name in STORIES}
    finally:
        os.chdir(old)


@pytest.mark.parametrize("name", STORIES)
def test_every_planted_error_is_found_on_its_line(name: str, fixture_runs: dict[str, object]) -> None:
    run = fixture_runs[name]
    assert not run.errors  # type: ignore[attr-defined]
    found = [f for f in run.findings if f.severity is not Severity.INFO or f.code == "number-dropped"]  # type: ignore[attr-defined]
    expected = EXPECTED[name]
    assert [(f.code, f.path, f.line) for f in found] == [(e["code"], e["path"], e["line"]) for e in expected]
    for finding, wanted in zip(found, expected):
        assert finding.severity.value == wanted["severity"]
        assert _text_at(CHECK / finding.path, finding.line, finding.column).startswith(wanted["text"])
        assert finding.source == wanted.get("source", "")
        if "message" in wanted:
            assert finding.message == wanted["message"]


def test_clean_rewrite_gives_nothing_above_info(fixture_runs: dict[str, object]) -> None:
    assert [f for f in fixture_runs["clean.md"].findings if f.severity is not Severity.INFO] == []  # type: ignore[attr-defined]


def test_seed_pair_flags_the_figure_and_the_spelling() -> None:
    report = compare_files([str(SEED / "dw-qala-e-naw.txt"), str(SEED / "rferl-qala-e-naw.txt")])
    findings = check_report(report)
    lines = (SEED / "dw-qala-e-naw.txt").read_text(encoding="utf-8").splitlines()
    changed = [f for f in findings if f.code == "number-changed" and "'280'" in f.message]
    assert len(changed) == 1 and "'more than 1,000'" in changed[0].message
    assert lines[changed[0].line - 1][changed[0].column - 1:].startswith("280")
    spelled = [f for f in findings if f.code == "name-spelling" and "Husamuddin" in f.message]
    assert len(spelled) == 1 and "'Hessamuddin'" in spelled[0].message
    assert lines[spelled[0].line - 1][spelled[0].column - 1:].startswith("Husamuddin")
    # DW's "dozens" of troops killed takes in RFE/RL's "some 30": told less precisely, not changed.
    assert not [f for f in findings if f.code == "number-changed" and "'dozens'" in f.message]


@pytest.mark.parametrize(("story", "source", "consistent"), [
    ("dozens of troops", "some 30 troops", True),  # vaguer, and it takes in the source's figure
    ("hundreds of troops", "about 300 troops", True),
    ("some 30 troops", "dozens of troops", False),  # a precise figure the source never gave
    ("dozens of troops", "about 150 troops", False),
    ("hundreds of troops", "more than 1,000 troops", False),
    ("at least 2,800 people", "at least 280 people", False),  # the intervals overlap, but the figure moved
    ("over 12,000 people", "more than 12,000 people", True),
    ("waves 5m high", "waves 16 feet high", True),  # one height in two units
    ("waves 5m high", "waves 16 metres high", False),
])
def test_a_story_figure_may_reword_but_not_move_the_source_figure(story: str, source: str, consistent: bool) -> None:
    assert _consistent(extract_quantities(story)[0], extract_quantities(source)[0]) is consistent


def test_a_measure_given_in_the_sources_other_unit_is_not_changed() -> None:
    # The matcher pairs "5m" with "16 feet"; the same height in metres elsewhere in the source clears it.
    story = "Ferry sinks\n\nRescuers were hampered by rough seas and waves up to 5m high as daylight dwindled.\n"
    source = ("Ferry lost\n\nRescuers were hampered by rough seas and waves up to 16 feet high as daylight dwindled. "
              "Some waves were up to five metres high.\n")
    assert not [f for f in check_report(compare(story, source)) if f.code.startswith("number-")]


def test_a_figure_told_again_of_a_noun_of_the_same_class_is_sourced() -> None:
    # "900 staff" pairs with the source's "900 jobs"; the story's second "900 posts" is the same figure.
    story = ("Bank cuts\n\nThe bank said it would cut 900 staff this year. "
             "Analysts said up to 200 of the 900 posts could go in London.\n")
    source = "Bank to cut jobs\n\nThe bank will cut 900 jobs this year, it said on Friday.\n"
    assert not [f for f in check_report(compare(story, source)) if "'900'" in f.message]


@pytest.mark.parametrize(("story", "source", "changed"), [
    ("Some 30 soldiers were killed in the attack on the town.", "Dozens of soldiers were killed in the attack.", True),
    ("Dozens of soldiers were killed in the attack on the town.", "Some 30 soldiers were killed in the attack.", False),
])
def test_a_precise_figure_for_a_vague_source_amount_is_flagged_whatever_the_pairing(
        story: str, source: str, changed: bool) -> None:
    # Both say "soldiers", so the fallback that clears a figure the source gives elsewhere must use the same test.
    findings = check_report(compare(story, source))
    assert [f.code for f in findings if f.code.startswith("number-")] == (["number-changed"] if changed else [])


def test_every_rule_has_a_severity_and_is_documented() -> None:
    doc = (FIXTURES.parent / "docs" / "check.md").read_text(encoding="utf-8")
    for code, (severity, meaning) in RULES.items():
        assert isinstance(severity, Severity) and meaning
        assert f"### `{code}`" in doc, f"{code} missing from docs/check.md"


# Front matter, config and suppressions ----------------------------------------------------------------


@pytest.mark.parametrize("case", FRONT_MATTER, ids=[case["id"] for case in FRONT_MATTER])
def test_front_matter(case: dict[str, object]) -> None:
    story = prepare_story(case["text"])  # type: ignore[arg-type]
    assert story.sources == tuple(case["sources"])  # type: ignore[arg-type]
    assert story.ignore == tuple(case.get("ignore", ()))  # type: ignore[arg-type]
    normalized = str(case["text"]).replace("\r\n", "\n")
    assert story.text.count("\n") == normalized.count("\n") and len(story.text) == len(normalized)


def test_front_matter_keeps_later_lines_in_place() -> None:
    text = "---\nsources: [w.txt]\n---\n# Title\n\nSee [the wire](https://example.com/123) and ![img](a.png) <!-- note 45 -->.\n"
    story = prepare_story(text)
    assert story.text.splitlines()[:3] == [" " * len(line) for line in text.splitlines()[:3]]
    line = story.text.splitlines()[5]
    assert len(line) == len(text.splitlines()[5]) and "123" not in line and "45" not in line and "the wire" in line


# prepare_story as first written, with patterns that read to the end of the text from every opening mark that
# nothing closes: the linear code must give the same text and suppressions.
def _quadratic_prepare_story(text: str) -> tuple[str, list[tuple[int, tuple[str, ...]]], list[int]]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    blank = lambda match: re.sub(r"[^\n]", " ", match.group())  # noqa: E731
    suppressions, empty = [], []
    for match in re.finditer(r"<!--\s*diffnews:\s*ignore(?:\[([^\]]*)\])?\s*-->", text):
        line = text.count("\n", 0, match.start()) + 1
        codes = () if match.group(1) is None else tuple(code for code in re.split(r"[\s,]+", match.group(1).strip()) if code)
        if match.group(1) is not None and not codes:
            empty.append(line)  # "ignore[]" waives nothing
        else:
            suppressions.append((line, codes))
    text = re.sub(r"<!--.*?-->", blank, text, flags=re.DOTALL)
    text = re.sub(r"!\[[^\]\n]*\]\([^)\n]*\)", blank, text)
    text = re.sub(r"\[([^\]\n]*)\]\([^)\n]*\)", lambda m: " " + m.group(1) + blank(m)[len(m.group(1)) + 1:], text)
    return text, suppressions, empty


_STORY_PIECES = st.sampled_from(["<!--", "-->", "<!-- diffnews: ignore -->", "<!--diffnews:ignore[", "diffnews:", " ignore",
                                 "[", "]", "](", "(", ")", "![", "!", "-", ">", "\n", " ", "\t", "x", "12", ",",
                                 "number-changed", "] -->", "\u00a0"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_STORY_PIECES, max_size=16))
def test_prepare_story_blanks_and_waives_what_the_quadratic_patterns_did(pieces: list[str]) -> None:
    text = "".join(pieces)  # no front matter: the body starts at the first character
    story = prepare_story(text)
    suppressions = [(s.line, s.codes) for s in story.suppressions]
    assert (story.text, suppressions, list(story.empty_ignores)) == _quadratic_prepare_story(text)


@pytest.mark.parametrize("tail", ["![" * 60_000, "<!-- " * 60_000, "[" * 60_000, "[a](" * 60_000, "(" * 60_000,
                                  "<!-- diffnews: ignore[" * 20_000, "<!-- diffnews: ignore -->\n" * 20_000],
                         ids=["images", "comments", "brackets", "links", "parentheses", "waivers", "many-waivers"])
def test_a_story_with_thousands_of_unclosed_marks_is_checked_in_linear_time(tmp_path: pathlib.Path, tail: str) -> None:
    # Each opening mark was read on to the end of the text (or its line), and such a story took minutes.
    root = _newsroom(tmp_path, _clean_body() + "\n" + tail + "\n")
    old = os.getcwd()
    os.chdir(root)
    try:
        run = check_files(["stories/floods.md"], sources=["wire/ap-floods.txt"])
    finally:
        os.chdir(old)
    assert not run.errors and not run.findings
    assert run.suppressed == 0


def test_parse_front_matter_skips_what_it_does_not_know() -> None:
    assert parse_front_matter("tags:\n  nested: true\nsources: [a]") == {"tags": (), "sources": ("a",)}


def _write(path: pathlib.Path, text: str) -> pathlib.Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _newsroom(tmp_path: pathlib.Path, story: str, config: str = "") -> pathlib.Path:
    shutil.copytree(CHECK / "wire", tmp_path / "wire")
    _write(tmp_path / "stories" / "floods.md", story)
    if config:
        _write(tmp_path / "setup.cfg", config)
    return tmp_path


def _clean_body() -> str:
    text = (CHECK / "stories" / "clean.md").read_text(encoding="utf-8")
    return text.split("---\n", 2)[2]  # without front matter


def test_config_maps_stories_to_sources(invoke: Invoke, tmp_path: pathlib.Path) -> None:
    body = _clean_body().replace("at least 280 people dead", "at least 2,800 people dead")
    root = _newsroom(tmp_path, body, "[tool:diffnews]\nsources =\n    stories/flood*.md: wire/ap-floods.txt\n")
    result = invoke("check", "stories/floods.md", cwd=root)
    assert result.exit_code == 1
    assert result.stdout.startswith("stories/floods.md:3:") and "number-changed error 'at least 2,800'" in result.stdout
    assert "(wire/ap-floods.txt:5:113)" in result.stdout


def test_command_line_source_overrides_front_matter(invoke: Invoke, tmp_path: pathlib.Path) -> None:
    root = _newsroom(tmp_path, "---\nsources: [../wire/missing.txt]\n---\n" + _clean_body())
    assert invoke("check", "stories/floods.md", cwd=root).exit_code == 2
    assert invoke("check", "stories/floods.md", "--source", "wire/ap-floods.txt", cwd=root).exit_code == 0


def test_config_file_patterns_are_relative_to_the_config(tmp_path: pathlib.Path) -> None:
    config = read_config(str(_write(tmp_path / "setup.cfg", "[tool:diffnews]\nsources =\n    stories/*.md: wire/a.txt wire/b.txt\nignore = name-spelling\nfail-on = warning\ndropped = yes\n")))
    assert config.ignore == ("name-spelling",) and config.fail_on == "warning" and config.dropped
    found = sources_from_config(config, str(tmp_path / "stories" / "x.md"))
    assert [os.path.abspath(path) for path in found] == [str(tmp_path / "wire" / "a.txt"), str(tmp_path / "wire" / "b.txt")]
    assert sources_from_config(config, str(tmp_path / "drafts" / "x.md")) == ()


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("[tool:diffnews]\nfail_on = error\n", "has unknown key 'fail_on'"),
        ("[tool:diffnews]\nfail-on = loud\n", "fail-on is 'loud'; use one of error, warning, info, never"),
        ("[tool:diffnews]\nsources =\n    stories/*.md\n", "sources line 'stories/*.md' should read 'STORY-PATTERN: SOURCE [SOURCE...]'"),
        ("[tool:diffnews]\nignore = number-change\n", "ignore names unknown code 'number-change'"),
        ("[tool:diffnews\n", "not a valid setup.cfg"),
    ],
    ids=["unknown-key", "bad-fail-on", "bad-sources-line", "unknown-code", "broken-ini"],
)
def test_bad_config_is_a_usage_error(invoke: Invoke, tmp_path: pathlib.Path, config: str, message: str) -> None:
    root = _newsroom(tmp_path, _clean_body(), config)
    result = invoke("check", "stories/floods.md", "--source", "wire/ap-floods.txt", "--config", "setup.cfg", cwd=root)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and message in result.stderr


def test_inline_comment_suppresses_on_its_line_only(invoke: Invoke, tmp_path: pathlib.Path) -> None:
    body = _clean_body().replace("at least 280 people dead", "at least 2,800 people dead")
    body = body.replace("said Husamuddin Khattak", "said Hussamuddin Khattak")
    lines = body.split("\n")
    lines[2] += " <!-- diffnews: ignore[number-changed] -->"
    root = _newsroom(tmp_path, "\n".join(lines))
    result = invoke("check", "stories/floods.md", "-s", "wire/ap-floods.txt", "--fail-on", "warning", cwd=root)
    assert "number-changed" not in result.stdout and "name-spelling warning 'Hussamuddin'" in result.stdout
    assert result.exit_code == 1
    assert "1 finding (1 warning) in 1 story; 1 suppressed" in result.stderr


def test_bare_ignore_comment_and_config_ignore(invoke: Invoke, tmp_path: pathlib.Path) -> None:
    body = _clean_body().replace("said Husamuddin Khattak", "said Hussamuddin Khattak <!-- diffnews: ignore -->")
    root = _newsroom(tmp_path, body)
    assert invoke("check", "stories/floods.md", "-s", "wire/ap-floods.txt", "--fail-on", "info", cwd=root).stdout == ""
    body = _clean_body().replace("said Husamuddin Khattak", "said Hussamuddin Khattak")
    (root / "stories" / "floods.md").write_text(body, encoding="utf-8")
    (root / "setup.cfg").write_text("[tool:diffnews]\nignore = name-spelling\n", encoding="utf-8")
    result = invoke("check", "stories/floods.md", "-s", "wire/ap-floods.txt", "--fail-on", "info", cwd=root)
    assert result.exit_code == 0 and result.stdout == ""


@pytest.mark.parametrize("how", [(), ("--config", "setup.cfg")], ids=["found", "named"])
def test_config_with_a_byte_order_mark_is_read(invoke: Invoke, tmp_path: pathlib.Path, how: tuple[str, ...]) -> None:
    body = _clean_body().replace("at least 280 people dead", "at least 2,800 people dead")
    root = _newsroom(tmp_path, body)
    (root / "setup.cfg").write_bytes(b"\xef\xbb\xbf[tool:diffnews]\nsources =\n    stories/*.md: wire/ap-floods.txt\n")
    result = invoke("check", "stories/floods.md", *how, cwd=root)
    assert result.exit_code == 1 and result.stderr == "1 finding (1 error) in 1 story\n"
    assert "number-changed error 'at least 2,800'" in result.stdout


def test_empty_ignore_list_waives_nothing_with_a_warning(invoke: Invoke, tmp_path: pathlib.Path) -> None:
    body = _clean_body().replace("at least 280 people dead", "at least 2,800 people dead")
    lines = body.split("\n")
    lines[2] += " <!-- diffnews: ignore[] -->"
    root = _newsroom(tmp_path, "\n".join(lines))
    result = invoke("check", "stories/floods.md", "-s", "wire/ap-floods.txt", cwd=root)
    assert result.exit_code == 1 and "number-changed error 'at least 2,800'" in result.stdout
    assert result.stderr == (
        "Warning: stories/floods.md:3: diffnews: ignore[] names no code and waives nothing; name the codes, "
        "or write a bare 'ignore' to waive every code\n1 finding (1 error) in 1 story\n"
    )


def test_unknown_code_in_a_comment_is_a_warning(invoke: Invoke, tmp_path: pathlib.Path) -> None:
    root = _newsroom(tmp_path, _clean_body().replace("Peshawar.", "Peshawar. <!-- diffnews: ignore[number-change] -->"))
    result = invoke("check", "stories/floods.md", "-s", "wire/ap-floods.txt", cwd=root)
    assert result.exit_code == 0
    assert "Warning: stories/floods.md:11: unknown code 'number-change'" in result.stderr


# Exit codes and formats ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [("error", 0), ("warning", 1), ("info", 1), ("never", 0)],
)
def test_fail_on_chooses_what_fails_and_warnings_are_printed(invoke: Invoke, tmp_path: pathlib.Path, fail_on: str, code: int) -> None:
    root = _newsroom(tmp_path, _clean_body().replace("said Husamuddin Khattak", "said Hussamuddin Khattak"))
    result = invoke("check", "stories/floods.md", "-s", "wire/ap-floods.txt", "--fail-on", fail_on, cwd=root)
    assert result.exit_code == code
    assert "stories/floods.md:9:" in result.stdout and "name-spelling warning" in result.stdout


def test_story_without_source_says_what_to_add(invoke: Invoke, tmp_path: pathlib.Path) -> None:
    root = _newsroom(tmp_path, _clean_body())
    result = invoke("check", "stories/floods.md", cwd=root)
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: stories/floods.md: no source found; name it in the story's front matter ('sources: [wire/ap-123.txt]'), "
        "map the story in setup.cfg [tool:diffnews] sources, or pass --source WIRE\n"
    )


def test_missing_source_and_missing_story_are_input_errors(invoke: Invoke, tmp_path: pathlib.Path) -> None:
    root = _newsroom(tmp_path, _clean_body())
    result = invoke("check", "stories/floods.md", "-s", "wire/nope.txt", cwd=root)
    assert result.exit_code == 2 and result.stderr == "Error: stories/floods.md: source wire/nope.txt: no such file\n"
    result = invoke("check", "stories/nope.md", "-s", "wire/ap-floods.txt", cwd=root)
    assert result.exit_code == 2 and result.stderr == "Error: stories/nope.md: no such file\n"


@pytest.mark.parametrize("story", ["", "---\nsources: [../wire/ap-floods.txt]\n---\n"], ids=["empty", "front-matter-only"])
def test_an_empty_story_is_called_the_story_not_a_source(invoke: Invoke, tmp_path: pathlib.Path, story: str) -> None:
    root = _newsroom(tmp_path, story)
    result = invoke("check", "stories/floods.md", "-s", "wire/ap-floods.txt", cwd=root)
    assert result.exit_code == 2 and result.stderr == "Error: stories/floods.md: is empty; give an article with some text\n"
    (root / "stories" / "floods.md").write_text(_clean_body(), encoding="utf-8")
    (root / "wire" / "empty.txt").write_text("", encoding="utf-8")
    result = invoke("check", "stories/floods.md", "-s", "wire/empty.txt", cwd=root)
    assert result.stderr == "Error: stories/floods.md: source wire/empty.txt: is empty; give an article with some text\n"


def test_one_bad_story_does_not_hide_the_others(invoke: Invoke, tmp_path: pathlib.Path) -> None:
    root = _newsroom(tmp_path, _clean_body().replace("at least 280 people dead", "at least 2,800 people dead"))
    result = invoke("check", "stories/nope.md", "stories/floods.md", "-s", "wire/ap-floods.txt", cwd=root)
    assert result.exit_code == 2
    assert "number-changed" in result.stdout and "Error: stories/nope.md: no such file" in result.stderr


def test_json_output(invoke: Invoke, tmp_path: pathlib.Path) -> None:
    root = _newsroom(tmp_path, _clean_body().replace("at least 280 people dead", "at least 2,800 people dead"))
    result = invoke("check", "stories/floods.md", "-s", "wire/ap-floods.txt", "--format", "json", cwd=root)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["format"] == "diffnews-check" and data["failed"] is True and data["counts"]["error"] == 1
    finding = data["findings"][0]
    assert {key: finding[key] for key in ("path", "line", "code", "severity", "source")} == {
        "path": "stories/floods.md", "line": 3, "code": "number-changed", "severity": "error", "source": "wire/ap-floods.txt:5:113",
    }
    assert finding["end_line"] == 3 and finding["end_column"] - finding["column"] == len("at least 2,800")


def test_check_needs_a_story() -> None:
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 2 and "Missing argument 'STORY...'" in result.output


def test_bad_config_path_is_an_error(tmp_path: pathlib.Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        read_config(str(tmp_path / "none.cfg"))


_PIECES = st.sampled_from(["the", "road", "th", "e", "ro", "ad", ".", "(", "*", "\u00e9", " ", "  ", "\n", "\t", "\u00a0",
                           "\u2009", "\x1c"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=14), st.data())
def test_find_words_is_the_whitespace_joined_pattern(pieces: list[str], data: st.DataObject) -> None:
    # _quote_place used to search for re.escape(word) joined by \s+; _find_words must give the same span.
    text = "".join(pieces)
    words = data.draw(st.lists(st.sampled_from(text.split() or ["the"]), min_size=1, max_size=3))
    found = re.search(r"\s+".join(re.escape(word) for word in words), text)
    assert _find_words(words, text) == (found.span() if found else None)


def _quote_findings_of(story: str, source: str) -> list[str]:
    return [f.message for f in check_report(compare(story, source)) if f.code.startswith("quote-")]


@pytest.mark.parametrize(("source", "story"), [
    ('Mayor Ana Ruiz said the city "has done everything it can for the families, and I\'m told the bridge will '
     'reopen by spring."', 'Mayor Ana Ruiz said the bridge would reopen. "And I\'m serious," she said.'),
    ('"There is absolutely no way there can be a fair process here," Mayor Ana Ruiz said.',
     '"There is no minimum number," Mayor Ana Ruiz said of the families who may apply.'),
], ids=["two-words", "function-words"])
def test_a_short_quote_is_not_matched_by_common_words_of_a_long_one(source: str, story: str) -> None:
    assert _quote_findings_of(story, source) == []


def test_a_story_may_join_three_quoted_source_sentences() -> None:
    source = ('Mayor Ana Ruiz spoke after the vote. "We lost the bridge. We lost the school. But we did not lose '
              'each other," she said.')
    story = 'Mayor Ana Ruiz said: "We lost the bridge, we lost the school, but we did not lose each other."'
    assert _quote_findings_of(story, source) == []
    changed = check_report(compare(story.replace("each other", "our hope"), source))
    altered = [f for f in changed if f.code == "quote-altered"]
    assert len(altered) == 1 and "[-each other-] {+our hope.+}" in altered[0].message
    assert altered[0].source is not None and altered[0].source.endswith(":1:39")  # where the first quote opens


@pytest.mark.parametrize(("source", "story", "change", "diff"), [
    # An ellipsis marks a cut before the quote.
    ('Mayor Ana Ruiz said: "We will rebuild every home that was lost, and we will do it this year."',
     'Mayor Ana Ruiz said: "... we will rebuild every home that was lost, and we will do it this year."',
     ("this year", "next year"), "[-this-] {+next+}"),
    # Numbers in words or in figures are house style.
    ('Mayor Ana Ruiz said: "There is a two-in-three chance that the bridge reopens this year."',
     'Mayor Ana Ruiz said: "There is a 2 in 3 chance that the bridge reopens this year."',
     ("2 in 3", "3 in 4"), "[-two-] {+3+} in [-three-] {+4+}"),
], ids=["leading-ellipsis", "numbers-in-words"])
def test_quoting_conventions_are_not_changes(source: str, story: str, change: tuple[str, str], diff: str) -> None:
    assert _quote_findings_of(story, source) == []
    assert [m for m in _quote_findings_of(story.replace(*change), source) if diff in m]


def test_a_direction_override_in_a_quote_is_closed_within_its_lint_line() -> None:
    from diffnews.model import Finding, Severity
    from diffnews.render.lint import render_line

    finding = Finding("quote-altered", Severity.ERROR, "'all \u202eis well' ~ 'all is fine'", "story.md", 3, 1, 3, 9, "a3", "wire.txt:3:1")
    line = render_line(finding)
    assert line == "story.md:3:1: quote-altered error 'all \u202eis well' ~ 'all is fine'\u202c (wire.txt:3:1)"


def test_a_quote_of_two_speakers_is_checked_once_and_credited_to_either() -> None:
    source = 'Mayor Ana Ruiz and fire chief Omar Quist said: "The levee held through the night, and we are grateful."'
    story = '"The levee held through the night, and we are thankful," fire chief Omar Quist said.'
    findings = check_report(compare(story, source))
    assert [f.code for f in findings if f.code.startswith("quote")] == ["quote-altered"]
    both = check_report(compare(source.replace("grateful", "thankful"), story))
    assert [f.code for f in both if f.code.startswith("quote")] == []


@pytest.mark.parametrize(("story", "said"), [
    ("Officials said May payrolls were 135,000.", "'150,000'"),  # a level: the level the move reached
    ("May payrolls were revised to 135,000, officials said.", "'150,000'"),
    ("Officials said May payrolls were revised up by 25,000.", "'20,000'"),  # a move: the move
])
def test_a_level_is_compared_with_the_level_a_move_reached_not_the_move(story: str, said: str) -> None:
    source = "Officials said May payrolls were revised up by 20,000 to 150,000.\n"
    findings = [f for f in check_report(compare("Jobs\n\n" + story + "\n", "Jobs\n\n" + source))
                if f.code == "number-changed"]
    assert len(findings) == 1 and f"the source says {said}" in findings[0].message
