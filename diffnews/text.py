"""Text normalization shared by the stages: one place decides what "the same text" means.

>>> normalize_text("\u201cIt\u2019s\u00a0over\u201d \u2014 he said")
'"It\\'s over" - he said'
>>> words("Qala-e-Naw's 1,000 U.S. troops")
["qala-e-naw's", '1,000', 'u.s.', 'troops']
>>> normalize_text("Homes were af-\\nfected, a well- known man said of the pre- and post-war floods")
'Homes were affected, a well-known man said of the pre- and post-war floods'
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


# A word a print line break cut after its hyphen: "af-\nfected", or "af- fected" once the break became a space.  The
# rest is lowercase and no joining word: "pre- and post-war" and "Qala-e- Naw" keep their space.
_BROKEN_WORD = re.compile(r"\b([^\W\d_]+)- (?!(?:and|or|nor|to|but|than|as|through|versus|vs)\b)([a-z]+)\b")
_KNOWN_ZIPF = 3.0
"""The shipped frequency table (lexicon.zipf) holds the English words at least this common."""


def normalize_text(text: str) -> str:
    """Unify quotes, dashes, Unicode spaces and compatibility forms, collapse white space, mend broken words."""
    if text.isascii():
        # NFKC and the table change nothing in ASCII but the backtick; this is the common case, and 5x faster.
        normalized = " ".join(text.replace("`", "'").split())
    else:
        # str.split() splits on exactly the characters that are white space to the re module's \s.
        normalized = " ".join(unicodedata.normalize("NFKC", text).translate(_TRANSLATION).split())
    return _BROKEN_WORD.sub(_mend_broken_word, normalized) if "- " in normalized else normalized


def _mend_broken_word(found: re.Match[str]) -> str:
    """Join a word cut at a line's end ("af- fected"), or close up a compound cut at its hyphen ("well- known").

    A known English word joined is a cut word, and so are parts that are no words ("misappro- priated"); a known
    word on either side makes a compound ("nitty- gritty", "nonbudget- related").
    """
    from .lexicon import zipf  # deferred: lexicon imports this module

    first, rest = found.group(1), found.group(2)
    if zipf((first + rest).lower()) >= _KNOWN_ZIPF:
        return first + rest
    if zipf(first.lower()) >= _KNOWN_ZIPF or zipf(rest) >= _KNOWN_ZIPF:
        return f"{first}-{rest}"
    return first + rest


def words(text: str) -> list[str]:
    """Split text into lowercase words, keeping inner hyphens, apostrophes and digit groups."""
    return split_words(normalize_text(text))


def split_words(normalized: str) -> list[str]:
    """Split text that :func:`normalize_text` has already normalized into lowercase words."""
    return [word.lower() for word in WORD.findall(normalized)]
