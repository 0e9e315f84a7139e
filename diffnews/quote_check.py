"""Report -> quote findings: direct quotes a story reworded, or credited to another speaker, against its sources.

A story quote is matched to the source quote (or run of quotes in adjacent source sentences) that keeps most of
its words in order; quoting conventions (an ellipsis for cut words, [brackets] for added ones) are not changes.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

from .findings import Locator, Place
from .lexicon import STOPWORDS
from .model import Attribution, Finding, Operation, QuoteMode, Report
from .names import same_speaker
from .number_words import UNITS
from .report import one_per_quote
from .text import normalize_text

QUOTE_WORDS_KEPT = 0.6
"""Share of a story quote's words found in order in a source quote for the two to be one quote."""
MIN_QUOTE_WORDS = 3
"""Shorter quotes (scare quotes, single words) are too common to compare."""


class _QuoteMatch(NamedTuple):
    """The source quote that a story quote most likely reproduces."""

    source: Attribution
    """The source's quote (the one where the story's words start, when they span several)."""
    edits: tuple[tuple[Operation, str, str], ...]
    """Word edits from the source's words to the story's, untouched ends trimmed."""
    kept: float
    """Share of the story quote's words found in order in the source quote."""


def quote_findings(report: Report, locator: Locator) -> list[Finding]:
    """List the story's direct quotes whose words differ from the source quote they reproduce, or whose speaker does."""
    story = report.documents[0].id
    direct = [a for a in report.attributions if a.mode is QuoteMode.DIRECT and a.quote]
    # "X and Y said" gives one attribution per speaker with the same quote: check the quote once, and call it
    # misattributed only when no speaker of it is the source's.
    speakers: dict[tuple[str, str], list[str]] = {}
    for attribution in direct:
        speakers.setdefault((attribution.sentence, attribution.quote), []).append(_speaker(attribution))
    direct = one_per_quote(direct)
    mine = [a for a in direct if locator.sentences[a.sentence][0].id == story and len(_quote_words(a.quote)) >= MIN_QUOTE_WORDS]
    theirs = [a for a in direct if locator.sentences[a.sentence][0].id != story]
    candidates = _source_quotes(theirs, locator)
    found: list[Finding] = []
    for attribution in mine:
        match = _best_quote(attribution.quote, candidates)
        if match is None:
            continue
        place = _quote_place(locator, attribution)
        source_place = _quote_place(locator, match.source)
        changes = [edit for edit in match.edits if edit[0] is not Operation.EQUAL]
        if changes:
            found.append(locator.finding("quote-altered", place, f"quote differs from the source: {_word_diff(match.edits)}", source=source_place))
        mine_speaker, their_speaker = _speaker(attribution), _speaker(match.source)
        theirs_all = speakers[match.source.sentence, match.source.quote]
        agree = any(_same_speaker(one, other) for one in speakers[attribution.sentence, attribution.quote] if one
                    for other in theirs_all if other)
        if mine_speaker and their_speaker and not agree and not _named_nearby(locator, attribution, their_speaker):
            found.append(locator.finding(
                "quote-misattributed", place, f"quote credited to {mine_speaker!r}; the source credits {their_speaker!r}", source=source_place
            ))
    return found


QUOTE_RUN = 3
"""Most quotes in adjacent source sentences a story may join into one quote."""


_Run = tuple[tuple[Attribution, list[str]], ...]
"""Source quotes in adjacent sentences, each with its words."""


def _source_quotes(quotes: Sequence[Attribution], locator: Locator) -> list[_Run]:
    """Each source quote, then each run of up to QUOTE_RUN quotes in adjacent sentences (a story may join them)."""
    worded = [(quote, _quote_words(quote.quote)) for quote in quotes]
    candidates: list[_Run] = [(item,) for item in worded]
    for size in range(2, QUOTE_RUN + 1):
        for start in range(len(quotes) - size + 1):
            places = [locator.sentences[quote.sentence] for quote in quotes[start : start + size]]
            if all(a[0].id == b[0].id and b[1].index - a[1].index == 1 for a, b in zip(places, places[1:])):
                candidates.append(tuple(worded[start : start + size]))
    return candidates


def _best_quote(quote: str, candidates: Sequence[_Run]) -> _QuoteMatch | None:
    """Find the source quote the story quote keeps most words of, in order."""
    import difflib

    words = _quote_words(quote)
    keys = [_key(word) for word in words]
    content = sum(key not in STOPWORDS for key in keys)
    best: _QuoteMatch | None = None
    for run in candidates:
        source_words = [word for _, quote_words in run for word in quote_words]
        source_keys = [_key(word) for word in source_words]
        matcher = difflib.SequenceMatcher(None, source_keys, keys, autojunk=False)
        opcodes = matcher.get_opcodes()
        kept_keys = [key for tag, _, _, j1, j2 in opcodes if tag == "equal" for key in keys[j1:j2]]
        kept = len(kept_keys) / max(len(keys), 1)
        # Function words of a short quote ("And I'm serious.", "There is no minimum number") recur in any long
        # one: the quote's own words must be kept too.
        kept_content = sum(key not in STOPWORDS for key in kept_keys) / max(content, 1)
        if (len(kept_keys) < MIN_QUOTE_WORDS or kept < QUOTE_WORDS_KEPT or kept_content < QUOTE_WORDS_KEPT
                or (best is not None and kept <= best.kept)):
            continue
        edits = [(Operation(tag), " ".join(source_words[i1:i2]), " ".join(words[j1:j2])) for tag, i1, i2, j1, j2 in opcodes]
        # A story may quote part of a longer source quote; words it leaves off either end are not changes.
        while edits and edits[0][0] is Operation.DELETE:
            edits.pop(0)
        while edits and edits[-1][0] is Operation.DELETE:
            edits.pop()
        # The quote of the run where the story's words start is the one to point at.
        first_kept = next(i1 for tag, i1, _, _, _ in opcodes if tag == "equal")
        ends = list(itertools.accumulate(len(quote_words) for _, quote_words in run))
        source = run[bisect.bisect_right(ends, first_kept)][0]
        best = _QuoteMatch(source, tuple(edit for edit in edits if not _editorial(edit)), kept)
    return best


