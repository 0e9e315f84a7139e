"""Pair the figures of several documents that count the same thing, and classify each pair.

Two amounts are candidates when they have the same kind (and currency), their
counted things match (the same head noun after light stemming, heads in one
small class of general news vocabulary, or plain people standing for a civilian
role: ``women`` ~ ``female workers``, never ``women`` ~ ``men``), and their
sizes are within MAX_RATIO.  A candidate must also be about the same event: its
sentences are aligned, or they share rare content words, or the figures agree
and share some context.  Its score adds several signals, none overriding: the
thing match, the alignment (weighted by its score), shared context words
(those that belong to another figure of a listing sentence count less), the
local phrasing right around both figures, and whether both sit in headings.
Candidates are joined greedily by score, at most one mention per document in a
group; leftovers that are each other's only agreeing figure of one named thing
are then paired by elimination.  Comparing two lone sentences, context words
weigh by their background rarity (there is no document to count them in), and
when both sentences give the same rare name, elimination also pairs conflicting
counts of one specific thing, and definite figures of one kind named alike or
not at all ("up 8.34" / "dipped 8.59 points" about one index), as long as each
sentence gives the name the other's figure reports on (the nearest rare name
before it).  Two lone sentences' figures never pair when each reports on a name
the other sentence never gives.  Each group is classified by
:func:`diffnews.numbers.relate`.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from diffnews.blocking import prefix
from diffnews.model import (
    Alignment, Document, Mention, NumberMatch, NumberStatus, Quantity, QuantityKind, Role, Sentence,
)
from diffnews.number_words import UNIT_SIZES, is_plural
from diffnews.numbers import (
    agreement_reach, extract_quantities, in_base_units, in_common_units, is_bare, relate, same_dimension,
)
from diffnews.figure_words import CIVILIAN_ROLES, GENDERED, GENERIC_PEOPLE, STOPWORDS, THING_CLASSES
from diffnews.figure_context import (
    background_idf, change_role, closeness, context_words, mentions, names, owner, phrasing, population, stem, stems,
    thing_end,
)

MIN_CONTEXT = 2.0
"""Least summed idf of shared context words for two unaligned figures to pair (about one rare word)."""
CONFLICT_WORDS = 2
"""Least number of shared context words for two unaligned figures of a generic thing to pair as a conflict."""
SPECIFIC_THING = 0.7
"""Thing score from which two figures name a specific kind of thing (troops ~ fighters), not only a unit."""
NEAR_WORDS = 12
"""Shared words at most this many words from both figures count fully; farther ones count FAR_WEIGHT."""
FAR_WEIGHT = 0.4
FAR_WORDS = 30
"""Shared words farther than this from either figure count nothing: in a long sentence they are its topic, not
what the figure counts (a statute quoted 60 words before "not more than one year")."""
AGREEMENT_EVIDENCE = 1.4
"""What two precise, agreeing figures add to the context evidence."""
AGREEMENT_SCORE = 1.0
"""What two precise, identical figures add to their pair's score: in a sentence listing several figures
("15 percent and 28.6 percent"), the equal ones pair before nearby wording can cross them."""
ALIGNED_WEIGHT = 0.4
"""What an alignment adds, times its score: one signal among several, since aligners err on headlines."""
LOCAL_WEIGHT = 0.25
"""What each word pair shared by two figures' local phrasing adds, up to LOCAL_CAP."""
LOCAL_CAP = 2.0
FOREIGN_WEIGHT = 0.3
"""Weight of a shared word that lies nearer to another amount of its sentence than to the figure."""
ROLE_AGREEMENT = (0.3, -0.3, 0.6)
"""What a pair gains when neither, one or both figures sit in a heading: headlines restate headlines,
and a heading figure paired with a body figure is the weakest reading."""
MAX_RATIO = 10.0
"""Figures whose anchors differ more than this never pair: outlets disagree by factors of two or
three ("more than 1,000" / "280"), not by orders of magnitude ("$700 billion" / "$600 a year")."""
ELIMINATION_RATIO = 3.0
"""Two leftover figures paired by elimination must have anchors (typical values) within this factor."""
RELATED_LONE = 0.25
"""Least similarity() at which two lone sentences the aligner left apart still count as telling of one
thing for their agreeing figures ("dropped by 75 percent" / "fallen by as much as 76 percent since the
1970s"): sentences that are not restatements often still share a figure.  Picked from 0.1-0.4 on the
number gold (flat from 0.2 to 0.3; docs/notes/numbers.md)."""
RELATED_CONFLICT = 0.35
"""Least similarity() at which such lone sentences vouch for a *conflict*: a claim that the outlets disagree
needs more than a shared topic ("The drug cut the risk by 24 percent" / "on placebo ... fell 22 percent"
score 0.32)."""
RELATED_CONFLICT_RATIO = 1.25
"""... and only between figures this close: the same quantity told apart, not two quantities of one topic."""
EXTRA_SCORE = 2.6
"""A figure left over after one-to-one pairing may still join an already paired figure above this score,
or at any score when it sits in a headline or subheading, because those restate body figures."""

FINGERPRINT_DIGITS = 4
"""Significant digits from which an identical figure is one fact even with nothing named ("1,039.32")."""

