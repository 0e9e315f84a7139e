"""Number words and tokens of the numbers stage: digits and number words, fractions, vague amounts, units.

Internal to :mod:`diffnews.numbers`, which holds the public API; split out so that each module stays short.  The
vocabulary tables and ``Tokens`` live in :mod:`diffnews.number_vocabulary`, counted things in
:mod:`diffnews.number_things`, dates and odds in :mod:`diffnews.number_calendar`; the names other modules import
from here are re-exported.

>>> tokens = Tokens("twenty-five hundred troops")
>>> read_number(tokens, 0), read_thing(tokens, 2, False)
((2500.0, 2), 'troops')
"""

from __future__ import annotations

from diffnews.number_things import STATE_WORDS, STATES, is_adverb, read_thing, read_thing_before
from diffnews.number_vocabulary import (
    BOUNDARY, CURRENCY_ADJECTIVES, CURRENCY_NAMES, CURRENCY_SIGNS, CURRENCY_WORDS, DAYS_PER, DETERMINERS, DIGITS,
    DOLLAR_PREFIXES, FRACTIONS, GLUED_MEASURES, GLUED_SCALES, LETTER_SIGNS, MEASURES, MONTHS, MOVES, MULTIPLIED,
    MULTIPLIERS, ORDINAL_WORDS, SCALES, SUBUNITS, TENS, UNITS, UNIT_SIZES, VAGUE, VAGUE_PHRASES, WEEKDAYS,
    WEIGHING_WORDS, WORDLIKE, Tokens, is_plural, make_quantity,
)

__all__ = [
    "BOUNDARY", "CURRENCY_ADJECTIVES", "CURRENCY_NAMES", "CURRENCY_SIGNS", "CURRENCY_WORDS", "DAYS_PER", "DETERMINERS",
    "DIGITS", "DOLLAR_PREFIXES", "FRACTIONS", "GLUED_MEASURES", "GLUED_SCALES", "GLUED_SUBUNITS", "LETTER_SIGNS",
    "MEASURES", "MONTHS", "MOVES", "MULTIPLIED", "MULTIPLIERS", "ORDINAL_WORDS", "SCALES", "SIGN_OPENERS", "STATE_WORDS",
    "STATES", "SUBUNITS", "TENS", "UNITS", "UNIT_SIZES", "VAGUE", "VAGUE_PHRASES", "VULGAR_FRACTIONS", "WEEKDAYS",
    "WEIGHING_WORDS", "WORDLIKE", "Tokens", "currency_adjective", "currency_word", "glued_metres", "glued_subunit",
    "hyphen_measure", "is_adverb", "is_bare_share", "is_code", "is_plural", "is_scale_letter", "leading_point",
    "letter_currency", "make_quantity", "mixed_fraction", "read_measure", "read_number", "read_number_words",
    "read_thing", "read_thing_before", "read_vague", "slash_fraction", "weighed",
]
"""This module's readers, and the vocabulary and counted-thing readers other modules import from here."""

SIGN_OPENERS = frozenset(('(', '[', '"', "'", ":"))
"""Marks a minus sign may be glued after: ``(-1.66F)``, ``"-5"``; any other glued token makes a hyphen a joiner."""


def is_scale_letter(tokens: Tokens, index: int) -> bool:
    """Whether token ``index`` is a capital C or F written as a temperature scale: glued to nothing after it but
    punctuation (``40C,``, ``104F)``; not ``C-130``, ``F16``).  A lowercase ``c`` is cents (``75c``)."""
    after = tokens.get(index + 1)
    return (tokens.get(index) in ("c", "f") and tokens.text[tokens.starts[index]].isupper()
            and not (tokens.glued(index + 1) and (after[:1].isalnum() or after == "-")))


GLUED_SUBUNITS = {"c": "USD", "p": "GBP"}
"""Cents and pence written against the figure (``75c``, ``50p``); a dollar prefix names the dollar (``NZ75c``)."""
_GLUED_AFTER = frozenset(["st", "nd", "rd", "th", "s", "am", "pm", "a.m.", "p.m.", "pc", "bp", "bps", *GLUED_SCALES,
                          *MEASURES, *GLUED_MEASURES, *GLUED_SUBUNITS])
"""Letters that may touch a figure's end without making it a code: suffixes, scales and units (``52km``)."""


