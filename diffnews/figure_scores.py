"""Whether two figures may report one quantity, and how surely: the matcher's rules and thresholds, in one place.
Two amounts are candidates when they have the same kind (and currency), their counted things match (the same head
noun after light stemming, heads in one small class of general news vocabulary, or plain people standing for a
civilian role: ``women`` ~ ``female workers``, never ``women`` ~ ``men``), and their sizes are within MAX_RATIO.
A candidate must also be about the same event: its sentences are aligned, or they share rare content words, or the
figures agree and share some context.  Its score (:func:`pair_score`) adds several signals, none overriding: the
thing match, the alignment (weighted by its score), shared context words (those that belong to another figure of a
listing sentence count less), the local phrasing right around both figures, and whether both sit in headings.
Leftovers may pair by elimination (:func:`eliminable_pair`) when they agree and name one thing; comparing two lone
sentences, context words weigh by their background rarity (there is no document to count them in), and when both
sentences give the same rare name, elimination also pairs conflicting counts of one specific thing, and definite
figures of one kind named alike or not at all ("up 8.34" / "dipped 8.59 points" about one index), as long as each
sentence gives the name the other's figure reports on (the nearest rare name before it).  Two lone sentences'
figures never pair when each reports on a name the other sentence never gives (:func:`owned_apart`).  These rules
are apart from diffnews/figures.py, which decides which of the accepted pairs win, so that the blocking in
figure_pairs.py can be read against them.  Internal to :mod:`diffnews.figures`.
"""

from __future__ import annotations

import math
import re

from diffnews.figure_context import clause_state, extents, mentions, names, owner, stem, stems
from diffnews.figure_record import Figure
from diffnews.figure_words import CIVILIAN_ROLES, GENDERED, GENERIC_PEOPLE, THING_CLASSES
from diffnews.model import NumberStatus, Quantity, QuantityKind, Role
from diffnews.number_words import UNIT_SIZES, is_plural
from diffnews.numbers import in_common_units, relate, same_dimension

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
FINGERPRINT_DIGITS = 4
"""Significant digits from which an identical figure is one fact even with nothing named ("1,039.32")."""

HEADINGS = frozenset({Role.HEADLINE, Role.SUBHEADING})


CLASS_OF: dict[str, set[int]] = {}
for _number, _members in enumerate(THING_CLASSES):
    for _member in _members.split():
        CLASS_OF.setdefault(stem(_member), set()).add(_number)
_GENERIC_STEMS = frozenset(stem(word) for word in GENERIC_PEOPLE)
CIVILIAN_STEMS = frozenset(stem(word) for word in CIVILIAN_ROLES) | _GENERIC_STEMS
STATE_HEADS = {stem(state): state for state in ("dead", "injured", "missing")}
"""Heads of figures that count people by a state alone (``more than 150 injured``), and the state each names."""
STATE_PARTNERS = frozenset(STATE_HEADS) | _GENERIC_STEMS
"""Heads that may pair through a shared state: a state alone and plain people (see ``thing_score``)."""


def _sex(figure: Figure) -> str:
    """Return ``female``/``male`` when the thing names people by sex (``women``, ``female workers``), else ``""``."""
    named = {GENDERED[w] for w in (figure.head, *figure.modifiers) if w in GENDERED}
    return named.pop() if len(named) == 1 else ""


def thing_score(a: Figure, b: Figure) -> float | None:
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
    state_a, state_b = _state(a), _state(b)
    if state_a and state_b and state_a != state_b:
        return None  # "372 people had been injured" / "64 people were confirmed dead": two tolls, not one
    if a.head == b.head:
        return 1.0
    if CLASS_OF.get(a.head, set()) & CLASS_OF.get(b.head, set()):
        return 0.7
    # A state alone counts people in it: "more than 150 injured" ~ "about 150 people were injured".
    if state_a == state_b and {a.head, b.head} & set(STATE_HEADS) and {a.head, b.head} & _GENERIC_STEMS:
        return 0.5
    # Plain people (or people named by sex) stand for any civilian role: "women" ~ "female workers".
    if {a.head, b.head} <= CIVILIAN_STEMS and (a.head in _GENERIC_STEMS or b.head in _GENERIC_STEMS):
        return 0.5
    return None


