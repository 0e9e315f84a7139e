r"""Show file names, and the messages that hold them, safely: on one line, whatever bytes the name is made of.

On Linux a file name is bytes; Python gives the bytes that are not UTF-8 as
lone surrogates (U+DC80-U+DCFF), which no output stream can encode, and a name
may hold a newline, which would split a one-line error or a lint line.  Such
characters are shown as escapes, the way ``repr`` shows them; ordinary names,
in any script, are unchanged.  Backslashes are left as they are: on Windows
they separate folders.

>>> print(escape_unprintable("stories/caf\udce9 new\nline\x1b.md"))
stories/caf\xe9 new\nline\x1b.md
>>> print(escape_unprintable("C:\\stories\\café 日本.md"))
C:\stories\café 日本.md
>>> escape_undecodable("caf\udce9\n.md")
'caf\\xe9\n.md'
"""

from __future__ import annotations

import re

# Python's surrogateescape error handler turns each undecodable byte 0x80-0xFF into U+DC80-U+DCFF.
_UNDECODABLE = re.compile("[\udc80-\udcff]")


def escape_unprintable(text: str) -> str:
    """Escape what cannot be shown on one line: undecodable bytes as ``\\xNN``, control characters as ``repr`` does."""
    if text.isprintable():  # nearly every name: nothing to do
        return text
    return "".join(char if char.isprintable() else _escape(char) for char in text)


def escape_undecodable(text: str) -> str:
    """Escape only the undecodable bytes, as ``\\xNN``: for JSON, which escapes control characters itself."""
    return _UNDECODABLE.sub(lambda match: _escape(match.group()), text)


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # the byte itself, not the surrogate that stands for it
    return char.encode("unicode_escape").decode("ascii")
