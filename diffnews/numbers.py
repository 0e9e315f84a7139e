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

import math
import re
from dataclasses import dataclass

from diffnews.model import NumberStatus, Quantity, QuantityKind

APPROXIMATE_TOLERANCE = 0.10
"""``about``/``some``/``roughly`` N allow N +- 10%: the width a writer's rounding usually hides."""
NEARLY_TOLERANCE = 0.10
"""``nearly``/``almost`` N allow [0.9 N, N]: close below, and N itself as the rounded figure."""
ROUNDING_CAP = 0.10
"""A bare figure's implicit precision (half its last digit) never exceeds 10% of its value."""

# Replace one character by one character, so offsets into the working copy index the original.
_SAME_LENGTH = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'",
})
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:['-][A-Za-z]+)*|\S")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?$")
_WORDLIKE = re.compile(r"[a-z][a-z'-]*$|(?:[a-z]\.){2,}$")

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_GLUED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2,
              "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}
# Vague amounts. A plural tier word means at least two of the tier and fewer than the next tier,
# because a writer with a bigger figure would have used the bigger word.
_VAGUE = {"dozens": (24, 99), "scores": (40, 199), "hundreds": (200, 999), "thousands": (2000, 9999),
          "millions": (2e6, 9.99e6 - 1), "billions": (2e9, 1e10 - 1), "tens": (20, 99)}
_VAGUE_PHRASES = {("several",): (3, 9), ("a", "few"): (2, 5), ("a", "couple", "of"): (2, 3),
                  ("a", "couple"): (2, 3), ("a", "handful", "of"): (2, 6), ("a", "score", "of"): (20, 20),
                  ("half", "a", "dozen"): (6, 6), ("a", "dozen"): (12, 12), ("dozen",): (12, 12)}
_ORDINAL_WORDS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)}
_MONTHS = {m: i for i, ms in enumerate((
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
    "september sept sep", "october oct", "november nov", "december dec"), 1) for m in ms.split()}
_DAYS_PER = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30.4375,
             "year": 365.25, "decade": 3652.5, "century": 36525, "centuries": 36525}
_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY", "rupee": "INR",
                   "ruble": "RUB", "rouble": "RUB", "afghani": "AFN"}
_CURRENCY_NAMES = {"USD": "dollars", "EUR": "euros", "GBP": "pounds", "JPY": "yen", "CNY": "yuan", "INR": "rupees",
                   "RUB": "rubles", "AFN": "afghanis"}
QUALIFIERS = {
    **dict.fromkeys(("more than", "over", "above", "upwards of", "in excess of", "exceeding", "greater than",
                     "just over", "well over", "north of"), "above"),
    **dict.fromkeys(("at least", "no fewer than", "no less than", "a minimum of", "or more", "plus", "+"),
                    "at_least"),
    **dict.fromkeys(("fewer than", "less than", "under", "below", "well under"), "below"),
    **dict.fromkeys(("up to", "as many as", "at most", "no more than", "a maximum of", "not more than",
                     "or fewer", "or less"), "at_most"),
    **dict.fromkeys(("nearly", "almost", "close to", "just under", "just shy of", "approaching", "not quite"),
                    "nearly"),
    **dict.fromkeys(("about", "around", "some", "roughly", "approximately", "an estimated", "estimated",
                     "circa", "or so", "more or less", "approx"), "about"),
    "between": "range",
}
_PREFIX_QUALIFIERS = sorted((tuple(q.split()) for q in QUALIFIERS if q not in ("or more", "or so", "plus", "+",
                            "or fewer", "or less", "more or less")), key=len, reverse=True)
_IRREGULAR_PLURALS = frozenset(
    "people police personnel staff children women men cattle clergy militia media data feet teeth geese mice "
    "livestock youth".split())
_BOUNDARY = frozenset(
    "who whom whose that which where when while were was are is be been being had have has will would could "
    "should may might can did do does in on at to from for with by of and or but as than after before since "
    "during into onto over under about said says say told this these those the a an its their his her our it "
    "they he she we you i not no each per across against between among through now also only just more less "
    "ago earlier later there here if so then because than like including every all both".split())
