"""diffnews: compare news reports of the same event from different outlets.

Public API:

- :func:`compare` -- compare two or more article texts; returns a :class:`Report`.
- :func:`compare_files` -- the same, reading files (``-`` for standard input).
- :func:`similarity` -- how surely two sentences tell the same fact, 0..1.
- The records in :mod:`diffnews.model`, and :class:`Options`.
- :class:`DiffnewsError` and its subclasses :class:`InputError`, :class:`ConfigError`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public names and the module each lives in.  They load on first use (PEP 562), so that
# `diffnews --version` or `diffnews check --help` do not pay for the whole pipeline.
_EXPORTS = {
    "similarity": "paraphrase",
    "compare": "pipeline",
    "compare_files": "pipeline",
    **dict.fromkeys(("ConfigError", "DiffnewsError", "InputError"), "errors"),
    **dict.fromkeys(
        (
            "Alignment", "Article", "Attribution", "Document", "Line", "Mention", "NameForm", "NameVariant",
            "NumberMatch", "NumberStatus", "Operation", "Options", "Quantity", "QuantityKind", "QuoteMode",
            "Report", "Role", "Sentence", "WordEdit",
        ),
        "model",
    ),
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'diffnews' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


if TYPE_CHECKING:
    from .paraphrase import similarity
    from .errors import ConfigError, DiffnewsError, InputError
    from .model import (
        Alignment,
        Article,
        Attribution,
        Document,
        Line,
        Mention,
        NameForm,
        NameVariant,
        NumberMatch,
        NumberStatus,
        Operation,
        Options,
        Quantity,
        QuantityKind,
        QuoteMode,
        Report,
        Role,
        Sentence,
        WordEdit,
    )
    from .pipeline import compare, compare_files
