"""Cross-document figure matching: the seed pair with hand-written alignments, and general properties."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diffnews import align, compare, figure_pairs, figure_record, figure_scores, figures, similarity
from diffnews.figure_context import names
from diffnews.figures import RELATED_CONFLICT, RELATED_LONE, match_figures
from diffnews.model import Alignment, Article, Document, Line, NumberStatus, Role, Sentence
from diffnews.text import normalize_text

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "qala-e-naw"


def make_document(doc_id: str, text: str) -> Document:
    """Split lines, then sentences at '. ' before a capital; short lines without a full stop are subheadings."""
    sentences: list[Sentence] = []
    lines: list[Line] = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group().strip()
        if not line:
            continue
        start = match.start() + match.group().index(line)
        role = Role.BODY if line.endswith((".", '"', "\u201d")) else Role.SUBHEADING
        lines.append(Line(start, start + len(line), role))
        cuts = [0] + [m.end() for m in re.finditer(r"[.?!][\"\u201d]? (?=[A-Z\"\u201c])", line)] + [len(line)]
        for left, right in zip(cuts, cuts[1:]):
            piece = line[left:right].strip()
            if piece:
                offset = start + left + line[left:right].index(piece)
                sentences.append(Sentence(f"{doc_id}{len(sentences) + 1}", doc_id, len(sentences), offset,
                                          offset + len(piece), piece, normalize_text(piece), role))
    article = Article(doc_id, "-", "", "", text, tuple(lines))
    return Document(article, tuple(sentences))


def sentence_id(document: Document, fragment: str) -> str:
    hits = [s.id for s in document.sentences if fragment in s.text]
    assert len(hits) == 1, (fragment, hits)
    return hits[0]


def pair(*texts: str) -> list[Document]:
    return [make_document(doc_id, text) for doc_id, text in zip("abc", texts)]


def aligned(documents: list[Document], *fragments: str) -> Alignment:
    return Alignment(tuple((sentence_id(d, f),) for d, f in zip(documents, fragments)), 1.0)


@pytest.fixture(scope="module")
def seed() -> tuple[list[Document], tuple]:
    documents = pair((SEEDS / "rferl-qala-e-naw.txt").read_text(encoding="utf-8"),
                     (SEEDS / "dw-qala-e-naw.txt").read_text(encoding="utf-8"))
    alignments = [
        aligned(documents, "some 30 Afghan government forces", "dozens of pro-government troops"),
        aligned(documents, "more than 1,000 government troops", "flown home 280"),
        aligned(documents, "more than 90 percent completed", "The exit of 2,500 US troops"),
        aligned(documents, "handed over seven facilities", "The exit of 2,500 US troops"),
    ]
    return documents, match_figures(documents, alignments)


def _find(matches: tuple, *surfaces: str):
    for match in matches:
        if [m.quantity.text for m in match.mentions] == list(surfaces):
            return match
    raise AssertionError(f"no match with {surfaces}: {[[m.quantity.text for m in x.mentions] for x in matches]}")


@pytest.mark.parametrize(("a", "b", "status"), [
    ("more than 1,000", "280", NumberStatus.CONFLICT),
    ("more than 1,000", "Hundreds", NumberStatus.CONFLICT),
    ("some 30", "dozens", NumberStatus.COMPATIBLE),
    ("more than 90 percent", "90%", NumberStatus.COMPATIBLE),
    ("almost two decades", "20 years", NumberStatus.COMPATIBLE),
])
def test_seed_pairs(seed: tuple, a: str, b: str, status: NumberStatus) -> None:
    assert _find(seed[1], a, b).status is status


@pytest.mark.parametrize(("document", "surface"), [
    ("b", "200"), ("b", "2,500"), ("b", "7,000"), ("a", "over 100"), ("a", "over 200"),
])
def test_seed_uniques(seed: tuple, document: str, surface: str) -> None:
    for match in seed[1]:
        for mention in match.mentions:
            if mention.document == document and mention.quantity.text == surface:
                assert match.status is NumberStatus.UNIQUE


def test_seed_prisoners_never_meet_surrendered(seed: tuple) -> None:
    for match in seed[1]:
        surfaces = {m.quantity.text for m in match.mentions}
        assert not {"200", "over 200"} <= surfaces


def test_seed_without_alignments_still_finds_the_conflict() -> None:
    documents = pair((SEEDS / "rferl-qala-e-naw.txt").read_text(encoding="utf-8"),
                     (SEEDS / "dw-qala-e-naw.txt").read_text(encoding="utf-8"))
    assert _find(match_figures(documents, ()), "more than 1,000", "280").status is NumberStatus.CONFLICT


def test_order_conflicts_first_and_deterministic(seed: tuple) -> None:
    documents, matches = seed
    ranks = [list(NumberStatus).index(m.status) for m in matches]
    assert ranks == sorted(ranks)
    assert match_figures(documents, ()) == match_figures(documents, ())
    for match in matches:
        assert [m.document for m in match.mentions] == sorted({m.document for m in match.mentions})
        assert (len(match.mentions) == 1) == (match.status is NumberStatus.UNIQUE)


def test_aligned_sentences_counting_different_things_do_not_pair() -> None:
    documents = pair("Officials said 200 prisoners escaped the jail.", "Officials said 200 soldiers escaped the jail.")
    matches = match_figures(documents, [aligned(documents, "prisoners", "soldiers")])
    assert {m.status for m in matches} == {NumberStatus.UNIQUE}


def test_same_thing_different_context_does_not_pair() -> None:
    documents = pair("In the north, 50 soldiers surrendered to the rebels on Monday.",
                     "Elsewhere, the army sent 80 troops to guard the airport.")
    assert {m.status for m in match_figures(documents, ())} == {NumberStatus.UNIQUE}


def test_three_documents_group_one_mention_each() -> None:
    # Context words are weighted by rarity across the documents' sentences, so each text has other sentences too.
    filler = " The mayor spoke on television. Schools stayed closed. Rain fell in the evening."
    documents = pair("The blast killed 12 people in the market." + filler, "The market blast killed 14 people." + filler,
                     "Police said the blast killed about 12 people at the market." + filler)
    matches = [m for m in match_figures(documents, ()) if m.status is not NumberStatus.UNIQUE]
    assert len(matches) == 1
    assert [m.document for m in matches[0].mentions] == ["a", "b", "c"]
    assert matches[0].status is NumberStatus.CONFLICT


def test_dates_and_years_are_never_matched() -> None:
    documents = pair("On July 7, 2021, fighting began in 2021.", "Fighting began on July 7 in 2021.")
    assert match_figures(documents, [aligned(documents, "July 7", "July 7")]) == ()


def test_seed_end_to_end_with_the_pipeline_aligner() -> None:
    segment = pytest.importorskip("diffnews.segment")
    load = pytest.importorskip("diffnews.load")
    align = pytest.importorskip("diffnews.align")
    documents = [segment.segment_article(load.load_text((SEEDS / name).read_text(encoding="utf-8"), id=doc_id))
                 for doc_id, name in (("a", "rferl-qala-e-naw.txt"), ("b", "dw-qala-e-naw.txt"))]
    matches = match_figures(documents, align.align_documents(documents))
    assert _find(matches, "more than 1,000", "280").status is NumberStatus.CONFLICT
    assert _find(matches, "some 30", "dozens").status is NumberStatus.COMPATIBLE
    for match in matches:
        assert not {"200", "over 200"} <= {m.quantity.text for m in match.mentions}


PAIRING = json.loads((Path(__file__).resolve().parent.parent / "fixtures" / "numbers" / "pairing.json")
                     .read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", PAIRING["cases"], ids=[c["id"] for c in PAIRING["cases"]])
def test_pairing(case: dict) -> None:
    documents = pair(case["a"] + "\n" + PAIRING["filler"], case["b"] + "\n" + PAIRING["filler"])
    matches = match_figures(documents, [aligned(documents, *fragments) for fragments in case["aligned"]])
    for a, b, status in case["pairs"]:
        assert _find(matches, a, b).status.value == status
    for document, surface in case["unique"]:
        hits = [m for m in matches for x in m.mentions if x.document == document and x.quantity.text == surface]
        assert hits and all(m.status is NumberStatus.UNIQUE for m in hits), (surface, hits)
    for document, surface in case.get("folded", []):
        hits = [m for m in matches for x in m.mentions if x.document == document and x.quantity.text == surface]
        assert not hits, (surface, hits)


def test_identical_figures_of_a_list_pair_across_lone_sentences() -> None:
    # Two lone sentences share every word, so only the local phrasing and the figures themselves can tell the
    # pairs apart; here the words before each figure line up crosswise, and the identical figures must win.
    report = compare("Gifts pushed up funding for food banks and the largest local charities by 15 percent and 28.6 percent, "
                     "respectively.",
                     "Gifts pushed up funding for food banks by 15 percent and for the largest local charities by 28.6 percent.")
    paired = sorted([m.quantity.text for m in match.mentions] for match in report.numbers)
    assert paired == [["15 percent", "15 percent"], ["28.6 percent", "28.6 percent"]]
    assert {match.status for match in report.numbers} == {NumberStatus.SAME}


@pytest.mark.parametrize(("a", "b", "pairs"), [
    # Plain people stand for any civilian role: the 28 people injured on the train are its passengers.
    ("A mudslide in the north derailed a Seoul-bound train and 28 passengers were hurt, radio said.",
     "In the north, a mudslide caused a Seoul-bound train to derail, hurting 28 people, local radio said.",
     [("28", "28", NumberStatus.SAME)]),
    # A closing quotation mark after "ago" leaves "17 years ago" a point in time, like the other report's.
    ('"I am hearing the same promises I heard 17 years ago," the senator said.',
     "I keep hearing the same promises I heard 17 years ago.",
     [("17 years", "17 years", NumberStatus.SAME)]),
    # The levels the stock closed at are one slot told at two moments, so the rises beside them are one too.
    ("The stock rose $2.11, or about 11 percent, to close Friday at $21.51 on the New York Stock Exchange.",
     "Acme Corp. shares jumped $1.63 or 8 percent to $21.03 on the New York Stock Exchange on Friday.",
     [("$2.11", "$1.63", NumberStatus.CONFLICT), ("about 11 percent", "8 percent", NumberStatus.CONFLICT),
      ("$21.51", "$21.03", NumberStatus.CONFLICT)]),
    # The levels may agree after rounding; the rises beside them still pair, and differ.
    ("Acme Class A shares were up 8 cents at $30.50 in morning trading on the Nasdaq Stock Market.",
     "The stock rose 48 cents to $30 yesterday in Nasdaq Stock Market trading.",
     [("8 cents", "48 cents", NumberStatus.CONFLICT), ("$30.50", "$30", NumberStatus.CONFLICT)]),
    # A level written alike to six digits is one fact even with nothing named; "a mere" does not hide a move.
    ("The broad Standard & Poor's 500 index fell 10.75 points to 1,039.32.",
     "The S&P 500 was up a mere 0.04 to 1,039.32 after sinking 10.75 yesterday.",
     [("10.75", "10.75", NumberStatus.SAME), ("1,039.32", "1,039.32", NumberStatus.SAME)]),
    # Closely aligned sentences that each give one count, one naming the other's thing, give it for one quantity.
    ("Among the latest additions to the watch list, which to date includes more than 360 groups and individuals, "
     "is the former president of the province.",
     "The latest addition to the watch list, which to date includes 125 individuals and groups, is the former "
     "president of the province.",
     [("more than 360", "125", NumberStatus.CONFLICT)]),
    # ... and so do two counts that fill one slot of one wording, whatever each calls its thing.
    ("The register, which so far lists more than 80 titles, now includes the country's largest lender.",
     "The register, which so far lists 54 entries, now includes the country's largest lender.",
     [("more than 80", "54", NumberStatus.CONFLICT)]),
    ("Between 1993 and 2002, 142 allegations of sexual assault were reported at the academy.",
     "From 1993 to 2002, there were 142 reported sexual assaults at the academy.",
     [("142", "142", NumberStatus.SAME)]),
], ids=["people-stand-for-passengers", "ago-before-a-closing-quote", "closing-levels-anchor-the-rises",
        "rounded-levels-beside-rises-that-differ", "a-precise-level-with-nothing-named",
        "sole-counts-of-aligned-sentences-conflict", "sole-counts-in-one-slot-conflict",
        "sole-counts-of-aligned-sentences-agree"])
def test_lone_sentences_pair_what_one_fact_counts(a: str, b: str, pairs: list) -> None:
    report = compare(a, b)
    for first, second, status in pairs:
        assert _find(report.numbers, first, second).status is status


def test_lone_sentences_keep_apart_counts_of_kinds_named_apart() -> None:
    # Both report a company's new customers, of different services: two quantities, not one disputed.
    report = compare("Acme also added 654,000 net long-distance customers in the third quarter.",
                     "Acme added 111,000 DSL customers during the quarter to reach a total of 1.3m subscribers.")
    assert all(match.status is NumberStatus.UNIQUE for match in report.numbers)


@pytest.mark.parametrize(("a", "b", "first", "second"), [
    # A move over last week is not the move over "the same period" the other sentence leaves undated.
    ("Over the same period, the FTSE 100 and the DAX have climbed about 6 percent.",
     "The DAX index added 12.40 to 5,310.15, having risen 0.8 percent last week.", "about 6 percent", "0.8 percent"),
    # Nor is a week's gain the day's, even when one closing level ties the two sentences.
    ("The Nikkei average rose 1.2 percent to 9,850.20 on Tuesday.",
     "Japan's Nikkei average, which gained 3.4 percent during the holiday-shortened week, closed at 9,850.20.",
     "1.2 percent", "3.4 percent"),
], ids=["move-last-week-vs-undated", "move-over-the-week-beside-a-shared-level"])
def test_moves_over_other_stretches_of_time_do_not_conflict(a: str, b: str, first: str, second: str) -> None:
    report = compare(a, b)
    assert _find(report.numbers, first).status is NumberStatus.UNIQUE
    assert _find(report.numbers, second).status is NumberStatus.UNIQUE


def test_a_dated_total_still_conflicts_with_the_undated_one() -> None:
    # "last year" dates the total the other report gives undated: one figure, disputed.
    report = compare("Although small, Norway is already the bloc's ninth-largest customer, with exports totalling "
                     "more than $12 billion.",
                     "Norway is the ninth-largest customer of the bloc, with exports of $11.6 billion last year.")
    assert _find(report.numbers, "more than $12 billion", "$11.6 billion").status is NumberStatus.CONFLICT


def test_lone_sentences_naming_one_place_conflict_over_one_count() -> None:
    # In two lone sentences every shared word has document idf 0, so context cannot vouch for a conflict; a rare
    # name both give (Tajikistan) and one count of the same kind of thing on each side can.
    report = compare("More than 1,000 soldiers who fled into Tajikistan were returning, the minister said.",
                     "Security sources in Tajikistan said 280 servicemen had been flown home.")
    assert [(m.status, [x.quantity.text for x in m.mentions]) for m in report.numbers] == [
        (NumberStatus.CONFLICT, ["More than 1,000", "280"])]


def _paired(report) -> list:
    return sorted((m.status.value, [x.quantity.text for x in m.mentions]) for m in report.numbers
                  if m.status is not NumberStatus.UNIQUE)


def test_lone_market_reports_pair_their_moves_and_levels() -> None:
    # Two reports of one named index at different times: a move against a move, a level against a level,
    # the figures named alike or not at all; a percent against a percent.
    report = compare("In early trading, the Nikkei average was up 52.10, or 0.6 percent, at 9,120.50.",
                     "Tokyo's Nikkei average fell 88.30 points, or 0.9 percent, to 9,030.20 by the close.")
    assert _paired(report) == [("conflict", ["0.6 percent", "0.9 percent"]), ("conflict", ["52.10", "88.30"]),
                               ("conflict", ["9,120.50", "9,030.20"])]


def test_lone_sentences_pair_a_precise_figure_restated_without_its_noun() -> None:
    # Rare shared words (Hang Seng) weigh by their background rarity when there is no document around them.
    report = compare("The Hang Seng index closed down 23.47 at 12,411.62 after Monday's rally.",
                     "Hong Kong's Hang Seng fell 23.47 points, or 0.19 percent, to 12,411.62.")
    assert _paired(report) == [("same", ["12,411.62", "12,411.62"]), ("same", ["23.47", "23.47"])]


def test_lone_aligned_sentences_pair_the_same_written_figure_loosely_named() -> None:
    report = compare("No county had a turnout below 40 percent in the primary.",
                     "No county had turnout less than 40 percent of registered voters in the primary.")
    assert _paired(report) == [("same", ["below 40 percent", "less than 40 percent"])]
    report = compare("More than 2,400 US marines were sent to the base last year.",
                     "More than 2,400 members of the American military were sent to the base last year.")
    assert _paired(report) == [("same", ["More than 2,400", "More than 2,400"])]


def test_lone_sentences_the_aligner_leaves_apart_still_pair_agreeing_figures() -> None:
    # Not restatements (one side adds a clause), but about one thing: similarity() between RELATED_LONE and the
    # aligner's line lets figures that agree pair, as an alignment would.
    for first, second in (
        ("Although sales rose last year, the company's debt has fallen by 40 percent since 2015, its chief executive "
         "said.", "The company said its debt has dropped by as much as 41 percent since 2015."),
        ("While smog levels in the valley were up last summer, they have fallen by 40 percent since the 1980s, "
         "regulators said.", "The agency said smog levels in the valley have dropped by as much as 41 percent since "
         "the 1980s."),
    ):
        assert RELATED_LONE <= similarity(first, second) < 0.5
        report = compare(first, second)
        assert report.alignments == ()
        assert _paired(report) == [("compatible", ["40 percent", "as much as 41 percent"])]


def test_lone_sentences_the_aligner_leaves_apart_do_not_conflict_on_relatedness_alone() -> None:
    # Two groups (placebo / new drug), two places (state / county): related sentences, different quantities.
    for first, second in (
        ("About 24 percent of the patients who took a placebo developed the disease within seven years.",
         "The researchers found that 18 percent of the patients who took the new drug developed the disease."),
        ("Unemployment across the state fell to 6.1 percent last month, the labor department said.",
         "The jobless rate in the county dipped last month to 8.5 percent, the labor department said."),
        # Close figures, but the sentences share little more than the topic (below RELATED_CONFLICT).
        ("The drug cut the risk of stroke by 24 percent in the trial.",
         "Patients on placebo saw their risk of stroke fall 22 percent over the trial."),
    ):
        assert RELATED_LONE <= similarity(first, second) < 0.5
        assert _paired(compare(first, second)) == []


def test_lone_sentences_the_aligner_leaves_apart_conflict_over_one_quantity_told_apart() -> None:
    # More alike than RELATED_CONFLICT, and the figures within a quarter of each other: one trade total, two values.
    first = ("Canada is already Mexico's third-largest trading partner, with two-way trade totaling more than "
             "$52 billion.")
    second = ("Although far to the north, Canada is the third-largest trading partner of Mexico, with trade volume "
              "of $50.7 billion last year.")
    assert RELATED_CONFLICT <= similarity(first, second) < 0.5
    assert _paired(compare(first, second)) == [("conflict", ["more than $52 billion", "$50.7 billion"])]


def test_a_figure_of_a_comparison_period_does_not_conflict_with_the_current_one() -> None:
    # "a year earlier" dates 92 cents to another quarter: two times, not a disagreement.
    for first in ("Xerox earned 92 cents a share excluding one-time items in the quarter a year earlier.",
                  "Xerox had year-ago earnings of 92 cents a share excluding one-time items in the quarter."):
        report = compare(first, "Xerox expects earnings of 40 cents to 55 cents a share in the quarter.")
        assert _paired(report) == [], first
    # The current figures of the two reports still conflict.
    report = compare("Xerox earned 92 cents a share excluding one-time items in the quarter.",
                     "Xerox expects earnings of 40 cents to 55 cents a share in the quarter.")
    assert _paired(report) == [("conflict", ["92 cents", "40 cents to 55 cents"])]
    # A time phrase opening the sentence dates its figures too, also where two lone sentences name one company.
    report = compare("During the same quarter last year, Halvex posted a profit of $212 million, or 41 cents a share.",
                     "Halvex reported a second-quarter loss of $88 million, or 17 cents a share.")
    assert _paired(report) == []


def test_lone_market_reports_pair_moves_of_any_size_under_the_index_both_name() -> None:
    # One index at two times of day: its move is one slot however far the two values lie apart (112 / 4.20), and
    # the percent after "or" is the same move told another way.  The Topix figures name no index B gives.
    report = compare("The Nikkei average ended down 112 points, or 1.2%, at 9,310, while the Topix fell 9 points, "
                     "or 1.1%, to 880.",
                     "In early trading, the Nikkei average was up 4.20, or 0.05 percent, at 9,426.75, having gained "
                     "30.10 on Monday.")
    assert _paired(report) == [("conflict", ["1.2%", "0.05 percent"]), ("conflict", ["112", "4.20"]),
                               ("conflict", ["9,310", "9,426.75"])]
    report = compare("After losing as much as 95.10 earlier, the Nikkei average closed up 18.40, or 0.2 percent, at "
                     "9,520.30.", "In midday trading, the Nikkei average lost 71.25, or 0.8 percent, to 9,430.65.")
    assert _paired(report) == [("conflict", ["0.2 percent", "0.8 percent"]), ("conflict", ["18.40", "71.25"]),
                               ("conflict", ["9,520.30", "9,430.65"])]


def test_weighing_words_and_a_point_phrase_do_not_break_a_move() -> None:
    # "0.21 of a point, or just 0.01 percent, to 1,916": "just" and "of a point" stand between the move and
    # its other parts, so the percent is still the move told another way and 1,916 the level it ended at.
    report = compare("The Nasdaq composite index lost 12.40, or 0.6 percent, to 1,904.31 by midday.",
                     "The Nasdaq composite index shed 0.21 of a point, or just 0.01 percent, to 1,916.")
    assert _paired(report) == [("conflict", ["0.6 percent", "0.01 percent"]), ("conflict", ["1,904.31", "1,916"]),
                               ("conflict", ["12.40", "0.21"])]


def test_lone_market_reports_pair_the_rest_of_a_move_they_share_one_part_of() -> None:
    # Both give the rise as 38.27 points, so the percent told with it is one slot; the week's percent, after
    # "and", is another move.
    report = compare("The FTSE 100 index rose 38.27 points, or 0.86 percent, to 4,486.19.",
                     "The FTSE 100 rose 38.27 points Friday, a gain of 0.9% for the day and 0.3% for the week.")
    assert _paired(report) == [("compatible", ["0.86 percent", "0.9%"]), ("same", ["38.27", "38.27"])]


def test_lone_figures_of_two_named_markets_that_share_no_name_stay_apart() -> None:
    report = compare("The Nikkei average rose 52.10 to 9,120.50.", "The Kospi index fell 8.30 to 731.20.")
    assert _paired(report) == []


def test_lone_sentences_without_a_shared_name_keep_their_counts_apart() -> None:
    report = compare("Officials said 12 miners were killed on Tuesday.",
                     "Police reported that 15 miners died when the tunnel collapsed.")
    assert {m.status for m in report.numbers} == {NumberStatus.UNIQUE}
    named = compare("Officials said 12 miners were killed near Potosi on Tuesday.",
                    "Police in Potosi reported that 15 miners died when the tunnel collapsed.")
    assert [(m.status, [x.quantity.text for x in m.mentions]) for m in named.numbers] == [
        (NumberStatus.CONFLICT, ["12", "15"])]


def test_lone_sentences_pair_a_figure_written_with_three_significant_digits() -> None:
    # No rare word is shared and the sentences are not aligned, but "4.12 percent" on both sides is too precise
    # to coincide; "4.20" against "4.18" (two digits after the point of a bond yield) stays unpaired.
    report = compare("The bond's yield climbed to 4.20 percent from 4.12 percent late on Thursday.",
                     "On Friday morning the rate on the note was 4.18% against 4.12% the day before.")
    assert _paired(report) == [("same", ["4.12 percent", "4.12%"])]


def test_lone_aligned_sentences_pair_the_same_qualified_figure_of_other_nouns() -> None:
    # "about 25" written alike, qualifier and all, in aligned sentences is one figure however each names its
    # thing; a bare "200 prisoners" / "200 soldiers" still stays apart (test above).
    report = compare("About 25 governments have signed the treaty in the last four months.",
                     "According to the ministry, about 25 nations have signed the treaty in the past four months.")
    assert ("same", ["About 25", "about 25"]) in _paired(report)


def test_names_are_rare_capitalized_words_without_a_trailing_apostrophe() -> None:
    # "States'" is the common word "States", not an unknown (and so rare) word.
    assert names("Trade with the United States' neighbours rose, Nasdaq's index said.") == {"nasdaq"}


def test_lone_market_reports_pair_only_figures_of_the_index_both_name() -> None:
    # Each figure reports on the name before it; a Nasdaq figure has no counterpart in a report that never names
    # the Nasdaq, even when both sentences name the Dow.  An instrument code (".DJI") repeats its name.
    report = compare("The Dow rose 52.10 to 9,120.50, while the Nasdaq fell 3.20 to 1,680.40.",
                     "The Dow Jones industrial average .DJI gained 61.30 points to 9,129.70 "
                     "and the Kospi lost 5.10 to 731.20.")
    assert _paired(report) == [("conflict", ["52.10", "61.30"]), ("conflict", ["9,120.50", "9,129.70"])]


def test_elimination_prefers_the_figure_in_the_same_phrasing() -> None:
    # "1 percent" could be the week's "1.1 percent" or the day's "2.1 percent"; ", or # percent, to" decides.
    report = compare("The Kospi index dropped 33.90, or 2.1 percent, to 1,610.82, having risen 1.1 percent last week.",
                     "The Kospi index rose 16.74, or 1 percent, to 1,650.75.")
    assert ("conflict", ["2.1 percent", "1 percent"]) in _paired(report)


def test_lone_sentences_about_two_named_markets_keep_their_figures_apart() -> None:
    # Both cite Gartner, but each figure reports on a name the other never gives (the LCD / the Americas market).
    report = compare("Gartner says the LCD market is expected to grow 4.1 percent to $12.2 billion in 2005 "
                     "and 38 percent to $16.9 billion in 2006.",
                     "Gartner says the Americas market is expected to decline 1.3 percent to $28.4 billion in 2005 "
                     "and grow 12.6 percent to $32.1 billion in 2006.")
    assert _paired(report) == []


def test_a_figure_reports_on_the_name_before_an_aside() -> None:
    # "(Nasdaq: ERICY)" restates whose shares moved; the figures are Ericsson's on both sides.
    report = compare("Shares of Ericsson (Nasdaq: ERICY) jumped $2.88 to $21.22 on Tuesday.",
                     "In New York, Ericsson shares rose $2.80 to $21.15.")
    assert _paired(report) == [("conflict", ["$2.88", "$2.80"]), ("conflict", ["$21.22", "$21.15"])]


def test_a_bound_is_not_paired_by_elimination_under_a_shared_name() -> None:
    # "as much as 84.56" agrees with any smaller move, so agreeing says nothing: it stays apart.  The two moves
    # (up 12.81 / lost 48.84) are one slot and conflict.
    report = compare("After losing as much as 84.56 earlier, the Kospi closed up 12.81 at 1,340.45.",
                     "In midday trading the Kospi lost 48.84 to 1,298.80.")
    assert _paired(report) == [("conflict", ["1,340.45", "1,298.80"]), ("conflict", ["12.81", "48.84"])]


def test_an_unnamed_lone_figure_does_not_stand_for_a_thing_its_sentence_never_mentions() -> None:
    # Both give the 52 goals; the first's other figure counts points (said before it), the second's counts
    # assists, which the first sentence never mentions: two different tallies, not one told apart.
    report = compare("Ovechkin was third in the league in goals with 52 and fifth in points with 97.",
                     "Ovechkin led his team last season with a club-record 52 goals and 45 assists.")
    assert _paired(report) == [("same", ["52", "52"])]
    # An index's points are a unit, so "up 8.34" still stands for "8.59 points" of the one index.
    report = compare("In midafternoon trading, the Nasdaq composite index was up 8.34, or 0.5 percent, to 1,790.47.",
                     "The Nasdaq Composite Index dipped 8.59 points, or 0.48 percent, to 1,773.54.")
    assert ("conflict", ["8.34", "8.59"]) in _paired(report)


# Blocking: match_figures scores only the pairs candidate_pairs names, and eliminates among the partners
# elimination_partners names; on any input that must be every pair trying all pairs would accept.
_EXTRACTION = json.loads((Path(__file__).resolve().parent.parent / "fixtures" / "numbers" / "extraction.json")
                         .read_text(encoding="utf-8"))
_FIGURE_SENTENCES = sorted({case["text"] for case in _EXTRACTION["cases"] if case["expect"]})


def _reworded(text: str, how: int) -> str:
    """The sentence as another report might give it: a figure one more, estimated, or with another first digit."""
    if how == 1:
        return re.sub(r"\d+", lambda m: str(int(m.group()) + 1), text, count=1)
    if how == 2:
        return re.sub(r"(?<![\d,.])(\d)", r"about \1", text, count=1)
    if how == 3:
        return re.sub(r"\d", lambda m: str((int(m.group()) + 5) % 10), text, count=1)
    return text


_COMMON_WORDS = "troops said police officials minister homes water fled border storm".split()


@st.composite
def _made_up_sentences(draw: st.DrawFn) -> str:
    """A line of a few common words and a figure naming nothing ("Police homes fled number 12."), a figure naming
    people or nothing in a longer shared wording, a distance in miles or km, or a percent or percentage points."""
    number = draw(st.sampled_from(["5", "12", "300", "1,200", "more than 1,000", "about 40"]))
    if draw(st.booleans()):
        words = draw(st.lists(st.sampled_from(_COMMON_WORDS), min_size=2, max_size=7))
        return " ".join(words).capitalize() + f" number {number}."
    shape = draw(st.sampled_from(["fled", "drove", "ran", "rose"]))
    if shape == "drove":  # one distance in two units, each report giving both
        distances = draw(st.sampled_from([("52 km", "32 miles"), ("84 kilometres", "33 miles"),
                                          ("between 10 and 10.1 miles", "between 16.5 and 16.7 km")]))
        return " ".join(f"The convoy drove {distance} to reach Herat on Monday." for distance in distances)
    if shape == "rose":  # a percent and percentage points
        return f"Support rose {draw(st.sampled_from(['6.1 percent', '6.1 percentage points', '6 percent']))} in Herat."
    people = draw(st.sampled_from(["", " people", " residents"]))
    return f"{number.capitalize()}{people} fled the Kabul flood zone near Herat on Monday."


@st.composite
def _reports(draw: st.DrawFn) -> list[Document]:
    """Two or three reports made of pairing cases, extraction sentences and made-up lines, restated, reworded
    and reordered."""
    cases = draw(st.lists(st.sampled_from(PAIRING["cases"]), min_size=1, max_size=3))
    extra = draw(st.lists(st.one_of(st.sampled_from(_FIGURE_SENTENCES), _made_up_sentences()), max_size=8))
    first = [case["a"] for case in cases] + extra
    second = [case["b"] for case in cases] + [_reworded(s, draw(st.integers(0, 3))) for s in extra]
    reports = [first, draw(st.permutations(second))]
    if draw(st.booleans()):
        reports.append([_reworded(s, draw(st.integers(0, 3))) for s in draw(st.permutations(second))])
    filler = "\n" + PAIRING["filler"] if draw(st.booleans()) else ""
    return pair(*("\n".join(report) + filler for report in reports))


def _all_pairs(figures: list, *_: object) -> set[tuple[int, int]]:
    return {(i, j) for i in range(len(figures)) for j in range(i + 1, len(figures))
            if figures[i].position != figures[j].position}


def _all_partners(figures: list, lone: bool) -> list[list[int]]:
    return [[m for m in range(len(figures)) if m != k] for k in range(len(figures))]


@settings(max_examples=150, deadline=None)
@given(_reports(), st.booleans())
def test_blocking_keeps_every_pair_trying_all_pairs_would_accept(documents: list[Document], align_them: bool) -> None:
    alignments = align.align_documents(documents) if align_them else ()
    found = figure_record.gather_figures(documents)
    lone = all(sum(s.role.is_content for s in document.sentences) == 1 for document in documents)
    idf = figure_record.context_idf(documents, lone)
    scores = figures._alignment_scores(alignments)
    related = figures._related_lone_sentences(documents, scores) if lone else {}
    candidates = figure_pairs.candidate_pairs(found, scores, related, idf)
    partners = figure_pairs.elimination_partners(found, lone)
    for i, j in _all_pairs(found):
        a, b = found[i], found[j]
        key = (a.sentence.id, b.sentence.id)
        if figure_scores.pair_score(a, b, scores.get(key, 0.0), idf, related.get(key, 0.0)) is not None:
            assert (i, j) in candidates, (a.mention.quantity.text, b.mention.quantity.text)
        for k, m in ((i, j), (j, i)):
            if figure_scores.eliminable_pair(found[k], found[m], lone):
                assert m in partners[k], (found[k].mention.quantity.text, found[m].mention.quantity.text)
        if figure_scores.thing_score(a, b) is not None:
            assert set(figure_pairs._thing_keys(a)) & set(figure_pairs._thing_keys(b))
    with mock.patch.object(figures, "candidate_pairs", _all_pairs), \
            mock.patch.object(figures, "elimination_partners", _all_partners):
        every_pair = match_figures(documents, alignments)
    assert match_figures(documents, alignments) == every_pair


def test_thousands_of_figures_a_side() -> None:
    """1,500 amounts of money a side, all of one kind of thing: trying every pair took 47 s."""
    syllables = ["ka", "lo", "mi", "ran", "so", "te", "vu", "zel", "nor", "bis"]
    names = [("".join(syllables[(i // 10**k) % 10] for k in range(4))).capitalize() for i in range(1500)]
    first = [f"The {name} district spent ${100 + i * 7 % 900} million on roads." for i, name in enumerate(names)]
    # Every tenth amount one million more (agreeing after rounding), and the lines in another order.
    second = [re.sub(r"\d+", lambda m: str(int(m.group()) + 1), line, count=1) if i % 10 == 0 else line
              for i, line in enumerate(first)]
    documents = pair("\n".join(first), "\n".join(second[1::2] + second[0::2]))
    matches = match_figures(documents, align.align_documents(documents))
    texts = {s.id: s.text for document in documents for s in document.sentences}
    assert len(matches) == 1500
    for match in matches:
        a, b = (texts[mention.sentence].split()[1] for mention in match.mentions)
        assert a == b  # the same district's amount
    assert sum(m.status is NumberStatus.SAME for m in matches) == 1350
    assert sum(m.status is NumberStatus.COMPATIBLE for m in matches) == 150


def test_sentences_grouped_by_one_matched_figure_pair_their_other_figures() -> None:
    # The aligner leaves the two inflation sentences apart; "20-year" / "almost 20 years" groups them, and then
    # their percents are compared as figures of aligned sentences.
    a = ("The bank raised its main rate to 1% on Thursday to fight inflation. "
         "Traders had widely expected the step, which comes after the official measure of annual inflation hit a "
         "20-year high of 6.2% in March, fuelled by a surge in fuel bills and shipping delays raising the cost of the "
         "weekly shop. Economists expect inflation to peak in the spring. The governor said wages were rising fast.")
    b = ("The central bank lifted rates to 1% on Thursday as inflation climbs. "
         "The decision puts the country far ahead of its neighbours, with inflation at 6.2 per cent, the highest level "
         "seen in almost 20 years. Analysts say inflation could ease later in the year. "
         "Officials warned that pay growth was strong.")
    report = compare(a, b)
    statuses = {tuple(m.quantity.text for m in match.mentions): match.status for match in report.numbers}
    assert statuses[("6.2%", "6.2 per cent")] is NumberStatus.SAME


@pytest.mark.parametrize(("x", "y"), [(5e-324, 90.0), (90.0, 5e-324), (1e-300, 1e300)])
def test_log_distance_of_sizes_far_apart_is_finite(x: float, y: float) -> None:
    # A size just above zero over a plain one made x / y underflow to 0, and math.log(0) raised (found by hypothesis).
    from diffnews.figure_scores import _log_distance

    assert _log_distance(x, y) == pytest.approx(abs(math.log(x) - math.log(y)))
