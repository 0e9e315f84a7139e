"""Read what surrounds a figure in its sentence: word stems and their distances, the local phrasing,
where the counted thing ends, and the subgroup a share is of.

Internal to :mod:`diffnews.figures`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from diffnews.align import lowest_weights
from diffnews.figure_words import STOPWORDS
from diffnews.lexicon import stem as lexicon_stem
from diffnews.lexicon import word_weight
from diffnews.model import Quantity
from diffnews.number_words import MOVES, STATE_WORDS, WEIGHING_WORDS

LOCAL_WORDS = 5
"""Words on each side of a figure (and its thing) whose word pairs are compared as its local phrasing."""
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z'\u2019-]*")
_LOCAL_TOKEN = re.compile(r"[a-z0-9]+(?:['.-][a-z0-9]+)*")
# The group after "among", up to four words before punctuation: "among Tea Party supporters (at 20 percent)".
_AMONG = re.compile(r"\b[Aa]mong ((?:[\w'-]+ ?){1,4})")


@functools.lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """Reduce a word to the aligner's stem, ``-men`` read as ``-man``: ``troops`` ~ ``troop``, ``servicemen`` ~ ``serviceman``."""
    word = word.lower().replace("\u2019", "'")
    if word.endswith("men") and len(word) > 4:
        word = word[:-3] + "man"
    return lexicon_stem(word)


@functools.lru_cache(maxsize=4096)
def sentence_words(text: str) -> tuple[tuple[int, str], ...]:
    """Return each word's start offset and its stem, or ``""`` for a stopword or a word of two letters or fewer."""
    return tuple((start, key) for start, _, key in _words(text))


def _words(text: str) -> list[tuple[int, str, str]]:
    """Return each word's start offset, lowercase form and stem (``""`` for a stopword or a short word)."""
    found = []
    for match in _WORD.finditer(text):
        raw = match.group()
        word = "usa" if raw in ("US", "U.S.") else raw.lower()
        found.append((match.start(), word, stem(word) if word not in STOPWORDS and len(word) > 2 else ""))
    return found


def context_words(text: str, skip: tuple[int, int], others: Sequence[tuple[int, int]] = ()) -> dict[str, int]:
    """Map each content word's stem outside ``skip`` to its distance in words from ``skip``, negative before it."""
    # Each sentence is read once (cached), though every figure in it and the idf table ask for its words.
    words = sentence_words(text)
    first = next((k for k, (start, _) in enumerate(words) if start >= skip[0]), len(words))
    last = max(first - 1, max((k for k, (start, _) in enumerate(words) if start < skip[1]), default=-1))
    found: dict[str, int] = {}
    for k, (position, key) in enumerate(words):
        if not key or first <= k <= last or any(start <= position < end for start, end in others):
            continue
        distance = k - first if k < first else k - last - (first > last)
        if abs(distance) < abs(found.get(key, distance - 1 if distance < 0 else distance + 1)):
            found[key] = distance
    return found


def phrasing(text: str, start: int, end: int, thing_end: int) -> frozenset[tuple[str, str]]:
    """Return the word pairs around a figure: LOCAL_WORDS before it, its thing, LOCAL_WORDS after."""
    lower = text.lower().replace("\u2019", "'")
    before = _LOCAL_TOKEN.findall(lower[:start])[-LOCAL_WORDS:]
    thing = _LOCAL_TOKEN.findall(lower[end:thing_end])
    after = _LOCAL_TOKEN.findall(lower[thing_end:])[:LOCAL_WORDS]
    sequence = [*before, "#", *thing, *after]
    return frozenset(zip(sequence, sequence[1:]))


