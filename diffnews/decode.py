"""Bytes -> text: read a file within a size limit, decode it, and repair mojibake.

UTF-8 with or without a byte-order mark, UTF-16 with or without one, UTF-32
with one, an encoding the input declares, and otherwise Windows-1252 or
Latin-1 with a warning that names the guess.  Anything that cannot be an
article (missing, a directory, binary, too large) is refused with a one-line
:class:`InputError`.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from typing import BinaryIO

from .display import escape_unprintable
from .errors import InputError


def _read_capped(handle: BinaryIO, max_bytes: int) -> bytes:
    """Read at most ``max_bytes + 1`` bytes in chunks: one ``read(max_bytes + 1)`` would allocate the whole
    limit at once, which fails for a limit of many gigabytes."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = handle.read(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


_CHUNK = 1 << 20


# How long a named pipe may go without a writer before the read is refused (seconds).
PIPE_WAIT = 10.0


def _read_pipe(path: str, name: str, max_bytes: int, wait: float) -> bytes:
    """Read a named pipe, refusing one that no writer opens within ``wait`` seconds.

    A blocking open would wait for a writer for ever (as ``cat`` does), so the pipe is opened without blocking and
    polled.  A pipe that stays silent is read once: on Linux and the BSDs a read with no writer gives end of file,
    while a writer that has the pipe open but has not written yet gives "would block", and is waited for as before.
    """
    import select

    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        poller = select.poll()
        poller.register(descriptor, select.POLLIN | select.POLLHUP)
        first = b""
        if not poller.poll(int(wait * 1000)):
            try:
                first = os.read(descriptor, 1)
            except BlockingIOError:
                pass  # a writer holds the pipe open: wait for its text
            else:
                if not first:
                    raise InputError(f"{name}: a named pipe that nothing wrote to within {wait:g} seconds")
        os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "rb") as handle:
            descriptor = -1  # the handle closes it now
            return first + _read_capped(handle, max_bytes - len(first))
    finally:
        if descriptor >= 0:
            os.close(descriptor)


def read_source(path: str, *, max_bytes: int) -> bytes:
    """Read a file, or standard input for ``-``, refusing what cannot be an article."""
    name = escape_unprintable(path)  # for messages
    if path == "-":
        import sys

        if sys.stdin is None:  # started with standard input closed ("<&-")
            raise InputError("standard input is closed; give a file or pipe the article in")
        data = _read_capped(sys.stdin.buffer, max_bytes)
    else:
        if not os.path.exists(path):
            raise InputError(f"{name}: no such file")
        if os.path.isdir(path):
            raise InputError(f"{name}: is a directory, not a file")
        try:
            if stat.S_ISFIFO(os.stat(path).st_mode):
                data = _read_pipe(path, name, max_bytes, PIPE_WAIT)
            else:
                with open(path, "rb") as handle:
                    data = _read_capped(handle, max_bytes)
        except OSError as error:
            raise InputError(f"{name}: cannot read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: larger than the {max_bytes:,}-byte limit; split it or raise --max-bytes")
    return data


# Text codecs Python knows that no page is written in: escapes, host-name codecs, and UTF-7 (which browsers
# refuse, since it hides markup from filters).
_NOT_PAGE_ENCODINGS = frozenset({"unicode-escape", "raw-unicode-escape", "punycode", "idna", "utf-7", "undefined"})


def page_encoding(name: str) -> str | None:
    """Return the codec for an encoding a page or server declares, or None when it names no text encoding a page
    could be written in ("rot13", "base64" and "unicode_escape" are Python codecs, not page encodings).

    >>> [page_encoding(name) for name in ("Windows-1252", "unicode_escape", "base64", "x-nonexistent")]
    ['cp1252', None, None, None]
    """
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    return info.name if info._is_text_encoding and info.name not in _NOT_PAGE_ENCODINGS else None


# UTF-32 before UTF-16: the UTF-32-LE mark (FF FE 00 00) starts with the UTF-16-LE one (FF FE).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, *, name: str, declared: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Decode bytes as UTF-8 or UTF-16 (BOM or not), UTF-32 (BOM) or a declared encoding, else guess with a warning.

    ``declared`` is the encoding the input names itself (an HTTP header or a
    web page's ``<meta charset>``); it is used when there is no byte-order mark.
    """
    name = escape_unprintable(name)  # it goes into messages and warnings, shown on one line
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), ()
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}") from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError(f"{name}: looks like a binary file (it contains NUL bytes); give a text, Markdown or HTML file")
        return utf16[0], (f"{name}: has no byte-order mark; read it as {utf16[1]}",)
    if declared and page_encoding(declared):
        try:
            return data.decode(declared), ()
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        guess = "Windows-1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        guess = "Latin-1"
    return text, (f"{name}: not valid UTF-8; read it as {guess}",)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Decode UTF-16 text that lacks a byte-order mark, told by where its NUL bytes fall."""
    if len(data) % 2 or len(data) < 4:
        return None
    even, odd = data[0::2], data[1::2]
    # Text in Latin script as UTF-16 has a NUL in one half of nearly every code unit, never in the other.
    for encoding, zeros, letters in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= 0.9 * len(zeros) and letters.count(0) == 0:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            if all(char.isprintable() or char.isspace() for char in text):
                return text, encoding.upper()
    return None


# Bytes 0x80-0xBF, the UTF-8 continuation bytes, as Windows-1252 (or Latin-1 where it has a gap) shows them.
_CONTINUATION = "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(0x80, 0xC0))
_CONTINUATION_CLASS = "[" + re.escape(_CONTINUATION) + "]"
# A UTF-8 lead byte shown as Windows-1252 (Â..ô) followed by as many continuation characters as it announces.
_MOJIBAKE = (
    f"[\u00c2-\u00df]{_CONTINUATION_CLASS}|[\u00e0-\u00ef]{_CONTINUATION_CLASS}{{2}}|[\u00f0-\u00f4]{_CONTINUATION_CLASS}{{3}}"
)
# Every repair starts with a lead character Â..ô: a text without one (most English text) is passed
# over without compiling the full pattern, whose character classes take ~0.4 ms to compile.
_MOJIBAKE_LEAD = re.compile("[\u00c2-\u00f4]")


def repair_mojibake(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    r"""Undo UTF-8 text that was read as Windows-1252 (``â€™`` for ``’``); return the text and each (old, new) repair.

    Only a run that is valid UTF-8 once turned back into bytes is changed, so
    ordinary accented text stays as it is.

    >>> repair_mojibake("It\u00e2\u20ac\u2122s caf\u00c3\u00a9 time, caf\u00e9")
    ('It’s café time, café', (('â€™', '’'), ('Ã©', 'é')))
    """
    if not _MOJIBAKE_LEAD.search(text):
        return text, ()
    pattern = re.compile(_MOJIBAKE)
    if not pattern.search(text):
        return text, ()
    repairs: list[tuple[str, str]] = []

    def fix(match: re.Match[str]) -> str:
        raw = bytes(_byte_of(char) for char in match.group())
        try:
            fixed = raw.decode("utf-8")
        except UnicodeDecodeError:
            return match.group()
        repairs.append((match.group(), fixed))
        return fixed

    return pattern.sub(fix, text), tuple(repairs)


def _byte_of(char: str) -> int:
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(char)
