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
_SPACES = re.compile(r"\s+")

_WORD = re.compile(r"\w+(?:[-'.,/]\w+)*\.?(?<=\w\.\w\.)|\w+(?:[-'.,/]\w+)*")


def normalize_text(text: str) -> str:
    """Unify quotes, dashes, Unicode spaces and compatibility forms, and collapse white space."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATION)
    return _SPACES.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """Split normalized text into lowercase words, keeping inner hyphens, apostrophes and digit groups."""
    return [word.lower() for word in _WORD.findall(normalize_text(text))]
