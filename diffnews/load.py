"""Bytes or files -> Article: decode, then mark what each line is doing.

Pages copied out of a browser carry navigation, image labels, captions, a
dateline, wire credits and the outlet's promotion around the story.  The loader
tags each line with a :class:`Role` so that later stages match only the story,
while every line stays in the report.  The rules are about the shape of a line
(length, closing punctuation, position, a handful of words that web pages use
for their furniture), never about particular articles.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator

from .errors import InputError
from .model import Article, Line, Role

# Words that only page furniture consists of: navigation, sharing, media labels.
_FURNITURE_WORDS = frozenset(
    """
    skip to content main menu more navigation accessibility links link breaking news sites site
    share this on facebook twitter x whatsapp email print copy linkedin reddit telegram
    advertisement advertising sponsored subscribe sign in up log out newsletter newsletters
    menu search home close open toggle read listen watch video videos audio image images photo photos
    gallery related topics topic more stories story comments comment follow us cookie cookies settings
    accept all back top next previous page live updates most popular trending latest
    16x9 4x3 1x1 3x2 min minute minutes
    """.split()
)
_ENUMERATION = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*\u2022\u2013\u2014])\s+")
_DATE_LINE = re.compile(
    r"^(?:(?:updated|published|posted|last updated|date)\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}"
    r"|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?\s*$",
    re.IGNORECASE,
)
# Accessibility skip links ("Skip to content", "Skip to more DW sites") open most news pages.
_SKIP_LINK = re.compile(r"^(?:skip|jump)\s+to\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_BYLINE = re.compile(r"^(?i:by|von|par|por)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s*(?:,|and)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*\s*$")
# Credit lines: "With reporting by AP", "(Reporting by X; Editing by Y)", "ipj/dj (AP, Reuters)",
# "Associated Press writer X contributed to this report".
_CREDIT = re.compile(
    r"^\(?\s*(?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b"
    r"|contributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story)\b"
    r"|^[a-z]{1,4}(?:/[a-z]{1,4})+\s*(?:\([^)]*\))?\s*$",
    re.IGNORECASE,
)
# An image credit glued to or standing after a caption: "...WednesdayImage: AFP/Getty Images".
_IMAGE_CREDIT = re.compile(
    r"(?:(?<=\S)|^)((?:image|photo|picture|foto|credit|source|bild)s?\s*:\s*\S.*"
    r"|\(?(?:photo|image)\s+by\s+.*|\S*(?:getty images|ap photo|afp photo|reuters photo|shutterstock|epa-efe)\S*\)?)$",
    re.IGNORECASE | re.MULTILINE,
)
_TERMINAL = tuple(".!?:;\"'\u201d\u2019)]\u2026")
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+")
_OUTLET_HEADER = re.compile(r"^#\s*outlet\s*:\s*(.+?)\s*$", re.IGNORECASE)
_SIGN_OFF_SHARE = 0.5


def read_source(path: str, *, max_bytes: int) -> bytes:
    """Read a file, or standard input for ``-``, refusing what cannot be an article."""
    if path == "-":
        import sys

        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        if not os.path.exists(path):
            raise InputError(f"{path}: no such file")
        if os.path.isdir(path):
            raise InputError(f"{path}: is a directory, not a file")
        try:
            with open(path, "rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as error:
            raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise InputError(f"{path}: larger than the {max_bytes:,}-byte limit; split it or raise --max-bytes")
    return data


def decode(data: bytes, *, name: str) -> tuple[str, tuple[str, ...]]:
    """Decode bytes as UTF-8 (BOM or not) or UTF-16 with BOM, else fall back with a warning."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), ()
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}") from None
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file (it contains NUL bytes); give a text, Markdown or HTML file")
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


