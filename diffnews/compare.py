"""Alignments + facts -> Report, and the questions renderers ask of a report.

Every sentence of every document lands in exactly one of three places: in an
alignment (shared), unique to its document, or set aside (boilerplate, credits,
datelines, bylines).  The functions here are the one definition of that split.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Alignment, Attribution, Document, NameVariant, NumberMatch, Options, Report, Sentence


def build_report(
    documents: Sequence[Document],
    alignments: Sequence[Alignment],
    *,
    numbers: Sequence[NumberMatch] = (),
    attributions: Sequence[Attribution] = (),
    names: Sequence[NameVariant] = (),
    options: Options = Options(),
) -> Report:
    """Gather the stages' results into one report."""
    return Report(
        documents=tuple(documents),
        alignments=tuple(alignments),
        numbers=tuple(numbers),
        attributions=tuple(attributions),
        names=tuple(names),
        options=options,
    )


def aligned_ids(report: Report) -> frozenset[str]:
    """Ids of all sentences that belong to some alignment."""
    return frozenset(sentence_id for alignment in report.alignments for ids in alignment.sentences for sentence_id in ids)


def unique_sentences(report: Report, document: Document) -> tuple[Sentence, ...]:
    """Content sentences of a document that no alignment covers."""
    aligned = aligned_ids(report)
    return tuple(s for s in document.sentences if s.role.is_content and s.id not in aligned)


def set_aside_sentences(document: Document) -> tuple[Sentence, ...]:
    """Sentences kept out of the comparison: boilerplate, credits, datelines and bylines."""
    return tuple(s for s in document.sentences if not s.role.is_content)


def sentence_index(report: Report) -> dict[str, Sentence]:
    """Map every sentence id in the report to its sentence."""
    return {sentence.id: sentence for document in report.documents for sentence in document.sentences}


def attributions_by_sentence(report: Report) -> dict[str, tuple[Attribution, ...]]:
    """Group the report's attributions by the sentence that carries them."""
    grouped: dict[str, list[Attribution]] = {}
    for attribution in report.attributions:
        grouped.setdefault(attribution.sentence, []).append(attribution)
    return {key: tuple(value) for key, value in grouped.items()}


def document_label(document: Document, position: int) -> str:
    """Name a document for people: its outlet, else its headline, after its letter."""
    letter = chr(ord("A") + position) if position < 26 else document.id.upper()
    name = document.article.outlet or document.article.title
    if len(name) > 60:
        name = name[:57].rstrip() + "..."
    return f"{letter}: {name}"
