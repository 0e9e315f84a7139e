"""Read figures that are points in time or odds, not amounts: dates, years, clock times and ``1 in 3``.

Internal to :mod:`diffnews.numbers`.
"""

from __future__ import annotations

import re

from diffnews.model import Quantity, QuantityKind
from diffnews.number_things import read_thing
from diffnews.number_vocabulary import (
    BOUNDARY, DETERMINERS, MONTHS, ORDINAL_WORDS, SCALES, TENS, UNITS, Tokens, is_plural, make_quantity,
)
from diffnews.number_words import is_code, read_number, slash_fraction

def parse_calendar(tokens: Tokens, index: int) -> tuple[Quantity, int] | None:
    """Recognise dates, clock times, years and ordinals, so they are never counted as amounts."""
    word, after = tokens.get(index), tokens.get(index + 1)
    if word in MONTHS and (word != "may" or tokens.starts and tokens.text[tokens.starts[index]].isupper()):
        end = index + 1 + (after == "." and tokens.glued(index + 1))
        day = tokens.get(end)
        if day.isdecimal() and 1 <= int(day) <= 31 and not is_code(tokens, end):
            end += 1 + (tokens.get(end + 1) in ("st", "nd", "rd", "th") and tokens.glued(end + 1))
            last = tokens.get(end + 1)
            if (tokens.get(end) in ("and", "to") and tokens.get(index - 1) in ("between", "from")
                    and last.isdecimal() and int(day) < int(last) <= 31):
                end += 2  # "between Oct. 10 and 17": the second day is a date too, not a count
            year = tokens.get(end + 1) if tokens.get(end) == "," else ""
            end += 2 if len(year) == 4 and year.isdecimal() else 0
            value = MONTHS[word] * 100 + int(day)
            return make_quantity(tokens, index, end, value, value, QuantityKind.DATE, value=value)
        if len(day) == 4 and day.isdecimal():
            value = int(day) * 100 + MONTHS[word]
            return make_quantity(tokens, index, end + 1, value, value, QuantityKind.DATE, value=value)
        return None
    if (dotted := _DOTTED_CLOCK.match(word)) and after in _CLOCK_MARKERS and 1 <= int(dotted.group(1)) <= 12:
        # "about 10.40 a.m.", "at 9.15pm": a time written the British way, with a point, is no decimal amount.
        value = _minutes(int(dotted.group(1)), int(dotted.group(2)), after)
        return make_quantity(tokens, index, index + 2, value, value, QuantityKind.TIME, value=value)
    if not word.isdecimal():
        parts = word.split("-")
        if len(parts) == 2 and parts[0] in ORDINAL_WORDS and parts[1].endswith("est"):
            parts = parts[:1]  # a rank among superlatives: "third-largest", "second-biggest"
        if parts[-1] in ORDINAL_WORDS and (len(parts) == 1 or len(parts) == 2 and parts[0] in TENS):
            if word == "second" and tokens.get(index - 1) not in DETERMINERS:
                return None
            value = ORDINAL_WORDS[parts[-1]] + (TENS[parts[0]] if len(parts) == 2 else 0)
            return make_quantity(tokens, index, index + 1, value, value, QuantityKind.ORDINAL, value=value,
                                 thing=read_thing(tokens, index + 1, True))
        return None
    number = int(word)
    if tokens.glued(index + 1) and after in ("st", "nd", "rd", "th"):
        return make_quantity(tokens, index, index + 2, number, number, QuantityKind.ORDINAL, value=number,
                             thing=read_thing(tokens, index + 2, True))
    glued_pair = tokens.glued(index + 1) and tokens.glued(index + 2)
    if after in (":", "/") and glued_pair and tokens.get(index + 2).isdecimal() and slash_fraction(
            tokens, index) is None:
        end = index + 3
        if after == ":":
            marker = tokens.get(end) if tokens.get(end) in _CLOCK_MARKERS else ""
            end += bool(marker)
            value = _minutes(number, int(tokens.get(index + 2)), marker)
            return make_quantity(tokens, index, end, value, value, QuantityKind.TIME, value=value)
        if tokens.get(end) == "/" and tokens.glued(end) and tokens.get(end + 1).isdecimal():
            end += 2
        value = number * 100 + int(tokens.get(index + 2))
        return make_quantity(tokens, index, end, value, value, QuantityKind.DATE, value=value)
    if after in _CLOCK_MARKERS and number <= 12:
        value = _minutes(number, 0, after)
        return make_quantity(tokens, index, index + 2, value, value, QuantityKind.TIME, value=value)
    if tokens.get(index - 1) in MONTHS or after in MONTHS and 1 <= number <= 31:
        if after in MONTHS:
            end = index + 2 + (tokens.get(index + 2).isdecimal() and len(tokens.get(index + 2)) == 4)
            value = MONTHS[after] * 100 + number
            return make_quantity(tokens, index, end, value, value, QuantityKind.DATE, value=value)
    if len(word) == 4 and 1000 <= number <= 2099:
        if after == "m" and tokens.glued(index + 1):
            return None  # "the 1500m": a distance (or millions), never a year
        if after == "s" and tokens.glued(index + 1):
            return make_quantity(tokens, index, index + 2, number, number + 9, QuantityKind.YEAR, value=number)
        next_word = tokens.get(index + 1)
        # Counts written without a thousands comma are round (``1500 troops``); ``1990 levels`` is a year.
        if not (is_plural(next_word) and next_word not in BOUNDARY and tokens.get(index - 1) != "the"
                and number % 50 == 0):
            return make_quantity(tokens, index, index + 1, number, number, QuantityKind.YEAR, value=number)
    return None


