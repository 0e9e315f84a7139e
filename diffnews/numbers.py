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
import math
import re
from typing import NamedTuple

from diffnews.model import NumberStatus, Quantity, QuantityKind
from diffnews.number_marks import (
    from_celsius, is_minus, read_basis_points, read_fraction_point, read_temperature, to_celsius,
)
from diffnews.number_shapes import (
    age_interval, hyphen_noun, is_glued_label, is_identifier, is_label, is_named_ordinal, is_not_quantity,
    is_percentage_point, parse_shape, read_article, read_hyphen_count, read_hyphen_unit,
)
from diffnews.number_words import (
    CURRENCY_NAMES, CURRENCY_SIGNS, CURRENCY_WORDS, DAYS_PER, DIGITS, DOLLAR_PREFIXES, FRACTIONS, GLUED_SUBUNITS,
    LETTER_SIGNS, MONTHS, MOVES, MULTIPLIED, MULTIPLIERS, ORDINAL_WORDS, SCALES, SUBUNITS, TENS, UNITS, UNIT_SIZES,
    VAGUE, VAGUE_PHRASES, VULGAR_FRACTIONS, WEIGHING_WORDS, WORDLIKE, Tokens,
    currency_adjective, currency_word, glued_subunit, hyphen_measure, is_adverb, is_bare_share, is_code,
    leading_point, letter_currency, make_quantity, mixed_fraction, parse_calendar, parse_ratio, read_measure,
    read_number, read_thing, read_thing_before, read_vague, slash_fraction, weighed,
)

APPROXIMATE_TOLERANCE = 0.10
"""``about``/``some``/``roughly`` N allow N +- 10%: the width a writer's rounding usually hides."""
NEARLY_TOLERANCE = 0.10
"""``nearly``/``almost`` N allow [0.9 N, N]: close below, and N itself as the rounded figure."""
ROUNDING_CAP = 0.10
"""A bare figure's implicit precision (half its last digit) never exceeds 10% of its value."""
CONVERSION_TOLERANCE = 0.05
"""How far the ends of a range converted from another unit may be off, for the rounding of the conversion."""

# Replace one character by one character, so offsets into the working copy index the original.
_SAME_LENGTH = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'",
})

QUALIFIERS = {
    **dict.fromkeys(("just over", "just above", "just more than", "slightly more than", "slightly over",
                     "slightly above", "a little over", "a little more than", "barely more than"), "just_above"),
    **dict.fromkeys(("more than", "over", "above", "upwards of", "in excess of", "exceeding", "greater than",
                     "well over", "north of", "exceed", "exceeds", "exceeded", "surpass", "surpasses",
                     "surpassed", "surpassing", "top", "tops", "topped", "topping", ">"), "above"),
    **dict.fromkeys(("at least", "no fewer than", "no less than", "a minimum of", "or more", "plus", "+", "as low as",
                     "≥"), "at_least"),
    **dict.fromkeys(("fewer than", "less than", "under", "below", "well under", "<"), "below"),
    **dict.fromkeys(("up to", "as many as", "as much as", "as high as", "at most", "no more than", "a maximum of",
                     "not more than", "or fewer", "or less", "within", "≤"), "at_most"),
    **dict.fromkeys(("nearly", "almost", "close to", "just under", "just shy of", "approaching", "not quite"),
                    "nearly"),
    **dict.fromkeys(("about", "around", "some", "roughly", "approximately", "an estimated", "estimated",
                     "circa", "or so", "more or less", "approx"), "about"),
    "between": "range",
}
_PREFIX_QUALIFIERS = sorted((tuple(q.split()) for q in QUALIFIERS if q not in ("or more", "or so", "plus", "+",
                            "or fewer", "or less", "more or less")), key=len, reverse=True)
