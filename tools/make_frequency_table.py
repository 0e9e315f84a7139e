"""Build diffnews/data/english_zipf.txt from the wordfreq package (run by hand, output committed).

The aligner weighs words by how rare they are in general English, not only in
the two documents at hand.  wordfreq has that knowledge, but importing it and
loading its table costs about 200 ms, which a pre-commit hook cannot afford.
So this script writes the part we need, English words down to Zipf 3.0 (about one in a million words), as one
line per Zipf value (in tenths) followed by the words that have it.

    python tools/make_frequency_table.py   # needs: pip install wordfreq

wordfreq's data is CC-BY-SA 4.0 (Robyn Speer); the table keeps that licence.
"""

from __future__ import annotations

import collections
import pathlib
import re

import wordfreq

LOWEST_ZIPF = 3.0
OUTPUT = pathlib.Path(__file__).resolve().parent.parent / "diffnews" / "data" / "english_zipf.txt"


def main() -> None:
    buckets: dict[int, list[str]] = collections.defaultdict(list)
    for word, frequency in wordfreq.get_frequency_dict("en", wordlist="large").items():
        if not re.fullmatch(r"[a-z][a-z'-]*", word):
            continue
        zipf = wordfreq.zipf_frequency(word, "en", wordlist="large")
        if zipf >= LOWEST_ZIPF:
            buckets[round(zipf * 10)].append(word)
    with OUTPUT.open("w", encoding="utf-8") as handle:
        handle.write(f"# English word frequencies (Zipf x 10) from wordfreq {wordfreq.__version__ if hasattr(wordfreq, '__version__') else ''}; data CC-BY-SA 4.0, Robyn Speer.\n")
        for tenths in sorted(buckets, reverse=True):
            handle.write(f"{tenths}\t{' '.join(sorted(buckets[tenths]))}\n")
    print(f"wrote {OUTPUT} ({sum(map(len, buckets.values()))} words)")


if __name__ == "__main__":
    main()
