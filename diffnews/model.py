"""Records that pass between the pipeline stages.

Every record is a frozen, slotted dataclass with tuple fields, so a stage can
only make new records, never change the ones it was given.  Offsets are
character offsets, 0-based and end-exclusive.  Unless a field says otherwise,
they index ``Article.text``: the decoded input with line ends unified to
``\\n`` and a byte-order mark removed, which is also the text shown to users.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Role(enum.Enum):
    """What a line or sentence is doing in the article."""

    HEADLINE = "headline"
    SUBHEADING = "subheading"
    BODY = "body"
    CAPTION = "caption"
    DATELINE = "dateline"
    BYLINE = "byline"
    CREDIT = "credit"
    BOILERPLATE = "boilerplate"

    @property
    def is_content(self) -> bool:
        """Whether sentences of this role take part in alignment."""
        return self in _CONTENT_ROLES


_CONTENT_ROLES = frozenset({Role.HEADLINE, Role.SUBHEADING, Role.BODY, Role.CAPTION})


@dataclass(frozen=True, slots=True)
class Line:
    """One piece of a non-blank input line, with the role it plays."""

    start: int
    """Offset of the first non-space character in ``Article.text``."""
    end: int
    """Offset just past the last non-space character."""
    role: Role
    """What the line is: headline, body, boilerplate, ..."""


@dataclass(frozen=True, slots=True)
class Article:
    """One input document, decoded, with each line's role marked."""

    id: str
    """Short id unique within a report: ``a``, ``b``, ``c``, ..."""
    path: str
    """Where it came from, as the user gave it; ``-`` for standard input."""
    title: str
    """The headline, or the file name when there is none."""
    outlet: str
    """The publishing outlet when the input names it, else ``""``."""
    text: str
    """The decoded text that all offsets index and that reports show."""
    lines: tuple[Line, ...]
    """Every non-blank line (or line piece), in order, each with a role."""
    credits: tuple[str, ...] = ()
    """Wire agencies credited by the article (``AP``, ``Reuters``), in order of first mention."""
    warnings: tuple[str, ...] = ()
    """Things the loader guessed, such as the encoding, worded for the user."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence, or a whole non-prose line such as a caption or credit."""

    id: str
    """Unique across the report: document id plus 1-based index, e.g. ``a12`` (``d27_3`` past the alphabet)."""
    document: str
    """Id of the article it belongs to."""
    index: int
    """0-based position among the article's sentences."""
    start: int
    """Offset of the first character in ``Article.text``."""
    end: int
    """Offset just past the last character in ``Article.text``."""
    text: str
    """``Article.text[start:end]``: what the user sees."""
    norm: str
    """The text normalized for matching: quotes, dashes and spaces unified."""
    role: Role
    """The role of the line it came from."""


@dataclass(frozen=True, slots=True)
class Document:
    """An article together with its sentences."""

    article: Article
    """The loaded input."""
    sentences: tuple[Sentence, ...]
    """Every sentence, in order; together they cover every non-blank line once."""

    @property
    def id(self) -> str:
        """The article id."""
        return self.article.id


class Operation(enum.Enum):
    """How one run of words changed between two aligned sentences (difflib's terms)."""

    EQUAL = "equal"
    REPLACE = "replace"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class WordEdit:
    """One run of a word-level difference, from the first document to the second."""

    operation: Operation
    """What happened to the run."""
    old: str
    """The words in the first document, space-joined; empty for an insert."""
    new: str
    """The words in the second document, space-joined; empty for a delete."""


@dataclass(frozen=True, slots=True)
class Alignment:
    """Sentences from different documents that tell the same fact."""

    sentences: tuple[tuple[str, ...], ...]
    """For each document, in report order, the ids of its sentences in the group."""
    score: float
    """How surely the group tells one fact, from 0 to 1."""
    edits: tuple[WordEdit, ...] = ()
    """Word-level difference from the first document's sentences to the second's."""


class QuantityKind(enum.Enum):
    """What sort of number a quantity is."""

    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"
    DURATION = "duration"
    DATE = "date"
    YEAR = "year"
    TIME = "time"
    ORDINAL = "ordinal"

    @property
    def is_amount(self) -> bool:
        """Whether the kind measures an amount that two outlets can disagree on."""
        return self in _AMOUNT_KINDS


