"""Pair the figures of several documents that count the same thing, and classify each pair.

Two amounts are candidates when they have the same kind (and currency), and
their counted things match: the same head noun after light stemming, or heads
in one small class of general news vocabulary (troops/soldiers/forces, people/
residents/civilians, ...).  A candidate must also be about the same event: its
sentences are aligned, or they share rare content words (weighted by inverse
sentence frequency over the documents), or the figures agree and share some
context.  Candidates are joined greedily by score, at most one mention per
document in a group; each group is classified by :func:`diffnews.numbers.relate`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from diffnews.model import Alignment, Document, Mention, NumberMatch, NumberStatus, QuantityKind, Role, Sentence
from diffnews.numbers import extract_quantities, relate

MIN_CONTEXT = 2.0
"""Least summed idf of shared context words for two unaligned figures to pair (about one rare word)."""
NEAR_WORDS = 12
"""Shared words at most this many words from both figures count fully; farther ones count FAR_WEIGHT."""
FAR_WEIGHT = 0.4
AGREEMENT_EVIDENCE = 1.4
"""What two precise, agreeing figures add to the context evidence."""
EXTRA_SCORE = 2.6
"""A figure left over after one-to-one pairing may still join an already paired figure above this score,
or at any score when it sits in a headline or subheading, because those restate body figures."""

# Small classes of general English news vocabulary whose members count the same kind of thing.
_THING_CLASSES = (
    "troop soldier serviceman servicemember force personnel fighter militiaman commando marine sailor airman "
    "trooper guard recruit militia army",
    "militant insurgent rebel guerrilla fighter jihadist",
    "person people resident civilian inhabitant local villager citizen individual",
    "death dead fatality casualty victim body",
    "worker employee staff staffer",
    "police policeman policemen officer cop",
    "child kid minor",
    "student pupil",
    "home house dwelling",
    "refugee migrant asylum-seeker",
    "vote ballot",
)
_HEADINGS = frozenset({Role.HEADLINE, Role.SUBHEADING})
_STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with from into onto over under about after before since as "
    "than that this these those there here it its it's he she they we you i his her their our your my me him "
    "them us who whom whose which what when where while why how is are was were be been being has have had do "
    "does did will would could should may might can must not no nor so too very also just only now then still "
    "said says say told tell according added claimed reported more most less some any all each every other such "
    "own same one two three up down out off again once".split())
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z'\u2019-]*")


@dataclass(frozen=True, slots=True)
class _Figure:
    """One amount with what the matcher needs to know about it."""

    position: int
    order: tuple[int, int, int]
    sentence: Sentence
    mention: Mention
    head: str
    modifiers: frozenset[str]
    context: dict[str, int]
    """Stems of the sentence's other content words, each with its distance in words from the figure."""


def stem(word: str) -> str:
    """Reduce a lowercase word to a crude stem, enough for ``completed`` ~ ``complete``, ``troops`` ~ ``troop``."""
    word = word.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith(("ss", "us", "is")):
            return word[: -len(suffix)]
    return word


_CLASS_OF: dict[str, set[int]] = {}
for _number, _members in enumerate(_THING_CLASSES):
    for _member in _members.split():
        _CLASS_OF.setdefault(stem(_member), set()).add(_number)


def _context_words(text: str, skip: tuple[int, int]) -> dict[str, int]:
    """Map each content word's stem outside ``skip`` to its distance in words from ``skip``."""
    matches = list(_WORD.finditer(text))
    first = next((k for k, match in enumerate(matches) if match.start() >= skip[0]), len(matches))
    last = max(first - 1, max((k for k, match in enumerate(matches) if match.start() < skip[1]), default=-1))
    found: dict[str, int] = {}
    for k, match in enumerate(matches):
        if first <= k <= last:
            continue
        raw = match.group()
        word = "usa" if raw in ("US", "U.S.") else raw.lower()
        if word not in _STOPWORDS and len(word) > 2:
            distance = first - k if k < first else k - last - (first > last)
            found[stem(word)] = min(distance, found.get(stem(word), distance))
    return found


def _thing_end(text: str, start: int, thing: str) -> int:
    """Return the offset just past the counted thing's last word, searching from ``start``."""
    words = thing.split()
    position = text.lower().find(words[-1], start) if words else -1
    return position + len(words[-1]) if position >= 0 else start


def _figures(documents: Sequence[Document]) -> list[_Figure]:
    figures = []
    for position, document in enumerate(documents):
        for sentence in document.sentences:
            if not sentence.role.is_content:
                continue
            for quantity in extract_quantities(sentence.text):
                if not quantity.kind.is_amount:
                    continue
                thing_words = [stem(w) for w in re.split(r"[\s-]+", quantity.thing) if w]
                thing_end = max(quantity.end, _thing_end(sentence.text, quantity.end, quantity.thing))
                figures.append(_Figure(
                    position, (position, sentence.index, quantity.start), sentence,
                    Mention(document.id, sentence.id, quantity), thing_words[-1] if thing_words else "",
                    frozenset(w for w in thing_words[:-1] if w not in _STOPWORDS),
                    _context_words(sentence.text, (quantity.start, thing_end)),
                ))
    return figures


def _idf(documents: Sequence[Document]) -> dict[str, float]:
    counts: dict[str, int] = {}
    total = 0
    for document in documents:
        for sentence in document.sentences:
            if sentence.role.is_content:
                total += 1
                for word in _context_words(sentence.text, (0, 0)):
                    counts[word] = counts.get(word, 0) + 1
    return {word: math.log((total + 1) / (count + 1)) for word, count in counts.items()}


