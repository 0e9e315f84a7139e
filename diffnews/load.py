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
from .furniture import (AGENCY_LINE_CHARACTERS, ENUMERATION, TRAILING_RUN_IN_LABEL, has_run_in_word, is_furniture,
                        is_masthead, is_photo_credit, mark_alt_text, masthead_name, names_only_agencies_line,
                        set_aside_repeats, split_image_credit, split_run_in_labels, trailing_date,
                        trailing_link_label)
from .markup import MARKDOWN_HEADING, lstrip_at, rstrip_at, strip_markdown
from .model import Article, Line, Role

# A label that files the story under a section or tags: "Posted in: World | 0", "Filed under: Storms, Floods".
_FILING_LABEL = re.compile(r"(?i)^(?:(?:posted|filed)\s+(?:in|under)|tags?|categories|category)\s*:")
_FILING_LABEL_CHARACTERS = 120
# A furniture line with one of these words heads a list of other stories ("Related Articles", "Most popular"):
# the headlines under it are links, not the story's subheadings.
_LIST_HEADER_WORDS = frozenset("related stories articles popular trending".split()
)
# Matched ignoring case, after cheap tests (_is_date_line): compiled on first use (re's cache), as most texts
# have no line that passes them, and compiling it costs ~1.5 ms.
_DATE_LINE = (
    r"^(?:(?:updated|published|posted|last updated|first published|created|modified|date)(?:\s+on\b)?\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}"
    r"|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
    r"(?:[,.]?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?\s*$"
)
# A date, then the section the story is filed in: "February 23, 2011 in Nation/World", "Updated May 5, 2023
# in Local Politics".  The section is a few capitalised words, joined by a slash, "&" or "and".  Compiled on first use.
_FILED_DATE_LINE = (
    r"(?P<date>.+?)\s+in\s+[A-Z][\w'.-]*(?:(?:\s*[/&|]\s*|\s+(?:and\s+)?)[A-Z][\w'.-]*){0,4}"
)
_DATE_LINE_WORDS = 12
"""Most words a _DATE_LINE match has: 4 of a label ("last updated on :"), a weekday, 3 of a date, 4 of a time
("at 12:30 p.m. UTC").  Every other piece of the pattern is glued to one of these by a comma or nothing."""
# The label before a page's date or age: "Updated:", "Created", "First published on".
_DATE_LABEL = r"(?:(?:last\s+|first\s+)?(?:updated|published)|posted|created|modified)(?:\s+on\b)?\s*:?\s*"
# How long ago a page was updated, labelled ("Updated 44 minutes ago"; unlabelled it is furniture, is_furniture).
# Compiled on first use: only a line with a digit and "ago" is matched.
_AGE_LINE = (
    r"(?i)(?:" + _DATE_LABEL + r")?\d{1,3}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?"
    r"|mo|months?|y|yrs?|years?)\s+ago"
)
_HEADER_CHARACTERS = 100
"""A header line of date, time, byline and agency pieces is short ("ANI | Updated: 25-08-2023 11:29 IST")."""
_HEADER_SEPARATOR = re.compile(r"\s*[|\u00b7\u2022]\s*|\s+[/\u2013\u2014-]\s+")
_TIME = re.compile(r"(?i)\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5}\b)?")
# Compiled on first use (re's cache): only a line opening with "more" is matched.
_MORE_FROM = r"(?i)more\s+(?:stories\s+|news\s+)?from\s+(?P<outlet>.+?)\s*:?$"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "Staff & Wire Reports", "From staff reports": a newsroom's byline.  It heads a story, so unlike a credit it
# closes nothing.
_STAFF_BYLINE = re.compile(
    r"(?i)(?:from\s+)?(?:staff|wire)(?:\s*(?:&|and)\s*(?:staff|wire|agency|agencies))?\s+reports?"
)
# A newsroom signing as its web or news staff: "KOB Web Staff", "By Springfield News Staff", "CNN Digital Team".
# Without such a word before "staff", the outlet must be in capitals ("KOB Staff"): "Hospital Staff" is a subheading.
_NEWSROOM_BYLINE = re.compile(
    r"(?:(?i:by)\s+)?(?:(?:[A-Z][\w&.'-]*\s+){1,3}(?i:web|digital|online|news|newsroom|editorial)"
    r"|[A-Z]{2,}[a-z\d-]*(?:\s+[A-Z][\w&.'-]*){0,2})\s+(?i:staff|team|desk)"
)
# A link to another story set in a paragraph's place: "READ: Storm hits coast", "Related: Floods close roads",
# "See also: ...".  What follows the label is a headline: unpunctuated.  Compiled on first use (re's cache).
_LINK_LINE = (
    r"(?i)(?:(?:also\s+)?read(?:\s+more|\s+also)?|related(?:\s+(?:stories|articles?|coverage|news))?|see\s+also"
    r"|more|watch|listen)\s*:\s*\S"
)
_LINK_LINE_CHARACTERS = 200
_NAMES = r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s*(?:,|and)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*"
_BYLINE = re.compile(r"^(?i:by|von|par|por)\s+" + _NAMES + r"\s*$")
# A signature labelled with the writer's or an editor's part, at a story's top or end: "Name: Jane Doe", "Author:
# Jane Doe", "Edited by: Tom Roe", "Written by Jane Doe".  A byline: it names people, not an event, and closes nothing.
_LABELLED_BYLINE = re.compile(
    r"^(?i:(?:edited|written|reported|compiled)\s+by\s*:?|(?:name|author|writer|reporter|editor|byline|words|text)s?"
    r"\s*:)\s*" + _NAMES + r"\s*$"
)
# Reporters' names without "By", as a byline before its agency gives them: "Jane Doe", "Jane Q. Doe and Tom Roe".
_PERSON_NAMES = re.compile(
    r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}(?:\s*(?:,|and)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3})*"
)
# Reporters' names joined by "and" (in title case "And"), as a byline without "By" or a comma runs them into their
# outlet's name: "Jane Q. Roe And Tom Doe Los Angeles Times".
_JOINED_PERSON_NAMES = re.compile(
    r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}(?:\s*(?:,|(?i:and))\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3})+"
)
_OUTLET_WORDS = 5
"""Most words of an outlet's name (see furniture.is_masthead)."""
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
# A copyright notice: "© Provided by ...", "Copyright 2024 The ... All rights reserved."
_COPYRIGHT = re.compile(
    r"^(?:\u00a9|\(c\)\s|copyright\s*(?:\u00a9|\(c\)|\d{4}))|\ball\s+rights\s+reserved\b", re.IGNORECASE
)
_TERMINAL = tuple(".!?:;\"'\u201d\u2019)]\u2026")
_CLOSING_QUOTES = "\"'\u201d\u2019"
_OUTLET_HEADER = re.compile(r"^#\s*outlet\s*:\s*(.+?)\s*$", re.IGNORECASE)
_SIGN_OFF_SHARE = 0.5
_ARTICLES = frozenset(("a", "an", "the"))
_STANDFIRST_WORDS = 8
"""Fewest words of a line read as a standfirst by its articles: a short headline may keep one ("Storm hits the
coast")."""
_MASTHEAD_LOOKAHEAD = 8
"""Most lines read past an outlet's name to find its headline: navigation, a date, a byline between them."""
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
    body_seen = False
    for number, (start, end, markdown_level) in enumerate(pieces):
        body = text[start:end]
        header = _OUTLET_HEADER.match(body)
        if header and not lines:
            outlet = header.group(1)
            lines.append(Line(start, end, Role.BOILERPLATE))
            continue
        role = _role_of(body, markdown_level, first_content, sign_off_seen)
        date_line: Line | None = None
        dated = trailing_date(body) if role in (Role.HEADLINE, Role.SUBHEADING, Role.BODY) else None
        if dated is not None:
            # An aggregator's headline glued to its date: the headline, then a dateline.
            head_end = rstrip_at(text, start, start + dated)
            head_role = _role_of(text[start:head_end], markdown_level, first_content, sign_off_seen)
            if head_role in (Role.HEADLINE, Role.SUBHEADING):
                role, date_line, end = head_role, Line(start + dated, end, Role.DATELINE), head_end
                body = text[start:end]
        if (role is Role.HEADLINE and is_masthead(strip_markdown(body))
                and _headline_follows(text, strip_markdown(body), pieces[number + 1:])):
            role = Role.BOILERPLATE  # the outlet's name above its headline
            outlet = outlet or masthead_name(strip_markdown(body))  # an "# outlet:" header names it first
        if role is Role.SUBHEADING and _is_names_and_outlet(strip_markdown(body), set_apart=body_seen):
            role = Role.BYLINE  # under the headline, before the story: "Jane Roe And Tom Doe Daily News"
        if role is Role.SUBHEADING and story_list:
            role = Role.BOILERPLATE  # a headline under "Related Articles" links to another story
        story_list = role is Role.BOILERPLATE and (story_list or _heads_story_list(strip_markdown(body)))
        # A line naming only agencies may be a photo credit between paragraphs: it marks no end.
        closes = (role is Role.CREDIT and not names_only_agencies_line(strip_markdown(body))
                  or role is Role.BOILERPLATE and _EDITORS_NOTE.match(strip_markdown(body)))
        if closes and number >= _SIGN_OFF_SHARE * len(pieces):
            # A credit or an editor's note in the second half of the page closes the story.
            sign_off_seen = True
        if role in (Role.HEADLINE, Role.BODY, Role.SUBHEADING):
            first_content = False
        body_seen = body_seen or role is Role.BODY
        lines.extend(split_image_credit(text, start, end, role))
        if date_line is not None:
            lines.append(date_line)
    lines = _break_long_runs(text, set_aside_repeats(text, mark_alt_text(text, split_run_in_labels(text, lines))))
    title = next((text[line.start:line.end] for line in lines if line.role is Role.HEADLINE), "")
    if not title:
        title = escape_unprintable(os.path.basename(path)) if path != "-" else "standard input"
    return Article(id=id, path=path, title=strip_markdown(title), outlet=outlet, text=text, lines=tuple(lines), warnings=warnings)


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
        heading = MARKDOWN_HEADING.match(stripped)
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
    plain = strip_markdown(body)
    if markdown_level:
        return Role.HEADLINE if first_content else Role.SUBHEADING
    if (sign_off_seen or is_furniture(plain) or _EDITORS_NOTE.match(plain) or _COPYRIGHT.search(plain)
            or _is_more_from_outlet(plain)):
        return Role.BOILERPLATE
    if len(plain) <= _FILING_LABEL_CHARACTERS and _FILING_LABEL.match(plain):
        return Role.BOILERPLATE
    if (len(plain) <= _LINK_LINE_CHARACTERS and ":" in plain[:20] and not plain.endswith(_TERMINAL)
            and re.match(_LINK_LINE, plain)):
        return Role.BOILERPLATE
    if not re.search(r"[^\W_]", plain):
        # A rule or section mark ("---", "___", "* * *") holds no text.
        return Role.BOILERPLATE
    if is_photo_credit(plain):
        return Role.BOILERPLATE
    if _CREDIT.search(plain) or names_only_agencies_line(plain):
        return Role.CREDIT
    header = _header_role(plain)
    if header:
        return header
    if (_is_date_line(plain) or _is_numeric_date(plain) or _is_time_line(plain) or _is_filed_date_line(plain)
            or _is_age_line(plain)):
        return Role.DATELINE
    signed = ENUMERATION.sub("", plain)  # "- By Jane Doe", "• By Jane Doe": a byline set as a list item
    if (_BYLINE.match(signed) or _LABELLED_BYLINE.match(signed) or _STAFF_BYLINE.fullmatch(signed)
            or len(signed) <= _HEADER_CHARACTERS and _NEWSROOM_BYLINE.fullmatch(signed)
            or _is_outlet_byline(signed) or _is_agency_byline(signed)):
        return Role.BYLINE
    word_count = len(plain.split())
    # A closing quote ends a sentence only after its punctuation: 'Jostling Over Benghazi ‘Talking Points’'
    # is a headline.
    ending = re.sub(TRAILING_RUN_IN_LABEL, "", plain) if has_run_in_word(plain[-40:]) else plain
    link = trailing_link_label(ending)  # "... at dawn. Read full story"
    ending = ending[:link].rstrip() if link is not None else ending
    if not ending.rstrip(_CLOSING_QUOTES).endswith(_TERMINAL) and word_count <= 25:
        return Role.HEADLINE if first_content else Role.SUBHEADING
    return Role.BODY


