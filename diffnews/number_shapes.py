"""Number shapes that are not plain amounts: names, scores, phone numbers, ranks, ages, zoned times, centuries.

Internal to :mod:`diffnews.numbers`.  A news sentence carries digits that count
nothing (``Boeing 737``, ``beat Arsenal 3-1``, ``1-800-222-8477``) and figures
whose kind shows only in their surroundings (``The suspect, 32,`` is an age,
``1100 GMT`` a time).  These readers look at the tokens around a number; each
is cheap and returns early unless its shape is present.

>>> from diffnews.number_words import Tokens
>>> tokens = Tokens("The Boeing 737 was grounded for a decade.")
>>> is_identifier(tokens, 2), read_article(Tokens("nearly a decade"), 1, qualified=True)
(True, (1.0, 2, False))
"""

from __future__ import annotations

import re

from diffnews.model import Quantity, QuantityKind
from diffnews.number_words import (
    BOUNDARY, DAYS_PER, DIGITS, MEASURES, MONTHS, ORDINAL_WORDS, SCALES, TENS, UNITS, VAGUE, WEEKDAYS,
    WORDLIKE, Tokens, is_plural, make_quantity,
)
from diffnews.number_spans import (
    PEOPLE_NOUNS, age_interval, hyphen_noun, is_ordinal_second, is_percentage_point, read_article, read_hyphen_count,
    read_hyphen_unit,
)

__all__ = [
    "AGE_POSSESSIVES", "DIAL_VERBS", "LABEL_NOUNS", "PEOPLE_NOUNS", "SCORE_NOUNS", "SCORE_VERBS", "STREET_WORDS",
    "TIME_ZONES", "VOTE_VERBS", "VOTE_WORDS", "age_interval", "hyphen_noun", "is_glued_label", "is_identifier",
    "is_label", "is_named_ordinal", "is_not_quantity", "is_ordinal_second", "is_percentage_point", "is_title_case",
    "parse_shape", "read_article", "read_hyphen_count", "read_hyphen_unit",
]
"""Readers of the numbers stage; those of ages, hyphened counts and article-led spans live in
:mod:`diffnews.number_spans` and are re-exported here for the modules that import them from this one."""

TIME_ZONES = frozenset("gmt utc est edt cst cdt mst mdt pst pdt cet cest eet eest bst ist jst aest msk hrs".split())
STREET_WORDS = frozenset("street st road rd avenue ave boulevard blvd lane drive square place".split())
SCORE_VERBS = frozenset("beat beats beaten won win wins lost lose loses drew draw draws defeated trailed trail "
                        "led leads edged thrashed".split())
SCORE_NOUNS = frozenset("win victory defeat loss draw vote votes decision ruling lead scoreline".split())
"""Words next to a hyphenated pair that make it a score or tally (``lost 1-2``, ``a 3-2 win``)."""
VOTE_WORDS = frozenset("vote votes voted voting ruling decision verdict tally ballot".split())
"""Words next to a descending pair that make it a vote tally, whose two sides are counts of votes."""
VOTE_VERBS = frozenset("passed approved rejected confirmed adopted overturned upheld split ruled decided".split())
"""Verbs of a chamber or court that a tally follows without a vote word (``passed the bill 396-9``)."""
AGE_POSSESSIVES = frozenset("his her their its".split())
_OPENERS = frozenset(('"', "'", "(", ":", "-", "["))
"""Tokens after which a capitalized word may be capitalized only because a quote or clause starts."""
_CENTURY_SUFFIXES = frozenset(["st", "nd", "rd", "th", "st-century", "nd-century", "rd-century", "th-century"])
_NOT_AGE_NOUNS = MONTHS.keys() | WEEKDAYS | UNITS.keys() | TENS.keys()
DIAL_VERBS = frozenset("dial dials dialed dialled dialing dialling".split())
_NOT_NAMES = BOUNDARY | frozenset("another exactly precisely barely fully only just roughly nearly almost some".split())
"""Sentence-initial words that open an amount, not a name (``Another 12 died``), unlike ``Section 230``."""
_COUNT_LINKS = frozenset("more new additional further extra other".split())