def thing_end(text: str, quantity: Quantity) -> int:
    """Return the offset just past the counted thing when it follows the figure, else the figure's end."""
    words = quantity.thing.split()
    if not words or words[-1] in quantity.text.lower():
        return quantity.end
    # The thing follows within a few words ("280 of its servicemen"); one announced before the
    # figure ("how many women ... run to 1.6 million") has no span after it.
    window = text[quantity.end : quantity.end + 80].lower()
    position = window.find(words[-1])
    if position < 0 or window[:position].count(" ") > len(words) + 3:
        return quantity.end
    return quantity.end + position + len(words[-1])


_LEVEL_VERBS = frozenset(
    "close closes closed closing end ends ended ending finish finishes finished settle settles settled "
    "stand stands stood trade trades traded trading".split())
"""Verbs whose "at" gives the level a price or index was at: the end of its move."""
_MOVE_REACH = 8
"""Words before "from"/"to"/"at" within which a movement word makes the figure after it a start or an end."""
_MOVE_TOKEN = re.compile(r"[a-z0-9]+(?:[',.-][a-z0-9]+)*")
"""A word, or a number whole ("2,800", "9.5"): each counts once in the reach."""


def change_role(text: str, start: int) -> str:
    """Return what a figure at ``start`` is in a movement: ``"change"`` ("rose 41.61", "fell by 15 percent"),
    ``"start"`` ("from $2,500"), ``"end"`` ("to $2,800", "at 9,340.45"), or ``""`` when it reports none.

    >>> text = "Tuition will rise by $300, or 12 percent, to $2,800 from $2,500, and 40 students left."
    >>> [change_role(text, text.index(figure)) for figure in ("$300", "12 percent", "$2,800", "$2,500", "40")]
    ['change', 'change', 'end', 'start', '']
    >>> text = "Its yield went to 4.48 percent from 4.42 percent after a gain of 0.4%."
    >>> [change_role(text, text.index(figure)) for figure in ("4.48", "4.42", "0.4%")]
    ['end', 'start', 'change']
    >>> text = "The index was up a mere 0.04 of a point to close at 1,653."
    >>> [change_role(text, text.index(figure)) for figure in ("0.04", "1,653")]
    ['change', 'end']
    >>> text = "Spending grew at a 2% annual rate, output at a 3.1 percent pace; shares closed at a 4% premium."
    >>> [change_role(text, text.index(figure)) for figure in ("2%", "3.1", "4%")]
    ['change', 'change', 'end']
    """
    # "up a mere 0.04", "fell another 3 percent", "shed 0.17 of a point, or just 0.02 percent": words that weigh a
    # move or its size do not break it, nor count in its reach.
    before = [word for word in _MOVE_TOKEN.findall(text[:start].lower()) if word not in WEIGHING_WORDS]
    before = before[-_MOVE_REACH - 1 :]
    if not before:
        return ""
    last = before[-1]
    if last in MOVES or last in ("by", "of") and len(before) > 1 and before[-2] in MOVES:
        return "change"  # "rose 41.61", "fell by 15 percent", "a gain of 0.4%"
    if last == "by" and _moved_object_before(text[:start]):
        return "change"  # "will expand its sales of cocoa by 45 percent": the verb's object comes between
    if last == "or" and not MOVES.isdisjoint(before[-5:-1]):
        return "change"  # "fell 34 points, or 2.1%": the same change told another way
    if last == "at" and _RATE_AFTER.match(text, start):
        return "change"  # "grew at a 2% annual rate": the pace of a move, not a level it reached
    if last in ("from", "to", "at") and not MOVES.isdisjoint(before[:-1]):
        return "start" if last == "from" else "end"
    if last == "at" and not _LEVEL_VERBS.isdisjoint(before[-4:-1]):
        return "end"  # "to close Friday at $21.51", "settled at 1,039": the level a session ended at
    if last in ("from", "to"):
        # The two ends of a move, either way round, name it: "its yield to 4.48 percent from 4.42 percent".
        other_end = re.search(_OTHER_END_BEFORE, " ".join(before[-5:]))
        following = re.match(_OTHER_END_AFTER, text[start:], re.IGNORECASE)
        if other_end and other_end.group(1) != last or following and following.group(1).lower() != last:
            return "start" if last == "from" else "end"
    return ""


