"""Report -> annotated Markdown, the report people read (and the source of the HTML page)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..report import (
    attributions_by_sentence,
    changed_quotes,
    document_label,
    quoted_sources,
    sentence_index,
    set_aside_sentences,
    sources_agree,
    source_name,
    sources_of,
    spellings,
    thing_as_written,
    uncredited,
    unique_sentences,
)
from ..display import escape_unprintable
from ..model import Alignment, Attribution, NumberStatus, Operation, Report, Sentence, WordEdit
from .escape import code_span, escape_markdown


def render(report: Report, *, questions: bool = False) -> str:
    """Render a report as annotated Markdown; append discussion questions when asked."""
    labels = [document_label(document, position) for position, document in enumerate(report.documents)]
    sentences = sentence_index(report)
    sources = attributions_by_sentence(report)
    parts = [_heading(report, labels)]
    parts.append(_numbers(report, labels, sources))
    parts.append(_shared(report, labels, sentences, sources))
    for position, document in enumerate(report.documents):
        parts.append(_unique(labels[position], unique_sentences(report, document), sources))
    parts.append(_quotes(report, labels))
    parts.append(_provenance(report, labels))
    parts.append(_spellings(report, labels))
    parts.append(_set_aside(report, labels))
    if questions:
        from .questions import render_questions

        parts.append(render_questions(report))
    return "\n\n".join(part.rstrip("\n") for part in parts if part) + "\n"


def _heading(report: Report, labels: Sequence[str]) -> str:
    lines = ["# diffnews report", ""]
    for label, document in zip(labels, report.documents):
        article = document.article
        path = code_span(escape_unprintable(article.path))
        lines.append(f"- **{escape_markdown(label)}** ({path}): {escape_markdown(article.title)}")
        if article.credits:
            lines.append(f"  - Wire credits: {escape_markdown(', '.join(article.credits))}")
        for warning in article.warnings:
            lines.append(f"  - Note: {escape_markdown(warning)}")
    shared = len(report.alignments)
    unique_counts = ", ".join(
        f"{len(unique_sentences(report, document))} only in {_letter(label)}" for label, document in zip(labels, report.documents)
    )
    lines += ["", f"**{shared} shared facts**, {unique_counts}."]
    return "\n".join(lines)


def _letter(label: str) -> str:
    return escape_markdown(label.split(":")[0])


def _numbers(report: Report, labels: Sequence[str], grouped: Mapping[str, Sequence[Attribution]]) -> str:
    lines = [f"## Numbers ({len(report.numbers)})", ""]
    if not report.numbers:
        return "\n".join(lines + ["No figures found."])
    counts = {status: sum(1 for m in report.numbers if m.status is status) for status in NumberStatus}
    sentences = sentence_index(report)
    lines.append(", ".join(f"{counts[status]} {status.value}" for status in NumberStatus) + ".")
    lines += ["", "| # | Status | " + " | ".join(_letter(label) for label in labels) + " | Counts |", "|---|---|" + "---|" * len(labels) + "---|"]
    ids = [document.id for document in report.documents]
    for number, match in enumerate(report.numbers, start=1):
        cells = []
        for doc_id in ids:
            mention = next((m for m in match.mentions if m.document == doc_id), None)
            if mention is None:
                cells.append("")
                continue
            source = sources_of(grouped, (mention.sentence,))
            credit = f", {escape_markdown('; '.join(source))}" if source else ""
            cells.append(f"**{escape_markdown(mention.quantity.text)}** ({mention.sentence}{credit})")
        things = " / ".join(dict.fromkeys(escape_markdown(thing_as_written(m, sentences[m.sentence].text))
                                          for m in match.mentions if m.quantity.thing))
        lines.append(f"| {number} | {_STATUS_LABELS[match.status]} | " + " | ".join(cells) + f" | {things} |")
    conflicts = [(number, match) for number, match in enumerate(report.numbers, start=1) if match.status is NumberStatus.CONFLICT]
    if conflicts:
        sentences = sentence_index(report)
        letters = {document.id: _letter(label) for document, label in zip(report.documents, labels)}
        lines += ["", "Conflicts in full:", ""]
        for number, match in conflicts:
            lines.append(f"- Conflict {number}:")
            for mention in match.mentions:
                sentence = sentences[mention.sentence]
                quantity = mention.quantity
                marked = (
                    escape_markdown(sentence.text[: quantity.start])
                    + f"**{escape_markdown(sentence.text[quantity.start : quantity.end])}**"
                    + escape_markdown(sentence.text[quantity.end :])
                )
                lines.append(f"  - {letters[mention.document]} ({mention.sentence}){_according(sources_of(grouped, (mention.sentence,)))}: {marked}")
    return "\n".join(lines)


_STATUS_LABELS = {
    NumberStatus.CONFLICT: "\u26a0 conflict",
    NumberStatus.COMPATIBLE: "\u2248 compatible",
    NumberStatus.SAME: "= same",
    NumberStatus.UNIQUE: "unique",
}


def _shared(report: Report, labels: Sequence[str], sentences: dict[str, Sentence], grouped: Mapping[str, Sequence[Attribution]]) -> str:
    lines = [f"## Shared facts ({len(report.alignments)})"]
    if not report.alignments:
        lines += ["", "No sentences tell the same fact."]
    else:
        lines += ["", f"Each score (0 to 1) is how closely the sentences match. In *Wording*, ~~struck~~ words are "
                      f"{_letter(labels[0])}'s, **bold** words are what {_letter(labels[1])} has in their place."]
    rows = _matched_figures(report)
    for number, alignment in enumerate(report.alignments, start=1):
        lines += ["", f"### {number}. Shared fact (score {alignment.score:.2f})", ""]
        credited = []
        for label, ids in zip(labels, alignment.sentences):
            if ids:
                sources = sources_of(grouped, ids)
                credited.append((label, sources, [attribution for i in ids for attribution in grouped.get(i, ())]))
                opening = f"- **{_letter(label)}** ({', '.join(ids)}){_according(sources)}:"
                if len(ids) == 1:
                    lines.append(f"{opening} {escape_markdown(sentences[ids[0]].text)}")
                else:
                    # One line a sentence: a headline run into the lede, or two sentences far apart, read as one.
                    lines.append(opening)
                    lines += [f"  - {i}: {escape_markdown(sentences[i].text)}" for i in ids]
        named = [sources for _, sources, _ in credited if sources]
        speakers = [attributions for _, _, attributions in credited if attributions]
        differ = "; ".join(
            f"{_letter(label)} credits {escape_markdown(', '.join(sources))}" for label, sources, _ in credited if sources
        )
        if any(not sources_agree(speakers[0], attributions) for attributions in speakers[1:]):
            lines += ["", f"Sources differ: {_added_sources(credited) or differ}."]
        elif len(set(named)) > 1 and any(a.chain for attributions in speakers for a in attributions):
            # One speaker ("Shams"), but one outlet names who relayed the words ("AFP <- Shams").
            lines += ["", f"Same speaker, relayed differently: {differ}."]
        figures = _figures_in(report, alignment, labels, rows)
        if figures:
            lines += ["", figures]
        if alignment.edits and _has_changes(alignment):
            if _shared_word_share(alignment) >= _DIFF_MIN_SHARED:
                lines += ["", f"Wording: {_render_edits(alignment.edits)}"]
            else:
                lines += ["", "Wording: told in different words (too few words in common for a word-by-word difference)."]
    return "\n".join(lines)


_DIFF_MIN_SHARED = 0.3
"""Below this share of shared words, a word-by-word difference is noise rather than help."""


def _matched_figures(report: Report) -> dict[str, list[int]]:
    """Map each sentence id to the (1-based) rows of Numbers that pair a figure it gives with another's."""
    rows: dict[str, list[int]] = {}
    for number, match in enumerate(report.numbers, start=1):
        if match.status is not NumberStatus.UNIQUE:
            for mention in match.mentions:
                rows.setdefault(mention.sentence, []).append(number)
    return rows