def _thing_score(a: _Figure, b: _Figure) -> float | None:
    """Score how surely two figures count the same kind of thing; None when they cannot."""
    qa, qb = a.mention.quantity, b.mention.quantity
    if qa.kind is not qb.kind or qa.unit != qb.unit:
        return None
    if qa.kind is QuantityKind.DURATION or qa.kind is QuantityKind.MONEY:
        return 0.5
    if qa.kind is QuantityKind.PERCENT and "percent" in (a.head, b.head) or a.head == b.head == "":
        return 0.5 if a.head == b.head else 0.3
    if a.head == b.head:
        return 1.0
    if _CLASS_OF.get(a.head, set()) & _CLASS_OF.get(b.head, set()):
        return 0.7
    return None


def _pair_score(a: _Figure, b: _Figure, aligned: bool, idf: dict[str, float]) -> float | None:
    """Score a candidate pair, or None when the figures must not pair."""
    qa, qb = a.mention.quantity, b.mention.quantity
    context = sum(
        idf.get(word, 0.0) * (1.0 if max(a.context[word], b.context[word]) <= NEAR_WORDS else FAR_WEIGHT)
        for word in a.context.keys() & b.context.keys()
    )
    relation = relate(qa, qb)
    thing = _thing_score(a, b)
    if thing is None:
        # The same figure, written alike, in strongly shared context may name its thing differently
        # ("544 store managers" / "544 women who serve as store managers").
        identical = relation is NumberStatus.SAME and qa.value is not None and qa.qualifier == qb.qualifier
        if not (identical and qa.kind is qb.kind and context >= 2 * MIN_CONTEXT):
            return None
        thing = 0.2
    if a.modifiers and b.modifiers:
        thing += 0.3 if a.modifiers & b.modifiers else -0.3
    specific = all(q.value is not None and 0 < q.low and q.high <= 1.5 * q.low for q in (qa, qb)) and max(
        qa.low, qb.low) >= 10
    # Precise figures that agree are evidence of one fact (vague ones agree with too much to tell),
    # but only for numbers too large to coincide by chance.
    evidence = context + (AGREEMENT_EVIDENCE if relation is not NumberStatus.CONFLICT and specific else 0.0)
    if evidence < MIN_CONTEXT and not (aligned and thing >= 0.5):
        return None
    if a.head == b.head == "" and not aligned:
        return None
    same_role = (a.sentence.role in _HEADINGS) == (b.sentence.role in _HEADINGS)
    return thing + (1.0 if aligned else 0.0) + min(context, 6.0) / 3 + (0.3 if same_role else 0.0)


def match_figures(documents: Sequence[Document], alignments: Sequence[Alignment]) -> tuple[NumberMatch, ...]:
    """Pair the documents' amounts about the same thing and classify each pair."""
    figures = _figures(documents)
    idf = _idf(documents)
    aligned: set[tuple[str, str]] = set()
    for alignment in alignments:
        for i, first in enumerate(alignment.sentences):
            for second in alignment.sentences[i + 1 :]:
                aligned.update((x, y) for x in first for y in second)
                aligned.update((y, x) for x in first for y in second)
    candidates = []
    for i, a in enumerate(figures):
        for j in range(i + 1, len(figures)):
            b = figures[j]
            if b.position == a.position:
                continue
            score = _pair_score(a, b, (a.sentence.id, b.sentence.id) in aligned, idf)
            if score is not None:
                candidates.append((-round(score, 9), a.order, b.order, i, j))
    candidates.sort()
    group_of = list(range(len(figures)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(figures))}
    for _, _, _, i, j in candidates:
        gi, gj = group_of[i], group_of[j]
        if gi == gj or {figures[k].position for k in members[gi]} & {figures[k].position for k in members[gj]}:
            continue
        for k in members[gj]:
            group_of[k] = gi
        members[gi].extend(members.pop(gj))
    groups = [sorted(ks, key=lambda k: figures[k].order) for ks in members.values()]
    paired = {k for ks in groups if len(ks) > 1 for k in ks}
    extra_used: set[int] = set()
    for score, _, _, i, j in candidates:
        for leftover, partner in ((i, j), (j, i)):
            heading = figures[leftover].sentence.role in _HEADINGS
            if leftover in paired or leftover in extra_used or partner not in paired:
                continue
            if heading or -score >= EXTRA_SCORE:
                    groups.append(sorted((leftover, partner), key=lambda k: figures[k].order))
                    extra_used.add(leftover)
    groups = [ks for ks in groups if len(ks) > 1 or ks[0] not in extra_used]
    matches = [_classify([figures[k] for k in ks]) for ks in groups]
    rank = list(NumberStatus)
    keyed = sorted(zip(matches, groups), key=lambda mg: (rank.index(mg[0].status), [figures[k].order for k in mg[1]]))
    return tuple(match for match, _ in keyed)


def _classify(members: Sequence[_Figure]) -> NumberMatch:
    """Classify a group by its worst pairwise relation: one conflict makes the group a conflict."""
    mentions = tuple(member.mention for member in members)
    if len(members) == 1:
        return NumberMatch(NumberStatus.UNIQUE, mentions)
    rank = list(NumberStatus)
    status = min(
        (relate(x.quantity, y.quantity) for i, x in enumerate(mentions) for y in mentions[i + 1 :]), key=rank.index
    )
    return NumberMatch(status, mentions)