def _capitalized(tokens: Tokens, index: int) -> bool:
    return 0 <= index < len(tokens) and tokens.text[tokens.starts[index]].isupper()


_VERSION = re.compile(r"\d{1,2}\.\d{1,2}$")
"""A short decimal after a name is a version (``Bare Metal Restore 4.6``, ``Windows 3.1``), as an integer is a number."""


LABEL_NOUNS = frozenset(
    "page chapter section article paragraph clause amendment proposition item step phase stage round level grade "
    "category class type size model version chromosome room floor gate platform terminal exit highway interstate "
    "route district ward precinct lane pier line track channel episode season volume issue verse act scene game "
    "figure table appendix day week".split())
"""Nouns a bare number right after names one of a series by: ``page 4``, ``phase two``, ``chromosome six``."""


def is_label(tokens: Tokens, index: int) -> bool:
    """Whether the bare number at ``index`` labels the noun before it (``stage four``, ``week 12 of the season``)
    rather than counting what follows (``the day 30 people died`` keeps its count)."""
    word, after = tokens.get(index), tokens.get(index + 1)
    return (tokens.get(index - 1) in LABEL_NOUNS and not tokens.glued(index) and (_integer(word) or word in UNITS
            or word in TENS) and not (is_plural(after) and after not in BOUNDARY))


_UNIT_NOUNS = frozenset("flat apartment unit suite block building house seat row bay berth cabin bed locker box train "
                        "bus coach carriage car".split())
"""Nouns of places and vehicles in a series, which a figure with a letter names: ``flat 12C``, ``Train 12B``."""
_LABEL_LETTERS = frozenset("bp")
"""Capitals after a figure that name, not scale or price: ``4B`` is a flat, a seat or a pencil; a billion or a penny
is written small or after a sign (``4bn``, ``$4B``, ``50p``).  ``K``, ``M``, ``G``, ``T`` and ``L`` are left as
amounts: technical writing scales with them (``a 4K color screen``, ``128M bytes``, ``40G bps``)."""
_READING_LETTERS = frozenset("cf")
"""Capitals after a figure that may give a temperature (``40C``): a label only after a noun of a series."""


def is_glued_label(tokens: Tokens, index: int) -> bool:
    """Whether the digits at ``index`` and the one letter glued after them name something (``flat 4B``, ``Train
    12B``, ``02B``) rather than scale or price it (``4bn``, ``6m``, ``75c``; a sign before, ``$4B``, is the
    caller's to read first).

    A capital ``B`` or ``P`` makes a label (see ``_LABEL_LETTERS``), unless the whole sentence is in capitals; a
    leading zero (``02B``, ``07m``) makes any letter one.  ``C`` and ``F`` may give a temperature instead (``40C``,
    read by the temperature rule), so they make a label only after a noun of a series (``flat 12C``, ``room 4F``).
    """
    word, letter = tokens.get(index), tokens.get(index + 1)
    if not (word.isdecimal() and len(letter) == 1 and letter.isalpha() and tokens.glued(index + 1)):
        return False
    if tokens.glued(index + 2) and tokens.get(index + 2)[:1].isalnum():
        return False  # "12Bx": a longer code, left to is_code
    if len(word) > 1 and word.startswith("0"):
        return True
    if not tokens.text[tokens.starts[index + 1]].isupper() or not any(character.islower() for character in tokens.text):
        return False
    return letter in _LABEL_LETTERS or letter in _READING_LETTERS and _after_series_noun(tokens, index)


def _after_series_noun(tokens: Tokens, index: int) -> bool:
    """Whether a noun of a series names the figure at ``index``: ``flat 12C``, ``rooms 4F``, ``flats 12A to 12C``."""
    before = index - 1
    if tokens.get(before) in ("to", "-", "and", "or", ",", "&") and tokens.get(before - 1).isalpha() and len(
            tokens.get(before - 1)) == 1 and tokens.glued(before - 1) and tokens.get(before - 2).isdecimal():
        before -= 3  # back over the first label of a list or range
    noun = tokens.get(before)
    singular = noun[:-1] if noun.endswith("s") else noun
    return noun in LABEL_NOUNS or noun in _UNIT_NOUNS or singular in LABEL_NOUNS or singular in _UNIT_NOUNS