def _figures_in(report: Report, alignment: Alignment, labels: Sequence[str], rows: Mapping[str, list[int]]) -> str:
    """Name the matched figures that sentences of this fact give on two sides, with their row in Numbers."""
    members = {document.id: set(ids) for document, ids in zip(report.documents, alignment.sentences)}
    letters = {document.id: _letter(label) for document, label in zip(report.documents, labels)}
    parts = []
    for number in sorted({number for ids in alignment.sentences for i in ids for number in rows.get(i, ())}):
        match = report.numbers[number - 1]
        inside = [mention for mention in match.mentions if mention.sentence in members[mention.document]]
        if len(inside) < 2:
            continue
        shown = " / ".join(f"**{escape_markdown(m.quantity.text)}** ({letters[m.document]})" for m in inside)
        parts.append(f"{shown}, {_STATUS_LABELS[match.status]} (number {number})")
    return "Figures: " + "; ".join(parts) + "." if parts else ""


def _shared_word_share(alignment: Alignment) -> float:
    """Share of the longer side's words that both sides have in the same order."""
    kept = sum(len(edit.old.split()) for edit in alignment.edits if edit.operation is Operation.EQUAL)
    old = sum(len(edit.old.split()) for edit in alignment.edits)
    new = sum(len(edit.new.split()) for edit in alignment.edits)
    return kept / max(old, new, 1)


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


