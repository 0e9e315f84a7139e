"""Word knowledge the scorer needs: stems, function words, equivalences, background rarity.

Everything here is general English, not tied to any story: a function-word
list, a light suffix stemmer, a small thesaurus of words that news copy uses
interchangeably, and word frequencies in general English (from wordfreq).

>>> stem("securing"), stem("secure"), stem("troops"), stem("stopped")
('secur', 'secur', 'troop', 'stop')
>>> term("servicemen") == term("soldiers") == term("troops")
True
"""

from __future__ import annotations

import bisect
import functools
import os
import re

from .text import normalize_text, split_words

# Function words and reporting verbs: they say nothing about which fact a sentence tells.
STOPWORDS = frozenset(
    """
    a about above after again against all also although am among an and another any are around as at
    be because been before being below between both but by can cannot could did do does doing done down during
    each either else even ever every few for from further had has have having he her here hers herself him
    himself his how however i if in into is it its itself just least less let like many may me might more most
    much must my myself neither no nor not now of off often on once one only onto or other others otherwise our
    ours ourselves out over own per quite rather same several shall she should since so some such than that the
    their theirs them themselves then there these they this those though through thus to too toward towards
    under until up upon us very via was we were what whatever when where whether which while who whom whose why
    will with within without would yet you your yours yourself still already also again later earlier
    say says said saying tell tells told telling add adds added according mr mrs ms dr
    """.split()
)

# Words that news copy uses for one another.  Each line is one class; the first word names it.
_EQUIVALENCE_CLASSES = """
troop troops soldier soldiers servicemen serviceman servicemember servicemembers personnel force forces
militant militants insurgent insurgents rebel rebels fighter fighters guerrilla guerrillas
people persons person civilian civilians resident residents inhabitant inhabitants
kill killed killing killings dead death deaths die died dying slain
attack attacks attacked assault assaults assaulted offensive raid raids raided
seize seized seizing capture captured capturing overrun overran
flee fled fleeing escape escaped escaping
withdrawal withdraw withdrawing withdrew pullout pull-out drawdown exit
vow vowed vows pledge pledged pledges promise promised promises
official officials authority authorities
percent per-cent %
us u.s. america american americans united-states
uk u.k. britain british united-kingdom
un u.n. united-nations
eu e.u. european-union
arrest arrested arresting detain detained detaining
begin began begun beginning start started starting launch launched launching
end ended ending finish finished complete completed completing
large big major huge
increase increased rise rose risen grow grew grown climb climbed
decrease decreased fall fell fallen drop dropped decline declined
company companies firm firms business businesses
lawmaker lawmakers legislator legislators congressman congressmen
car cars vehicle vehicles
child children kid kids
help helped assist assisted aid aided
buy bought purchase purchased acquire acquired
"""

_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12, "decade": 10, "decades": 10,
}
_UNKNOWN_ZIPF = 2.5
"""Zipf value assumed for a word missing from the table (rarer than one in a million)."""


def stem(word: str) -> str:
    """Strip common English inflections so that forms of one word compare equal."""
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not (suffix == "s" and word.endswith("ss")):
            word = word[: len(word) - len(suffix)] + replacement
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


@functools.cache
def _equivalents() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _EQUIVALENCE_CLASSES.strip().splitlines():
        members = line.split()
        for member in members:
            table[stem(member)] = stem(members[0])
            table[member] = stem(members[0])
    return table


@functools.lru_cache(maxsize=1 << 16)
def term(word: str) -> str:
    """Map a lowercase word to the term it counts as: its class, its number value, or its stem."""
    if word in _NUMBER_WORDS:
        return f"#{_NUMBER_WORDS[word]}"
    digits = word.replace(",", "")
    if digits.replace(".", "", 1).isdigit():
        return f"#{digits.rstrip('.')}"
    equivalents = _equivalents()
    if word in equivalents:
        return equivalents[word]
    stemmed = stem(word)
    return equivalents.get(stemmed, stemmed)