def _integer(word: str) -> bool:
    return word.isdecimal() and len(word) <= 4


def is_title_case(tokens: Tokens) -> bool:
    """Whether most longer words are capitalized, as in a headline, where capitals say nothing about names."""
    if tokens.title_case is None:
        long_words = [i for i in range(len(tokens)) if len(tokens.lower[i]) > 3 and tokens.lower[i].isalpha()]
        capitals = sum(_capitalized(tokens, i) for i in long_words)
        tokens.title_case = len(long_words) >= 3 and capitals * 4 >= len(long_words) * 3
    return tokens.title_case


def is_identifier(tokens: Tokens, index: int, end: int | None = None) -> bool:
    """Whether the bare integer at ``index`` names something (``Flight 370``, ``10 Downing Street``).

    ``end`` is the token after the figure when it spans more than one (``Boeing 737-800``).
    """
    word, before = tokens.get(index), tokens.get(index - 1)
    after = index + 1 if end is None else end
    if not (_integer(word) or _VERSION.match(word)):
        return False
    position = index + 1
    while (position < index + 4 and _capitalized(tokens, position) and tokens.get(position).isalpha()
           and tokens.get(position) not in STREET_WORDS):
        position += 1
    if position > index + 1 and tokens.get(position) in STREET_WORDS and _capitalized(tokens, position - 1):
        return True  # an address: the words between are the street's name
    # A capitalized word inside a sentence is a name; a number right after it is part of the name,
    # unless a plural noun follows, as in ``told Reuters 30 people`` or ``gave Ukraine 30 tanks``.
    possessive = before.endswith("'s") and before[:-2].isalpha()
    if not (_capitalized(tokens, index - 1) and (before.isalpha() or possessive) and not tokens.glued(index)):
        return False
    if possessive and _counts_after_possessive(tokens, after):
        return False  # "Standard & Poor's 500 Index" is a name; "Germany's 30 biggest companies" a count
    if index < 1 or tokens.get(index - 2) in _OPENERS or before in MONTHS or before in WEEKDAYS:
        return False
    if index == 1 and before in _NOT_NAMES:  # a first word is capitalized anyway: only a noun can be a name
        return False
    # ``18 more Leopard 2 tanks``: a count already stands before the name, so the plural is its noun.
    counted = tokens.get(index - 3) if tokens.get(index - 2) in _COUNT_LINKS else tokens.get(index - 2)
    counted_before = counted[:1].isdecimal() or counted in UNITS or counted in TENS
    if "." in word:
        # A fraction counts no things, only measures: "Restore 4.6 costs" is a version, "Nasdaq 1.2 points" a move.
        return not _measures(tokens.get(after)) and not is_title_case(tokens)
    return (counted_before or not is_plural(tokens.get(after))) and not is_title_case(tokens)


def _counts_after_possessive(tokens: Tokens, after: int) -> bool:
    """Whether the words after ``Germany's 30`` make it a count: a plural noun right after it or one word on
    ("30 biggest companies"), or a unit or scale word.  "Standard & Poor's 500 Index" and "Poor's 500 <.SPX> fell"
    name an index."""
    if _capitalized(tokens, after) or tokens.get(after) == "index":
        return False
    if _measures(tokens.get(after)):
        return True
    return any(is_plural(tokens.get(k)) and tokens.get(k) not in BOUNDARY and not _capitalized(tokens, k)
               for k in (after, after + 1))


_MEASURE_WORDS = frozenset("% percent pct per points point degrees degree cents pence times".split())
"""Words after a fraction that make it an amount, beside units of length, weight, time and scale words."""


def _measures(word: str) -> bool:
    """Whether a word after a figure makes it an amount: a unit of length, weight or time, a scale, percent, ..."""
    return word in MEASURES or word in SCALES or word in _MEASURE_WORDS or word.rstrip("s") in DAYS_PER


