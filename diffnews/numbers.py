"""Find the numbers in a sentence and relate two figures by interval logic.

Each number becomes a :class:`~diffnews.model.Quantity`: the phrase as written
(with its qualifier), its span, the interval of values it allows, its kind and
the thing it counts.  Qualifiers move the bounds (``more than 1,000`` ->
[1001, inf)); vague amounts are intervals (``dozens`` -> [24, 99]); durations
are held in days so ``two decades`` and ``20 years`` compare directly.

>>> [(q.text, q.low, q.high, q.thing) for q in extract_quantities("More than 1,000 government troops fled.")]
[('More than 1,000', 1001.0, inf, 'government troops')]
>>> relate(extract_quantities("some 30 troops")[0], extract_quantities("dozens of soldiers")[0]).value
'compatible'
"""

from __future__ import annotations

import functools
import re

from diffnews.model import Quantity, QuantityKind
from diffnews.number_amounts import (
    BEFORE_A_VERB, PREFIX_QUALIFIERS, Amount, read_article_amount, read_fraction, read_qualifier,
    read_suffix_qualifier, replace_written, with_unit,
)
from diffnews.number_calendar import parse_calendar, parse_ratio
from diffnews.number_marks import from_celsius, is_minus, to_celsius
from diffnews.number_relate import (
    APPROXIMATE_TOLERANCE, CONVERSION_TOLERANCE, NEARLY_TOLERANCE, QUALIFIERS, ROUNDING_CAP, TEMPERATURE_THINGS,
    agreement_reach, apply_qualifier, in_base_units, in_common_units, is_bare, precision_of, relate, same_dimension,
)
from diffnews.number_shapes import (
    age_interval, is_glued_label, is_identifier, is_label, is_named_ordinal, is_not_quantity, parse_shape,
    read_hyphen_count, read_hyphen_unit,
)
from diffnews.number_things import read_thing_before
from diffnews.number_words import (
    CURRENCY_SIGNS, DAYS_PER, DIGITS, DOLLAR_PREFIXES, FRACTIONS, LETTER_SIGNS, MONTHS, MOVES, MULTIPLIED,
    MULTIPLIERS, ORDINAL_WORDS, SCALES, TENS, UNITS, VAGUE, VAGUE_PHRASES, VULGAR_FRACTIONS, WEIGHING_WORDS,
    WORDLIKE, Tokens, glued_subunit, is_code, leading_point, letter_currency, make_quantity, mixed_fraction,
    read_number, read_thing, read_vague, slash_fraction,
)

__all__ = [
    "APPROXIMATE_TOLERANCE", "CONVERSION_TOLERANCE", "MAX_DIGITS", "NEARLY_TOLERANCE", "QUALIFIERS", "ROUNDING_CAP",
    "agreement_reach", "apply_qualifier", "extract_quantities", "in_base_units", "in_common_units", "is_bare",
    "precision_of", "relate", "same_dimension",
]
"""The numbers stage's API: reading figures here, relating them in :mod:`diffnews.number_relate`."""

# Replace one character by one character, so offsets into the working copy index the original.
_SAME_LENGTH = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'",
})

# A price or rate that "rose as high as" or "fell as low as" a figure reached that figure.  Only verbs of movement:
# "charged up to $500" and "priced as low as $5" stay bounds.
_LEVEL_QUALIFIERS = frozenset(("as high as", "as low as", "up to"))
_LEVEL_VERBS = frozenset(
    "rose rising risen climbed climbing jumped jumping soared soaring surged surging rallied rallying spiked spiking "
    "fell falling fallen dropped dropping sank sinking sunk slid sliding slipped slipping dipped dipping tumbled "
    "tumbling plunged plunging plummeted plummeting touched touching marched marching galloped galloping darted "
    "darting shot shooting leapt leaped leaping inched inching ticked ticking edged edging crept creeping "
    "nudged nudging moved moving went going".split())