def _headline_follows(text: str, name: str, pieces: list[tuple[int, int, int]]) -> bool:
    """Whether the next story line after page furniture is a headline of a few words, as under an outlet's name.

    Not "longer than the name": "The Springfield Gazette-Register" may stand over "Fire kills two".  A headline
    may end in a masthead's noun too ("The Last Post" over its unpunctuated standfirst), so the name needs more
    evidence: page furniture between the two (navigation, a date), a shape few headlines have (a word in capitals
    as in "KBTX News", a web address, a link's verb before it as in "Watch CBS News"), or a line under it that
    reads as a headline, not as a standfirst (_reads_as_standfirst).
    """
    furniture_between = False
    for start, end, markdown_level in pieces[:_MASTHEAD_LOOKAHEAD]:
        role = _role_of(text[start:end], markdown_level, True, False)
        if role.is_content:
            line = strip_markdown(text[start:end])
            return (role is Role.HEADLINE and len(line.split()) >= 3
                    and (furniture_between or _is_outlet_shaped(name) or not _reads_as_standfirst(line)))
        furniture_between = True
    return False


def _reads_as_standfirst(line: str) -> bool:
    """Whether an unpunctuated line reads as a standfirst, a sentence under a headline, not as a headline.

    Headlines drop articles ("Storm hits coast as thousands flee"); a standfirst of _STANDFIRST_WORDS words or more
    keeps them ("A bugler plays at dusk for the fallen").

    >>> [_reads_as_standfirst(line) for line in ("A bugler plays at dusk for the fallen of the war",
    ...                                          "Storm hits coast as thousands flee", "Storm hits the coast")]
    [True, False, False]
    """
    words = line.lower().split()
    return len(words) >= _STANDFIRST_WORDS and not _ARTICLES.isdisjoint(words)


