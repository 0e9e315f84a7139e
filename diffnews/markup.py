"""The text of one line: markdown marks taken off, and offsets moved past white space.

Shared by :mod:`diffnews.load` and :mod:`diffnews.furniture`.
"""

from __future__ import annotations

import re

__all__ = ["MARKDOWN_HEADING", "lstrip_at", "rstrip_at", "strip_emphasis", "strip_markdown"]


MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+")

def rstrip_at(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end

def lstrip_at(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start

def strip_markdown(line: str) -> str:
    line = MARKDOWN_HEADING.sub("", line)
    return strip_emphasis(line).strip()

_EMPHASIS_MARKS = ("**", "__", "*", "_")  # tried in this order at each place

_EMPHASIS_MARK = re.compile(r"[*_]")

def strip_emphasis(line: str) -> str:
    r"""Unwrap emphasised text (``**x**``, ``__x__``, ``*x*``, ``_x_``), in time linear in the line.

    It gives what ``re.sub(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1", r"\2", line)`` gives.  That pattern reads to the end
    of the line from every mark that nothing closes, as in "*x *x *x ...", and a long line of them took minutes;
    here the closing marks are listed once and looked up.  A mark opens when a non-space follows it; the first
    same mark at least two characters on, after a non-space and before a line break, closes it, or failing that
    the mark right after that one character.

    >>> strip_emphasis("a **bold** and _italic_ word, a * b")
    'a bold and italic word, a * b'
    """
    if "*" not in line and "_" not in line:
        return line
    from bisect import bisect_left

    closers = {mark: [found.start() for found in re.finditer(r"(?<=\S)(?=" + re.escape(mark) + ")", line)] for mark in _EMPHASIS_MARKS}
    breaks = [found.start() for found in re.finditer("\n", line)]
    pieces: list[str] = []
    done = position = 0
    while (opening := _EMPHASIS_MARK.search(line, position)) is not None:
        start = opening.start()
        position = start + 1
        for mark in _EMPHASIS_MARKS:
            inner = start + len(mark)
            if not line.startswith(mark, start) or inner >= len(line) or line[inner].isspace():
                continue
            stop = bisect_left(breaks, inner)
            stop = breaks[stop] if stop < len(breaks) else len(line)
            candidates = closers[mark]
            index = bisect_left(candidates, inner + 2)
            if index < len(candidates) and candidates[index] < stop:
                close = candidates[index]
            elif line.startswith(mark, inner + 1):
                close = inner + 1
            else:
                continue
            pieces += (line[done:start], line[inner:close])
            done = position = close + len(mark)
            break
    return "".join(pieces) + line[done:]
