"""Tests for diffnews.sentences: news-wire cases, the Golden Rules, and the span contract."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diffnews import sentences
from diffnews.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
NEWS_CASES = json.loads((ROOT / "fixtures" / "segment" / "news_cases.json").read_text(encoding="utf-8"))
GOLDEN_PATH = ROOT / "fixtures" / "segment" / "english_golden_rules.json"
GOLDEN_RULES = json.loads(GOLDEN_PATH.read_text(encoding="utf-8"))
# Golden Rules we knowingly fail, by id, with the reason (at most two may be listed).
GOLDEN_XFAIL: dict[int, str] = {}


def texts(text: str) -> list[str]:
    """Return the sentences of ``text`` as strings."""
    return [text[start:end] for start, end in split_sentences(text)]


def collapse(sentences: list[str]) -> list[str]:
    """Collapse white space inside each sentence."""
    return [" ".join(sentence.split()) for sentence in sentences]


def assert_contract(text: str, spans: list[tuple[int, int]]) -> None:
    """Assert spans are trimmed, ordered, disjoint, and cover every non-space character once."""
    previous_end = 0
    for start, end in spans:
        assert 0 <= previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end
    covered = [False] * len(text)
    for start, end in spans:
        for index in range(start, end):
            covered[index] = True
    missing = [index for index, char in enumerate(text) if not char.isspace() and not covered[index]]
    assert missing == []


@pytest.mark.parametrize("case", NEWS_CASES, ids=[case["id"] for case in NEWS_CASES])
def test_news_case(case: dict) -> None:
    assert texts(case["text"]) == case["sentences"]


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=GOLDEN_XFAIL[case["id"]]))
        if case["id"] in GOLDEN_XFAIL
        else case
        for case in GOLDEN_RULES
    ],
    ids=[f"{case['id']:02d}-{case['rule']}" for case in GOLDEN_RULES],
)
def test_golden_rule(case: dict) -> None:
    assert collapse(texts(case["text"])) == collapse(case["sentences"])


def test_at_most_two_golden_rules_expected_to_fail() -> None:
    assert len(GOLDEN_XFAIL) <= 2


@pytest.mark.parametrize("case", NEWS_CASES, ids=[case["id"] for case in NEWS_CASES])
def test_news_case_spans_keep_the_contract(case: dict) -> None:
    assert_contract(case["text"], split_sentences(case["text"]))


_TRICKY = "aAbZ019 .....?!…“”\"'‘’()[]\n\t\u00a0•⁃$%@/-:;,"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_TRICKY), max_size=80) | st.text(max_size=80))
def test_spans_keep_the_contract_on_any_text(text: str) -> None:
    assert_contract(text, split_sentences(text))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Mr.", "U.S.", "The", "the", "a.m.", "1.", "2)", "a.", "No.", "5", "St.", "“Why?”", "he", "said.",
             "Inc.", ". . .", "...", "I.", "E.", "Jan.", "(", ")", "\n", "\n\n", "•", "—", "D.C."]
        ),
        max_size=30,
    )
)
def test_spans_keep_the_contract_on_news_like_text(tokens: list[str]) -> None:
    text = " ".join(tokens)
    assert_contract(text, split_sentences(text))


def test_empty_and_blank_text_give_no_spans() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t\u00a0 ") == []


def test_long_text_without_punctuation_is_one_span() -> None:
    text = "word " * 40_000 + "x" * 10
    assert len(text) >= 200_000
    assert split_sentences(text) == [(0, len(text))]


def test_blank_line_ends_a_sentence_without_punctuation() -> None:
    assert texts("Iran hosts surprise talks\n\nTaliban envoys met officials.") == [
        "Iran hosts surprise talks",
        "Taliban envoys met officials.",
    ]


def test_lowercase_continuation_line_is_not_a_break() -> None:
    assert texts("The capital of\nthe province fell. Officials fled.") == [
        "The capital of\nthe province fell.",
        "Officials fled.",
    ]


def test_offsets_index_the_original_text() -> None:
    text = "\u00a0 “It’s over.”\u00a0 He left."
    assert split_sentences(text) == [(2, 14), (16, 24)]
    assert texts(text) == ["“It’s over.”", "He left."]


def test_doctests() -> None:
    assert doctest.testmod(sentences).failed == 0
