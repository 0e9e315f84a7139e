"""Photo credits in the lines of an article: a credit alone, or closing a caption.

A copied page carries a photo's credit at the end of its caption ("... on Friday. Rick Bowmer/AP"), in brackets
("(AP Photo/Jane Doe)") or after a label ("Image: AFP/Getty Images").  :func:`split_image_credit` gives the credit
its own line, set aside as boilerplate, and the caption keeps the rest; no story text is lost.
"""

from __future__ import annotations

import re

from .furniture import SENTENCE_BREAK, names_only_agencies_line
from .markup import rstrip_at
from .model import Line, Role

__all__ = ["is_photo_credit", "mark_alt_text", "split_image_credit"]

# An image credit glued to or standing after a caption: "...WednesdayImage: AFP/Getty Images".
# The agency-name branch is tried only at a word's first or second character (where it would match later in the
# word, it matches at the second character too, which comes first; the search starts at a line's first character,
# never inside a word), and it looks for the name before reading to the line's end.  Tried at every character, it
# read the rest of the word at each: one 50,000-character word took over a minute.
_IMAGE_CREDIT = re.compile(
    r"(?:(?<=\S)|^)((?:image|photo|picture|foto|credit|source|bild)s?\s*:\s*\S.*"
    r"|\(?(?:photo|image)\s+by\s+.*"
    r"|(?:^|(?<!\S\S))(?:(?=\S*?(?:shutterstock|epa-efe))\S*"
    r"|(?=\S*?(?:getty images|ap photo|afp photo|reuters photo))\S* \S*))$",
    re.IGNORECASE | re.MULTILINE,
)

# A photo credit set apart in brackets: "(AP Photo/Jane Doe)", "(AP Photo/Jane Doe, File)", "(Photo by Jane Doe)".
_BRACKETED_PHOTO_CREDIT = re.compile(
    r"\((?:[A-Z][\w.-]*\s+){0,2}(?i:photo|image|picture|foto)s?\b(?:\s*[/:]|\s+by\b)[^()]{1,80}\)"
)

# The patterns given as strings below are compiled on first use (re's cache): they read only a line with a slash or
# one ending in a word for a picture, and compiling them at import would cost every run.

# One side of a slashed photo credit that names the picture's source: "REUTERS", "Getty Images", "Handout via REUTERS".
_SOURCE_PREFIX = r"(?i)^(?:(?:courtesy(?:\s+of)?|handout|pool|file)\s+)*(?:via\s+)?"

_PICTURE_LIBRARY = r"(?:[A-Z][\w&.'-]*\s+){0,3}(?:Images|Photos?|Pictures|Photography)"

_SHOUTED_SOURCE = r"[A-Z]{3,}(?:-[A-Z]{2,})?"  # "REUTERS", "AFP", "EPA-EFE", "CNN"

# The other side names a photographer or a body: capitalised words, with short lowercase joining words
# ("Hawaii Department of Land and Natural Resources/Reuters").
_CREDIT_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|[a-z]{1,3}))*"

# A photographer's given name, with any initials, before the surname that opens a slashed credit: "Rick " in
# "Rick Bowmer/AP", "Jane Q. " in "Jane Q. Roe/Getty Images".
_GIVEN_NAME = r"(?<=\s)[A-Z][a-z\u00c0-\u024f'-]+\s+(?:[A-Z]\.\s*)*$"

# A picture's source before the word for a picture, a line's whole credit: "Associated Press photo", "AP file
# photo", "Staff photo".  Compiled on first use: only a line ending in the word is matched.
_SOURCE_PHOTO = r"(?P<source>.*?)\s*(?:\b(?i:file|staff|pool|handout)\s+)?\b(?i:photo|image|picture|foto)s?"
_PICTURE_WORDS = ("photo", "photos", "image", "images", "picture", "pictures", "foto", "fotos")

_PHOTO_CREDIT_CHARACTERS = 90
"""A photo credit is short: a source and a name or two ("Antara Foto/Nurul Ramadhan/ via REUTERS")."""


def is_photo_credit(piece: str) -> bool:
    """Whether a piece of a line is a photo credit alone: "(AP Photo/Jane Doe)", "REUTERS/Jane Doe", "Jane Doe/AP".

    One side of a slash names an agency, a picture library or a source in capitals; every other side is a name.

    >>> [is_photo_credit(piece) for piece in ("Rick Bowmer/AP", "REUTERS/Mike Blake", "Jane Roe/Getty Images",
    ...                                        "(AP Photo/Jane Doe, File)", "(Ana Maria Roe/AP)", "US/China talks", "Runway 5/23")]
    [True, True, True, True, True, False, False]
    >>> [is_photo_credit(piece) for piece in ("Associated Press photo", "AP file photo", "Staff photo", "Best photos")]
    [True, True, True, False]
    """
    piece = piece.strip()
    if len(piece) > _PHOTO_CREDIT_CHARACTERS:
        return False
    if _BRACKETED_PHOTO_CREDIT.fullmatch(piece):
        return True
    if piece.lower().endswith(_PICTURE_WORDS):
        labelled = re.fullmatch(_SOURCE_PHOTO, piece)
        source = labelled.group("source") if labelled is not None else None
        if source is not None and (_names_photo_source(source) or not source and piece[:1].isupper()):
            return True
    if piece[:1] == "(" and piece[-1:] == ")":
        piece = piece[1:-1].strip()  # "(Ana Maria Roe/AP)": a slashed credit in brackets
    parts = [part.strip() for part in piece.split("/")]
    if not 2 <= len(parts) <= 4 or not all(parts):
        return False
    sources = [_names_photo_source(part) for part in parts]
    return any(sources) and all(source or re.fullmatch(_CREDIT_NAME, part) for part, source in zip(parts, sources))

