"""Movements: the parts of one move a sentence gives (a rise, its percent, the level it reached), paired together.

Internal to :mod:`diffnews.figures`, whose :func:`~diffnews.figures.match_figures` runs these passes after the
figures are paired one by one: a move with one part paired lends its other parts a slot each, two successive moves
part their outer ends, and a rounding agrees only when the rest of its move does.
"""

from __future__ import annotations

import re

from diffnews.figure_record import Figure, figures_by_sentence
from diffnews.figure_scores import kept_apart
from diffnews.model import NumberStatus
from diffnews.numbers import is_bare, relate, same_dimension


# Between two figures of one movement ("rose 41.61 points, or 0.44 percent, to 9,415.82") there is no clause break.
# Needed only for a sentence with several figures of a movement: compiled on first use (re's cache).
_CLAUSE_BREAK = r"[;:]|\b(?:and|but|while|whereas|after|before|compared|against|versus)\b"  # matched ignoring case


def _movement(figures: list[Figure], k: int, by_sentence: dict[str, list[int]]) -> list[int]:
    """The other figures of k's movement: its neighbours in the sentence that have a part in a movement,
    with no clause break between one and the next (``by_sentence``: see ``figures_by_sentence``)."""
    if not figures[k].change:
        return []
    sentence = figures[k].sentence
    here = sorted(by_sentence[sentence.id], key=lambda m: figures[m].order)
    found: list[int] = []
    for step in (-1, 1):
        index = here.index(k)
        while 0 <= index + step < len(here):
            first, second = (figures[here[n]].mention.quantity for n in sorted((index, index + step)))
            index += step
            between = sentence.text[first.end:second.start]
            if not figures[here[index]].change or re.search(_CLAUSE_BREAK, between, re.IGNORECASE):
                break
            found.append(here[index])
    return found


def _shared_parts(figures: list[Figure], groups: list[list[int]], *, same: bool = True) -> list[tuple[int, int]]:
    """The pairs of figures with a part in a movement that two documents give with the same value (``same``),
    or paired at all."""
    return [(a, b) for a, b in (group for group in groups if len(group) == 2)
            if figures[a].change and figures[b].change
            and (not same or relate(figures[a].mention.quantity, figures[b].mention.quantity) is NumberStatus.SAME)]


def pair_by_anchor(figures: list[Figure], groups: list[list[int]], paired: set[int]) -> list[list[int]]:
    """Pair the other parts of two movements that have one part paired in the same role.

    "rose 41.61 points, or 0.44 percent" / "rose 41.61 points, a gain of 0.4%": the same rise of one
    index, so its percent on each side is one slot too; "to 4.48 percent from 4.42 percent" / "to 4.46%
    from 4.42%": the same start, so the ends are one slot, and they conflict; "rose $2.11, or about 11
    percent, to close at $21.51" / "jumped $1.63 or 8 percent to $21.03": the levels are one slot told at
    two moments, so the rises are one slot too.  A part pairs only with the one part on the other side with
    the same role, kind and dimension, on the same side of the paired part.
    """
    pairs: list[list[int]] = []
    by_sentence = figures_by_sentence(figures)
    for a, b in _shared_parts(figures, groups, same=False):
        if figures[a].change != figures[b].change:
            continue
        for x in _movement(figures, a, by_sentence):
            after = figures[x].order > figures[a].order
            options = [y for y in _movement(figures, b, by_sentence) if y not in paired and x not in paired
                       and figures[y].change == figures[x].change and (figures[y].order > figures[b].order) == after
                       and same_dimension(figures[x].mention.quantity.unit, figures[y].mention.quantity.unit)
                       and figures[x].mention.quantity.kind is figures[y].mention.quantity.kind
                       and not kept_apart(figures[x], figures[y],
                                           relate(figures[x].mention.quantity, figures[y].mention.quantity))]
            if len(options) == 1:
                pairs.append(sorted((x, options[0]), key=lambda n: figures[n].order))
                paired.update((x, options[0]))
    return pairs


def part_successive_moves(figures: list[Figure], groups: list[list[int]], paired: set[int]) -> None:
    """Unpair the outer ends of two moves where one starts at the level the other ended at.

    "to 3.26 percent from 3.17 percent" / "to 3.33 percent from 3.26 percent": the second report is later,
    so the first one's start (3.17) and the second one's end (3.33) are levels at two other times.
    """
    pair_of = {k: group for group in groups if len(group) == 2 for k in group}
    by_sentence = figures_by_sentence(figures)
    parted: list[list[int]] = []
    for a, b in _shared_parts(figures, groups):
        if {figures[a].change, figures[b].change} != {"start", "end"}:
            continue
        outer = {x for x in _movement(figures, a, by_sentence) if figures[x].change == figures[b].change} | {
            y for y in _movement(figures, b, by_sentence) if figures[y].change == figures[a].change}
        other = pair_of.get(min(outer, default=-1))
        if other is not None and set(other) == outer:
            parted.append(other)
    for other in parted:
        if other in groups:
            groups.remove(other)
            paired.difference_update(other)


def contested_roundings(figures: list[Figure], groups: list[list[int]]) -> set[int]:
    """The indexes of the pairs of bare figures that agree only after rounding while another part of the same two
    movements conflicts.

    "up 19.96 to 9,092.91" / "up 17 points to 9,090": the rises differ, so the two reports were taken at
    different moments and the levels differ too; 9,090 is not a rounding of 9,092.91 there.
    """
    pair_of = {k: group for group in groups if len(group) == 2 for k in group}
    by_sentence = figures_by_sentence(figures)
    contested: set[int] = set()
    for n, group in enumerate(groups):
        if len(group) != 2:
            continue
        a, b = (figures[k].mention.quantity for k in group)
        if not (is_bare(a) and is_bare(b) and relate(a, b) is NumberStatus.COMPATIBLE):
            continue
        theirs = set(_movement(figures, group[1], by_sentence))
        for x in _movement(figures, group[0], by_sentence):
            other = pair_of.get(x, [])
            if len(set(other) & theirs) == 1 and relate(
                    *(figures[k].mention.quantity for k in other)) is NumberStatus.CONFLICT:
                contested.add(n)
    return contested
