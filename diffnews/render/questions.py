"""Report -> discussion questions for a class, as a plain Markdown list.

The questions are built from the findings, most telling first: figures that
conflict, figures that differ but can both be true, spellings that differ,
shared facts credited to different sources, then what only one outlet reports.
Every piece of article text is escaped, so the list is safe to render.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..report import (attributions_by_sentence, document_letter, sentence_index, source_name, sources_agree,
                      spellings, thing_as_written, thing_pattern, unique_sentences)
from ..model import Attribution, Document, Mention, NumberMatch, NumberStatus, QuantityKind, Report, Sentence
from .escape import escape_markdown

HEADING = "## Questions for discussion"
_MAX_CONFLICTS = 3
_MAX_OTHERS = 2
"""Caps on questions of one kind (conflicts, then every other kind), so a long report still gives a one-page handout."""


def document_name(document: Document, position: int) -> str:
    """Name a document in a sentence: its outlet, else ``Article A``."""
    return document.article.outlet or f"Article {document_letter(document, position)}"


def discussion_questions(report: Report) -> tuple[str, ...]:
    """Return the questions as Markdown-escaped lines, most telling first."""
    names = {document.id: document_name(document, position) for position, document in enumerate(report.documents)}
    sources = attributions_by_sentence(report)
    questions: list[str] = []
    conflicts = [m for m in report.numbers if m.status is NumberStatus.CONFLICT and len(m.mentions) > 1]
    sentences = sentence_index(report)
    questions += [_conflict(match, names, sources, sentences) for match in conflicts[:_MAX_CONFLICTS]]
    compatible = [m for m in report.numbers if m.status is NumberStatus.COMPATIBLE and len(m.mentions) > 1]
    questions += [_compatible(match, names, sentences) for match in compatible[:_MAX_OTHERS]]
    for variant in report.names[:_MAX_OTHERS]:
        told = "; ".join(
            f"{_e(' and '.join(names.get(form.document, form.document) for form in group))} "
            f"{'write' if len(group) > 1 else 'writes'} \u201c{_e(text)}\u201d" for text, group in spellings(variant))
        questions.append(f"{told}. Which spelling would you use, and where would you check it?")
    questions += _source_questions(report, names, sources)
    questions += _unique_questions(report, names)
    if len(report.documents) > 1:
        headlines = "; ".join(f"{_e(names[d.id])}: \u201c{_e(d.article.title)}\u201d" for d in report.documents)
        questions.append(f"Compare the headlines ({headlines}). What does each put first, and what does it leave out?")
    return tuple(questions)


def render_questions(report: Report) -> str:
    """Render the discussion questions as a Markdown section with a numbered list."""
    lines = [HEADING, ""]
    lines += [f"{number}. {question}" for number, question in enumerate(discussion_questions(report), start=1)]
    return "\n".join(lines) + "\n"


def _e(text: str) -> str:
    return escape_markdown(text)


def _figure(mention: Mention, sentences: Mapping[str, Sentence]) -> str:
    return _e(figure_text(mention, sentences[mention.sentence].text))


def figure_text(mention: Mention, sentence: str = "") -> str:
    """Say a figure with what it counts, as it would read in a sentence: ``280 servicemen``.

    Given the mention's ``sentence``, the words are the sentence's own when the counted thing follows the
    figure, at most after "of" ("Hundreds of pro-government fighters", "some 30 Afghan government forces").
    """
    quantity = mention.quantity
    text = quantity.text
    # Percentages and durations carry their unit already ("90%", "20 years").
    counted = quantity.kind not in (QuantityKind.PERCENT, QuantityKind.DURATION) and quantity.thing and quantity.thing.lower() not in text.lower()
    if counted and sentence[quantity.start:quantity.end] == text:
        after = sentence[quantity.end:quantity.end + 120]
        told = re.match(r"\s+(?:of\s+(?:the\s+)?)?" + thing_pattern(quantity.thing) + r"\b", after, re.IGNORECASE)
        if told:
            text, counted = text + sentence[quantity.end:quantity.end + told.end()], False
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]  # "Hundreds" opened its sentence
    return f"{text} {thing_as_written(mention, sentence)}" if counted else text


def _cited(sentence_id: str, sources: dict[str, tuple[Attribution, ...]]) -> str:
    names = list(dict.fromkeys(source_name(a) for a in sources.get(sentence_id, ())))
    return f"citing {_e(' and '.join(names))}" if names else "without naming a source"


def _conflict(match: NumberMatch, names: dict[str, str], sources: dict[str, tuple[Attribution, ...]],
              sentences: Mapping[str, Sentence]) -> str:
    claims = "; ".join(
        f"{_e(names.get(m.document, m.document))} reports {_figure(m, sentences)}, {_cited(m.sentence, sources)}"
        for m in match.mentions)
    return f"{claims}. Why might the figures differ, and whose figure would you trust more?"


def _compatible(match: NumberMatch, names: dict[str, str], sentences: Mapping[str, Sentence]) -> str:
    claims = "; ".join(f"{_e(names.get(m.document, m.document))} says {_figure(m, sentences)}" for m in match.mentions)
    return f"{claims}. Can both be true? Why might one outlet be more precise than the other?"


def _source_questions(report: Report, names: dict[str, str], sources: dict[str, tuple[Attribution, ...]]) -> list[str]:
    """Ask about shared facts that the outlets credit to different people."""
    sentences = sentence_index(report)
    candidates: list[tuple[bool, int, str]] = []
    for number, alignment in enumerate(report.alignments, start=1):
        credited, speakers = [], []
        for document, ids in zip(report.documents, alignment.sentences):
            attributions = [a for i in ids for a in sources.get(i, ())]
            who = list(dict.fromkeys(source_name(a) for a in attributions))
            credited.append((document, ids, who))
            if attributions:
                speakers.append(attributions)
        # Two forms of one name ("John A. Boehner" / "John Boehner") are one speaker, as in the report.
        differ = any(not sources_agree(speakers[0], other) for other in speakers[1:])
        unnamed = bool(speakers) and any(ids and not who for _, ids, who in credited)
        if not differ and not unnamed:
            continue
        first = next(sentences[ids[0]].text for _, ids, _ in credited if ids)
        parts = "; ".join(
            f"{_e(names[document.id])} {'credits ' + _e(' and '.join(who)) if who else 'names no source'}" for document, ids, who in credited if ids
        )
        question = f"Shared fact {number} (\u201c{_e(_shorten(first))}\u201d): {parts}. Does the source change how far you believe it?"
        # Two outlets naming different sources is a sharper question than one naming none.
        candidates.append((not differ, number, question))
    return [question for _, _, question in sorted(candidates)[:_MAX_OTHERS]]


def _unique_questions(report: Report, names: dict[str, str]) -> list[str]:
    questions = []
    telling = {m.sentence for match in report.numbers for m in match.mentions} | {a.sentence for a in report.attributions}
    for document in report.documents:
        only = unique_sentences(report, document)
        if not only:
            continue
        # A sentence with a figure or a named source gives the class something to check.
        example = max(only, key=lambda s: (s.id in telling, len(s.text) < 300, len(s.text)))
        others = [_e(names[d.id]) for d in report.documents if d.id != document.id]
        lack = f"{others[0]} lacks" if len(others) == 1 else "the others lack"
        questions.append(
            f"{_e(names[document.id])} has {len(only)} sentences that {lack}, such as \u201c{_e(_shorten(example.text))}\u201d "
            f"Why might {others[0] if len(others) == 1 else 'they'} leave this out, and does it change the story?"
        )
    return questions


_QUOTE_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb"


def _shorten(text: str, limit: int = 160) -> str:
    """Cut a sentence to quote it in a question; its own outer quotation marks go, since the question adds them."""
    text = " ".join(text.split())
    if text[:1] in _QUOTE_MARKS:
        text = text[1:].rstrip()
        if text[-1:] in _QUOTE_MARKS:
            text = text[:-1]
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


__all__ = ["HEADING", "discussion_questions", "document_name", "figure_text", "render_questions"]
