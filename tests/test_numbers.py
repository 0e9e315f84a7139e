"""Extraction cases from fixtures/numbers/*.json, and interval properties of relate()."""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path

import pytest
from hypothesis import example, given, strategies as st

from diffnews import compare
from diffnews.model import NumberStatus, Quantity, QuantityKind
from diffnews.numbers import MAX_DIGITS, agreement_reach, extract_quantities, in_common_units, relate

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "numbers"
EXTRACTION = json.loads((FIXTURES / "extraction.json").read_text(encoding="utf-8"))["cases"]
RELATIONS = json.loads((FIXTURES / "relations.json").read_text(encoding="utf-8"))["cases"]


def _bound(value: float | str) -> float:
    return math.inf if value == "inf" else float(value)


@pytest.mark.parametrize("case", EXTRACTION, ids=[f"{c['id']}:{c['text'][:40]}" for c in EXTRACTION])
def test_extraction(case: dict) -> None:
    found = extract_quantities(case["text"])
    got = [(q.text, q.kind.value, q.thing) for q in found]
    assert got == [(e["text"], e["kind"], e["thing"]) for e in case["expect"]]
    for quantity, expected in zip(found, case["expect"]):
        assert quantity.text == case["text"][quantity.start : quantity.end]
        assert quantity.unit == expected.get("unit", quantity.unit)
        for actual, wanted in ((quantity.low, _bound(expected["low"])), (quantity.high, _bound(expected["high"]))):
            assert actual == wanted if math.isinf(wanted) else math.isclose(actual, wanted, rel_tol=1e-6)


def test_extraction_table_is_large_enough() -> None:
    assert len(EXTRACTION) >= 80


@pytest.mark.parametrize("case", RELATIONS, ids=[c["id"] for c in RELATIONS])
def test_relation(case: dict) -> None:
    a, b = extract_quantities(case["a"])[0], extract_quantities(case["b"])[0]
    assert relate(a, b).value == case["status"]
    assert relate(b, a).value == case["status"]


def test_offsets_index_original_text_with_nbsp_and_curly_quotes() -> None:
    text = "\u201cMore than\u00a01,000 troops\u201d fled \u2014 some\u00a030 died."
    found = extract_quantities(text)
    assert [text[q.start : q.end] for q in found] == ["More than\u00a01,000", "some\u00a030"]


_finite = st.floats(min_value=0, max_value=1e9, allow_nan=False)


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    low = draw(_finite)
    high = draw(st.one_of(st.just(math.inf), st.floats(min_value=low, max_value=2e9, allow_nan=False)))
    shape = draw(st.sampled_from(("exact", "estimate", "span")))
    if shape != "span":
        value = float(draw(st.integers(min_value=0, max_value=10**7)))
        if shape == "estimate":
            return Quantity(f"about {value:g}", 0, 1, value * 0.9, value * 1.1, QuantityKind.COUNT, "", "about", value)
        return Quantity(f"{value:g}", 0, 1, value, value, QuantityKind.COUNT, value=value)
    return Quantity("x", 0, 1, low, high, QuantityKind.COUNT, qualifier="about")


def _estimate(quantity: Quantity) -> bool:
    return quantity.qualifier == "about" and quantity.value is not None


@given(quantities(), quantities())
def test_relate_is_symmetric(a: Quantity, b: Quantity) -> None:
    assert relate(a, b) is relate(b, a)


@given(quantities(), quantities())
def test_same_implies_compatible_intervals(a: Quantity, b: Quantity) -> None:
    if relate(a, b) is NumberStatus.SAME:
        assert a.low <= b.high and b.low <= a.high


@given(quantities(), quantities())
def test_overlap_is_never_a_conflict(a: Quantity, b: Quantity) -> None:
    # Except between two estimates, which must each lie within the other's width (below).
    if a.low <= b.high and b.low <= a.high and not (_estimate(a) and _estimate(b)):
        assert relate(a, b) is not NumberStatus.CONFLICT