def glued_subunit(tokens: Tokens, prefix: int) -> str:
    """Return the currency of ``NZ75c`` or ``A50c`` when a dollar prefix at ``prefix`` starts one, else ``""``."""
    code = DOLLAR_PREFIXES.get(tokens.get(prefix), "")
    if not code or tokens.glued(prefix) or not (tokens.glued(prefix + 1) and DIGITS.match(tokens.get(prefix + 1))):
        return ""
    unit = prefix + 2
    return code if tokens.get(unit) == "c" and tokens.glued(unit) and not (
        tokens.glued(unit + 1) and tokens.get(unit + 1)[:1].isalnum()) else ""


def is_code(tokens: Tokens, index: int) -> bool:
    """Whether a digit token is part of a code or name such as ``F-16``, ``16x9``, ``No. 10-277`` or a note
    ``[12]``."""
    word = tokens.get(index)
    if not word[:1].isdecimal():
        return False
    if tokens.get(index - 1) == "[" and tokens.get(index + 1) == "]" and all(
            tokens.glued(position) for position in (index - 1, index, index + 1)):
        return True  # a note or handle glued to the text: "said.[12]", "Eleonora[67]"
    if tokens.get(index - 1) == ":" and tokens.glued(index) and tokens.glued(index - 1) and tokens.get(
            index - 2)[:1].isalpha():
        return True  # an exchange and ticker: "JP:8411", "HK:0005"
    if tokens.glued(index) and (tokens.get(index - 1)[:1].isalpha() or tokens.get(index - 1) in ("-", "/", ".")):
        if tokens.get(index - 1) in CURRENCY_SIGNS or tokens.get(index - 1) == "." and tokens.get(index - 2) == "rs":
            return False  # ``Rs4,500``, ``Rs.500``, ``USD5m``: a currency written against the figure
        if letter_currency(tokens, index - 1) or tokens.get(index - 2) == "magnitude":
            return False  # ``R12.5 billion``, ``magnitude-5.9``
        if tokens.get(index - 1) in DOLLAR_PREFIXES and tokens.get(index - 2) == "$" and tokens.glued(index - 1):
            return False  # ``$US13.15``, ``$A4.56``: the dollar's country after its sign
        if glued_subunit(tokens, index - 1):
            return False  # ``NZ75c``: cents of the New Zealand dollar
        # A hyphen glued to nothing before it, or only to an opening mark, is a minus sign: "-12", "(-1.66F)".
        return not (tokens.get(index - 1) == "-" and (not tokens.glued(index - 1)
                                                      or tokens.get(index - 2) in SIGN_OPENERS))
    after = tokens.get(index + 1)
    if tokens.glued(index + 1) and after[:1].isalpha() and after not in _GLUED_AFTER and not is_scale_letter(
            tokens, index + 1):
        return True
    if after == "." and tokens.glued(index + 1) and tokens.get(index + 2).isdecimal() and tokens.glued(index + 2):
        return True  # "2.6.0": a version
    return tokens.get(index - 1) in ("#",) or (tokens.get(index - 1) == "." and tokens.get(index - 2) == "no")


def read_number(tokens: Tokens, index: int, *, in_range: bool = False) -> tuple[float, int] | None:
    """Read digits or number words at ``index`` as (value, next index), scale words included."""
    word = tokens.get(index)
    if (fraction := slash_fraction(tokens, index)) is not None:
        return None if tokens.get(fraction[1]) == "of" else fraction  # "of" makes a share (number_amounts.read_fraction)
    if word in VULGAR_FRACTIONS:  # "½ mile", "½ million"; "¾ of" is a share, as "3/4 of" is
        if tokens.get(index + 1) == "of":
            return None
        value, end = VULGAR_FRACTIONS[word], index + 1
    elif leading_point(tokens, index):  # ".11 seconds", ".25 percentage point": a decimal written without its 0
        value, end = float("." + tokens.get(index + 1)), index + 2
    elif DIGITS.match(word) and (in_range or not is_code(tokens, index)):
        value, end = float(word.replace(",", "")), index + 1
        if tokens.glued(end) and tokens.get(end) in GLUED_SCALES and not glued_metres(tokens, end):
            return value * GLUED_SCALES[tokens.get(end)], end + 1
        if _hyphened_scale(tokens, end):  # "38-million euros", "R300-million"
            value, end = value * SCALES[tokens.get(end + 1)], end + 2
        elif (fraction := mixed_fraction(tokens, end)) is not None:  # "2 1/2 weeks", "1-1/4"
            value, end = value + fraction[0], fraction[1]
        elif tokens.get(end) in VULGAR_FRACTIONS and "." not in word:  # "6½ years", "2 ½ servings"
            value, end = value + VULGAR_FRACTIONS[tokens.get(end)], end + 1
    else:
        parsed = read_number_words(tokens, index)
        if parsed is None:
            return None
        value, end = parsed
    if tokens.matches(end, _AND_A_HALF):  # "four and a half years", "2 and a half million"
        value, end = value + 0.5, end + 3
    while tokens.get(end) in SCALES:
        value, end = value * SCALES[tokens.get(end)], end + 1
    return value, end


