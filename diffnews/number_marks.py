"""Marks around a figure that change its value: a minus sign or the word ``minus``.

Internal to :mod:`diffnews.numbers`.  A hyphen is mostly not a sign in news text: it joins a range (``10-12``),
a score (``2-1``) or a name (``Covid-19``, ``F-16``), so a sign is read only where nothing is glued before it.

>>> from diffnews.number_words import Tokens
>>> [is_minus(Tokens(text), 2) for text in ("fell to -12 degrees", "rose 10-12 points", "plus or minus 4")]
[True, False, False]
"""

from __future__ import annotations

from diffnews.number_words import DIGITS, TENS, UNITS, Tokens

_BEFORE_A_SIGN = frozenset(('(', '[', '"', "'", ":"))
"""Marks a minus sign may be glued after: ``(-1.66F)``, ``"-5"``; any other glued token makes the hyphen a joiner."""


def is_minus(tokens: Tokens, index: int) -> bool:
    """Whether token ``index`` makes the figure right after it negative: a minus sign glued to its digits and to
    nothing before (``-12 degrees``, ``(-1.66F)``; the Unicode minus is folded to ``-`` before tokenizing), or the
    word ``minus`` before a figure (``minus 15C``), except in a margin (``plus or minus 4 points``)."""
    word, after = tokens.get(index), tokens.get(index + 1)
    if word == "-":
        before = tokens.get(index - 1)
        # "10 -12" is a range written loosely, as "10-12" is one (the range reader takes it from the first figure);
        # "COVID -19", "MiG -29" are names written loosely.
        named = index > 1 and before[:1].isalpha() and tokens.text[tokens.starts[index - 1]].isupper()
        return (tokens.glued(index + 1) and DIGITS.match(after) is not None and not before[:1].isdigit()
                and not named and (not tokens.glued(index) or before in _BEFORE_A_SIGN))
    if word != "minus" or not (after[:1].isdigit() or after.split("-")[0] in UNITS or after.split("-")[0] in TENS):
        return False
    return not (tokens.get(index - 1) in ("plus", "+") or tokens.matches(index - 2, ("plus", "or")))
