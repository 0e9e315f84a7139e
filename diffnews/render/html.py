"""Report -> one self-contained HTML page for teaching: articles side by side, linked.

The page has four parts: a summary panel (counts and the conflicting figures
with their sources), a legend, the articles in columns with every sentence
marked as shared (colour plus a numbered badge that links to its partner),
unique or set aside, and the annotated Markdown report rendered by
markdown-it-py, so the page shows everything the Markdown report shows.

Article text is untrusted.  The columns and the summary are built here with
``html.escape`` on every piece of it; the Markdown report already escapes it
and is rendered with raw HTML and images disabled.  A Content-Security-Policy
allows only the page's own inline style and script (by hash), so even a slip in
escaping could not run script or fetch anything.  The page works without
script: badges are links, and ``:target`` highlights what they point to.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .. import __version__
from ..report import (attributions_by_sentence, document_label, document_letter, sentence_index, source_name,
                      spellings, unique_sentences)
from ..model import Attribution, Document, NumberMatch, NumberStatus, Report, Sentence
from . import markdown
from .escape import close_direction_controls
from .questions import discussion_questions, document_name, figure_text

_GROUP_COLOURS = 8
"""Shared facts cycle through this many colour classes (``g1``..``g8`` in page.css)."""


@dataclass(frozen=True, slots=True)
class _Mark:
    """A span of a sentence's text to highlight."""

    start: int
    """Offset into ``Sentence.text``."""
    end: int
    """Offset just past the span."""
    kind: str
    """``conflict``, ``compatible`` or ``name``: the CSS class and the label."""
    number: int
    """Which conflict, compatible figure or spelling variant, 1-based."""
    anchor: str
    """Element id of this mark, or ``""``."""
    target: str
    """Element id the mark's flag links to (the same finding elsewhere), or ``""``."""


@dataclass(frozen=True, slots=True)
class _View:
    """Lookups the page needs, computed once from the report."""

    report: Report
    letters: dict[str, str]
    owner: dict[str, str]
    group: dict[str, int]
    partners: dict[str, tuple[str, ...]]
    link: dict[str, str]
    marks: dict[str, tuple[_Mark, ...]]
    sources: dict[str, tuple[Attribution, ...]]
    sentences: dict[str, Sentence]
    """Each sentence, by id."""
    conflicts: tuple[NumberMatch, ...]
    compatible: tuple[NumberMatch, ...]


def render(report: Report, *, questions: bool = False) -> str:
    """Render a report as a self-contained HTML page; add discussion questions when asked."""
    view = _build_view(report)
    labels = [document_label(document, position) for position, document in enumerate(report.documents)]
    style, script = _asset("page.css"), _asset("page.js")
    title = " vs ".join(document_name(document, position) for position, document in enumerate(report.documents))
    body = [
        '<a class="skip" href="#columns-title">Skip to the articles</a>',
        '<header><h1>diffnews: how the reports compare</h1>',
        '<ul class="docs">' + "".join(f"<li><strong>{_e(label)}</strong></li>" for label in labels) + "</ul></header>",
        '<main id="main">',
        _summary(view),
        _legend(view),
        _columns(view, labels),
        _questions(report) if questions else "",
        '<section class="report" aria-labelledby="report-title">',
        '<h2 id="report-title">The annotated report</h2>',
        markdown_to_html(markdown.render(report), demote=1),
        "</section>",
        "</main>",
        f"<footer><p>Made with diffnews {_e(__version__)}. Article text is shown as written; nothing in it runs.</p></footer>",
    ]
    policy = f"default-src 'none'; style-src {_hash(style)}; script-src {_hash(script)}; img-src 'none'; base-uri 'none'; form-action 'none'"
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>diffnews: {_e(title)}</title>",
        f"<style>{style}</style>",
        "</head>",
        "<body>",
    ]
    tail = [f"<script>{script}</script>", "</body>", "</html>"]
    return "\n".join(head + [part for part in body if part] + tail) + "\n"


def markdown_to_html(text: str, *, demote: int = 0) -> str:
    """Render Markdown whose article text is already escaped, with raw HTML and images off.

    >>> markdown_to_html("~~old~~ **new** <b>raw</b> ![x](https://example.org/x.png)")
    '<p><s>old</s> <strong>new</strong> &lt;b&gt;raw&lt;/b&gt; !<a href="https://example.org/x.png">x</a></p>\\n'
    """
    md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"]).disable("image")
    tokens = _details_blocks(md.parse(text))
    for token in tokens:
        if token.type in ("heading_open", "heading_close") and demote:
            token.tag = f"h{min(6, int(token.tag[1:]) + demote)}"
    return md.renderer.render(tokens, md.options, {})