_AMOUNT_KINDS = frozenset({QuantityKind.COUNT, QuantityKind.PERCENT, QuantityKind.MONEY, QuantityKind.DURATION})


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in a sentence, as an interval of the values it allows."""

    text: str
    """The surface text, with its qualifier: ``more than 1,000``."""
    start: int
    """Offset of ``text`` in the string it was extracted from."""
    end: int
    """Offset just past ``text`` in that string."""
    low: float
    """Smallest value the phrase allows (``more than 1,000`` -> 1001 for counts)."""
    high: float
    """Largest value the phrase allows; ``math.inf`` when unbounded."""
    kind: QuantityKind
    """Count, percent, money, duration, date, ..."""
    thing: str = ""
    """The head noun phrase it counts, lowercased: ``government troops``."""
    qualifier: str = ""
    """The bound-moving words as written (``more than``, ``about``), or ``""``."""
    value: float | None = None
    """The number as written before qualifiers widen it, when there is one."""
    unit: str = ""
    """Currency or time unit: ``USD``, ``year``; ``""`` for plain counts."""


class NumberStatus(enum.Enum):
    """How figures from different documents relate; declared in ranking order."""

    CONFLICT = "conflict"
    COMPATIBLE = "compatible"
    SAME = "same"
    UNIQUE = "unique"


@dataclass(frozen=True, slots=True)
class Mention:
    """A quantity in a given sentence of a given document."""

    document: str
    """Article id."""
    sentence: str
    """Sentence id."""
    quantity: Quantity
    """The figure, with offsets into that sentence's ``text``."""


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """Figures about the same thing across documents, and how they relate."""

    status: NumberStatus
    """Conflict, compatible, same, or unique (one document only)."""
    mentions: tuple[Mention, ...]
    """At most one mention per document, in report order."""


class QuoteMode(enum.Enum):
    """How a claim is reported."""

    DIRECT = "direct"
    INDIRECT = "indirect"


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a sentence says a claim comes from."""

    sentence: str
    """Id of the sentence that carries the claim."""
    source: str
    """The speaker or body as written in the sentence (``Shams``, ``the ministry``)."""
    resolved: str
    """The fullest name the document gives that source earlier (``Husamuddin Shams``)."""
    cue: str
    """The reporting verb or phrase as written: ``said``, ``according to``."""
    mode: QuoteMode
    """Direct quotation or reported speech."""
    quote: str = ""
    """For a direct quote, the exact quoted words without the quote marks."""
    chain: tuple[str, ...] = ()
    """Who relays whom, outermost first: ``("AFP", "Shams")``; empty when direct."""

    @property
    def speaker(self) -> str:
        """Who said it: the innermost of a relay, else the fullest name for the source."""
        if self.chain and self.chain[-1] != self.source:
            return self.chain[-1]
        return self.resolved or self.source


@dataclass(frozen=True, slots=True)
class NameForm:
    """One spelling of a name in one document."""

    document: str
    """Article id."""
    text: str
    """The spelling as written."""
    sentences: tuple[str, ...]
    """Ids of the sentences where this spelling occurs."""


@dataclass(frozen=True, slots=True)
class NameVariant:
    """Different spellings of what is most likely the same name."""

    forms: tuple[NameForm, ...]
    """Each spelling with where it occurs, in report order of documents."""


@dataclass(frozen=True, slots=True)
class Options:
    """Every knob of the pipeline, in one place."""

    threshold: float = 0.5
    """Lowest score at which two sentences count as telling the same fact."""
    max_group: int = 2
    """Most sentences of one document that may join one sentence of another."""
    max_bytes: int = 20 * 1024 * 1024
    """Largest input accepted, in bytes."""

    def __post_init__(self) -> None:
        # "not 0 <= x <= 1" also refuses nan, which compares false with both bounds and would align nothing.
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError(f"Options.threshold must be a number from 0 to 1, not {self.threshold!r}")
        if self.max_group < 1:
            raise ValueError(f"Options.max_group must be at least 1, not {self.max_group!r}")
        if self.max_bytes < 1:
            raise ValueError(f"Options.max_bytes must be at least 1, not {self.max_bytes!r}")


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the renderers show about a set of documents."""

    documents: tuple[Document, ...]
    """The compared documents, in the order given."""
    alignments: tuple[Alignment, ...]
    """Groups of sentences that tell the same fact, in first-document order."""
    numbers: tuple[NumberMatch, ...] = ()
    """Figures compared across documents, conflicts first."""
    attributions: tuple[Attribution, ...] = ()
    """Who each claim comes from, in document and sentence order."""
    names: tuple[NameVariant, ...] = ()
    """Proper names spelled differently across documents."""
    options: Options = field(default_factory=Options)
    """The options the report was made with."""


class Severity(enum.Enum):
    """How much a ``check`` finding matters; declared from most to least severe."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def at_least(self, other: Severity) -> bool:
        """Whether this severity is as severe as ``other`` or more."""
        order = list(Severity)
        return order.index(self) <= order.index(other)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem ``check`` found in an edited story, located in a file."""

    code: str
    """Stable kebab-case rule code: ``number-changed``, ``quote-altered``, ..."""
    severity: Severity
    """Error, warning or info."""
    message: str
    """One line for people, quoting the source's version where there is one."""
    path: str
    """The file the finding is in: the story, or the source for ``number-dropped``."""
    line: int
    """1-based line of the first character of the flagged text."""
    column: int
    """1-based column of that character, counted in characters."""
    end_line: int
    """1-based line of the last character of the flagged text."""
    end_column: int
    """1-based column just past the flagged text on ``end_line``."""
    sentence: str
    """Id of the sentence that carries the flagged text."""
    source: str = ""
    """``path:line:col`` of the source text it was compared with, or ``""``."""
