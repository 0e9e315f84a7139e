"""The parts of an amount around its number: qualifier phrases before and after it, the unit after it.

Internal to :mod:`diffnews.numbers`: ``read_qualifier`` reads ``more than``, ``read_suffix_qualifier`` reads
``or more``; ``with_unit`` attaches a percent sign, currency, time unit or measure; ``read_fraction`` and
``read_article_amount`` read shares and amounts whose figure is a word (``two-thirds of``, ``half a million``).
"""

from __future__ import annotations

from typing import NamedTuple

from diffnews.model import QuantityKind
from diffnews.number_marks import read_basis_points, read_fraction_point, read_temperature, to_celsius
from diffnews.number_relate import QUALIFIERS, TEMPERATURE_THINGS
from diffnews.number_shapes import hyphen_noun, is_percentage_point, read_article
from diffnews.number_words import (
    CURRENCY_NAMES, CURRENCY_WORDS, DAYS_PER, FRACTIONS, GLUED_SUBUNITS, SUBUNITS, UNITS, VULGAR_FRACTIONS, Tokens,
    currency_adjective, currency_word, hyphen_measure, is_adverb, is_bare_share, read_measure, read_thing,
    slash_fraction, weighed,
)

PREFIX_QUALIFIERS = sorted((tuple(q.split()) for q in QUALIFIERS if q not in ("or more", "or so", "plus", "+",
                            "or fewer", "or less", "more or less")), key=len, reverse=True)


_AUXILIARIES = frozenset("had has have was were is are be been being earlier first".split())
"""Words before ``estimated`` that make it a verb of an earlier or other report, not ``an estimated`` (about)."""
_BEFORE_A_PERIOD = frozenset("the this these that those its their his her our my your last half quarter".split())
"""Words before ``past`` that make it a period (``the past 10 years``) or a time (``half past 3``), not a bound."""
_MEASURING_PARTICIPLES = frozenset("aged priced valued rated estimated".split())
"""Participles a figure measures, so ``over`` after them means "more than": ``adults aged over 65``."""
_PHRASAL_OVER = frozenset("take takes took taken taking hand hands handing turn turns turning won".split())


_MULTIPLE_AFTER = frozenset("the as its their his her our what more higher larger greater bigger faster longer lower "
                            "smaller fewer less".split())
"""Words after ``N times`` that make it a multiple ("three times the average", "10 times higher"); not "that" or
"this", which mostly start a time ("20 times that day")."""
_HYPHENED_PERCENT = frozenset(["percent", "per-cent", "pct"])
"""Percent words a figure may be hyphened to."""
BEFORE_A_VERB = frozenset("to will would could can may might should must did does do not".split())


class Amount(NamedTuple):
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


def read_article_amount(tokens: Tokens, index: int, *, qualified: bool) -> Amount | None:
    """Read ``half a percentage point``, ``half a million``, ``nearly a decade``: an article as the figure; and
    fractions of a point in words (``a quarter point``, ``half-point``, ``quarter-percentage point``)."""
    if (point := read_fraction_point(tokens, index)) is not None:
        share, stop, percentage = point
        if percentage:
            return Amount(share, share, share, QuantityKind.PERCENT, stop, "point", "percentage points", False, share)
        return Amount(share, share, share, QuantityKind.COUNT, stop, "", "points", False, share)
    glued = index + 1 if tokens.get(index) in ("a", "an") else index
    fraction, _, unit = tokens.get(glued).partition("-")
    if fraction == "half" and unit in DAYS_PER and unit != "year":
        # "a half-century ago", "the past half-hour"; a "half-year" is mostly a reporting period.
        days = DAYS_PER[unit] / 2
        thing = "centuries" if unit == "century" else unit + "s"
        return Amount(days, days, 0.5, QuantityKind.DURATION, glued + 1, "day", thing, False)
    article = read_article(tokens, index, qualified=qualified)
    if article is None:
        return None
    value, end, scaled = article
    amount = with_unit(tokens, value, value, value, end, "", False)
    return replace_written(amount, value) if scaled or amount.kind is not QuantityKind.COUNT else None


def replace_written(amount: Amount, written: float | None) -> Amount:
    return Amount(amount.low, amount.high, amount.value, amount.kind, amount.end, amount.unit, amount.thing,
                   amount.vague, written)