# A percentage after "at a" that is a pace ("at a 4.1 percent annual rate", "at a 2% clip"): up to three words,
# such as "annual" or "seasonally adjusted", between it and the pace word.
_RATE_AFTER = re.compile(r"\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b|pc\b)(?:\s+[A-Za-z-]+){0,3}?\s+(?:rate|pace|clip)\b",
                         re.IGNORECASE)
# One end of a move right before the other ("to 4.48 percent from"), or right after it ("4.48 percent from 4.42").
# Needed only for a figure after "from" or "to" with no move before it: compiled on first use (re's cache).
# The second is matched ignoring case.
_OTHER_END_BEFORE = r"\b(to|from) \d[\d,.]*(?: [a-z]+)? (?:to|from)$"
_OTHER_END_AFTER = r"[$\u00a3\u20ac]?\d[\d,.]*\s*(?:%|[a-zA-Z]+)?\s+(to|from)\s+[$\u00a3\u20ac]?\d"


_OBJECT_REACH = 10
"""Words a moved thing may take between its verb and "by" ("expand its sales revenues from its cocoa business by")."""
_CLAUSE_OPENERS = frozenset("after as when while because since said says that which who if before until".split())
"""Words that open another clause: a verb of movement before one does not govern the "by" after it."""


def _moved_object_before(text: str) -> bool:
    """Whether ``text`` ends with a verb of movement, its object and "by", in one clause: no punctuation, figure or
    clause opener between them ("will expand its sales of cocoa by"; not "fell after it was hit by")."""
    clause = re.split(r"[,;:()\[\]\d\u2014\u2013]", text)[-1].lower().split()
    if len(clause) < 2 or clause[-1] != "by":
        return False
    for word in reversed(clause[-2 - _OBJECT_REACH : -2]):
        if word in _CLAUSE_OPENERS:
            return False
        if word in MOVES:
            return True
    return False


def closeness(distance: int) -> tuple[int, int]:
    """Order signed word distances by how closely a word belongs to a figure, preceding words first on ties."""
    return abs(distance), distance > 0


def population(text: str) -> frozenset[str]:
    """Return the content stems of an "among ..." group in the sentence: the part of a population a share is of."""
    match = _AMONG.search(text)
    if match is None:
        return frozenset()
    return stems(match.group(1))


# How far a sentence's count reaches, by the adverbs of extent news writes: the whole world, one country, one state.
_EXTENTS = (("world", re.compile(r"\b(?:worldwide|globally|(?:around|across|throughout) the (?:world|globe))\b", re.I)),
            ("nation", re.compile(r"\b(?:nationwide|countrywide|(?:across|throughout) the country)\b", re.I)),
            ("state", re.compile(r"\bstatewide\b", re.I)))


@functools.lru_cache(maxsize=4096)
def extents(text: str) -> frozenset[str]:
    """Return the extents a sentence counts over ("world", "nation", "state"): "killed 790 worldwide" -> world.

    >>> sorted(extents("Nationwide, it killed 343; worldwide, 790."))
    ['nation', 'world']
    """
    return frozenset(name for name, pattern in _EXTENTS if pattern.search(text))


# A named part of a country a figure is counted in: "17 tornadoes were recorded in St. Lucie County", "in the
# Kherson region".  The kinds of unit are general English; "state" is left out ("Islamic State" is no place).
# The name may follow a lowercase adjective ("in neighboring Qinghai Province") or come after the unit word ("in the
# province of Gansu").
_UNIT_WORDS = r"(?:[Cc]ounty|[Pp]rovince|[Dd]istrict|[Pp]refecture|[Pp]arish|[Bb]orough|[Tt]ownship|[Gg]overnorate" \
              r"|[Oo]blast|[Rr]egion|[Mm]unicipality)"
