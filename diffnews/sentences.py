"""Split a paragraph into sentences, as spans into the original text.

The public API is :func:`split_sentences`.  It never changes the text: curly
quotes, no-break spaces and the like stay where they are and the spans index
the string exactly as given.

How it decides: every run of terminal punctuation (``.``, ``?``, ``!``, ``…``,
spaced ``. . .``) followed by optional closing quotes or brackets and then
white space is a candidate.  A candidate ends a sentence when the next word
could start one (capitalised, or a number), unless the word before the period
is an abbreviation that usually precedes a name or number (``Gov.``, ``No.``),
or an ambiguous one (``U.S.``, ``Inc.``, ``a.m.``, an initial) that is not
followed by a typical sentence opener (``The``, ``He``, ``But``...).  Blank
lines, line breaks before anything but a lowercase word, bullets and numbered
list markers are hard breaks.

>>> text = "Gov. Smith left the U.S. The next day, he spoke. “Why?” he asked."
>>> [text[start:end] for start, end in split_sentences(text)]
['Gov. Smith left the U.S.', 'The next day, he spoke.', '“Why?” he asked.']
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .wrapped_lines import continues_line

__all__ = ["split_sentences"]

# Before a name, so a capitalised word after them never starts a sentence.
_PREPOSITIVE = frozenset(
    "mr mrs ms mx messrs mmes dr prof gov sen sens rep reps gen lt col maj capt cmdr cdr adm sgt cpl pvt "
    "spc pfc brig amb hon rev fr pres supt det insp atty sup st ste mt ft vs v e.g i.e cf viz lieut comdr asst".split()
)
# Place words that are prepositive ("St. Louis") unless a name precedes them ("Main St.").
_PLACE_PREFIXES = frozenset({"st", "ste", "mt", "ft"})
# Before a number, so a number after them never starts a sentence ("No. 10", "Jan. 6", "p. 55").
_BEFORE_NUMBER = frozenset(
    "no nos nr n° nº p pp pg vol vols art arts fig figs ch chap sec secs para op ed eds ca c approx est "
    "tel ext pt pts rte rt hwy ref ver jan feb mar apr jun jul aug sep sept oct nov dec vs".split()
)
# May end a sentence or sit inside one; only a typical sentence opener after them starts a new one.
_AMBIGUOUS = frozenset(
    "jr sr co cos corp inc ltd plc llc bros dept depts univ assn ave blvd rd hwy etc al esq approx est "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "min mins hr hrs yr yrs mo mos wk wks no nos vol govt intl natl".split()
)
# Words that often open a sentence and rarely follow "U.S." or "Inc." inside one.
_OPENERS = frozenset(
    "the a an this that these those there here then he she it they we i you his her its their our my your "
    "but and or so yet nor however meanwhile still also instead thus hence in on at for from with without "
    "after before during since as if when while until unless although though because what why how who whom "
    "whose where which some many most all both each every other another one two three four five six seven "
    "eight nine ten several few dozens hundreds thousands no not none neither either such do does did is are "
    "was were has have had can could would should will shall must might mr mrs ms by to of over under about "
    "among between into earlier later now today yesterday tomorrow last next according asked said says".split()
)
# Prepositions that open a short fronted phrase, as in "At 5 a.m. Mr. Smith left."
_PREPOSITIONS = frozenset(
    "at by in on around about until till before after from since for during near outside inside across "
    "throughout through within like unlike starting beginning".split()
)
# Capitalised words that go on a clock time ("at 8 p.m. Tuesday", "at 9 a.m. Eastern"): after "a.m." or "p.m."
# any other capitalised word opens a sentence ("at 10 a.m. Police said ...").
_CLOCK_FOLLOWERS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec "
    "eastern western pacific central mountain atlantic local greenwich universal coordinated".split()
)
_CLOCK_MARKS = frozenset({"a.m", "p.m"})
_CLOCK_TIME = re.compile(r"\d{1,2}(?:[:.]\d\d)?")
# Words that stay lowercase in title-case headlines.
_TITLE_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or over the to up vs with".split())
_VOWELS = frozenset("aeiouyAEIOUY")
_OPENING = "“\"‘'([{«‹¿¡"
_CLOSING = "”\"’'»›)]}"

# One candidate end: a run of terminal punctuation (a spaced ". . ." counts as one run), its closing
# quotes or brackets, then white space or the end.  The look-behinds start runs only at their first
# character and the possessive quantifiers never give back, so a long run cannot cause backtracking;
# starting with a character class lets the engine skip quickly to the next punctuation mark.
_CANDIDATE = re.compile(
    r"(?P<punct>\.(?<![.!?‽…]\.)(?<!\.[ \u00a0]\.)(?:[ \u00a0]\.){2,}+"
    r"|[.!?‽…](?<![.!?‽…][.!?‽…])(?<!\.[ \u00a0]\.)[.!?‽…]*+)"
    r"(?P<close>[”\"’'»›)\]}]*+)"
    r"(?=\s|\Z)"
)
_NEXT_WORD = re.compile(r"\s++(?:(?:\.{3,}+|…)\s++)?(\S{1,64})")
_SPACES = re.compile(r"\s*+")
_LINE_BREAK = r"(?<!\s)[^\S\n]*+\n\s*+(?=\S)"  # only for text with a line break: compiled on first use
_BULLET = re.compile(r"[•⁃▪‣◦●■►➢]")
_LIST_START = re.compile(r"[^\S\n]*(?:[•⁃▪‣◦●■►➢][^\S\n]*)?(\d{1,3}|[a-z])(\.\)|\)|\.)(?=\s)")
_MARKER_ONLY = re.compile(r"\W*(?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,5})[.)]*\W*")
_MULTI_PERIOD = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")
_LETTERS = re.compile(r"[A-Za-z]+")
_INITIAL = re.compile(r"[A-Z]\.")
# A wire agency's credit in a dateline, then its dash: "(AP) —", "(Reuters) –", "(CNN) -".
_DATELINE_CREDIT = re.compile(r"\([A-Z][\w.&/-]*+(?: [A-Z][\w.&/-]*+){0,2}\)\s*+[\u2014\u2013-]+\s")
_NUMBER = re.compile(r"[$€£¥]?\d[\d.,:/%-]*")
# Needed only after a quote that ends in "?" or "!", which most texts lack: compiled on first use (through
# re's cache), not at import, for ~0.4 ms of start-up.
_ATTRIBUTION = (
    r"(?:[A-Z][\w'’.-]*+\s++){1,4}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|"
    r"shouted|cried|exclaimed|wondered|insisted|declared|demanded|continued|explained|recalled|"
    r"tweeted|posted|warned|quipped|joked|yelled|screamed|answered|responded)\b"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in one paragraph of text."""
    hard = _hard_breaks(text)
    cuts = set(hard)
    last = 0
    for match in _CANDIDATE.finditer(text):
        start, end = match.start(), match.end()
        index = bisect_right(hard, start)
        if index and hard[index - 1] > last:
            last = hard[index - 1]
        cut = _decide(text, match.group("punct"), match.group("close"), start, end, last)
        if cut is not None:
            cuts.add(cut)
            last = cut
    return _trimmed_spans(text, sorted(cuts))


