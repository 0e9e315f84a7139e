"""Tests for the word-level difference shown inside each shared fact."""

from __future__ import annotations

from diffnews.model import Operation
from diffnews.word_diff import word_edits


def test_word_edits_never_split_words() -> None:
    edits = word_edits("they intend to secure cities", "they vowed to secure the cities")
    assert [e.operation for e in edits] == [Operation.EQUAL, Operation.REPLACE, Operation.EQUAL, Operation.INSERT, Operation.EQUAL]
    assert " ".join(e.new for e in edits if e.new) == "they vowed to secure the cities"
