"""Words and tokens of the numbers stage: vocabulary tables, number words, counted things, calendar and odds.

Internal to :mod:`diffnews.numbers`, which holds the public API; split out so that
each module stays short.  ``Tokens`` indexes one sentence; the readers take a token
index and return what they read with the index just past it.

>>> tokens = Tokens("twenty-five hundred troops")
>>> read_number(tokens, 0), read_thing(tokens, 2, False)
((2500.0, 2), 'troops')
"""

from __future__ import annotations

import re

from diffnews.lexicon import STOPWORDS as _LEXICON_STOPWORDS
from diffnews.model import Quantity, QuantityKind

LAKH_GROUPED = r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?!\d|,\d)"
"""Digits grouped the Indian way, in lakhs and crores: ``1,50,000`` (150,000), ``2,50,00,000`` (25,000,000)."""
TOKEN = re.compile(
    LAKH_GROUPED + r"|(?:[A-Za-z]\.){2,}|\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    # A scale word hyphened to a noun is a token of its own: "a 77 million-member church" is 77 million members.
    r"|(?i:hundred|thousand|million|billion|trillion)(?=-[A-Za-z])|[A-Za-z]+(?:['-][A-Za-z]+)*|\S")
DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?$")
WORDLIKE = re.compile(r"[a-z][a-z'-]*$|(?:[a-z]\.){2,}$")
UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
GLUED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2,
             "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}
MULTIPLIERS = {"twice": 2, "double": 2, "triple": 3, "treble": 3, "quadruple": 4}
"""Words that state a multiple as a figure ("double the $818 million" is 200 percent of it), before MULTIPLIED."""
MULTIPLIED = frozenset("the that this those these its their his her our as what".split())
# Vague amounts. A plural tier word means at least two of the tier and fewer than the next tier,
# because a writer with a bigger figure would have used the bigger word.
VAGUE = {"dozens": (24, 99), "scores": (40, 199), "hundreds": (200, 999), "thousands": (2000, 9999),
         "millions": (2e6, 9.99e6 - 1), "billions": (2e9, 1e10 - 1), "tens": (20, 99)}
VAGUE_PHRASES = {("several",): (3, 9), ("a", "few"): (2, 5), ("a", "couple", "of"): (2, 3),
                 ("a", "couple"): (2, 3), ("couple", "of"): (2, 3), ("a", "handful", "of"): (2, 6),
                 ("a", "score", "of"): (20, 20), ("half", "a", "dozen"): (6, 6), ("a", "dozen"): (12, 12),
                 ("dozen",): (12, 12)}
ORDINAL_WORDS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)}
MONTHS = {m: i for i, ms in enumerate((
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
    "september sept sep", "october oct", "november nov", "december dec"), 1) for m in ms.split()}
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
DAYS_PER = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30.4375,
            "year": 365.25, "decade": 3652.5, "century": 36525, "centuries": 36525}
CURRENCY_CODES = {"usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "inr": "INR", "rub": "RUB",
                  "afn": "AFN", "chf": "CHF", "zar": "ZAR", "ngn": "NGN", "kes": "KES", "krw": "KRW", "cad": "CAD",
                  "aud": "AUD", "nzd": "NZD", "hkd": "HKD", "sgd": "SGD"}
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "rs": "INR", "₦": "NGN", "₩": "KRW",
                  "ksh": "KES", **CURRENCY_CODES}
"""Written before the figure: signs, ISO codes and ``Rs`` (``Rs 4,500 crore``, ``USD 5 million``)."""
CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY", "rupee": "INR",
                  "ruble": "RUB", "rouble": "RUB", "afghani": "AFN", "rand": "ZAR", "naira": "NGN", "franc": "CHF",
                  "baht": "THB", "lira": "TRY", "shekel": "ILS", "ringgit": "MYR", "rupiah": "IDR", "zloty": "PLN",
                  "hryvnia": "UAH", "riyal": "SAR", "dirham": "AED", "taka": "BDT", "cedi": "GHS",
                  "shilling": "KES", **CURRENCY_CODES}