_MAGNITUDE_LINKS = frozenset("of at was is".split())
"""Words between the noun magnitude and its figure: ``a magnitude of 7.6``, ``put the magnitude at 6.5``."""


def _after_magnitude(tokens: Tokens, first: int) -> str:
    """Say how the figure at ``first`` follows the word magnitude: ``"link"`` (``a magnitude of 7.6``, ``the
    magnitude at 6.5``), ``"next"`` (``magnitude 6.1``, ``magnitude-6.1``) or ``""``."""
    before = first - 2 if tokens.get(first - 1) == "-" and tokens.glued(first) else first - 1
    if tokens.get(before) in _MAGNITUDE_LINKS and tokens.get(before - 1) == "magnitude":
        return "link"
    return "next" if tokens.get(before) == "magnitude" else ""


_SEISMIC_EVENTS = frozenset("quake earthquake tremor temblor aftershock foreshock".split())
"""Singular nouns for one seismic event: a decimal before one (``a 6.8 quake``) is its magnitude, not a count."""


def _measures_magnitude(tokens: Tokens, end: int, thing: str, after: str, value: float | None) -> bool:
    """Whether a unitless figure is a quake's magnitude, in any written form the wires use: ``magnitude 6.8
    earthquake``, ``6.1-magnitude quake``, ``a 6.8 quake``, ``measured 6.4 on the Richter scale``."""
    if after == "link" or after == "next":
        return True
    words = thing.split()
    if words and words[0] in ("magnitude", "magnitudes"):
        return True  # "the 6.8 magnitude earthquake": magnitude names the scale, the quake is what it measures
    if value is not None and not float(value).is_integer() and thing in _SEISMIC_EVENTS:
        return True  # a fraction of a quake is no count: "a 6.8 quake" measures it
    return tokens.matches(end, ("on", "the", "richter", "scale"))


@functools.lru_cache(maxsize=8192)
def extract_quantities(text: str) -> tuple[Quantity, ...]:
    """Find the numbers in one sentence, with offsets into `text`."""
    same = text.translate(_SAME_LENGTH)
    if len(same) > MAX_DIGITS:
        # A run of more digits than any reported figure has is no figure: it reads as a word, so no value
        # overflows a float ("7" * 309) or an int-to-float conversion (a 5,000-digit string).
        same = re.sub(r"\d(?:[\d,.]*\d)?", _word_if_too_long, same)
    tokens = Tokens(same)
    found: list[Quantity] = []
    next_core = _next_core_positions(tokens)
    index = 0
    while index < len(tokens):
        if next_core[index] - index > _LOOKAHEAD:
            # No number word, digit or unit close ahead: nothing can start here.
            index = next_core[index] - _LOOKAHEAD
            continue
        if next_core[index] != index and tokens.lower[index] not in _OPENING_WORDS:
            index += 1  # neither a core nor a word that can open a quantity before its core
            continue
        parsed = _parse_at(tokens, index)
        if parsed is None:
            index += 1
            continue
        quantity, index = parsed
        found.append(_replace_text(quantity, text[quantity.start : quantity.end]))
    return tuple(_elliptical_things(text, found))


def _word_if_too_long(run: re.Match[str]) -> str:
    digits = run.group()
    return digits if sum(character.isdigit() for character in digits) <= MAX_DIGITS else "x" * len(digits)


MAX_DIGITS = 30
"""Most digits a figure may have: far more than any count, sum or date a report gives."""
_LOOKAHEAD = 6
"""Most tokens a quantity's qualifier can put before its core: ``a little more than``, ``between``."""
_CORE_WORDS = frozenset(
    [*UNITS, *TENS, *MULTIPLIERS, *SCALES, *FRACTIONS, *VAGUE, *ORDINAL_WORDS, *MONTHS, *CURRENCY_SIGNS,
     *LETTER_SIGNS, *DAYS_PER, *(word + "s" for word in DAYS_PER), *VULGAR_FRACTIONS,
     *(word for phrase in VAGUE_PHRASES for word in phrase if word not in ("a", "of"))]
)