@functools.cache
def _zipf_lines() -> list[str]:
    # Sorted ``word<TAB>tenths`` lines, searched by bisection: splitting them costs a third of building a dict of
    # 28,827 words, and a run looks up only a few hundred.  A plain open: importlib.resources costs more to import.
    with open(os.path.join(os.path.dirname(__file__), "data", "english_zipf.txt"), encoding="utf-8") as handle:
        return handle.read().splitlines()


def _table_zipf(word: str) -> float | None:
    """Zipf value of a word in the shipped table, or ``None`` when the table lacks it."""
    lines = _zipf_lines()
    # A tab sorts before every letter, so the word's line (if any) is the first line not below ``word<TAB>``.
    key = word + "\t"
    index = bisect.bisect_left(lines, key)
    if index < len(lines) and lines[index].startswith(key):
        return int(lines[index][len(key):]) / 10
    return None


def zipf(word: str) -> float:
    """Frequency of a word in general English on the Zipf scale (7 = 'the', 3 = one per million)."""
    frequency = _table_zipf(word)
    return _UNKNOWN_ZIPF if frequency is None else frequency


# Fixed phrases that name one thing; joined before splitting so that they stay one term.
_PHRASES = re.compile(r"\b(united states|united kingdom|united nations|european union|per cent|pull out|white house)\b")
_NUMBER_WEIGHT = 3.0
"""A figure is about as specific as a rare word."""
_SMALL_NUMBER_WEIGHT = 1.5
"""Numbers up to ten recur in unrelated facts (two days, three sides)."""
_MIN_WEIGHT = 0.3
_RARITY_CEILING = 7.0
"""Zipf value of the commonest words: weight is how far a word falls below it."""


def content_words(text: str) -> list[tuple[str, str]]:
    """Return ``(term, word)`` for each content word in order; hyphenated words count part by part.

    >>> [t for t, _ in content_words("Afghan officials have vowed to secure major cities in Qala-e-Naw.")]
    ['afghan', 'official', 'vow', 'secur', 'larg', 'city', 'qala', 'naw']
    """
    lowered = _PHRASES.sub(lambda match: match.group().replace(" ", "_"), normalize_text(text).lower())
    result: list[tuple[str, str]] = []
    for token in split_words(lowered):
        result.extend(_token_terms(token))
    return result


@functools.lru_cache(maxsize=65536)
def _token_terms(token: str) -> tuple[tuple[str, str], ...]:
    """``(term, word)`` for each content part of one lowercase token: words recur, so each is worked out once."""
    equivalents = _equivalents()
    parts = [token] if token in equivalents or (token[:1].isdigit() and not token.replace("-", "").isdigit()) else token.split("-")
    result: list[tuple[str, str]] = []
    for part in parts:
        if "_" in part:
            part = part.replace("_", "-")
        if part not in equivalents:
            part = part.strip("'.")
        if part and part not in STOPWORDS and (len(part) > 1 or part.isdigit()):
            result.append((term(part), part))
    return tuple(result)


@functools.cache
def word_weight(word: str) -> float:
    """Weigh a word by its rarity in general English: ``the`` ~0.3, ``taliban`` ~3.3, an unknown name 4.5."""
    value = term(word)
    if value.startswith("#"):
        try:
            return _SMALL_NUMBER_WEIGHT if float(value[1:]) <= 10 else _NUMBER_WEIGHT
        except ValueError:
            return _NUMBER_WEIGHT
    frequency = _table_zipf(word)
    if frequency is None and value in _class_frequency():
        # An abbreviation or rare synonym (U.S., servicemen) is as common as its class.
        frequency = _class_frequency()[value]
    return max(_MIN_WEIGHT, _RARITY_CEILING - (_UNKNOWN_ZIPF if frequency is None else frequency))


@functools.cache
def _class_frequency() -> dict[str, float]:
    frequency: dict[str, float] = {}
    for word, value in _equivalents().items():
        found = None if word in STOPWORDS else _table_zipf(word)
        if found is not None:
            frequency[value] = max(frequency.get(value, 0.0), found)
    return frequency
