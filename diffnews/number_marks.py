"""Marks around a figure that change its value: a minus sign or the word ``minus``, a temperature scale, basis
points and fractions of a point.

Internal to :mod:`diffnews.numbers`.  A hyphen is mostly not a sign in news text: it joins a range (``10-12``),
a score (``2-1``) or a name (``Covid-19``, ``F-16``), so a sign is read only where nothing is glued before it.
A temperature names its scale after the figure (``40C``, ``104°F``, ``40 degrees Celsius``); bare ``degrees``
names none, so it stays a count of degrees.

>>> from diffnews.number_words import Tokens
>>> [is_minus(Tokens(text), 2) for text in ("fell to -12 degrees", "rose 10-12 points", "plus or minus 4")]
[True, False, False]
>>> [read_temperature(Tokens(text), 1) for text in ("40C heat", "104 degrees Fahrenheit", "75c a share")]
[('°C', 2), ('°F', 3), None]
>>> read_basis_points(Tokens("cut 25 basis points"), 2), read_fraction_point(Tokens("a quarter-percentage point"), 0)
(4, (0.25, 3, True))
"""

from __future__ import annotations

from diffnews.number_shapes import is_identifier, is_label
from diffnews.number_words import DIGITS, SIGN_OPENERS, TENS, UNITS, Tokens, is_scale_letter

def is_minus(tokens: Tokens, index: int) -> bool:
    """Whether token ``index`` makes the figure right after it negative: a minus sign glued to its digits and to
    nothing before (``-12 degrees``, ``(-1.66F)``; the Unicode minus is folded to ``-`` before tokenizing), or the
    word ``minus`` before a figure (``minus 15C``), except in a margin (``plus or minus 4 points``)."""
    word, after = tokens.get(index), tokens.get(index + 1)
    if word == "-":
        before = tokens.get(index - 1)
        # "10 -12" is a range written loosely, as "10-12" is one (the range reader takes it from the first figure);
        # "COVID -19", "MiG -29" are names written loosely.
        named = index > 1 and before[:1].isalpha() and tokens.text[tokens.starts[index - 1]].isupper()
        return (tokens.glued(index + 1) and DIGITS.match(after) is not None and not before[:1].isdigit()
                and not named and (not tokens.glued(index) or before in SIGN_OPENERS))
    if word != "minus" or not (after[:1].isdigit() or after.split("-")[0] in UNITS or after.split("-")[0] in TENS):
        return False
    return not (tokens.get(index - 1) in ("plus", "+") or tokens.matches(index - 2, ("plus", "or")))


TEMPERATURE_WORDS = {"celsius": "°C", "centigrade": "°C", "fahrenheit": "°F", "c": "°C", "f": "°F",
                     "\u2103": "°C", "\u2109": "°F"}
"""Scale names after a figure or ``degrees``; the letters count only as capitals (``40C``), and ``℃``/``℉`` are
single characters."""
_DEGREE_SIGNS = frozenset(("°", "\u00ba"))
"""The degree sign, and the masculine ordinal that keyboards put in its place (``40ºC``)."""
_DEGREE_WORDS = frozenset(("degrees", "degree", "deg"))


def read_temperature(tokens: Tokens, index: int) -> tuple[str, int] | None:
    """Read the temperature scale after a figure, at token ``index``: ``°C``, ``C`` glued to the figure (or alone
    before a lowercase word or the end: ``-18.7 C in``), ``degrees Celsius``, ``degrees F``, ``Fahrenheit``.
    Returns the unit (``°C`` or ``°F``) and the index after it; ``room 12C`` names a room."""
    word = tokens.get(index)
    if word in _DEGREE_SIGNS or word in _DEGREE_WORDS:
        scale = index + 1
        letter = tokens.get(scale)
        if letter in ("c", "f") and not is_scale_letter(tokens, scale):
            return None
        unit = TEMPERATURE_WORDS.get(letter)
        return (unit, scale + 1) if unit else None
    if word in ("c", "f"):
        number, after = index - 1, index + 1
        if not is_scale_letter(tokens, index) or is_label(tokens, number):
            return None  # "room 12C" names a room
        # A letter after a name's number ("Intel 4F"), or standing apart ("Apollo 11 C", "3 F grades"), is a
        # scale only where the sentence speaks of the weather ("temperatures falling to -18.7 C").
        if (not tokens.glued(index) or is_identifier(tokens, number)) and not _speaks_of_weather(tokens):
            return None
        if not tokens.glued(index) and after < len(tokens) and (
                tokens.get(after)[:1].isdigit() or tokens.text[tokens.starts[after]].isupper()):
            return None  # spaced, a capital letter before a name or a figure is an initial or a label
        return TEMPERATURE_WORDS[word], after
    unit = TEMPERATURE_WORDS.get(word)
    return (unit, index + 1) if unit else None