_UNIT_SCOPE = re.compile(
    r"\b(?:in|across|throughout)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:((?:[A-Z][\w'\u2019.-]*\s+){1,3}?)" + _UNIT_WORDS
    + r"\b|" + _UNIT_WORDS.lower() + r"\s+of\s+((?:[A-Z][\w'\u2019.-]*\s+)*[A-Z][\w'\u2019.-]*))")
# What ends a figure's clause: a comma, semicolon, colon, bracket or dash ("recorded at Charterhall, in the borders").
_CLAUSE_MARK = re.compile(r"[,;:()\[\]\u2014\u2013]|\s-\s")


def _clause_start(text: str, position: int) -> int:
    """Return where the clause holding ``position`` starts: after the last clause mark before it, else 0."""
    starts = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, position)]
    return starts[-1] if starts else 0


def unit_scope(text: str, quantity: Quantity) -> tuple[str, ...]:
    """Return the names of the parts of a country the figure's own clause counts it in ("in St. Lucie County" ->
    ``("Lucie",)``, the last word of each name: "in China's Gansu Province" -> ``("Gansu",)``), or ``()``.

    >>> from diffnews.numbers import extract_quantities
    >>> text = "A total of 17 tornadoes were recorded in St. Lucie County, officials said."
    >>> unit_scope(text, extract_quantities(text)[0])
    ('Lucie',)
    """
    after = _CLAUSE_MARK.search(text, quantity.end)
    end = after.start() if after else len(text)
    # The first place named after the figure, else the last before it: "86 died in the province of Gansu and
    # another nine in the province of Qinghai" counts 86 in Gansu alone.
    following = _UNIT_SCOPE.search(text, quantity.end, end)
    before = list(_UNIT_SCOPE.finditer(text, _clause_start(text, quantity.start), quantity.start))
    found = [following] if following else before[-1:]
    return tuple((m.group(1) or m.group(2)).split()[-1].strip(".") for m in found)


# A record's old holder right before a figure, in its clause: "beating the previous record for the UK of 38.7C",
# "breaking the record of 9.69 seconds".  Matched ignoring case, on the clause's text up to the figure.
_OLD_RECORD = re.compile(
    r"\b(?:(?:previous|old|former|earlier|prior)\s+(?:[\w-]+\s+)?(?:record|best)"
    r"|(?:beat|beats|beating|break|breaks|breaking|broke|surpass\w*|eclips\w*|smash\w*|top|tops|topping|topped)"
    r"\s+(?:the|a|its|his|her|their)\s+(?:[\w-]+\s+)?record)\b[^\d]{0,30}?\b(?:of|at)\s*$", re.IGNORECASE)


def beaten_record(text: str, amounts: Sequence[Quantity], k: int) -> Quantity | None:
    """Return the new record that the ``k``-th amount is the old record of: the nearest other amount of its kind and
    unit in the sentence, before it if any ("40.3C ..., beating the previous record of 38.7C"); else None.

    >>> from diffnews.numbers import extract_quantities
    >>> text = "It hit 40.3C in Coningsby, beating the previous record for the UK of 38.7C set in 2019."
    >>> amounts = [q for q in extract_quantities(text) if q.kind.is_amount]
    >>> beaten_record(text, amounts, 1).text, beaten_record(text, amounts, 0)
    ('40.3C', None)
    """
    quantity = amounts[k]
    if not _OLD_RECORD.search(text[_clause_start(text, quantity.start) : quantity.start]):
        return None
    alike = [other for m, other in enumerate(amounts)
             if m != k and other.kind is quantity.kind and other.unit == quantity.unit]
    before = [other for other in alike if other.start < quantity.start]
    return before[-1] if before else alike[0] if alike else None


NAME_RARITY = 3.0
"""Least background weight (7 - Zipf) of a capitalized word read as a name: about as rare as "Taliban"."""
# Needed only when two lone figures are weighed (names, owner): compiled on first use (re's cache).
_CAPITALIZED = r"\b[A-Z][A-Za-z'\u2019-]*[A-Za-z]"