def read_fraction(tokens: Tokens, index: int) -> Amount | None:
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
        return Amount(share, share, share, QuantityKind.PERCENT, end + 4, "point", "percentage points", False)
    if tokens.get(end) != "of" and not is_bare_share(tokens, index, end):
        return None
    percent = round(share * 100, 6)
    return Amount(percent, percent, percent, QuantityKind.PERCENT, end, "percent",
                   thing=read_thing(tokens, end, False) or "percent")


def with_unit(tokens: Tokens, low: float, high: float, value: float | None, end: int, currency: str,
               vague: bool) -> Amount:
    """Attach what follows the number: percent sign or word, currency word, time unit."""
    word, next_word = tokens.get(end), tokens.get(end + 1)
    if vague and word == "of" and (next_word in CURRENCY_WORDS or next_word[:-1] in CURRENCY_WORDS):
        currency, end = CURRENCY_WORDS.get(next_word) or CURRENCY_WORDS[next_word[:-1]], end + 2
    if not currency and (temperature := read_temperature(tokens, end)) is not None:
        # Held in degrees Celsius, so "40C" meets "104F"; the unit names the scale written.
        unit, stop = temperature
        return Amount(to_celsius(low, unit), to_celsius(high, unit), value, QuantityKind.COUNT, stop, unit,
                       TEMPERATURE_THINGS[unit], vague)
    if word in GLUED_SUBUNITS and tokens.glued(end) and not (tokens.glued(end + 1) and next_word[:1].isalnum()):
        code = currency or GLUED_SUBUNITS[word]  # "75c a share", "50p", "NZ75c"
        return Amount(low / 100, high / 100, value, QuantityKind.MONEY, end + 1, code, CURRENCY_NAMES[code], vague)
    if currency:
        return Amount(low, high, value, QuantityKind.MONEY, end, currency, CURRENCY_NAMES[currency], vague)
    if (stop := read_basis_points(tokens, end)) is not None:
        # "25 basis points" is a quarter of a percentage point, as "16 cents" is $0.16; the figure as written stays 25.
        return Amount(low / 100, high / 100, value, QuantityKind.PERCENT, stop, "point", "basis points", vague)
    hyphen = word == "-" and tokens.glued(end) and tokens.glued(end + 1)
    if hyphen and next_word in _HYPHENED_PERCENT:
        word, end = "%", end + 1  # "a 15-percent cut", "a 15-per-cent reduction"
    if hyphen and next_word.startswith("percentage-point"):
        return Amount(low, high, value, QuantityKind.PERCENT, end + 2, "point", "percentage points", vague)
    if word == "%" or word in ("percent", "pct", "pc") or (word == "per" and next_word == "cent"):
        end += 2 if word == "per" else 1
        if tokens.get(end) in ("point", "points") or (word == "percentage" and next_word in ("point", "points")):
            end += 1
        thing = read_thing(tokens, end, False) if tokens.get(end) == "of" else "percent"
        return Amount(low, high, value, QuantityKind.PERCENT, end, "percent", thing or "percent", vague)
    if word == "times" and next_word in _MULTIPLE_AFTER:
        # "three times the daily average", "five times as many", "10 times higher": a multiple, as "twice" is.
        return Amount(low * 100, high * 100, value, QuantityKind.PERCENT, end + 1, "percent", "percent", vague)
    if word == "percentage" and next_word in ("point", "points"):
        return Amount(low, high, value, QuantityKind.PERCENT, end + 2, "point", "percentage points", vague)
    adjective, named = currency_adjective(tokens, end)
    after = tokens.get(named)
    if after in SUBUNITS if adjective else word in SUBUNITS:
        # "16 cents" is $0.16, so that it compares with "$0.16"; the figure as written stays 16.
        code = adjective or SUBUNITS[word]
        return Amount(low / 100, high / 100, value, QuantityKind.MONEY, named + 1 if adjective else end + 1, code,
                       CURRENCY_NAMES[code], vague)
    if adjective and (after in ("peso", "pesos") or currency_word(after, tokens.get(named + 1), low)):
        # "5,000 Canadian dollars", "Swiss francs", "Mexican pesos": the adjective says whose currency.
        return Amount(low, high, value, QuantityKind.MONEY, named + 1, adjective, CURRENCY_NAMES[adjective], vague)
    if word in ("pound", "pounds") and weighed(tokens, end):
        return Amount(low, high, value, QuantityKind.COUNT, end + 1, "lb", word, vague)
    if code := currency_word(word, next_word, low):
        return Amount(low, high, value, QuantityKind.MONEY, end + 1, code, CURRENCY_NAMES[code], vague)
    unit_word = next_word.split("-")[0] if hyphen else word
    unit = unit_word[:-1] if unit_word.endswith("s") and unit_word[:-1] in DAYS_PER else unit_word
    if unit in DAYS_PER:
        days = DAYS_PER[unit]
        thing = "centuries" if unit in ("century", "centuries") else unit + "s"
        return Amount(low * days, high * days, value, QuantityKind.DURATION, end + (2 if hyphen else 1), "day",
                       thing, vague)
    # A measure keeps its figure as written and names its unit ("32 miles": 32 mi); relate() converts.
    if hyphen and (measure := hyphen_measure(next_word)):  # "a 20-mile drive", "a 1,700-square-mile area"
        return Amount(low, high, value, QuantityKind.COUNT, end + 2, measure[0], measure[1], vague)
    if hyphen and (counted := hyphen_noun(next_word)):  # "the 30-seat council", "a 40-tone ringer"
        return Amount(low, high, value, QuantityKind.COUNT, end + 2, "", counted, vague)
    if (measure := read_measure(tokens, end)) is not None:
        unit, stop = measure
        thing = tokens.text[tokens.starts[end] : tokens.ends[stop - 1]].lower()
        return Amount(low, high, value, QuantityKind.COUNT, stop, unit, thing, vague)
    return Amount(low, high, value, QuantityKind.COUNT, end, "", None, vague)