_DETAILS_LINE = re.compile(r"</?details>|<summary>([^<>&\\]*)</summary>")


def _details_blocks(tokens: list[Token]) -> list[Token]:
    """Turn paragraphs made only of ``<details>`` / ``<summary>`` lines into real elements.

    The Markdown report folds its set-aside lines in a ``<details>`` block.
    With raw HTML off those lines would show as text.  Only whole paragraphs of
    exactly these tags are turned back; article text can never form one, since
    escaping puts a backslash before every ``<`` in it.
    """
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        inline = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.type == "paragraph_open" and inline is not None and inline.type == "inline":
            lines = inline.content.split("\n")
            matches = [_DETAILS_LINE.fullmatch(line.strip()) for line in lines]
            if all(matches):
                parts = [f"<summary>{_e(m.group(1))}</summary>" if m.group(1) is not None else m.group(0) for m in matches if m]
                block = Token("html_block", "", 0)
                block.content = "\n".join(parts) + "\n"
                out.append(block)
                index += 3
                continue
        out.append(token)
        index += 1
    return out


def _build_view(report: Report) -> _View:
    letters = {document.id: document_letter(document, position) for position, document in enumerate(report.documents)}
    group: dict[str, int] = {}
    partners: dict[str, tuple[str, ...]] = {}
    link: dict[str, str] = {}
    for number, alignment in enumerate(report.alignments, start=1):
        members = list(alignment.sentences)
        everyone = [sentence_id for ids in members for sentence_id in ids]
        for position, ids in enumerate(members):
            # The badge links to the first sentence of the next document that has one.
            following = [other for other in members[position + 1 :] + members[:position] if other]
            for sentence_id in ids:
                group[sentence_id] = number
                partners[sentence_id] = tuple(other for other in everyone if other != sentence_id)
                if following:
                    link[sentence_id] = following[0][0]
    conflicts = tuple(m for m in report.numbers if m.status is NumberStatus.CONFLICT)
    compatible = tuple(m for m in report.numbers if m.status is NumberStatus.COMPATIBLE)
    marks: dict[str, list[_Mark]] = {}
    for kind, matches in (("conflict", conflicts), ("compatible", compatible)):
        for number, match in enumerate(matches, start=1):
            anchors = [f"{kind}-{number}-{mention.document}" for mention in match.mentions]
            for position, mention in enumerate(match.mentions):
                target = anchors[(position + 1) % len(anchors)] if len(anchors) > 1 else ""
                quantity = mention.quantity
                marks.setdefault(mention.sentence, []).append(_Mark(quantity.start, quantity.end, kind, number, anchors[position], target))
    texts = {sentence.id: sentence.text for document in report.documents for sentence in document.sentences}
    for number, variant in enumerate(report.names, start=1):
        for form in variant.forms:
            for sentence_id in form.sentences:
                found = texts.get(sentence_id, "").find(form.text) if form.text else -1
                if found >= 0:
                    marks.setdefault(sentence_id, []).append(_Mark(found, found + len(form.text), "name", number, "", ""))
    return _View(
        report=report,
        letters=letters,
        owner={sentence.id: document.id for document in report.documents for sentence in document.sentences},
        group=group,
        partners=partners,
        link=link,
        marks={key: tuple(sorted(value, key=lambda m: (m.start, -m.end))) for key, value in marks.items()},
        sources=attributions_by_sentence(report),
        sentences=sentence_index(report),
        conflicts=conflicts,
        compatible=compatible,
    )