_PRONOUNS = frozenset("them us those these which whom it you they we".split())
_DETERMINERS = frozenset("the its their his her our your my these those all this that".split())
_PHRASAL_OVER = frozenset("take takes took taken taking hand hands handing turn turns turning won".split())
_PARTITIVES = frozenset("members member percent share part majority proportion bulk".split())


@dataclass(frozen=True, slots=True)
class _Amount:
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


class _Tokens:
    """The tokens of one sentence with their character spans."""

    def __init__(self, text: str) -> None:
        matches = list(_TOKEN.finditer(text))
        self.text = text
        self.lower = [m.group().lower() for m in matches]
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]

    def __len__(self) -> int:
        return len(self.lower)

    def get(self, index: int) -> str:
        return self.lower[index] if 0 <= index < len(self.lower) else ""

    def glued(self, index: int) -> bool:
        """Whether token ``index`` touches the token before it."""
        return 0 < index < len(self.lower) and self.starts[index] == self.ends[index - 1]

    def matches(self, index: int, phrase: tuple[str, ...]) -> bool:
        return all(self.get(index + k) == word for k, word in enumerate(phrase))


def extract_quantities(text: str) -> tuple[Quantity, ...]:
    """Find the numbers in one sentence, with offsets into `text`."""
    tokens = _Tokens(text.translate(_SAME_LENGTH))
    found: list[Quantity] = []
    index = 0
    while index < len(tokens):
        parsed = _parse_at(tokens, index)
        if parsed is None:
            index += 1
            continue
        quantity, index = parsed
        found.append(_replace_text(quantity, text[quantity.start : quantity.end]))
    return tuple(found)


def _replace_text(quantity: Quantity, text: str) -> Quantity:
    return Quantity(text, quantity.start, quantity.end, quantity.low, quantity.high, quantity.kind,
                    quantity.thing, quantity.qualifier, quantity.value, quantity.unit)


def _make(tokens: _Tokens, first: int, end: int, low: float, high: float, kind: QuantityKind, *,
          thing: str = "", qualifier: str = "", value: float | None = None, unit: str = "") -> tuple[Quantity, int]:
    start, stop = tokens.starts[first], tokens.ends[end - 1]
    return Quantity(tokens.text[start:stop], start, stop, float(low), float(high), kind, thing, qualifier,
                    value, unit), end


def _parse_at(tokens: _Tokens, index: int) -> tuple[Quantity, int] | None:
    """Parse the quantity whose qualifier or number starts at token ``index``, if any."""
    if _is_code(tokens, index) or (index == 0 and tokens.get(1) == "." and tokens.glued(1)):
        return None
    special = _parse_calendar(tokens, index) or _parse_ratio(tokens, index)
    if special is not None:
        return special
    qualifier, core = _read_qualifier(tokens, index)
    if tokens.get(core) == "from" and qualifier == "":
        core += 1
    amount = _read_amount(tokens, core)
    if amount is None:
        return None
    low, high, end = amount.low, amount.high, amount.end
    range_end = _read_range_end(tokens, amount, qualifier)
    if range_end is not None:
        low, high, end, amount = range_end.low, range_end.high, range_end.end, range_end
        qualifier = ""
    suffix, end = _read_suffix_qualifier(tokens, end)
    qualifier = qualifier or suffix
    low, high = apply_qualifier(qualifier, low, high, integral=amount.kind is QuantityKind.COUNT)
    thing = amount.thing if amount.thing is not None else _read_thing(tokens, end, amount.value == 1)
    first = index if qualifier and qualifier not in ("or more", "or so", "plus", "+", "or fewer", "or less") else core
    if range_end is not None and tokens.get(index) in ("between", "from"):
        first = index
    return _make(tokens, first, end, low, high, amount.kind, thing=thing, qualifier=qualifier,
                 value=amount.value, unit=amount.unit)