_OPENING_WORDS = frozenset([*(phrase[0] for phrase in PREFIX_QUALIFIERS), "from", *DOLLAR_PREFIXES, "a", "-", "minus"])
"""Words other than cores that can start a quantity: a qualifier (``more than``), ``from`` (``from 10 to 12``),
a dollar's prefix (``US$``, ``C$``), ``a`` (``a dozen``, ``a hundred``, ``a quarter of``) and a minus sign or
word (``-12``, ``minus 12``)."""


def _next_core_positions(tokens: Tokens) -> list[int]:
    """For each token, the position of the next token (itself included) that can be a quantity's core."""
    positions = [len(tokens)] * (len(tokens) + 1)
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens.lower[index]
        is_core = word[:1].isdigit() or word in _CORE_WORDS or any(part in _CORE_WORDS for part in word.split(
            "-")) or leading_point(tokens, index)
        positions[index] = index if is_core else positions[index + 1]
    return positions


# A bare count that goes on counting what the count before it counted: "86 died ... and another nine in Qinghai",
# "killed at least 118 people, including 13 in Qinghai", "200 were injured, 96 in Gansu and 124 in Qinghai".
_GOES_ON = re.compile(r"\b(?:another|including)\s*$", re.IGNORECASE)
_LISTED_BEFORE = re.compile(r"(?:,|\band)\s*$")
_LISTED_AFTER = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")


def _elliptical_things(text: str, found: list[Quantity]) -> list[Quantity]:
    """Give a count with no noun the thing of the count before it, when it goes on counting it: after "another" or
    "including", or listed after a comma or "and" with its place ("96 in Gansu")."""
    for k, quantity in enumerate(found):
        if quantity.kind is not QuantityKind.COUNT or quantity.thing or quantity.unit:
            continue
        before = text[: quantity.start]
        if not (_GOES_ON.search(before) or _LISTED_BEFORE.search(before) and _LISTED_AFTER.match(text, quantity.end)):
            continue
        counted = next((q for q in reversed(found[:k]) if q.kind is QuantityKind.COUNT and q.thing and not q.unit),
                       None)
        if counted is not None:
            found[k] = Quantity(quantity.text, quantity.start, quantity.end, quantity.low, quantity.high, quantity.kind,
                                counted.thing, quantity.qualifier, quantity.value, quantity.unit)
    return found


def _replace_text(quantity: Quantity, text: str) -> Quantity:
    return Quantity(text, quantity.start, quantity.end, quantity.low, quantity.high, quantity.kind,
                    quantity.thing, quantity.qualifier, quantity.value, quantity.unit)