_ELLIPSIS = frozenset({"...", "\u2026", "[...]"})


def _editorial(edit: tuple[Operation, str, str]) -> bool:
    """Whether an edit is a quoting convention: an ellipsis for cut words (or where a quote was cut from what
    came before it), or [brackets] for added ones."""
    operation, _, new = edit
    if operation is Operation.EQUAL:
        return False
    new = new.strip()
    if new in _ELLIPSIS:
        return True
    return operation in (Operation.INSERT, Operation.REPLACE) and new.startswith("[") and new.endswith("]")


def _quote_words(quote: str) -> list[str]:
    # Keep an ellipsis as its own word so that the cut it marks lines up; a hyphened phrase with a number in it
    # is its words ("two-in-three" / "2 in 3").
    words = normalize_text(quote).replace("\u2026", " ... ").replace("...", " ... ").split()
    return [piece for word in words for piece in (word.split("-") if re.match(_NUMBER_PHRASE, word) else [word])]


def _key(word: str) -> str:
    """Compare words without case or punctuation, and numbers in words or figures: quoting style is not wording."""
    key = re.sub(r"[^\w.]+", "", word.lower()).strip(".")
    return str(UNITS[key]) if key in UNITS else key or word


# Needed only when quotes are compared: compiled on first use (re's cache).
_NUMBER_PHRASE = r"(?i)(?=.*\b(?:\d+|" + "|".join(UNITS) + r")\b)\w+(?:-\w+)+\W*$"


def _word_diff(edits: Sequence[tuple[Operation, str, str]]) -> str:
    """Write edits the way ``git diff --word-diff`` does, ``[-old-]{+new+}``, with three words of context."""
    pieces = []
    last = len(edits) - 1
    for position, (operation, old, new) in enumerate(edits):
        if operation is not Operation.EQUAL:
            pieces += [f"[-{old}-]" if old else "", f"{{+{new}+}}" if new else ""]
            continue
        words = old.split()
        head = words[:3] if position else []
        tail = words[-3:] if position < last else []
        if len(words) <= len(head) + len(tail) or len(words) <= 6 and 0 < position < last:
            pieces.append(old)
        else:
            pieces.append(" ".join([*head, "...", *tail]))
    return " ".join(piece for piece in pieces if piece)


def _quote_place(locator: Locator, attribution: Attribution) -> Place:
    """Place a quote at its first words in the sentence, else at the sentence."""
    document, sentence = locator.sentences[attribution.sentence]
    first = attribution.quote.split(" ... ")[0].split()
    if first:
        found = _find_words(first, sentence.text)
        if found is None:
            # Normalization keeps length for the quotes and dashes that differ, so offsets carry over.
            flat = normalize_text(sentence.text)
            found = _find_words(first, flat) if len(flat) == len(sentence.text) else None
        if found:
            return locator.place(sentence.id, *found)
    return locator.place(sentence.id)


def _find_words(words: Sequence[str], text: str) -> tuple[int, int] | None:
    r"""Return the span where ``words`` first follow one another in ``text``, with whitespace between them.

    Words have no whitespace in them, so this is the first match of the escaped words joined by ``\s+``
    (``\s`` and :meth:`str.isspace` agree), without compiling a pattern for each quote (~0.5 ms each).

    >>> _find_words(["the", "road"], "On theroad, the\n road")
    (12, 21)
    >>> _find_words(["the", "road"], "the path, a road") is None
    True
    """
    head = words[0]
    start = text.find(head)
    while start >= 0:
        end = start + len(head)
        for word in words[1:]:
            after = end
            while after < len(text) and text[after].isspace():
                after += 1
            if after == end or not text.startswith(word, after):
                break
            end = after + len(word)
        else:
            return start, end
        start = text.find(head, start + 1)
    return None


def _speaker(attribution: Attribution) -> str:
    """The person or body a quote is credited to, innermost when relayed; ``""`` when unknown."""
    name = attribution.speaker
    return name if any(word[:1].isupper() for word in name.split()) else ""


def _same_speaker(first: str, second: str) -> bool:
    """Whether two credits may name one speaker: see names.same_speaker; nothing to compare counts as the same."""
    return same_speaker(first, second) is not False  # "officials" against "the ministry": nothing to compare


def _named_nearby(locator: Locator, attribution: Attribution, speaker: str) -> bool:
    """Whether a quote credited to a pronoun ("she said") may well mean the source's speaker, named just before.

    Resolving pronouns is the least sure step of attribution, so a pronoun
    credit is only called a misattribution when the sentence and the one before
    it do not name the source's speaker.
    """
    if attribution.source.lower() not in _PRONOUNS:
        return False
    document, sentence = locator.sentences[attribution.sentence]
    nearby = " ".join(s.text for s in document.sentences[max(0, sentence.index - 1):sentence.index + 1])
    return _same_speaker(nearby, speaker)


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
