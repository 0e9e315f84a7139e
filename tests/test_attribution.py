"""Attribution: speakers, cues, quotes and relay chains on wire-copy fixtures, and the seed pair's provenance gold."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diffnews
from diffnews import attribution, credits, cues, person_names, quotes, referents, relatives, speaker_words, speakers
from diffnews.attribution import attribute_sentences
from diffnews.credits import find_agencies
from diffnews.load import load_text
from diffnews.model import Role, Sentence
from diffnews.segment import segment_article
from diffnews.text import normalize_text

ROOT = Path(__file__).resolve().parent.parent
CASES = json.loads((ROOT / "fixtures" / "attribution" / "sentences.json").read_text(encoding="utf-8"))["cases"]


def build(texts: list[str], role: Role = Role.BODY, target: int = -1) -> list[Sentence]:
    """Make one document's sentences from plain strings, as the segmenter would."""
    sentences, offset = [], 0
    for index, text in enumerate(texts):
        kind = role if index == (target % len(texts)) else Role.BODY
        sentences.append(Sentence(f"t{index + 1}", "t", index, offset, offset + len(text), text, normalize_text(text), kind))
        offset += len(text) + 1
    return sentences


def test_fixture_has_enough_cases() -> None:
    assert len(CASES) >= 60
    assert len({case["id"] for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_attribution_case(case: dict) -> None:
    texts = [*case.get("context", []), case["sentence"], *case.get("after", [])]
    target = len(case.get("context", []))
    sentences = build(texts, Role(case.get("role", "body")), target)
    found = [a for a in attribute_sentences(sentences) if a.sentence == sentences[target].id]
    got = [
        {"source": a.source, "resolved": a.resolved, "cue": a.cue, "mode": a.mode.value,
         "quote": normalize_text(a.quote), "chain": list(a.chain)}
        for a in found
    ]
    expected = [{**item, "quote": normalize_text(item["quote"])} for item in case["expected"]]
    assert got == expected


def test_quotes_keep_original_characters() -> None:
    (found,) = attribute_sentences(build(["\u201cIt\u2019s over,\u201d said Mayor Ana Ruiz."]))
    assert found.quote == "It\u2019s over"


def test_speech_split_across_sentences_gets_one_speaker() -> None:
    sentences = build(['"The dam held.', "We were lucky.", 'Now we rebuild," engineer Lars Holm told reporters.'])
    found = attribute_sentences(sentences)
    assert [(a.sentence, a.resolved) for a in found] == [("t1", "Lars Holm"), ("t2", "Lars Holm"), ("t3", "Lars Holm")]


@pytest.mark.parametrize(("next_paragraph", "credited"), [
    ("Crews in the valley began clearing roads on Monday.", False),  # the quote was left unclosed
    ("\u201cThe river is calm now.\u201d", True),  # a quote of two paragraphs: the second reopens it
])
def test_a_quote_left_open_runs_on_only_into_a_paragraph_that_reopens_it(next_paragraph: str, credited: bool) -> None:
    text = (f"Dam Holds\n\n\u201cThe dam held,\u201d engineer Lars Holm said. \u201cWe were lucky. Now we rebuild.\n\n"
            f"{next_paragraph}\n")
    assert last_sentence_speakers(text, next_paragraph) == (["Lars Holm"] if credited else [])


def last_sentence_speakers(text: str, last_text: str) -> list[str]:
    """Compare a story with a one-line one; return who its last sentence (``last_text``) is credited to."""
    report = diffnews.compare(text, "Storm\n\nA storm hit the valley on Sunday.\n")
    last = report.documents[0].sentences[-1]
    assert last.text == last_text
    return [a.resolved for a in report.attributions if a.sentence == last.id]


def test_non_prose_roles_have_no_attribution() -> None:
    assert attribute_sentences(build(["With reporting by AP and Reuters, officials said"], Role.CREDIT, 0)) == ()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list('abc XYZ,."\u201c\u201d-saidtold')), max_size=60), max_size=5))