def _decide(text: str, punct: str, close: str, start: int, end: int, last: int) -> int | None:
    """Return where the sentence ends if this candidate ends one, else None."""
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return None  # end of text: the final span closes itself
    word = following.group(1)
    kind = _kind_of(word)
    if kind == "other" or _SPACES.match(text, last).end() >= start:
        return None  # nothing to end: a sentence cannot be only punctuation
    if " " in punct or "\u00a0" in punct:
        # Spaced ellipsis: "word. . . . Next" is a period then an ellipsis that opens the next
        # sentence; "word . . . . Next" ends one; "word . . . next" only marks an omission.
        if kind != "upper":
            return None
        if start > 0 and not text[start - 1].isspace():
            return start + 1
        return end if punct.count(".") >= 4 else None
    if any(mark in punct for mark in "?!‽"):
        if close and kind == "upper" and any(q in close for q in "”\"’'»›"):
            # “Why?” Shams asked.  -- the attribution belongs to the quote.
            if re.compile(_ATTRIBUTION).match(text, following.start(1)):
                return None
        return end
    if len(punct) > 1 or "…" in punct:
        if start > 0 and text[start - 1] in "[(":
            return None  # "[...]" marks an omission inside a quotation
        return end if kind == "upper" else None
    if end - last <= 12 and _MARKER_ONLY.fullmatch(text, last, end):
        return None  # "1." or "a)" alone is a list marker, not a sentence
    if word[0] == "(" and _DATELINE_CREDIT.match(text, following.start(1)):
        return None  # "PINEDALE, Wyo. (Reuters) - A fire ...": a wire dateline, whose place ends in an abbreviation
    return end if _period_ends_sentence(text, start, last, word, kind) else None