def _is_outlet_shaped(name: str) -> bool:
    """Whether an outlet's name has a shape few headlines have: a word in capitals, a web address, a link's verb.

    >>> [_is_outlet_shaped(name) for name in ("Watch KBTX News", "BBC News", "example.com", "Watch Daily News",
    ...                                       "The Last Post")]
    [True, True, True, True, False]
    """
    words = name.split()
    return (masthead_name(name) != name or len(words) == 1
            or any(re.fullmatch(r"[A-Z]{2,6}\d{0,2}", word) for word in words))


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
    return re.match(r"[A-Z]{2,}\b", outlet) is not None or names_only_agencies_line(outlet)


def _is_names_and_outlet(line: str, *, set_apart: bool = False) -> bool:
    """Whether a line is reporters' names, then their outlet, with no comma between them.

    The outlet is a wire agency or a masthead of two words or more ("Los Angeles Times"); one masthead noun
    ("Record") ends too many headlines.  Names joined by "and" may stand before either; one name needs more: a "By"
    before it, a bar or a dash after it ("Jane Doe | Reuters"), its outlet glued to it when a page lost the space
    between two elements ("Jane DoeReuters"), or else an agency after it ("Jane Doe Reuters").  Only the shape:
    title-case lines "Jane Roe And Tom Doe Sue Daily News", "... Set Record" pass too, so after the story has begun
    the loader asks for ``set_apart`` names: after "By", or before a bar, a dash or a glued outlet.

    >>> [_is_names_and_outlet(line) for line in ("John Q. Doe And Tom Roe Springfield Gazette",
    ...                                          "Ann Lee and Bo Park Reuters", "Jane Doe Daily News",
    ...                                          "Jane Doe And Tom Roe Record")]
    [True, True, False, False]
    >>> [_is_names_and_outlet(line) for line in ("Jane McDoeReuters", "By Jane Doe The Associated Press",
    ...                                          "Jane Doe | Reuters", "Jane Doe Reuters", "Floods | Reuters")]
    [True, True, True, True, False]
    """
    if len(line) > _HEADER_CHARACTERS or line.endswith(_TERMINAL):
        return False  # the cheap test: a byline is short and unpunctuated
    signed = re.match(r"(?i:by)\s+", line)
    rest = line[signed.end():] if signed else line
    parts = [part.strip() for part in _HEADER_SEPARATOR.split(rest)]
    if len(parts) == 2 and all(parts):
        return bool(_PERSON_NAMES.fullmatch(parts[0])) and _names_outlet(parts[1], 1)
    for glued in re.finditer(r"(?<=[a-z])(?=[A-Z])", rest):
        # "Jane DoeReuters", "Jane DoeThe Associated Press": the outlet starts at a capital glued to a name ("McDonald"
        # has one too, so each is tried).
        if _PERSON_NAMES.fullmatch(rest[:glued.start()]) and _names_outlet(rest[glued.start():], 1):
            return True
    if set_apart and not signed:
        return False
    joined = re.search(r"\s(?i:and)\s", rest) is not None
    words = rest.split()
    for count in range(1, min(_OUTLET_WORDS, len(words) - 2) + 1):
        outlet, names = " ".join(words[-count:]), " ".join(words[:-count])
        if joined and _JOINED_PERSON_NAMES.fullmatch(names) and _names_outlet(outlet, count):
            return True
        if not joined and _PERSON_NAMES.fullmatch(names) and (signed and _names_outlet(outlet, count)
                                                               or names_only_agencies_line(outlet)):
            return True
    return False


