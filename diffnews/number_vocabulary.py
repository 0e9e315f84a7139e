"""The vocabulary of the numbers stage: tables of number, unit and currency words, and the token index.

Internal to :mod:`diffnews.numbers`; :mod:`diffnews.number_words` re-exports these names.  ``Tokens`` indexes one
sentence; the readers in the other ``number_*`` modules take a token index and return what they read with the
index just past it.

>>> tokens = Tokens("Three hundred troops")
>>> tokens.get(0), tokens.glued(1), is_plural(tokens.get(2))
('three', False, True)
"""

from __future__ import annotations

import re

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
    # Temperatures are held in degrees Celsius whichever scale is written (number_amounts.with_unit converts,
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


def is_plural(word: str) -> bool:
    """Whether a lowercase word looks like a plural noun (``troops``, ``servicemen``, ``people``)."""
    if word in IRREGULAR_PLURALS or (word.endswith("men") and len(word) > 4):
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))