def _is_code(tokens: _Tokens, index: int) -> bool:
    """Whether a digit token is part of a code or name such as ``F-16``, ``16x9`` or ``No. 10-277``."""
    word = tokens.get(index)
    if not word[:1].isdecimal():
        return False
    if tokens.glued(index) and (tokens.get(index - 1)[:1].isalpha() or tokens.get(index - 1) in ("-", "/", ".")):
        return not (tokens.get(index - 1) == "-" and not tokens.glued(index - 1))
    after = tokens.get(index + 1)
    if tokens.glued(index + 1) and after[:1].isalpha() and after not in (
            "st", "nd", "rd", "th", "s", "am", "pm", "a.m.", "p.m.", *_GLUED_SCALES):
        return True
    return tokens.get(index - 1) in ("#",) or (tokens.get(index - 1) == "." and tokens.get(index - 2) == "no")


def _number(tokens: _Tokens, index: int, *, in_range: bool = False) -> tuple[float, int] | None:
    """Read digits or number words at ``index`` as (value, next index), scale words included."""
    word = tokens.get(index)
    if _DIGITS.match(word) and (in_range or not _is_code(tokens, index)):
        value, end = float(word.replace(",", "")), index + 1
        if tokens.glued(end) and tokens.get(end) in _GLUED_SCALES:
            return value * _GLUED_SCALES[tokens.get(end)], end + 1
    else:
        parsed = _number_words(tokens, index)
        if parsed is None:
            return None
        value, end = parsed
    while tokens.get(end) in _SCALES:
        value, end = value * _SCALES[tokens.get(end)], end + 1
    return value, end


def _number_words(tokens: _Tokens, index: int) -> tuple[float, int] | None:
    """Read ``twenty-five``, ``a hundred``, ``two dozen``; bare ``one`` is left alone (mostly a pronoun)."""
    total, current, end, seen = 0.0, 0.0, index, 0
    if tokens.get(index) == "a" and tokens.get(index + 1) in ("hundred", "thousand", "million", "billion", "dozen"):
        current, end = 1.0, index + 1
    while end < len(tokens):
        parts = tokens.get(end).split("-")
        if not all(p in _UNITS or p in _TENS for p in parts) or len(parts) > 2:
            if tokens.get(end) == "dozen" and (current or seen == 0 and end > index):
                current, end, seen = (current or 1) * 12, end + 1, seen + 1
                continue
            if tokens.get(end) == "and" and seen and tokens.get(end + 1).split("-")[0] in {**_UNITS, **_TENS}:
                end += 1
                continue
            break
        current += sum(_UNITS.get(p, 0) + _TENS.get(p, 0) for p in parts)
        end, seen = end + 1, seen + 1
        if tokens.get(end) == "hundred":
            current, end = current * 100, end + 1
    if end == index or (seen == 0 and current == 0):
        return None
    if seen == 1 and tokens.get(index) == "one" and tokens.get(end) not in (*_SCALES, "dozen"):
        return None
    if tokens.get(index) == "zero" and seen == 1:
        return None
    return total + current, end


def _read_amount(tokens: _Tokens, index: int, *, in_range: bool = False) -> _Amount | None:
    """Read a number, vague amount or fraction with its unit (percent, currency, time)."""
    currency = ""
    if tokens.get(index) in ("us", "u.s.") and tokens.get(index + 1) == "$" and tokens.glued(index + 1):
        index += 1
    if tokens.get(index) in _CURRENCY_SIGNS:
        currency, index = _CURRENCY_SIGNS[tokens.get(index)], index + 1
    vague = _read_vague(tokens, index)
    if vague is not None:
        low, high, end = vague
        value, is_vague = (low if low == high else None), low != high
    else:
        number = _number(tokens, index, in_range=in_range)
        if number is None:
            return _read_fraction(tokens, index) if not currency else None
        value, end = number
        low = high = value
        is_vague = False
    amount = _with_unit(tokens, low, high, value, end, currency, is_vague)
    written = tokens.get(index).replace(",", "")
    return _replace_written(amount, float(written) if _DIGITS.match(tokens.get(index)) else value)


def _replace_written(amount: _Amount, written: float | None) -> _Amount:
    return _Amount(amount.low, amount.high, amount.value, amount.kind, amount.end, amount.unit, amount.thing,
                   amount.vague, written)