def _names_outlet(outlet: str, count: int) -> bool:
    """Whether the words after a byline's names name an outlet: an agency, or a masthead of two words or more."""
    return count >= 2 and is_masthead(outlet) or names_only_agencies_line(outlet)


def _is_agency_byline(line: str) -> bool:
    """Whether a line names reporters, then after a comma their wire agency: "Jane Doe, Associated Press".

    >>> [_is_agency_byline(line) for line in ("Jane Doe,Associated Press", "Jane Doe and Tom Roe, Reuters",
    ...                                       "Floods, Reuters", "Storm hits coast, AP says")]
    [True, True, False, False]
    """
    if len(line) > AGENCY_LINE_CHARACTERS or "," not in line:
        return False
    names, _, agency = line.rpartition(",")
    return bool(_PERSON_NAMES.fullmatch(names.strip())) and names_only_agencies_line(agency.strip())


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
        if not piece or _is_date_line(piece) or _is_numeric_date(piece) or _is_age_line(piece):
            continue
        if _BYLINE.match(piece) or names_only_agencies_line(piece):
            agency = agency or names_only_agencies_line(re.sub(r"^(?i:by)\s+", "", piece))
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


def _is_filed_date_line(line: str) -> bool:
    """Whether a line is a date and the section the story is filed in: "February 23, 2011 in Nation/World".

    >>> [_is_filed_date_line(line) for line in ("March 3, 2024 in World/Europe",
    ...                                         "Updated May 5, 2023 in News & Politics",
    ...                                         "May 5, 2023 in Springfield, a vote", "Vote set for May 5 in Ohio")]
    [True, True, False, False]
    """
    if len(line) > _HEADER_CHARACTERS or " in " not in line or not any(character.isdecimal() for character in line):
        return False  # the cheap test
    found = re.fullmatch(_FILED_DATE_LINE, line)
    return found is not None and _is_date_line(found.group("date"))


