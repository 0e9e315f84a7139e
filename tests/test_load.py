"""Loader: line roles (data-driven cases) and decoding."""

from __future__ import annotations

import codecs
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diffnews import load, markup, photo_credits
from diffnews.errors import InputError
from diffnews.decode import decode
from diffnews.load import load_text

from .conftest import FIXTURES

CASES = json.loads((FIXTURES / "load" / "roles.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_line_roles(case: dict) -> None:
    article = load_text(case["text"], id="a")
    found = [[article.text[line.start : line.end], line.role.value] for line in article.lines]
    assert found == case["lines"]


def test_outlet_header_names_the_outlet() -> None:
    assert load_text("# outlet: The Daily Planet\nStorm hits coast\n\nIt rained.\n", id="a").outlet == "The Daily Planet"


@pytest.mark.parametrize(("text", "outlet"), [
    ("The Springfield Gazette\n\nSkip to content\n\nStorm hits the coast\n\nIt rained.\n", "The Springfield Gazette"),
    ("# outlet: Daily Planet\nThe Springfield Gazette\n\nStorm hits the coast\n\nIt rained.\n", "Daily Planet"),
    ("Police Record Rise\n\nThefts went up by a fifth in the city last year\n\nIt rained.\n", ""),
    ("Watch KBTX News\n\nStorm hits the coast\n\nIt rained.\n", "KBTX News"),
    ("The Last Post\n\nA bugler plays at dusk for the fallen of the war\n\nIt rained.\n", ""),
    ("The Last Post\n\nMenu\n\nA bugler plays at dusk for the fallen of the war\n\nIt rained.\n", "The Last Post"),
], ids=["masthead", "outlet-header-first", "short-headline", "link-verb-before-the-name", "headline-over-standfirst",
        "navigation-between-name-and-headline"])
def test_a_masthead_above_the_headline_names_the_outlet(text: str, outlet: str) -> None:
    assert load_text(text, id="a").outlet == outlet


def test_title_is_the_headline() -> None:
    assert load_text("Skip to content\n\n# Storm *hits* coast\n\nIt rained.\n", id="a").title == "Storm hits coast"


@pytest.mark.parametrize("headline", ["E-Mails Show Jostling Over \u2018Talking Points\u2019",
                                      "Senator Calls Report 'Outrageous Distortion'", 'Mayor Says "No"'])
def test_a_headline_may_end_with_a_quoted_phrase(headline: str) -> None:
    article = load_text(f"{headline}\n\nThe e-mails were released on Wednesday.\n", id="a")
    assert article.title == headline
    assert [line.role.value for line in article.lines] == ["headline", "body"]


def test_a_quote_closed_after_its_full_stop_still_ends_a_sentence() -> None:
    article = load_text('Fire Hits Town\n\nHe said "we are safe."\n', id="a")
    assert [line.role.value for line in article.lines] == ["headline", "body"]


@pytest.mark.parametrize(
    ("data", "text", "warnings"),
    [
        (codecs.BOM_UTF8 + "caf\u00e9".encode(), "caf\u00e9", ()),
        ("caf\u00e9".encode(), "caf\u00e9", ()),
        (codecs.BOM_UTF16_LE + "caf\u00e9".encode("utf-16-le"), "caf\u00e9", ()),
        (codecs.BOM_UTF16_BE + "caf\u00e9".encode("utf-16-be"), "caf\u00e9", ()),
        (codecs.BOM_UTF32_LE + "caf\u00e9".encode("utf-32-le"), "caf\u00e9", ()),
        (codecs.BOM_UTF32_BE + "caf\u00e9".encode("utf-32-be"), "caf\u00e9", ()),
        ("\u201ccaf\u00e9\u201d".encode("cp1252"), "\u201ccaf\u00e9\u201d", ("x: not valid UTF-8; read it as Windows-1252",)),
        (b"caf\xe9 \x81", "caf\u00e9 \x81", ("x: not valid UTF-8; read it as Latin-1",)),
    ],
    ids=["utf8-bom", "utf8", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf32be-bom", "cp1252", "latin1"],
)
def test_decode(data: bytes, text: str, warnings: tuple[str, ...]) -> None:
    assert decode(data, name="x") == (text, warnings)


def test_decode_refuses_a_utf32_mark_on_what_is_not_utf32() -> None:
    with pytest.raises(InputError, match="^x: starts with a UTF-32-LE byte-order mark but is not valid UTF-32-LE$"):
        decode(codecs.BOM_UTF32_LE + b"caf", name="x")


def test_decode_refuses_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"abc\x00def", name="x")


@settings(max_examples=1000, deadline=None)
@given(st.from_regex(re.compile(load._DATE_LINE, re.IGNORECASE)))
def test_date_line_tests_before_the_pattern_reject_no_date_line(line: str) -> None:
    # _is_date_line compiles and runs the pattern only for a line with a digit and at most _DATE_LINE_WORDS words.
    assert re.match(load._DATE_LINE, line, re.IGNORECASE)
    assert len(line.split()) <= load._DATE_LINE_WORDS and any(character.isdecimal() for character in line)


def test_longest_date_line_has_the_most_words() -> None:
    line = "Last updated on : Monday, 12th June., 2021, at 12:30 p.m. UTC"
    assert load._is_date_line(line) and len(line.split()) == load._DATE_LINE_WORDS
    assert not load._is_date_line("Last updated on : Monday, 12th June., 2021, at 12:30 p.m. UTC today")


# Patterns as first written, which took time quadratic in a long word or line: the faster code must agree with them.
_QUADRATIC_IMAGE_CREDIT = re.compile(
    r"(?:(?<=\S)|^)((?:image|photo|picture|foto|credit|source|bild)s?\s*:\s*\S.*"
    r"|\(?(?:photo|image)\s+by\s+.*|\S*(?:getty images|ap photo|afp photo|reuters photo|shutterstock|epa-efe)\S*\)?)$",
    re.IGNORECASE | re.MULTILINE,
)
_QUADRATIC_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")
_QUADRATIC_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*\s")
_CREDIT_PIECES = st.sampled_from(["getty", "images", "Getty Images", "AP Photo", "afp", "photo", "reuters", "shutterstock",
                                  "EPA-EFE", "Image:", "(photo by", "credits", "source", ":", "(", ")", " ", "\n", "\t", "x",
                                  "Wednesday", "/", "s", "by", "\u017f"])


def _spans(match: re.Match[str] | None) -> object:
    return None if match is None else (match.span(), match.span(1))


@settings(max_examples=3000, deadline=None)
@given(st.lists(_CREDIT_PIECES, max_size=12), st.data())
def test_image_credit_pattern_finds_what_the_quadratic_one_found(pieces: list[str], data: st.DataObject) -> None:
    line = "".join(pieces)
    # The loader searches a line from its first character, which no other opens a word after.
    starts = [0] + [index for index in range(1, len(line) + 1) if line[index - 1].isspace()]
    start = data.draw(st.sampled_from(starts))
    end = data.draw(st.integers(start, len(line)))
    assert _spans(photo_credits._IMAGE_CREDIT.search(line, start, end)) == _spans(_QUADRATIC_IMAGE_CREDIT.search(line, start, end))


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="*_x \n\t\u00a0\x1c", max_size=20))
def test_strip_emphasis_is_the_quadratic_pattern(line: str) -> None:
    assert markup.strip_emphasis(line) == _QUADRATIC_EMPHASIS.sub(r"\2", line)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=".!?\u2026\"'\u201d\u2019)]x \n", max_size=20))
def test_sentence_end_pattern_ends_where_the_quadratic_one_ended(text: str) -> None:
    ends = [match.end() for match in re.compile(load._SENTENCE_END).finditer(text)]
    assert ends == [match.end() for match in _QUADRATIC_SENTENCE_END.finditer(text)]


def test_a_date_glued_before_the_first_paragraph_leaves_its_wire_dateline_readable() -> None:
    from diffnews.credits import find_agencies
    from diffnews.segment import segment_article

    text = "Rebels Take Hill Town\n\ndate 2019-04-12 HERAT (Reuters) - Rebel fighters took a town.\n"
    article = load_text(text, id="a")
    assert find_agencies(segment_article(article).sentences) == ("Reuters",)