def _period_ends_sentence(text: str, start: int, last: int, word: str, kind: str) -> bool:
    """Tell whether a single period at ``start`` ends its sentence."""
    before = _word_before(text, start)
    key = before.lower()
    if ("-" in key or "/" in key) and key not in _PREPOSITIVE and key not in _BEFORE_NUMBER:
        # A prefixed or joined abbreviation ("post-Sept. 11", "ex-Gov. Smith", "PeopleSoft/J.D. Edwards")
        # behaves as the abbreviation.
        before = re.split(r"[-/]", before)[-1]
        key = before.lower()
    if kind == "digit":
        if word[0] in "([" and (key in _AMBIGUOUS or _MULTI_PERIOD.fullmatch(before)):
            return False  # "at 2:05 p.m. (1805 GMT) on Sunday": an aside on the figure, not a new sentence
        return key not in _BEFORE_NUMBER and not (len(key) == 1 and key.isalpha())
    if not key or _NUMBER.fullmatch(before):
        return True
    if key in _CLOCK_MARKS and kind == "upper" and _CLOCK_TIME.fullmatch(_previous_word(text, start - len(before))):
        return _opens_after_clock(text, last, start, word)
    if key in _PREPOSITIVE:
        if key in _PLACE_PREFIXES and _follows_name(text, start - len(before)):
            return _opens_sentence(text, last, start, word)
        return False
    ambiguous = (
        key in _AMBIGUOUS
        or (len(before) == 1 and before.isalpha())
        or _MULTI_PERIOD.fullmatch(before) is not None
        or (2 <= len(before) <= 4 and before.isalpha() and not before.isupper() and not _VOWELS.intersection(before))
    )
    return not ambiguous or _opens_sentence(text, last, start, word)


def _word_before(text: str, start: int) -> str:
    """Return the token that ends at ``start``, without quotes or brackets around it."""
    begin = start
    limit = max(0, start - 64)
    while begin > limit and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:start].lstrip(_OPENING).rstrip(_CLOSING)


def _previous_word(text: str, start: int) -> str:
    """Return the token before the white space that ends at ``start``."""
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return _word_before(text, start)


def _follows_name(text: str, start: int) -> bool:
    """Tell whether the token before ``start`` is capitalised or an ordinal, as in "Main St."."""
    previous = _previous_word(text, start)
    return bool(previous) and (previous[0].isupper() or previous[0].isdigit())


def _kind_of(word: str) -> str:
    """Classify how the next word begins: "upper", "digit" or "other"."""
    core = word.lstrip(_OPENING)
    if not core:
        return "other"
    first = core[0]
    if first.isupper() or (first.isalpha() and not first.islower()):
        return "upper"
    if first.isdigit() or first in "$€£¥":
        return "digit"
    return "other"


