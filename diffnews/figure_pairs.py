"""Which pairs of figures are worth scoring, found without trying every pair (blocking, as names.py does):
:func:`candidate_pairs` for the scorer and :func:`elimination_partners` for pairing by elimination.  Each one
returns every pair the rule it serves could accept (``pair_score``, ``eliminable_pair`` and ``thing_score`` in
figure_scores.py, whose thresholds it reads), by prefix filtering over shared context words and phrasing
(blocking.py) and by sweeps over widened intervals; it decides nothing itself, which is why it is apart from the
rules: a speed device that tests/test_figures.py holds, on generated documents, to the answer of trying all
pairs.  Internal to :mod:`diffnews.figures`.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from diffnews.blocking import prefix
from diffnews.figure_record import Figure, figures_by_sentence
from diffnews.figure_scores import (
    AGREEMENT_EVIDENCE, CIVILIAN_STEMS, CLASS_OF, FAR_WORDS, LOCAL_CAP, LOCAL_WEIGHT, MIN_CONTEXT, narrow,
    STATE_PARTNERS, significant_digits,
)
from diffnews.model import Quantity, QuantityKind
from diffnews.number_words import UNIT_SIZES
from diffnews.numbers import agreement_reach, in_base_units


def candidate_pairs(figures: list[Figure], aligned: dict[tuple[str, str], float],
                     related: dict[tuple[str, str], float], idf: dict[str, float]) -> set[tuple[int, int]]:
    """Return the pairs of figures (i < j, in two documents) that ``pair_score`` may accept, without trying all.

    Blocking, as names.py does: every pair it accepts is one of these (tests/test_figures.py checks it on
    generated documents).  Figures in aligned (or related lone) sentences may pair on the alignment alone; any
    other pair must be of one kind and, by what ``pair_score`` asks of unaligned figures:
    - written alike with three significant digits or more (needs no context);
    - or, when neither names its thing, share local phrasing worth 1.0 and context words weighing
      2 * MIN_CONTEXT;
    - or else share context words weighing MIN_CONTEXT, or MIN_CONTEXT - AGREEMENT_EVIDENCE when the two may
      agree (``relate`` not CONFLICT: their intervals widened by ``agreement_reach`` meet) and are definite.
    Two figures can only share that much if each has, among its words in one order (rarest first), one of the
    other's first words: all but a last stretch lighter than what is needed (prefix filtering).  So only
    figures sharing such a word, or word pair of phrasing, are tried.
    """
    pairs: set[tuple[int, int]] = set()
    by_sentence = figures_by_sentence(figures)
    for first, second in (*aligned, *related):
        pairs.update(_across(by_sentence.get(first, []) + by_sentence.get(second, []), figures))
    pairs.update(_same_precise_figures(figures))
    heavy = _context_prefixes(figures, idf, MIN_CONTEXT)
    light = _context_prefixes(figures, idf, MIN_CONTEXT - AGREEMENT_EVIDENCE)
    heaviest = _context_prefixes(figures, idf, 2 * MIN_CONTEXT)
    named: dict[tuple[object, ...], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    agreeing: dict[tuple[object, ...], list[tuple[float, float, int]]] = defaultdict(list)
    for k, figure in enumerate(figures):
        quantity = figure.mention.quantity
        for word in heavy[k]:
            named[(quantity.kind, word)][figure.head == ""].append(k)
        if narrow(quantity):
            for space, low, high in _agreement_spans(quantity):
                for word in light[k]:
                    agreeing[(quantity.kind, space, word)].append((low, high, k))
    for with_name, without in named.values():
        pairs.update(_across(with_name, figures))
        pairs.update(_across(with_name, figures, without))
    pairs.update((k, m) for k, m in _meeting(agreeing.values(), figures) if figures[k].head or figures[m].head)
    needed = _local_pairs_needed()
    if needed is not None:
        seen = Counter(pair for figure in figures for pair in figure.phrasing)
        wordings: dict[tuple[object, ...], list[int]] = defaultdict(list)
        for k, figure in enumerate(figures):
            if figure.head == "":
                wording = sorted(figure.phrasing, key=lambda pair: (seen[pair], pair))
                for pair in prefix(wording, [1.0] * len(wording), needed - 0.5):
                    wordings[(figure.mention.quantity.kind, pair)].append(k)
        for ks in wordings.values():
            pairs.update((k, m) for k, m in _across(ks, figures) if heaviest[k] & heaviest[m])
    return pairs


def _context_prefixes(figures: list[Figure], idf: dict[str, float], least: float) -> list[set[str]]:
    """For each figure, the first of its context words (rarest first) that two figures sharing context words
    weighing ``least`` share one of (``_context`` weighs a shared word its idf at most, and nothing past
    FAR_WORDS)."""
    if least <= 0:
        return [{""} for _ in figures]  # sharing nothing may be enough: every figure shares the one key
    prefixes = []
    for figure in figures:
        words = sorted((word for word, distance in figure.context.items()
                        if abs(distance) <= FAR_WORDS and idf.get(word, 0.0) > 0), key=lambda w: (-idf[w], w))
        prefixes.append(set(prefix(words, [idf[word] for word in words], least - 1e-6)))  # - 1e-6: _context's sum
    return prefixes


def _across(ks: list[int], figures: list[Figure], others: list[int] | None = None) -> list[tuple[int, int]]:
    """The pairs (i < j) of figures in two documents among ``ks``, or between ``ks`` and ``others``."""
    return [(min(k, m), max(k, m)) for n, k in enumerate(ks) for m in (ks[n + 1:] if others is None else others)
            if figures[k].position != figures[m].position]


def _local_pairs_needed() -> int | None:
    """How many word pairs of local phrasing two figures share for ``local`` to reach 1.0 (None: it never does)."""
    for count in range(1, 100):
        if min(LOCAL_CAP, LOCAL_WEIGHT * count) >= 1.0:
            return count
    return None


def _same_precise_figures(figures: list[Figure]) -> list[tuple[int, int]]:
    """The pairs of figures of one kind and qualifier, each written with three significant digits or more, whose
    values may be the same (``relate`` SAME: ends equal to 1e-9, in common units)."""
    values: dict[tuple[object, ...], list[tuple[float, int]]] = defaultdict(list)
    for k, figure in enumerate(figures):
        quantity = figure.mention.quantity
        if significant_digits(quantity) < 3 or math.isnan(quantity.low):
            continue
        group = (quantity.kind, quantity.qualifier)
        values[group].append((quantity.low, k))
        if quantity.unit in UNIT_SIZES:  # two units of one dimension are compared in its base unit
            dimension, size = UNIT_SIZES[quantity.unit]
            values[(*group, dimension)].append((quantity.low * size, k))
    pairs = []
    for found in values.values():
        found.sort()
        lows = [low for low, _ in found]
        for low, k in found:
            slack = 4e-9 * abs(low) + 4e-9 if math.isfinite(low) else 0.0
            start, stop = bisect.bisect_left(lows, low - slack), bisect.bisect_right(lows, low + slack)
            pairs += [(k, m) for _, m in found[start:stop] if k < m and figures[k].position != figures[m].position]
    return pairs


def elimination_partners(figures: list[Figure], lone: bool) -> list[list[int]]:
    """For each figure, the figures in other documents that ``eliminable_pair`` may accept with it, in order.

    Of one kind, in lone sentences; otherwise naming things ``thing_score`` may match (sharing a
    ``_thing_keys`` key), neither of them nothing or a percent, and agreeing (two reports that conflict pair by
    elimination only in lone sentences), so their intervals widened by ``agreement_reach`` meet.
    """
    partners: list[set[int]] = [set() for _ in figures]
    if lone:
        kinds: dict[QuantityKind, list[int]] = defaultdict(list)
        for k, figure in enumerate(figures):
            kinds[figure.mention.quantity.kind].append(k)
        found = [pair for ks in kinds.values() for pair in _across(ks, figures)]
    else:
        spans: dict[tuple[object, ...], list[tuple[float, float, int]]] = defaultdict(list)
        for k, figure in enumerate(figures):
            if figure.head not in ("", "percent"):
                for space, low, high in _agreement_spans(figure.mention.quantity):
                    for key in _thing_keys(figure):
                        spans[(key, space)].append((low, high, k))
        found = list(_meeting(spans.values(), figures))
    for k, m in found:
        partners[k].add(m)
        partners[m].add(k)
    return [sorted(ks) for ks in partners]


def _agreement_spans(quantity: Quantity) -> list[tuple[str, float, float]]:
    """A figure's interval widened by its ``agreement_reach``: as written, and in its dimension's base unit too
    (``relate`` compares two units of one dimension so); none when an end is NaN (it agrees with nothing)."""
    if math.isnan(quantity.low) or math.isnan(quantity.high):
        return []
    values = [("", quantity)] + ([(UNIT_SIZES[quantity.unit][0], in_base_units(quantity))]
                                 if quantity.unit in UNIT_SIZES else [])
    spans = []
    for space, value in values:
        reach = agreement_reach(value)
        spans.append((space, min(value.low, value.high) - reach, max(value.low, value.high) + reach))
    return spans


def _meeting(groups: Iterable[list[tuple[float, float, int]]], figures: list[Figure]) -> Iterator[tuple[int, int]]:
    """Yield the pairs (i < j) of figures in two documents whose spans, in one group, meet."""
    for spans in groups:
        spans.sort()
        starts = [start for start, _, _ in spans]
        for n, (_, end, k) in enumerate(spans):  # the spans that start within this one meet it
            for _, _, m in spans[n + 1:bisect.bisect_right(starts, end)]:
                if figures[k].position != figures[m].position:
                    yield min(k, m), max(k, m)


def _thing_keys(figure: Figure) -> list[tuple[object, ...]]:
    """Keys two figures share whenever ``thing_score`` may match their things (it returns None otherwise): the
    same kind, and the percent/point pair of one value, or one dimension and then the unit (money, durations,
    measures), a percent, the head, a class of heads, a civilian role, or a state and plain people."""
    quantity = figure.mention.quantity
    kind, unit = quantity.kind, quantity.unit
    dimension = UNIT_SIZES[unit][0] if unit in UNIT_SIZES else unit  # same_dimension: equal units or dimensions
    keys: list[tuple[object, ...]] = [("percent or point", kind, quantity.low, quantity.high)] if unit in (
        "percent", "point") else []
    if kind in (QuantityKind.DURATION, QuantityKind.MONEY) or unit in UNIT_SIZES:
        return [*keys, ("unit", kind, dimension)]
    if kind is QuantityKind.PERCENT:
        keys.append(("percent", dimension))
    keys.append(("head", kind, dimension, figure.head))
    keys += [("class", kind, dimension, number) for number in sorted(CLASS_OF.get(figure.head, ()))]
    if figure.head in CIVILIAN_STEMS:
        keys.append(("civilian", kind, dimension))
    if figure.head in STATE_PARTNERS:
        keys.append(("state", kind, dimension))
    return keys
