"""Spans and counts a figure's words give: ages (``aged 16``, ``adults over 65``), hyphened counts (``two-hour``,
``five-member``) and amounts led by an article (``half a million``, ``nearly a decade``).

Internal to :mod:`diffnews.numbers`; split from :mod:`diffnews.number_shapes`, which re-exports these readers.

>>> from diffnews.number_words import Tokens
>>> read_hyphen_count(Tokens("a five-member panel"), 1), read_article(Tokens("nearly a decade"), 1, qualified=True)
((5.0, 'members'), (1.0, 2, False))
"""

from __future__ import annotations

from diffnews.number_words import BOUNDARY, DAYS_PER, FRACTIONS, SCALES, TENS, UNITS, WORDLIKE, Tokens, is_plural

PEOPLE_NOUNS = frozenset("people persons adults children kids patients women men girls boys residents citizens voters "
                         "those anyone everyone individuals seniors pensioners workers employees person adult child "
                         "kid patient woman man girl boy resident citizen voter individual senior pensioner".split())
"""Nouns for people: ``adults over 65``, ``children under five`` give an age, not a count."""

_AGE_VERBS = frozenset("turned turns turning".split())
"""Verbs a bare figure after which is an age: ``after he turned 94,``."""


def age_interval(tokens: Tokens, index: int, end: int, qualifier: str, thing: str, low: float,
                 high: float) -> tuple[float, float] | None:
    """Return the count from ``index`` to ``end`` as an age in days if it is one: ``aged 16``, ``adults over 65``."""
    if low > 120 or tokens.get(end) in SCALES:
        return None
    position = index - 1
    while tokens.get(position) in (",", "and", "or") or tokens.get(position).isdecimal():
        position -= 1  # back over a list of ages to ``aged``
    after = tokens.get(end)
    closed = after in (",", ".", ";", ")", "") and not thing
    # "at age 44 of cancer", "girls age 14 and younger": "age" after "at" or a people noun names an age whatever follows
    at_age = tokens.get(index - 1) == "age" and (tokens.get(index - 2) in ("at", "of")
                                               or tokens.get(index - 2) in PEOPLE_NOUNS)
    if tokens.get(position) in ("aged", "ages") or at_age or (closed and (
            tokens.get(index - 1) in _AGE_VERBS
            or tokens.matches(index - 2, ("age", "of"))
            or tokens.get(index - 1) in ("was", "is") and tokens.get(index - 2) == "who")) or (
            qualifier.lower() in ("over", "under", "above", "below") and not is_plural(thing.rsplit(" ", 1)[-1])
            and tokens.get(index - 1) in PEOPLE_NOUNS) or (  # "adults over 50 smoke", not "adults over 50 nations"
            not qualifier and low < high and closed and tokens.get(index - 1) in PEOPLE_NOUNS):  # "people 18 to 24,"
        years = DAYS_PER["year"]
        return low * years, high * years
    return None


def read_hyphen_unit(tokens: Tokens, index: int) -> tuple[float, str] | None:
    """Read a number word joined to a time unit in one token (``two-hour``, ``five-year-old``) as (value, unit)."""
    parts = tokens.get(index).split("-")
    value, count = _hyphened_number(parts)
    if count == 0 or parts[count] not in DAYS_PER:
        return None
    return float(value), parts[count]


def _hyphened_number(parts: list[str]) -> tuple[int, int]:
    """Read the number words that open a hyphened token's parts (``twenty-one-gun``): (value, parts read).

    At most two parts, and two only as tens plus units; nothing is read when the token is only a number.
    """
    value, count = 0, 0
    while count < min(2, len(parts) - 1) and (parts[count] in UNITS or parts[count] in TENS):
        value += UNITS.get(parts[count], 0) + TENS.get(parts[count], 0)
        count += 1
    return (0, 0) if count == 2 and parts[0] not in TENS else (value, count)


_NOT_COUNTED = frozenset({"and", "to", "of", "or", "by", "for", "in", "on", "fold", "odd", "plus", "way"})
"""Words after ``two-`` that do not name what is counted: ``two-and-a-half``, ``two-to-one``, ``three-fold``,
``two-way``."""


def read_hyphen_count(tokens: Tokens, index: int) -> tuple[float, str] | None:
    """Read a number word joined to a noun in one token (``two-term``, ``five-member``) as (value, plural noun).

    ``one-`` is left alone: ``one-time``, ``one-sided`` and ``one-off`` are idioms more often than counts.
    """
    parts = tokens.get(index).split("-")
    value, count = _hyphened_number(parts)
    if value < 2 or count != len(parts) - 1:
        return None
    noun = hyphen_noun(parts[count])
    return (float(value), noun) if noun else None