def _opens_sentence(text: str, last: int, start: int, word: str) -> bool:
    """Tell whether ``word``, after an ambiguous abbreviation at ``start``, opens a new sentence."""
    core = word.lstrip(_OPENING)
    letters = _LETTERS.match(core)
    if letters is None or letters.group().lower() not in _OPENERS or _INITIAL.match(core):
        return False  # "C. A. Dutch Ruppersberger": a second initial, not the article "A"
    if core[letters.end() : letters.end() + 1] == "." and letters.group().lower() in _BEFORE_NUMBER:
        return False  # "Inc. No. 1 Chevrolet": the abbreviation "No.", not the word "No"
    return not _capitals_say_nothing(text, last, start)


def _opens_after_clock(text: str, last: int, start: int, word: str) -> bool:
    """Tell whether capitalised ``word``, after "a.m." or "p.m." at ``start``, opens a new sentence."""
    letters = _LETTERS.match(word.lstrip(_OPENING))
    if letters is None or letters.group().lower() in _CLOCK_FOLLOWERS:
        return False
    if letters.group().isupper() and 2 <= len(letters.group()) <= 5:
        return False  # a time zone: "at 9 a.m. EST", "2 p.m. GMT"
    after = _NEXT_WORD.match(text, text.index(word, start) + len(word))
    if after is not None and after.group(1).rstrip(".,;:)") == "time":
        return False  # "at 3 p.m. London time"
    return not _capitals_say_nothing(text, last, start)


def _capitals_say_nothing(text: str, last: int, start: int) -> bool:
    """Tell whether the words before ``start`` make a capital after it no sign of a new sentence."""
    so_far = text[max(last, start - 120) : start].lstrip(_OPENING + " \t\n\u00a0").split()
    if start - last <= 40 and 1 <= len(so_far) <= 5 and so_far[0].lower() in _PREPOSITIONS:
        return True  # a fronted phrase such as "At 5 a.m." is not a sentence
    # In a title-case headline ("Chance G.O.P. Will Lose House") capitals say nothing.
    content = [token for token in so_far if token[0].isalpha() and token.lower() not in _TITLE_SMALL_WORDS]
    return len(so_far) >= 3 and all(token[0].isupper() for token in content)


def _hard_breaks(text: str) -> list[int]:
    """Return offsets where a new sentence starts whatever the punctuation says."""
    # A line break ends a sentence unless the next line carries it on, as in hard-wrapped text (a lowercase word, or
    # a line before that stops on "the" or "and"): headlines, captions and credits carry no final period, and a blank
    # line always ends one.  A period before a lowercase line is an abbreviation ("the U.S." / "government").
    breaks: set[int] = set()
    if "\n" in text:
        for match in re.finditer(_LINE_BREAK, text):
            start, end = match.start(), match.end()
            if match.group().count("\n") > 1:
                breaks.add(end)
            elif not text[end].islower() and not continues_line(
                text[text.rfind("\n", 0, start) + 1 : start], text[end : end + 1]
            ):
                breaks.add(end)
    breaks.update(
        match.start() for match in _BULLET.finditer(text) if match.start() == 0 or text[match.start() - 1].isspace()
    )
    blocks = [0, *sorted(breaks), len(text)]
    for block, block_end in zip(blocks, blocks[1:]):
        breaks.update(_list_items(text, block, block_end))
    breaks.discard(0)
    return sorted(breaks)


def _list_items(text: str, start: int, stop: int) -> list[int]:
    """Return where items 2, 3, ... begin when a numbered or lettered list starts at ``start``."""
    marker = _LIST_START.match(text, start)
    if marker is None:
        return []
    label, style = marker.group(1), marker.group(2)
    items: list[int] = []
    position = marker.end()
    while True:
        label = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
        found = re.compile(r"(?<=\s)" + re.escape(label + style) + r"(?=\s)").search(text, position, stop)
        if found is None:
            return items
        items.append(found.start())
        position = found.end()


def _trimmed_spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """Cut ``text`` at ``cuts`` and trim white space from each piece, dropping empty ones."""
    spans: list[tuple[int, int]] = []
    for begin, finish in zip([0, *cuts], [*cuts, len(text)]):
        piece = text[begin:finish]
        stripped = piece.strip()
        if stripped:
            left = begin + len(piece) - len(piece.lstrip())
            spans.append((left, left + len(stripped)))
    return spans
