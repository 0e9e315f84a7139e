"""The record the figure matcher compares, and how it is gathered from the documents: each amount of a content
sentence becomes a :class:`Figure` holding its counted thing (head noun and modifiers), the stems of its
sentence's other words with their distances, its local phrasing, the subgroup a share is of, its part in a
movement and the time it is dated to; :func:`context_idf` weighs the context words.  Each record is built once,
before any pair is looked at, and sits apart from the scorer (figure_scores.py) and the blocking (figure_pairs.py)
so that both read it without importing each other.  Internal to :mod:`diffnews.figures`.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from diffnews.figure_context import (
    background_idf, beaten_record, change_role, closeness, context_words, phrasing, population, stem, thing_end,
    unit_scope,
)
from diffnews.figure_words import STOPWORDS
from diffnews.model import Document, Mention, Quantity, QuantityKind, Sentence
from diffnews.numbers import extract_quantities, same_dimension


class Figure(NamedTuple):
    """One amount with what the matcher needs to know about it."""

    position: int
    order: tuple[int, int, int]
    sentence: Sentence
    mention: Mention
    head: str
    modifiers: frozenset[str]
    context: dict[str, int]
    """Stems of the sentence's other content words, each with its distance in words from the figure
    (negative before it)."""
    foreign: frozenset[str]
    """Context stems nearer to another amount of the same sentence than to this one."""
    phrasing: frozenset[tuple[str, str]]
    """Word pairs of the figure's local phrasing, every word kept, the figure itself written ``#``."""
    population: frozenset[str]
    """Stems of the group its sentence restricts a share to ("among Tea Party supporters"), else empty."""
    change: str
    """What the figure is in a movement: "change", "start", "end", or "" (see figure_context.change_role)."""
    earlier: bool
    """Whether the figure is dated to a comparison period ("in the quarter a year earlier"; see _earlier_period)."""
    span: str
    """The stretch of time the figure is measured over ("last week"; see _span), else ""."""
    restates: tuple[int, int, int] | None = None
    """The order of the figure this one restates in brackets in another unit ("five metres (16 feet)"), else None."""
    scope: tuple[str, ...] = ()
    """Names of the parts of a country its own clause counts it in ("in St. Lucie County": ``("Lucie",)``)."""
    record: Quantity | None = None
    """The new record in its sentence that this figure is the old record of ("beating the previous record of 38.7C"),
    else None."""
    beats: bool = False
    """Whether the figure is a new record that another figure of its sentence was the old record of."""
    levels: tuple[Quantity, ...] = ()
    """The amounts of its sentence that are levels a move started or ended at (``to 167,000``)."""


def gather_figures(documents: Sequence[Document]) -> list[Figure]:
    """Return the amounts of the documents' content sentences as figures, in document and sentence order."""
    figures = []
    for position, document in enumerate(documents):
        for sentence in document.sentences:
            if not sentence.role.is_content:
                continue
            amounts = [q for q in extract_quantities(sentence.text) if q.kind.is_amount]
            group = population(sentence.text)
            spans = [(q.start, thing_end(sentence.text, q)) for q in amounts]
            # Other figures' words ("percent", their things) say nothing about this figure.
            contexts = [context_words(sentence.text, span, spans[:k] + spans[k + 1 :]) for k, span in enumerate(spans)]
            records = [beaten_record(sentence.text, amounts, k) for k in range(len(amounts))]
            roles = [change_role(sentence.text, quantity.start) for quantity in amounts]
            levels = tuple(quantity for quantity, role in zip(amounts, roles) if role in ("start", "end"))
            for k, quantity in enumerate(amounts):
                thing_words = [stem(w) for w in re.split(r"[\s-]+", quantity.thing) if w]
                # In a sentence listing several figures ("Gingrich 11 percent, Palin 10 percent") a word
                # tells about the figure nearest to it, not about the others.
                # On a tie the word goes to the figure after it: "Palin earned 10 percent", "Palin (12 percent)".
                foreign = frozenset(word for word, distance in contexts[k].items() if any(
                    closeness(other[word]) < closeness(distance)
                    for m, other in enumerate(contexts) if m != k and word in other))
                figures.append(Figure(
                    position, (position, sentence.index, quantity.start), sentence,
                    Mention(document.id, sentence.id, quantity), thing_words[-1] if thing_words else "",
                    frozenset(w for w in thing_words[:-1] if w not in STOPWORDS), contexts[k], foreign,
                    phrasing(sentence.text, quantity.start, quantity.end, spans[k][1]),
                    group, roles[k], _earlier_period(sentence.text, quantity),
                    _span(sentence.text, quantity),
                    (position, sentence.index, amounts[k - 1].start)
                    if k and restates(sentence.text, amounts[k - 1], quantity) else None,
                    unit_scope(sentence.text, quantity), records[k], quantity in records, levels,
                ))
    return _close_compounds(figures)


# Between a figure and its restatement in brackets: a unit or rate left after the first figure ("/bbl"), no number.
# Square brackets too: an editor's conversion inside a quote ("for about one hundred meters [328 feet]").
_BRACKET_OPEN = re.compile(r"[^\d()\[\].,;:!?]{0,12}[([]\s*")
_BRACKET_CLOSE = re.compile(r"[^\d()\[\]]{0,12}[)\]]")


