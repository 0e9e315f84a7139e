"""Report -> annotated Markdown, the report people read (and the source of the HTML page)."""

from __future__ import annotations

from collections.abc import Sequence

from ..compare import attributions_by_sentence, document_label, sentence_index, set_aside_sentences, unique_sentences
from ..model import Alignment, Attribution, Operation, Report, Sentence, WordEdit
from .escape import code_span, escape_markdown


def render(report: Report) -> str:
    """Render a report as annotated Markdown."""
    labels = [document_label(document, position) for position, document in enumerate(report.documents)]
    sentences = sentence_index(report)
    attributions = attributions_by_sentence(report)
    parts = [_heading(report, labels)]
    parts.append(_shared(report, labels, sentences, attributions))
    for position, document in enumerate(report.documents):
        parts.append(_unique(labels[position], unique_sentences(report, document), attributions))
    parts.append(_set_aside(report, labels))
    return "\n\n".join(part.rstrip("\n") for part in parts if part) + "\n"


def _heading(report: Report, labels: Sequence[str]) -> str:
    lines = ["# diffnews report", ""]
    for label, document in zip(labels, report.documents):
        article = document.article
        lines.append(f"- **{escape_markdown(label)}** ({code_span(article.path)}): {escape_markdown(article.title)}")
        if article.credits:
            lines.append(f"  - Wire credits: {escape_markdown(', '.join(article.credits))}")
        for warning in article.warnings:
            lines.append(f"  - Note: {escape_markdown(warning)}")
    shared = len(report.alignments)
    unique_counts = ", ".join(
        f"{len(unique_sentences(report, document))} only in {escape_markdown(label.split(':')[0])}" for label, document in zip(labels, report.documents)
    )
    lines += ["", f"**{shared} shared facts**, {unique_counts}."]
    return "\n".join(lines)


def _shared(report: Report, labels: Sequence[str], sentences: dict[str, Sentence], attributions: dict[str, tuple[Attribution, ...]]) -> str:
    lines = [f"## Shared facts ({len(report.alignments)})"]
    if not report.alignments:
        lines += ["", "No sentences tell the same fact."]
    for number, alignment in enumerate(report.alignments, start=1):
        lines += ["", f"### {number}. Shared fact (score {alignment.score:.2f})", ""]
        for label, ids in zip(labels, alignment.sentences):
            if ids:
                text = " ".join(sentences[i].text for i in ids)
                lines.append(f"- **{escape_markdown(label.split(':')[0])}** ({', '.join(ids)}){_sources(ids, attributions)}: {escape_markdown(text)}")
        if alignment.edits and _has_changes(alignment):
            lines += ["", f"Wording: {_render_edits(alignment.edits)}"]
    return "\n".join(lines)


def _has_changes(alignment: Alignment) -> bool:
    return any(edit.operation is not Operation.EQUAL for edit in alignment.edits)


def _render_edits(edits: Sequence[WordEdit]) -> str:
    """Show a word-level difference: ~~removed~~, **added**, ~~old~~ -> **new**."""
    pieces = []
    for edit in edits:
        old, new = escape_markdown(edit.old), escape_markdown(edit.new)
        if edit.operation is Operation.EQUAL:
            pieces.append(old)
        elif edit.operation is Operation.DELETE:
            pieces.append(f"~~{old}~~")
        elif edit.operation is Operation.INSERT:
            pieces.append(f"**{new}**")
        else:
            pieces.append(f"~~{old}~~ \u2192 **{new}**")
    return " ".join(pieces)


def _sources(ids: Sequence[str], attributions: dict[str, tuple[Attribution, ...]]) -> str:
    names = []
    for sentence_id in ids:
        for attribution in attributions.get(sentence_id, ()):
            name = " \u2190 ".join(attribution.chain) if attribution.chain else attribution.resolved or attribution.source
            if name not in names:
                names.append(name)
    return f" \u00b7 *according to {escape_markdown('; '.join(names))}*" if names else ""


def _unique(label: str, sentences: Sequence[Sentence], attributions: dict[str, tuple[Attribution, ...]]) -> str:
    lines = [f"## Only in {escape_markdown(label)} ({len(sentences)})", ""]
    if not sentences:
        lines.append("Nothing: every sentence is shared.")
    for sentence in sentences:
        role = "" if sentence.role.value == "body" else f" *{sentence.role.value}*"
        lines.append(f"- ({sentence.id}){role}{_sources((sentence.id,), attributions)}: {escape_markdown(sentence.text)}")
    return "\n".join(lines)


def _set_aside(report: Report, labels: Sequence[str]) -> str:
    rows = [(label, sentence) for label, document in zip(labels, report.documents) for sentence in set_aside_sentences(document)]
    lines = [f"## Set aside ({len(rows)})", "", "Navigation, image labels, credits, datelines and promotion, kept out of the comparison.", ""]
    if not rows:
        return "\n".join(lines[:1] + ["", "Nothing was set aside."])
    lines += ["<details>", f"<summary>{len(rows)} lines set aside</summary>", ""]
    for label, sentence in rows:
        lines.append(f"- **{escape_markdown(label.split(':')[0])}** ({sentence.id}) *{sentence.role.value}*: {escape_markdown(sentence.text)}")
    lines += ["", "</details>"]
    return "\n".join(lines)
