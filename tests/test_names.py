"""Name spelling variants: transliteration pairs, guards against different real names, and the seed pair."""

from __future__ import annotations

import doctest
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diffnews
from diffnews import names
from diffnews.load import load_text
from diffnews.model import Document
from diffnews.names import canonical_agency, find_name_variants
from diffnews.segment import segment_article

ROOT = Path(__file__).resolve().parent.parent
PAIRS = json.loads((ROOT / "fixtures" / "names" / "cases.json").read_text(encoding="utf-8"))["pairs"]


def document(text: str, id: str) -> Document:
    return segment_article(load_text(text, id=id))


def spellings(documents: list[Document]) -> list[set[str]]:
    return [{form.text for form in variant.forms} for variant in find_name_variants(documents)]


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{p['a']}~{p['b']}" for p in PAIRS])
def test_pair_across_two_documents(pair: dict) -> None:
    first = document(f"Talks Resume\n\nDelegates met in the capital. Envoys from {pair['a']} arrived on Monday.", "a")
    second = document(f"Talks Resume\n\nDelegates met in the capital. Envoys from {pair['b']} arrived on Monday.", "b")
    found = {pair["a"], pair["b"]} in spellings([first, second])
    assert found == pair["same"], pair["why"]


def test_both_spellings_in_one_document_are_two_names() -> None:
    first = document("Floods\n\nRain hit Badghis and Bagdhis on Monday.", "a")
    second = document("Floods\n\nRain hit Badghis on Monday.", "b")
    assert spellings([first, second]) == []


def test_each_variant_once_with_every_place() -> None:
    first = document("Siege\n\nFighters entered Qala-e Naw on Monday. Shops in Qala-e Naw closed.", "a")
    second = document("Siege\n\nFighting hit Qala-e-Naw. Residents fled Qala-e-Naw and Qala-e Naw emptied.", "b")
    (variant,) = find_name_variants([first, second])
    assert [(form.document, form.text, form.sentences) for form in variant.forms] == [
        ("a", "Qala-e Naw", ("a2", "a3")),
        ("b", "Qala-e-Naw", ("b2", "b3")),
        ("b", "Qala-e Naw", ("b3",)),
    ]


def test_a_name_differing_in_one_word_is_reported_once_by_that_word() -> None:
    # Accents fold away, so the full names are "the same" too; the word that differs is the one to show.
    first = document("Search\n\nFrancois Habitegeko, the governor, said a search was under way.", "a")
    second = document("Search\n\nFran\u00e7ois Habitegeko, the governor, said a search was under way.", "b")
    assert spellings([first, second]) == [{"Francois", "Fran\u00e7ois"}]


def test_a_name_differing_in_every_word_is_reported_once_where_it_is_whole() -> None:
    first = document("Final\n\nThe coach Serina Weighman made changes. Later Weighman praised her team.", "a")
    second = document("Final\n\nSarina Wiegman made two changes at half-time. Wiegman smiled.", "b")
    assert spellings([first, second]) == [{"Serina Weighman", "Sarina Wiegman"}, {"Weighman", "Wiegman"}]
    assert [form.sentences for form in find_name_variants([first, second])[1].forms] == [("a2", "a3"), ("b2", "b3")]


def test_sentence_initial_common_words_are_not_names() -> None:
    first = document("Report\n\nMarch was wet in the north.", "a")
    second = document("Report\n\nMatch was cancelled in the north.", "b")
    assert spellings([first, second]) == []


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("the Reuters news agency", "Reuters"), ("The Associated Press", "AP"), ("Agence France-Presse", "AFP"), ("the mayor", "")],
)
def test_canonical_agency(phrase: str, name: str) -> None:
    assert canonical_agency(phrase) == name


def test_doctests() -> None:
    assert doctest.testmod(names).failed == 0


def test_seed_pair_variants_exactly(seed_gold: dict, seed_report: diffnews.Report) -> None:
    gold, report = seed_gold, seed_report
    found = spellings(list(report.documents))
    for pair in gold["spelling_variants"]:
        assert any(set(pair) <= forms for forms in found), pair
    # Nothing else: every reported variant is one of the gold names.
    assert len(found) == len(gold["spelling_variants"])
    assert find_name_variants(report.documents) == find_name_variants(report.documents)


# Blocking: forms are compared only when they share a key, so every pair _same_name accepts must share one.
_NAME_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _respell(name: str, edit: int, at: int) -> str:
    """One transliteration-like change: swap two letters, double the last, drop or add an h or vowel, a hyphen."""
    at %= max(1, len(name) - 1)
    return [
        name[:at] + name[at + 1 : at + 2] + name[at : at + 1] + name[at + 2 :],
        name + name[-1:],
        name[:at] + name[at + 1 :],
        name[:at] + "h" + name[at:],
        name[:at] + "aeiouy"[at % 6] + name[at:],
        name[:at] + "-" + name[at:],
        name.upper(),
    ][edit % 7]


@settings(max_examples=2000, deadline=None)
@given(
    st.text(_NAME_LETTERS, min_size=1, max_size=12).map(str.capitalize),
    st.lists(st.tuples(st.integers(0, 6), st.integers(0, 20)), max_size=3),
)
def test_blocking_keeps_every_pair_same_name_accepts(name: str, edits: list[tuple[int, int]]) -> None:
    other = name
    for edit, at in edits:
        other = _respell(other, edit, at)
    if names._same_name(name, other):
        assert set(names.blocking_keys(name)) & set(names.blocking_keys(other)), (name, other)


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{p['a']}~{p['b']}" for p in PAIRS])
def test_blocking_keeps_fixture_pairs(pair: dict) -> None:
    if names._same_name(pair["a"], pair["b"]):
        assert set(names.blocking_keys(pair["a"])) & set(names.blocking_keys(pair["b"]))


_AGENCY_MENTIONS = """AP Associated Press AFP Agence France-Presse Agence France Presse Reuters dpa DPA Deutsche Presse-Agentur UPI
United Press International Xinhua TASS ITAR-TASS ANSA EFE Kyodo Yonhap PA Media Press Association AAP Australian Associated
Press Anadolu IRNA Interfax RIA RIA Novosti KCNA PTI Press Trust of India ANI Asian News International IANS
Indo-Asian News Service Bernama Antara Jiji Canadian Press KUNA MENA Tasnim
ISNA Bloomberg (AP/Reuters) "AFP's" x-AP.""".replace("\n", " ")


@pytest.mark.parametrize(("pattern", "prefilter"), list(zip(names.AGENCY_PATTERNS, names.AGENCY_PREFILTERS)),
                         ids=[name for _, name in names.AGENCY_PATTERNS])
def test_agency_prefilter_matches_wherever_its_pattern_does(pattern: tuple, prefilter: object) -> None:
    regex, _ = pattern
    texts = [_AGENCY_MENTIONS, *(path.read_text(encoding="utf-8") for path in sorted((ROOT / "fixtures").rglob("*.txt")))]
    matches = [match for text in texts for match in re.finditer(regex, text)]
    assert matches, "give the test a mention of this agency"
    for match in matches:
        assert prefilter.match(match.string, match.start()), match.group()  # type: ignore[attr-defined]
        # canonical_agency tries a pattern only on a phrase its prefilter matches whole.
        phrase = match.group()
        assert prefilter.fullmatch(phrase) or not re.fullmatch(regex, phrase)  # type: ignore[attr-defined]