def leading_point(tokens: Tokens, index: int) -> bool:
    """Whether the token at ``index`` is a decimal point that opens a figure: ``by .11 seconds``; not a full stop
    (``in 2009.11 more``), which is glued to the word before it; only a currency sign may be (``$.50``)."""
    return (tokens.get(index) == "." and index > 0 and (not tokens.glued(index) or tokens.get(index - 1) in (
        "$", "£", "€")) and tokens.glued(index + 1) and tokens.get(index + 1).isdecimal())


_AND_A_HALF = ("and", "a", "half")
VULGAR_FRACTIONS = {"¼": 1 / 4, "½": 1 / 2, "¾": 3 / 4, "⅐": 1 / 7, "⅑": 1 / 9, "⅒": 1 / 10, "⅓": 1 / 3, "⅔": 2 / 3,
                    "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8,
                    "⅝": 5 / 8, "⅞": 7 / 8}
"""The Unicode vulgar fractions, one character each: after a whole number they are its fraction (``6½``), alone a
figure (``½ mile``), as ``6 1/2`` and ``1/2`` are."""


_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32, 64})


def mixed_fraction(tokens: Tokens, index: int) -> tuple[float, int] | None:
    """Read the fraction part of a mixed number after its whole part: `` 1/2`` or ``-1/4`` (as in ``2 1/2``).

    Returns the fraction and the index after it.  ``1/2/2003`` is a date, not a fraction.
    """
    start = index + (tokens.get(index) == "-" and tokens.glued(index))
    if (start == index and tokens.glued(index)) or (start > index and not tokens.glued(start)):
        return None
    fraction = _proper_fraction(tokens, start)
    return None if fraction is None else (fraction[0] / fraction[1], start + 3)


def _proper_fraction(tokens: Tokens, index: int) -> tuple[int, int] | None:
    """Read ``N/D`` at ``index`` as (numerator, denominator): a proper fraction over a usual denominator, not the
    start of a date written with two slashes (``1/2/2003``)."""
    numerator, slash, denominator = tokens.get(index), tokens.get(index + 1), tokens.get(index + 2)
    if not (numerator.isdecimal() and slash == "/" and denominator.isdecimal() and tokens.glued(index + 1)
            and tokens.glued(index + 2)) or (tokens.get(index + 3) == "/" and tokens.glued(index + 3)):
        return None
    top, bottom = int(numerator), int(denominator)
    return (top, bottom) if bottom in _DENOMINATORS and 0 < top < bottom else None


def slash_fraction(tokens: Tokens, index: int) -> tuple[float, int] | None:
    """Read a fraction written with a slash at ``index`` that cannot be a date: returns (value, next index).

    A proper fraction over a usual denominator is one when no month and day can read it (``shed 25/32`` of a
    bond's price), or when ``of`` (``3/4 of voters``) or ``point`` follows (``rose 1/2 point``); ``9/11`` and a
    lone ``3/4`` stay dates.
    """
    fraction = _proper_fraction(tokens, index)
    if fraction is None:
        return None
    top, bottom = fraction
    if tokens.get(index + 3) in ("of", "point", "points") or not any(
            month <= 12 and day <= 31 for month, day in ((top, bottom), (bottom, top))):
        return top / bottom, index + 3
    return None


def _hyphened_scale(tokens: Tokens, index: int) -> bool:
    """Whether a hyphen at ``index`` joins a figure to its scale word: ``38-million``."""
    return tokens.get(index) == "-" and tokens.glued(index) and tokens.get(index + 1) in SCALES and tokens.glued(index + 1)