def _parse_at(tokens: Tokens, index: int) -> tuple[Quantity, int] | None:
    """Parse the quantity whose qualifier or number starts at token ``index``, if any."""
    shape = parse_shape(tokens, index)
    if shape is not None:
        return shape
    if is_code(tokens, index) or (index == 0 and tokens.get(1) == "." and tokens.glued(1)) or is_not_quantity(
            tokens, index):
        return None
    special = parse_calendar(tokens, index) or parse_ratio(tokens, index)
    if special is not None:
        named = special[0].kind is QuantityKind.ORDINAL and is_named_ordinal(tokens, index, special[1])
        return None if named else special
    qualifier, core = read_qualifier(tokens, index)
    if tokens.get(core) == "from" and qualifier == "":
        core += 1
        if parse_calendar(tokens, core) is not None:  # "from 1965 to 1970" spans years, not an amount
            return None
    calendar = parse_calendar(tokens, core) if qualifier else None
    if calendar is not None and (calendar[0].kind is not QuantityKind.YEAR or calendar[0].low % 50):
        return calendar  # "around 3 p.m.", "below 1990 levels": a point in time, not an amount
    if qualifier and (ratio := parse_ratio(tokens, core)) is not None:  # "roughly 1 in 3"
        low, high = apply_qualifier(qualifier, ratio[0].low, ratio[0].high, integral=False)
        return make_quantity(tokens, index, ratio[1], low, high, QuantityKind.PERCENT, thing=ratio[0].thing,
                             qualifier=qualifier, value=ratio[0].value, unit="percent")
    amount = _read_amount(tokens, core) or read_article_amount(tokens, core, qualified=bool(qualifier))
    if amount is None:
        return None
    low, high, end = amount.low, amount.high, amount.end
    if qualifier.lower() == "up to" and tokens.get(end) == "from" and _read_amount(tokens, end + 1) is not None:
        qualifier = ""  # "driving its yield up to 3.33 percent from 3.26 percent": a new level, not a bound
    elif qualifier.lower() in _LEVEL_QUALIFIERS and tokens.get(index - 1) in _LEVEL_VERBS:
        qualifier = ""  # "gold rose as high as $368.90", "marched up to $369.50": the level it reached, not a bound
    range_end = _read_range_end(tokens, amount, qualifier, index)
    if range_end is not None:
        if _named_range(tokens, core, amount, range_end, qualifier):
            return None
        low, high, end, amount = range_end.low, range_end.high, range_end.end, range_end
        # "some 40 to 50" widens the range; "between", "from" and bound words only introduce it.
        qualifier = qualifier if QUALIFIERS.get(qualifier.lower()) == "about" else ""
    elif not qualifier and amount.kind is QuantityKind.COUNT and end == core + 1 and (
            is_identifier(tokens, core) or is_label(tokens, core)):
        return None
    suffix, end = read_suffix_qualifier(tokens, end)
    if suffix and range_end is None and amount.kind is QuantityKind.COUNT and not amount.unit:
        # "30 or more pounds", "two or more years": the unit comes after the bound.
        after = with_unit(tokens, low, high, amount.value, end, "", amount.vague)
        if after.unit:
            amount, low, high, end = after, after.low, after.high, after.end
    # "roughly 30 or more": an estimate that opens one end; the bound is the qualifier that stays.
    estimate = qualifier if suffix and QUALIFIERS.get(suffix) != "about" and QUALIFIERS.get(
        qualifier.lower()) in ("about", "nearly") else ""
    qualifier = suffix if estimate else qualifier or suffix
    thing = amount.thing if amount.thing is not None else read_thing(tokens, end, amount.value == 1)
    kind, unit = amount.kind, amount.unit
    if kind not in _SIGNED_KINDS and is_minus(tokens, core):
        return None  # "treatment -16 to 17 weeks": a dash before a span of time, not a sign
    if kind is QuantityKind.COUNT and (age := age_interval(tokens, index, end, qualifier, thing, low, high)):
        (low, high), kind, unit, thing = age, QuantityKind.DURATION, "day", "years"
    integral, signed = kind is QuantityKind.COUNT and not unit, unit in TEMPERATURE_THINGS
    low, high = apply_qualifier(estimate, low, high, integral=integral, signed=signed)
    low, high = apply_qualifier(qualifier, low, high, integral=integral, signed=signed)
    first = index if estimate or qualifier and qualifier not in ("or more", "or so", "plus", "+", "or fewer",
                                                                  "or less") else core
    if range_end is not None and tokens.get(index) in ("between", "from"):
        first = index
    if kind is QuantityKind.COUNT and not unit and _measures_magnitude(
            tokens, end, thing, _after_magnitude(tokens, first), amount.value):
        # Magnitude is the measure in every written form, so "a magnitude-6.3 earthquake", "a 6.3-magnitude
        # quake" and "a 6.3 quake" all pair; the quake is what is measured, not what is counted.
        thing = "magnitude"
    if not thing and kind is QuantityKind.COUNT:
        thing = read_thing_before(tokens, first)
    return make_quantity(tokens, first, end, low, high, kind, thing=thing, qualifier=qualifier, value=amount.value,
                         unit=unit)


