"""The header lines of a page: datelines, date, time and age lines, bylines, and an outlet's name over its headline.

:func:`diffnews.load.load_text` asks these readers what a short line above (or below) the story is doing.  Like the
loader, they go by the shape of a line (pieces set apart by bars, a month name, "By" and capitalised names, an agency
after a comma), never by particular articles.
"""

from __future__ import annotations

import re

from .furniture import AGENCY_LINE_CHARACTERS, is_masthead, masthead_name, names_only_agencies_line
from .model import Role
from .wrapped_lines import TERMINAL

# Matched ignoring case, after cheap tests (is_date_line): compiled on first use (re's cache), as most texts
# have no line that passes them, and compiling it costs ~1.5 ms.
DATE_LINE = (
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
DATE_LINE_WORDS = 12
"""Most words a DATE_LINE match has: 4 of a label ("last updated on :"), a weekday, 3 of a date, 4 of a time
("at 12:30 p.m. UTC").  Every other piece of the pattern is glued to one of these by a comma or nothing."""
# The label before a page's date or age: "Updated:", "Created", "First published on", "Posted at" (before a time).
_DATE_LABEL = r"(?:(?:last\s+|first\s+)?(?:updated|published)|posted|created|modified)(?:\s+(?:on|at)\b)?\s*:?\s*"
# How long ago a page was updated, labelled ("Updated 44 minutes ago"; unlabelled it is furniture, is_furniture).
# Compiled on first use: only a line with a digit and "ago" is matched.
_AGE_LINE = (
    r"(?i)(?:" + _DATE_LABEL + r")?\d{1,3}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?"
    r"|mo|months?|y|yrs?|years?)\s+ago"
)
HEADER_CHARACTERS = 100
"""A header line of date, time, byline and agency pieces is short ("ANI | Updated: 25-08-2023 11:29 IST")."""
_HEADER_SEPARATOR = re.compile(r"\s*[|\u00b7\u2022]\s*|\s+[/\u2013\u2014-]\s+")
_TIME = re.compile(r"(?i)\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5}\b)?")
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
_NAMES = r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s*(?:,|and)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*"
# "By Jane Doe", and with a colon as a label ("By: Jane Doe").
_BYLINE = re.compile(r"^(?i:by|von|par|por)(?:\s*:\s*|\s+)" + _NAMES + r"\s*$")
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
_ARTICLES = frozenset(("a", "an", "the"))
_STANDFIRST_WORDS = 8
"""Fewest words of a line read as a standfirst by its articles: a short headline may keep one ("Storm hits the
coast")."""


def reads_as_standfirst(line: str) -> bool:
    """Whether an unpunctuated line reads as a standfirst, a sentence under a headline, not as a headline.

    Headlines drop articles ("Storm hits coast as thousands flee"); a standfirst of _STANDFIRST_WORDS words or more
    keeps them ("A bugler plays at dusk for the fallen").

    >>> [reads_as_standfirst(line) for line in ("A bugler plays at dusk for the fallen of the war",
    ...                                         "Storm hits coast as thousands flee", "Storm hits the coast")]
    [True, False, False]
    """
    words = line.lower().split()
    return len(words) >= _STANDFIRST_WORDS and not _ARTICLES.isdisjoint(words)


def is_outlet_shaped(name: str) -> bool:
    """Whether an outlet's name has a shape few headlines have: a word in capitals, a web address, a link's verb.

    >>> [is_outlet_shaped(name) for name in ("Watch KBTX News", "BBC News", "example.com", "Watch Daily News",
    ...                                      "The Last Post")]
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


def is_names_and_outlet(line: str, *, set_apart: bool = False) -> bool:
    """Whether a line is reporters' names, then their outlet, with no comma between them.

    The outlet is a wire agency or a masthead of two words or more ("Los Angeles Times"); one masthead noun
    ("Record") ends too many headlines.  Names joined by "and" may stand before either; one name needs more: a "By"
    before it, a bar or a dash after it ("Jane Doe | Reuters"), its outlet glued to it when a page lost the space
    between two elements ("Jane DoeReuters"), or else an agency after it ("Jane Doe Reuters").  Only the shape:
    title-case lines "Jane Roe And Tom Doe Sue Daily News", "... Set Record" pass too, so after the story has begun
    the loader asks for ``set_apart`` names: after "By", or before a bar, a dash or a glued outlet.

    >>> [is_names_and_outlet(line) for line in ("John Q. Doe And Tom Roe Springfield Gazette",
    ...                                         "Ann Lee and Bo Park Reuters", "Jane Doe Daily News",
    ...                                         "Jane Doe And Tom Roe Record")]
    [True, True, False, False]
    >>> [is_names_and_outlet(line) for line in ("Jane McDoeReuters", "By Jane Doe The Associated Press",
    ...                                         "Jane Doe | Reuters", "Jane Doe Reuters", "Floods | Reuters")]
    [True, True, True, True, False]
    """
    if len(line) > HEADER_CHARACTERS or line.endswith(TERMINAL):
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


def header_role(line: str) -> Role | None:
    """Tell a line of header pieces set apart by bars, slashes or dashes: dates, times, bylines and agencies.

    "ANI | Updated: 25-08-2023 11:29 IST" and "02 August 2021 - 11:08 By Reuters" credit an agency; a line of
    dates and times alone is a dateline.

    >>> [header_role(line) for line in ("ANI | Updated: 25-08-2023 11:29 IST", "May 4, 2024 | 10:05 GMT",
    ...                                 "Storm hits coast - live updates")]
    [<Role.CREDIT: 'credit'>, <Role.DATELINE: 'dateline'>, None]
    """
    if len(line) > HEADER_CHARACTERS or not any(character.isdecimal() for character in line):
        return None  # a header line is short and dated
    pieces = [piece.strip() for piece in _HEADER_SEPARATOR.split(line) if piece.strip()]
    if len(pieces) < 2:
        return None
    agency = False
    for piece in pieces:
        piece = _TIME.sub("", piece, count=1).strip() if _TIME.match(piece) else piece  # "11:08 By Reuters"
        if not piece or is_date_line(piece) or _is_numeric_date(piece) or _is_age_line(piece):
            continue
        if _BYLINE.match(piece) or names_only_agencies_line(piece):
            agency = agency or names_only_agencies_line(re.sub(r"^(?i:by)\s+", "", piece))
            continue
        return None
    return Role.CREDIT if agency else Role.DATELINE


def is_date_line(line: str) -> bool:
    """Whether a line is a date with a month name or in digits ("Updated: July 7, 2021 at 10:15 GMT")."""
    # The pattern needs a digit, and a date line is short: most lines fail these tests, which cost far less.
    if len(line.split()) > DATE_LINE_WORDS or not any(character.isdecimal() for character in line):
        return False
    numeric = re.search(r"\d[./-]\d{1,2}[./-]\d", line) is not None  # "Updated: 25-08-2023 11:29 IST"
    dated = numeric or any(month in line.lower() for month in _MONTHS)
    return dated and bool(re.match(DATE_LINE, line, re.IGNORECASE))


def _is_filed_date_line(line: str) -> bool:
    """Whether a line is a date and the section the story is filed in: "February 23, 2011 in Nation/World".

    >>> [_is_filed_date_line(line) for line in ("March 3, 2024 in World/Europe",
    ...                                         "Updated May 5, 2023 in News & Politics",
    ...                                         "May 5, 2023 in Springfield, a vote", "Vote set for May 5 in Ohio")]
    [True, True, False, False]
    """
    if len(line) > HEADER_CHARACTERS or " in " not in line or not any(character.isdecimal() for character in line):
        return False  # the cheap test
    found = re.fullmatch(_FILED_DATE_LINE, line)
    return found is not None and is_date_line(found.group("date"))


def _is_time_line(line: str) -> bool:
    """Whether a line is a clock time, perhaps labelled and followed by a date ("Updated 5:08 a.m. ET, May 4, 2023").

    >>> [_is_time_line(line) for line in ("Updated 3:45 PM ET", "Published 5:08 a.m. ET, August 14, 2023",
    ...                                   "10:30 Talks resume in Geneva")]
    [True, True, False]
    """
    if len(line) > HEADER_CHARACTERS or not any(character.isdecimal() for character in line):
        return False
    label = re.match(_DATE_LABEL, line, re.IGNORECASE)
    time = _TIME.match(line, label.end() if label else 0)
    if time is None:
        return False
    rest = line[time.end():].lstrip(" ,")
    return not rest or is_date_line(rest)


def _is_age_line(line: str) -> bool:
    """Whether a line says how long ago the page was updated: "Updated 44 minutes ago", "Published: 2h ago"."""
    return len(line) <= HEADER_CHARACTERS and line[-3:].lower() == "ago" and bool(re.fullmatch(_AGE_LINE, line))


def _is_numeric_date(line: str) -> bool:
    return bool(re.fullmatch(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}", line))


# A date a scraper or a wire feed glues before a story's first paragraph, in two shapes.  A labelled date
# ("date 2018-10-08 ", "Published: 3 March 2024 ") or a bare ISO date, before a capitalised word: metadata, which
# leaves the paragraph (and its own "KABUL (Reuters) - " dateline) to the story.  A place, then an ISO date and maybe
# a clock time, then a dash ("Cleveland, Ohio 2021-07-19 09:36:35 - "): the whole dateline, dash included.
# Compiled on first use (re's cache): only a line with a digit in its first characters is matched.
_ISO_STAMP = r"\d{4}-\d{2}-\d{2}(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2})?)?"
_GLUED_DATE = (
    r"(?:(?i:" + _DATE_LABEL + r"|date(?:\s+on\b)?\s*:?\s*)(?P<labelled>.{6,40}?)|" + _ISO_STAMP + r")\s+(?=[A-Z])"
)
_PLACE_AND_STAMP = (
    r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?\s+"
    + _ISO_STAMP + r"\s*[\u2013\u2014-]+\s+(?=\S)"
)
_GLUED_DATE_CHARACTERS = 60
"""Longest date glued before a paragraph: a label, a place of a few words and a stamp to the second."""


def leading_dateline(line: str) -> int | None:
    """Return where a paragraph starts after a date or a dateline glued before it, or None.

    >>> [leading_dateline(line) for line in ("date 2018-10-08 KABUL (Reuters) - Fighters took a town.",
    ...                                      "Cleveland, Ohio 2021-07-19 09:36:35 \u2013 Police said so.",
    ...                                      "Updated: March 3, 2024 Police said so.", "2018-10-08 was a Monday.")]
    [16, 38, 23, None]
    """
    if not any(character.isdecimal() for character in line[:_GLUED_DATE_CHARACTERS]):
        return None  # the cheap test: most paragraphs open with words
    glued = re.match(_GLUED_DATE, line)
    if glued is not None and (glued.group("labelled") is None or is_date_line(glued.group("labelled").rstrip(","))):
        return glued.end()
    placed = re.match(_PLACE_AND_STAMP, line)
    return placed.end() if placed is not None and placed.end() <= _GLUED_DATE_CHARACTERS else None


def is_dateline(line: str) -> bool:
    """Tell whether a line is a date, a clock time, a date and its section, or a page's age.

    A label alone on its line ("Updated:") heads the date on the next line, so it is set aside with it.

    >>> [is_dateline(line) for line in ("Updated: July 7, 2021 at 10:15 GMT", "12.05.2023", "Updated 3:45 PM ET",
    ...                                 "March 3, 2024 in World/Europe", "Updated 44 minutes ago", "Storm hits coast",
    ...                                 "Posted at 9:23 AM, Aug 04, 2014", "Last updated:")]
    [True, True, True, True, True, False, True, True]
    """
    return (is_date_line(line) or _is_numeric_date(line) or _is_time_line(line) or _is_filed_date_line(line)
            or _is_age_line(line) or _is_bare_date_label(line))


def _is_bare_date_label(line: str) -> bool:
    """Whether a line is only a date label ending in a colon ("Updated:", "First published on:")."""
    return len(line) <= 30 and line.endswith(":") and re.fullmatch(_DATE_LABEL, line, re.IGNORECASE) is not None


def is_byline(signed: str) -> bool:
    """Tell whether a line (without a list item's mark) signs the story: "By Jane Doe", "KOB Web Staff".

    >>> [is_byline(line) for line in ("By Jane Doe", "Author: Jane Doe", "From staff reports", "KOB Web Staff",
    ...                               "From CNN's Jane Doe", "Jane Doe, Associated Press", "Hospital Staff")]
    [True, True, True, True, True, True, False]
    """
    return bool(_BYLINE.match(signed) or _LABELLED_BYLINE.match(signed) or _STAFF_BYLINE.fullmatch(signed)
                or len(signed) <= HEADER_CHARACTERS and _NEWSROOM_BYLINE.fullmatch(signed)
                or _is_outlet_byline(signed) or _is_agency_byline(signed))


_MENU_ITEM_CHARACTERS = 40
_MENU_ITEM_WORDS = 5
# Words a menu label may leave in lower case ("Future of Money", "Energy and Environment"): English function words.
_MENU_SMALL_WORDS = frozenset("a an and at by for from in of on or the to with".split())


def is_menu_item(line: str) -> bool:
    """Whether a line is shaped as a menu's label: short, unpunctuated, one word or every main word capitalized.

    >>> [is_menu_item(line) for line in ("Login", "Future of Money", "Fire hits the old mill", "Home.")]
    [True, True, False, False]
    """
    words = line.split()
    if not words or len(line) > _MENU_ITEM_CHARACTERS or len(words) > _MENU_ITEM_WORDS or line.endswith(TERMINAL):
        return False
    return all(not word[0].isalpha() or word[0].isupper() or word.lower() in _MENU_SMALL_WORDS for word in words)