def _added_sources(credited: Sequence[tuple[str, Sequence[str], Sequence[Attribution]]]) -> str:
    """Say what one side adds when it names every source of the other, as written, and more ("B also credits AFP").

    Return "" otherwise, so the line names each side's sources in full.
    """
    if len(credited) != 2 or not all(attributions for _, _, attributions in credited):
        return ""
    (first_label, _, first), (second_label, _, second) = credited
    added_by_second, added_by_first = uncredited(first, second), uncredited(second, first)
    if bool(added_by_first) == bool(added_by_second):
        return ""
    label, added = (second_label, added_by_second) if added_by_second else (first_label, added_by_first)
    fewer, more = (first, second) if added_by_second else (second, first)
    if not {source_name(a).casefold() for a in fewer} <= {source_name(a).casefold() for a in more}:
        return ""  # the shared source is named differently ("Afghan officials" / "Afghan authorities"): show both
    names = dict.fromkeys(source_name(attribution) for attribution in added)
    return f"{_letter(label)} also credits {escape_markdown(', '.join(names))}"


def _according(sources: Sequence[str]) -> str:
    return f" \u00b7 *according to {escape_markdown('; '.join(sources))}*" if sources else ""


def _unique(label: str, sentences: Sequence[Sentence], grouped: Mapping[str, Sequence[Attribution]]) -> str:
    lines = [f"## Only in {escape_markdown(label)} ({len(sentences)})", ""]
    if not sentences:
        lines.append("Nothing: every sentence is shared.")
    for sentence in sentences:
        role = "" if sentence.role.value == "body" else f" *{sentence.role.value}*"
        lines.append(f"- ({sentence.id}){role}{_according(sources_of(grouped, (sentence.id,)))}: {escape_markdown(sentence.text)}")
    return "\n".join(lines)


def _quotes(report: Report, labels: Sequence[str]) -> str:
    changes = changed_quotes(report)
    if not changes:
        return ""
    letters = {document.id: _letter(label) for document, label in zip(report.documents, labels)}
    document_of = {s.id: d.id for d in report.documents for s in d.sentences}
    lines = [f"## Quotes worded differently ({len(changes)})", ""]
    for change in changes:
        first, second = change.first, change.second
        lines.append(
            f"- {letters[document_of[first.sentence]]} ({first.sentence}) and {letters[document_of[second.sentence]]} ({second.sentence}), "
            f"quoting {escape_markdown(first.resolved or first.source)}: {_render_edits(change.edits)}"
        )
    return "\n".join(lines)


def _provenance(report: Report, labels: Sequence[str]) -> str:
    lines = ["## Sources and credits", ""]
    for label, document in zip(labels, report.documents):
        credits = ", ".join(document.article.credits) or "none"
        sources = quoted_sources(report, document)
        quoted = ", ".join(f"{escape_markdown(name)} ({count})" for name, count in sources) or "none found"
        lines += [f"- **{escape_markdown(label)}**", f"  - Wire credits: {escape_markdown(credits)}", f"  - Sources quoted (claims): {quoted}"]
    return "\n".join(lines)


def _spellings(report: Report, labels: Sequence[str]) -> str:
    lines = [f"## Spellings ({len(report.names)})", ""]
    if not report.names:
        return "\n".join(lines + ["No name is spelled differently."])
    letters = {document.id: _letter(label) for document, label in zip(report.documents, labels)}
    for variant in report.names:
        forms = " / ".join(
            f"**{escape_markdown(text)}** ("
            + "; ".join(f"{letters[form.document]}: {', '.join(form.sentences)}" for form in group) + ")"
            for text, group in spellings(variant))
        lines.append(f"- {forms}")
    return "\n".join(lines)


def _set_aside(report: Report, labels: Sequence[str]) -> str:
    rows = [(label, sentence) for label, document in zip(labels, report.documents) for sentence in set_aside_sentences(document)]
    lines = [f"## Set aside ({len(rows)})", "", "Navigation, image labels, credits, datelines and promotion, kept out of the comparison.", ""]
    if not rows:
        return "\n".join(lines[:1] + ["", "Nothing was set aside."])
    lines += ["<details>", f"<summary>{len(rows)} lines set aside</summary>", ""]
    for label, sentence in rows:
        lines.append(f"- **{_letter(label)}** ({sentence.id}) *{sentence.role.value}*: {escape_markdown(sentence.text)}")
    lines += ["", "</details>"]
    return "\n".join(lines)
