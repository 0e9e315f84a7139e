"""Report -> JSON, as described by ``docs/report.schema.json``."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

from ..display import escape_undecodable
from ..report import attributions_by_sentence, set_aside_sentences, sources_of, unique_sentences
from ..model import Attribution, Quantity, Report

SCHEMA_ID = "https://diffnews.invalid/report.schema.json"
FORMAT_VERSION = 1


def to_data(report: Report) -> dict[str, Any]:
    """Turn a report into plain JSON-ready data."""
    ids = [document.id for document in report.documents]
    grouped = attributions_by_sentence(report)
    return {
        "format": "diffnews-report",
        "version": FORMAT_VERSION,
        "documents": [
            {
                "id": document.id,
                "path": escape_undecodable(document.article.path),  # JSON escapes the rest itself
                "title": document.article.title,
                "outlet": document.article.outlet,
                "credits": list(document.article.credits),
                "warnings": list(document.article.warnings),
                "sentences": [
                    {"id": s.id, "text": s.text, "role": s.role.value, "start": s.start, "end": s.end} for s in document.sentences
                ],
                "unique": [s.id for s in unique_sentences(report, document)],
                "set_aside": [s.id for s in set_aside_sentences(document)],
            }
            for document in report.documents
        ],
        "alignments": [
            {
                "sentences": {doc_id: list(group) for doc_id, group in zip(ids, alignment.sentences) if group},
                "score": alignment.score,
                "edits": [{"op": edit.operation.value, "old": edit.old, "new": edit.new} for edit in alignment.edits],
            }
            for alignment in report.alignments
        ],
        "numbers": [
            {
                "status": match.status.value,
                "mentions": {mention.document: {"sentence": mention.sentence, **_quantity(mention.quantity),
                                                **_source(grouped, mention.sentence)} for mention in match.mentions},
            }
            for match in report.numbers
        ],
        "names": [
            {"forms": [{"document": form.document, "text": form.text, "sentences": list(form.sentences)} for form in variant.forms]}
            for variant in report.names
        ],
        "attributions": [
            {
                "sentence": a.sentence,
                "source": a.source,
                "resolved": a.resolved,
                "cue": a.cue,
                "mode": a.mode.value,
                "quote": a.quote,
                "chain": list(a.chain),
            }
            for a in report.attributions
        ],
    }


def _source(grouped: Mapping[str, Sequence[Attribution]], sentence: str) -> dict[str, str]:
    """Who gave a figure, as the Markdown's number table names them; no key when the sentence does not say."""
    sources = sources_of(grouped, (sentence,))
    return {"source": "; ".join(sources)} if sources else {}


def _quantity(quantity: Quantity) -> dict[str, Any]:
    return {
        "text": quantity.text,
        "start": quantity.start,
        "end": quantity.end,
        "low": _finite(quantity.low),
        "high": _finite(quantity.high),
        "kind": quantity.kind.value,
        "thing": quantity.thing,
        "qualifier": quantity.qualifier,
    }


def _finite(value: float) -> float | int | None:
    """JSON has no infinity: an unbounded end is null; whole numbers print without '.0'."""
    if math.isinf(value):
        return None
    return int(value) if float(value).is_integer() else value


def render(report: Report) -> str:
    """Render a report as pretty-printed JSON with a final newline."""
    return json.dumps(to_data(report), ensure_ascii=False, indent=2) + "\n"