def read_measure(tokens: Tokens, index: int) -> tuple[str, int] | None:
    """Read a unit of measurement at token ``index``, after a figure: ``km``, ``square miles``, ``km/h``.

    Returns the unit and the index after it.  Short units (``in``, ``t``) count only glued to the figure.
    """
    word = tokens.get(index)
    if word in ("square", "sq"):
        after = index + 1 + (tokens.get(index + 1) == "." and tokens.glued(index + 1))
        unit = _square(tokens.get(after))
        return (unit, after + 1) if unit else None
    unit = MEASURES.get(word) or (GLUED_MEASURES.get(word) if tokens.glued(index) else None)
    if unit is None and glued_metres(tokens, index):
        unit = "m"
    if unit is None:
        return None
    end = index + 1
    if unit == "km" and tokens.get(end) == "/" and tokens.get(end + 1) in ("h", "hr") and tokens.glued(end + 1):
        return "km/h", end + 2
    if unit in ("km", "mi") and tokens.get(end) in ("per", "an", "a") and tokens.get(end + 1) == "hour":
        return ("km/h" if unit == "km" else "mph"), end + 2
    return unit, end


_METRE_CONTEXT = frozenset(
    "tall high long deep wide thick across away underwater race dash sprint hurdles freestyle backstroke "
    "breaststroke butterfly medley relay steeplechase".split())
"""Words after a glued ``m`` that make it metres (``a 16.5m tall tower``, ``the 100m final``), not millions."""


def glued_metres(tokens: Tokens, index: int) -> bool:
    """Whether the ``m`` at ``index``, glued to a figure, is metres, not millions.

    With a currency sign (``£100m``) or a capital M (``2M users``) it is millions.  Without one, millions count
    something (``2m people``, ``5m new jobs``, ``up from 12m a year``); metres follow a dimension or race word
    (``16.5m tall``), or name a race: a singular noun follows (``the 100m final``, ``100m world record``; not after
    ``a``: ``a 20m claim`` is a sum that lost its sign), or a determiner opens a whole figure that counts nothing
    (``the men's 100m``, ``the greatest-ever 100m``).  A whole figure of 1,000 or more is metres (``the 1500m``,
    ``10,000m``): writers give such sums in billions.
    """
    if tokens.get(index) != "m" or not tokens.glued(index):
        return False
    if tokens.text[tokens.starts[index]] == "M":
        return False  # the metre's symbol is lower case; "2M users", "$5M" are millions
    if tokens.get(index + 1) in _METRE_CONTEXT:
        return True
    figure = index - 1
    before = tokens.get(figure - 1)
    if before in CURRENCY_SIGNS or (before in LETTER_SIGNS and tokens.glued(figure)):
        return False
    digits = tokens.get(figure).replace(",", "")
    whole = "." not in digits
    if whole and digits.isdecimal() and int(digits) >= 1000:  # not "¼m": a vulgar fraction is no float
        return True
    after = tokens.get(index + 1)
    if currency_word(after, tokens.get(index + 2), 2.0) or after in CURRENCY_WORDS:
        return False  # "100m yen", "5m euros"
    thing = read_thing(tokens, index + 1, False)
    if thing:
        # "a 20m compensation claim": an indefinite sum before its noun, whose currency sign was lost.
        return not is_plural(thing.split()[-1]) and thing not in STATES.values() and before not in ("a", "an")
    return whole and _opens_a_name(tokens, figure)


def _opens_a_name(tokens: Tokens, figure: int) -> bool:
    """Whether a determiner or a possessive (after at most two modifiers) opens the figure at ``figure``."""
    for position in range(figure - 1, max(figure - 4, -1), -1):
        word = tokens.get(position)
        if word in ("the", "a", "an") or word.endswith("'s"):
            return True
        if word in BOUNDARY or not WORDLIKE.match(word) or not (word.endswith("est") or "-" in word):
            return False
    return False


def hyphen_measure(word: str) -> tuple[str, str] | None:
    """Return the unit and thing of a unit hyphened to a figure (``mile`` of ``20-mile``, ``square-mile``), or None."""
    first, _, rest = word.partition("-")
    if first in MEASURES:
        return MEASURES[first], first
    measured = rest.partition("-")[0]
    unit = _square(measured) if first == "square" else ""
    return (unit, "square " + measured) if unit else None


def _square(word: str) -> str:
    """Return the unit of area a length unit squares (``sq mi`` for ``miles``), or ``""``."""
    unit = "sq " + MEASURES.get(word, "")
    return unit if unit in UNIT_SIZES else ""


