"""Pair the figures of several documents that count the same thing, and classify each pair.

The stage itself: gather the figures (figure_record.py), score the pairs worth scoring (figure_pairs.py finds
them, figure_scores.py holds the rules), and decide which accepted pairs win.  Candidates are joined greedily by
score, at most one mention per document in a group; leftovers that are each other's only agreeing figure of one
named thing are then paired by elimination, then the sole figures of closely aligned sentences, the figures of
parallel lists and the other parts of a movement with one part paired; a leftover may still join a paired figure
from a heading or above EXTRA_SCORE.  Each group is classified by :func:`diffnews.numbers.relate`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence, Set

from diffnews.figure_context import stems
from diffnews.figure_moves import contested_roundings, pair_by_anchor, part_successive_moves
from diffnews.figure_pairs import candidate_pairs, elimination_partners
from diffnews.figure_record import Figure, context_idf, figures_by_sentence, gather_figures
from diffnews.figure_scores import (
    ELIMINATION_RATIO, HEADINGS, RELATED_CONFLICT, RELATED_LONE, comparable_size, eliminable_pair, kept_apart,
    owned_apart, pair_score, thing_score,
)
from diffnews.model import Alignment, Document, NumberMatch, NumberStatus, Quantity
from diffnews.numbers import relate, same_dimension

# The RELATED_* thresholds live in figure_scores.py; tests import them from here, as before the split.
__all__ = ["RELATED_CONFLICT", "RELATED_LONE", "match_figures"]

EXTRA_SCORE = 2.6
"""A figure left over after one-to-one pairing may still join an already paired figure above this score,
or at any score when it sits in a headline or subheading, because those restate body figures."""


def _alignment_scores(alignments: Sequence[Alignment]) -> dict[tuple[str, str], float]:
    """Map each pair of aligned sentence ids, both ways round, to its best alignment score."""
    scores: dict[tuple[str, str], float] = {}
    for alignment in alignments:
        for i, first in enumerate(alignment.sentences):
            for second in alignment.sentences[i + 1 :]:
                for x in first:
                    for y in second:
                        best = max(alignment.score, scores.get((x, y), 0.0))
                        scores[(x, y)] = scores[(y, x)] = best
    return scores


def _own_beside(figures: list[Figure], groups: list[list[int]], leftover: int) -> list[Quantity]:
    """The figures of the leftover's own document in a partner's groups: what that outlet already paired with it."""
    return [figures[k].mention.quantity for group in groups for k in group
            if figures[k].position == figures[leftover].position]


def _told_again(figures: list[Figure], groups: list[list[int]], candidates: list[tuple[int, int]]) -> set[int]:
    """Return the unpaired figures whose scored partner went to another figure of their own document that agrees
    with them: "over 2.8 million people without power" lost "more than 2.2 million without power" to its own
    "More than 2.2 million ... without power".  The fact such a figure tells is paired already."""
    group_of = {k: group for group in groups for k in group}
    told = set()
    for i, j in candidates:
        for leftover, partner in ((i, j), (j, i)):
            if leftover not in group_of and partner in group_of and any(
                    relate(own, figures[leftover].mention.quantity) is not NumberStatus.CONFLICT
                    for own in _own_beside(figures, [group_of[partner]], leftover)):
                told.add(leftover)
    return told


def _pair_by_elimination(figures: list[Figure], paired: set[int], lone: bool,
                         told: Set[int] = frozenset()) -> list[list[int]]:
    """Pair leftover figures that are each other's only agreeing figure of the same thing.

    With no shared context, a thing named once on each side ("billions of dollars" / "Billions of
    dollars") is still most likely one fact, but only when the figures agree: a conflict needs
    context to be believed.  A figure ``told`` again (see :func:`_told_again`) has shown which fact it
    is about, and it is not the one left over on the other side.
    """
    pairs: list[list[int]] = []
    partners = elimination_partners(figures, lone)
    eliminable: dict[tuple[int, int], bool] = {}  # what eliminable_pair said: it does not change as figures pair
    changed = True
    while changed:
        changed = False
        left = [k for k in range(len(figures)) if k not in paired and k not in told]
        for k in left:
            for m in partners[k]:
                if m not in paired and (k, m) not in eliminable:
                    eliminable[(k, m)] = eliminable_pair(figures[k], figures[m], lone)
        options = {k: _closest_phrasing(figures, k, [m for m in partners[k] if m not in paired and m not in told
                                                    and eliminable[(k, m)]])
                   for k in left}
        for k in left:
            for m in options[k]:
                if k in paired or m in paired:
                    continue
                # Each must be the other's only option in the other's document.
                if [n for n in options[k] if figures[n].position == figures[m].position] == [m] and [
                        n for n in options[m] if figures[n].position == figures[k].position] == [k]:
                    pairs.append(sorted((k, m), key=lambda n: figures[n].order))
                    paired.update((k, m))
                    changed = True
    return pairs


SOLE_ALIGNMENT = 0.7
"""Alignment score at which two sentences that each give one figure, of one kind, give it for one quantity."""
SAME_SLOT = 3
"""Word pairs of local phrasing two sole figures share when they fill one slot of one wording ("which to date
includes more than 360 groups" / "which to date includes 125 names")."""


def _pair_sole_figures(figures: list[Figure], paired: set[int],
                       aligned: dict[tuple[str, str], float]) -> list[list[int]]:
    """Pair the one figure of a sentence with the one figure of a sentence closely aligned with it, when the two
    are of one kind and size, nothing else claimed them, and their things may be one, one sentence names the
    other's thing ("142 allegations of sexual assault" / "142 reported sexual assaults"; not "200 prisoners" /
    "200 soldiers"), or two different figures fill one slot of one wording."""
    sole = {sentence: ks[0] for sentence, ks in figures_by_sentence(figures).items()
            if len(ks) == 1 and ks[0] not in paired}
    pairs = []
    # Closest sentences first; only aligned pairs are looked at, so the cost follows the alignment, not n * n.
    for (first, second), score in sorted(aligned.items(), key=lambda item: (-item[1], item[0])):
        k, m = sole.get(first), sole.get(second)
        if score < SOLE_ALIGNMENT or k is None or m is None or k in paired or m in paired:
            continue
        a, b = figures[k], figures[m]
        qa, qb = a.mention.quantity, b.mention.quantity
        relation = relate(qa, qb)
        # Figures that differ in one slot are one count disputed; written alike under other nouns they may count
        # two things ("200 prisoners" / "200 soldiers escaped").
        slot = relation is not NumberStatus.SAME and len(a.phrasing & b.phrasing) >= SAME_SLOT
        named = (thing_score(a, b) is not None or a.head in stems(b.sentence.text) or b.head in stems(a.sentence.text)
                 or slot)
        if (a.position < b.position and qa.kind is qb.kind and named and same_dimension(qa.unit, qb.unit)
                and not kept_apart(a, b, relation) and comparable_size(a, b, ELIMINATION_RATIO)):
            pairs.append([k, m])
            paired.update((k, m))
    return pairs


def _pair_parallel_figures(figures: list[Figure], paired: set[int],
                           aligned: dict[tuple[str, str], float]) -> list[list[int]]:
    """Pair, in order, the figures of two aligned sentences that give the same number of figures, none paired yet,
    of one kind and dimension place by place, each place agreeing and at least one written alike: one list of
    facts told twice ("launch 800 hot spots ... more than 2,100 by the end of the year" / "with 800 locations ...
    2,100 locations by the end of the year")."""
    by_sentence = figures_by_sentence(figures)
    pairs: list[list[int]] = []
    for first, second in sorted(aligned, key=lambda key: (-aligned[key], key)):
        ks, ms = by_sentence.get(first, []), by_sentence.get(second, [])
        if len(ks) < 2 or len(ks) != len(ms) or any(n in paired for n in ks + ms):
            continue
        if figures[ks[0]].position >= figures[ms[0]].position:
            continue
        places = list(zip(ks, ms))
        relations = [relate(figures[k].mention.quantity, figures[m].mention.quantity) for k, m in places]
        if all(figures[k].mention.quantity.kind is figures[m].mention.quantity.kind
               and same_dimension(figures[k].mention.quantity.unit, figures[m].mention.quantity.unit)
               and relation is not NumberStatus.CONFLICT and not kept_apart(figures[k], figures[m], relation)
               for (k, m), relation in zip(places, relations)) and NumberStatus.SAME in relations:
            pairs.extend([k, m] for k, m in places)
            paired.update(ks + ms)
    return pairs


def _closest_phrasing(figures: list[Figure], k: int, options: list[int]) -> list[int]:
    """Narrow a figure's options in each other document to the one whose local phrasing it shares most, when
    one shares strictly more than the rest: ", or 2.1 percent, to" / ", or 1 percent, to", not "1.1 percent
    last week"."""
    narrowed = []
    for position in sorted({figures[m].position for m in options}):
        here = [m for m in options if figures[m].position == position]
        shared = [len(figures[k].phrasing & figures[m].phrasing) for m in here]
        best = max(shared)
        narrowed.extend([here[shared.index(best)]] if best and shared.count(best) == 1 else here)
    return narrowed


def match_figures(documents: Sequence[Document], alignments: Sequence[Alignment]) -> tuple[NumberMatch, ...]:
    """Pair the documents' amounts about the same thing and classify each pair."""
    figures = gather_figures(documents)
    # Two lone sentences: every word they share has document idf 0, so context cannot vouch for a conflict.
    lone = all(sum(s.role.is_content for s in document.sentences) == 1 for document in documents)
    idf = context_idf(documents, lone)
    aligned = _alignment_scores(alignments)
    related = _related_lone_sentences(documents, aligned) if lone else {}
    scores: dict[tuple[int, int], float] = {}
    for i, j in candidate_pairs(figures, aligned, related, idf):
        a, b = figures[i], figures[j]
        if not (lone and owned_apart(a, b)):
            key = (a.sentence.id, b.sentence.id)
            score = pair_score(a, b, aligned.get(key, 0.0), idf, related.get(key, 0.0))
            if score is not None:
                scores[(i, j)] = round(score, 9)
    # Best first; ties go to document order, then sentence index, then offset.
    candidates = sorted(scores, key=lambda ij: (-scores[ij], figures[ij[0]].order, figures[ij[1]].order))
    mates = _restatements(figures)
    groups = _join_greedily(figures, candidates, mates)
    paired = {k for ks in groups for k in ks}
    # A figure whose restatement in brackets (or whose original) is paired is told in that pair: "paired" too.
    _fold(paired, mates)
    groups.extend(_pair_by_elimination(figures, paired, lone, _told_again(figures, groups, candidates)))
    _fold(paired, mates)
    groups.extend(_pair_sole_figures(figures, paired, aligned))
    _fold(paired, mates)
    groups.extend(_pair_parallel_figures(figures, paired, aligned))
    _fold(paired, mates)
    groups.extend(pair_by_anchor(figures, groups, paired))
    part_successive_moves(figures, groups, paired)
    _fold(paired, mates)
    _tell_in_partners_unit(figures, groups, mates)
    extra_used: set[int] = set()
    groups_of: dict[int, list[list[int]]] = defaultdict(list)  # each figure's groups, so as not to search them all
    for group in groups:
        for k in group:
            groups_of[k].append(group)
    for i, j in candidates:
        for leftover, partner in ((i, j), (j, i)):
            heading = figures[leftover].sentence.role in HEADINGS
            if leftover in paired or leftover in extra_used or partner not in paired:
                continue
            # Before the checks below: a leftover that writes the partner's number wins over a rival that does not.
            if _swap_for_same_number(figures, groups_of, leftover, partner, paired):
                continue
            if not (heading or scores[(i, j)] >= EXTRA_SCORE):
                continue
            own = _own_beside(figures, groups_of[partner], leftover)
            mine, theirs = figures[leftover].mention.quantity, figures[partner].mention.quantity
            # One outlet does not give two conflicting values of one fact: a leftover that conflicts with
            # its own document's figure in the group is about something else.
            if any(relate(q, mine) is NumberStatus.CONFLICT for q in own):
                continue
            # Nor is one that conflicts with the partner when its document already gives a figure agreeing with
            # the partner: "more than 60 ... this year" answers "60", and "205 ... last year" is another fact.
            if relate(theirs, mine) is NumberStatus.CONFLICT and any(
                    relate(q, theirs) is not NumberStatus.CONFLICT for q in own):
                continue
            groups.append(sorted((leftover, partner), key=lambda k: figures[k].order))
            groups_of[leftover].append(groups[-1])
            groups_of[partner].append(groups[-1])
            extra_used.add(leftover)
    _fold(paired, mates)
    # A restatement left with its original unpaired too is listed once, by the original.
    groups.extend([k] for k in range(len(figures))
                  if k not in paired and k not in extra_used and figures[k].restates is None)
    contested = contested_roundings(figures, groups)
    matches = [_classify([figures[k] for k in ks], n in contested) for n, ks in enumerate(groups)]
    rank = list(NumberStatus)
    keyed = sorted(zip(matches, groups), key=lambda mg: (rank.index(mg[0].status), [figures[k].order for k in mg[1]]))
    return tuple(match for match, _ in keyed)


def _swap_for_same_number(figures: list[Figure], groups_of: dict[int, list[list[int]]], leftover: int, partner: int,
                          paired: set[int]) -> bool:
    """Give the partner the leftover instead of a rival from the leftover's document when the leftover writes the
    partner's number ("60" / "more than 60") of a thing named as closely, and the rival conflicts with it ("60" /
    "205 ... last year") or only agrees without writing it ("$12 billion" / "more than $3bn"): one outlet hedging
    the other's figure tells its fact, the rival another.  The leftover needs no score beyond being a candidate:
    its written number is the evidence.  Return whether the swap was made."""
    left, mine = figures[leftover], figures[partner].mention.quantity
    if left.mention.quantity.value is None or left.mention.quantity.value != mine.value \
            or relate(mine, left.mention.quantity) is NumberStatus.CONFLICT:
        return False
    for group in groups_of[partner]:
        rivals = [k for k in group if k != partner and figures[k].position == left.position]
        if len(group) != 2 or len(rivals) != 1:
            continue
        rival = figures[rivals[0]].mention.quantity
        relation = relate(mine, rival)
        if (relation is NumberStatus.CONFLICT or relation is NumberStatus.COMPATIBLE and rival.value != mine.value) \
                and (thing_score(left, figures[partner]) or 0.0) >= (thing_score(figures[rivals[0]], figures[partner])
                                                                   or 0.0):
            rival = rivals[0]
            group[group.index(rival)] = leftover
            group.sort(key=lambda k: figures[k].order)
            groups_of[rival].remove(group)
            groups_of[leftover].append(group)
            paired.discard(rival)
            paired.add(leftover)
            return True
    return False


def _related_lone_sentences(
    documents: Sequence[Document], aligned: dict[tuple[str, str], float]
) -> dict[tuple[str, str], float]:
    """Map each pair of lone content sentences the aligner left apart, both ways round, to its similarity when that
    reaches RELATED_LONE (an aligned pair has its alignment score already)."""
    from diffnews.paraphrase import similarity

    lone = [next(s for s in document.sentences if s.role.is_content) for document in documents]
    related: dict[tuple[str, str], float] = {}
    for i, first in enumerate(lone):
        for second in lone[i + 1 :]:
            if (first.id, second.id) in aligned:
                continue
            score = similarity(first.text, second.text)
            if score >= RELATED_LONE:
                related[(first.id, second.id)] = related[(second.id, first.id)] = score
    return related


def _restatements(figures: list[Figure]) -> dict[int, set[int]]:
    """Map each figure restated in brackets, and each restatement, to the others of its family ("five metres
    (16 feet)"): one fact, of which one figure pairs."""
    index = {figure.order: k for k, figure in enumerate(figures)}
    mates: dict[int, set[int]] = defaultdict(set)
    for k, figure in enumerate(figures):
        if figure.restates is not None:
            family = {index[figure.restates], k}
            for m in family:
                mates[m] |= family - {m}
    return dict(mates)


def _fold(paired: set[int], mates: dict[int, set[int]]) -> None:
    """Count the family of each paired figure as paired: its restatement in brackets says what it says."""
    paired.update({m for k in paired if k in mates for m in mates[k]})


def _tell_in_partners_unit(figures: list[Figure], groups: list[list[int]], mates: dict[int, set[int]]) -> None:
    """Let the member of a family written in the unit its partners use stand for it in a group, else the first figure:
    "-22.3C (-8.14F)" / "-22.3C" pairs by "-22.3C" whichever scored higher, and "50 km (32 miles)" / "30 miles" by
    "32 miles"; another unit's rounding is no disagreement."""
    for group in groups:
        for place, k in enumerate(group):
            if k not in mates:
                continue
            units = {figures[m].mention.quantity.unit for m in group if m != k}
            family = sorted({k} | mates[k], key=lambda n: figures[n].order)
            alike = [n for n in family if figures[n].mention.quantity.unit in units]
            group[place] = alike[0] if len(alike) == 1 else family[0]


def _join_greedily(figures: list[Figure], candidates: list[tuple[int, int]],
                   mates: dict[int, set[int]]) -> list[list[int]]:
    """Join candidate pairs best first into groups holding at most one figure per document, and at most one figure of
    a family (a figure and its restatement in brackets) in all."""
    group_of = list(range(len(figures)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(figures))}
    joined: set[int] = set()
    for i, j in candidates:
        gi, gj = group_of[i], group_of[j]
        if gi == gj or {figures[k].position for k in members[gi]} & {figures[k].position for k in members[gj]}:
            continue
        if any(m in joined for k in (i, j) for m in mates.get(k, ())):
            continue
        joined.update((i, j))
        for k in members[gj]:
            group_of[k] = gi
        members[gi].extend(members.pop(gj))
    return [sorted(ks, key=lambda k: figures[k].order) for ks in members.values() if len(ks) > 1]


def _classify(members: Sequence[Figure], contested: bool = False) -> NumberMatch:
    """Classify a group by its worst pairwise relation: one conflict makes the group a conflict, and so does a
    contested rounding (see contested_roundings)."""
    mentions = tuple(member.mention for member in members)
    if len(members) == 1:
        return NumberMatch(NumberStatus.UNIQUE, mentions)
    if contested:
        return NumberMatch(NumberStatus.CONFLICT, mentions)
    rank = list(NumberStatus)
    status = min(
        (relate(x.quantity, y.quantity) for i, x in enumerate(mentions) for y in mentions[i + 1 :]), key=rank.index
    )
    return NumberMatch(status, mentions)
