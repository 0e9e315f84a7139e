"""Two texts -> the word-level difference that shows what each outlet worded differently."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .model import Operation, WordEdit
from .text import normalize_text


def word_edits(old: str, new: str) -> tuple[WordEdit, ...]:
    """Return the word-level difference between two texts; words are never split.

    >>> [(e.operation.value, e.old, e.new) for e in word_edits("they intend to secure cities", "they vowed to secure cities")]
    [('equal', 'they', 'they'), ('replace', 'intend', 'vowed'), ('equal', 'to secure cities', 'to secure cities')]
    """
    old_words, new_words = old.split(), new.split()
    matcher = difflib.SequenceMatcher(None, _comparable(old_words), _comparable(new_words), autojunk=False)
    return tuple(
        WordEdit(Operation(tag), " ".join(old_words[i1:i2]), " ".join(new_words[j1:j2])) for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    )


def _comparable(tokens: Iterable[str]) -> list[str]:
    return [normalize_text(token).lower() for token in tokens]
