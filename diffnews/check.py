"""Report -> findings: what an edited story changed against the wire copy it was written from.

The first document of the report is the story; the others are its sources.
Each rule reads the report the pipeline already made (figure matches, direct
quotes with their speakers, name spellings) and turns the story's departures
from its sources into :class:`~diffnews.model.Finding` records located by line
and column.  The codes are stable; ``docs/check.md`` documents each one.

Public API: :func:`check_report` and :data:`RULES`; :func:`diffnews.config.check_files` runs it over story files.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple


from .figure_context import stem
from .figure_scores import CLASS_OF
from .lexicon import STOPWORDS
from .model import Attribution, Document, Finding, Mention, NumberStatus, Operation, Quantity, QuantityKind, QuoteMode, Report, Sentence, Severity
from .names import fold_name, same_speaker
from .number_words import UNITS
from .numbers import in_common_units, relate, same_dimension
from .report import one_per_quote
from .text import normalize_text

RULES: dict[str, tuple[Severity, str]] = {
    "number-changed": (Severity.ERROR, "a figure differs from the source's figure for the same thing"),
    "number-unsourced": (Severity.WARNING, "a figure appears that no source gives"),
    "quote-altered": (Severity.ERROR, "a direct quote's words differ from the source's"),
    "quote-misattributed": (Severity.ERROR, "a direct quote is credited to a different speaker than in the source"),
    "name-spelling": (Severity.WARNING, "a name is spelled differently from the source"),
    "number-dropped": (Severity.INFO, "a source sentence's figure is missing from the story (only with --dropped)"),
}
"""Every rule: code -> (severity, what it means)."""

QUOTE_WORDS_KEPT = 0.6
"""Share of a story quote's words found in order in a source quote for the two to be one quote."""
CHANGED_FACTOR = 1.5
"""Agreeing intervals still count as a changed figure when the values they point at differ by more than this factor."""
MIN_QUOTE_WORDS = 3
"""Shorter quotes (scare quotes, single words) are too common to compare."""
"""Least similarity of two name words for them to be spellings of one name (Husamuddin ~ Hessamuddin)."""


class _Place(NamedTuple):
    """Where a piece of text sits: which document and sentence, and offsets into the article text."""

    document: Document
    sentence: Sentence
    start: int
    end: int


def check_report(report: Report, *, dropped: bool = False) -> tuple[Finding, ...]:
    """List what the report's first document (the story) changed against the others (its sources).

    >>> from diffnews.pipeline import compare
    >>> report = compare("Fire Hits Town\\n\\nA fire killed 2,800 people on Monday, police said.",
    ...                  "Town Fire\\n\\nA fire killed 280 people on Monday, police said.")
    >>> [(f.code, f.line, f.column) for f in check_report(report)]
    [('number-changed', 3, 15)]
    """
    if len(report.documents) < 2:
        return ()
    locator = _Locator(report)
    findings = [*_number_findings(report, locator, dropped=dropped), *_quote_findings(report, locator), *_name_findings(report, locator)]
    order = {document.article.path: position for position, document in enumerate(report.documents)}
    return tuple(sorted(findings, key=lambda f: (order.get(f.path, 0), f.line, f.column, f.code, f.message)))


