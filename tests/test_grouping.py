"""Tests for group choice: choose_groups over pair scores, and join_figure_links after the figures are matched."""

from __future__ import annotations

import pathlib

from diffnews import Options
from diffnews.grouping import choose_groups


def test_choose_groups_makes_one_to_two_group() -> None:
    groups = choose_groups({(0, 0): 0.9, (0, 1): 0.8, (1, 1): 0.3, (2, 2): 0.97, (2, 0): 0.5})
    assert groups == [([2], [2], 0.97), ([0], [0, 1], 0.9)]


def test_a_confident_pair_joins_two_groups_up_to_four_sentences_a_side() -> None:
    # A chain of one-to-one pairs, each sentence also linked confidently to the next one across.
    chain = {(i, i): 0.95 for i in range(6)} | {(i, i + 1): 0.85 for i in range(5)}
    groups = choose_groups(chain)
    assert all(len(left) <= 4 and len(right) <= 4 for left, right, _ in groups)
    assert sorted(i for left, _, _ in groups for i in left) == list(range(6))  # every sentence once
    assert ([0, 1, 2, 3], [0, 1, 2, 3], 0.95) in groups
    # Below the joining link, one-to-one pairs stay apart.
    assert choose_groups({(0, 0): 0.95, (1, 1): 0.95, (0, 1): 0.75}) == [([0], [0], 0.95), ([1], [1], 0.95)]
    # Nor does a joining pair below a threshold the user raised.
    assert choose_groups(chain, Options(threshold=0.9)) == [([i], [i], 0.95) for i in range(6)]


def test_choose_groups_respects_threshold_and_is_deterministic() -> None:
    scores = {(i, j): 0.5 + 0.01 * ((i * 7 + j * 3) % 11) for i in range(6) for j in range(6)}
    first = choose_groups(scores, Options(threshold=0.55))
    assert first == choose_groups(dict(reversed(list(scores.items()))), Options(threshold=0.55))
    assert all(score >= 0.55 for _, _, score in first)


# --- join_figure_links: sentences that give matched figures join the alignment ---

_FIRST = "Storm Hits Coast\n\nThe storm destroyed 1,200 homes along the coast.\n\nSchools stayed shut on Friday.\n\n" \
         "The mayor praised the rescue crews.\n\nPower returned to most districts by evening."
_SECOND = "Coast Counts Damage\n\nSome 1,150 houses were flattened, officials said.\n\nTrains ran late all day.\n\n" \
          "The governor toured the harbour.\n\nA curfew was lifted at dawn."


def _documents(*texts: str) -> list:
    from diffnews.load import load_text
    from diffnews.pipeline import document_ids
    from diffnews.segment import segment_article

    return [segment_article(load_text(text, id=id_)) for text, id_ in zip(texts, document_ids(len(texts)))]


def _match(status: str, *mentions: tuple) -> object:
    """A NumberMatch of (document, sentence id, figure text, exact) mentions."""
    from diffnews.model import Mention, NumberMatch, NumberStatus, Quantity, QuantityKind

    def quantity(text: str, exact: bool) -> Quantity:
        return Quantity(text, 0, len(text), 1.0, 1.0, QuantityKind.COUNT, value=1.0 if exact else None)

    return NumberMatch(NumberStatus(status), tuple(Mention(d, s, quantity(t, e)) for d, s, t, e in mentions))


def _id_of(document: object, start: str) -> str:
    return next(s.id for s in document.sentences if s.text.startswith(start))


def test_two_sentences_left_alone_that_give_matched_figures_become_a_group() -> None:
    from diffnews.grouping import FIGURE_LINK_SCORE, join_figure_links
    from diffnews.model import Alignment

    first, second = _documents(_FIRST, _SECOND)
    homes, houses = _id_of(first, "The storm"), _id_of(second, "Some 1,150")
    kept = Alignment(((_id_of(first, "Storm"),), (_id_of(second, "Coast"),)), 0.9)
    match = _match("compatible", ("a", homes, "1,200", True), ("b", houses, "Some 1,150", True))
    joined = join_figure_links([first, second], (kept,), (match,))
    assert [a.sentences for a in joined] == [kept.sentences, ((homes,), (houses,))]
    assert joined[1].score == FIGURE_LINK_SCORE and joined[1].edits  # the words differ: the diff is shown
    # A threshold above the link's score keeps the aligner's groups as they are.
    assert join_figure_links([first, second], (kept,), (match,), options=Options(threshold=0.6)) == (kept,)


def test_a_sentence_left_alone_joins_its_partners_group_up_to_four_a_side() -> None:
    from diffnews.grouping import join_figure_links
    from diffnews.model import Alignment

    first, second = _documents(_FIRST, _SECOND)
    headline, homes = _id_of(first, "Storm"), _id_of(first, "The storm")
    houses = _id_of(second, "Some 1,150")
    group = Alignment(((headline,), (_id_of(second, "Coast"),)), 0.8)
    match = _match("compatible", ("a", homes, "1,200", True), ("b", _id_of(second, "Coast"), "houses", True))
    (joined,) = join_figure_links([first, second], (group,), (match,))
    assert joined.sentences == ((headline, homes), group.sentences[1]) and joined.score == 0.8
    # A side already holding four sentences takes no fifth.
    four = tuple(s.id for s in first.sentences if s.role.is_content)[1:5]
    full = Alignment((four, (houses,)), 0.8)
    headline_match = _match("same", ("a", headline, "1,200", True), ("b", houses, "1,200", True))
    assert join_figure_links([first, second], (full,), (headline_match,)) == (full,)


def test_figures_do_not_link_two_groups_vague_amounts_or_lone_sentences() -> None:
    from diffnews.grouping import join_figure_links
    from diffnews.model import Alignment

    first, second = _documents(_FIRST, _SECOND)
    a1, a2 = _id_of(first, "Storm"), _id_of(first, "The storm")
    b1, b2 = _id_of(second, "Coast"), _id_of(second, "Some 1,150")
    groups = (Alignment(((a1,), (b1,)), 0.9), Alignment(((a2,), (b2,)), 0.7))
    across = _match("conflict", ("a", a1, "1,200", True), ("b", b2, "1,150", True))
    assert join_figure_links([first, second], groups, (across,)) == groups
    lone_first, lone_second = _id_of(first, "Schools"), _id_of(second, "Trains")
    vague = _match("same", ("a", lone_first, "several", False), ("b", lone_second, "several", False))
    one_vague = _match("compatible", ("a", lone_first, "thousands", False), ("b", lone_second, "4,300", True))
    assert join_figure_links([first, second], groups, (vague, one_vague)) == groups
    # One-sentence documents: a shared figure says they are about one thing, not that they tell one fact.
    one, other = _documents("The storm destroyed 1,200 homes.", "Some 1,150 houses were flattened.")
    lone = _match("compatible", ("a", one.sentences[0].id, "1,200", True), ("b", other.sentences[0].id, "1,150", True))
    assert join_figure_links([one, other], (), (lone,)) == ()


def test_compare_groups_seed_sentences_that_give_matched_figures_in_different_words() -> None:
    # "more than 90 percent completed" / "now 90% complete" and "almost two decades" / "20 years": the gold pairs
    # a23 and a24 with b28 (partial); their words alone leave all three unaligned.
    from diffnews import compare_files

    seed = pathlib.Path(__file__).parent.parent / "fixtures" / "qala-e-naw"
    report = compare_files([str(seed / "rferl-qala-e-naw.txt"), str(seed / "dw-qala-e-naw.txt")])
    assert ((("a23", "a24"), ("b28",)), 0.5) in [(a.sentences, a.score) for a in report.alignments]
