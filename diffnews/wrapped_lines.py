"""Decide whether a line carries on a hard-wrapped sentence from the line before (shared by load and sentences)."""

from __future__ import annotations

import re

# Marks that end a sentence: a line that ends in one closes its sentence (a headline, caption or credit needs none).
TERMINAL = tuple(".!?:;\"'\u201d\u2019)]\u2026")
# A quote closed after a comma ("...materials,"") is followed by its cue ("said Kevin Xia"), not a new sentence.
_OPEN_QUOTE_END = re.compile(r"[,\u2014-]\s*[\"'\u201d\u2019]$")
# Closed classes of English words that cannot end a sentence or a headline: articles, possessive determiners,
# coordinating and most subordinating conjunctions, auxiliaries and prepositions.  Left out on purpose are words that
# often close a headline as particles or stranded prepositions ("in", "on", "up", "out", "off", "over", "down",
# "for", "about", "with", "is", "do", "if"): "Five places to eat out" must not swallow the line under it.
_WRAP_WORDS = frozenset(
    """a an the my your his her its our their whose and or but nor that because although though whether while
    are was were been being has have had will would can could should may might must shall of to at from into onto
    by via between among against during toward towards without within upon per than including outside inside
    across near after before under""".split()
)
MIN_WRAPPED = 40
"""Fewest characters of a line read as hard-wrapped prose: a shorter line is a headline, label or list item."""


def continues_line(previous: str, line: str) -> bool:
    """Whether ``line`` carries on a hard-wrapped sentence from the line before it, ``previous``.

    >>> continues_line("The death toll from the quake has climbed to", "164, state media said.")
    True
    >>> continues_line("Death toll rises after quake strikes the region", "Rescuers dug through rubble.")
    False
    """
    previous = previous.rstrip()
    if not previous or not line:
        return False
    if previous.endswith(TERMINAL) and not _OPEN_QUOTE_END.search(previous):
        return False
    if line[0].islower():
        return True
    last_word = previous.rsplit(None, 1)[-1].lower()
    return len(previous) >= MIN_WRAPPED and last_word in _WRAP_WORDS