def _index_by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Group phrases by their first word, keeping their order (longest-first priority)."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in grouped.items()}


# Every token is a possible start of a quantity: look qualifiers up by the token, not by scanning them all.
_QUALIFIERS_BY_FIRST_WORD = _index_by_first_word(PREFIX_QUALIFIERS)


def read_qualifier(tokens: Tokens, index: int) -> tuple[str, int]:
    """Read a bound-moving phrase before the number, as written, and the index after it."""
    for phrase in _QUALIFIERS_BY_FIRST_WORD.get(tokens.get(index), ()):
        if phrase == ("over",) and _is_particle(tokens, index):
            continue
        if phrase[0] in "<>≤≥" and (tokens.glued(index + 1) or tokens.glued(index) and tokens.get(
                index - 1).isalpha()):
            continue  # a sign is a word apart ("P < .01"); glued it is markup or a ticker ("<br> 5", "<0001.HK>")
        if phrase == ("top",) and tokens.get(index - 1) not in BEFORE_A_VERB:
            continue  # "to top $500 billion", not "the top 1 percent"
        before = tokens.get(index - 1).lower()
        if phrase == ("past",) and (before in _BEFORE_A_PERIOD or before.endswith("'s")):
            continue  # "the past 10 years", "half past 3": a period or a time, not "climbed past 9,400"
        if phrase == ("estimated",) and (tokens.get(index - 1) in _AUXILIARIES or is_adverb(tokens.get(index - 1))):
            continue  # "the previously estimated 1.4%", "had estimated $12.8 billion": an earlier figure, as exact
        if tokens.matches(index, phrase):
            return " ".join(phrase), index + len(phrase)
    return "", index


def _is_particle(tokens: Tokens, index: int) -> bool:
    """Whether ``over`` belongs to a phrasal verb (``handed over seven``) rather than meaning "more than"."""
    before = tokens.get(index - 1)
    return before.endswith("ed") and before not in _MEASURING_PARTICIPLES or before in _PHRASAL_OVER


def read_suffix_qualifier(tokens: Tokens, end: int) -> tuple[str, int]:
    """Read ``or more``, ``or so``, ``-plus`` or ``+`` after the number."""
    if tokens.get(end) == "or" and tokens.get(end + 1) in ("more", "so", "fewer", "less"):
        return "or " + tokens.get(end + 1), end + 2
    if tokens.get(end) == "-" and tokens.get(end + 1) == "plus" and tokens.glued(end) and tokens.glued(end + 1):
        return "plus", end + 2
    if tokens.get(end) == "+" and tokens.glued(end):
        return "+", end + 1
    return "", end