@given(quantities(), quantities())
def test_estimates_agree_when_their_centres_are_within_one_width(a: Quantity, b: Quantity) -> None:
    if _estimate(a) and _estimate(b) and a.value != b.value:
        margin = abs(a.value - b.value) - 0.1 * min(a.value, b.value)
        if abs(margin) > 1e-6 * max(a.value, b.value):  # not on the edge, where float noise decides
            assert (relate(a, b) is NumberStatus.COMPATIBLE) == (margin < 0)


@given(quantities())
def test_a_figure_is_the_same_as_itself(a: Quantity) -> None:
    assert relate(a, a) is NumberStatus.SAME


def _mirrored(quantity: Quantity) -> Quantity:
    """The figure reflected below zero: "about 12" becomes "about -12"."""
    text = quantity.text.replace(f"{quantity.value:g}", f"-{quantity.value:g}") if quantity.value else quantity.text
    return dataclasses.replace(quantity, text=text, low=-quantity.high, high=-quantity.low,
                               value=None if quantity.value is None else -quantity.value)


@given(quantities(), quantities())
def test_figures_below_zero_relate_as_their_mirrors_above_it(a: Quantity, b: Quantity) -> None:
    assert relate(_mirrored(a), _mirrored(b)) is relate(a, b)


@given(st.text(max_size=200))
@example("¼m")  # a vulgar fraction glued to "m": found by hypothesis
def test_extraction_never_crashes_and_spans_are_in_range(text: str) -> None:
    for quantity in extract_quantities(text):
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert quantity.low <= quantity.high


class _EveryWord:
    """Stands in for the set of words that may open a quantity, admitting every word."""

    def __contains__(self, word: object) -> bool:
        return True


_OPENING_TEXTS = [c["text"] for c in EXTRACTION] + [
    "Some 30 troops, up to 1,000 people and between 10 and 12 percent; from 5 to 9 a.m., a dozen, US$ 5 and a quarter of voters.",
    "A little more than half of them, no fewer than two-thirds, almost a hundred, as many as a couple of dozen.",
]


@pytest.mark.parametrize("text", _OPENING_TEXTS, ids=range(len(_OPENING_TEXTS)))
def test_skipping_words_that_cannot_open_a_quantity_changes_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from diffnews import numbers

    fast = extract_quantities.__wrapped__(text)
    monkeypatch.setattr(numbers, "_OPENING_WORDS", _EveryWord())
    assert extract_quantities.__wrapped__(text) == fast


@pytest.mark.parametrize("figure", ["7" * 309, "5" * 5000 + "th", "1" * 400 + "%", "$" + "9" * 320 + " million",
                                    "1" * 320 + "-" + "2" * 320, "\u0663" * 400])
def test_a_run_of_more_digits_than_any_figure_is_no_figure(figure: str) -> None:
    # Such runs overflowed a float or an int-to-float conversion; they are read as a word.
    assert extract_quantities(f"The company said it lost {figure} in the crash.") == ()
    assert extract_quantities("It lost " + "1" * MAX_DIGITS + " dollars.")[0].value == float("1" * MAX_DIGITS)
    compare(f"Crash\n\nThe company said it lost {figure} in the crash.\n", "Crash\n\nThe company lost 5 dollars.\n")


_RELATED = [quantity for case in [*EXTRACTION, *({"text": c[side]} for c in RELATIONS for side in "ab")]
            for quantity in extract_quantities(case["text"])]


def _widened(quantity: Quantity) -> tuple[float, float]:
    reach = agreement_reach(quantity)
    return min(quantity.low, quantity.high) - reach, max(quantity.low, quantity.high) + reach


@given(st.sampled_from(_RELATED), st.sampled_from(_RELATED), st.sampled_from([1.0, 1.001, 1.05, 1.1, 1.3, 0.95]))
def test_figures_that_agree_meet_when_widened_by_their_reach(first: Quantity, second: Quantity, scale: float) -> None:
    # match_figures looks for agreeing figures among those whose widened intervals meet (figure_pairs._agreement_spans).
    second = dataclasses.replace(second, low=second.low * scale, high=second.high * scale,
                                 value=second.value * scale if second.value is not None else None)
    if relate(first, second) is not NumberStatus.CONFLICT:
        (low, high), (other_low, other_high) = (_widened(q) for q in in_common_units(first, second))
        assert low <= other_high and other_low <= high, (first, second)
