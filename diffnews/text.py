"""Text normalization shared by the stages: one place decides what "the same text" means.

>>> normalize_text("\u201cIt\u2019s\u00a0over\u201d \u2014 he said")
'"It\\'s over" - he said'
>>> words("Qala-e-Naw's 1,000 U.S. troops")
["qala-e-naw's", '1,000', 'u.s.', 'troops']
"""

from __future__ import annotations

import re
import unicodedata

_TRANSLATION = str.maketrans(
    {
        # Quotes: curly, low-9, primes and guillemets become straight quotes.
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
        # Dashes and minus signs become a hyphen-minus.
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
        # Zero-width characters and the soft hyphen vanish.
        "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None, "\u00ad": None,
    }
)

# A word: letters and digits, with inner hyphens, apostrophes, points, commas and slashes (Qala-e-Naw, 1,000),
# and the closing point of an abbreviation with inner points (U.S.).  One pass, no backtracking to a second branch.
WORD = re.compile(r"\w+(?:[-'.,/]\w+)*(?:(?<=\w\.\w)\.)?")


def normalize_text(text: str) -> str:
    """Unify quotes, dashes, Unicode spaces and compatibility forms, and collapse white space."""
    if text.isascii():
        # NFKC and the table change nothing in ASCII but the backtick; this is the common case, and 5x faster.
        return " ".join(text.replace("`", "'").split())
    # str.split() splits on exactly the characters that are white space to the re module's \s.
    return " ".join(unicodedata.normalize("NFKC", text).translate(_TRANSLATION).split())


def words(text: str) -> list[str]:
    """Split text into lowercase words, keeping inner hyphens, apostrophes and digit groups."""
    return split_words(normalize_text(text))


def split_words(normalized: str) -> list[str]:
    """Split text that :func:`normalize_text` has already normalized into lowercase words."""
    return [word.lower() for word in WORD.findall(normalized)]