_HEADINGS = frozenset({Role.HEADLINE, Role.SUBHEADING})


class _Figure(NamedTuple):
    """One amount with what the matcher needs to know about it."""

    position: int
    order: tuple[int, int, int]
    sentence: Sentence
    mention: Mention
    head: str
    modifiers: frozenset[str]
    context: dict[str, int]
    """Stems of the sentence's other content words, each with its distance in words from the figure
    (negative before it)."""
    foreign: frozenset[str]
    """Context stems nearer to another amount of the same sentence than to this one."""
    phrasing: frozenset[tuple[str, str]]
    """Word pairs of the figure's local phrasing, every word kept, the figure itself written ``#``."""
    population: frozenset[str]
    """Stems of the group its sentence restricts a share to ("among Tea Party supporters"), else empty."""
    change: str
    """What the figure is in a movement: "change", "start", "end", or "" (see figure_context.change_role)."""
    earlier: bool
    """Whether the figure is dated to a comparison period ("in the quarter a year earlier"; see _earlier_period)."""
    span: str
    """The stretch of time the figure is measured over ("last week"; see _span), else ""."""


_CLASS_OF: dict[str, set[int]] = {}
for _number, _members in enumerate(THING_CLASSES):
    for _member in _members.split():
        _CLASS_OF.setdefault(stem(_member), set()).add(_number)
_GENERIC_STEMS = frozenset(stem(word) for word in GENERIC_PEOPLE)
_CIVILIAN_STEMS = frozenset(stem(word) for word in CIVILIAN_ROLES) | _GENERIC_STEMS


def _figures(documents: Sequence[Document]) -> list[_Figure]:
    figures = []
    for position, document in enumerate(documents):
        for sentence in document.sentences:
            if not sentence.role.is_content:
                continue
            amounts = [q for q in extract_quantities(sentence.text) if q.kind.is_amount]
            group = population(sentence.text)
            spans = [(q.start, thing_end(sentence.text, q)) for q in amounts]
            # Other figures' words ("percent", their things) say nothing about this figure.
            contexts = [context_words(sentence.text, span, spans[:k] + spans[k + 1 :]) for k, span in enumerate(spans)]
            for k, quantity in enumerate(amounts):
                thing_words = [stem(w) for w in re.split(r"[\s-]+", quantity.thing) if w]
                # In a sentence listing several figures ("Gingrich 11 percent, Palin 10 percent") a word
                # tells about the figure nearest to it, not about the others.
                # On a tie the word goes to the figure after it: "Palin earned 10 percent", "Palin (12 percent)".
                foreign = frozenset(word for word, distance in contexts[k].items() if any(
                    closeness(other[word]) < closeness(distance)
                    for m, other in enumerate(contexts) if m != k and word in other))
                figures.append(_Figure(
                    position, (position, sentence.index, quantity.start), sentence,
                    Mention(document.id, sentence.id, quantity), thing_words[-1] if thing_words else "",
                    frozenset(w for w in thing_words[:-1] if w not in STOPWORDS), contexts[k], foreign,
                    phrasing(sentence.text, quantity.start, quantity.end, spans[k][1]),
                    group, change_role(sentence.text, quantity.start), _earlier_period(sentence.text, quantity),
                    _span(sentence.text, quantity),
                ))
    return _close_compounds(figures)


def _close_compounds(figures: list[_Figure]) -> list[_Figure]:
    """Write a thing's open compound closed when another figure names it so: "service men" -> "servicemen",
    "fire fighters" -> "firefighters" (the thing's last two words, joined, are another figure's head)."""
    heads = {figure.head for figure in figures}
    closed = []
    for figure in figures:
        words = [w for w in re.split(r"[\s-]+", figure.mention.quantity.thing) if w]
        joined = stem("".join(words[-2:])) if len(words) >= 2 else ""
        if joined and joined in heads and joined != figure.head:
            figure = figure._replace(head=joined, modifiers=figure.modifiers - {stem(words[-2])})
        closed.append(figure)
    return closed


def _idf(documents: Sequence[Document], lone: bool) -> dict[str, float]:
    if lone:
        return background_idf([s.text for document in documents for s in document.sentences if s.role.is_content])
    counts: dict[str, int] = {}
    total = 0
    for document in documents:
        for sentence in document.sentences:
            if sentence.role.is_content:
                total += 1
                for word in context_words(sentence.text, (0, 0)):
                    counts[word] = counts.get(word, 0) + 1
    return {word: math.log((total + 1) / (count + 1)) for word, count in counts.items()}


def _sex(figure: _Figure) -> str:
    """Return ``female``/``male`` when the thing names people by sex (``women``, ``female workers``), else ``""``."""
    named = {GENDERED[w] for w in (figure.head, *figure.modifiers) if w in GENDERED}
    return named.pop() if len(named) == 1 else ""