CURRENCY_NAMES = {"USD": "dollars", "EUR": "euros", "GBP": "pounds", "JPY": "yen", "CNY": "yuan", "INR": "rupees",
                  "RUB": "rubles", "AFN": "afghanis", "CHF": "francs", "ZAR": "rand", "NGN": "naira",
                  "KES": "shillings", "KRW": "won", "THB": "baht", "TRY": "lira", "ILS": "shekels", "MYR": "ringgit",
                  "IDR": "rupiah", "PLN": "zloty", "UAH": "hryvnias", "SAR": "riyals", "AED": "dirhams", "BDT": "taka",
                  "GHS": "cedis", "BRL": "reais",
                  **dict.fromkeys(("CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "JMD", "TTD", "XCD"), "dollars"),
                  **dict.fromkeys(("MXN", "PHP", "ARS"), "pesos")}
DOLLAR_PREFIXES = {"us": "USD", "u.s.": "USD", "c": "CAD", "a": "AUD", "nz": "NZD", "hk": "HKD", "s": "SGD",
                   "nt": "TWD", "j": "JMD", "tt": "TTD", "ec": "XCD", "r": "BRL", "mex": "MXN"}
"""Letters glued before ``$`` that say whose dollar (or real, or peso) it is: ``US$729``, ``C$16.93``, ``A$4.56``,
``HK$3``, ``J$8.9 million``, ``NT$5 billion``, ``R$2 billion``."""
SUBUNITS = {"cent": "USD", "cents": "USD", "pence": "GBP", "penny": "GBP", "pennies": "GBP"}
"""Words for a hundredth of a currency after a figure: ``16 cents`` is $0.16, ``4 pence`` is 0.04 pounds."""
CURRENCY_ADJECTIVES = {"u.s.": "USD", "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
                       "euro": "EUR", "swiss": "CHF", "singapore": "SGD", "taiwan": "TWD", "taiwanese": "TWD",
                       "mexican": "MXN", "philippine": "PHP", "argentine": "ARS", "hong kong": "HKD",
                       "new zealand": "NZD"}
"""Words before a currency or its subunit that say whose it is: ``5,000 Canadian dollars``, ``63 Canadian cents``,
``Swiss francs``, ``Mexican pesos``."""
LETTER_SIGNS = {"r": "ZAR", "n": "NGN"}
"""Capital letters written against a scaled figure as a currency sign: ``R12.5 billion`` (rand), ``N21.8 trillion``."""
MEASURES = {
    **dict.fromkeys("km kms kilometre kilometres kilometer kilometers".split(), "km"),
    **dict.fromkeys("mile miles".split(), "mi"),
    **dict.fromkeys("metre metres meter meters".split(), "m"),
    **dict.fromkeys("cm centimetre centimetres centimeter centimeters".split(), "cm"),
    **dict.fromkeys("mm millimetre millimetres millimeter millimeters".split(), "mm"),
    **dict.fromkeys("ft foot feet".split(), "ft"),
    **dict.fromkeys("inch inches".split(), "in"),
    **dict.fromkeys("yard yards".split(), "yd"),
    **dict.fromkeys("kg kgs kilogram kilograms kilogramme kilogrammes kilo kilos".split(), "kg"),
    # Tons and tonnes are one unit here: outlets write either for the same cargo, and the two differ by 10%.
    **dict.fromkeys("tonne tonnes ton tons".split(), "t"),
    **dict.fromkeys("lb lbs".split(), "lb"),
    "mph": "mph", "kph": "km/h", "kmh": "km/h", "knot": "kn", "knots": "kn",
    **dict.fromkeys("acre acres".split(), "acre"),
    **dict.fromkeys("hectare hectares ha".split(), "ha"),
    **dict.fromkeys("litre litres liter liters".split(), "l"),
    **dict.fromkeys("gallon gallons".split(), "gal"),
}
"""Words of measurement after a figure, with the unit they name: ``32 miles`` is 32 ``mi``."""
GLUED_MEASURES = {"in": "in", "mi": "mi", "t": "t", "l": "l", "g": "g"}
"""Short units read only when glued to the figure (``5in``, ``200g``): as words they are common words."""
UNIT_SIZES = {
    "km": ("length", 1000.0), "mi": ("length", 1609.344), "m": ("length", 1.0), "cm": ("length", 0.01),
    "mm": ("length", 0.001), "ft": ("length", 0.3048), "in": ("length", 0.0254), "yd": ("length", 0.9144),
    "kg": ("mass", 1.0), "t": ("mass", 1000.0), "lb": ("mass", 0.45359237), "g": ("mass", 0.001),
    # Temperatures are held in degrees Celsius whichever scale is written (numbers._with_unit converts on reading,
    # as "16 cents" is held as $0.16): the unit names the scale written.
    "°C": ("temperature", 1.0), "°F": ("temperature", 1.0),
    "km/h": ("speed", 1 / 3.6), "mph": ("speed", 0.44704), "kn": ("speed", 1852 / 3600),
    "acre": ("area", 4046.8564224), "ha": ("area", 10000.0), "sq km": ("area", 1e6), "sq mi": ("area", 1609.344 ** 2),
    "sq m": ("area", 1.0), "sq ft": ("area", 0.3048 ** 2), "l": ("volume", 1.0), "gal": ("volume", 3.785411784),
}
"""Each unit's dimension and size in that dimension's base unit (metre, kilogram, m/s, square metre, litre)."""
IRREGULAR_PLURALS = frozenset(
    "people police personnel staff children women men cattle clergy militia media data feet teeth geese mice "
    "livestock youth".split())
BOUNDARY = frozenset(
    "who whom whose that which where when while were was are is be been being had have has will would could "
    "should may might can did do does in on at to from for with by of and or but as than after before since "
    "during into onto over under about said says say told this these those the a an its their his her our it "
    "they he she we you i not no each per across against between among through now also only just more less "
    "ago earlier later there here if so then because than like including every all both "
    "yesterday today tomorrow tonight overnight last next monday tuesday wednesday thursday friday saturday "
    "sunday".split())
PRONOUNS = frozenset("them us those these which whom it you they we".split())
DETERMINERS = frozenset("the its their his her our your my these those all this that".split())
PARTITIVES = frozenset("members member percent share part majority proportion bulk".split())

# Words of movement before a figure: the figure is the size of the change ("rose 41.61 points", "cut by 10
# percent"), and a following "to" figure is the new level.
MOVES = frozenset(
    "rise rises rising rose risen climb climbs climbed gain gains gained advance advances advanced jump jumps jumped "
    "increase increases increased grow grows grew grown surge surges surged soar soars soared add adds added "
    "fall falls falling fell fallen drop drops dropped decline declines declined slip slips slipped lose loses lost "
    "shed sheds dip dips dipped slide slides slid ease eases eased tumble tumbles tumbled plunge plunges plunged "
    "decrease decreases decreased sink sinks sank sunk cut cuts raise raises raised lower lowers lowered "
    "edge edges edged rally rallies rallied up down higher lower spurt spurts spurted slump slumps slumped "
    "skid skids skidded leap leaps leaped leapt plummet plummets plummeted rebound rebounds rebounded "
    "retreat retreats retreated sag sags sagged trim trims trimmed firm firms firmed weaken weakens weakened "
    "strengthen strengthens strengthened widen widens widened narrow narrows narrowed "
    "climbing gaining advancing jumping increasing growing surging soaring adding dropping declining slipping "
    "losing shedding dipping sliding easing tumbling plunging decreasing sinking cutting raising lowering edging "
    "rallying spurting slumping skidding leaping plummeting rebounding retreating sagging trimming firming "
    "weakening strengthening widening narrowing expand expands expanded expanding shrink shrinks shrank shrunk "
    "shrinking swell swells swelled swollen swelling".split())

WEIGHING_WORDS = frozenset("a mere just only another further modest slight scant whopping hefty solid meager".split())
"""Words between a move and its size that weigh it without breaking it: "up a mere 0.04", "fell another 3%"."""


class Tokens:
    """The tokens of one sentence with their character spans."""

    def __init__(self, text: str) -> None:
        matches = list(TOKEN.finditer(text))
        self.text = text
        self.lower = [m.group().lower() for m in matches]
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]
        self.title_case: bool | None = None
        """Whether most longer words are capitalized (a headline); computed once, on first need."""

    def __len__(self) -> int:
        return len(self.lower)

    def get(self, index: int) -> str:
        """Return token ``index`` lowercased, or ``""`` past either end."""
        return self.lower[index] if 0 <= index < len(self.lower) else ""

    def glued(self, index: int) -> bool:
        """Whether token ``index`` touches the token before it."""
        return 0 < index < len(self.lower) and self.starts[index] == self.ends[index - 1]

    def matches(self, index: int, phrase: tuple[str, ...]) -> bool:
        """Whether the tokens from ``index`` on spell ``phrase``."""
        return all(self.get(index + k) == word for k, word in enumerate(phrase))


def make_quantity(tokens: Tokens, first: int, end: int, low: float, high: float, kind: QuantityKind, *,
                  thing: str = "", qualifier: str = "", value: float | None = None,
                  unit: str = "") -> tuple[Quantity, int]:
    """Build the quantity spanning tokens ``first`` to ``end`` (exclusive), paired with ``end``."""
    start, stop = tokens.starts[first], tokens.ends[end - 1]
    return Quantity(tokens.text[start:stop], start, stop, float(low), float(high), kind, thing, qualifier,
                    value, unit), end


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
        return None if tokens.get(fraction[1]) == "of" else fraction  # "of" makes a share (numbers._read_fraction)
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


def is_plural(word: str) -> bool:
    """Whether a lowercase word looks like a plural noun (``troops``, ``servicemen``, ``people``)."""
    if word in IRREGULAR_PLURALS or (word.endswith("men") and len(word) > 4):
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))