def _names_photo_source(part: str) -> bool:
    """Whether one side of a slashed photo credit names where the picture came from."""
    bare = re.sub(_SOURCE_PREFIX, "", part)
    return bool(bare) and bool(re.fullmatch(_SHOUTED_SOURCE, bare) or re.fullmatch(_PICTURE_LIBRARY, bare)
                               or names_only_agencies_line(bare) and bare[:1].isupper())

def _trailing_photo_credit(text: str, start: int, end: int) -> int | None:
    """Return where a photo credit that closes a caption line starts, or None.

    After a sentence's end any credit shape counts ("... on Friday. Rick Bowmer/AP"); without one, a credit that
    opens with its source ("... October 26 REUTERS/Mike Blake"), or a photographer's given name and surname before
    the slash ("... at the pier Rick Bowmer/AP").  A name before a slash has no clear start: it is taken to be
    the two capitalised words a photographer signs with, with any initials between them.
    """
    line = text[start:end]
    if "/" not in line[-_PHOTO_CREDIT_CHARACTERS:] and ")" not in line[-1:]:
        return None  # the cheap test: every credit shape has a slash or is bracketed
    for found in re.compile(SENTENCE_BREAK).finditer(line, max(0, len(line) - _PHOTO_CREDIT_CHARACTERS - 8)):
        if line[found.start() - 1:found.start()].isupper() and line[found.start() - 2:found.start() - 1].isspace():
            continue  # an initial ("Jane Q. Roe/AP"), not a sentence's end
        if found.end() < len(line) and is_photo_credit(line[found.end():]):
            return start + found.end()
    for found in re.finditer(r"(?<=\s)\S+/", line[-_PHOTO_CREDIT_CHARACTERS:]):
        offset = len(line) - len(line[-_PHOTO_CREDIT_CHARACTERS:]) + found.start()
        if line[:offset].rstrip().endswith(":"):
            continue  # "...WednesdayImage: AFP/Getty Images": the label is the credit's start (_IMAGE_CREDIT)
        if _names_photo_source(found.group()[:-1]) and found.group()[:-1].isupper() and is_photo_credit(line[offset:]):
            return start + offset
        given = re.compile(_GIVEN_NAME).search(line, max(0, offset - _PHOTO_CREDIT_CHARACTERS), offset)
        if given and given.start() > 0 and is_photo_credit(line[given.start():]):
            parts = line[given.start():].split("/")
            if not _names_photo_source(parts[0]) and _names_photo_source(parts[-1]):
                return start + given.start()
    return None

def split_image_credit(text: str, start: int, end: int, role: Role) -> list[Line]:
    """Split an image credit off a caption line; the caption is the rest of the line."""
    if role in (Role.BOILERPLATE, Role.CREDIT):
        return [Line(start, end, role)]
    credit_start = _trailing_photo_credit(text, start, end)
    if credit_start is not None:
        # What a photo credit closes is a caption, even when it is long enough to read as a paragraph.
        caption_end = rstrip_at(text, start, credit_start)
        return [Line(start, caption_end, Role.CAPTION), Line(credit_start, end, Role.BOILERPLATE)]
    if role is Role.BODY:
        return [Line(start, end, role)]
    match = _IMAGE_CREDIT.search(text, start, end)
    if not match:
        return [Line(start, end, role)]
    credit_start = match.start(1)
    word_start = credit_start - 1 == start or credit_start - 1 > start and text[credit_start - 2].isspace()
    if word_start and text[credit_start - 1].isalnum():
        credit_start -= 1  # the pattern starts an agency name at a word's second character: take the whole word
    caption_end = credit_start
    while caption_end > start and text[caption_end - 1].isspace():
        caption_end -= 1
    if caption_end <= start:
        return [Line(start, end, Role.BOILERPLATE)]
    return [Line(start, caption_end, Role.CAPTION), Line(credit_start, end, Role.BOILERPLATE)]

def mark_alt_text(text: str, lines: list[Line]) -> list[Line]:
    """Mark an unpunctuated line just before a caption as part of the caption (image alt text)."""
    marked = list(lines)
    for index in range(1, len(marked)):
        previous = marked[index - 1]
        if marked[index].role is Role.CAPTION and previous.role in (Role.SUBHEADING, Role.HEADLINE) and index > 1:
            if any(line.role is Role.HEADLINE for line in marked[: index - 1]) or previous.role is Role.SUBHEADING:
                marked[index - 1] = Line(previous.start, previous.end, Role.CAPTION)
    return marked
