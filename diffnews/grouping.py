"""Scores -> groups: choose sentence pairs globally, then let matched figures join sentences to the groups.

The aligner (align.py) scores sentence pairs; this module decides which pairs
become shared facts.  Pairs are taken by descending score, one-to-one at
first; a sentence may take in a second partner it is clearly the best match
for, and last a confident pair joins the groups of its two sentences (one fact
told over several sentences on each side).  After the figures are matched
(figures.py), two sentences that give a figure for the same thing join the
alignment too (``join_figure_links``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .model import Alignment, Document, NumberMatch, NumberStatus, Options, Sentence, WordEdit
from .word_diff import word_edits

FIGURE_LINK_SCORE = 0.5
"""Score of a group made only because its two sentences give matched figures (see join_figure_links)."""
_GROUP_LINK = 0.5
"""Every pair across a group of several sentences on each side must score at least this."""
_NEAR_BEST = 3.0
"""A pair is kept only when its log-odds come within this margin of each of its sentences' best pair."""
_MERGE_LINK = 0.8
"""A pair scoring at least this (and the threshold) joins the groups of its two sentences (see _join_strong_links)."""
_MERGE_MAX = 4
"""A group joined by strong links has at most this many sentences on each side."""


def choose_groups(scores: dict[tuple[int, int], float], options: Options = Options()) -> list[tuple[list[int], list[int], float]]:
    """Choose pairs globally and gather them into groups; every sentence joins one group at most.

    A pair is kept when it reaches the threshold and comes close to the best
    pair of *both* its sentences (so a sentence that merely shares the topic
    loses to the one telling the same fact).  Pairs are taken by descending
    score, ties by position, so the result is deterministic.  A kept pair
    joins or merges the groups of its sentences when the merged group has at
    most ``max_group`` sentences on each side and every pair across it scored
    at least ``_GROUP_LINK`` (one fact told over several sentences on both
    sides, such as headline plus lede); otherwise it is left out.  Last, a
    pair scoring at least ``_MERGE_LINK`` joins the groups of its sentences
    (see :func:`_join_strong_links`).

    >>> choose_groups({(0, 0): 0.9, (0, 1): 0.8, (1, 1): 0.3, (2, 2): 0.97, (2, 0): 0.5})
    [([2], [2], 0.97), ([0], [0, 1], 0.9)]
    >>> choose_groups({(0, 0): 0.9, (1, 1): 0.9, (0, 1): 0.7})  # (1, 0) never scored: no merge
    [([0], [0], 0.9), ([1], [1], 0.9)]
    >>> choose_groups({(0, 0): 0.9, (1, 1): 0.9, (0, 1): 0.8})  # a confident link joins them
    [([0, 1], [0, 1], 0.9)]
    """
    best: dict[tuple[int, int], float] = {}
    for (i, j), score in scores.items():
        best[(0, i)] = max(best.get((0, i), 0.0), score)
        best[(1, j)] = max(best.get((1, j), 0.0), score)
    member: dict[tuple[int, int], int] = {}
    groups: dict[int, tuple[list[int], list[int], float]] = {}
    for (i, j), score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        if score < options.threshold:
            break
        if _log_odds(score) < _log_odds(max(best[(0, i)], best[(1, j)])) - _NEAR_BEST:
            continue
        left_group, right_group = member.get((0, i)), member.get((1, j))
        if left_group is not None and left_group == right_group:
            continue
        if left_group is None and right_group is None:
            _regroup(groups, member, [], ([i], [j], score))
            continue
        left_members = groups[left_group][0] if left_group is not None else [i]
        right_members = groups[right_group][1] if right_group is not None else [j]
        left_members = sorted(set(left_members) | (set(groups[right_group][0]) if right_group is not None else set()))
        right_members = sorted(set(right_members) | (set(groups[left_group][1]) if left_group is not None else set()))
        if len(left_members) > options.max_group or len(right_members) > options.max_group:
            continue
        if any(scores.get((x, y), 0.0) < _GROUP_LINK for x in left_members for y in right_members):
            continue
        joined = [key for key in (left_group, right_group) if key is not None]
        _regroup(groups, member, joined, (left_members, right_members, max(groups[key][2] for key in joined)))
    _join_strong_links(scores, member, groups, max(_MERGE_LINK, options.threshold))
    ordered = sorted(groups.values(), key=lambda group: (-group[2], group[0], group[1]))
    return [(sorted(g_left), sorted(g_right), score) for g_left, g_right, score in ordered]


def _join_strong_links(
    scores: dict[tuple[int, int], float],
    member: dict[tuple[int, int], int],
    groups: dict[int, tuple[list[int], list[int], float]],
    link: float,
) -> None:
    """Join two groups (or a group and a sentence left alone) that a pair scoring ``link`` links.

    The first pass keeps a sentence with its best partners only, but reports
    often tell one fact over several sentences on both sides (headline, lede
    and a later sentence of each).  A confident pair across two groups then
    says they tell one fact; the joined group has at most ``_MERGE_MAX``
    sentences a side, so one sentence cannot draw in the whole topic.
    """
    for (i, j), score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        if score < link:
            break
        left_group, right_group = member.get((0, i)), member.get((1, j))
        if left_group is not None and left_group == right_group:
            continue
        joined = [key for key in (left_group, right_group) if key is not None]
        left_members = sorted({i}.union(*(groups[key][0] for key in joined)))
        right_members = sorted({j}.union(*(groups[key][1] for key in joined)))
        if len(left_members) > _MERGE_MAX or len(right_members) > _MERGE_MAX:
            continue
        top = max([score] + [groups[key][2] for key in joined])
        _regroup(groups, member, joined, (left_members, right_members, top))