def read_thing(tokens: Tokens, index: int, singular: bool) -> str:
    """Read the counted noun phrase after a number: modifiers up to the first plural head noun (one word when
    ``singular``).  What is no noun phrase gives a state (``80 still missing``, ``76 remain missing``) or nothing.
    """
    partitive = tokens.get(index) == "of"
    if partitive:
        index += 1
        if tokens.get(index) in PRONOUNS:
            return ""
        while tokens.get(index) in DETERMINERS:
            index += 1
    collected: list[str] = []
    while tokens.get(index) in ('"', "'"):
        index += 1
    if (state := _state_after_adverbs(tokens, index)) is not None:
        return state
    if not partitive and tokens.get(index) in _PLACE_ADVERBS and not is_plural(tokens.get(index + 1)):
        return ""  # "killing two aboard", "200 abroad": where they are, not what they are
    while len(collected) < 6 and index < len(tokens):
        word = tokens.get(index)
        if word == "and" and collected and WORDLIKE.match(tokens.get(index + 1)) and len(collected) < 3:
            collected.append(word)
            index += 1
            continue
        if not WORDLIKE.match(word) or word in BOUNDARY or word in MONTHS or (
                collected and tokens.get(index - 1) == "-" and not tokens.glued(index)):
            break
        collected.append(word.replace(".", "") if "." in word else word)
        index += 1
        while tokens.glued(index) and _continues_code(tokens, index, collected[-1]):
            collected[-1] += tokens.get(index)  # a code names a kind of thing: "170 Covid-19 cases", "20 F-16 jets"
            index += 1
        if is_plural(word) or singular:
            break
    if len(collected) >= 2 and not singular and _headline_verb(tokens, index, collected):
        return " ".join(collected[:-1])  # "6.8 magnitude quake kills at least 15": the thing is the quake
    if collected and not is_plural(collected[-1]) and collected[0] in _LEXICON_STOPWORDS and (
            collected[0] not in _NOUN_PHRASE_WORDS):
        return ""  # a function word opens no noun phrase: "millions around the world"
    if collected and not singular and not is_plural(collected[-1]):
        collected = collected[:1]
    while collected and (collected[-1] == "and" or collected[-1].endswith(("ed", "ing")) and not is_plural(
            collected[-1])):
        collected.pop()
    if collected and collected[-1] in PARTITIVES and tokens.get(index) == "of":
        return read_thing(tokens, index, False) or " ".join(collected)
    return " ".join(collected)