def _read_vague(tokens: _Tokens, index: int) -> tuple[float, float, int] | None:
    """Read ``dozens``, ``hundreds of thousands``, ``several hundred``, ``a few``."""
    word = tokens.get(index)
    bounds: tuple[float, float] | None = None
    end = index
    if word in _VAGUE and not (word == "tens" and tokens.get(index + 1) != "of"):
        bounds, end = _VAGUE[word], index + 1
    else:
        for phrase, phrase_bounds in _VAGUE_PHRASES.items():
            if tokens.matches(index, phrase):
                bounds, end = phrase_bounds, index + len(phrase)
                break
    if bounds is None:
        return None
    low, high = float(bounds[0]), float(bounds[1])
    scale_word = tokens.get(end + 1) if tokens.get(end) == "of" else tokens.get(end)
    scale = _SCALES.get(scale_word.rstrip("s")) or (12.0 if scale_word in ("dozen", "dozens") else None)
    if scale and (scale_word.endswith("s") == (tokens.get(end) == "of")):
        end += 2 if tokens.get(end) == "of" else 1
        low, high = low * scale, (high + 1) * scale - 1 if low != high else high * scale
    elif word == "tens":
        return None
    return low, high, end


def _read_fraction(tokens: _Tokens, index: int) -> _Amount | None:
    """Read ``half of``, ``two-thirds of``, ``a quarter of`` as a percent of what follows."""
    first, end = tokens.get(index), index + 1
    parts = first.split("-")
    if len(parts) == 2 and parts[0] in _UNITS and parts[1] in _FRACTIONS:
        share = _UNITS[parts[0]] * _FRACTIONS[parts[1]]
    elif first == "half":
        share = 0.5
    elif first in ("a", "one") and tokens.get(index + 1) in _FRACTIONS:
        share, end = _FRACTIONS[tokens.get(index + 1)], index + 2
    else:
        return None
    if tokens.get(end) != "of":
        return None
    percent = round(share * 100, 6)
    return _Amount(percent, percent, percent, QuantityKind.PERCENT, end, "percent",
                   thing=_read_thing(tokens, end, False) or "percent")


def _with_unit(tokens: _Tokens, low: float, high: float, value: float | None, end: int, currency: str,
               vague: bool) -> _Amount:
    """Attach what follows the number: percent sign or word, currency word, time unit."""
    word, next_word = tokens.get(end), tokens.get(end + 1)
    if vague and word == "of" and (next_word in _CURRENCY_WORDS or next_word[:-1] in _CURRENCY_WORDS):
        currency, end = _CURRENCY_WORDS.get(next_word) or _CURRENCY_WORDS[next_word[:-1]], end + 2
    if currency:
        return _Amount(low, high, value, QuantityKind.MONEY, end, currency, _CURRENCY_NAMES[currency], vague)
    if word == "%" or word in ("percent", "pct") or (word == "per" and next_word == "cent"):
        end += 2 if word == "per" else 1
        if tokens.get(end) in ("point", "points") or (word == "percentage" and next_word in ("point", "points")):
            end += 1
        thing = _read_thing(tokens, end, False) if tokens.get(end) == "of" else "percent"
        return _Amount(low, high, value, QuantityKind.PERCENT, end, "percent", thing or "percent", vague)
    if word == "percentage" and next_word in ("point", "points"):
        return _Amount(low, high, value, QuantityKind.PERCENT, end + 2, "point", "percentage points", vague)
    singular = word[:-1] if word.endswith("s") and word not in ("centuries",) else word
    if singular in _CURRENCY_WORDS or word in _CURRENCY_WORDS:
        code = _CURRENCY_WORDS.get(singular) or _CURRENCY_WORDS[word]
        return _Amount(low, high, value, QuantityKind.MONEY, end + 1, code, _CURRENCY_NAMES[code], vague)
    hyphen = word == "-" and tokens.glued(end) and tokens.glued(end + 1)
    unit_word = next_word.split("-")[0] if hyphen else word
    unit = unit_word[:-1] if unit_word.endswith("s") and unit_word[:-1] in _DAYS_PER else unit_word
    if unit in _DAYS_PER:
        days = _DAYS_PER[unit]
        thing = (unit if unit != "centuries" else "century") + "s"
        return _Amount(low * days, high * days, value, QuantityKind.DURATION, end + (2 if hyphen else 1), "day",
                       thing, vague)
    return _Amount(low, high, value, QuantityKind.COUNT, end, "", None, vague)


