"""Where findings sit: the rules with their severities, and the locator that turns offsets into lines and columns.

Every rule of ``diffnews check`` (check.py for figures and names, quote_check.py for direct quotes) makes its
findings through :class:`Locator`, so each is placed the same way: ``path:line:col``, 1-based.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from .model import Document, Finding, Report, Sentence, Severity

RULES: dict[str, tuple[Severity, str]] = {
    "number-changed": (Severity.ERROR, "a figure differs from the source's figure for the same thing"),
    "number-unsourced": (Severity.WARNING, "a figure appears that no source gives"),
    "quote-altered": (Severity.ERROR, "a direct quote's words differ from the source's"),
    "quote-misattributed": (Severity.ERROR, "a direct quote is credited to a different speaker than in the source"),
    "name-spelling": (Severity.WARNING, "a name is spelled differently from the source"),
    "number-dropped": (Severity.INFO, "a source sentence's figure is missing from the story (only with --dropped)"),
}
"""Every rule: code -> (severity, what it means)."""


class Place(NamedTuple):
    """Where a piece of text sits: which document and sentence, and offsets into the article text."""

    document: Document
    sentence: Sentence
    start: int
    end: int


class Locator:
    """Turn document offsets into lines and columns, and sentence ids into places."""

    def __init__(self, report: Report) -> None:
        self.documents = {document.id: document for document in report.documents}
        self.sentences = {s.id: (document, s) for document in report.documents for s in document.sentences}
        self._line_starts = {
            document.id: [0] + [m.end() for m in re.finditer("\n", document.article.text)] for document in report.documents
        }

    def place(self, sentence_id: str, start: int = 0, end: int | None = None) -> Place:
        """Place a span given by offsets into a sentence's text."""
        document, sentence = self.sentences[sentence_id]
        return Place(document, sentence, sentence.start + start, sentence.start + (len(sentence.text) if end is None else end))

    def position(self, document: Document, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column of an offset into a document's text."""
        starts = self._line_starts[document.id]
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def where(self, place: Place) -> str:
        """Name a place as ``path:line:col``."""
        line, column = self.position(place.document, place.start)
        return f"{place.document.article.path}:{line}:{column}"

    def finding(self, code: str, place: Place, message: str, *, source: Place | None = None, severity: Severity | None = None) -> Finding:
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