def _continues_code(tokens: Tokens, index: int, word: str) -> bool:
    """Whether the token at ``index``, glued to ``word``, continues a code: digits (``MH17``), letters after digits
    (``H1N1``) or a hyphen before digits (``Covid-19``, ``F-16``)."""
    part = tokens.get(index)
    if part[:1].isdigit():
        return True
    if part.isalpha():
        return any(character.isdigit() for character in word)
    return part == "-" and tokens.glued(index + 1) and tokens.get(index + 1)[:1].isdigit()


# A figure a verb of killing or wounding governs, with no noun after it, counts the dead or the injured:
# "quake kills at least 15 in Ecuador", "injuring 50".
_TOLL_VERBS = {**dict.fromkeys("kill kills killed killing".split(), "dead"),
               **dict.fromkeys("injure injures injured injuring wound wounds wounded wounding".split(), "injured")}
_TOLL_NOUNS = {"death": "dead", "injury": "injured"}
"""What a toll counts by the noun before it: the death toll counts the dead."""
STATES = {"missing": "missing", "dead": "dead", "hurt": "injured",
          **{word: _TOLL_VERBS[word] for word in ("killed", "injured", "wounded")}}
"""Words of the state a toll counts people in, and the state each names: ``76 remain missing``, ``200 reportedly
killed`` (the dead)."""
_PLACE_ADVERBS = frozenset(
    "aboard onboard abroad overseas nationwide worldwide apiece overall altogether inside outside ashore indoors "
    "outdoors upstairs downstairs nearby".split())
"""Adverbs of place or manner that follow a figure in place of a noun: ``killing two aboard``, ``$20 apiece``."""
_FUNCTION_ADVERBS = frozenset("still already again even ever often once quite rather too very yet thus".split())
"""Adverbs of the lexicon's stop list: after a figure they modify what follows (``80 still missing``)."""
_LY_NOUNS = frozenset("family assembly supply monopoly anomaly butterfly homily melancholy".split())
"""Words in ``-ly`` that are nouns, not adverbs."""
_NOUN_PHRASE_WORDS = frozenset(
    "another any few many most much one other others own same several some such what whatever least us".split())