def _regroup(
    groups: dict[int, tuple[list[int], list[int], float]],
    member: dict[tuple[int, int], int],
    joined: list[int],
    group: tuple[list[int], list[int], float],
) -> None:
    """Replace the ``joined`` groups with ``group``, under the first of their keys (a new key when none)."""
    keep = min(joined, default=len(member))
    for key in joined:
        del groups[key]
    groups[keep] = group
    for x in group[0]:
        member[(0, x)] = keep
    for y in group[1]:
        member[(1, y)] = keep


def _log_odds(p: float) -> float:
    p = min(max(p, 1e-12), 1 - 1e-12)
    return math.log(p / (1 - p))


def join_figure_links(documents: Sequence[Document], alignments: Sequence[Alignment], numbers: Sequence[NumberMatch],
                      *, options: Options = Options()) -> tuple[Alignment, ...]:
    """Add the sentence pairs that give matched figures (``numbers``, from figures.match_figures) to the alignments.

    Two sentences that give a figure for the same thing tell one fact even in different words ("more than
    1,000 government troops who fled" / "Hundreds of pro-government fighters pushed into Tajikistan"), which
    word overlap misses.  A pair of two sentences left alone becomes a group scoring ``FIGURE_LINK_SCORE``; a
    sentence left alone joins its partner's group while that side has fewer than ``_MERGE_MAX`` sentences.
    Sentences already in two different groups stay as they are: joining whole groups pairs every sentence of one
    with every sentence of the other.  A vague amount ("several justices", "thousands of stores") links nothing.
    Nor do figures of a lone sentence: with no other sentences to choose from, a shared figure says only that two
    sentences are about one thing, not that they tell one fact (measured on MSRP: docs/notes/aligner.md).
    """
    if FIGURE_LINK_SCORE < options.threshold:
        return tuple(alignments)
    links = _figure_links(documents, numbers)
    other_of = {s.id: k for k, document in enumerate(documents) for s in document.sentences}
    groups = [[list(ids) for ids in alignment.sentences] for alignment in alignments]
    scores = [alignment.score for alignment in alignments]
    changed: set[int] = set()
    member: dict[tuple[int, str], int] = {}  # (other document, sentence id) -> group of the first and that document
    for g, group in enumerate(groups):
        k = next(k for k in range(1, len(group)) if group[k])
        member.update({(k, i): g for i in group[0] + group[k]})
    for first, second in links:
        k = other_of[second]
        left, right = member.get((k, first)), member.get((k, second))
        if left is not None and right is not None:
            continue
        if left is None and right is None:
            group = [[] for _ in documents]
            group[0], group[k] = [first], [second]
            groups.append(group)
            scores.append(FIGURE_LINK_SCORE)
            member[(k, first)] = member[(k, second)] = len(groups) - 1
            changed.add(len(groups) - 1)
            continue
        g, side, joining = (left, k, second) if left is not None else (right, 0, first)
        if len(groups[g][side]) < _MERGE_MAX:
            groups[g][side].append(joining)
            member[(k, joining)] = g
            changed.add(g)
    texts = {s.id: s for document in documents for s in document.sentences}
    joined = []
    for g, group in enumerate(groups):
        if g not in changed:
            joined.append(alignments[g])
            continue
        sides = [sorted((texts[i] for i in ids), key=lambda sentence: sentence.index) for ids in group]
        edits = group_edits(sides[0], [sentence for side in sides[1:] for sentence in side])
        joined.append(Alignment(tuple(tuple(s.id for s in side) for side in sides), scores[g], edits))
    return in_report_order(joined, documents)


def _figure_links(documents: Sequence[Document], numbers: Sequence[NumberMatch]) -> list[tuple[str, str]]:
    """The pairs (first document's sentence, other's) of content sentences, in documents of two or more, that give
    matched figures, each written as one value."""
    in_documents = {document.article.id for document in documents
                    if sum(s.role.is_content for s in document.sentences) > 1}
    first_id = documents[0].article.id
    if first_id not in in_documents:
        return []
    content = {s.id for document in documents for s in document.sentences if s.role.is_content}
    return [
        (mentions[0].sentence, other.sentence)
        for mentions in (match.mentions for match in numbers if match.status is not NumberStatus.UNIQUE)
        if mentions[0].document == first_id and mentions[0].sentence in content
        for other in mentions[1:]
        if other.document in in_documents and other.sentence in content
        and mentions[0].quantity.value is not None and other.quantity.value is not None
    ]


def in_report_order(alignments: list[Alignment], documents: Sequence[Document]) -> tuple[Alignment, ...]:
    """Order groups by where their sentences first come in each document."""
    positions = {s.id: s.index for document in documents for s in document.sentences}
    sizes = [len(document.sentences) for document in documents]
    alignments.sort(key=lambda a: tuple(min((positions[i] for i in ids), default=size) for ids, size in zip(a.sentences, sizes)))
    return tuple(alignments)


def group_edits(first: Sequence[Sentence], other: Sequence[Sentence]) -> tuple[WordEdit, ...]:
    """The word-level difference between two sides of a group, each side's sentences read as one text."""
    return word_edits(" ".join(s.text for s in first), " ".join(s.text for s in other))