def _thing_score(a: _Figure, b: _Figure) -> float | None:
    """Score how surely two figures count the same kind of thing; None when they cannot."""
    qa, qb = a.mention.quantity, b.mention.quantity
    if qa.kind is not qb.kind:
        return None
    if not same_dimension(qa.unit, qb.unit):
        # Outlets write "6.1 percent" for "6.1 percentage points": the same figure names the same margin.
        equal = (qa.low, qa.high) == (qb.low, qb.high)
        return 0.5 if equal and {qa.unit, qb.unit} == {"percent", "point"} else None
    if qa.kind is QuantityKind.DURATION and _ago(a) != _ago(b):
        return None  # "15 years ago" is a point in time, "the last two years" a stretch of it
    if qa.kind is QuantityKind.DURATION or qa.kind is QuantityKind.MONEY or qa.unit in UNIT_SIZES:
        return 0.5  # the unit is the thing: "52km" ~ "32 miles"
    if qa.kind is QuantityKind.PERCENT and "percent" in (a.head, b.head) or a.head == b.head == "":
        return 0.5 if a.head == b.head else 0.3
    if _sex(a) and _sex(b) and _sex(a) != _sex(b):
        return None
    if a.head == b.head:
        return 1.0
    if _CLASS_OF.get(a.head, set()) & _CLASS_OF.get(b.head, set()):
        return 0.7
    # Plain people (or people named by sex) stand for any civilian role: "women" ~ "female workers".
    if {a.head, b.head} <= _CIVILIAN_STEMS and (a.head in _GENERIC_STEMS or b.head in _GENERIC_STEMS):
        return 0.5
    return None


def _moved_apart(a: _Figure, b: _Figure) -> bool:
    """Whether one figure is the size of a movement and the other a level it started or ended at ("rise by
    $300" / "from $2,500"): two quantities.  A start and an end may be one level told at two times."""
    return {a.change, b.change} in ({"change", "start"}, {"change", "end"})


# A comparison period: the figure is what something was then, not now ("in the quarter a year earlier").
# A plain date ("last year") is not one: it may date the very figure the other report gives undated.
_EARLIER_PERIOD = re.compile(
    r"\b(?:(?:a|the) (?:year|quarter|month|week) (?:earlier|ago|before)"
    r"|(?:the )?(?:previous|prior|preceding) (?:year|quarter|month)|year-(?:earlier|ago)"
    r"|same (?:period|quarter|month) last year)\b", re.IGNORECASE)
_DATED_BEFORE = re.compile(r"\byear-(?:earlier|ago)\b[^,;\d]*$", re.IGNORECASE)
_PERIOD_REACH = 12
"""Words after a figure, up to the next figure or clause mark, that may date it to a comparison period."""


def _earlier_period(text: str, quantity: Quantity) -> bool:
    """Whether a figure is dated to a comparison period: by the words after it, up to the next figure or
    clause mark ("85 cents a share ... in the quarter a year earlier"), or right before it ("year-ago profit
    of $2 million")."""
    after = re.split(r"[,;:]|\d", text[quantity.end :], maxsplit=1)[0].split()[:_PERIOD_REACH]
    before = text[max(0, quantity.start - 30) : quantity.start]
    return bool(_EARLIER_PERIOD.search(" ".join(after)) or _DATED_BEFORE.search(before))


# A stretch of days a movement is measured over ("last week", "during the four-day trading week", "so far this
# year"), read after the figure: what it rose over a week is not what it rose today.  Single days are left out
# ("Monday", "yesterday"): a report often dates today's move and another leaves it undated.
_SPAN = re.compile(
    r"\b(?:(?P<rel>last|past|previous|prior|this|so far this|for the|in the|on the|during the|over the)"
    r"(?:\s+[\w-]+){0,2}?\s+(?P<unit>week|month|quarter|year|session)s?|(?P<todate>year[- ]to[- ]date|so far))\b",
    re.IGNORECASE)


def _span(text: str, quantity: Quantity) -> str:
    """The stretch of time a figure is measured over, read from the words after it up to the next figure or clause
    mark: ``"last week"``, ``"this year"``, ``"week"`` (for, in or during the week), ``"to date"``; else ``""``."""
    after = " ".join(re.split(r"[,;:]|\d", text[quantity.end :], maxsplit=1)[0].split()[:_PERIOD_REACH])
    match = _SPAN.search(after)
    if match is None:
        return ""
    if match["todate"] or match["rel"].lower() == "so far this":
        return "to date"
    rel = match["rel"].lower()
    which = "last" if rel in ("last", "past", "previous", "prior") else "this" if rel == "this" else ""
    return f"{which} {match['unit'].lower()}".strip()


def _other_spans(a: _Figure, b: _Figure) -> bool:
    """Whether two figures are measured over other stretches of time: both dated, differently, or a move dated
    where the other is not ("up 0.1 percent last week" / "gained 3.5 percent").  A dated total or level may be
    the very figure another report gives undated ("trade of $33.4 billion last year" / "more than $34 billion")."""
    if a.span and b.span:
        return a.span != b.span
    dated = a if a.span else b
    return bool(dated.span) and dated.change == "change"


def _ago(figure: _Figure) -> bool:
    """Whether a duration dates something back from now ("two years ago", "a decade earlier")."""
    quantity = figure.mention.quantity
    following = figure.sentence.text[quantity.end : quantity.end + 12].lower().split()
    return bool(following) and following[0].strip(",.;:!?\"'\u201d\u2019)") in ("ago", "earlier", "before", "later")