def load_text(text: str, *, id: str, path: str = "-", warnings: tuple[str, ...] = ()) -> Article:
    """Mark the role of every non-blank line of an article's text.

    >>> article = load_text("Skip to content\\n\\nBig Fire Hits Town\\n\\nA fire hit the town. Nobody was hurt.\\n", id="a")
    >>> [(article.text[line.start:line.end], line.role.value) for line in article.lines]
    [('Skip to content', 'boilerplate'), ('Big Fire Hits Town', 'headline'), ('A fire hit the town. Nobody was hurt.', 'body')]
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{path}: is empty; give an article with some text")
    outlet = ""
    lines: list[Line] = []
    pieces = list(_pieces(text))
    first_content = True
    sign_off_seen = False
    for number, (start, end, markdown_level) in enumerate(pieces):
        body = text[start:end]
        header = _OUTLET_HEADER.match(body)
        if header and not lines:
            outlet = header.group(1)
            lines.append(Line(start, end, Role.BOILERPLATE))
            continue
        role = _role_of(body, markdown_level, first_content, sign_off_seen)
        if role is Role.CREDIT and number >= _SIGN_OFF_SHARE * len(pieces):
            sign_off_seen = True
        if role in (Role.HEADLINE, Role.BODY, Role.SUBHEADING):
            first_content = False
        lines.extend(_split_image_credit(text, start, end, role))
    lines = _mark_alt_text(text, lines)
    title = next((text[line.start:line.end] for line in lines if line.role is Role.HEADLINE), "")
    if not title:
        title = os.path.basename(path) if path != "-" else "standard input"
    return Article(id=id, path=path, title=_strip_markdown(title), outlet=outlet, text=text, lines=tuple(lines), warnings=warnings)


def load_file(path: str, *, id: str, max_bytes: int) -> Article:
    """Read, decode and mark up one article file (``-`` for standard input)."""
    data = read_source(path, max_bytes=max_bytes)
    name = "standard input" if path == "-" else path
    text, warnings = decode(data, name=name)
    if not text.strip():
        raise InputError(f"{name}: is empty; give an article with some text")
    return load_text(text, id=id, path=path, warnings=warnings)


def _pieces(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield (start, end, markdown heading level) for each line, joining hard-wrapped prose."""
    offset = 0
    pending: tuple[int, int] | None = None
    for raw in text.split("\n"):
        start, end = offset, offset + len(raw)
        offset = end + 1
        stripped = raw.strip()
        if not stripped:
            if pending:
                yield (*pending, 0)
                pending = None
            continue
        start += len(raw) - len(raw.lstrip())
        end -= len(raw) - len(raw.rstrip())
        heading = _MARKDOWN_HEADING.match(stripped)
        if heading:
            if pending:
                yield (*pending, 0)
                pending = None
            yield start, end, len(heading.group(1))
            continue
        if pending and _continues(text[pending[0]:pending[1]], stripped):
            pending = (pending[0], end)
            continue
        if pending:
            yield (*pending, 0)
        pending = (start, end)
    if pending:
        yield (*pending, 0)


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` carries on a hard-wrapped sentence from ``previous``."""
    last_line = previous.rsplit("\n", 1)[-1]
    return len(last_line) >= 40 and not last_line.endswith(_TERMINAL) and line[:1].islower()


def _role_of(body: str, markdown_level: int, first_content: bool, sign_off_seen: bool) -> Role:
    """Tell the role of one line from its shape and position."""
    plain = _strip_markdown(body)
    if markdown_level:
        return Role.HEADLINE if first_content else Role.SUBHEADING
    if sign_off_seen or _is_furniture(plain):
        return Role.BOILERPLATE
    if _CREDIT.search(plain):
        return Role.CREDIT
    if _DATE_LINE.match(plain) and any(month in plain.lower() for month in _MONTHS) or _is_numeric_date(plain):
        return Role.DATELINE
    if _BYLINE.match(plain):
        return Role.BYLINE
    word_count = len(plain.split())
    if not plain.endswith(_TERMINAL) and word_count <= 25:
        return Role.HEADLINE if first_content else Role.SUBHEADING
    return Role.BODY


def _is_numeric_date(line: str) -> bool:
    return bool(re.fullmatch(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}", line))


def _is_furniture(line: str) -> bool:
    """Whether a line is navigation or a media label rather than story text."""
    if len(line) > 80:
        return False
    plain = _ENUMERATION.sub("", line).lower()
    if _SKIP_LINK.match(plain):
        return True
    tokens = re.findall(r"[\w']+", plain)
    return bool(tokens) and all(token in _FURNITURE_WORDS or token.isdigit() for token in tokens)


def _split_image_credit(text: str, start: int, end: int, role: Role) -> list[Line]:
    """Split an image credit off a caption line; the caption is the rest of the line."""
    if role in (Role.BOILERPLATE, Role.CREDIT, Role.BODY):
        return [Line(start, end, role)]
    match = _IMAGE_CREDIT.search(text, start, end)
    if not match:
        return [Line(start, end, role)]
    credit_start = match.start(1)
    caption_end = credit_start
    while caption_end > start and text[caption_end - 1].isspace():
        caption_end -= 1
    if caption_end <= start:
        return [Line(start, end, Role.BOILERPLATE)]
    return [Line(start, caption_end, Role.CAPTION), Line(credit_start, end, Role.BOILERPLATE)]


def _mark_alt_text(text: str, lines: list[Line]) -> list[Line]:
    """Mark an unpunctuated line just before a caption as part of the caption (image alt text)."""
    marked = list(lines)
    for index in range(1, len(marked)):
        previous = marked[index - 1]
        if marked[index].role is Role.CAPTION and previous.role in (Role.SUBHEADING, Role.HEADLINE) and index > 1:
            if any(line.role is Role.HEADLINE for line in marked[: index - 1]) or previous.role is Role.SUBHEADING:
                marked[index - 1] = Line(previous.start, previous.end, Role.CAPTION)
    return marked


def _strip_markdown(line: str) -> str:
    line = _MARKDOWN_HEADING.sub("", line)
    return re.sub(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1", r"\2", line).strip()