def _is_time_line(line: str) -> bool:
    """Whether a line is a clock time, perhaps labelled and followed by a date ("Updated 5:08 a.m. ET, May 4, 2023").

    >>> [_is_time_line(line) for line in ("Updated 3:45 PM ET", "Published 5:08 a.m. ET, August 14, 2023",
    ...                                   "10:30 Talks resume in Geneva")]
    [True, True, False]
    """
    if len(line) > _HEADER_CHARACTERS or not any(character.isdecimal() for character in line):
        return False
    label = re.match(_DATE_LABEL, line, re.IGNORECASE)
    time = _TIME.match(line, label.end() if label else 0)
    if time is None:
        return False
    rest = line[time.end():].lstrip(" ,")
    return not rest or _is_date_line(rest)


def _is_age_line(line: str) -> bool:
    """Whether a line says how long ago the page was updated: "Updated 44 minutes ago", "Published: 2h ago"."""
    return len(line) <= _HEADER_CHARACTERS and line[-3:].lower() == "ago" and bool(re.fullmatch(_AGE_LINE, line))


def _is_numeric_date(line: str) -> bool:
    return bool(re.fullmatch(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}", line))


def _heads_story_list(line: str) -> bool:
    """Whether a furniture line heads a list of links to other stories ("Related Articles", "More from CBS News")."""
    return (is_furniture(line) and not _LIST_HEADER_WORDS.isdisjoint(re.findall(r"[\w']+", line.lower()))
            or _is_more_from_outlet(line))


def _is_more_from_outlet(line: str) -> bool:
    """Whether a line heads links to an outlet's other stories: "MORE FROM CBS NEWS", "More stories from Reuters".

    >>> [_is_more_from_outlet(line) for line in ("MORE FROM CBS NEWS", "More from the region")]
    [True, False]
    """
    if len(line) > _HEADER_CHARACTERS or line[:4].lower() != "more":
        return False
    found = re.match(_MORE_FROM, line)
    return found is not None and (is_masthead(found.group("outlet")) or names_only_agencies_line(found.group("outlet")))


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
            pieces.append(Line(start, rstrip_at(text, start, cut), line.role))
            start = run = lstrip_at(text, cut, line.end)
        pieces.append(Line(start, line.end, line.role))
    return pieces


