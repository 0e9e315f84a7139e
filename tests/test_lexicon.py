"""Tests for the word-frequency table: the bisection lookup gives every word the value a full parse gives."""

from __future__ import annotations

import pathlib

from diffnews.lexicon import _UNKNOWN_ZIPF, _table_zipf, zipf

TABLE = pathlib.Path(__file__).parent.parent / "diffnews" / "data" / "english_zipf.txt"


def _parse_table() -> dict[str, float]:
    """Read the whole table into a dict, the plain way, as the reference for the lookup."""
    table: dict[str, float] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, tenths = line.split("\t")
            table[word] = int(tenths) / 10
    return table


def test_table_is_sorted_one_word_a_line() -> None:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and lines[1:] == sorted(lines[1:])
    words = [line.split("\t")[0] for line in lines[1:]]
    assert len(words) == len(set(words)) == 28_827


def test_lookup_matches_full_parse_for_every_word() -> None:
    table = _parse_table()
    assert [word for word, value in table.items() if _table_zipf(word) != value or zipf(word) != value] == []


def test_absent_words_are_unknown() -> None:
    table = _parse_table()
    absent = ["", "#", "\t", "zzzzzz", "taliban's-x", "The", "THE", "the ", " the", "the\t77", "the\t7", "a\t", "\x00",
              "-", "'", "qala", "\u00e9t\u00e9", "{", "~"]
    absent += [word[:-1] + "\x08" for word in list(table)[:200]] + [word + "zq" for word in list(table)[::500]]
    absent = [word for word in absent if word not in table]
    assert len(absent) > 200
    assert [word for word in absent if _table_zipf(word) is not None or zipf(word) != _UNKNOWN_ZIPF] == []
    prefixes = {word[:cut] for word in list(table)[::50] for cut in range(1, len(word))} - set(table)
    assert [word for word in prefixes if _table_zipf(word) is not None] == []
