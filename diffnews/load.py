"""Bytes or files -> Article: decode, then mark what each line is doing.

Pages copied out of a browser carry navigation, image labels, captions, a
dateline, wire credits and the outlet's promotion around the story.  The loader
tags each line with a :class:`Role` so that later stages match only the story,
while every line stays in the report.  The rules are about the shape of a line
(length, closing punctuation, position, a handful of words that web pages use
for their furniture), never about particular articles.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator

from .decode import decode, read_source, repair_mojibake
from .display import escape_unprintable
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
    article articles ago hour hours posts sort by dropdown arrow filter newest oldest view full
    shares tweet save send post
    """.split()
)
# A label that files the story under a section or tags: "Posted in: World | 0", "Filed under: Storms, Floods".
_FILING_LABEL = re.compile(r"(?i)^(?:(?:posted|filed)\s+(?:in|under)|tags?|categories|category)\s*:")
_FILING_LABEL_CHARACTERS = 120
# Words of furniture glued together when a page's elements lose the space between them: "byDropdown".
_GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# A furniture line with one of these words heads a list of other stories ("Related Articles", "Most popular"):
# the headlines under it are links, not the story's subheadings.
_LIST_HEADER_WORDS = frozenset("related stories articles popular trending".split()
)
_ENUMERATION = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*\u2022\u2013\u2014])\s+")
# Matched ignoring case, after cheap tests (_is_date_line): compiled on first use (re's cache), as most texts
# have no line that passes them, and compiling it costs ~1.5 ms.
_DATE_LINE = (
    r"^(?:(?:updated|published|posted|last updated|date)\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}"
    r"|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
    r"(?:[,.]?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?\s*$"
)
_DATE_LINE_WORDS = 11
"""Most words a _DATE_LINE match has: 3 of a label ("last updated :"), a weekday, 3 of a date, 4 of a time
("at 12:30 p.m. UTC").  Every other piece of the pattern is glued to one of these by a comma or nothing."""
# Accessibility skip links ("Skip to content", "Skip to more DW sites") open most news pages.
_AGENCY_LINE_CHARACTERS = 60
"""A credit line of agency names alone is short ("Reuters", "AFP, AP and dpa")."""
_HEADER_CHARACTERS = 100
"""A header line of date, time, byline and agency pieces is short ("ANI | Updated: 25-08-2023 11:29 IST")."""
_HEADER_SEPARATOR = re.compile(r"\s*[|\u00b7\u2022]\s*|\s+[/\u2013\u2014-]\s+")
_TIME = re.compile(r"(?i)\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5}\b)?")
_SKIP_LINK = re.compile(r"^(?:skip|jump)\s+to\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "Staff & Wire Reports", "From staff reports": a newsroom's byline.  It heads a story, so unlike a credit it
# closes nothing.
_STAFF_BYLINE = re.compile(
    r"(?i)(?:from\s+)?(?:staff|wire)(?:\s*(?:&|and)\s*(?:staff|wire|agency|agencies))?\s+reports?"
)
_NAMES = r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s*(?:,|and)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*"
_BYLINE = re.compile(r"^(?i:by|von|par|por)\s+" + _NAMES + r"\s*$")
# Reporters' names without "By", as a byline before its agency gives them: "Jane Doe", "Jane Q. Doe and Tom Roe".
_PERSON_NAMES = re.compile(
    r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}(?:\s*(?:,|and)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3})*"
)
# A live blog signs each post with its outlet's reporters: "From CNN's Jane Doe", "From NBC News' Jane Doe and
# Tom Roe".  The outlet must read as one (_is_outlet_byline), as "From Obama's White House" is a subheading.
_OUTLET_BYLINE = re.compile(
    r"^(?i:from|by)\s+(?:(?i:the)\s+)?(?P<outlet>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['\u2019]s?\s+"
    + _NAMES + r"\s*$"
)
# Credit lines: "With reporting by AP", "(Reporting by X; Editing by Y)", "ipj/dj (AP, Reuters)",
# "Associated Press writer X contributed to this report".
_CREDIT = re.compile(
    r"^\(?\s*(?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing|compiled)"
    r"(?:\s*(?:,|and|&)\s*(?:reporting|writing|editing))*\s+by\b"
    r"|contributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story)\b"
    r"|^[a-z]{1,4}(?:/[a-z]{1,4})+\s*(?:\([^)]*\))?\s*$",
    re.IGNORECASE,
)
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
# Editors' notes that close a story: a print-edition line, a correction, an update notice.  They
# speak about the article, not the event, and what follows them is the page's other stories.
_EDITORS_NOTE = re.compile(
    r"^(?:a\s+version\s+of\s+this\s+(?:article|story|report)\s+appear(?:s|ed)\s+in\s+print"
    r"|this\s+(?:article|story|post|report|piece)\s+(?:has\s+been|was|is\s+being)\s+"
    r"(?:updated|revised|amended|corrected|changed)\b"
    r"|an\s+earlier\s+version\s+of\s+this\s+(?:article|story|post|report|piece)\b"
    r"|(?:corrections?|clarification|editor'?s\s+note)\s*[:.\u2014-])",
    re.IGNORECASE,
)
# A photo credit set apart in brackets: "(AP Photo/Jane Doe)", "(AP Photo/Jane Doe, File)", "(Photo by Jane Doe)".
_BRACKETED_PHOTO_CREDIT = re.compile(
    r"\((?:[A-Z][\w.-]*\s+){0,2}(?i:photo|image|picture|foto)s?\b(?:\s*[/:]|\s+by\b)[^()]{1,80}\)"
)
# One side of a slashed photo credit that names the picture's source: "REUTERS", "Getty Images", "Handout via REUTERS".
_SOURCE_PREFIX = re.compile(r"(?i)^(?:(?:courtesy(?:\s+of)?|handout|pool|file)\s+)*(?:via\s+)?")
_PICTURE_LIBRARY = re.compile(r"(?:[A-Z][\w&.'-]*\s+){0,3}(?:Images|Photos?|Pictures|Photography)")
_SHOUTED_SOURCE = re.compile(r"[A-Z]{3,}(?:-[A-Z]{2,})?")  # "REUTERS", "AFP", "EPA-EFE", "CNN"
# The other side names a photographer or a body: capitalised words, with short lowercase joining words
# ("Hawaii Department of Land and Natural Resources/Reuters").
_CREDIT_NAME = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|[a-z]{1,3}))*")
# Where the text before a trailing photo credit ends a sentence.
_BEFORE_CREDIT = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+")
# A photographer's given name, with any initials, before the surname that opens a slashed credit: "Rick " in
# "Rick Bowmer/AP", "Jane Q. " in "Jane Q. Roe/Getty Images".
_GIVEN_NAME = re.compile(r"(?<=\s)[A-Z][a-z\u00c0-\u024f'-]+\s+(?:[A-Z]\.\s*)*$")
_PHOTO_CREDIT_CHARACTERS = 90
"""A photo credit is short: a source and a name or two ("Antara Foto/Nurul Ramadhan/ via REUTERS")."""
# The label a page puts on an advertisement or a link between paragraphs: "ADVERTISEMENT", "Story continues below
# advertisement", "READ MORE".  Only in capitals or (an advertisement's) title case: lowercase it is story text.
_RUN_IN_LABEL = re.compile(
    r"(?<!\S)(?:(?:(?:Story|STORY|Article|ARTICLE)\s+(?i:continues\s+below)\s+)?(?:ADVERTISEMENT|[Aa]dvertisement)"
    r"|READ\s+MORE|CONTINUE\s+READING)(?!\S)"
)
_RUN_IN_WORDS = ("dvertisement", "DVERTISEMENT", "READ MORE", "CONTINUE READING")
"""Pieces of every _RUN_IN_LABEL: a line without any has none, a test far cheaper than the pattern."""
# A label after a paragraph's last sentence, which still ends the paragraph: "... lost power. ADVERTISEMENT".
_TRAILING_RUN_IN_LABEL = re.compile(r"(?<=[.!?\u2026\"'\u201d\u2019)\]])\s+" + _RUN_IN_LABEL.pattern + "$")
_REPEAT_WORDS = 6
"""Fewest words of a story line whose repeat just after it is a copy's, not the writer's (see _set_aside_repeats)."""
_OPENING_QUOTES = "\"'\u201c\u2018("
# A copyright notice: "© Provided by ...", "Copyright 2024 The ... All rights reserved."
_COPYRIGHT = re.compile(
    r"^(?:\u00a9|\(c\)\s|copyright\s*(?:\u00a9|\(c\)|\d{4}))|\ball\s+rights\s+reserved\b", re.IGNORECASE
)
_TERMINAL = tuple(".!?:;\"'\u201d\u2019)]\u2026")
_CLOSING_QUOTES = "\"'\u201d\u2019"
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+")
_OUTLET_HEADER = re.compile(r"^#\s*outlet\s*:\s*(.+?)\s*$", re.IGNORECASE)
_SIGN_OFF_SHARE = 0.5
# Longest stretch without sentence punctuation kept as one line piece: real sentences are far
# shorter, and the per-sentence stages (attribution, numbers) cost more than linear time in it.
MAX_RUN = 2000
# Where a sentence may end: its last mark, closing quotes or brackets, white space.  One mark, not a run of them:
# the match ends in the same place, and a run is not read again from each of its marks (a 2,000-character run of
# "!" took 70 ms).  Compiled on first use (re's cache): few texts need it.
_SENTENCE_END = r"[.!?\u2026][\"'\u201d\u2019)\]]*\s"