def _state(figure: Figure) -> str:
    """Return the state the figure counts people in, by its thing ("150 injured") or its own clause, else ``""``."""
    return STATE_HEADS.get(figure.head) or clause_state(figure.sentence.text, figure.mention.quantity)


def _moved_apart(a: Figure, b: Figure) -> bool:
    """Whether one figure is the size of a movement and the other a level it started or ended at ("rise by
    $300" / "from $2,500"), or a level nearer a level the move's sentence gives than the move ("revised up by
    16,000 to 167,000" / "payrolls were 151,000"): two quantities.  A start and an end may be one level told at two
    times."""
    roles = {a.change, b.change}
    if roles in ({"change", "start"}, {"change", "end"}):
        return True
    if roles != {"change", ""}:
        return False
    # A figure of no role may tell the move another way ("was off 1.67 points" / "up 1.03 points"): only a level of
    # its kind and unit in the move's sentence that is nearer it in size than the move takes it away from the move.
    moved, other = (a, b) if a.change else (b, a)
    quantity, size = other.mention.quantity, _typical(other.mention.quantity)
    distance = _log_distance(size, _typical(moved.mention.quantity))
    return any(level.kind is quantity.kind and level.unit == quantity.unit and _log_distance(size, _typical(level))
               < distance for level in moved.levels)


def _log_distance(x: float, y: float) -> float:
    """How many times apart two sizes are, on a log scale; infinite when either is not positive."""
    # Logs subtracted, not one log of the ratio: x / y underflows to 0 for a tiny size over a huge one.
    return abs(math.log(x) - math.log(y)) if x > 0 and y > 0 and math.isfinite(x) and math.isfinite(y) else math.inf


def _other_spans(a: Figure, b: Figure) -> bool:
    """Whether two figures are measured over other stretches of time: both dated, differently, or a move dated
    where the other is not ("up 0.1 percent last week" / "gained 3.5 percent").  A dated total or level may be
    the very figure another report gives undated ("trade of $33.4 billion last year" / "more than $34 billion")."""
    if a.span and b.span:
        return a.span != b.span
    dated = a if a.span else b
    return bool(dated.span) and dated.change == "change"


def _ago(figure: Figure) -> bool:
    """Whether a duration dates something back from now ("two years ago", "a decade earlier")."""
    quantity = figure.mention.quantity
    following = figure.sentence.text[quantity.end : quantity.end + 12].lower().split()
    return bool(following) and following[0].strip(",.;:!?\"'\u201d\u2019)") in ("ago", "earlier", "before", "later")


def _context(a: Figure, b: Figure, idf: dict[str, float]) -> float:
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


def pair_score(a: Figure, b: Figure, alignment: float, idf: dict[str, float], related: float = 0.0) -> float | None:
    """Score a candidate pair, or None when the figures must not pair; ``alignment`` is 0 when not aligned.

    ``related`` is the similarity of two lone sentences the aligner left apart: it stands in for an
    alignment for figures that agree, and for a conflict only when the sentences are more alike and the
    figures close ("more than $34 billion" / "$33.4 billion" of one trade); otherwise a conflict needs
    aligned sentences or context.
    """
    qa, qb = a.mention.quantity, b.mention.quantity
    context = _context(a, b, idf)
    relation = relate(qa, qb)
    if kept_apart(a, b, relation):
        return None
    if not alignment and (relation is not NumberStatus.CONFLICT
                          or related >= RELATED_CONFLICT and comparable_size(a, b, RELATED_CONFLICT_RATIO)):
        alignment = related
    specific = all(narrow(q) for q in (qa, qb)) and any(_distinctive(q) for q in (qa, qb))
    thing = thing_score(a, b)
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
    if identical and min(significant_digits(qa), significant_digits(qb)) >= 3:
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
            identical and min(significant_digits(qa), significant_digits(qb)) >= FINGERPRINT_DIGITS):
        return None
    headings = (a.sentence.role in HEADINGS) + (b.sentence.role in HEADINGS)
    agreement = AGREEMENT_SCORE if relation is NumberStatus.SAME and specific else 0.0
    return thing + ALIGNED_WEIGHT * alignment + min(context, 6.0) / 3 + local + agreement + ROLE_AGREEMENT[headings]