def _read_qualifier(tokens: _Tokens, index: int) -> tuple[str, int]:
    """Read a bound-moving phrase before the number, as written, and the index after it."""
    for phrase in _PREFIX_QUALIFIERS:
        if phrase == ("over",) and _is_particle(tokens, index):
            continue
        if tokens.matches(index, phrase):
            return " ".join(phrase), index + len(phrase)
    return "", index


def _is_particle(tokens: _Tokens, index: int) -> bool:
    """Whether ``over`` belongs to a phrasal verb (``handed over seven``) rather than meaning "more than"."""
    before = tokens.get(index - 1)
    return before.endswith("ed") or before in _PHRASAL_OVER


def _read_suffix_qualifier(tokens: _Tokens, end: int) -> tuple[str, int]:
    """Read ``or more``, ``or so``, ``-plus`` or ``+`` after the number."""
    if tokens.get(end) == "or" and tokens.get(end + 1) in ("more", "so", "fewer", "less"):
        return "or " + tokens.get(end + 1), end + 2
    if tokens.get(end) == "-" and tokens.get(end + 1) == "plus" and tokens.glued(end) and tokens.glued(end + 1):
        return "plus", end + 2
    if tokens.get(end) == "+" and tokens.glued(end):
        return "+", end + 1
    return "", end


def _read_range_end(tokens: _Tokens, first: _Amount, qualifier: str) -> _Amount | None:
    """Read the upper end of ``18 to 25``, ``10-12%`` or ``between 10 and 12``."""
    joiner = tokens.get(first.end)
    if not (joiner in ("to", "-") or (joiner == "and" and qualifier == "between")):
        return None
    currency_sign = tokens.get(first.end + 1) in _CURRENCY_SIGNS
    second = _read_amount(tokens, first.end + 1, in_range=True)
    if second is None or second.vague or first.vague or not first.written or not second.written:
        return None
    low = first.low
    if first.kind is QuantityKind.COUNT and first.low == first.written:
        # The unit or scale comes once, after the second number ("18 to 25 years", "1.5 to 2 million").
        if first.written < second.written:
            low = first.written * second.low / second.written
        if second.kind is not QuantityKind.COUNT and low == first.low and second.low != second.written:
            return None
    elif first.kind is not second.kind and not currency_sign:
        return None
    if low >= second.high:
        return None
    return _Amount(low, second.high, None, second.kind, second.end, second.unit, second.thing)


def apply_qualifier(qualifier: str, low: float, high: float, *, integral: bool) -> tuple[float, float]:
    """Move [low, high] by a qualifier: ``more than`` opens the top, ``about`` widens by 10%, ..."""
    role = QUALIFIERS.get(qualifier.lower(), "")
    step = 1.0 if integral and low.is_integer() and high.is_integer() else 0.0
    if role == "above":
        return (high + step if step else math.nextafter(high, math.inf)), math.inf
    if role == "at_least":
        return low, math.inf
    if role == "below":
        return 0.0, (low - step if step else math.nextafter(low, -math.inf))
    if role == "at_most":
        return 0.0, high
    if role == "nearly":
        return low * (1 - NEARLY_TOLERANCE), high
    if role == "about":
        return low * (1 - APPROXIMATE_TOLERANCE), high * (1 + APPROXIMATE_TOLERANCE)
    return low, high


def _is_plural(word: str) -> bool:
    if word in _IRREGULAR_PLURALS or (word.endswith("men") and len(word) > 4):
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))