def _summary(view: _View) -> str:
    report = view.report
    counts = [(len(report.alignments), "shared facts")]
    counts += [(len(unique_sentences(report, d)), f"only in {view.letters[d.id]}") for d in report.documents]
    counts += [(len(view.conflicts), "conflicting figures"), (len(view.compatible), "compatible figures"), (len(report.names), "spelling variants")]
    parts = ['<section class="summary" aria-labelledby="summary-title">', '<h2 id="summary-title">Summary</h2>', '<ul class="counts">']
    parts += [f"<li><strong>{count}</strong> {_e(what)}</li>" for count, what in counts]
    parts.append("</ul>")
    if view.conflicts:
        parts += ['<h3 id="conflicts-title">Conflicting figures</h3>', '<table aria-labelledby="conflicts-title">', "<thead><tr><th scope=\"col\">Conflict</th>"]
        parts += [f'<th scope="col">{_e(view.letters[d.id])}: figure</th><th scope="col">{_e(view.letters[d.id])}: source</th>' for d in report.documents]
        parts.append("</tr></thead><tbody>")
        for number, match in enumerate(view.conflicts, start=1):
            by_document = {mention.document: mention for mention in match.mentions}
            row = [f'<tr><th scope="row">\u2260 {number}</th>']
            for document in report.documents:
                mention = by_document.get(document.id)
                if mention is None:
                    row.append("<td>\u2014</td><td>\u2014</td>")
                    continue
                anchor = f"conflict-{number}-{mention.document}"
                said = figure_text(mention, view.sentences[mention.sentence].text)
                row.append(f'<td><a href="#{anchor}">{_e(said)}</a></td>')
                row.append(f"<td>{_e(_source_names(view.sources.get(mention.sentence, ())) or 'no source named')}</td>")
            parts.append("".join(row) + "</tr>")
        parts.append("</tbody></table>")
    if report.names:
        parts += ['<h3 id="names-title">Spelling variants</h3>', '<ul aria-labelledby="names-title">']
        for variant in report.names:
            forms = "; ".join(
                f"{_e(' and '.join(view.letters.get(form.document, form.document) for form in group))}: "
                f"\u201c{_e(text)}\u201d"
                for text, group in spellings(variant))
            parts.append(f"<li>{forms}</li>")
        parts.append("</ul>")
    parts.append("</section>")
    return "\n".join(parts)


def _legend(view: _View) -> str:
    letters = list(view.letters.values())
    items = [
        '<li><span class="s shared g1"><span class="badge">1</span>shared</span> the same fact in both: same number and colour on each side; the number links to its partner</li>',
        f'<li><span class="s unique"><span class="tag">only {_e(letters[0])}</span></span> told by one outlet only</li>',
        '<li><mark class="fig conflict">1,000</mark><span class="flag conflict">\u2260 1</span> figures that conflict</li>',
        '<li><mark class="fig compatible">about 300</mark><span class="flag compatible">\u2248 1</span> figures that differ but can both be true</li>',
        '<li><mark class="fig name">Shams</mark><span class="flag name">Aa 1</span> a name spelled differently</li>',
        '<li><span class="s aside"><span class="tag">set aside</span></span> navigation, credits, bylines: not compared</li>',
    ]
    hint = "Click or tab to a shared sentence to highlight its partner in the other column; press Escape to clear."
    return "\n".join(
        ['<section class="legend" aria-labelledby="legend-title">', '<h2 id="legend-title">How to read the page</h2>', "<ul>", *items, "</ul>", f"<p>{hint}</p>", "</section>"]
    )


def _questions(report: Report) -> str:
    items = discussion_questions(report)
    if not items:
        return ""
    listing = "\n".join(f"{number}. {question}" for number, question in enumerate(items, start=1))
    return "\n".join(
        ['<section class="questions" aria-labelledby="questions-title">', '<h2 id="questions-title">Questions for discussion</h2>', markdown_to_html(listing), "</section>"]
    )


def _columns(view: _View, labels: Sequence[str]) -> str:
    parts = ['<h2 id="columns-title">The articles side by side</h2>', '<div class="columns">']
    for position, document in enumerate(view.report.documents):
        parts.append(f'<article class="doc" id="doc-{_e(document.id)}" aria-labelledby="doc-{_e(document.id)}-title">')
        parts.append(f'<h3 id="doc-{_e(document.id)}-title">{_e(labels[position])}</h3>')
        parts += _paragraphs(view, document)
        parts.append("</article>")
    parts.append("</div>")
    return '<section aria-labelledby="columns-title">\n' + "\n".join(parts) + "\n</section>"