# A price or rate that "rose as high as" or "fell as low as" a figure reached that figure.  Only verbs of movement:
# "charged up to $500" and "priced as low as $5" stay bounds.
_LEVEL_QUALIFIERS = frozenset(("as high as", "as low as", "up to"))
_LEVEL_VERBS = frozenset(
    "rose rising risen climbed climbing jumped jumping soared soaring surged surging rallied rallying spiked spiking "
    "fell falling fallen dropped dropping sank sinking sunk slid sliding slipped slipping dipped dipping tumbled "
    "tumbling plunged plunging plummeted plummeting touched touching marched marching galloped galloping darted "
    "darting shot shooting leapt leaped leaping inched inching ticked ticking edged edging crept creeping "
    "nudged nudging moved moving went going".split())
_AUXILIARIES = frozenset("had has have was were is are be been being earlier first".split())
"""Words before ``estimated`` that make it a verb of an earlier or other report, not ``an estimated`` (about)."""
_MEASURING_PARTICIPLES = frozenset("aged priced valued rated estimated".split())
"""Participles a figure measures, so ``over`` after them means "more than": ``adults aged over 65``."""
_PHRASAL_OVER = frozenset("take takes took taken taking hand hands handing turn turns turning won".split())


class _Amount(NamedTuple):
    """A parsed number before qualifiers: value interval, kind, unit and the token index after it."""

    low: float
    high: float
    value: float | None
    kind: QuantityKind
    end: int
    unit: str = ""
    thing: str | None = None
    vague: bool = False
    written: float | None = None
    """The digits as written, before scale words and unit conversion (``1.5`` in ``1.5 million``)."""


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

_OPENING_WORDS = frozenset([*(phrase[0] for phrase in _PREFIX_QUALIFIERS), "from", *DOLLAR_PREFIXES, "a", "-", "minus"])
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
    qualifier, core = _read_qualifier(tokens, index)
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
    amount = _read_amount(tokens, core) or _read_article_amount(tokens, core, qualified=bool(qualifier))
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
    suffix, end = _read_suffix_qualifier(tokens, end)
    if suffix and range_end is None and amount.kind is QuantityKind.COUNT and not amount.unit:
        # "30 or more pounds", "two or more years": the unit comes after the bound.
        after = _with_unit(tokens, low, high, amount.value, end, "", amount.vague)
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
    integral, signed = kind is QuantityKind.COUNT and not unit, unit in _TEMPERATURE_THINGS
    low, high = apply_qualifier(estimate, low, high, integral=integral, signed=signed)
    low, high = apply_qualifier(qualifier, low, high, integral=integral, signed=signed)
    first = index if estimate or qualifier and qualifier not in ("or more", "or so", "plus", "+", "or fewer",
                                                                  "or less") else core
    if range_end is not None and tokens.get(index) in ("between", "from"):
        first = index
    if not thing and kind is QuantityKind.COUNT:
        thing = read_thing_before(tokens, first)
    return make_quantity(tokens, first, end, low, high, kind, thing=thing, qualifier=qualifier, value=amount.value,
                         unit=unit)


def _named_range(tokens: Tokens, core: int, first: _Amount, second: _Amount, qualifier: str) -> bool:
    """Whether two bare integers hyphened after a name are a model number (``Boeing 737-800``), not a range."""
    # Inside the sentence only: a first word is capitalized anyway ("Ages 9-11 ...").
    return (not qualifier and core >= 2 and first.end == core + 1 and tokens.get(core + 1) == "-" and tokens.glued(core + 1)
            and second.end == core + 3 and first.kind is second.kind is QuantityKind.COUNT and not second.unit
            and is_identifier(tokens, core, second.end))


def _read_article_amount(tokens: Tokens, index: int, *, qualified: bool) -> _Amount | None:
    """Read ``half a percentage point``, ``half a million``, ``nearly a decade``: an article as the figure; and
    fractions of a point in words (``a quarter point``, ``half-point``, ``quarter-percentage point``)."""
    if (point := read_fraction_point(tokens, index)) is not None:
        share, stop, percentage = point
        if percentage:
            return _Amount(share, share, share, QuantityKind.PERCENT, stop, "point", "percentage points", False, share)
        return _Amount(share, share, share, QuantityKind.COUNT, stop, "", "points", False, share)
    glued = index + 1 if tokens.get(index) in ("a", "an") else index
    fraction, _, unit = tokens.get(glued).partition("-")
    if fraction == "half" and unit in DAYS_PER and unit != "year":
        # "a half-century ago", "the past half-hour"; a "half-year" is mostly a reporting period.
        days = DAYS_PER[unit] / 2
        thing = "centuries" if unit == "century" else unit + "s"
        return _Amount(days, days, 0.5, QuantityKind.DURATION, glued + 1, "day", thing, False)
    article = read_article(tokens, index, qualified=qualified)
    if article is None:
        return None
    value, end, scaled = article
    amount = _with_unit(tokens, value, value, value, end, "", False)
    return _replace_written(amount, value) if scaled or amount.kind is not QuantityKind.COUNT else None


