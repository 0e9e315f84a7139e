"""What a document says before a given sentence, searched one sentence at a time.

Internal to the attribution stage.  Resolving a source ("Smith", "the ministry", "he") looks back over every
sentence before it.  Joining those sentences with " | " for each source made a document of n attributed lines
cost n^2 (20,000 short "X said" lines: minutes).  The patterns searched never match across that " | ", so the
matches in the joined text are the matches of each sentence in turn: each pattern now reads each sentence at
most once, and one that needs a word reads only the sentences that have it.

>>> from diffnews.model import Role, Sentence
>>> texts = ["Chief Ana Ruiz spoke.", "Ruiz left.", "Police Chief Tom Ruiz said so."]
>>> earlier = EarlierText([Sentence(f"a{i}", "a", i, 0, len(t), t, t, Role.BODY) for i, t in enumerate(texts)], texts)
>>> ruiz = earlier.scan(r"(?:[A-Z]\\w+\\s+){1,3}Ruiz", last_found, words=[["Ruiz"]])
>>> ruiz.last(2), ruiz.last(3), ruiz.last(0)
('Chief Ana Ruiz', 'Police Chief Tom Ruiz', None)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from .model import Role, Sentence

__all__ = ["EarlierText", "Scan", "all_found", "any_found", "last_found", "last_match", "leading_word"]

T = TypeVar("T")
_WORD = re.compile(r"\w+")
# The only non-ASCII characters that match an ASCII letter under IGNORECASE, mapped as that flag compares them,
# so an ASCII word that a case-blind pattern needs is found under its key.
_CASE_EQUIVALENTS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def _key(word: str) -> str:
    return word.translate(_CASE_EQUIVALENTS).lower()


def leading_word(text: str) -> str:
    """Return the run of word characters (``\\w``) that ``text`` starts with, or "".

    >>> leading_word("O'Brien"), leading_word("-x")
    ('O', '')
    """
    match = _WORD.match(text)
    return match.group() if match else ""


def any_found(pattern: re.Pattern[str], flat: str) -> bool | None:
    """Read a sentence for a scan: True if the pattern matches."""
    return True if pattern.search(flat) else None


def all_found(pattern: re.Pattern[str], flat: str) -> list[Any] | None:
    """Read a sentence for a scan: what ``findall`` returns, if anything."""
    return pattern.findall(flat) or None


def last_found(pattern: re.Pattern[str], flat: str) -> Any:
    """Read a sentence for a scan: the last item ``findall`` returns, if any."""
    found = pattern.findall(flat)
    return found[-1] if found else None


def last_match(pattern: re.Pattern[str], flat: str) -> re.Match[str] | None:
    """Read a sentence for a scan: the last match."""
    last = None
    for last in pattern.finditer(flat):
        pass
    return last


class Scan(Generic[T]):
    """One search's findings in a document's sentences, read only as far as a search has needed."""

    def __init__(self, flats: Sequence[str], candidates: Sequence[int], pattern: str,
                 read: Callable[[re.Pattern[str], str], T | None]) -> None:
        self._flats, self._candidates, self._pattern, self._read = flats, candidates, pattern, read
        self._compiled: re.Pattern[str] | None = None  # compiled on first read: a scan often has nothing to read
        self._next = 0  # how many candidates have been read
        self.places: list[int] = []
        """The sentences where ``read`` found something, in order."""
        self.found: list[T] = []
        """What ``read`` found in each of those sentences."""

    def count(self, upto: int, *, first: bool = False) -> int:
        """Read the sentences before ``upto``; return how many findings lie before it (``first``: stop at one)."""
        candidates = self._candidates
        while self._next < len(candidates) and candidates[self._next] < upto and not (first and self.places):
            place = candidates[self._next]
            self._next += 1
            if self._compiled is None:
                self._compiled = re.compile(self._pattern)
            value = self._read(self._compiled, self._flats[place])
            if value is not None:
                self.places.append(place)
                self.found.append(value)
        return bisect.bisect_left(self.places, upto)

    def last(self, upto: int) -> T | None:
        """Return the finding of the last sentence before ``upto`` that has one."""
        count = self.count(upto)
        return self.found[count - 1] if count else None

    def any(self, upto: int) -> bool:
        """Whether a sentence before ``upto`` has a finding."""
        return self.count(upto, first=True) > 0


class EarlierText:
    """A document's sentences as resolving a source searches them: all but headlines and subheadings."""

    def __init__(self, sentences: Sequence[Sentence], flats: Sequence[str]) -> None:
        self.sentences, self.flats = sentences, flats
        self._searched = [index for index, sentence in enumerate(sentences)
                          if sentence.role not in (Role.HEADLINE, Role.SUBHEADING)]
        self.headings = [index for index, sentence in enumerate(sentences)
                         if sentence.role in (Role.HEADLINE, Role.SUBHEADING)]
        """The headlines and subheadings, which searches leave out (Title Case capitalizes words that are no names)."""
        # Word -> the searched sentences that have it: as written, and with case folded as IGNORECASE folds it.
        self._words: tuple[dict[str, list[int]], dict[str, list[int]]] | None = None
        self._scans: dict[tuple[str, Callable[..., object]], Scan[object]] = {}
        self.memo: dict[str, object] = {}
        """What callers build from scans, kept for the document's later sentences."""

    def scan(self, pattern: str, read: Callable[[re.Pattern[str], str], T | None], *,
             words: Sequence[Sequence[str]] = (), ignore_case: bool = False) -> Scan[T]:
        """Return the search of ``pattern`` by ``read`` (made once a document, so ``read`` should be a function of
        the module, not a lambda): ``read`` returns what the compiled pattern finds in a sentence, or None.

        ``words`` narrows the sentences read: every match needs one word from each group, as a whole run of word
        characters, written as given unless ``ignore_case`` (then only ASCII words may be given: see
        ``_CASE_EQUIVALENTS``).  A group with a word that is not one run of word characters (such as "") is not
        used.
        """
        key = (pattern, read)
        if key not in self._scans:
            self._scans[key] = Scan(self.flats, self._candidates(words, ignore_case), pattern, read)
        return self._scans[key]  # type: ignore[return-value]

    def _candidates(self, words: Sequence[Sequence[str]], ignore_case: bool) -> Sequence[int]:
        """Return the searched sentences that have a word of the most selective usable group."""
        groups = [group for group in words if group and all(_WORD.fullmatch(word) for word in group)]
        if not groups:
            return self._searched
        if self._words is None:
            self._words = {}, {}
            for index in self._searched:
                written = set(_WORD.findall(self.flats[index]))
                for word in written:
                    self._words[0].setdefault(word, []).append(index)
                for word in {_key(word) for word in written}:
                    self._words[1].setdefault(word, []).append(index)
        found, fold = (self._words[1], _key) if ignore_case else (self._words[0], str)
        places = [[found.get(fold(word), []) for word in group] for group in groups]
        best = min(places, key=lambda lists: sum(map(len, lists)))
        return best[0] if len(best) == 1 else sorted(set().union(*best))