def _paragraphs(view: _View, document: Document) -> Iterable[str]:
    """Yield one ``<p>`` per input line, keeping the article's own order and breaks."""
    lines = document.article.lines
    current: list[str] = []
    line_index = 0
    headline = False
    for sentence in document.sentences:
        while line_index + 1 < len(lines) and sentence.start >= lines[line_index].end:
            line_index += 1
            if current:
                yield _paragraph(current, headline)
                current = []
        headline = sentence.role.value in ("headline", "subheading")
        current.append(_sentence(view, document, sentence))
    if current:
        yield _paragraph(current, headline)


def _paragraph(sentences: Sequence[str], headline: bool) -> str:
    opening = '<p class="headline">' if headline else "<p>"
    return f"{opening}{' '.join(sentences)}</p>"


def _sentence(view: _View, document: Document, sentence: Sentence) -> str:
    letter = view.letters[document.id]
    text = _marked(sentence.text, view.marks.get(sentence.id, ()), view.letters)
    source = _source_names(view.sources.get(sentence.id, ()))
    cite = f' <span class="src">(source: {_e(source)})</span>' if source else ""
    anchor = f'id="s-{_e(sentence.id)}"'
    if not sentence.role.is_content:
        return f'<span class="s aside" {anchor}><span class="tag">set aside: {_e(sentence.role.value)}</span> {text}</span>'
    number = view.group.get(sentence.id)
    if number is None:
        return f'<span class="s unique" {anchor}><span class="tag">only {_e(letter)}</span> {text}{cite}</span>'
    partners = " ".join(f"s-{other}" for other in view.partners[sentence.id])
    target = view.link.get(sentence.id, "")
    target_letter = view.letters.get(view.owner.get(target, ""), "") if target else ""
    badge_text = f'{number}<span class="vh"> shared fact; go to it in {_e(target_letter)}</span>'
    badge = f'<a class="badge" href="#s-{_e(target)}">{badge_text}</a>' if target else f'<span class="badge">{number}</span>'
    colour = (number - 1) % _GROUP_COLOURS + 1
    return f'<span class="s shared g{colour}" {anchor} data-partners="{_e(partners)}">{badge} {text}{cite}</span>'


def _marked(text: str, marks: Sequence[_Mark], letters: dict[str, str]) -> str:
    """Escape a sentence's text, wrapping each marked span in ``<mark>`` followed by its flag.

    A finding whose span overlaps an earlier mark (the same figure in two
    conflicts) or lies outside the text keeps its flag, and with it the
    element id that links point to, so no link on the page is left dangling.
    """
    out: list[str] = []
    position = 0
    stray: list[_Mark] = []
    for mark in marks:
        if mark.end > len(text) or mark.start >= mark.end:
            stray.append(mark)
            continue
        if mark.start < position:
            out.append(_flag(mark, letters, anchored=True))
            continue
        out.append(_e(text[position : mark.start]))
        anchor = f' id="{_e(mark.anchor)}"' if mark.anchor else ""
        out.append(f'<mark class="fig {mark.kind}"{anchor}>{_e(text[mark.start : mark.end])}</mark>')
        out.append(_flag(mark, letters, anchored=False))
        position = mark.end
    out.append(_e(text[position:]))
    out += [_flag(mark, letters, anchored=True) for mark in stray]
    return "".join(out)


_SYMBOLS = {"conflict": "\u2260", "compatible": "\u2248", "name": "Aa"}
_WORDS = {"conflict": "conflicting figure", "compatible": "compatible figure", "name": "spelling variant"}


def _flag(mark: _Mark, letters: dict[str, str], *, anchored: bool) -> str:
    """Label a mark with a symbol and its number (so colour is never the only signal), linking to its partner."""
    anchor = f' id="{_e(mark.anchor)}"' if anchored and mark.anchor else ""
    where = f"; see {_e(letters.get(mark.target.rsplit('-', 1)[-1], ''))}" if mark.target else ""
    label = f'{_SYMBOLS[mark.kind]} {mark.number}<span class="vh"> {_WORDS[mark.kind]}{where}</span>'
    if mark.target:
        return f'<a class="flag {mark.kind}"{anchor} href="#{_e(mark.target)}">{label}</a>'
    return f'<span class="flag {mark.kind}"{anchor}>{label}</span>'


def _source_names(attributions: Sequence[Attribution]) -> str:
    return "; ".join(dict.fromkeys(source_name(attribution) for attribution in attributions))


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _hash(source: str) -> str:
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def _e(text: str) -> str:
    return html.escape(close_direction_controls(text), quote=True)