def test_any_text_gives_records_for_its_own_sentences(texts: list[str]) -> None:
    sentences = build(texts or [""])
    ids = {sentence.id for sentence in sentences}
    first, second = attribute_sentences(sentences), attribute_sentences(sentences)
    assert first == second
    assert all(record.sentence in ids for record in first)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Police said the road is closed.", "With reporting by AP, AFP, and dpa"], ("AP", "AFP", "dpa")),
        (["ipj/dj (AP, Reuters, AFP)"], ("AP", "Reuters", "AFP")),
        (["(Reporting by Jane Doe; Editing by John Roe)", "The Reuters news agency reported the blast."], ("Reuters",)),
        (["The Associated Press contributed to this report."], ("AP",)),
        (["The fire spread quickly, according to Xinhua.", "A witness told the AFP news agency she fled."], ("Xinhua", "AFP")),
        (["Smoke rises over the city. Image: AFP/Getty Images"], ()),
        (["The app is popular in the region."], ()),
        (["LISBON (Reuters) - Dock workers began a strike on Friday."], ("Reuters",)),
        (["Port Louis, Mauritius, May 4 (AFP) \u2013 A cyclone hit the island."], ("AFP",)),
        (["CAIRO (AP/dpa) \u2014 Prices rose again."], ("AP", "dpa")),
        (["DENVER (CNN) - Snow closed the airport.", "Flights resumed later (AP data showed)."], ()),
        (["Rivals accused the state news agency Xinhua of bias over its coverage."], ()),
        (["Flooding cut two roads, the state-run Antara news agency on Monday reported."], ("Antara",)),
        (["The state news agency IRNA carried the statement in full."], ("IRNA",)),
        (["The Australian Federal Police (AFP) charged a man.", "He was not the chief, according to AFP's commander."],
         ()),
        (["The Associated Press (AP) obtained the memo.", "The memo was signed in May, AP reported."], ("AP",)),
        (["Earlier, AFP commissioner Lena Hart said the risk was low."], ()),
        (["An AFP correspondent said the town was calm."], ("AFP",)),
    ],
    ids=["with-reporting-by", "initials-credit", "reuters-credit-and-cite", "contributed", "in-text-cites",
         "photo-credit", "no-agency", "dateline-credit", "title-case-dateline-with-date", "dateline-two-agencies",
         "dateline-not-an-agency", "agency-talked-about-is-not-cited", "agency-subject-of-a-report",
         "described-agency-carries", "letters-spelled-out-as-another-body", "agency-spelled-out-is-still-cited",
         "letters-before-an-officials-title-are-another-body", "letters-before-a-newsroom-job-are-the-agency"],
)
def test_find_agencies(lines: list[str], expected: tuple[str, ...]) -> None:
    assert find_agencies(build(lines)) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [("By Jane Doe, Reuters", ("Reuters",)), ("02 August 2021 - 11:08 By Reuters", ("Reuters",)),
     ("ANI | Updated: 25-08-2023 11:29 IST", ("ANI",)), ("By Jane Doe | May 4, 2024", ())],
    ids=["agency-in-a-byline", "agency-byline-after-a-date", "agency-beside-a-numeric-date", "byline-of-a-person"],
)
def test_a_header_line_naming_an_agency_credits_it(header: str, expected: tuple[str, ...]) -> None:
    article = load_text(f"Storm Hits Coast\n\n{header}\n\nThe storm made landfall at dawn.\n", id="a")
    assert find_agencies(segment_article(article).sentences) == expected


@pytest.mark.parametrize("module", [attribution, cues, credits, quotes, speakers, speaker_words, relatives, referents,
                                    person_names], ids=lambda module: module.__name__)
def test_doctests(module: object) -> None:
    assert doctest.testmod(module).failed == 0


def test_seed_pair_provenance_gold(seed_gold: dict, seed_report: diffnews.Report) -> None:
    gold, report = seed_gold, seed_report
    documents = dict(zip("ab", report.documents))
    for item in gold["attribution"]:
        document = documents[item["side"]]
        sentence = next(s for s in document.sentences if item["claim"] in s.text or item["claim"] in s.norm)
        credited = [
            name for a in attribute_sentences(document.sentences) if a.sentence == sentence.id
            for name in (a.source, a.resolved, *a.chain)
        ]
        assert any(item["source"].lower() in name.lower() for name in credited), (item, credited)
    for side, expected in gold["credits"].items():
        assert find_agencies(documents[side].sentences) == tuple(expected)


def test_a_quotation_over_several_paragraphs_keeps_its_speaker_after_a_colon() -> None:
    text = ("Bridge Closed\n\nIn a statement, Mayor Dana Ruiz said: \"We will rebuild the bridge.\n\n"
            "\"The work starts on Monday.\n\n\"Nobody will pay a toll.\"\n")
    report = diffnews.compare(text, "Bridge Closed\n\nThe bridge closed on Friday.\n")
    found = {a.sentence: (a.resolved, a.mode.value) for a in report.attributions if a.sentence.startswith("a")}
    assert found == {"a2": ("Dana Ruiz", "direct"), "a3": ("Dana Ruiz", "direct"), "a4": ("Dana Ruiz", "direct")}


@pytest.mark.parametrize(("headline", "resolved"), [
    ("Ferry captain Rafi Osman recalls the storm", "Rafi Osman"),  # sentence case: the headline names him in full
    ("Ferry Captain Rafi Osman Recalls Storm", "Osman"),  # Title Case capitalizes words that are no names
])
def test_a_surname_resolves_to_the_full_name_a_sentence_case_headline_gives(headline: str, resolved: str) -> None:
    sentences = build([headline, "A ferry sank off the coast on Sunday.", "Osman said the waves were huge."],
                      Role.HEADLINE, 0)
    assert [a.resolved for a in attribute_sentences(sentences)] == [resolved]


@pytest.mark.parametrize(("paragraph", "credited"), [
    ("\u201cWe will rebuild every house.\u201d", True),  # a new paragraph that opens with a quotation mark goes on
    ("The law bars anyone \u201cwho builds a house or a shed on a flood plain without a written permit from the "
     "county council\u201d.", False),  # one that does not
])
def test_a_quotation_goes_on_into_a_new_paragraph_only_when_it_opens_with_a_quotation_mark(
        paragraph: str, credited: bool) -> None:
    text = (f"Storm Damage\n\n\u201cThe river rose in an hour,\u201d Mayor Ana Ruiz said.\n\n"
            f"\u201cIt took the bridge.\u201d\n\n{paragraph}\n")
    assert last_sentence_speakers(text, paragraph) == (["Ana Ruiz"] if credited else [])