def is_named_ordinal(tokens: Tokens, index: int, end: int) -> bool:
    """Whether a digit ordinal starts a name (``3rd Assault Brigade``, ``82nd Airborne``)."""
    return (tokens.get(index)[:1].isdecimal() and _capitalized(tokens, end) and tokens.get(end) not in MONTHS
            and not is_title_case(tokens))


_SECURITY_NOUNS = frozenset("bond bonds note notes bill bills treasury treasuries gilt gilts bund bunds "
                           "t-bill t-bills t-note t-notes".split())
"""Debt securities named by their term: ``the 10-year note``, ``the 30-year bond``, ``three-month bills``."""
_TERM_UNITS = frozenset("year month week day".split())


def _is_ticker(tokens: Tokens, index: int) -> bool:
    """Whether a wire ticker starts at ``index``: ``US10YT=RR``, ``<DE10YT=RR>`` (a glued run holding ``=``)."""
    end = index + 1
    while end < len(tokens) and tokens.glued(end):
        end += 1
    return end - index > 1 and any(tokens.get(k) == "=" for k in range(index, end))


def _security_after(tokens: Tokens, index: int) -> bool:
    """Whether the words from ``index`` name a security: its noun, or a ticker where the noun would be."""
    return tokens.get(index) in _SECURITY_NOUNS or _is_ticker(tokens, index)


def _names_a_security(tokens: Tokens, index: int) -> bool:
    """Whether a term hyphened at ``index`` (``30-year``, ``three-month``) names the security after it."""
    word = tokens.get(index)
    number, _, unit = word.partition("-")
    if unit in _TERM_UNITS and (number in UNITS or number in TENS):
        return _security_after(tokens, index + 1)  # "the three-month bill"
    return (word.isdecimal() and tokens.get(index + 1) == "-" and tokens.glued(index + 1) and tokens.glued(index + 2)
            and tokens.get(index + 2) in _TERM_UNITS and _security_after(tokens, index + 3))


def is_not_quantity(tokens: Tokens, index: int) -> bool:
    """Whether the number at ``index`` names or dials rather than counts: a phone number, a score or tally,
    a bare decade (``60s``), a rate's denominator (``per 100,000``) or a brand (``7-Eleven``)."""
    word = tokens.get(index)
    if _names_a_security(tokens, index):
        return True  # "the 30-year bond", "the 10-year note yield": a security's name, not a span of time
    if word in UNITS or word in TENS or word in VAGUE:
        return _is_brand(tokens, index - 2) or _in_name(tokens, index)
    if not word[:1].isdecimal():
        return False
    if tokens.get(index - 1) == "per" or tokens.get(index - 1) in DIAL_VERBS:
        return True  # a rate's denominator (``per 100,000``) or a number to call (``dial 999``)
    if tokens.get(index - 1) in ("latitude", "longitude"):
        return True  # a coordinate: "near latitude 25.6 north"
    if _ratio_base(tokens, index):
        return True  # the "1" of a ratio: "the ratio was 3 to 1", as "3-to-1" is
    if word.isdecimal() and (_in_phone_number(tokens, index) or _after_area_code(tokens, index) or _is_brand(tokens, index)):
        return True
    if not _integer(word) or tokens.get(index + 1) != "-" or not tokens.glued(index + 1):
        return word.isdecimal() and len(word) == 2 and tokens.get(index + 1) == "s" and tokens.glued(index + 1)
    second = tokens.get(index + 2)
    if not (_integer(second) and tokens.glued(index + 2)):
        return False
    if len(word) == 4:
        return False  # a year: "2019-20", "2021-07-15"
    if tokens.get(index + 3) == "-" and tokens.glued(index + 3) and tokens.get(index + 4).isdecimal():
        return True  # digit groups joined by two or more hyphens: a phone or serial number
    # A range is written low to high, so a descending pair is a score (``3-1``); a tally next to a vote
    # word (``5-4 ruling``) never gets here, parse_shape reads it first.
    if int(word) >= int(second):
        return True
    return tokens.get(index - 1) in SCORE_VERBS or tokens.get(index + 3) in SCORE_NOUNS


_RATIO_NOUNS = frozenset("ratio margin odds majority edge".split())
"""Nouns a ratio may qualify, as in "a 2 to 1 margin"."""