def _read_thing(tokens: _Tokens, index: int, singular: bool) -> str:
    """Read the counted noun phrase after a number: modifiers up to the first plural head noun."""
    if tokens.get(index) == "of":
        index += 1
        if tokens.get(index) in _PRONOUNS:
            return ""
        while tokens.get(index) in _DETERMINERS:
            index += 1
    collected: list[str] = []
    while tokens.get(index) in ('"', "'"):
        index += 1
    while len(collected) < 6 and index < len(tokens):
        word = tokens.get(index)
        if word == "and" and collected and _WORDLIKE.match(tokens.get(index + 1)) and len(collected) < 3:
            collected.append(word)
            index += 1
            continue
        if not _WORDLIKE.match(word) or word in _BOUNDARY or word in _MONTHS or (
                collected and tokens.get(index - 1) == "-" and not tokens.glued(index)):
            break
        collected.append(word.replace(".", "") if "." in word else word)
        index += 1
        if _is_plural(word) or singular:
            break
    if collected and not singular and not _is_plural(collected[-1]):
        collected = collected[:1]
    while collected and (collected[-1] == "and" or collected[-1].endswith(("ed", "ing")) and not _is_plural(
            collected[-1])):
        collected.pop()
    if collected and collected[-1] in _PARTITIVES and tokens.get(index) == "of":
        return _read_thing(tokens, index, False) or " ".join(collected)
    return " ".join(collected)


def _parse_calendar(tokens: _Tokens, index: int) -> tuple[Quantity, int] | None:
    """Recognise dates, clock times, years and ordinals, so they are never counted as amounts."""
    word, after = tokens.get(index), tokens.get(index + 1)
    if word in _MONTHS and (word != "may" or tokens.starts and tokens.text[tokens.starts[index]].isupper()):
        end = index + 1 + (after == "." and tokens.glued(index + 1))
        day = tokens.get(end)
        if day.isdecimal() and 1 <= int(day) <= 31 and not _is_code(tokens, end):
            end += 1 + (tokens.get(end + 1) in ("st", "nd", "rd", "th") and tokens.glued(end + 1))
            year = tokens.get(end + 1) if tokens.get(end) == "," else ""
            end += 2 if len(year) == 4 and year.isdecimal() else 0
            value = _MONTHS[word] * 100 + int(day)
            return _make(tokens, index, end, value, value, QuantityKind.DATE, value=value)
        if len(day) == 4 and day.isdecimal():
            value = int(day) * 100 + _MONTHS[word]
            return _make(tokens, index, end + 1, value, value, QuantityKind.DATE, value=value)
        return None
    if not word.isdecimal():
        if word in _ORDINAL_WORDS or (word.split("-")[-1] in _ORDINAL_WORDS and word.split("-")[0] in _TENS):
            if word == "second" and tokens.get(index - 1) not in _DETERMINERS:
                return None
            parts = word.split("-")
            value = _ORDINAL_WORDS[parts[-1]] + (_TENS[parts[0]] if len(parts) == 2 else 0)
            return _make(tokens, index, index + 1, value, value, QuantityKind.ORDINAL, value=value,
                         thing=_read_thing(tokens, index + 1, True))
        return None
    number = int(word)
    if tokens.glued(index + 1) and after in ("st", "nd", "rd", "th"):
        return _make(tokens, index, index + 2, number, number, QuantityKind.ORDINAL, value=number,
                     thing=_read_thing(tokens, index + 2, True))
    if after in (":", "/") and tokens.glued(index + 1) and tokens.get(index + 2).isdecimal() and tokens.glued(index + 2):
        end = index + 3
        if after == ":":
            end += tokens.get(end) in ("a.m.", "p.m.", "am", "pm")
            value = number * 60 + int(tokens.get(index + 2))
            return _make(tokens, index, end, value, value, QuantityKind.TIME, value=value)
        if tokens.get(end) == "/" and tokens.glued(end) and tokens.get(end + 1).isdecimal():
            end += 2
        value = number * 100 + int(tokens.get(index + 2))
        return _make(tokens, index, end, value, value, QuantityKind.DATE, value=value)
    if after in ("a.m.", "p.m.", "am", "pm") and number <= 12:
        return _make(tokens, index, index + 2, number * 60, number * 60, QuantityKind.TIME, value=number * 60)
    if tokens.get(index - 1) in _MONTHS or after in _MONTHS and 1 <= number <= 31:
        if after in _MONTHS:
            end = index + 2 + (tokens.get(index + 2).isdecimal() and len(tokens.get(index + 2)) == 4)
            value = _MONTHS[after] * 100 + number
            return _make(tokens, index, end, value, value, QuantityKind.DATE, value=value)
    if len(word) == 4 and 1000 <= number <= 2099:
        if after == "s" and tokens.glued(index + 1):
            return _make(tokens, index, index + 2, number, number + 9, QuantityKind.YEAR, value=number)
        next_word = tokens.get(index + 1)
        if not (_is_plural(next_word) and next_word not in _BOUNDARY and tokens.get(index - 1) != "the"):
            return _make(tokens, index, index + 1, number, number, QuantityKind.YEAR, value=number)
    return None