@functools.lru_cache(maxsize=4096)
def names(text: str) -> frozenset[str]:
    """Return the stems of the rare capitalized words of a sentence: Tajikistan, Nasdaq, UAW."""
    return frozenset(stem(match.group()) for match in re.finditer(_CAPITALIZED, text)
                     if word_weight(match.group().lower()) >= NAME_RARITY)


def owner(text: str, offset: int) -> str:
    """Return the stem of the name a figure at ``offset`` reports on: the nearest rare capitalized word before
    it ("the Nasdaq fell 34 points"); "" when none comes before it."""
    # An aside ("(NYSE: IBM)", "(ISAF)", "<.SPX>") or an instrument code after a dot (".DJI") restates a name.
    asides = [match.span() for match in re.compile(_ASIDE).finditer(text, 0, offset)]
    found = [match.group() for match in re.compile(_CAPITALIZED).finditer(text, 0, offset)
             if word_weight(match.group().lower()) >= NAME_RARITY
             and not (text[match.start() - 1 : match.start()] == "." and match.group().isupper())
             and not any(start < match.start() < end for start, end in asides)]
    return stem(found[-1]) if found else ""


_ASIDE = r"\([^()]*\)|<[^<>]*>"


def mentions(text: str, name: str) -> bool:
    """Whether a sentence has a word that begins with the stem ``name`` in any case ("CAC-40" for "cac",
    "composite" for "composit")."""
    return re.search(r"\b" + re.escape(name), text, re.IGNORECASE) is not None


BACKGROUND_FLOOR = 3.0
"""Background weight (7 - Zipf) below which a word says nothing about two lone sentences' figures: about as
common as "composite" or "predatory"; the rarer words above it (names, terms) count by how far above."""


def background_idf(texts: Sequence[str]) -> dict[str, float]:
    """Weigh each content word's stem by its rarity in general English, for sentences with no document
    around them: the commonest spelling decides, and words commoner than BACKGROUND_FLOOR weigh nothing."""
    weights = lowest_weights((key, word_weight(word)) for text in texts for _, word, key in _words(text) if key)
    return {key: max(0.0, weight - BACKGROUND_FLOOR) for key, weight in weights.items()}


def stems(text: str) -> frozenset[str]:
    return frozenset(key for _, key in sentence_words(text) if key)


_STATE_REACH = 6
"""Words after a figure's thing within which its own clause states what befell it ("had since been declared dead")."""
_STATE_STOP = re.compile(r"[,;:()\u2014\u2013]|\d|\b(?:and|but|while|whereas|or)\b", re.IGNORECASE)
"""Where a figure's own clause ends: a clause mark, a conjunction or the next figure ("372 were hurt and 64 died")."""


@functools.lru_cache(maxsize=8192)
def clause_state(text: str, quantity: Quantity) -> str:
    """Return the state ("dead", "injured", "missing", "arrested") the figure's own clause puts what it counts in.

    Read from the verb right before the figure ("killing 64 people"), else from the words after its thing up to
    the next clause mark, conjunction or figure ("372 people had been injured and 64 people were confirmed dead"
    gives 372 the injured and 64 the dead); ``""`` when the clause names none.

    >>> from diffnews.numbers import extract_quantities
    >>> text = "Some 372 people had been injured and 64 people were confirmed dead."
    >>> [clause_state(text, q) for q in extract_quantities(text)]
    ['injured', 'dead']
    """
    before = text[max(0, quantity.start - 20) : quantity.start].split()
    if before and (state := STATE_WORDS.get(before[-1].lower())):
        return state
    start = thing_end(text, quantity)
    stop = _STATE_STOP.search(text, start)
    for word in text[start : stop.start() if stop else len(text)].split()[:_STATE_REACH]:
        if state := STATE_WORDS.get(word.lower().strip(".!?\"'\u201d")):
            return state
    return ""
