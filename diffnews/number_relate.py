"""Relate two figures by interval logic: SAME, COMPATIBLE or CONFLICT.

Internal to :mod:`diffnews.numbers`, which re-exports the public names.  A figure is an interval of values; a
qualifier moves its bounds (``apply_qualifier``), a bare figure agrees up to its rounding (``precision_of``),
and measures in two units of one dimension compare in a common unit.
"""

from __future__ import annotations

import math
import re

from diffnews.model import NumberStatus, Quantity
from diffnews.number_words import UNIT_SIZES

APPROXIMATE_TOLERANCE = 0.10
"""``about``/``some``/``roughly`` N allow N +- 10%: the width a writer's rounding usually hides."""
NEARLY_TOLERANCE = 0.10
"""``nearly``/``almost`` N allow [0.9 N, N]: close below, and N itself as the rounded figure."""
ROUNDING_CAP = 0.10
"""A bare figure's implicit precision (half its last digit) never exceeds 10% of its value."""
CONVERSION_TOLERANCE = 0.05
"""How far the ends of a range converted from another unit may be off, for the rounding of the conversion."""


QUALIFIERS = {
    **dict.fromkeys(("just over", "just above", "just more than", "slightly more than", "slightly over",
                     "slightly above", "a little over", "a little more than", "barely more than"), "just_above"),
    **dict.fromkeys(("more than", "over", "above", "upwards of", "in excess of", "exceeding", "greater than",
                     "well over", "north of", "exceed", "exceeds", "exceeded", "surpass", "surpasses",
                     "surpassed", "surpassing", "top", "tops", "topped", "topping", "past", ">"), "above"),
    **dict.fromkeys(("at least", "no fewer than", "no less than", "a minimum of", "or more", "plus", "+", "as low as",
                     "≥"), "at_least"),
    **dict.fromkeys(("fewer than", "less than", "under", "below", "well under", "<"), "below"),
    **dict.fromkeys(("up to", "as many as", "as much as", "as high as", "at most", "no more than", "a maximum of",
                     "not more than", "or fewer", "or less", "within", "≤"), "at_most"),
    **dict.fromkeys(("nearly", "almost", "close to", "just under", "just shy of", "approaching", "not quite",
                     "nears", "neared", "nearing", "approaches", "approached"),
                    "nearly"),
    **dict.fromkeys(("about", "around", "some", "roughly", "approximately", "an estimated", "estimated",
                     "circa", "or so", "more or less", "approx"), "about"),
    "between": "range",
}


TEMPERATURE_THINGS = {"°C": "degrees Celsius", "°F": "degrees Fahrenheit"}


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
    elif quantity.unit in TEMPERATURE_THINGS:
        step = 1.0
    else:
        integer, step = int(number), 1.0
        while integer and integer % 10 == 0:
            integer, step = integer // 10, step * 10
    if quantity.unit in TEMPERATURE_THINGS:  # held in Celsius: the scale is the size of a degree as written
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
    if quantity.unit in TEMPERATURE_THINGS:
        return precision_of(quantity) / 2  # a temperature's zero is arbitrary: no cap by its size
    return min(precision_of(quantity) / 2, abs(quantity.low) * ROUNDING_CAP)


def relate(a: Quantity, b: Quantity) -> NumberStatus:
    """Relate two figures: SAME, COMPATIBLE (overlap or agreement after rounding) or CONFLICT.

    Measures in two units of one dimension are compared in a common unit.

    >>> from diffnews.numbers import extract_quantities
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

    >>> from diffnews.numbers import extract_quantities
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