def hyphen_noun(word: str) -> str:
    """Return the plural of the noun a figure is hyphened to (``member`` in ``five-member``), or ``""``."""
    noun = word.split("-")[0]
    if len(noun) < 3 or not noun.isalpha() or noun in _NOT_COUNTED or noun in UNITS or noun in TENS or noun in FRACTIONS:
        return ""
    if noun.endswith("s"):
        return noun
    if noun.endswith(("ch", "sh", "x", "z")):
        return noun + "es"  # "two-match ban": matches
    if noun[-1] == "y" and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"  # "three-party coalition": parties
    return noun + "s"


_TIME_DISTANCE = frozenset({"ago", "later", "earlier"})
"""Words after ``a week`` that make it a span of time: ``a week ago``, ``a year later``."""
_COMPARISON_PERIODS = frozenset({"year", "quarter"})
"""``a year ago``, ``a year earlier``, ``a quarter earlier`` name the period a report compares with (as
``year-ago`` does), a point in time rather than an amount; ``a week ago`` dates an event and stays a span."""


def is_percentage_point(tokens: Tokens, index: int) -> bool:
    """Whether ``percentage point`` (or ``points``) starts at index: after an article always an amount."""
    return tokens.get(index) == "percentage" and tokens.get(index + 1) in ("point", "points")


_RECORDS = frozenset(
    "first highest lowest biggest largest smallest worst best strongest weakest fastest slowest steepest sharpest "
    "deepest widest narrowest busiest heaviest longest shortest most least".split())
"""Words that make ``in a decade`` after them the span a record holds over: "the lowest level in a decade"."""
_RECORD_REACH = 6


def _record_span(tokens: Tokens, article: int) -> bool:
    """Whether ``in a <unit>`` at ``article`` is the span a record holds over ("the first time in a decade",
    "its biggest drop in a year"), not a moment ("in a week's time")."""
    return tokens.get(article - 1) == "in" and tokens.get(article + 2) != "'s" and any(
        tokens.get(k) in _RECORDS for k in range(article - 1 - _RECORD_REACH, article - 1))


def _time_distance(tokens: Tokens, unit: int) -> bool:
    """Whether the time unit at ``unit`` (after an article) is followed by a word that makes it a span of time."""
    after = tokens.get(unit + 1)
    return after in _TIME_DISTANCE and not (after != "later" and tokens.get(unit) in _COMPARISON_PERIODS)


_STILL_A_SPAN = frozenset("longer sooner".split())
"""Comparatives after ``a second`` that keep it a span of time: "a second longer"."""


def is_ordinal_second(tokens: Tokens, index: int) -> bool:
    """Whether ``second`` at ``index`` (after an article) is the ordinal of a noun phrase, not a span of time: a
    word that opens one follows ("for a second week in a row", "a second straight quarter", "a second time").
    A span is followed by a function word or punctuation ("for a second before", "a second later", "a second,")."""
    after = tokens.get(index + 1)
    return bool(WORDLIKE.match(after)) and after not in BOUNDARY and after not in _STILL_A_SPAN and not tokens.glued(
        index + 1)


def read_article(tokens: Tokens, index: int, *, qualified: bool) -> tuple[float, int, bool] | None:
    """Read ``half a`` or (when a qualifier, ``for``, ``within``, ``ago`` or ``later`` says it is an amount) ``a``
    before a unit or scale word.

    Returns the value, the index of the unit (past a scale word) and whether a scale word was read;
    ``a man`` alone is not a quantity.
    """
    value, position = 1.0, index
    if tokens.get(index) == "half" and tokens.get(index + 1) in ("a", "an"):
        value, position = 0.5, index + 1
    elif tokens.get(index) in ("a", "an") and tokens.get(index + 1) == "half" and tokens.get(index + 2) in DAYS_PER:
        value, position = 0.5, index + 1  # "a half century"
    elif tokens.get(index) not in ("a", "an"):
        return None
    else:
        position += tokens.get(index + 1) == "full"  # "nearly a full percentage point"
        if not (qualified or tokens.get(index - 1) in ("for", "within") or _time_distance(tokens, position + 1)
                or is_percentage_point(tokens, position + 1) or _record_span(tokens, index)):
            return None
    unit = tokens.get(position + 1)
    if unit == "second" and is_ordinal_second(tokens, position + 1):
        return None
    if value == 0.5 and unit in SCALES:  # "a million" is read as a number already; "half a million" is not
        return value * SCALES[unit], position + 2, True
    if unit in DAYS_PER or unit == "percentage" or (value == 0.5 and unit == "percent"):
        return value, position + 1, False
    return None