def _ratio_base(tokens: Tokens, index: int) -> bool:
    """Whether a "1" after "<number> to" ends a ratio (``3 to 1``): the first number is larger, so it is no range,
    and no "from" before it makes a move to a level (``fell from 3 to 1 percent``)."""
    if tokens.get(index) != "1" or tokens.get(index - 1) != "to" or tokens.get(index - 3) == "from":
        return False
    first, after = tokens.get(index - 2), tokens.get(index + 1)
    if not DIGITS.match(first) or float(first.replace(",", "")) <= 1:
        return False
    return not WORDLIKE.match(after) or after in BOUNDARY or after in _RATIO_NOUNS


def _is_tally(tokens: Tokens, index: int) -> bool:
    """Whether a glued descending pair of integers starts at ``index`` and reads as votes (``a 5-4 ruling``).

    A sports score (``beat Arsenal 3-1``) is not a tally: only vote words and the verbs of chambers and
    courts make one, so ``3-1`` stays skipped by :func:`is_not_quantity`.
    """
    first, second = tokens.get(index), tokens.get(index + 2)
    if not (first.isdecimal() and second.isdecimal() and len(first) <= 3 and len(second) <= 3):
        return False
    # Dashes are all "-" here: extract_quantities folds them before tokenizing.
    if tokens.get(index + 1) != "-" or not tokens.glued(index + 1) or not tokens.glued(index + 2):
        return False
    if int(first) < int(second) or (tokens.get(index + 3) == "-" and tokens.glued(index + 3)):
        return False
    before = {tokens.get(index - 1), tokens.get(index - 2), tokens.get(index - 3)}
    return bool(before & (VOTE_WORDS | VOTE_VERBS) or tokens.get(index + 3) in VOTE_WORDS)


def _in_name(tokens: Tokens, index: int) -> bool:
    """Whether a number word capitalized inside a sentence is part of a name run (``Mega Millions``, ``the Big
    Ten``, ``Three Gorges Dam``): a writer capitalizes a counting word only at a sentence's or a quote's start."""
    if index == 0 or not tokens.text[tokens.starts[index] + 1 : tokens.ends[index]].islower():
        return False  # a first word, or a word in capitals ("SEVEN"), says nothing
    if not _capitalized(tokens, index) or tokens.get(index - 1) in _OPENERS or is_title_case(tokens):
        return False
    before = tokens.text[tokens.starts[index - 1] : tokens.ends[index - 1]]
    # A capitalized word before (not a dateline in capitals, nor "U.S." that may end a missed sentence) or after.
    named_before = before[:1].isupper() and before[1:].islower() and before.replace("'", "").isalpha()
    return named_before or _capitalized(tokens, index + 1) and tokens.get(index + 1).isalpha()


def _is_brand(tokens: Tokens, index: int) -> bool:
    """Whether digits at ``index`` and a capitalized number word after a hyphen make a name (``7-Eleven``)."""
    second = tokens.get(index + 2)
    return (_integer(tokens.get(index)) and tokens.get(index + 1) == "-" and (second in UNITS or second in TENS)
            and tokens.glued(index + 1) and tokens.glued(index + 2) and _capitalized(tokens, index + 2)
            and not is_title_case(tokens))


def _in_phone_number(tokens: Tokens, index: int) -> bool:
    """Whether a digit group stands in a run of spaced groups (``0800 789 321``): three, or two led by a 0."""
    def group(position: int) -> bool:
        return tokens.get(position).isdecimal() and 2 <= len(tokens.get(position)) <= 5

    first = last = index
    while group(first - 1) and not tokens.glued(first):
        first -= 1
    while group(last + 1) and not tokens.glued(last + 1):
        last += 1
    return group(index) and last > first and (last - first >= 2 or tokens.get(first).startswith("0"))


def _after_area_code(tokens: Tokens, index: int) -> bool:
    """Whether a digit group is part of a phone number written ``(248) 647-7221``."""
    def starts_at(position: int) -> bool:
        return (tokens.get(position) == "(" and tokens.get(position + 2) == ")" and tokens.get(position + 4) == "-"
                and [len(tokens.get(position + k)) for k in (1, 3, 5)] == [3, 3, 4]
                and all(tokens.get(position + k).isdecimal() for k in (1, 3, 5)))
    return any(starts_at(index - offset) for offset in (1, 3, 5))