_YEAR = re.compile(r"(1[0-9]|20|21)\d\d$")
"""Four digits a year may be written with (1000-2199), unlike a denominator written ``1,000``."""


def parse_ratio(tokens: Tokens, index: int) -> tuple[Quantity, int] | None:
    """Read ``1 in 3``, ``one-in-three`` and ``2 out of 3`` as a percent."""
    if tokens.get(index + 1) not in ("in", "out") and "-in-" not in tokens.get(index):
        return None  # every token is tried: leave the common case before reading any number
    parts = tokens.get(index).split("-")
    if len(parts) == 3 and parts[1] == "in" and all(p in UNITS or p in TENS for p in parts[::2]):
        numerator, denominator = (UNITS.get(p) or TENS.get(p, 0) for p in parts[::2])
        end = index + 1
    else:
        first = read_number(tokens, index) or ((1.0, index + 1) if tokens.get(index) == "one" else None)
        if first is None or first[1] != index + 1:
            return None
        joiner = (tokens.get(index + 1),) if tokens.get(index + 1) == "in" else (tokens.get(index + 1), "of")
        if joiner not in (("in",), ("out", "of")) or not tokens.matches(index + 1, joiner):
            return None
        at = index + 1 + len(joiner)
        second = read_number(tokens, at)
        # One token, or one with its scale words: odds of "1 in 292.2 million", "1 in 300,000".
        if second is None or second[1] != at + 1 and not all(tokens.get(k) in SCALES for k in range(at + 1, second[1])):
            return None
        if _YEAR.match(tokens.get(at)) and second[1] == at + 1:
            return None  # "won 3 in 2016": a year, not a denominator
        numerator, denominator, end = first[0], second[0], second[1]
    if not 0 < numerator < denominator or tokens.get(end) in MONTHS:
        return None
    # Six decimals keep "1 in 3" comparable with 33.3%; long odds ("1 in 300,000") keep six significant figures.
    share = 100 * numerator / denominator
    percent = round(share, 6) if share >= 1 else float(f"{share:.6g}")
    return make_quantity(tokens, index, end, percent, percent, QuantityKind.PERCENT, value=percent, unit="percent",
                         thing=read_thing(tokens, end, True) or "percent")


_CLOCK_MARKERS = frozenset(("a.m.", "p.m.", "am", "pm"))
_DOTTED_CLOCK = re.compile(r"(\d{1,2})\.([0-5]\d)$")
"""An hour and its minutes joined by a point (``10.40``), read as a time only before a.m. or p.m."""


def _minutes(hour: int, minute: int, marker: str) -> int:
    """Minutes after midnight of a clock time: 3 p.m. is 900, 12 a.m. is 0, 12 p.m. is noon."""
    if marker in ("p.m.", "pm") and hour < 12:
        hour += 12
    elif marker in ("a.m.", "am") and hour == 12:
        hour = 0
    return hour * 60 + minute
