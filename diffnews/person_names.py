"""Person names: whether a phrase names one person, and the full name a document writes for a surname.

Internal to the attribution stage; ``referents`` resolves sources with these.

>>> is_person("Mark Delaney"), is_person("Downing Street"), name_endings("Gov. Mark Delaney")
(True, False, ['Mark Delaney'])
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .earlier import EarlierText, Scan, all_found, any_found, leading_word
from .names import COUNTRIES, ORGANIZATION_HEADS, TITLE_WORDS, canonical_agency
from .quotes import looks_like_headline
from .relatives import PEOPLE_PLURAL
from .speakers import DETERMINERS, LEADING, PREPOSITIONS, STOP, opening_time

__all__ = [
    "described_name", "full_name", "full_name_pattern", "is_one_person", "is_person", "name_endings", "named_apart",
    "titled_elsewhere", "titled_surname",
]

_AGE = re.compile(r"\d{1,3}-year-old")
# Head words of place names that are seldom surnames: "Downing Street" is not who "she" is.
_PLACE_HEADS = frozenset(
    """Street Road Avenue Square Boulevard Airport Station Stadium Hospital Harbour Harbor Province County District
    Region Island Islands Valley Strait Plaza Cathedral Mosque Museum Arena Bay Coast Ocean Sea River Mountains
    Desert Prison Peninsula""".split()
)


def is_person(name: str) -> bool:
    parts = name.split()
    # A possessive inside the name names something of someone's ("America's Newsroom", "Children's Hospital").
    # An initial may stand without its full stop ("S Somanath"); a place ("Downing Street") or a thing with a number
    # or a capitalized code in it ("Launch Vehicle Mark-III", "Falcon-9") is not a person.
    return (len(parts) >= 2 and all(part[0].isupper() for part in parts)
            and not any(part.endswith(("'s", "\u2019s")) for part in parts[:-1])
            and not any(part.upper() == part and not re.fullmatch(r"[A-Z]\.", part)
                        and not (number < len(parts) - 1 and re.fullmatch(r"[A-Z]", part))  # "K Sivan"
                        and not (number == len(parts) - 1 and part in ("II", "III", "IV"))  # "Ellis Grant III"
                        for number, part in enumerate(parts))
            and not any(part in ORGANIZATION_HEADS for part in parts) and parts[-1] not in _PLACE_HEADS
            and not any(char.isdigit() for char in name) and not re.search(r"-[A-Z]{2,}\b", name))


def is_one_person(name: str) -> bool:
    """Whether a name may be who a later "he" or "she" is: a person, not a people named in the plural."""
    # "American Indians" still takes a surname's lookup ("Republicans" -> "House Republicans"); only pronouns skip it.
    return is_person(name) and not PEOPLE_PLURAL.search(name.split()[-1])


def titled_elsewhere(earlier: EarlierText, name: str) -> bool:
    """Whether the document writes a one-word name after a person's title anywhere ("Vice President Biden",
    "Mr. Biden"): a surname, so a person, even where the story never gives the first name."""
    if not name.isalpha() or not name[0].isupper():
        return False
    scan = earlier.scan(r"\b([A-Z][a-z]+)\.?\s+" + re.escape(name) + r"\b", all_found, words=[[leading_word(name)]])
    scan.count(len(earlier.flats))
    return any(title.lower() in TITLE_WORDS and title.lower() not in _NOT_PERSON_TITLES
               for found in scan.found for title in found)


def named_apart(first: str, second: str, earlier: EarlierText) -> bool:
    """Whether two bare words joined by "and" beside a cue are two speakers, not one name ("Marks and Spencer", a
    firm; a duo): either names a country, a news agency or a group of people ("Britain and France", "Reuters and
    Bloomberg", "Democrats and Republicans"), or is shaped like a brand ("YouTube"), or the document writes either
    one on its own ("John Smith ... Smith and Jones said").

    >>> named_apart("Reuters", "Bloomberg", EarlierText([], [])), named_apart("Marks", "Spencer", EarlierText([], []))
    (True, False)
    """
    if any(word in COUNTRIES or _GROUP_PLURAL.search(word) or _BRAND_SHAPE.fullmatch(word)
           or canonical_agency(word) for word in (first, second)):
        return True
    alone = (r"(?<![\w'-])" + re.escape(first) + r"(?![\w-])(?!\s+(?:and|&)\s+" + re.escape(second) + r"\b)",
             r"(?<!\b" + re.escape(first) + r" and )(?<!\b" + re.escape(first) + r" & )(?<![\w'-])" + re.escape(second)
             + r"(?![\w-])")
    return any(earlier.scan(pattern, any_found, words=[[leading_word(word)]]).any(len(earlier.flats))
               for pattern, word in zip(alone, (first, second)))


# A capital inside a word marks a brand ("YouTube", "PayPal", "BlackRock"), not a surname, unless it follows a
# surname prefix ("McDonald", "MacArthur", "DeSantis", "LaGuardia", "VanDyke").
_BRAND_SHAPE = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z])[A-Z][a-z]+[A-Z][\w'-]*")
# Endings of plural nouns for members of a nation, party or creed ("Americans", "Democrats", "Israelis",
# "Conservatives", "Baptists", "Shiites"): general English.
_GROUP_PLURAL = re.compile(r"(?:ans|ists|ites|crats|ives|is)$")


# Titles that also begin names of other things ("General Motors", "Democratic Party", "Vice Media", "Head Office").
_NOT_PERSON_TITLES = frozenset("general vice head republican democrat democratic chair".split())


def titled_surname(words: list[str]) -> bool:
    """Whether a speaker is a title and a surname, which only a person is: "Mr Ince", "Opposition candidate Mr Ince"."""
    if len(words) < 2 or not words[-1].isalpha() or not words[-1][0].isupper():
        return False
    title = words[-2].rstrip(".").lower()
    return title in TITLE_WORDS and title not in _NOT_PERSON_TITLES


def _strip_title(phrase: str) -> str:
    """Return the person name at the end of a phrase such as "Badghis Governor Hessamuddin Shams"."""
    phrase = re.sub(r"'s\b", "", phrase)
    # The affiliation is a proper name ("Rep. Darrell Issa of California") or a phrase after "the"
    # ("Supt. Tom Reed of the county police", "Tom Reed of the county police"): the name before it is who speaks.
    qualified = re.match(r"(.*?[A-Z][\w.'-]*)\s+(?:of|from)\s+(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*"
                         r"|the\s+[\w.'-]+(?:\s+[\w.'-]+)*)$", phrase)
    if qualified and _strip_title(qualified.group(1)):
        return _strip_title(qualified.group(1))
    if qualified and phrase[qualified.end(1):].split()[1] == "the" and is_person(qualified.group(1)):
        return qualified.group(1)
    words = phrase.split()
    tail: list[str] = []
    for word in reversed(words):
        if not word[0].isupper() or word.lower().rstrip(".") in TITLE_WORDS:
            break
        tail.insert(0, word)
    if len(tail) == len(words):
        return ""
    stop = words[len(words) - len(tail) - 1].lower().rstrip(".")
    if stop in TITLE_WORDS or (stop.isalpha() and stop not in STOP and stop not in DETERMINERS and stop not in {"of", "for", "in", "at", "from", "with"}):
        return " ".join(tail) if len(tail) >= 2 or stop in TITLE_WORDS else ""
    return ""


def described_name(source: str) -> str:
    """Return the name after an article and words that describe its bearer ("a tearful Saka": "Saka",
    "a visibly shaken Rizal Alamsyah": "Rizal Alamsyah"), or "".

    >>> described_name("a choked-up Dean Skelos"), described_name("a senior official"), described_name("the Times")
    ('Dean Skelos', '', '')
    """
    words = source.split()
    if len(words) < 3 or words[0].lower() not in {"a", "an", "the"}:
        return ""
    index = 1
    # Lowercase words, or an age written as one ("the 60-year-old Erdogan").
    while index < len(words) and words[index].isascii() and (words[index][0].islower() or _AGE.fullmatch(words[index])):
        word = words[index].lower()
        if word in TITLE_WORDS or word in STOP or word in PREPOSITIONS or word in DETERMINERS:
            return ""  # "the party leader X", "a member of X": a role or a relation, not a description
        index += 1
    name = words[index:]
    if index == 1 or not 1 <= len(name) <= 4 or not all(word[0].isupper() for word in name):
        return ""
    return "" if any(word.endswith(("'s", "\u2019s")) for word in name) else " ".join(name)


# A generational suffix after a surname: "Theodore J. Boutrous Jr." is who "Mr. Boutrous" is.
_SUFFIX = r",?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV)\b"


def _heading_name(earlier: EarlierText, surname: str, upto: int) -> str:
    """Return the full name a headline in sentence case writes for a surname that the text never writes in full
    ("Shop owner Li Chen recalls blast" for "Chen said"), or ""; Title Case capitalizes words that are no names."""
    for index in earlier.headings:
        flat = earlier.flats[index]
        if index >= upto or looks_like_headline(flat):
            continue
        for found in re.findall(full_name_pattern(surname), flat):
            endings = name_endings(full_name(found, surname))
            if endings:
                return endings[-1]
    return ""


def _full_names(earlier: EarlierText, surname: str) -> _FullNames:
    """Return the tally of the full names the document writes for a surname ("Mark Delaney" for "Delaney")."""
    pattern = full_name_pattern(surname)
    names = earlier.memo.get(pattern)
    if not isinstance(names, _FullNames):
        names = earlier.memo[pattern] = _FullNames(earlier.scan(pattern, all_found, words=[[leading_word(surname)]]),
                                                   surname)
    return names


def full_name_pattern(surname: str) -> str:
    """Return the pattern of a written full name for a surname; its groups are the words before the surname, after
    a lowercase time opener (so "Earlier on Sunday Ince" gives "Ince", not "Sunday Ince"), and a suffix."""
    return (r"(?:\b(on|in|at|during|since|until|over|through|by|last|this|next|early|late)\s+)?"
            r"((?:[A-Z](?:[\w'-]+|\.)\s+){1,3})" + re.escape(surname) + r"\b(" + _SUFFIX + ")?")


def full_name(found: tuple[str, str, str], surname: str) -> str:
    """Return the name a ``full_name_pattern`` match writes: (opener, words before, suffix) -> "Mark Delaney"."""
    opener, before, suffix = found
    words = before.split()
    if opener and opening_time([opener, *words, surname]):
        words = [opener, *words]  # "on Monday Ince": the time phrase goes, not the name
    return _drop_leading(" ".join([*words, surname])) + suffix


def name_endings(name: str) -> list[str]:
    """Return the 2- and 3-word endings of a mention that name a person ("Gov. Mark Delaney": "Mark Delaney").

    >>> name_endings("Badghis Governor Hessamuddin Shams")
    ['Hessamuddin Shams']
    """
    words = (_strip_title(name) or name).split()
    endings = []
    for size in (2, 3):
        tail = words[-size:]
        titled = any(word.lower().rstrip(".") in TITLE_WORDS for word in tail)
        if len(tail) == size and is_person(" ".join(tail)) and not titled:
            endings.append(" ".join(tail))
    return endings


class _FullNames:
    """The full names written for a surname, tallied one sentence at a time as far as a source needs them."""

    def __init__(self, scan: Scan[list[tuple[str, str]]], surname: str) -> None:
        self._scan, self._surname = scan, surname
        self._longest, self._longest_read = "", 0  # the longest name in the first ``_longest_read`` findings
        self._counts: dict[str, tuple[int, int]] = {}  # name ending -> (mentions, order of first mention)
        self._most, self._counted = "", 0  # the ending named most in the first ``_counted`` findings

    def _names(self, start: int, stop: int) -> Iterator[str]:
        for found in self._scan.found[start:stop]:
            for match in found:
                yield full_name(match, self._surname)

    def longest(self, upto: int) -> str:
        """Return the longest full name before sentence ``upto`` (the first of the longest), or ""."""
        count = self._scan.count(upto)
        if count < self._longest_read:  # asked about an earlier sentence than before: tally again
            self._longest, self._longest_read = "", 0
        for name in self._names(self._longest_read, count):
            if len(name) > len(self._longest):
                self._longest = name
        self._longest_read = count
        return self._longest

    def most_named(self, upto: int) -> str:
        """Pick the full name most often used before sentence ``upto``: count the 2- and 3-word name endings of
        each mention; on a tie the one with more words, then the one mentioned first."""
        count = self._scan.count(upto)
        if count < self._counted:
            self._counts, self._most, self._counted = {}, "", 0
        for name in self._names(self._counted, count):
            for ending in name_endings(name):
                mentions, order = self._counts.get(ending, (0, len(self._counts)))
                self._counts[ending] = (mentions + 1, order)
                # Only this ending's count grew, so it is the most named if it now beats the one that was.
                if not self._most or self._rank(ending) > self._rank(self._most):
                    self._most = ending
        self._counted = count
        return self._most

    def _rank(self, ending: str) -> tuple[int, int, int]:
        mentions, order = self._counts[ending]
        return mentions, len(ending.split()), -order


def _drop_leading(phrase: str) -> str:
    words = phrase.split()
    words = words[opening_time(words):]  # "On Monday Ince", "In June Bailey": a time phrase, then the name
    # "In Texas", "At Westfield Bondi Junction": a sentence's first word, capitalized, joins the run that follows.
    while len(words) > 1 and (words[0].lower() in DETERMINERS or words[0].lower() in LEADING or words[0].lower() in STOP
                              or words[0].lower() in PREPOSITIONS):
        words.pop(0)
    return " ".join(words)