def load_text(text: str, *, id: str, path: str = "-", warnings: tuple[str, ...] = ()) -> Article:
    """Mark the role of every non-blank line of an article's text.

    >>> article = load_text("Skip to content\\n\\nBig Fire Hits Town\\n\\nA fire hit the town. Nobody was hurt.\\n", id="a")
    >>> [(article.text[line.start:line.end], line.role.value) for line in article.lines]
    [('Skip to content', 'boilerplate'), ('Big Fire Hits Town', 'headline'), ('A fire hit the town. Nobody was hurt.', 'body')]
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not _has_visible_text(text):
        raise InputError(f"{escape_unprintable(path)}: is empty; give an article with some text")
    outlet = ""
    lines: list[Line] = []
    pieces = list(_pieces(text))
    first_content = True
    sign_off_seen = False
    story_list = False
    for number, (start, end, markdown_level) in enumerate(pieces):
        body = text[start:end]
        header = _OUTLET_HEADER.match(body)
        if header and not lines:
            outlet = header.group(1)
            lines.append(Line(start, end, Role.BOILERPLATE))
            continue
        role = _role_of(body, markdown_level, first_content, sign_off_seen)
        if role is Role.SUBHEADING and story_list:
            role = Role.BOILERPLATE  # a headline under "Related Articles" links to another story
        story_list = role is Role.BOILERPLATE and (story_list or _heads_story_list(_strip_markdown(body)))
        # A line naming only agencies may be a photo credit between paragraphs: it marks no end.
        closes = (role is Role.CREDIT and not _names_only_agencies(_strip_markdown(body))
                  or role is Role.BOILERPLATE and _EDITORS_NOTE.match(_strip_markdown(body)))
        if closes and number >= _SIGN_OFF_SHARE * len(pieces):
            # A credit or an editor's note in the second half of the page closes the story.
            sign_off_seen = True
        if role in (Role.HEADLINE, Role.BODY, Role.SUBHEADING):
            first_content = False
        lines.extend(_split_image_credit(text, start, end, role))
    lines = _break_long_runs(text, _set_aside_repeats(text, _mark_alt_text(text, _split_run_in_labels(text, lines))))
    title = next((text[line.start:line.end] for line in lines if line.role is Role.HEADLINE), "")
    if not title:
        title = escape_unprintable(os.path.basename(path)) if path != "-" else "standard input"
    return Article(id=id, path=path, title=_strip_markdown(title), outlet=outlet, text=text, lines=tuple(lines), warnings=warnings)


def load_file(path: str, *, id: str, max_bytes: int) -> Article:
    """Read, decode and mark up one article file (``-`` for standard input)."""
    data = read_source(path, max_bytes=max_bytes)
    return load_bytes(data, id=id, path=path)


def load_input(source: str, *, id: str, max_bytes: int, timeout: float = 10.0) -> Article:
    """Load a file, standard input (``-``) or an http(s) URL; a web page is reduced to its article."""
    if not is_url(source):
        return load_file(source, id=id, max_bytes=max_bytes)
    from .fetch import fetch_url

    page = fetch_url(source, max_bytes=max_bytes, timeout=timeout)
    return load_bytes(page.data, id=id, path=source, declared=page.charset, html=page.is_html)


def is_url(source: str) -> bool:
    """Tell whether an input names an http(s) address rather than a file.

    >>> is_url("https://example.org/story"), is_url("story.html")
    (True, False)
    """
    return source[:8].lower().startswith(("http://", "https://"))


def _looks_like_html(path: str, text: str) -> bool:
    # Only a name with "htm" in it or a text starting with a tag can pass the HTML reader's test:
    # checking that first spares plain-text inputs the reader's import (~2 ms of every run).
    if "htm" not in path.lower() and text.lstrip()[:1] != "<":
        return False
    from .html_input import looks_like_html

    return looks_like_html(path, text)


def load_bytes(data: bytes, *, id: str, path: str, declared: str | None = None, html: bool | None = None) -> Article:
    """Decode an input's bytes, repair mis-decoded characters, and load it as text or as a web page.

    ``html`` says whether the input is a web page; ``None`` tells by its name and first tag.
    """
    name = "standard input" if path == "-" else escape_unprintable(path)
    if html is None:
        html = _looks_like_html(path, data[:4096].decode("latin-1"))
    if html and declared is None:
        from .html_input import declared_encoding

        declared = declared_encoding(data)
    text, warnings = decode(data, name=name, declared=declared)
    if not _has_visible_text(text):
        raise InputError(f"{name}: is empty; give an article with some text")
    text, repairs = repair_mojibake(text)
    if repairs:
        (old, new), count = repairs[0], len(repairs)
        warnings += (f"{name}: repaired {count} mis-decoded character sequence{'s' if count > 1 else ''}, such as {old!r} for {new!r}",)
    if html or _looks_like_html(path, text):
        from .html_input import load_html

        return load_html(text, id=id, path=path, warnings=warnings)
    return load_text(text, id=id, path=path, warnings=warnings)


def _has_visible_text(text: str) -> bool:
    """Whether text has a character that shows: not white space, not a zero-width or other format character."""
    return any(not char.isspace() and unicodedata.category(char) != "Cf" for char in text)


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
    if sign_off_seen or _is_furniture(plain) or _EDITORS_NOTE.match(plain) or _COPYRIGHT.search(plain):
        return Role.BOILERPLATE
    if len(plain) <= _FILING_LABEL_CHARACTERS and _FILING_LABEL.match(plain):
        return Role.BOILERPLATE
    if not re.search(r"[^\W_]", plain):
        # A rule or section mark ("---", "___", "* * *") holds no text.
        return Role.BOILERPLATE
    if _is_photo_credit(plain):
        return Role.BOILERPLATE
    if _CREDIT.search(plain) or _names_only_agencies(plain):
        return Role.CREDIT
    header = _header_role(plain)
    if header:
        return header
    if _is_date_line(plain) or _is_numeric_date(plain) or _is_time_line(plain):
        return Role.DATELINE
    signed = _ENUMERATION.sub("", plain)  # "- By Jane Doe", "• By Jane Doe": a byline set as a list item
    if (_BYLINE.match(signed) or _STAFF_BYLINE.fullmatch(signed) or _is_outlet_byline(signed)
            or _is_agency_byline(signed)):
        return Role.BYLINE
    word_count = len(plain.split())
    # A closing quote ends a sentence only after its punctuation: 'Jostling Over Benghazi ‘Talking Points’'
    # is a headline.
    ending = _TRAILING_RUN_IN_LABEL.sub("", plain) if _has_run_in_word(plain[-40:]) else plain
    if not ending.rstrip(_CLOSING_QUOTES).endswith(_TERMINAL) and word_count <= 25:
        return Role.HEADLINE if first_content else Role.SUBHEADING
    return Role.BODY


def _is_outlet_byline(line: str) -> bool:
    """Whether a line names reporters of an outlet: "From CNN's Jane Doe", "By the AP's Tom Roe and Ann Lee".

    The outlet is in capitals ("CNN", "NBC News") or a wire agency.

    >>> [_is_outlet_byline(line) for line in ("From CNN's Jane Doe", "From Reuters' Tom Roe and Ann Lee",
    ...                                       "From Obama's White House", "From Lahaina's Ashes")]
    [True, True, False, False]
    """
    found = _OUTLET_BYLINE.match(line)
    if found is None:
        return False
    outlet = found.group("outlet")
    return re.match(r"[A-Z]{2,}\b", outlet) is not None or _names_only_agencies(outlet)


def _is_agency_byline(line: str) -> bool:
    """Whether a line names reporters, then after a comma their wire agency: "Jane Doe, Associated Press".

    >>> [_is_agency_byline(line) for line in ("Jane Doe,Associated Press", "Jane Doe and Tom Roe, Reuters",
    ...                                       "Floods, Reuters", "Storm hits coast, AP says")]
    [True, True, False, False]
    """
    if len(line) > _AGENCY_LINE_CHARACTERS or "," not in line:
        return False
    names, _, agency = line.rpartition(",")
    return bool(_PERSON_NAMES.fullmatch(names.strip())) and _names_only_agencies(agency.strip())


def _names_only_agencies(line: str) -> bool:
    """Whether a short line names wire agencies and nothing else: "Reuters", "(AFP)", "- AP", "dpa/AFP", "Agencies".

    >>> [_names_only_agencies(line) for line in ("Reuters", "— AFP, Reuters", "With agencies", "Reuters reported it")]
    [True, True, True, False]
    """
    if len(line) > _AGENCY_LINE_CHARACTERS or not line.strip():
        return False
    from .names import names_only_agencies

    return names_only_agencies(line)


def _header_role(line: str) -> Role | None:
    """Tell a line of header pieces set apart by bars, slashes or dashes: dates, times, bylines and agencies.

    "ANI | Updated: 25-08-2023 11:29 IST" and "02 August 2021 - 11:08 By Reuters" credit an agency; a line of
    dates and times alone is a dateline.

    >>> [_header_role(line) for line in ("ANI | Updated: 25-08-2023 11:29 IST", "May 4, 2024 | 10:05 GMT",
    ...                                  "Storm hits coast - live updates")]
    [<Role.CREDIT: 'credit'>, <Role.DATELINE: 'dateline'>, None]
    """
    if len(line) > _HEADER_CHARACTERS or not any(character.isdecimal() for character in line):
        return None  # a header line is short and dated
    pieces = [piece.strip() for piece in _HEADER_SEPARATOR.split(line) if piece.strip()]
    if len(pieces) < 2:
        return None
    agency = False
    for piece in pieces:
        piece = _TIME.sub("", piece, count=1).strip() if _TIME.match(piece) else piece  # "11:08 By Reuters"
        if not piece or _is_date_line(piece) or _is_numeric_date(piece):
            continue
        if _BYLINE.match(piece) or _names_only_agencies(piece):
            agency = agency or _names_only_agencies(re.sub(r"^(?i:by)\s+", "", piece))
            continue
        return None
    return Role.CREDIT if agency else Role.DATELINE


def _is_date_line(line: str) -> bool:
    """Whether a line is a date with a month name or in digits ("Updated: July 7, 2021 at 10:15 GMT")."""
    # The pattern needs a digit, and a date line is short: most lines fail these tests, which cost far less.
    if len(line.split()) > _DATE_LINE_WORDS or not any(character.isdecimal() for character in line):
        return False
    numeric = re.search(r"\d[./-]\d{1,2}[./-]\d", line) is not None  # "Updated: 25-08-2023 11:29 IST"
    dated = numeric or any(month in line.lower() for month in _MONTHS)
    return dated and bool(re.match(_DATE_LINE, line, re.IGNORECASE))


def _is_time_line(line: str) -> bool:
    """Whether a line is a clock time, perhaps labelled and followed by a date ("Updated 5:08 a.m. ET, May 4, 2023").

    >>> [_is_time_line(line) for line in ("Updated 3:45 PM ET", "Published 5:08 a.m. ET, August 14, 2023",
    ...                                   "10:30 Talks resume in Geneva")]
    [True, True, False]
    """
    if len(line) > _HEADER_CHARACTERS or not any(character.isdecimal() for character in line):
        return False
    label = re.match(r"(?i)(?:(?:last\s+)?updated|published|posted)\s*:?\s*", line)
    time = _TIME.match(line, label.end() if label else 0)
    if time is None:
        return False
    rest = line[time.end():].lstrip(" ,")
    return not rest or _is_date_line(rest)


def _is_numeric_date(line: str) -> bool:
    return bool(re.fullmatch(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}", line))


def _is_furniture(line: str) -> bool:
    """Whether a line is navigation or a media label rather than story text."""
    if len(line) > 80:
        return False
    bare = _ENUMERATION.sub("", line)
    plain = bare.lower()
    if _SKIP_LINK.match(plain):
        return True
    tokens = re.findall(r"[\w']+", _GLUED_WORDS.sub(" ", bare).lower())
    return bool(tokens) and all(token in _FURNITURE_WORDS or token.isdigit() for token in tokens)


def _is_photo_credit(piece: str) -> bool:
    """Whether a piece of a line is a photo credit alone: "(AP Photo/Jane Doe)", "REUTERS/Jane Doe", "Jane Doe/AP".

    One side of a slash names an agency, a picture library or a source in capitals; every other side is a name.

    >>> [_is_photo_credit(piece) for piece in ("Rick Bowmer/AP", "REUTERS/Mike Blake", "Jane Roe/Getty Images",
    ...                                        "(AP Photo/Jane Doe, File)", "US/China talks", "Runway 5/23")]
    [True, True, True, True, False, False]
    """
    piece = piece.strip()
    if len(piece) > _PHOTO_CREDIT_CHARACTERS:
        return False
    if _BRACKETED_PHOTO_CREDIT.fullmatch(piece):
        return True
    parts = [part.strip() for part in piece.split("/")]
    if not 2 <= len(parts) <= 4 or not all(parts):
        return False
    sources = [_names_photo_source(part) for part in parts]
    return any(sources) and all(source or _CREDIT_NAME.fullmatch(part) for part, source in zip(parts, sources))


def _names_photo_source(part: str) -> bool:
    """Whether one side of a slashed photo credit names where the picture came from."""
    bare = _SOURCE_PREFIX.sub("", part)
    return bool(bare) and bool(_SHOUTED_SOURCE.fullmatch(bare) or _PICTURE_LIBRARY.fullmatch(bare)
                               or _names_only_agencies(bare) and bare[:1].isupper())


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
    for found in _BEFORE_CREDIT.finditer(line, max(0, len(line) - _PHOTO_CREDIT_CHARACTERS - 8)):
        if line[found.start() - 1:found.start()].isupper() and line[found.start() - 2:found.start() - 1].isspace():
            continue  # an initial ("Jane Q. Roe/AP"), not a sentence's end
        if found.end() < len(line) and _is_photo_credit(line[found.end():]):
            return start + found.end()
    for found in re.finditer(r"(?<=\s)\S+/", line[-_PHOTO_CREDIT_CHARACTERS:]):
        offset = len(line) - len(line[-_PHOTO_CREDIT_CHARACTERS:]) + found.start()
        if line[:offset].rstrip().endswith(":"):
            continue  # "...WednesdayImage: AFP/Getty Images": the label is the credit's start (_IMAGE_CREDIT)
        if _names_photo_source(found.group()[:-1]) and found.group()[:-1].isupper() and _is_photo_credit(line[offset:]):
            return start + offset
        given = _GIVEN_NAME.search(line, max(0, offset - _PHOTO_CREDIT_CHARACTERS), offset)
        if given and given.start() > 0 and _is_photo_credit(line[given.start():]):
            parts = line[given.start():].split("/")
            if not _names_photo_source(parts[0]) and _names_photo_source(parts[-1]):
                return start + given.start()
    return None


def _heads_story_list(line: str) -> bool:
    """Whether a furniture line heads a list of links to other stories ("Related Articles", "Most popular")."""
    return _is_furniture(line) and not _LIST_HEADER_WORDS.isdisjoint(re.findall(r"[\w']+", line.lower()))


def _split_image_credit(text: str, start: int, end: int, role: Role) -> list[Line]:
    """Split an image credit off a caption line; the caption is the rest of the line."""
    if role in (Role.BOILERPLATE, Role.CREDIT):
        return [Line(start, end, role)]
    credit_start = _trailing_photo_credit(text, start, end)
    if credit_start is not None:
        # What a photo credit closes is a caption, even when it is long enough to read as a paragraph.
        caption_end = _rstrip_at(text, start, credit_start)
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


def _mark_alt_text(text: str, lines: list[Line]) -> list[Line]:
    """Mark an unpunctuated line just before a caption as part of the caption (image alt text)."""
    marked = list(lines)
    for index in range(1, len(marked)):
        previous = marked[index - 1]
        if marked[index].role is Role.CAPTION and previous.role in (Role.SUBHEADING, Role.HEADLINE) and index > 1:
            if any(line.role is Role.HEADLINE for line in marked[: index - 1]) or previous.role is Role.SUBHEADING:
                marked[index - 1] = Line(previous.start, previous.end, Role.CAPTION)
    return marked


def _has_run_in_word(line: str) -> bool:
    return any(word in line for word in _RUN_IN_WORDS)


def _split_run_in_labels(text: str, lines: list[Line]) -> list[Line]:
    """Split an advertisement's or a link's label that a copy ran into a paragraph off as boilerplate.

    The label stands where an advertisement sat between two paragraphs, so it is split off only between sentences:
    after a line's start or a sentence's end, and before a line's end or a capitalised word.  In "Advertisement
    Standards Authority said", where a capitalised word follows too, it may be a name's first word and stays.

    >>> text = "The storm hit. ADVERTISEMENT Power failed."
    >>> [(text[line.start:line.end], line.role.value) for line in _split_run_in_labels(text, [Line(0, 43, Role.BODY)])]
    [('The storm hit.', 'body'), ('ADVERTISEMENT', 'boilerplate'), ('Power failed.', 'body')]
    """
    pieces: list[Line] = []
    for line in lines:
        if line.role not in (Role.BODY, Role.CAPTION) or not _has_run_in_word(text[line.start:line.end]):
            pieces.append(line)
            continue
        start = line.start
        for label in _RUN_IN_LABEL.finditer(text, line.start, line.end):
            if not _between_sentences(text, start, line.end, label):
                continue
            if start < label.start():
                pieces.append(Line(start, _rstrip_at(text, start, label.start()), line.role))
            pieces.append(Line(label.start(), label.end(), Role.BOILERPLATE))
            start = _lstrip_at(text, label.end(), line.end)
        if start < line.end:
            pieces.append(Line(start, line.end, line.role))
    return pieces


def _between_sentences(text: str, start: int, end: int, label: re.Match[str]) -> bool:
    """Whether a run-in label in a line's piece stands between sentences (see _split_run_in_labels)."""
    before = text[start:label.start()].rstrip()
    if before and not re.search(r"[.!?\u2026][\"'\u201d\u2019)\]]*$", before):
        return False
    after = text[label.end():end].split(None, 2)
    if not after:
        return True
    if not after[0].lstrip(_OPENING_QUOTES)[:1].isupper() and not after[0][:1].isdecimal():
        return False
    # Shouted, the label is no word of the story; in title case it may open a name ("Advertisement Standards ...").
    return label.group().isupper() or len(after) < 2 or not after[1][:1].isupper()