def _context(a: _Figure, b: _Figure, idf: dict[str, float]) -> float:
    """Sum the idf of content words both sentences share: full weight near both figures, less far
    away or when the word belongs to another figure of its sentence, nothing beyond FAR_WORDS."""
    context = 0.0
    for word in a.context.keys() & b.context.keys():
        distance = max(abs(a.context[word]), abs(b.context[word]))
        weight = 1.0 if distance <= NEAR_WORDS else FAR_WEIGHT if distance <= FAR_WORDS else 0.0
        if word in a.foreign or word in b.foreign:
            weight *= FOREIGN_WEIGHT
        context += idf.get(word, 0.0) * weight
    return context


def _pair_score(a: _Figure, b: _Figure, alignment: float, idf: dict[str, float], related: float = 0.0) -> float | None:
    """Score a candidate pair, or None when the figures must not pair; ``alignment`` is 0 when not aligned.

    ``related`` is the similarity of two lone sentences the aligner left apart: it stands in for an
    alignment for figures that agree, and for a conflict only when the sentences are more alike and the
    figures close ("more than $34 billion" / "$33.4 billion" of one trade); otherwise a conflict needs
    aligned sentences or context.
    """
    qa, qb = a.mention.quantity, b.mention.quantity
    context = _context(a, b, idf)
    relation = relate(qa, qb)
    if _kept_apart(a, b, relation):
        return None
    if not alignment and (relation is not NumberStatus.CONFLICT
                          or related >= RELATED_CONFLICT and _comparable_size(a, b, RELATED_CONFLICT_RATIO)):
        alignment = related
    specific = all(_definite(q) and q.high <= 1.5 * q.low for q in (qa, qb)) and any(_distinctive(q) for q in (qa, qb))
    thing = _thing_score(a, b)
    identical = relation is NumberStatus.SAME and qa.value is not None and qa.qualifier == qb.qualifier
    # An aligned sentence may leave the noun out when it restates a precise figure ("brings the total to 100,000").
    restated = bool(alignment) and identical and specific and "" in (a.head, b.head)
    if thing is None:
        # The same figure, written alike, in strongly shared context may name its thing differently
        # ("544 store managers" / "544 women who serve as store managers").
        # So may a precise figure restated without its noun ("up 10.89" / "rose 10.89 points").
        # And a figure too precise to recur by chance, written alike in aligned sentences, unless both
        # name a kind of thing ("more than 1,800 US soldiers" / "more than 1,800 members of the American
        # military" pair; "200 prisoners" / "200 soldiers" do not).
        unnamed = specific and "" in (a.head, b.head) or bool(alignment) and _distinctive(qa) and (
            bool(qa.qualifier) or not (_names_a_kind(qa) and _names_a_kind(qb)))
        if not (identical and qa.kind is qb.kind and (context >= 2 * MIN_CONTEXT or restated or unnamed)):
            return None
        thing = 0.2
    if a.modifiers and b.modifiers:
        thing += 0.3 if a.modifiers & b.modifiers else -0.3
    # Precise figures that agree are evidence of one fact (vague ones agree with too much to tell),
    # but only for numbers too large to coincide by chance.
    # A figure written with three or more significant digits ("4.42 percent", "$15.7 billion") is one
    # fact's fingerprint: written alike on both sides it is evidence enough on its own.
    evidence = context + (AGREEMENT_EVIDENCE if relation is not NumberStatus.CONFLICT and specific else 0.0)
    if identical and min(_significant_digits(qa), _significant_digits(qb)) >= 3:
        evidence = max(evidence, context + MIN_CONTEXT)
    # In aligned sentences the same written figure ("below 15 percent" / "less than 15 percent of the
    # population") pairs even when the nouns match only loosely; vague words ("hundreds") do not.
    same_figure = relation is NumberStatus.SAME and qa.value is not None
    if evidence < MIN_CONTEXT and not (alignment and (thing >= 0.5 or same_figure) or restated):
        return None
    # A conflict is a claim that the outlets disagree.  Outside aligned sentences, two figures of a
    # generic thing (years, dollars) sharing one word ("without action" / "delay action") do not make it.
    if (relation is NumberStatus.CONFLICT and not alignment and thing < SPECIFIC_THING
            and len(a.context.keys() & b.context.keys()) < CONFLICT_WORDS):
        return None
    local = min(LOCAL_CAP, LOCAL_WEIGHT * len(a.phrasing & b.phrasing))
    # Figures of nothing named ("18 of them") pair only in aligned or closely restated sentences, or when
    # written alike too precisely to coincide ("to 1,039.32" / "to 1,039.32").
    if a.head == b.head == "" and not alignment and not (context >= 2 * MIN_CONTEXT and local >= 1.0) and not (
            identical and min(_significant_digits(qa), _significant_digits(qb)) >= FINGERPRINT_DIGITS):
        return None
    headings = (a.sentence.role in _HEADINGS) + (b.sentence.role in _HEADINGS)
    agreement = AGREEMENT_SCORE if relation is NumberStatus.SAME and specific else 0.0
    return thing + ALIGNED_WEIGHT * alignment + min(context, 6.0) / 3 + local + agreement + ROLE_AGREEMENT[headings]


