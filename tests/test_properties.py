"""Properties of the whole pipeline, over arbitrary Unicode and over real sentences recombined.

Examples per property: 300 in the normal run (all four properties take about
15 s together); ``DIFFNEWS_SLOW=1`` runs 5,000 examples of each, with random
rather than derandomized draws.
"""

from __future__ import annotations

import os
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from diffnews.errors import InputError
from diffnews.load import load_text
from diffnews.pipeline import compare
from diffnews.render.json import to_data
from diffnews.segment import segment_article

from .conftest import FIXTURES

SLOW = os.environ.get("DIFFNEWS_SLOW", "") not in ("", "0")
_COMMON: dict[str, Any] = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow], "derandomize": not SLOW}
MAIN = settings(max_examples=5000 if SLOW else 300, **_COMMON)
RECOMBINED = settings(max_examples=5000 if SLOW else 300, **_COMMON)
SIDE = settings(max_examples=5000 if SLOW else 300, **_COMMON)


_ENDS = tuple(".!?\"\u201d")


def _seed_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted((FIXTURES / "qala-e-naw").glob("*.txt")):
        article = load_text(path.read_text(encoding="utf-8"), id="a", path=str(path))
        # Body sentences that end like sentences, so that any order of them still splits the same way.
        sentences += [s.text for s in segment_article(article).sentences if s.role.value == "body" and s.text.endswith(_ENDS)]
    return sorted(set(sentences))


SENTENCES = _seed_sentences()

# Any Unicode text, with the characters that stress a text pipeline made common.
_ODD = st.sampled_from(list("\n\r\t \u00a0\u2009\u200b\u200d\ufeff\u2028.!?\u201c\u201d\"'\u2019-\u2014()0123456789%$,"))
unicode_text = st.lists(st.one_of(st.characters(), _ODD, st.sampled_from(["the ", "said ", "1,000 ", "Mr. ", "U.S. "])), max_size=80).map("".join)


@st.composite
def articles(draw: st.DrawFn) -> str:
    """An article made of real news sentences: an optional headline, then paragraphs."""
    chosen = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=12, unique=True))
    paragraphs: list[list[str]] = [[]]
    for sentence in chosen:
        if paragraphs[-1] and draw(st.booleans()):
            paragraphs.append([])
        paragraphs[-1].append(sentence)
    body = "\n\n".join(" ".join(paragraph) for paragraph in paragraphs)
    headline = draw(st.sampled_from(["", "Taliban attack repelled\n\n", "# Fighting in Qala-e-Naw\n\n"]))
    return headline + body + draw(st.sampled_from(["", "\n", "\n\nWith reporting by AP and Reuters\n"]))


def _compare(*texts: str) -> dict[str, Any] | None:
    """The JSON report, or None when an input has no text at all."""
    try:
        return to_data(compare(*texts))
    except InputError as error:
        assert "is empty" in str(error)
        return None


def _check_accounting(report: dict[str, Any], texts: tuple[str, ...]) -> None:
    """Every character of every input is in exactly one sentence; every sentence in exactly one place."""
    aligned = sorted({sid for group in report["alignments"] for ids in group["sentences"].values() for sid in ids})
    for document, text in zip(report["documents"], texts):
        sentences = document["sentences"]
        shown = "".join(s["text"] for s in sentences)
        # The loader drops leading byte-order marks (Article.text), and nothing else.
        assert re.sub(r"\s", "", shown) == re.sub(r"\s", "", text.lstrip("\ufeff"))
        ids = [s["id"] for s in sentences]
        places = [sid for sid in aligned if sid in set(ids)] + document["unique"] + document["set_aside"]
        assert sorted(places) == sorted(ids)
        for previous, sentence in zip(sentences, sentences[1:]):
            assert previous["end"] <= sentence["start"]


def _swap(report: dict[str, Any]) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(tuple(g["sentences"].get("a", ())), tuple(g["sentences"].get("b", ()))) for g in report["alignments"]}


def _renamed(ids: tuple[str, ...], to: str) -> tuple[str, ...]:
    return tuple(to + sid[1:] for sid in ids)


@MAIN
@given(unicode_text, unicode_text)
def test_arbitrary_unicode_never_breaks_and_accounts_for_every_sentence(a: str, b: str) -> None:
    report = _compare(a, b)
    if report is not None:
        _check_accounting(report, (a, b))


@RECOMBINED
@given(articles(), articles())
def test_recombined_articles_account_for_every_sentence_and_are_deterministic(a: str, b: str) -> None:
    report = _compare(a, b)
    assert report is not None
    _check_accounting(report, (a, b))
    assert _compare(a, b) == report
    for document, text in zip(report["documents"], (a, b)):
        texts = [s["text"] for s in document["sentences"]]
        for sentence in SENTENCES:
            if sentence in text:
                assert texts.count(sentence) == 1, sentence


@SIDE
@given(articles(), articles())
@example(  # found by hypothesis: a2 joins b3 and, in a second alignment, b2
    '"There is war, there is pressure. "We have plans to retake the districts," he added. The attack on Qala-e Naw came as '
    "Afghan authorities vowed to retake all districts lost to the Taliban as the Pentagon says the withdrawal of U.S. forces "
    "from the country is nearing completion.",
    '"There is war, there is pressure. A Taliban capture of Qala-e-Naw would be of "strategic value as it creates a '
    'psychological effort of Afghan forces losing territory like dominoes,"\xa0Afghanistan expert Nishank Motwani told the AFP. '
    '"We have plans to retake the districts," he added.',
)
def test_no_sentence_is_in_two_alignments(a: str, b: str) -> None:
    report = _compare(a, b)
    assert report is not None
    aligned = [sid for group in report["alignments"] for ids in group["sentences"].values() for sid in ids]
    assert len(aligned) == len(set(aligned))


@SIDE
@given(articles(), articles())
def test_swapping_documents_swaps_their_roles(a: str, b: str) -> None:
    forward, backward = _compare(a, b), _compare(b, a)
    assert forward is not None and backward is not None
    assert {(_renamed(x, "b"), _renamed(y, "a")) for x, y in _swap(forward)} == {(y, x) for x, y in _swap(backward)}
    for doc_forward, doc_backward in zip(forward["documents"], reversed(backward["documents"])):
        assert [s["text"] for s in doc_forward["sentences"]] == [s["text"] for s in doc_backward["sentences"]]
        assert [_renamed((sid,), "x") for sid in doc_forward["unique"]] == [_renamed((sid,), "x") for sid in doc_backward["unique"]]


@SIDE
@given(articles())
def test_an_article_compared_with_itself_aligns_every_body_sentence_with_its_twin(a: str) -> None:
    report = _compare(a, a)
    assert report is not None
    pairs = _swap(report)
    for sentence in report["documents"][0]["sentences"]:
        if sentence["role"] == "body":
            # Its twin is in the same alignment (the aligner may group a headline with the lede on both sides).
            assert any(sentence["id"] in a and "b" + sentence["id"][1:] in b for a, b in pairs), sentence["text"]
    assert [m for m in report["numbers"] if m["status"] == "conflict"] == []


@pytest.mark.parametrize("text", ["", " \n\t", "\ufeff", "\u200b\u200d\n\u2060", "\u00a0\u3000"], ids=["empty", "blank", "bom-only", "zero-width-only", "unicode-spaces"])
def test_text_without_visible_characters_is_empty(text: str) -> None:
    assert _compare(text, "Storm hits coast.") is None