def _set_aside_repeats(text: str, lines: list[Line]) -> list[Line]:
    """Set aside a line that repeats the story line before it, as a caption under its image's alt text does.

    The first of the two stays; when the repeat is a caption, so is the first.  A short sentence may be said twice
    on purpose ("Yes." "Yes."): unless a caption or a heading, it must have _REPEAT_WORDS words to count as a
    copy's repeat.
    """
    marked = list(lines)
    previous: int | None = None
    for index, line in enumerate(marked):
        if not line.role.is_content:
            continue
        if (previous is not None and _same_line(text, marked[previous], line)
                and (Role.CAPTION in (line.role, marked[previous].role) or line.role is Role.SUBHEADING
                     or len(text[line.start:line.end].split()) >= _REPEAT_WORDS)):
            if line.role is Role.CAPTION:
                marked[previous] = Line(marked[previous].start, marked[previous].end, Role.CAPTION)
            marked[index] = Line(line.start, line.end, Role.BOILERPLATE)
            continue  # a third copy repeats the first too
        previous = index
    return marked


def _same_line(text: str, first: Line, second: Line) -> bool:
    """Whether two lines say the same, ignoring emphasis, white space and a closing full stop (alt text has none)."""
    if abs((first.end - first.start) - (second.end - second.start)) > 8:
        return False  # the cheap test: most lines differ in length
    words = [_strip_markdown(text[line.start:line.end]).rstrip(".").split() for line in (first, second)]
    return words[0] == words[1]