def _parse_ratio(tokens: _Tokens, index: int) -> tuple[Quantity, int] | None:
    """Read ``1 in 3``, ``one-in-three`` and ``2 out of 3`` as a percent."""
    parts = tokens.get(index).split("-")
    if len(parts) == 3 and parts[1] == "in" and all(p in _UNITS or p in _TENS for p in parts[::2]):
        numerator, denominator = (_UNITS.get(p) or _TENS.get(p, 0) for p in parts[::2])
        end = index + 1
    else:
        first = _number(tokens, index)
        if first is None or first[1] != index + 1:
            return None
        joiner = (tokens.get(index + 1),) if tokens.get(index + 1) == "in" else (tokens.get(index + 1), "of")
        if joiner not in (("in",), ("out", "of")) or not tokens.matches(index + 1, joiner):
            return None
        second = _number(tokens, index + 1 + len(joiner))
        if second is None or second[1] != index + 2 + len(joiner):
            return None
        numerator, denominator, end = first[0], second[0], second[1]
    if not 0 < numerator < denominator <= 1000 or tokens.get(end) in _MONTHS:
        return None
    percent = round(100 * numerator / denominator, 6)
    return _make(tokens, index, end, percent, percent, QuantityKind.PERCENT, value=percent, unit="percent",
                 thing=_read_thing(tokens, end, True) or "percent")


def precision_of(quantity: Quantity) -> float:
    """Return the unit of the last significant digit as written, in the quantity's units (``280`` -> 10)."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", quantity.text)
    written = digits.group().replace(",", "") if digits else ""
    number = float(written) if written else (quantity.value or 0.0)
    if "." in written:
        step = 10.0 ** -len(written.split(".")[1])
    else:
        integer, step = int(number), 1.0
        while integer and integer % 10 == 0:
            integer, step = integer // 10, step * 10
    scale = quantity.low / number if number else 1.0
    return step * abs(scale)


def _rounding_tolerance(quantity: Quantity) -> float:
    """Half a unit of a bare figure's last significant digit, capped at ROUNDING_CAP of its value."""
    if quantity.qualifier or quantity.low != quantity.high or quantity.value is None:
        return 0.0
    return min(precision_of(quantity) / 2, abs(quantity.low) * ROUNDING_CAP)


def relate(a: Quantity, b: Quantity) -> NumberStatus:
    """Relate two figures: SAME, COMPATIBLE (overlap or agreement after rounding) or CONFLICT.

    >>> status = lambda x, y: relate(extract_quantities(x)[0], extract_quantities(y)[0]).value
    >>> status("more than 90 percent", "90%"), status("$1.375 billion", "$1.4 billion"), status("1,000", "280")
    ('compatible', 'compatible', 'conflict')
    """
    if _close(a.low, b.low) and _close(a.high, b.high):
        return NumberStatus.SAME
    if a.low <= b.high and b.low <= a.high:
        return NumberStatus.COMPATIBLE
    widen_a, widen_b = _rounding_tolerance(a), _rounding_tolerance(b)
    if a.low - widen_a <= b.high + widen_b and b.low - widen_b <= a.high + widen_a:
        return NumberStatus.COMPATIBLE
    return NumberStatus.CONFLICT


def _close(x: float, y: float) -> bool:
    if math.isinf(x) or math.isinf(y):
        return x == y
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)