def _kept_apart(a: _Figure, b: _Figure, relation: NumberStatus) -> bool:
    """Whether two figures cannot report one quantity, however alike their sentences are."""
    if relation is NumberStatus.CONFLICT and (a.earlier != b.earlier or _other_spans(a, b)):
        return True  # what it was in a comparison period, or rose over another stretch: two times, not a dispute
    if _sex(a) and _sex(b) and _sex(a) != _sex(b) or not _comparable_size(a, b, MAX_RATIO) or _moved_apart(a, b):
        return True
    # A share of a subgroup ("among Tea Party supporters") is not a share of everyone: the other
    # sentence must name that group too.
    return a.mention.quantity.kind is QuantityKind.PERCENT and bool(a.population or b.population) and not (
        a.population <= stems(b.sentence.text) and b.population <= stems(a.sentence.text))


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


def _typical(quantity: Quantity) -> float:
    """Return a typical value of a figure's interval: its middle, or its finite end when open."""
    low, high = quantity.low, quantity.high
    if math.isinf(high):
        return low
    return math.sqrt(low * high) if low > 0 else high


def _eliminable(a: _Figure, b: _Figure, lone: bool) -> bool:
    """Whether two leftover figures could report one fact: same named thing, agreeing, of like size.

    In a comparison of lone sentences (``lone``) that name the same rare name, figures of one kind named alike or
    not at all may pair, and two counts of one specific thing may also conflict: two reports of one event.
    """
    if a.position == b.position or _moved_apart(a, b):
        return False
    qa, qb = a.mention.quantity, b.mention.quantity
    conflict = relate(qa, qb) is NumberStatus.CONFLICT
    if conflict and _other_spans(a, b):
        return False  # moves over two stretches of time ("up 0.1 percent last week" / "gained 3.5 percent")
    named = lone and bool(names(a.sentence.text) & names(b.sentence.text)) and (
        mentions(b.sentence.text, owner(a.sentence.text, qa.start))
        and mentions(a.sentence.text, owner(b.sentence.text, qb.start)))
    kinds_apart = bool(a.modifiers and b.modifiers and not a.modifiers & b.modifiers)  # "long-distance" / "DSL"
    if named and not kinds_apart and (a.head == b.head or _stands_for(a, b) or _stands_for(b, a)) and (
            qa.kind is qb.kind and qa.unit == qb.unit and _definite(qa) and _definite(qb)):
        # Two lone sentences about one named market, company or place: figures of one kind and size,
        # named alike or not at all ("up 8.34" / "dipped 8.59 points"), report one quantity.  Two moves, or two
        # levels a move ended at, are one slot whatever their sizes: "down 128 points" / "up 3.90".
        return _comparable_size(a, b, ELIMINATION_RATIO) or bool(a.change) and a.change == b.change
    if a.head in ("", "percent") or b.head in ("", "percent"):
        return False
    thing = _thing_score(a, b)
    if thing is None or kinds_apart:
        return False
    if a.head != b.head and not (_CLASS_OF.get(a.head, set()) & _CLASS_OF.get(b.head, set())) and (
            thing < 0.5 or qa.kind is QuantityKind.DURATION and not (_definite(qa) and _definite(qb) and (
                qa.low <= qb.high and qb.low <= qa.high))):
        # Spans told in different units are one fact when their intervals meet ("almost two decades" /
        # "20 years"); agreeing only after rounding ("99 weeks" / "two years"), or only because one is
        # vague or a bound ("a few weeks", "up to a year" hold many spans), is no evidence.
        return False
    if conflict:
        if not (named and qa.kind is QuantityKind.COUNT and thing >= SPECIFIC_THING):
            return False
        return _comparable_size(a, b, MAX_RATIO)
    return _comparable_size(a, b, ELIMINATION_RATIO)


_UNIT_HEADS = frozenset({stem("point"), stem("percent")})
"""Heads that are units rather than things: "up 8.34" is in an index's points whether or not it says so."""


def _stands_for(unnamed: _Figure, named: _Figure) -> bool:
    """Whether a figure that names no thing may stand for one that does: the thing is a unit ("up 8.34" /
    "dipped 8.59 points"), or the unnamed figure's sentence mentions it.  "ninth in points with 89" does not
    stand for "48 assists": its sentence never speaks of assists."""
    return unnamed.head == "" and (named.head in _UNIT_HEADS or named.head in unnamed.context)


_TWO_DECIMALS = re.compile(r"\d\.\d\d")


def _distinctive(quantity: Quantity) -> bool:
    """Whether a figure is written too precisely to recur by chance: a number of 10 or more as written
    (``15 cents``, ``$1.2 billion``), or with two decimals (``$8.07``)."""
    if quantity.value is None:
        return False  # "hundreds", "dozens": vague words recur in any two reports
    return quantity.value >= 10 or bool(_TWO_DECIMALS.search(quantity.text))


_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _significant_digits(quantity: Quantity) -> int:
    """Count the significant digits of a figure's first numeral as written: ``4.42`` 3, ``3.90`` 3,
    ``700,000`` 1, ``about 25`` 2; 0 when it is written in words."""
    match = _NUMERAL.search(quantity.text)
    if match is None:
        return 0
    whole, _, decimals = match.group().replace(",", "").partition(".")
    digits = (whole + decimals).lstrip("0")
    return len(digits) if decimals else len(digits.rstrip("0"))