class _Locator:
    """Turn document offsets into lines and columns, and sentence ids into places."""

    def __init__(self, report: Report) -> None:
        self.documents = {document.id: document for document in report.documents}
        self.sentences = {s.id: (document, s) for document in report.documents for s in document.sentences}
        self._line_starts = {
            document.id: [0] + [m.end() for m in re.finditer("\n", document.article.text)] for document in report.documents
        }

    def place(self, sentence_id: str, start: int = 0, end: int | None = None) -> _Place:
        """Place a span given by offsets into a sentence's text."""
        document, sentence = self.sentences[sentence_id]
        return _Place(document, sentence, sentence.start + start, sentence.start + (len(sentence.text) if end is None else end))

    def position(self, document: Document, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column of an offset into a document's text."""
        starts = self._line_starts[document.id]
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def where(self, place: _Place) -> str:
        """Name a place as ``path:line:col``."""
        line, column = self.position(place.document, place.start)
        return f"{place.document.article.path}:{line}:{column}"

    def finding(self, code: str, place: _Place, message: str, *, source: _Place | None = None, severity: Severity | None = None) -> Finding:
        """Make a finding at a place, with the rule's severity unless one is given."""
        line, column = self.position(place.document, place.start)
        end_line, end_column = self.position(place.document, max(place.start, place.end))
        return Finding(
            code=code,
            severity=severity or RULES[code][0],
            message=message,
            path=place.document.article.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            sentence=place.sentence.id,
            source=self.where(source) if source else "",
        )


# Numbers ---------------------------------------------------------------------------------------------


def _number_findings(report: Report, locator: _Locator, *, dropped: bool) -> list[Finding]:
    story = report.documents[0].id
    found: list[Finding] = []
    source_mentions = [m for match in report.numbers for m in match.mentions if m.document != story]
    story_mentions = [m for match in report.numbers for m in match.mentions if m.document == story]

    def agrees(quantity: Quantity, others: Sequence[Mention], *, in_story: bool = True) -> bool:
        """Whether another mention gives this figure about the same thing (or about nothing named), by the test
        a paired figure passes: "some 30" in the story is not cleared by the source's "dozens".  A bare count
        ("48 more hours", unit unseen) is cleared by the same value of another kind ("48 hours")."""
        head = _head(quantity.thing)
        for other in others:
            mine, theirs = in_common_units(quantity, other.quantity)  # "5m" and "five metres", "16 feet"
            story_figure, source_figure = (mine, theirs) if in_story else (theirs, mine)
            if (_comparable_kinds(mine, theirs) and _same_figure(mine, theirs)
                    and (mine.kind is not theirs.kind or _consistent(story_figure, source_figure))):
                other_head = _head(other.quantity.thing)
                if not head or not other_head or _same_head(head, other_head) or _measures_alike(quantity, other.quantity):
                    return True
        return False

    for match in report.numbers:
        mine = [m for m in match.mentions if m.document == story]
        theirs = [m for m in match.mentions if m.document != story]
        if mine and theirs:
            mention = mine[0]
            if any(_consistent(mention.quantity, other.quantity) for other in theirs):
                continue
            # The matcher may pair a figure with the wrong source sentence; the same figure about the same thing elsewhere clears it.
            if agrees(mention.quantity, source_mentions):
                continue
            other = theirs[0]
            thing = f" ({mention.quantity.thing})" if mention.quantity.thing else ""
            found.append(locator.finding(
                "number-changed", _mention_place(locator, mention),
                f"{mention.quantity.text!r}{thing}; the source says {other.quantity.text!r}",
                source=_mention_place(locator, other),
            ))
        elif mine:
            mention = mine[0]
            # Vague amounts ("dozens", "several") carry no figure to check; the same figure about the same thing
            # anywhere in a source is sourced, though the matcher left it unpaired.
            if mention.quantity.value is None or agrees(mention.quantity, source_mentions):
                continue
            thing = f" ({mention.quantity.thing})" if mention.quantity.thing else ""
            found.append(locator.finding("number-unsourced", _mention_place(locator, mention), f"{mention.quantity.text!r}{thing} appears in no source"))
        elif dropped and theirs:
            mention = theirs[0]
            if mention.quantity.value is None or agrees(mention.quantity, story_mentions, in_story=False):
                continue
            thing = f" ({mention.quantity.thing})" if mention.quantity.thing else ""
            found.append(locator.finding("number-dropped", _mention_place(locator, mention), f"{mention.quantity.text!r}{thing} is not in the story"))
    return found


def _consistent(story: Quantity, source: Quantity) -> bool:
    """Whether a story figure may stand for the source's: their intervals agree and neither moved the value far.

    Overlap alone is too weak for an editor: "at least 2,800" overlaps "at
    least 280", but the figure was changed.  A vague amount that takes in the
    source's whole figure ("dozens" for "some 30") tells it less precisely; it
    does not change it.
    """
    if relate(story, source) is NumberStatus.CONFLICT:
        return False
    story, source = in_common_units(story, source)
    if story.value is None and story.low <= source.low and source.high <= story.high:
        return True
    low, high = sorted((abs(_anchor(story)), abs(_anchor(source))))  # sizes: a sign flip is a conflict above
    return low > 0 and high / low <= CHANGED_FACTOR or low == high


def _same_head(first: str, second: str) -> bool:
    """Whether two counted nouns (stems) name one kind of thing, by the matcher's classes ("posts" / "jobs")."""
    return first == second or bool(CLASS_OF.get(first, set()) & CLASS_OF.get(second, set()))


def _measures_alike(first: Quantity, second: Quantity) -> bool:
    """Whether two figures are measures of one dimension: their units name the thing ("5m", "five metres")."""
    return bool(first.unit and second.unit) and same_dimension(first.unit, second.unit)


def _anchor(quantity: Quantity) -> float:
    """The value a figure points at: an interval's middle, else its finite end."""
    finite = [bound for bound in (quantity.low, quantity.high) if abs(bound) != float("inf")]
    return sum(finite) / len(finite) if finite else 0.0


def _comparable_kinds(first: Quantity, second: Quantity) -> bool:
    """Same kind, or one is a bare count whose unit the extractor could not see ("48 more hours")."""
    bare = [q.kind is QuantityKind.COUNT and not q.thing and not q.unit for q in (first, second)]
    return first.kind is second.kind or any(bare)


def _same_figure(first: Quantity, second: Quantity) -> bool:
    """Whether two figures give one value: equal as written, or overlapping bounded intervals ("about 300", "280")."""
    if first.value is not None and second.value is not None and abs(first.value - second.value) <= 1e-9 * max(1.0, abs(first.value)):
        return True
    bounded = all(abs(q.low) != float("inf") and abs(q.high) != float("inf") for q in (first, second))
    return bounded and relate(first, second) is not NumberStatus.CONFLICT


def _head(thing: str) -> str:
    words = thing.split()
    return stem(words[-1]) if words else ""


def _mention_place(locator: _Locator, mention: Mention) -> _Place:
    return locator.place(mention.sentence, mention.quantity.start, mention.quantity.end)


# Quotes ----------------------------------------------------------------------------------------------


class _QuoteMatch(NamedTuple):
    """The source quote that a story quote most likely reproduces."""

    source: Attribution
    """The source's quote (the one where the story's words start, when they span several)."""
    edits: tuple[tuple[Operation, str, str], ...]
    """Word edits from the source's words to the story's, untouched ends trimmed."""
    kept: float
    """Share of the story quote's words found in order in the source quote."""


def _quote_findings(report: Report, locator: _Locator) -> list[Finding]:
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


def _source_quotes(quotes: Sequence[Attribution], locator: _Locator) -> list[_Run]:
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


def _quote_place(locator: _Locator, attribution: Attribution) -> _Place:
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


def _named_nearby(locator: _Locator, attribution: Attribution, speaker: str) -> bool:
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


# Names -----------------------------------------------------------------------------------------------


def _name_findings(report: Report, locator: _Locator) -> list[Finding]:
    story = report.documents[0].id
    found: list[Finding] = []
    for variant in report.names:
        mine = [form for form in variant.forms if form.document == story]
        theirs = [form for form in variant.forms if form.document != story]
        if not theirs:
            continue
        spellings = {form.text for form in theirs}
        for form in mine:
            if form.text in spellings:
                continue
            source = theirs[0]
            # Case, hyphens and accents alone are house style more often than a misspelling.
            style_only = any(fold_name(form.text) == fold_name(other) for other in spellings)
            found.append(locator.finding(
                "name-spelling", _name_place(locator, form.sentences[0], form.text),
                f"{form.text!r}; the source spells it {source.text!r}",
                source=_name_place(locator, source.sentences[0], source.text),
                severity=Severity.INFO if style_only else None,
            ))
    return found


def _name_place(locator: _Locator, sentence_id: str, name: str) -> _Place:
    _, sentence = locator.sentences[sentence_id]
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(word) for word in name.split())
    found = re.search(pattern, sentence.text)
    if found is None and len(sentence.norm) == len(sentence.text):
        found = re.search(pattern, sentence.norm)
    return locator.place(sentence_id, found.start(), found.end()) if found else locator.place(sentence_id)