"""Words of the lexicon's stop list that open or are a noun phrase (``5 others``, ``30 US troops``)."""
_LINKING_VERBS = frozenset("remain remains stay stays lie lay".split())
"""Verbs that link a count to its state without ``-ed``: ``76 remain missing``, ``12 lay dead``."""


def is_adverb(word: str) -> bool:
    """Whether a lowercase word is an adverb: one of the stop list's (``still``), or in ``-ly`` (``reportedly``)."""
    return word in _FUNCTION_ADVERBS or len(word) >= 6 and word.endswith("ly") and word not in _LY_NOUNS


def _state_after_adverbs(tokens: Tokens, index: int) -> str | None:
    """Return the thing of a figure that no noun phrase follows: a state that ends its phrase, after adverbs and a
    linking verb or participle ("80 still missing", "76 remain missing", "12 feared dead", "200 reportedly killed":
    the dead), or nothing after an adverb (an adverb modifies a verb or adjective: "20 reportedly fled").
    None when a noun phrase may follow ("12 injured people", "4 Iraqis killed", "5 seriously injured people")."""
    position = index
    while is_adverb(tokens.get(position)):
        position += 1
    link = tokens.get(position)
    if link not in STATES and tokens.get(position + 1) in STATES and (link in _LINKING_VERBS or link.endswith("ed")):
        position += 1
    after = tokens.get(position + 1)
    if tokens.get(position) in STATES and (not WORDLIKE.match(after) or after in BOUNDARY):
        return STATES[tokens.get(position)]
    if not is_adverb(tokens.get(index)):
        return None
    for end in range(position, position + 6):
        word = tokens.get(end)
        if not WORDLIKE.match(word) or word in BOUNDARY:
            break
        if is_plural(word):
            return None
    return ""


# What opens a verb's object right after it: a quantity ("kills nearly 40", "kills at least 15").  Determiners are
# left out: "40 aid convoys the UN sent" has a plural noun before one.
_OBJECT_OPENERS = frozenset("nearly almost".split())


def _headline_verb(tokens: Tokens, index: int, collected: list[str]) -> bool:
    """Whether the last word read (before token ``index``) is a verb in ``-s`` after a singular noun, as headlines
    write them: "6.8 quake shakes Ecuador", "magnitude quake kills at least 15".  A plural head noun after a
    singular one ("rescue vehicles", "health centres") is followed by punctuation, a verb or a preposition; a
    verb by its object: a figure, or a name (a capital after a lowercase word)."""
    last, before = collected[-1], collected[-2]
    if not last.endswith("s") or last in IRREGULAR_PLURALS or before == "and" or is_plural(before):
        return False
    following = tokens.get(index)
    if not following:
        return False
    if following[0].isdigit() or following in _OBJECT_OPENERS or tokens.matches(index, ("at", "least")) \
            or tokens.matches(index, ("more", "than")):
        return True
    written_last = tokens.text[tokens.starts[index - 1]]
    written_next = tokens.text[tokens.starts[index]]
    return written_last.islower() and written_next.isupper() and following not in WEEKDAYS and following not in MONTHS




def read_thing_before(tokens: Tokens, index: int) -> str:
    """Read the thing a sentence announces before a bare figure: ``how many women ... run to 1.6 million``,
    ``kills at least 15`` (the dead)."""
    verb = tokens.get(index - 2) if tokens.get(index - 1) == "all" else tokens.get(index - 1)
    if verb in _TOLL_VERBS:
        return _TOLL_VERBS[verb]  # "kills 15", "killing all 11 aboard"
    # Only the nearest announcement counts, and only inside the figure's clause (no ";" or sentence break).
    for position in range(index - 1, 0, -1):
        word = tokens.get(position)
        if word in (";", ".", "?", "!"):
            return ""
        if word == "many" and tokens.get(position - 1) == "how" or word == "number" and tokens.get(
                position + 1) == "of":
            return read_thing(tokens, position + 1, False)
        if word in ("toll", "tolls") and tokens.get(position - 1) in _TOLL_NOUNS:
            return _TOLL_NOUNS[tokens.get(position - 1)]  # "put the death toll at 22", "the death toll rose to 22"
    return ""


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


def _minutes(hour: int, minute: int, marker: str) -> int:
    """Minutes after midnight of a clock time: 3 p.m. is 900, 12 a.m. is 0, 12 p.m. is noon."""
    if marker in ("p.m.", "pm") and hour < 12:
        hour += 12
    elif marker in ("a.m.", "am") and hour == 12:
        hour = 0
    return hour * 60 + minute