def _names_a_kind(quantity: Quantity) -> bool:
    """Whether a figure's thing ends in a plural noun (``200 prisoners``), not an adjective (``1,800 American``)."""
    words = quantity.thing.split()
    return bool(words) and is_plural(words[-1])


def _definite(quantity: Quantity) -> bool:
    """Whether a figure names one amount, give or take a qualifier: not vague, not a bare bound."""
    return quantity.value is not None and 0 < quantity.low and quantity.high != math.inf


def _comparable_size(a: _Figure, b: _Figure, ratio: float) -> bool:
    """Whether the figures' anchors are within ``ratio`` of each other."""
    qa, qb = in_common_units(a.mention.quantity, b.mention.quantity)  # "52km" and "32 miles" are about one size
    low, high = sorted((_typical(qa), _typical(qb)))
    return low > 0 and high <= ratio * low


def _owned_apart(a: _Figure, b: _Figure) -> bool:
    """Whether each figure reports on a name the other sentence never gives ("the DRAM market" / "the Americas
    market"): two lone sentences about different things."""
    return not (mentions(b.sentence.text, owner(a.sentence.text, a.mention.quantity.start))
                or mentions(a.sentence.text, owner(b.sentence.text, b.mention.quantity.start)))


def _elimination_partners(figures: list[_Figure], lone: bool) -> list[list[int]]:
    """For each figure, the figures in other documents that ``_eliminable`` may accept with it, in order.

    Of one kind, in lone sentences; otherwise naming things ``_thing_score`` may match (sharing a
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


def _meeting(groups: Iterable[list[tuple[float, float, int]]], figures: list[_Figure]) -> Iterator[tuple[int, int]]:
    """Yield the pairs (i < j) of figures in two documents whose spans, in one group, meet."""
    for spans in groups:
        spans.sort()
        starts = [start for start, _, _ in spans]
        for n, (_, end, k) in enumerate(spans):  # the spans that start within this one meet it
            for _, _, m in spans[n + 1:bisect.bisect_right(starts, end)]:
                if figures[k].position != figures[m].position:
                    yield min(k, m), max(k, m)


def _thing_keys(figure: _Figure) -> list[tuple[object, ...]]:
    """Keys two figures share whenever ``_thing_score`` may match their things (it returns None otherwise): the
    same kind, and the percent/point pair of one value, or one dimension and then the unit (money, durations,
    measures), a percent, the head, a class of heads, or a civilian role."""
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
    keys += [("class", kind, dimension, number) for number in sorted(_CLASS_OF.get(figure.head, ()))]
    if figure.head in _CIVILIAN_STEMS:
        keys.append(("civilian", kind, dimension))
    return keys


def _pair_by_elimination(figures: list[_Figure], paired: set[int], lone: bool) -> list[list[int]]:
    """Pair leftover figures that are each other's only agreeing figure of the same thing.

    With no shared context, a thing named once on each side ("billions of dollars" / "Billions of
    dollars") is still most likely one fact, but only when the figures agree: a conflict needs
    context to be believed.
    """
    pairs: list[list[int]] = []
    partners = _elimination_partners(figures, lone)
    eliminable: dict[tuple[int, int], bool] = {}  # what _eliminable said: it does not change as figures pair
    changed = True
    while changed:
        changed = False
        left = [k for k in range(len(figures)) if k not in paired]
        for k in left:
            for m in partners[k]:
                if m not in paired and (k, m) not in eliminable:
                    eliminable[(k, m)] = _eliminable(figures[k], figures[m], lone)
        options = {k: _closest_phrasing(figures, k, [m for m in partners[k] if m not in paired and eliminable[(k, m)]])
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


def _by_sentence(figures: list[_Figure]) -> dict[str, list[int]]:
    """Map each sentence to the indexes of its figures, in order."""
    by_sentence: dict[str, list[int]] = defaultdict(list)
    for k, figure in enumerate(figures):
        by_sentence[figure.sentence.id].append(k)
    return by_sentence


def _pair_sole_figures(figures: list[_Figure], paired: set[int],
                       aligned: dict[tuple[str, str], float]) -> list[list[int]]:
    """Pair the one figure of a sentence with the one figure of a sentence closely aligned with it, when the two
    are of one kind and size, nothing else claimed them, and their things may be one, one sentence names the
    other's thing ("142 allegations of sexual assault" / "142 reported sexual assaults"; not "200 prisoners" /
    "200 soldiers"), or two different figures fill one slot of one wording."""
    sole = {sentence: ks[0] for sentence, ks in _by_sentence(figures).items() if len(ks) == 1 and ks[0] not in paired}
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
        named = (_thing_score(a, b) is not None or a.head in stems(b.sentence.text) or b.head in stems(a.sentence.text)
                 or slot)
        if (a.position < b.position and qa.kind is qb.kind and named and same_dimension(qa.unit, qb.unit)
                and not _kept_apart(a, b, relation) and _comparable_size(a, b, ELIMINATION_RATIO)):
            pairs.append([k, m])
            paired.update((k, m))
    return pairs


def _pair_parallel_figures(figures: list[_Figure], paired: set[int],
                           aligned: dict[tuple[str, str], float]) -> list[list[int]]:
    """Pair, in order, the figures of two aligned sentences that give the same number of figures, none paired yet,
    of one kind and dimension place by place, each place agreeing and at least one written alike: one list of
    facts told twice ("launch 800 hot spots ... more than 2,100 by the end of the year" / "with 800 locations ...
    2,100 locations by the end of the year")."""
    by_sentence = _by_sentence(figures)
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
               and relation is not NumberStatus.CONFLICT and not _kept_apart(figures[k], figures[m], relation)
               for (k, m), relation in zip(places, relations)) and NumberStatus.SAME in relations:
            pairs.extend([k, m] for k, m in places)
            paired.update(ks + ms)
    return pairs