def _read_amount(tokens: Tokens, index: int, *, in_range: bool = False) -> _Amount | None:
    """Read a number, vague amount or fraction with its unit (percent, currency, time)."""
    if is_minus(tokens, index):
        return _read_negative(tokens, index + 1, in_range=in_range)
    if (times := MULTIPLIERS.get(tokens.get(index))) and tokens.get(index + 1) in MULTIPLIED and tokens.get(
            index - 1) not in _BEFORE_A_VERB:
        # "double the $818 million", "twice as many": a multiple; "doubled", "will double the" are verbs.
        return _Amount(times * 100.0, times * 100.0, times * 100.0, QuantityKind.PERCENT, index + 1, "percent",
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
        return _Amount(count * days, count * days, count, QuantityKind.DURATION, index + 1, "day",
                       "centuries" if unit == "century" else unit + "s", written=count)
    elif "-" in tokens.get(index) and (counted := read_hyphen_count(tokens, index)) is not None:
        # A number word joined to what it counts: "a two-term congressman", "a five-member panel".
        return _Amount(counted[0], counted[0], counted[0], QuantityKind.COUNT, index + 1, "", counted[1], written=counted[0])
    if not currency and tokens.get(index) == "one" and tokens.get(index + 1) in FRACTIONS:
        return _read_fraction(tokens, index)  # "from one fifth to a third": a share, not one of something
    if not currency and is_glued_label(tokens, index):
        return None  # "flat 4B", "Train 12B": a name, not 4 billion
    vague = read_vague(tokens, index)
    if vague is not None:
        low, high, end = vague
        value, is_vague = (low if low == high else None), low != high
    else:
        number = read_number(tokens, index, in_range=in_range)
        if number is None:
            return _read_fraction(tokens, index) if not currency else None
        value, end = number
        low = high = value
        is_vague = False
    amount = _with_unit(tokens, low, high, value, end, currency, is_vague)
    written = tokens.get(index).replace(",", "")
    whole = DIGITS.match(tokens.get(index)) and mixed_fraction(tokens, index + 1) is None and slash_fraction(
        tokens, index) is None and tokens.get(index + 1) not in VULGAR_FRACTIONS
    return _replace_written(amount, float(written) if whole else value)


_MULTIPLE_AFTER = frozenset("the as its their his her our what more higher larger greater bigger faster longer lower "
                            "smaller fewer less".split())
"""Words after ``N times`` that make it a multiple ("three times the average", "10 times higher"); not "that" or
"this", which mostly start a time ("20 times that day")."""
_HYPHENED_PERCENT = frozenset(["percent", "per-cent", "pct"])
"""Percent words a figure may be hyphened to."""
_BEFORE_A_VERB = frozenset("to will would could can may might should must did does do not".split())


_SIGNED_KINDS = frozenset((QuantityKind.COUNT, QuantityKind.PERCENT, QuantityKind.MONEY))
"""Kinds a minus sign may make negative: "-12 degrees", "-0.5 percent", "-5 cents"; not a span of time."""


def _read_negative(tokens: Tokens, index: int, *, in_range: bool) -> _Amount | None:
    """Read the figure after a minus sign or ``minus`` at ``index - 1`` as a negative amount."""
    amount = None if is_minus(tokens, index) else _read_amount(tokens, index, in_range=in_range)
    if amount is None or amount.vague or amount.kind not in _SIGNED_KINDS:
        return None
    written = None if amount.written is None else -amount.written
    unit = amount.unit

    def negated(held: float) -> float:  # a temperature is negated in the scale it was written in
        return to_celsius(-from_celsius(held, unit), unit) if unit in _TEMPERATURE_THINGS else -held

    return _Amount(negated(amount.high), negated(amount.low), None if amount.value is None else -amount.value,
                   amount.kind, amount.end, unit, amount.thing, False, written)


def _replace_written(amount: _Amount, written: float | None) -> _Amount:
    return _Amount(amount.low, amount.high, amount.value, amount.kind, amount.end, amount.unit, amount.thing,
                   amount.vague, written)


def _read_fraction(tokens: Tokens, index: int) -> _Amount | None:
    """Read ``half of``, ``two-thirds of``, ``a quarter of`` as a percent of what follows."""
    first, end = tokens.get(index), index + 1
    parts = first.split("-")
    if len(parts) == 2 and parts[0] in UNITS and parts[1] in FRACTIONS:
        share = UNITS[parts[0]] * FRACTIONS[parts[1]]
    elif first == "half" and tokens.get(index - 1) not in ("first", "second"):
        share = 0.5  # "the first half of the year" is a period, not a share
    elif first in ("a", "one") and tokens.get(index + 1) in FRACTIONS:
        share, end = FRACTIONS[tokens.get(index + 1)], index + 2
    elif (written := slash_fraction(tokens, index)) is not None:
        share, end = written  # "3/4 of voters"
    elif first in VULGAR_FRACTIONS:
        share = VULGAR_FRACTIONS[first]  # "¾ of voters"
    else:
        return None
    if tokens.get(end) == "of" and tokens.get(end + 1) in ("a", "one") and is_percentage_point(tokens, end + 2):
        # "a half of a percentage point" is half a point, not half of something.
        return _Amount(share, share, share, QuantityKind.PERCENT, end + 4, "point", "percentage points", False)
    if tokens.get(end) != "of" and not is_bare_share(tokens, index, end):
        return None
    percent = round(share * 100, 6)
    return _Amount(percent, percent, percent, QuantityKind.PERCENT, end, "percent",
                   thing=read_thing(tokens, end, False) or "percent")


def _with_unit(tokens: Tokens, low: float, high: float, value: float | None, end: int, currency: str,
               vague: bool) -> _Amount:
    """Attach what follows the number: percent sign or word, currency word, time unit."""
    word, next_word = tokens.get(end), tokens.get(end + 1)
    if vague and word == "of" and (next_word in CURRENCY_WORDS or next_word[:-1] in CURRENCY_WORDS):
        currency, end = CURRENCY_WORDS.get(next_word) or CURRENCY_WORDS[next_word[:-1]], end + 2
    if not currency and (temperature := read_temperature(tokens, end)) is not None:
        # Held in degrees Celsius, so "40C" meets "104F"; the unit names the scale written.
        unit, stop = temperature
        return _Amount(to_celsius(low, unit), to_celsius(high, unit), value, QuantityKind.COUNT, stop, unit,
                       _TEMPERATURE_THINGS[unit], vague)
    if word in GLUED_SUBUNITS and tokens.glued(end) and not (tokens.glued(end + 1) and next_word[:1].isalnum()):
        code = currency or GLUED_SUBUNITS[word]  # "75c a share", "50p", "NZ75c"
        return _Amount(low / 100, high / 100, value, QuantityKind.MONEY, end + 1, code, CURRENCY_NAMES[code], vague)
    if currency:
        return _Amount(low, high, value, QuantityKind.MONEY, end, currency, CURRENCY_NAMES[currency], vague)
    if (stop := read_basis_points(tokens, end)) is not None:
        # "25 basis points" is a quarter of a percentage point, as "16 cents" is $0.16; the figure as written stays 25.
        return _Amount(low / 100, high / 100, value, QuantityKind.PERCENT, stop, "point", "basis points", vague)
    hyphen = word == "-" and tokens.glued(end) and tokens.glued(end + 1)
    if hyphen and next_word in _HYPHENED_PERCENT:
        word, end = "%", end + 1  # "a 15-percent cut", "a 15-per-cent reduction"
    if hyphen and next_word.startswith("percentage-point"):
        return _Amount(low, high, value, QuantityKind.PERCENT, end + 2, "point", "percentage points", vague)
    if word == "%" or word in ("percent", "pct", "pc") or (word == "per" and next_word == "cent"):
        end += 2 if word == "per" else 1
        if tokens.get(end) in ("point", "points") or (word == "percentage" and next_word in ("point", "points")):
            end += 1
        thing = read_thing(tokens, end, False) if tokens.get(end) == "of" else "percent"
        return _Amount(low, high, value, QuantityKind.PERCENT, end, "percent", thing or "percent", vague)
    if word == "times" and next_word in _MULTIPLE_AFTER:
        # "three times the daily average", "five times as many", "10 times higher": a multiple, as "twice" is.
        return _Amount(low * 100, high * 100, value, QuantityKind.PERCENT, end + 1, "percent", "percent", vague)
    if word == "percentage" and next_word in ("point", "points"):
        return _Amount(low, high, value, QuantityKind.PERCENT, end + 2, "point", "percentage points", vague)
    adjective, named = currency_adjective(tokens, end)
    after = tokens.get(named)
    if after in SUBUNITS if adjective else word in SUBUNITS:
        # "16 cents" is $0.16, so that it compares with "$0.16"; the figure as written stays 16.
        code = adjective or SUBUNITS[word]
        return _Amount(low / 100, high / 100, value, QuantityKind.MONEY, named + 1 if adjective else end + 1, code,
                       CURRENCY_NAMES[code], vague)
    if adjective and (after in ("peso", "pesos") or currency_word(after, tokens.get(named + 1), low)):
        # "5,000 Canadian dollars", "Swiss francs", "Mexican pesos": the adjective says whose currency.
        return _Amount(low, high, value, QuantityKind.MONEY, named + 1, adjective, CURRENCY_NAMES[adjective], vague)
    if word in ("pound", "pounds") and weighed(tokens, end):
        return _Amount(low, high, value, QuantityKind.COUNT, end + 1, "lb", word, vague)
    if code := currency_word(word, next_word, low):
        return _Amount(low, high, value, QuantityKind.MONEY, end + 1, code, CURRENCY_NAMES[code], vague)
    unit_word = next_word.split("-")[0] if hyphen else word
    unit = unit_word[:-1] if unit_word.endswith("s") and unit_word[:-1] in DAYS_PER else unit_word
    if unit in DAYS_PER:
        days = DAYS_PER[unit]
        thing = "centuries" if unit in ("century", "centuries") else unit + "s"
        return _Amount(low * days, high * days, value, QuantityKind.DURATION, end + (2 if hyphen else 1), "day",
                       thing, vague)
    # A measure keeps its figure as written and names its unit ("32 miles": 32 mi); relate() converts.
    if hyphen and (measure := hyphen_measure(next_word)):  # "a 20-mile drive", "a 1,700-square-mile area"
        return _Amount(low, high, value, QuantityKind.COUNT, end + 2, measure[0], measure[1], vague)
    if hyphen and (counted := hyphen_noun(next_word)):  # "the 30-seat council", "a 40-tone ringer"
        return _Amount(low, high, value, QuantityKind.COUNT, end + 2, "", counted, vague)
    if (measure := read_measure(tokens, end)) is not None:
        unit, stop = measure
        thing = tokens.text[tokens.starts[end] : tokens.ends[stop - 1]].lower()
        return _Amount(low, high, value, QuantityKind.COUNT, stop, unit, thing, vague)
    return _Amount(low, high, value, QuantityKind.COUNT, end, "", None, vague)


_TEMPERATURE_THINGS = {"°C": "degrees Celsius", "°F": "degrees Fahrenheit"}


def _index_by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Group phrases by their first word, keeping their order (longest-first priority)."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in grouped.items()}


# Every token is a possible start of a quantity: look qualifiers up by the token, not by scanning them all.
_QUALIFIERS_BY_FIRST_WORD = _index_by_first_word(_PREFIX_QUALIFIERS)


def _read_qualifier(tokens: Tokens, index: int) -> tuple[str, int]:
    """Read a bound-moving phrase before the number, as written, and the index after it."""
    for phrase in _QUALIFIERS_BY_FIRST_WORD.get(tokens.get(index), ()):
        if phrase == ("over",) and _is_particle(tokens, index):
            continue
        if phrase[0] in "<>≤≥" and (tokens.glued(index + 1) or tokens.glued(index) and tokens.get(
                index - 1).isalpha()):
            continue  # a sign is a word apart ("P < .01"); glued it is markup or a ticker ("<br> 5", "<0001.HK>")
        if phrase == ("top",) and tokens.get(index - 1) not in _BEFORE_A_VERB:
            continue  # "to top $500 billion", not "the top 1 percent"
        if phrase == ("estimated",) and (tokens.get(index - 1) in _AUXILIARIES or is_adverb(tokens.get(index - 1))):
            continue  # "the previously estimated 1.4%", "had estimated $12.8 billion": an earlier figure, as exact
        if tokens.matches(index, phrase):
            return " ".join(phrase), index + len(phrase)
    return "", index


def _is_particle(tokens: Tokens, index: int) -> bool:
    """Whether ``over`` belongs to a phrasal verb (``handed over seven``) rather than meaning "more than"."""
    before = tokens.get(index - 1)
    return before.endswith("ed") and before not in _MEASURING_PARTICIPLES or before in _PHRASAL_OVER


def _read_suffix_qualifier(tokens: Tokens, end: int) -> tuple[str, int]:
    """Read ``or more``, ``or so``, ``-plus`` or ``+`` after the number."""
    if tokens.get(end) == "or" and tokens.get(end + 1) in ("more", "so", "fewer", "less"):
        return "or " + tokens.get(end + 1), end + 2
    if tokens.get(end) == "-" and tokens.get(end + 1) == "plus" and tokens.glued(end) and tokens.glued(end + 1):
        return "plus", end + 2
    if tokens.get(end) == "+" and tokens.glued(end):
        return "+", end + 1
    return "", end


def _read_range_end(tokens: Tokens, first: _Amount, qualifier: str, start: int) -> _Amount | None:
    """Read the upper end of ``18 to 25``, ``10-12%``, ``between 10 and 12`` or ``two or three``."""
    joiner, second_at = tokens.get(first.end), first.end + 1
    if joiner == "-" and tokens.get(second_at) == "to":
        # "18-to-49-year-olds", "18- to 49-year-olds": a hyphened range whose unit comes once, at its end.
        joiner, second_at = "to", second_at + 1 + (tokens.get(second_at + 1) == "-")
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
        if first.written < second.written and second.unit in _TEMPERATURE_THINGS:
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
    return _Amount(low, second.high, None, second.kind, second.end, second.unit, second.thing)


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


def _money_scaled_once(tokens: Tokens, first: _Amount, second: _Amount) -> _Amount | None:
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
    return _Amount(first.written * scale, second.high, None, QuantityKind.MONEY, second.end, first.unit, first.thing)


def apply_qualifier(qualifier: str, low: float, high: float, *, integral: bool,
                    signed: bool = False) -> tuple[float, float]:
    """Move [low, high] by a qualifier: ``more than`` opens the top, ``about`` widens by 10%, ...; ``signed`` for a
    scale that runs below zero (a temperature), where ``below`` and ``up to`` have no floor."""
    role = QUALIFIERS.get(qualifier.lower(), "")
    step = 1.0 if integral and low.is_integer() and high.is_integer() else 0.0
    if role == "above":
        return (high + step if step else math.nextafter(high, math.inf)), math.inf
    if role == "just_above":  # "just over 1,000": above it, by no more than "nearly" falls short
        top = high * (1 + NEARLY_TOLERANCE) if high >= 0 else high * (1 - NEARLY_TOLERANCE)
        return (high + step, max(math.floor(top), high + step)) if step else (math.nextafter(high, math.inf), top)
    if role == "at_least":
        return low, math.inf
    # An amount is not negative, so "below 5" starts at 0; a figure at or under zero ("below -5") has no floor.
    if role == "below":
        return (0.0 if low > 0 and not signed else -math.inf), (low - step if step else math.nextafter(low, -math.inf))
    if role == "at_most":
        return (0.0 if high >= 0 and not signed else -math.inf), high
    if role == "nearly":  # close to N on the side of zero: [0.9 N, N], or [N, 0.9 N] below zero
        return (low * (1 - NEARLY_TOLERANCE), high) if low >= 0 else (low, high * (1 - NEARLY_TOLERANCE))
    if role == "about":  # widened by 10% of each end's size, on either side of zero
        return (low * (1 - APPROXIMATE_TOLERANCE) if low >= 0 else low * (1 + APPROXIMATE_TOLERANCE),
                high * (1 + APPROXIMATE_TOLERANCE) if high >= 0 else high * (1 - APPROXIMATE_TOLERANCE))
    return low, high


def precision_of(quantity: Quantity) -> float:
    """Return the unit of the last significant digit as written, in the quantity's units (``280`` -> 10).

    A temperature is read to the degree at least (``40C`` is not a rounding of 38C), and one written in Fahrenheit
    has its digit in Fahrenheit degrees, 5/9 of a Celsius one.
    """
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", quantity.text)
    written = digits.group().replace(",", "") if digits else ""
    number = float(written) if written else (quantity.value or 0.0)
    if "." in written:
        step = 10.0 ** -len(written.split(".")[1])
    elif quantity.unit in _TEMPERATURE_THINGS:
        step = 1.0
    else:
        integer, step = int(number), 1.0
        while integer and integer % 10 == 0:
            integer, step = integer // 10, step * 10
    if quantity.unit in _TEMPERATURE_THINGS:  # held in Celsius: the scale is the size of a degree as written
        return step * (5 / 9 if quantity.unit == "°F" else 1.0)
    scale = quantity.low / number if number else 1.0
    return step * abs(scale)


def is_bare(quantity: Quantity) -> bool:
    """Whether a figure is one value with no qualifier, so it agrees with another only up to its rounding."""
    return quantity.value is not None and not quantity.qualifier and quantity.low == quantity.high


def _rounding_tolerance(quantity: Quantity) -> float:
    """Half a unit of a bare figure's last significant digit, capped at ROUNDING_CAP of its value."""
    if not is_bare(quantity):
        return 0.0
    if quantity.unit in _TEMPERATURE_THINGS:
        return precision_of(quantity) / 2  # a temperature's zero is arbitrary: no cap by its size
    return min(precision_of(quantity) / 2, abs(quantity.low) * ROUNDING_CAP)


def relate(a: Quantity, b: Quantity) -> NumberStatus:
    """Relate two figures: SAME, COMPATIBLE (overlap or agreement after rounding) or CONFLICT.

    Measures in two units of one dimension are compared in a common unit.

    >>> status = lambda x, y: relate(extract_quantities(x)[0], extract_quantities(y)[0]).value
    >>> status("more than 90 percent", "90%"), status("$1.375 billion", "$1.4 billion"), status("1,000", "280")
    ('compatible', 'compatible', 'conflict')
    >>> status("52km away", "32 miles away"), status("52km away", "42 miles away")
    ('compatible', 'conflict')
    """
    converted = a.unit != b.unit
    a, b = in_common_units(a, b)
    overlap = a.low <= b.high and b.low <= a.high
    if _close(a.low, b.low) and _close(a.high, b.high):
        # Ends equal up to float noise but not touching (0 and 4e-258) are agreeing figures, not one figure.
        return NumberStatus.SAME if overlap else NumberStatus.COMPATIBLE
    if _written_range(a) and _written_range(b):
        # "between $4 and $11" / "between $3 and $11": each names its ends.  Ends converted from other units are
        # rounded ("between 30 and 80 pounds" / "between 14 and 36 kilograms").
        rounded = converted and all(abs(x - y) <= CONVERSION_TOLERANCE * max(abs(x), abs(y))
                                    for x, y in ((a.low, b.low), (a.high, b.high)))
        return NumberStatus.COMPATIBLE if rounded else NumberStatus.CONFLICT
    if _approximate(a) and _approximate(b):
        # "about $19 billion" / "about $21 billion": two roundings that overlap only at their edges are two
        # estimates that differ; each centre must lie within the other's width.
        centre_a, centre_b = (a.low + a.high) / 2, (b.low + b.high) / 2
        near = abs(centre_a - centre_b) <= APPROXIMATE_TOLERANCE * min(abs(centre_a), abs(centre_b))
        return NumberStatus.COMPATIBLE if near else NumberStatus.CONFLICT
    if overlap:
        return NumberStatus.COMPATIBLE
    widen_a, widen_b = _rounding_tolerance(a), _rounding_tolerance(b)
    # Strictly: 12 and 13 only touch at 12.5, and neither is a rounding of the other.
    if a.low - widen_a < b.high + widen_b and b.low - widen_b < a.high + widen_a:
        return NumberStatus.COMPATIBLE
    return NumberStatus.CONFLICT


def agreement_reach(quantity: Quantity) -> float:
    """How far beyond its interval a figure may agree with another: ``relate`` is not CONFLICT only when the two
    intervals (in common units: see ``in_common_units``), each widened by its reach, meet.  It lets a caller find
    the figures that may agree without relating every pair.

    It adds what each test of ``relate`` allows: the rounding of a bare figure, the rounding of a converted
    range's ends, the width of an estimate, and float noise; a figure with NaN ends conflicts with everything.

    >>> reach = lambda text: round(agreement_reach(extract_quantities(text)[0]), 3)
    >>> reach("618 people"), reach("600 people"), reach("about 600 people"), reach("between 4 and 11 miles")
    (0.5, 50.0, 66.0, 0.55)
    """
    size = max(abs(quantity.low), abs(quantity.high))
    reach = _rounding_tolerance(quantity) + 1e-9 * size + 1e-9
    if _written_range(quantity):
        reach += CONVERSION_TOLERANCE * size
    if _approximate(quantity):
        reach += APPROXIMATE_TOLERANCE * size
    return reach * (1 + 1e-6)  # and a margin for the rounding of the caller's sums


# Needed only for a figure with no value: compiled on first use (re's cache).
_TWO_FIGURES = r"\d[\d,.]*\s*(?:%|percent\b|[a-zA-Z]+\b)?\s*(?:-to-|to|and|-|\u2013)\s*\D{0,2}\d"


def _approximate(quantity: Quantity) -> bool:
    """Whether a figure is one value given as an estimate (``about 500``, ``an estimated 25``)."""
    return quantity.value is not None and QUALIFIERS.get(quantity.qualifier.lower()) == "about"


def _written_range(quantity: Quantity) -> bool:
    """Whether a figure is a range with both ends written in digits and no qualifier (``$4 to $11``, ``10-12%``):
    a claim about its ends, unlike ``about 25`` or ``dozens``."""
    return quantity.value is None and not quantity.qualifier and bool(re.search(_TWO_FIGURES, quantity.text))


def same_dimension(first: str, second: str) -> bool:
    """Whether two units measure one thing (``km`` and ``mi`` are lengths), so figures in them compare."""
    return first == second or first in UNIT_SIZES and second in UNIT_SIZES and UNIT_SIZES[first][0] == UNIT_SIZES[second][0]


def in_common_units(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """Return two figures with comparable intervals: measures in two units of one dimension (``52km``, ``32 miles``)
    converted to the dimension's base unit (metres, kilograms, ...); any other pair unchanged."""
    if a.unit == b.unit or not same_dimension(a.unit, b.unit):
        return a, b
    return in_base_units(a), in_base_units(b)


def in_base_units(quantity: Quantity) -> Quantity:
    """Return a measure in its dimension's base unit (``32 miles`` in metres); its unit must be in UNIT_SIZES."""
    size = UNIT_SIZES[quantity.unit][1]
    return Quantity(quantity.text, quantity.start, quantity.end, quantity.low * size, quantity.high * size,
                    quantity.kind, quantity.thing, quantity.qualifier, quantity.value, quantity.unit)


def _close(x: float, y: float) -> bool:
    if math.isinf(x) or math.isinf(y):
        return x == y
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)
