"""Make untrusted article text inert in Markdown.

Article text comes from the web: it may hold Markdown or HTML that would
change the report's structure or run script when rendered.  Every character
that can open Markdown or HTML syntax is backslash-escaped (CommonMark lets any
ASCII punctuation be escaped), and line breaks become spaces so that text can
never start a new block.  Parentheses and "!" only take part in links and
images after a "[" or "]", which are escaped, so they are left as written.

>>> escape_markdown("<script>alert(1)</script> *x* [a](javascript:b) | `c` & d")
'\\\\<script\\\\>alert(1)\\\\</script\\\\> \\\\*x\\\\* \\\\[a\\\\](javascript:b) \\\\| \\\\`c\\\\` \\\\& d'
"""

from __future__ import annotations

import re

# Not "(", ")" or "!": a link or image needs "[", which is escaped, so they stay as written ("HuffPost (The Huffington
# Post)" reads as it is in an editor).
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+|~&=^$])")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def escape_markdown(text: str) -> str:
    """Escape text so that Markdown renders it literally, on one line."""
    return _SPECIAL.sub(r"\\\1", _LINE_BREAKS.sub(" ", text))


def code_span(text: str) -> str:
    """Wrap text in a code span that no backtick inside it can close."""
    text = _LINE_BREAKS.sub(" ", text)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{padding}{text}{padding}{fence}"