def parse_shape(tokens: Tokens, index: int) -> tuple[Quantity, int] | None:
    """Read a rank (``No. 2``), a century, a zoned clock time (``1100 GMT``), an age (``, 32,``, ``60s``)
    or one side of a vote tally (``voted 396-9``)."""
    word = tokens.get(index)
    for first in (index, index - 2):
        if _is_tally(tokens, first):
            votes = int(word)
            return make_quantity(tokens, index, index + 1, votes, votes, QuantityKind.COUNT, thing="votes", value=votes)
    if word == "no":
        number = tokens.get(index + 2)
        if tokens.get(index + 1) == "." and number.isdecimal() and not (
                tokens.get(index + 3) == "-" and tokens.glued(index + 3)):
            return make_quantity(tokens, index, index + 3, int(number), int(number), QuantityKind.ORDINAL,
                                 value=int(number))
        return None
    if not word.isdecimal():
        return _parse_century(tokens, index) if word in ORDINAL_WORDS or "-" in word else None
    century = _parse_century(tokens, index)
    if century is not None:
        return century
    after = tokens.get(index + 1)
    if len(word) == 4 and after in TIME_ZONES and int(word[:2]) < 24 and int(word[2:]) < 60:
        minutes = int(word[:2]) * 60 + int(word[2:])
        return make_quantity(tokens, index, index + 2, minutes, minutes, QuantityKind.TIME, value=minutes)
    years = DAYS_PER["year"]
    if (len(word) == 2 and word.endswith("0") and after == "s" and tokens.glued(index + 1)
            and (tokens.get(index - 1) in AGE_POSSESSIVES or tokens.get(index - 2) in AGE_POSSESSIVES)):
        age = int(word)
        return make_quantity(tokens, index, index + 2, age * years, (age + 9) * years, QuantityKind.DURATION,
                             thing="years", value=age, unit="day")
    if (tokens.get(index - 1) == "," and tokens.get(index - 2).isalpha() and after in (",", ";", ")", ".")
            and len(word) <= 3 and 0 < int(word) <= 120 and tokens.get(index - 2) not in _NOT_AGE_NOUNS):
        # A bare small number set off by commas after a noun is an age in apposition: ``The suspect, 32, was``.
        return make_quantity(tokens, index, index + 1, int(word) * years, int(word) * years, QuantityKind.DURATION,
                             thing="years", value=int(word), unit="day")
    return None


def _parse_century(tokens: Tokens, index: int) -> tuple[Quantity, int] | None:
    """Read ``19th-century``, ``the 21st century``, ``nineteenth-century`` as a span of years."""
    word = tokens.get(index)
    parts = word.split("-")
    suffix = tokens.get(index + 1)
    if word.isdecimal() and suffix in _CENTURY_SUFFIXES and tokens.glued(index + 1):
        if suffix.endswith("-century"):  # one token: "19th-century"
            return make_quantity(tokens, index, index + 2, (int(word) - 1) * 100, int(word) * 100 - 1,
                                 QuantityKind.YEAR, value=int(word))
        rank, end = int(word), index + 2
    elif parts[0] in ORDINAL_WORDS or (len(parts) > 1 and parts[0] in TENS and parts[1] in ORDINAL_WORDS):
        rank = ORDINAL_WORDS.get(parts[0]) or TENS[parts[0]] + ORDINAL_WORDS[parts[1]]
        if parts[-1] == "century":
            return make_quantity(tokens, index, index + 1, (rank - 1) * 100, rank * 100 - 1, QuantityKind.YEAR,
                                 value=rank)
        end = index + 1
    else:
        return None
    if tokens.get(end) == "-" and tokens.glued(end) and tokens.get(end + 1) == "century":
        end += 2
    elif tokens.get(end) == "century":
        end += 1
    else:
        return None
    return make_quantity(tokens, index, end, (rank - 1) * 100, rank * 100 - 1, QuantityKind.YEAR, value=rank)