WEATHER_WORDS = frozenset(
    "temperature temperatures degree degrees thermometer mercury weather forecast forecasters heat heatwave hot "
    "hotter hottest warm warmer warmest warming cold colder coldest cool cooler coolest freezing frost chill highs "
    "lows".split())
"""General words of weather and temperature: a sentence with one of them may write a scale as a lone letter."""


def _speaks_of_weather(tokens: Tokens) -> bool:
    return any(word in WEATHER_WORDS for word in tokens.lower)


def to_celsius(value: float, unit: str) -> float:
    """Return a temperature written in ``unit`` (``°C`` or ``°F``) in degrees Celsius."""
    # Rounded past float noise, so that -1.66F is -18.7C exactly, as its writer meant.
    return round((value - 32) * 5 / 9, 9) if unit == "°F" else value


def from_celsius(value: float, unit: str) -> float:
    """Return a temperature held in degrees Celsius in the scale ``unit`` it was written in."""
    return value * 9 / 5 + 32 if unit == "°F" else value


_POINTS = ("point", "points")


def read_basis_points(tokens: Tokens, index: int) -> int | None:
    """Read basis points after a figure, at token ``index`` (``25 basis points``, ``a 50 basis point cut``,
    ``25-basis-point``, ``25bp``, ``25 bps``), and return the index after them.  ``BP`` apart from the figure is
    the oil company, so capitals count only glued to it."""
    if tokens.get(index) == "-" and tokens.glued(index) and tokens.glued(index + 1):
        index += 1  # "a 25-basis-point cut", "a 25-bp cut"
        if tokens.get(index).startswith("basis-point"):
            return index + 1
    word = tokens.get(index)
    if word == "basis" and tokens.get(index + 1) in _POINTS:
        return index + 2
    after = tokens.get(index + 1)
    if word in ("bp", "bps") and (tokens.glued(index) or tokens.text[tokens.starts[index]].islower()) and not (
            tokens.glued(index + 1) and after[:1].isalnum()):
        return index + 1
    return None


_POINT_FRACTIONS = {"half": 0.5, "quarter": 0.25, "three-quarter": 0.75, "three-quarters": 0.75}
"""Fractions a rate moves by in points.  "third", "fifth" and "tenth" are left out: "a third point" is an ordinal."""


def read_fraction_point(tokens: Tokens, index: int) -> tuple[float, int, bool] | None:
    """Read a fraction of a point written in words at ``index``: ``quarter-percentage point``,
    ``half-percentage-point``, ``a quarter percentage point`` (percentage points), ``a half-point``,
    ``quarter-point``, ``a quarter point``, ``half a point`` (points).  Returns the fraction, the index after the
    phrase and whether it names percentage points.  A spaced ``quarter point`` needs its article: "the quarter
    point of the season" is a place in it."""
    if tokens.get(index) == "half" and tokens.get(index + 1) in ("a", "an") and tokens.get(index + 2) in _POINTS:
        return 0.5, index + 3, False  # "half a percentage point" is read with the other "half a" phrases
    article = tokens.get(index) in ("a", "an")
    position = index + article
    parts = tokens.get(position).split("-")
    used = 2 if "-".join(parts[:2]) in _POINT_FRACTIONS else 1
    share = _POINT_FRACTIONS.get("-".join(parts[:used]))
    if share is None:
        return None
    words, end = parts[used:], position + 1
    if not words and article:  # "a quarter point", "a quarter percentage point"
        if tokens.get(end) == "percentage":
            words, end = ["percentage"], end + 1
        if tokens.get(end) in _POINTS:
            words, end = [*words, tokens.get(end)], end + 1
    elif words == ["percentage"] and tokens.get(end) in _POINTS:  # "quarter-percentage point"
        words, end = [*words, tokens.get(end)], end + 1
    if words[-1:] in (["point"], ["points"]) and words[:-1] in ([], ["percentage"]):
        return share, end, len(words) == 2
    return None
