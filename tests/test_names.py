"""Name spelling variants: transliteration pairs, guards against different real names, and the seed pair."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest

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