def letter_currency(tokens: Tokens, index: int) -> str:
    """Return the currency of a capital letter written as a sign before a scaled figure (``R12.5 billion``)."""
    code = LETTER_SIGNS.get(tokens.get(index), "")
    if not code or not tokens.glued(index + 1) or tokens.glued(index) or not DIGITS.match(tokens.get(index + 1)):
        return ""
    scale = tokens.get(index + 2)
    glued_scale = scale in GLUED_SCALES and tokens.glued(index + 2) or _hyphened_scale(tokens, index + 2)
    # Alone, a letter before digits is a code (``N95``, ``R2``); a scale word shows it is money.
    return code if tokens.text[tokens.starts[index]].isupper() and (scale in SCALES or glued_scale) else ""


def currency_adjective(tokens: Tokens, index: int) -> tuple[str, int]:
    """Return the currency that the words at ``index`` name as an adjective (``Canadian``, ``Hong Kong``), and the
    index after them; ``("", index)`` when they name none."""
    two = tokens.get(index) + " " + tokens.get(index + 1)
    if two in CURRENCY_ADJECTIVES:
        return CURRENCY_ADJECTIVES[two], index + 2
    return CURRENCY_ADJECTIVES.get(tokens.get(index), ""), index + 1


_PRICE_VERBS = frozenset("cost costs costing paid pay pays priced worth fined earn earns earned".split())


def weighed(tokens: Tokens, index: int) -> bool:
    """Whether the ``pounds`` at ``index`` are a weight, not money: its sentence speaks of weighing, or a metric
    weight restates it in brackets (``220 pounds (100 kg)``)."""
    if tokens.get(index - 2) in _PRICE_VERBS:
        return False  # "costs 20 pounds"
    if any(word.startswith(("weigh", "overweight", "underweight")) for word in tokens.lower):
        return True
    return tokens.get(index + 1) == "(" and DIGITS.match(tokens.get(index + 2)) is not None and MEASURES.get(
        tokens.get(index + 3)) in ("kg", "t", "g")


def currency_word(word: str, after: str, low: float) -> str:
    """Return the currency a word after a figure names, or ``""``; ``won`` only as a noun (not ``1,500 won prizes``)."""
    singular = word[:-1] if word.endswith("s") and word != "centuries" else word
    if word == "won":
        # The verb takes an object ("won prizes", "won the vote"); the currency ends its phrase or meets a preposition.
        noun = not WORDLIKE.match(after) or after in BOUNDARY and after not in DETERMINERS and after not in ("a", "an")
        return "KRW" if low >= 1000 and noun else ""
    return CURRENCY_WORDS.get(singular) or CURRENCY_WORDS.get(word, "")


_NOT_BEFORE_SHARE = frozenset("in for per within each every the last next this".split())


def is_bare_share(tokens: Tokens, index: int, end: int) -> bool:
    """Whether ``a third`` without ``of`` is a share of a whole named before (``a fifth said``, ``by a third,``).

    Followed by a noun it is an ordinal (``a third term``); after ``in``/``for`` a period (``in a quarter``).
    A share is a subject or an object: punctuation, a function word or a past-tense verb follows it.
    ``half`` is a share alone only after a bound word (``about half in the past three weeks``): bare, it is
    mostly part of a phrase (``cut in half``, ``the second half``).
    """
    after = tokens.get(end)
    closes = after == "" or not after[:1].isalnum() or after in BOUNDARY or after.endswith("ed")
    if tokens.get(index) == "half":
        return closes and tokens.get(index - 1) in _BEFORE_BARE_HALF
    first = tokens.get(index)
    written = first in ("a", "one") or first.partition("-")[2] in FRACTIONS  # "a fifth", "one-fifth", "two-thirds"
    return closes and written and tokens.get(index - 1) not in _NOT_BEFORE_SHARE


_BEFORE_BARE_HALF = frozenset("about around roughly nearly almost approximately some than only just".split())