def _named_range(tokens: Tokens, core: int, first: Amount, second: Amount, qualifier: str) -> bool:
    """Whether two bare integers hyphened after a name are a model number (``Boeing 737-800``), not a range."""
    # Inside the sentence only: a first word is capitalized anyway ("Ages 9-11 ...").
    return (not qualifier and core >= 2 and first.end == core + 1 and tokens.get(core + 1) == "-" and tokens.glued(core + 1)
            and second.end == core + 3 and first.kind is second.kind is QuantityKind.COUNT and not second.unit
            and is_identifier(tokens, core, second.end))


def _read_amount(tokens: Tokens, index: int, *, in_range: bool = False) -> Amount | None:
    """Read a number, vague amount or fraction with its unit (percent, currency, time)."""
    if is_minus(tokens, index):
        return _read_negative(tokens, index + 1, in_range=in_range)
    if (times := MULTIPLIERS.get(tokens.get(index))) and tokens.get(index + 1) in MULTIPLIED and tokens.get(
            index - 1) not in BEFORE_A_VERB:
        # "double the $818 million", "twice as many": a multiple; "doubled", "will double the" are verbs.
        return Amount(times * 100.0, times * 100.0, times * 100.0, QuantityKind.PERCENT, index + 1, "percent",
                       "percent", written=float(times))
    currency = ""
    prefix = DOLLAR_PREFIXES.get(tokens.get(index), "") if tokens.get(index + 1) == "$" and tokens.glued(index + 1) else ""
    index += bool(prefix)
    if not prefix and (cents_of := glued_subunit(tokens, index)):
        currency, index = cents_of, index + 1  # "NZ75c": the prefix names the dollar, the "c" reads as cents
    if sign := CURRENCY_SIGNS.get(tokens.get(index)) or letter_currency(tokens, index):
        currency, index = prefix or sign, index + 1
        index += tokens.get(index) == "." and tokens.glued(index) and not leading_point(tokens, index)  # "Rs. 500"
        if sign == "USD" and tokens.get(index) in DOLLAR_PREFIXES and tokens.glued(index) and tokens.glued(index + 1):
            currency, index = DOLLAR_PREFIXES[tokens.get(index)], index + 1  # "$US13.15", "$A4.56"
    elif "-" in tokens.get(index) and (hyphened := read_hyphen_unit(tokens, index)) is not None:
        # A number word joined to its unit: "a two-hour standoff", "a five-year-old girl".
        count, unit = hyphened
        days = DAYS_PER[unit]
        return Amount(count * days, count * days, count, QuantityKind.DURATION, index + 1, "day",
                       "centuries" if unit == "century" else unit + "s", written=count)
    elif "-" in tokens.get(index) and (counted := read_hyphen_count(tokens, index)) is not None:
        # A number word joined to what it counts: "a two-term congressman", "a five-member panel".
        return Amount(counted[0], counted[0], counted[0], QuantityKind.COUNT, index + 1, "", counted[1], written=counted[0])
    if not currency and tokens.get(index) == "one" and tokens.get(index + 1) in FRACTIONS:
        return read_fraction(tokens, index)  # "from one fifth to a third": a share, not one of something
    if not currency and is_glued_label(tokens, index):
        return None  # "flat 4B", "Train 12B": a name, not 4 billion
    vague = read_vague(tokens, index)
    if vague is not None:
        low, high, end = vague
        value, is_vague = (low if low == high else None), low != high
    else:
        number = read_number(tokens, index, in_range=in_range)
        if number is None:
            return read_fraction(tokens, index) if not currency else None
        value, end = number
        low = high = value
        is_vague = False
    amount = with_unit(tokens, low, high, value, end, currency, is_vague)
    written = tokens.get(index).replace(",", "")
    whole = DIGITS.match(tokens.get(index)) and mixed_fraction(tokens, index + 1) is None and slash_fraction(
        tokens, index) is None and tokens.get(index + 1) not in VULGAR_FRACTIONS
    return replace_written(amount, float(written) if whole else value)




