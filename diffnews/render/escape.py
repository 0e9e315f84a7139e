"""Make untrusted article text inert in Markdown.

Article text comes from the web: it may hold Markdown or HTML that would
change the report's structure or run script when rendered.  Every character
that can open Markdown or HTML syntax is backslash-escaped (CommonMark lets any
ASCII punctuation be escaped), and line breaks become spaces so that text can
never start a new block.  Parentheses and "!" only take part in links and
images after a "[" or "]", which are escaped, so they are left as written.
An explicit direction control that the text opens and never closes (a
right-to-left override, say) would reverse the report after it, so the
missing closers are added at the text's end.

>>> escape_markdown("<script>alert(1)</script> *x* [a](javascript:b) | `c` & d")
'\\\\<script\\\\>alert(1)\\\\</script\\\\> \\\\*x\\\\* \\\\[a\\\\](javascript:b) \\\\| \\\\`c\\\\` \\\\& d'
"""

from __future__ import annotations

import re

# Not "(", ")" or "!": a link or image needs "[", which is escaped, so they stay as written ("HuffPost (The Huffington
# Post)" reads as it is in an editor).
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+|~&=^$])")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")

# Unicode's explicit direction controls (UAX #9): embeddings and overrides close with PDF, isolates with PDI.
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE RLE LRO RLO
_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI
_PDF, _PDI = "\u202c", "\u2069"
_DIRECTION_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def close_direction_controls(text: str) -> str:
    """Close the direction embeddings, overrides and isolates that text leaves open.

    >>> close_direction_controls("said \u202eyas") == "said \u202eyas\u202c"
    True
    >>> close_direction_controls("plain text")
    'plain text'
    """
    if not _DIRECTION_CONTROL.search(text):
        return text
    open_controls: list[str] = []
    for character in text:
        if character in _EMBEDDINGS:
            open_controls.append(_PDF)
        elif character in _ISOLATES:
            open_controls.append(_PDI)
        elif character == _PDF:
            # A PDF closes the latest embedding, but never one outside the innermost open isolate.
            if open_controls and open_controls[-1] == _PDF:
                open_controls.pop()
        elif character == _PDI and _PDI in open_controls:
            # A PDI closes the innermost open isolate and every embedding opened inside it.
            while open_controls.pop() != _PDI:
                pass
    return text + "".join(reversed(open_controls))


def escape_markdown(text: str) -> str:
    """Escape text so that Markdown renders it literally, on one line."""
    return close_direction_controls(_SPECIAL.sub(r"\\\1", _LINE_BREAKS.sub(" ", text)))


def code_span(text: str) -> str:
    """Wrap text in a code span that no backtick inside it can close."""
    text = _LINE_BREAKS.sub(" ", text)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{padding}{close_direction_controls(text)}{padding}{fence}"