def restates(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether ``second`` restates ``first`` in brackets right after it, in another unit of its dimension or another
    currency: "66.4 km (41.3 miles)", "-18.7C (-1.66F)", "$1.3 billion (£1 billion)".  One fact told twice, so
    the pair of them is told once in the comparison."""
    if first.kind is not second.kind or first.unit == second.unit:
        return False
    if not (first.kind is QuantityKind.MONEY or same_dimension(first.unit, second.unit)):
        return False
    return bool(_BRACKET_OPEN.fullmatch(text, first.end, second.start) and _BRACKET_CLOSE.match(text, second.end))


def _close_compounds(figures: list[Figure]) -> list[Figure]:
    """Write a thing's open compound closed when another figure names it so: "service men" -> "servicemen",
    "fire fighters" -> "firefighters" (the thing's last two words, joined, are another figure's head)."""
    heads = {figure.head for figure in figures}
    closed = []
    for figure in figures:
        words = [w for w in re.split(r"[\s-]+", figure.mention.quantity.thing) if w]
        joined = stem("".join(words[-2:])) if len(words) >= 2 else ""
        if joined and joined in heads and joined != figure.head:
            figure = figure._replace(head=joined, modifiers=figure.modifiers - {stem(words[-2])})
        closed.append(figure)
    return closed


def context_idf(documents: Sequence[Document], lone: bool) -> dict[str, float]:
    """Weigh each context word by its rarity among the documents' content sentences, or in English for lone ones."""
    if lone:
        return background_idf([s.text for document in documents for s in document.sentences if s.role.is_content])
    counts: dict[str, int] = {}
    total = 0
    for document in documents:
        for sentence in document.sentences:
            if sentence.role.is_content:
                total += 1
                for word in context_words(sentence.text, (0, 0)):
                    counts[word] = counts.get(word, 0) + 1
    return {word: math.log((total + 1) / (count + 1)) for word, count in counts.items()}


# A comparison period: the figure is what something was then, not now ("in the quarter a year earlier").
# A plain date ("last year") is not one: it may date the very figure the other report gives undated.
_EARLIER_PERIOD = re.compile(
    r"\b(?:(?:a|the) (?:year|quarter|month|week) (?:earlier|ago|before)"
    r"|(?:the )?(?:previous|prior|preceding) (?:year|quarter|month)|year-(?:earlier|ago)"
    r"|same (?:period|quarter|month) last year)\b", re.IGNORECASE)
_DATED_BEFORE = re.compile(r"\byear-(?:earlier|ago)\b[^,;\d]*$", re.IGNORECASE)
# A time phrase opening the sentence ("In the same quarter last year,", "A year earlier,") dates its clause.  Only a
# bare time phrase: "Compared with a year earlier," measures the current figure against that period.
_FRONTED_PERIOD = re.compile(r"(?:in|during|for|over|at|by|a|the|same|year-ago|year-earlier)\b[^,;:\d]{0,40},",
                             re.IGNORECASE)
_PERIOD_REACH = 12
"""Words after a figure, up to the next figure or clause mark, that may date it to a comparison period."""


def _earlier_period(text: str, quantity: Quantity) -> bool:
    """Whether a figure is dated to a comparison period: by the words after it, up to the next figure or
    clause mark ("85 cents a share ... in the quarter a year earlier"), right before it ("year-ago profit
    of $2 million"), or by a time phrase opening its sentence ("A year earlier, it earned $2 million")."""
    after = re.split(r"[,;:]|\d", text[quantity.end :], maxsplit=1)[0].split()[:_PERIOD_REACH]
    before = text[max(0, quantity.start - 30) : quantity.start]
    return bool(_EARLIER_PERIOD.search(" ".join(after)) or _DATED_BEFORE.search(before)
                or _fronted_period(text, quantity))


def _fronted_period(text: str, quantity: Quantity) -> bool:
    """Whether the sentence opens with a time phrase naming a comparison period and the figure follows it in that
    clause: "During the same quarter last year, EDS earned $354 million"."""
    opener = _FRONTED_PERIOD.match(text)
    return bool(opener and opener.end() <= quantity.start and _EARLIER_PERIOD.search(opener.group())
                and ";" not in text[opener.end() : quantity.start])


# A stretch of days a movement is measured over ("last week", "during the four-day trading week", "so far this
# year"), read after the figure: what it rose over a week is not what it rose today.  Single days are left out
# ("Monday", "yesterday"): a report often dates today's move and another leaves it undated.
_SPAN = re.compile(
    r"\b(?:(?P<rel>last|past|previous|prior|this|so far this|for the|in the|on the|during the|over the)"
    r"(?:\s+[\w-]+){0,2}?\s+(?P<unit>week|month|quarter|year|session)s?|(?P<todate>year[- ]to[- ]date|so far))\b",
    re.IGNORECASE)


def _span(text: str, quantity: Quantity) -> str:
    """The stretch of time a figure is measured over, read from the words after it up to the next figure or clause
    mark: ``"last week"``, ``"this year"``, ``"week"`` (for, in or during the week), ``"to date"``; else ``""``."""
    after = " ".join(re.split(r"[,;:]|\d", text[quantity.end :], maxsplit=1)[0].split()[:_PERIOD_REACH])
    match = _SPAN.search(after)
    if match is None:
        return ""
    if match["todate"] or match["rel"].lower() == "so far this":
        return "to date"
    rel = match["rel"].lower()
    which = "last" if rel in ("last", "past", "previous", "prior") else "this" if rel == "this" else ""
    return f"{which} {match['unit'].lower()}".strip()


def figures_by_sentence(figures: list[Figure]) -> dict[str, list[int]]:
    """Map each sentence to the indexes of its figures, in order."""
    by_sentence: dict[str, list[int]] = defaultdict(list)
    for k, figure in enumerate(figures):
        by_sentence[figure.sentence.id].append(k)
    return by_sentence
