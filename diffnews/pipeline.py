"""The pipeline, declared once: load -> segment -> align -> extract -> compare.

>>> report = compare("Fire Hits Town\\n\\nA fire destroyed the old mill on Monday.",
...                  "Mill Burns\\n\\nOn Monday a fire destroyed the old mill, police said.")
>>> [alignment.sentences for alignment in report.alignments]
[(('a2',), ('b2',))]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .align import align_documents
from .attribution import attribute_sentences
from .credits import find_agencies
from .report import build_report
from .errors import InputError
from .figures import match_figures
from .grouping import join_figure_links
from .load import load_input, load_text
from .model import Article, Document, Options, Report, Role
from .names import find_name_variants
from .segment import segment_article


def document_ids(count: int) -> list[str]:
    """Name documents ``a``, ``b``, ... (``d27`` onwards past the alphabet)."""
    return [chr(ord("a") + i) if i < 26 else f"d{i + 1}" for i in range(count)]


def compare(*inputs: str | Article, options: Options = Options()) -> Report:
    """Compare two or more article texts (or loaded Articles) and report what they share and where they differ."""
    if len(inputs) < 2:
        raise InputError(f"compare needs at least two documents, got {len(inputs)}")
    articles = [item if isinstance(item, Article) else load_text(item, id=id_) for item, id_ in zip(inputs, document_ids(len(inputs)))]
    documents = [credit_agencies(segment_article(article)) for article in articles]
    alignments = align_documents(documents, options=options)
    numbers = match_figures(documents, alignments)
    joined = join_figure_links(documents, alignments, numbers, options=options)
    if joined != alignments:
        # Sentences grouped only by a matched figure tell one fact, so their other figures are compared as aligned
        # ("hit a 30-year high of 5.4%" / "hit 5.4 per cent, the highest in almost 30 years").
        numbers = match_figures(documents, joined)
    alignments = joined
    attributions = tuple(
        attribution for document in documents
        for attribution in attribute_sentences(document.sentences, {line.start for line in document.article.lines}))
    names = find_name_variants(documents)
    return build_report(documents, alignments, numbers=numbers, attributions=attributions, names=names, options=options)


def compare_files(paths: Sequence[str], *, options: Options = Options()) -> Report:
    """Load each file, URL or ``-`` (standard input) and compare them; web pages are reduced to their article."""
    if list(paths).count("-") > 1:
        raise InputError("standard input ('-') can be given only once")
    articles = [load_input(path, id=id_, max_bytes=options.max_bytes) for path, id_ in zip(paths, document_ids(len(paths)))]
    return compare(*articles, options=options)


def credit_agencies(document: Document) -> Document:
    """Record the wire agencies a document credits: its credit lines first, then agencies it cites."""
    credit_lines = [s for s in document.sentences if s.role is Role.CREDIT]
    cited = [s for s in document.sentences if s.role is not Role.CREDIT]
    credits = tuple(dict.fromkeys(find_agencies(credit_lines) + find_agencies(cited)))
    return dataclasses.replace(document, article=dataclasses.replace(document.article, credits=credits))
