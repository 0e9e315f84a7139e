"""diffnews: compare news reports of the same event from different outlets.

Public API:

- :func:`compare` -- compare two or more article texts; returns a :class:`Report`.
- :func:`compare_files` -- the same, reading files (``-`` for standard input).
- :func:`similarity` -- how surely two sentences tell the same fact, 0..1.
- The records in :mod:`diffnews.model`, and :class:`Options`.
- :class:`DiffnewsError` and its subclasses :class:`InputError`, :class:`ConfigError`.
"""

from __future__ import annotations

from .align import similarity
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

__version__ = "0.1.0"

__all__ = [
    "Alignment",
    "Article",
    "Attribution",
    "ConfigError",
    "DiffnewsError",
    "Document",
    "InputError",
    "Line",
    "Mention",
    "NameForm",
    "NameVariant",
    "NumberMatch",
    "NumberStatus",
    "Operation",
    "Options",
    "Quantity",
    "QuantityKind",
    "QuoteMode",
    "Report",
    "Role",
    "Sentence",
    "WordEdit",
    "__version__",
    "compare",
    "compare_files",
    "similarity",
]
