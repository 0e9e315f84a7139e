"""Acceptance on the seed pair: schema, set-aside lines, credits, nothing lost."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from unittest import mock

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diffnews import compare, compare_files
from diffnews import report as report_module
from diffnews.model import Attribution, QuoteMode, Report
from diffnews.report import changed_quotes, source_name, sources_agree, sources_of
from diffnews.render import json as json_renderer
from diffnews.render import markdown
from diffnews.text import normalize_text

from .conftest import FIXTURES, ROOT

SEED = FIXTURES / "qala-e-naw"
GOLD = json.loads((SEED / "gold.json").read_text(encoding="utf-8"))
PATHS = {"a": SEED / GOLD["a_file"], "b": SEED / GOLD["b_file"]}


@pytest.fixture(scope="module")
def report() -> Report:
    return compare_files([str(PATHS["a"]), str(PATHS["b"])])


def test_json_is_valid_against_schema(report: Report) -> None:
    schema = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(json_renderer.render(report)), schema)


def test_json_figures_name_who_gave_them(report: Report) -> None:
    data = json.loads(json_renderer.render(report))
    mentions = [mention for match in data["numbers"] for mention in match["mentions"].values()]
    grouped = {a.sentence: (a,) for a in report.attributions}
    assert [m["text"] for m in mentions if m.get("source") == "security sources in Tajikistan"] == ["280"]
    for mention in mentions:  # the key is there exactly when the sentence credits someone
        assert ("source" in mention) is (mention["sentence"] in grouped)


@pytest.mark.parametrize("side", ["a", "b"])
def test_gold_boilerplate_is_set_aside(report: Report, side: str) -> None:
    document = report.documents["ab".index(side)]
    for piece in GOLD["boilerplate"][side]:
        holders = [s for s in document.sentences if normalize_text(piece) in s.norm]
        assert holders, piece
        assert all(not s.role.is_content for s in holders), [(s.text, s.role) for s in holders]


@pytest.mark.parametrize("side", ["a", "b"])
def test_credit_lines_are_not_body(report: Report, side: str) -> None:
    document = report.documents["ab".index(side)]
    credit_lines = [s for s in document.sentences if s.role.value == "credit"]
    assert len(credit_lines) == 1
    assert all(agency in credit_lines[0].text for agency in GOLD["credits"][side])


@pytest.mark.parametrize("side", ["a", "b"])
def test_credits_match_gold(report: Report, side: str) -> None:
    assert list(report.documents["ab".index(side)].article.credits) == GOLD["credits"][side]


@pytest.mark.parametrize("side", ["a", "b"])
def test_sentences_cover_every_line_once_in_order(report: Report, side: str) -> None:
    document = report.documents["ab".index(side)]
    original = PATHS[side].read_text(encoding="utf-8")
    assert re.sub(r"\s+", "", "".join(s.text for s in document.sentences)) == re.sub(r"\s+", "", original)
    for sentence in document.sentences:
        assert document.article.text[sentence.start : sentence.end] == sentence.text


def test_sentence_ids_are_unique_across_report(report: Report) -> None:
    ids = [s.id for d in report.documents for s in d.sentences]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("source", "resolved", "chain", "shown"),
    [
        ("they", "they", (), '"they" (not named nearby)'),
        ("They", "", (), '"They" (not named nearby)'),
        ("they", "Two U.S. officials", (), "Two U.S. officials"),
        ("Shams", "Husamuddin Shams", (), "Husamuddin Shams"),
        ("Shams", "Husamuddin Shams", ("AFP", "Husamuddin Shams"), "AFP \u2190 Husamuddin Shams"),
    ],
    ids=["unresolved", "unresolved-no-resolution", "resolved-pronoun", "surname", "chain"],
)
def test_source_name_says_when_a_pronoun_is_not_resolved(source: str, resolved: str, chain: tuple, shown: str) -> None:
    attribution = Attribution("a1", source, resolved, "said", QuoteMode.INDIRECT, chain=chain)
    assert source_name(attribution) == shown


_BARRIERS = ("Flood Barriers Hold in Rotterdam\n\nThe city's new flood barriers held through the storm on Sunday, "
             "Mayor Ahmed Aboutaleb said. Officials expect the cleanup to take two weeks.\n")


@pytest.mark.parametrize(("credit", "differ"), [
    ("Aboutaleb told reporters", False),  # the surname of the speaker A names in full
    ("the port authority's Allard Castelein told reporters", True),
])
def test_sources_differ_only_when_the_speakers_do(credit: str, differ: bool) -> None:
    other = ("Rotterdam Barriers Survive Storm\n\nThe new flood barriers in the city held through Sunday's storm, "
             f"{credit}. Engineers will inspect them next month.\n")
    rendered = markdown.render(compare(_BARRIERS, other))
    assert ("Sources differ: A credits Ahmed Aboutaleb; B credits" in rendered) is differ
    assert "according to Ahmed Aboutaleb" in rendered  # each side's credit is still shown


def test_a_source_one_side_adds_is_named_alone() -> None:
    other = ("Rotterdam Barriers Survive Storm\n\nThe city's new flood barriers held through the storm on Sunday, "
             "Mayor Ahmed Aboutaleb said, the Dutch news agency ANP reported. Engineers will inspect them next month.\n")
    rendered = markdown.render(compare(_BARRIERS, other))
    assert "Sources differ: B also credits Dutch news agency ANP." in rendered


def test_a_relay_of_the_same_speaker_is_named_as_such() -> None:
    relayed = Attribution("b14", "Shams", "Shams", "quoted", QuoteMode.INDIRECT, chain=("AFP", "Shams"))
    assert sources_agree([relayed], [Attribution("a16", "Shams", "Hessamuddin Shams", "said", QuoteMode.INDIRECT)])
    rendered = markdown.render(compare_files([str(FIXTURES / "qala-e-naw" / "rferl-qala-e-naw.txt"),
                                              str(FIXTURES / "qala-e-naw" / "dw-qala-e-naw.txt")]))
    assert "Same speaker, relayed differently: A credits Hessamuddin Shams; B credits AFP \u2190 Shams." in rendered


def test_a_credit_repeated_in_other_case_is_listed_once() -> None:
    grouped = {
        "a1": (Attribution("a1", "Afghan Officials", "Afghan Officials", "say", QuoteMode.INDIRECT),),
        "a2": (Attribution("a2", "Afghan officials", "Afghan officials", "say", QuoteMode.INDIRECT),
               Attribution("a2", "local residents", "local residents", "said", QuoteMode.INDIRECT)),
    }
    assert sources_of(grouped, ["a1", "a2"]) == ("Afghan Officials", "local residents")


@pytest.mark.parametrize(("second", "changed"), [
    ("We will rebuild every home that the water took from them.", True),
    ("We will rebuild every house that the water took.", True),  # "tidied": words dropped
    ("We will rebuild every house that the water took from them!", False),  # only the punctuation differs
    ("We will rebuild every house, that the water took from them", False),
])
def test_a_quote_counts_as_reworded_only_when_its_words_change(second: str, changed: bool) -> None:
    said = "Mayor Ana Ruiz said on Monday after the flood: \u201c{}\u201d\n"
    report = compare("Flood\n\n" + said.format("We will rebuild every house that the water took from them."),
                     "Flood Hits Town\n\n" + said.format(second))
    assert len([a for a in report.attributions if a.quote]) == 2
    assert bool(changed_quotes(report)) is changed


def test_the_shared_facts_say_how_to_read_their_scores_and_wording(report: Report) -> None:
    text = markdown.render(report)
    section = text[text.index("## Shared facts"):]
    assert "~~struck~~ words are A's, **bold** words are what B has in their place" in section.split("###")[0]


def test_sentence_ids_stay_unique_past_the_alphabet() -> None:
    # The fourth document ("d") has a 271st sentence, the 27th ("d27") a first: once both were "d271".
    counts = [280 if n == 3 else 2 for n in range(27)]
    texts = [f"Report {n}\n\n" + " ".join(f"Officials counted {n * 1000 + i} homes." for i in range(count)) + "\n"
             for n, count in enumerate(counts)]
    report = compare(*texts)
    schema = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(json_renderer.render(report)), schema)
    ids = [sentence.id for document in report.documents for sentence in document.sentences]
    assert len(ids) == len(set(ids))
    assert report.documents[26].id == "d27" and report.documents[26].sentences[0].id == "d27_1"


# changed_quotes compares only the quotes _sharing_quotes names: every pair sharing enough words must be one.
_QUOTE_WORDS = "we will rebuild every house home that the water took from them".split()


@given(st.lists(st.lists(st.sampled_from(_QUOTE_WORDS), min_size=3, max_size=12), max_size=12))
def test_quotes_sharing_enough_words_are_compared(quotes: list[list[str]]) -> None:
    vocabulary = [Counter(quote) for quote in quotes]
    later = report_module._sharing_quotes(vocabulary)
    for i, first in enumerate(vocabulary):
        for j in range(i + 1, len(vocabulary)):
            longest = max(first.total(), vocabulary[j].total())
            if (first & vocabulary[j]).total() / longest >= report_module._QUOTE_WORDS_KEPT:
                assert j in later[i], (quotes[i], quotes[j])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.permutations(_QUOTE_WORDS).map(lambda words: " ".join(words[:8])), min_size=1,
                         max_size=4), min_size=2, max_size=4))
def test_changed_quotes_are_those_of_every_pair(documents: list[list[str]]) -> None:
    texts = ["Flood\n\n" + "\n".join(f"Mayor Ana Ruiz said on Monday: \u201c{quote}.\u201d" for quote in quotes)
             for quotes in documents]
    report = compare(*texts)
    every = lambda vocabulary: [list(range(i + 1, len(vocabulary))) for i in range(len(vocabulary))]  # noqa: E731
    with mock.patch.object(report_module, "_sharing_quotes", every):
        expected = changed_quotes(report)
    assert changed_quotes(report) == expected


def test_quotes_of_27_documents() -> None:
    """27 reports of the same 50 quotes, one in ten shortened: comparing every pair of the 1,350 quotes took 11 s."""
    rng = random.Random(27)
    syllables = ["ka", "lo", "mi", "ran", "so", "te", "vu", "zel"]
    words = ["".join(rng.choice(syllables) for _ in range(3)) for _ in range(2000)]
    base = [" ".join(rng.sample(words, 25)) for _ in range(50)]
    texts = []
    for _ in range(27):
        quotes = [quote if rng.random() < 0.9 else " ".join(quote.split()[:20]) for quote in base]
        texts.append("Flood\n\n" + "\n".join(f"Mayor Ana Ruiz said on Monday: \u201c{q}.\u201d" for q in quotes))
    changes = changed_quotes(compare(*texts))
    assert len(changes) == 279
    # Each change is one quote shortened or lengthened by its last five words.
    assert all(abs(len(c.first.quote.split()) - len(c.second.quote.split())) == 5 for c in changes)


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        ("Amtrak train derails after striking dump truck in Missouri; multiple injuries reported",
         "A: Amtrak train derails after striking dump truck in..."),
        ("Short headline for a storm", "A: Short headline for a storm"),
        ("Supercalifragilisticexpialidociouslyextraordinarilylongwordsheadline",
         "A: Supercalifragilisticexpialidociouslyextraordinarilylongwo..."),
    ],
)
def test_a_long_headline_is_shortened_at_a_word_boundary(headline: str, label: str) -> None:
    result = compare(f"{headline}\n\nThe train left the tracks on Monday.\n", "Crash\n\nA train crashed.\n")
    assert report_module.document_label(result.documents[0], 0) == label