def _break_long_runs(text: str, lines: list[Line]) -> list[Line]:
    """Cut a stretch of more than MAX_RUN characters with no sentence end into pieces at white space.

    A transcript without punctuation or a pasted data dump is not one sentence;
    cutting it keeps every character while later stages stay fast.

    >>> [line.end - line.start for line in _break_long_runs("word " * 1000, [Line(0, 4999, Role.BODY)])]
    [1999, 1999, 999]
    """
    pieces: list[Line] = []
    for line in lines:
        if line.end - line.start <= MAX_RUN:
            pieces.append(line)
            continue
        start = run = line.start
        while line.end - run > MAX_RUN:
            ends = [match.end() for match in re.compile(_SENTENCE_END).finditer(text, run, run + MAX_RUN + 1)]
            if ends:
                run = ends[-1]  # a sentence ends here; the segmenter will split, no cut needed
                continue
            cut = text.rfind(" ", run + MAX_RUN // 2, run + MAX_RUN)
            cut = cut if cut > run else run + MAX_RUN
            pieces.append(Line(start, _rstrip_at(text, start, cut), line.role))
            start = run = _lstrip_at(text, cut, line.end)
        pieces.append(Line(start, line.end, line.role))
    return pieces


def _rstrip_at(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _lstrip_at(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _strip_markdown(line: str) -> str:
    line = _MARKDOWN_HEADING.sub("", line)
    return _strip_emphasis(line).strip()


_EMPHASIS_MARKS = ("**", "__", "*", "_")  # tried in this order at each place
_EMPHASIS_MARK = re.compile(r"[*_]")


def _strip_emphasis(line: str) -> str:
    r"""Unwrap emphasised text (``**x**``, ``__x__``, ``*x*``, ``_x_``), in time linear in the line.

    It gives what ``re.sub(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1", r"\2", line)`` gives.  That pattern reads to the end
    of the line from every mark that nothing closes, as in "*x *x *x ...", and a long line of them took minutes;
    here the closing marks are listed once and looked up.  A mark opens when a non-space follows it; the first
    same mark at least two characters on, after a non-space and before a line break, closes it, or failing that
    the mark right after that one character.

    >>> _strip_emphasis("a **bold** and _italic_ word, a * b")
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