def read_number_words(tokens: Tokens, index: int) -> tuple[float, int] | None:
    """Read ``twenty-five``, ``a hundred``, ``two dozen``; bare ``one`` is left alone (mostly a pronoun)."""
    total, current, end, seen = 0.0, 0.0, index, 0
    if tokens.get(index) == "a" and tokens.get(index + 1) in ("hundred", "thousand", "million", "billion", "dozen"):
        current, end = 1.0, index + 1
    while end < len(tokens):
        parts = tokens.get(end).split("-")
        if not all(p in UNITS or p in TENS for p in parts) or len(parts) > 2:
            if tokens.get(end) == "dozen" and (current or seen == 0 and end > index):
                current, end, seen = (current or 1) * 12, end + 1, seen + 1
                continue
            if tokens.get(end) == "and" and seen and tokens.get(end + 1).split("-")[0] in {**UNITS, **TENS}:
                end += 1
                continue
            break
        current += sum(UNITS.get(p, 0) + TENS.get(p, 0) for p in parts)
        end, seen = end + 1, seen + 1
        if tokens.get(end) == "hundred":
            current, end = current * 100, end + 1
    if end == index or (seen == 0 and current == 0):
        return None
    if seen == 1 and tokens.get(index) == "one" and tokens.get(end) not in (*SCALES, "dozen") and not _one_counts(
            tokens, index) and not tokens.matches(end, _AND_A_HALF) and not _one_starts_range(tokens, end):
        return None
    if tokens.get(index) == "zero" and seen == 1:
        return None
    return total + current, end


_BOUNDS_BEFORE_ONE = frozenset({("at", "least"), ("at", "most"), ("more", "than"), ("fewer", "than"), ("less", "than")})
_NOT_AFTER_COUNTING_ONE = frozenset("another way hand thing side point time such".split())
_NOT_BEFORE_COUNTING_ONE = frozenset([*DETERMINERS, "no", "not", "any", "every", "each", "which", "at", "on", "of"])


def _one_starts_range(tokens: Tokens, end: int) -> bool:
    """Whether ``one`` opens a range of number words: ``one or two``, ``one to three``."""
    return tokens.get(end) in ("or", "to") and tokens.get(end + 1).split("-")[0] in UNITS


def _one_counts(tokens: Tokens, index: int) -> bool:
    """Whether bare ``one`` counts the noun after it (``One person was killed``), not a pronoun (``one of``).

    After a bound (``at least one of the symptoms``, ``more than one.``) it is a count whatever follows.
    """
    after = tokens.get(index + 1)
    if (tokens.get(index - 2), tokens.get(index - 1)) in _BOUNDS_BEFORE_ONE and (
            after in ("of", "") or not after[:1].isalnum()):
        return True
    # "in one weekend", "in one store" place an event, like "in a store"; "in one day" is still a span.
    placed = tokens.get(index - 1) == "in" and after not in DAYS_PER
    return (bool(WORDLIKE.match(after)) and after not in BOUNDARY and after not in _NOT_AFTER_COUNTING_ONE
            and tokens.get(index - 1) not in _NOT_BEFORE_COUNTING_ONE and not placed and not tokens.glued(index + 1))


_SPAN_EDGES = frozenset({"last", "past", "next", "first"})
"""Words before a bare ``few`` that make it an amount: ``the last few weeks`` (but not ``few people came``)."""


def read_vague(tokens: Tokens, index: int) -> tuple[float, float, int] | None:
    """Read ``dozens``, ``hundreds of thousands``, ``several hundred``, ``a few``."""
    word = tokens.get(index)
    bounds: tuple[float, float] | None = None
    end = index
    if word in VAGUE and not (word == "tens" and tokens.get(index + 1) != "of"):
        bounds, end = VAGUE[word], index + 1
    else:
        for phrase, phrase_bounds in VAGUE_PHRASES.items():
            if tokens.matches(index, phrase):
                bounds, end = phrase_bounds, index + len(phrase)
                break
        if bounds is None and word == "few" and tokens.get(index - 1) in _SPAN_EDGES:
            bounds, end = VAGUE_PHRASES[("a", "few")], index + 1  # "the last few weeks" reads like "a few weeks"
    if bounds is None:
        return None
    low, high = float(bounds[0]), float(bounds[1])
    scale_word = tokens.get(end + 1) if tokens.get(end) == "of" else tokens.get(end)
    scale = SCALES.get(scale_word.rstrip("s")) or (12.0 if scale_word in ("dozen", "dozens") else None)
    if scale and (scale_word.endswith("s") == (tokens.get(end) == "of")):
        end += 2 if tokens.get(end) == "of" else 1
        low, high = low * scale, (high + 1) * scale - 1 if low != high else high * scale
    elif word == "tens":
        return None
    return low, high, end