def kept_apart(a: Figure, b: Figure, relation: NumberStatus) -> bool:
    """Whether two figures cannot report one quantity, however alike their sentences are."""
    if relation is NumberStatus.CONFLICT and (a.earlier != b.earlier or _other_spans(a, b)):
        return True  # what it was in a comparison period, or rose over another stretch: two times, not a dispute
    if _sex(a) and _sex(b) and _sex(a) != _sex(b) or not comparable_size(a, b, MAX_RATIO) or _moved_apart(a, b):
        return True
    if _other_places_or_records(a, b, relation):
        return True
    # A share of a subgroup ("among Tea Party supporters") is not a share of everyone: the other
    # sentence must name that group too.
    return a.mention.quantity.kind is QuantityKind.PERCENT and bool(a.population or b.population) and not (
        a.population <= stems(b.sentence.text) and b.population <= stems(a.sentence.text))


def _other_places_or_records(a: Figure, b: Figure, relation: NumberStatus) -> bool:
    """Whether two figures count in different places or are different records, whatever their sentences share."""
    if relation is not NumberStatus.SAME and (_scoped_apart(a, b) or _scoped_apart(b, a)):
        return True  # "17 tornadoes ... in St. Lucie County" / "at least nine" over the whole storm: two counts
    if relation is not NumberStatus.SAME and _extents_apart(a, b):
        return True  # "Nationwide, ... killed 343" / "killed at least 790 worldwide": two tolls
    if a.record and b.record and relate(a.record, b.record) is NumberStatus.CONFLICT:
        return True  # the old records of two new records that differ ("40.3C" for the UK, "34.8C" for Scotland)
    # "beating the previous record of 38.7C" is not the new "40.3C (104F)" the other report gives.
    return _beaten_by(a, b) or _beaten_by(b, a)


def _beaten_by(old: Figure, new: Figure) -> bool:
    """Whether ``old`` is an old record and ``new`` a new record, or agrees with the record that beat ``old``."""
    return old.record is not None and (new.beats or relate(old.record, new.mention.quantity) is not
                                       NumberStatus.CONFLICT)


def _scoped_apart(a: Figure, b: Figure) -> bool:
    """Whether ``a`` is counted in a named part of a country (``Figure.scope``) that ``b``'s sentence never names."""
    return any(not mentions(b.sentence.text, name) for name in a.scope)


def _extents_apart(a: Figure, b: Figure) -> bool:
    """Whether both sentences say how far they count (worldwide, nationwide, statewide), and never alike."""
    first, second = extents(a.sentence.text), extents(b.sentence.text)
    return bool(first and second) and first.isdisjoint(second)


def _typical(quantity: Quantity) -> float:
    """Return a typical value of a figure's interval: its middle, or its finite end when open."""
    low, high = quantity.low, quantity.high
    if math.isinf(high):
        return low
    if math.isinf(low):
        return high
    if high < 0:  # below zero ("-12 degrees", "about -10"): the middle of the magnitudes, negative
        return -math.sqrt(low * high)
    return math.sqrt(low * high) if low > 0 else high


