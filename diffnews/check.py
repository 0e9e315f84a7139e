"""Report -> findings: what an edited story changed against the wire copy it was written from.

The first document of the report is the story; the others are its sources.
Each rule reads the report the pipeline already made (figure matches, direct
quotes with their speakers, name spellings) and turns the story's departures
from its sources into :class:`~diffnews.model.Finding` records located by line
and column.  The codes are stable; ``docs/check.md`` documents each one.

Figures and names are checked here, direct quotes in quote_check.py; findings.py holds the rules and places
findings.  Public API: :func:`check_report` and :data:`RULES`; :func:`diffnews.config.check_files` runs it over
story files.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .figure_context import stem
from .figure_scores import CLASS_OF
from .findings import RULES, Locator, Place
from .model import Finding, Mention, NumberStatus, Quantity, QuantityKind, Report, Severity
from .names import fold_name
from .numbers import in_common_units, relate, same_dimension
from .quote_check import quote_findings

__all__ = ["RULES", "check_report"]

CHANGED_FACTOR = 1.5
"""Agreeing intervals still count as a changed figure when the values they point at differ by more than this factor."""


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
    locator = Locator(report)
    findings = [*_number_findings(report, locator, dropped=dropped), *quote_findings(report, locator), *_name_findings(report, locator)]
    order = {document.article.path: position for position, document in enumerate(report.documents)}
    return tuple(sorted(findings, key=lambda f: (order.get(f.path, 0), f.line, f.column, f.code, f.message)))


# Numbers ---------------------------------------------------------------------------------------------


def _number_findings(report: Report, locator: Locator, *, dropped: bool) -> list[Finding]:
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


def _mention_place(locator: Locator, mention: Mention) -> Place:
    return locator.place(mention.sentence, mention.quantity.start, mention.quantity.end)


# Names -----------------------------------------------------------------------------------------------


def _name_findings(report: Report, locator: Locator) -> list[Finding]:
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


def _name_place(locator: Locator, sentence_id: str, name: str) -> Place:
    _, sentence = locator.sentences[sentence_id]
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(word) for word in name.split())
    found = re.search(pattern, sentence.text)
    if found is None and len(sentence.norm) == len(sentence.text):
        found = re.search(pattern, sentence.norm)
    return locator.place(sentence_id, found.start(), found.end()) if found else locator.place(sentence_id)