# Between two figures of one movement ("rose 41.61 points, or 0.44 percent, to 9,415.82") there is no clause break.
# Needed only for a sentence with several figures of a movement: compiled on first use (re's cache).
_CLAUSE_BREAK = r"[;:]|\b(?:and|but|while|whereas|after|before|compared|against|versus)\b"  # matched ignoring case


def _movement(figures: list[_Figure], k: int, by_sentence: dict[str, list[int]]) -> list[int]:
    """The other figures of k's movement: its neighbours in the sentence that have a part in a movement,
    with no clause break between one and the next (``by_sentence``: see ``_by_sentence``)."""
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


def _shared_parts(figures: list[_Figure], groups: list[list[int]], *, same: bool = True) -> list[tuple[int, int]]:
    """The pairs of figures with a part in a movement that two documents give with the same value (``same``),
    or paired at all."""
    return [(a, b) for a, b in (group for group in groups if len(group) == 2)
            if figures[a].change and figures[b].change
            and (not same or relate(figures[a].mention.quantity, figures[b].mention.quantity) is NumberStatus.SAME)]


def _pair_by_anchor(figures: list[_Figure], groups: list[list[int]], paired: set[int]) -> list[list[int]]:
    """Pair the other parts of two movements that have one part paired in the same role.

    "rose 41.61 points, or 0.44 percent" / "rose 41.61 points, a gain of 0.4%": the same rise of one
    index, so its percent on each side is one slot too; "to 4.48 percent from 4.42 percent" / "to 4.46%
    from 4.42%": the same start, so the ends are one slot, and they conflict; "rose $2.11, or about 11
    percent, to close at $21.51" / "jumped $1.63 or 8 percent to $21.03": the levels are one slot told at
    two moments, so the rises are one slot too.  A part pairs only with the one part on the other side with
    the same role, kind and dimension, on the same side of the paired part.
    """
    pairs: list[list[int]] = []
    by_sentence = _by_sentence(figures)
    for a, b in _shared_parts(figures, groups, same=False):
        if figures[a].change != figures[b].change:
            continue
        for x in _movement(figures, a, by_sentence):
            after = figures[x].order > figures[a].order
            options = [y for y in _movement(figures, b, by_sentence) if y not in paired and x not in paired
                       and figures[y].change == figures[x].change and (figures[y].order > figures[b].order) == after
                       and same_dimension(figures[x].mention.quantity.unit, figures[y].mention.quantity.unit)
                       and figures[x].mention.quantity.kind is figures[y].mention.quantity.kind
                       and not _kept_apart(figures[x], figures[y],
                                           relate(figures[x].mention.quantity, figures[y].mention.quantity))]
            if len(options) == 1:
                pairs.append(sorted((x, options[0]), key=lambda n: figures[n].order))
                paired.update((x, options[0]))
    return pairs


def _part_successive_moves(figures: list[_Figure], groups: list[list[int]], paired: set[int]) -> None:
    """Unpair the outer ends of two moves where one starts at the level the other ended at.

    "to 3.26 percent from 3.17 percent" / "to 3.33 percent from 3.26 percent": the second report is later,
    so the first one's start (3.17) and the second one's end (3.33) are levels at two other times.
    """
    pair_of = {k: group for group in groups if len(group) == 2 for k in group}
    by_sentence = _by_sentence(figures)
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


def _closest_phrasing(figures: list[_Figure], k: int, options: list[int]) -> list[int]:
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