_SIGNED_KINDS = frozenset((QuantityKind.COUNT, QuantityKind.PERCENT, QuantityKind.MONEY))
"""Kinds a minus sign may make negative: "-12 degrees", "-0.5 percent", "-5 cents"; not a span of time."""


def _read_negative(tokens: Tokens, index: int, *, in_range: bool) -> Amount | None:
    """Read the figure after a minus sign or ``minus`` at ``index - 1`` as a negative amount."""
    amount = None if is_minus(tokens, index) else _read_amount(tokens, index, in_range=in_range)
    if amount is None or amount.vague or amount.kind not in _SIGNED_KINDS:
        return None
    written = None if amount.written is None else -amount.written
    unit = amount.unit

    def negated(held: float) -> float:  # a temperature is negated in the scale it was written in
        return to_celsius(-from_celsius(held, unit), unit) if unit in TEMPERATURE_THINGS else -held

    return Amount(negated(amount.high), negated(amount.low), None if amount.value is None else -amount.value,
                   amount.kind, amount.end, unit, amount.thing, False, written)




def _read_range_end(tokens: Tokens, first: Amount, qualifier: str, start: int) -> Amount | None:
    """Read the upper end of ``18 to 25``, ``10-12%``, ``between 10 and 12`` or ``two or three``."""
    joiner, second_at = tokens.get(first.end), first.end + 1
    if joiner == "-" and tokens.get(second_at) == "to":
        # "18-to-49-year-olds", "18- to 49-year-olds": a hyphened range whose unit comes once, at its end.
        joiner, second_at = "to", second_at + 1 + (tokens.get(second_at + 1) == "-")
    if joiner == "," and tokens.get(second_at) == "or":
        joiner, second_at = "or", second_at + 1  # "12, or 13 years": a hesitant range, said with a pause
    if not (joiner in ("to", "-", "or") or (joiner == "and" and qualifier == "between")):
        return None
    # "fell 2.2 percent or 96 cents to $42.72": the same change told another way, then a level.
    before = start - 1
    while tokens.get(before) in WEIGHING_WORDS and before > 0:
        before -= 1  # "up a mere 0.04 to 1,039.32"
    # "pushed the jackpot beyond its earlier estimate of $1 billion to $1.08 billion": a moved thing's old level.
    moved = joiner == "to" and (tokens.get(before) in MOVES or tokens.get(before) == "or" and any(
        tokens.get(k) in MOVES for k in range(before - 5, before)) or tokens.get(start) == "from" and _moved_object(
        tokens, start) or tokens.get(start - 1) == "of" and tokens.get(start - 2) in _ESTIMATE_NOUNS and _moved_object(
        tokens, start - 1))
    if moved and tokens.get(start) != "from":
        return None  # "fell 85 cents to $28.39", "rose 2 percent to 5 percent": a change, then a level
    by_move = joiner == "to" and tokens.get(start - 1) == "by" and tokens.get(start - 2) in MOVES
    if by_move and (first.kind is not QuantityKind.COUNT or first.unit):
        return None  # "rise by $300 to $2,800": a change, then a level; "rise by 10 to 15 percent" is a range
    second = _read_amount(tokens, second_at, in_range=True)
    if second is None or second.vague or first.vague or not first.written or not second.written:
        return None
    if by_move and second.kind is QuantityKind.COUNT and not second.unit and second.written > 2 * first.written + 1:
        return None  # "revised up by 16,000 to 167,000": a change, then a level far above it
    if moved and first.kind is second.kind and first.unit == second.unit:
        return None  # "jumped from 29.4 to 32.6": two levels; "rose from 10 to 12 percent" keeps its unit
    # "two or three judges", "10 or 12 percent" give a rough range; "1 or 100" offers two choices.
    if joiner == "or" and not first.written < second.written <= 2 * first.written + 1:
        return None
    low = first.low
    if first.kind is QuantityKind.COUNT and first.low == first.written:
        # The unit or scale comes once, after the second number ("18 to 25 years", "1.5 to 2 million").
        if first.written < second.written and second.unit in TEMPERATURE_THINGS:
            low = to_celsius(first.written, second.unit)  # "100 to 104F": the first end is in the scale too
        elif first.written < second.written:
            low = first.written * second.low / second.written
        if second.kind is not QuantityKind.COUNT and low == first.low and second.low != second.written:
            return None
    elif (money := _money_scaled_once(tokens, first, second)) is not None:
        return money
    elif first.kind is not second.kind or first.unit != second.unit:
        # "jumped 12% to $48.50", "fell 4 percentage points to 27%": a change, then a level, not a range.
        return None
    if low >= second.high:
        return None
    return Amount(low, second.high, None, second.kind, second.end, second.unit, second.thing)


