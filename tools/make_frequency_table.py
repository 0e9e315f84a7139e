"""Build diffnews/data/english_zipf.txt from the wordfreq package (run by hand, output committed).

The aligner weighs words by how rare they are in general English, not only in
the two documents at hand.  wordfreq has that knowledge, but importing it and
loading its table costs about 200 ms, which a pre-commit hook cannot afford.
So this script writes the part we need, English words down to Zipf 3.0 (about one in a million words), one
line per word: the word, a tab and its Zipf value in tenths, sorted by word (``diffnews.lexicon`` looks words up
by bisection, which loads faster than building a dict of the whole table).

    python tools/make_frequency_table.py   # needs: pip install wordfreq

wordfreq's data is CC-BY-SA 4.0 (Robyn Speer); the table keeps that licence.
"""

from __future__ import annotations

import pathlib
import re

import wordfreq

LOWEST_ZIPF = 3.0
OUTPUT = pathlib.Path(__file__).resolve().parent.parent / "diffnews" / "data" / "english_zipf.txt"


def main() -> None:
    table: dict[str, int] = {}
    for word, frequency in wordfreq.get_frequency_dict("en", wordlist="large").items():
        if not re.fullmatch(r"[a-z][a-z'-]*", word):
            continue
        zipf = wordfreq.zipf_frequency(word, "en", wordlist="large")
        if zipf >= LOWEST_ZIPF:
            table[word] = round(zipf * 10)
    with OUTPUT.open("w", encoding="utf-8") as handle:
        handle.write(f"# English word frequencies (Zipf x 10) from wordfreq {wordfreq.__version__ if hasattr(wordfreq, '__version__') else ''}; data CC-BY-SA 4.0, Robyn Speer.\n")
        # Sorted by word; a tab sorts before every letter, so the lines sort the same way.
        for word in sorted(table):
            handle.write(f"{word}\t{table[word]}\n")
    print(f"wrote {OUTPUT} ({len(table)} words)")


if __name__ == "__main__":
    main()