def _candidate_pairs(figures: list[_Figure], aligned: dict[tuple[str, str], float],
                     related: dict[tuple[str, str], float], idf: dict[str, float]) -> set[tuple[int, int]]:
    """Return the pairs of figures (i < j, in two documents) that ``_pair_score`` may accept, without trying all.

    Blocking, as names.py does: every pair it accepts is one of these (tests/test_figures.py checks it on
    generated documents).  Figures in aligned (or related lone) sentences may pair on the alignment alone; any
    other pair must be of one kind and, by what ``_pair_score`` asks of unaligned figures:
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
    by_sentence = _by_sentence(figures)
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
        if _definite(quantity) and quantity.high <= 1.5 * quantity.low:
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


def _context_prefixes(figures: list[_Figure], idf: dict[str, float], least: float) -> list[set[str]]:
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


def _across(ks: list[int], figures: list[_Figure], others: list[int] | None = None) -> list[tuple[int, int]]:
    """The pairs (i < j) of figures in two documents among ``ks``, or between ``ks`` and ``others``."""
    return [(min(k, m), max(k, m)) for n, k in enumerate(ks) for m in (ks[n + 1:] if others is None else others)
            if figures[k].position != figures[m].position]


def _local_pairs_needed() -> int | None:
    """How many word pairs of local phrasing two figures share for ``local`` to reach 1.0 (None: it never does)."""
    for count in range(1, 100):
        if min(LOCAL_CAP, LOCAL_WEIGHT * count) >= 1.0:
            return count
    return None


def _same_precise_figures(figures: list[_Figure]) -> list[tuple[int, int]]:
    """The pairs of figures of one kind and qualifier, each written with three significant digits or more, whose
    values may be the same (``relate`` SAME: ends equal to 1e-9, in common units)."""
    values: dict[tuple[object, ...], list[tuple[float, int]]] = defaultdict(list)
    for k, figure in enumerate(figures):
        quantity = figure.mention.quantity
        if _significant_digits(quantity) < 3 or math.isnan(quantity.low):
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


def match_figures(documents: Sequence[Document], alignments: Sequence[Alignment]) -> tuple[NumberMatch, ...]:
    """Pair the documents' amounts about the same thing and classify each pair."""
    figures = _figures(documents)
    # Two lone sentences: every word they share has document idf 0, so context cannot vouch for a conflict.
    lone = all(sum(s.role.is_content for s in document.sentences) == 1 for document in documents)
    idf = _idf(documents, lone)
    aligned = _alignment_scores(alignments)
    related = _related_lone_sentences(documents, aligned) if lone else {}
    scores: dict[tuple[int, int], float] = {}
    for i, j in _candidate_pairs(figures, aligned, related, idf):
        a, b = figures[i], figures[j]
        if not (lone and _owned_apart(a, b)):
            key = (a.sentence.id, b.sentence.id)
            score = _pair_score(a, b, aligned.get(key, 0.0), idf, related.get(key, 0.0))
            if score is not None:
                scores[(i, j)] = round(score, 9)
    # Best first; ties go to document order, then sentence index, then offset.
    candidates = sorted(scores, key=lambda ij: (-scores[ij], figures[ij[0]].order, figures[ij[1]].order))
    groups = _join_greedily(figures, candidates)
    paired = {k for ks in groups for k in ks}
    groups.extend(_pair_by_elimination(figures, paired, lone))
    groups.extend(_pair_sole_figures(figures, paired, aligned))
    groups.extend(_pair_parallel_figures(figures, paired, aligned))
    groups.extend(_pair_by_anchor(figures, groups, paired))
    _part_successive_moves(figures, groups, paired)
    extra_used: set[int] = set()
    groups_of: dict[int, list[list[int]]] = defaultdict(list)  # each figure's groups, so as not to search them all
    for group in groups:
        for k in group:
            groups_of[k].append(group)
    for i, j in candidates:
        for leftover, partner in ((i, j), (j, i)):
            heading = figures[leftover].sentence.role in _HEADINGS
            if leftover in paired or leftover in extra_used or partner not in paired:
                continue
            if not (heading or scores[(i, j)] >= EXTRA_SCORE):
                continue
            # One outlet does not give two conflicting values of one fact: a leftover that conflicts with
            # its own document's figure in the group is about something else.
            if any(figures[k].position == figures[leftover].position and relate(
                    figures[k].mention.quantity, figures[leftover].mention.quantity) is NumberStatus.CONFLICT
                    for group in groups_of[partner] for k in group):
                continue
            groups.append(sorted((leftover, partner), key=lambda k: figures[k].order))
            groups_of[leftover].append(groups[-1])
            groups_of[partner].append(groups[-1])
            extra_used.add(leftover)
    groups.extend([k] for k in range(len(figures)) if k not in paired and k not in extra_used)
    contested = _contested_roundings(figures, groups)
    matches = [_classify([figures[k] for k in ks], n in contested) for n, ks in enumerate(groups)]
    rank = list(NumberStatus)
    keyed = sorted(zip(matches, groups), key=lambda mg: (rank.index(mg[0].status), [figures[k].order for k in mg[1]]))
    return tuple(match for match, _ in keyed)


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


def _join_greedily(figures: list[_Figure], candidates: list[tuple[int, int]]) -> list[list[int]]:
    """Join candidate pairs best first into groups holding at most one figure per document."""
    group_of = list(range(len(figures)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(figures))}
    for i, j in candidates:
        gi, gj = group_of[i], group_of[j]
        if gi == gj or {figures[k].position for k in members[gi]} & {figures[k].position for k in members[gj]}:
            continue
        for k in members[gj]:
            group_of[k] = gi
        members[gi].extend(members.pop(gj))
    return [sorted(ks, key=lambda k: figures[k].order) for ks in members.values() if len(ks) > 1]


def _contested_roundings(figures: list[_Figure], groups: list[list[int]]) -> set[int]:
    """The indexes of the pairs of bare figures that agree only after rounding while another part of the same two
    movements conflicts.

    "up 19.96 to 9,092.91" / "up 17 points to 9,090": the rises differ, so the two reports were taken at
    different moments and the levels differ too; 9,090 is not a rounding of 9,092.91 there.
    """
    pair_of = {k: group for group in groups if len(group) == 2 for k in group}
    by_sentence = _by_sentence(figures)
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


def _classify(members: Sequence[_Figure], contested: bool = False) -> NumberMatch:
    """Classify a group by its worst pairwise relation: one conflict makes the group a conflict, and so does a
    contested rounding (see _contested_roundings)."""
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