_OBJECT_REACH = 7
"""How many words a moved thing may take between its verb and ``from`` or ``of`` ("raised its stake in the bank
from", "pushed the jackpot beyond its earlier estimate of")."""
_CARRY_VERBS = frozenset(
    "push pushes pushed pushing lift lifts lifted lifting boost boosts boosted boosting drive drives drove driven "
    "driving revise revises revised revising hike hikes hiked hiking bump bumps bumped bumping".split())
"""Verbs that move a thing they govern to a new level ("pushed the jackpot ... to $1.08 billion"), besides MOVES."""
_ESTIMATE_NOUNS = frozenset(
    "estimate estimates forecast forecasts projection projections target targets guidance outlook prediction "
    "predictions expectation expectations".split())
"""Nouns of a figure that gets revised: after a verb of movement, "its estimate of X to Y" is a move from X to Y
("raised a total of $5 million to $6 million" stays a range)."""
_SPAN_VERBS = frozenset("range ranges ranged ranging run runs ran running vary varies varied varying spanning "
                        "anywhere".split())
"""Words that make ``from X to Y`` a span of values, even after a verb of movement ("prices rose, ranging from")."""


def _moved_object(tokens: Tokens, start: int) -> bool:
    """Whether ``from`` (or ``of``) at ``start`` follows a verb of movement and its object: "raised the dividend
    from 10 cents to 12 cents", "cut its forecast from 3% to 2.5%", "lifted its estimate of $1 billion to $1.2
    billion" give two levels, as "rose from 10 to 12" does; "a forecast of $1 billion to $1.2 billion" is a range."""
    for k in range(start - 1, max(start - 1 - _OBJECT_REACH, -1), -1):
        word = tokens.get(k)
        if not WORDLIKE.match(word) or word in _SPAN_VERBS or word == "from":
            return False  # a comma, figure or bracket ends the clause's object; "down from its outlook of" a level
        if word in MOVES or word in _CARRY_VERBS:
            return True
    return False


def _money_scaled_once(tokens: Tokens, first: Amount, second: Amount) -> Amount | None:
    """Return the range of ``$3.60 to $3.85 billion``, ``between $3.6 and $3.85 billion``, ``£3.6-£3.85bn``,
    ``€3-4bn`` or ``Rs 1.5 to 2 lakh``: a sum whose scale word is written once, after the second bound, scales
    the first too.  ``$3.6 billion to $3.85 billion`` names both; ``$900 to $1.2 billion`` (a first bound above the
    second's digits) and ``75 cents to $1 billion`` keep their first bound as written."""
    if first.kind is not QuantityKind.MONEY or first.low != first.written or not 0 < first.written < second.written:
        return None
    scale = second.low / second.written
    if scale <= 1:
        return None
    # The second bound may drop the sign ("$3 to 4 billion"), but then it counts nothing ("$5 to 10 million fans").
    bare = second.kind is QuantityKind.COUNT and not second.unit and not read_thing(tokens, second.end, False)
    if not (bare or second.kind is QuantityKind.MONEY and second.unit == first.unit):
        return None
    return Amount(first.written * scale, second.high, None, QuantityKind.MONEY, second.end, first.unit, first.thing)