def eliminable_pair(a: Figure, b: Figure, lone: bool) -> bool:
    """Whether two leftover figures could report one fact: same named thing, agreeing, of like size.

    In a comparison of lone sentences (``lone``) that name the same rare name, figures of one kind named alike or
    not at all may pair, and two counts of one specific thing may also conflict: two reports of one event.
    """
    if a.position == b.position or _moved_apart(a, b):
        return False
    qa, qb = a.mention.quantity, b.mention.quantity
    relation = relate(qa, qb)
    conflict = relation is NumberStatus.CONFLICT
    if conflict and (a.earlier != b.earlier or _other_spans(a, b)):
        return False  # a comparison period's figure, or moves over two stretches of time ("up 0.1 percent last week")
    if _other_places_or_records(a, b, relation):
        return False
    named = lone and bool(names(a.sentence.text) & names(b.sentence.text)) and (
        mentions(b.sentence.text, owner(a.sentence.text, qa.start))
        and mentions(a.sentence.text, owner(b.sentence.text, qb.start)))
    kinds_apart = bool(a.modifiers and b.modifiers and not a.modifiers & b.modifiers)  # "long-distance" / "DSL"
    if named and not kinds_apart and (a.head == b.head or _stands_for(a, b) or _stands_for(b, a)) and (
            qa.kind is qb.kind and qa.unit == qb.unit and definite(qa) and definite(qb)):
        # Two lone sentences about one named market, company or place: figures of one kind and size,
        # named alike or not at all ("up 8.34" / "dipped 8.59 points"), report one quantity.  Two moves, or two
        # levels a move ended at, are one slot whatever their sizes: "down 128 points" / "up 3.90".
        return comparable_size(a, b, ELIMINATION_RATIO) or bool(a.change) and a.change == b.change
    if a.head in ("", "percent") or b.head in ("", "percent"):
        return False
    thing = thing_score(a, b)
    if thing is None or kinds_apart:
        return False
    if a.head != b.head and not (CLASS_OF.get(a.head, set()) & CLASS_OF.get(b.head, set())) and (
            thing < 0.5 or qa.kind is QuantityKind.DURATION and not (definite(qa) and definite(qb) and (
                qa.low <= qb.high and qb.low <= qa.high))):
        # Spans told in different units are one fact when their intervals meet ("almost two decades" /
        # "20 years"); agreeing only after rounding ("99 weeks" / "two years"), or only because one is
        # vague or a bound ("a few weeks", "up to a year" hold many spans), is no evidence.
        return False
    if conflict:
        if not (named and qa.kind is QuantityKind.COUNT and thing >= SPECIFIC_THING):
            return False
        return comparable_size(a, b, MAX_RATIO)
    return comparable_size(a, b, ELIMINATION_RATIO)


_UNIT_HEADS = frozenset({stem("point"), stem("percent")})
"""Heads that are units rather than things: "up 8.34" is in an index's points whether or not it says so."""


def _stands_for(unnamed: Figure, named: Figure) -> bool:
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
    return abs(quantity.value) >= 10 or bool(_TWO_DECIMALS.search(quantity.text))


_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def significant_digits(quantity: Quantity) -> int:
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


def definite(quantity: Quantity) -> bool:
    """Whether a figure names one amount, give or take a qualifier: not vague, not a bare bound (an interval on
    one side of zero, closed at both ends)."""
    return quantity.value is not None and (0 < quantity.low and quantity.high != math.inf
                                           or quantity.high < 0 and quantity.low != -math.inf)


def narrow(quantity: Quantity) -> bool:
    """Whether a figure is definite and its ends are within a factor of 1.5 of each other (``about 500``)."""
    ends = sorted((abs(quantity.low), abs(quantity.high)))
    return definite(quantity) and ends[1] <= 1.5 * ends[0]


def comparable_size(a: Figure, b: Figure, ratio: float) -> bool:
    """Whether the figures' anchors are within ``ratio`` of each other."""
    qa, qb = in_common_units(a.mention.quantity, b.mention.quantity)  # "52km" and "32 miles" are about one size
    low, high = sorted((abs(_typical(qa)), abs(_typical(qb))))  # sizes: "-12 degrees" is as large as "12"
    return low == high or low > 0 and high <= ratio * low  # "0C" and "32F" are one size


def owned_apart(a: Figure, b: Figure) -> bool:
    """Whether each figure reports on a name the other sentence never gives ("the DRAM market" / "the Americas
    market"): two lone sentences about different things."""
    return not (mentions(b.sentence.text, owner(a.sentence.text, a.mention.quantity.start))
                or mentions(a.sentence.text, owner(b.sentence.text, b.mention.quantity.start)))
