"""The role of one line of an article, read from its shape: furniture, credit, header line, headline or body.

A line is read alone, without its neighbours (``load.load_text`` then weighs a line's place on the page: a masthead
above its headline, a site menu, a list of other stories).
"""

from __future__ import annotations

import re

from .furniture import (ENUMERATION, TRAILING_RUN_IN_LABEL, has_run_in_word, is_furniture, is_masthead,
                        is_recommendation_heading, names_only_agencies_line, trailing_link_label)
from .header_lines import HEADER_CHARACTERS, TERMINAL, header_role, is_byline, is_dateline
from .markup import strip_markdown
from .model import Role
from .photo_credits import is_photo_credit

__all__ = ["EDITORS_NOTE", "heads_story_list", "role_of"]

# A label that files the story under a section or tags: "Posted in: World | 0", "Filed under: Storms, Floods".
_FILING_LABEL = re.compile(r"(?i)^(?:(?:posted|filed)\s+(?:in|under)|tags?|categories|category)\s*:")
_FILING_LABEL_CHARACTERS = 120
# A furniture line with one of these words heads a list of other stories ("Related Articles", "Most popular"):
# the headlines under it are links, not the story's subheadings.
_LIST_HEADER_WORDS = frozenset("related stories articles popular trending".split()
)
# Compiled on first use (re's cache): only a line opening with "more" is matched.
_MORE_FROM = r"(?i)more\s+(?:stories\s+|news\s+)?from\s+(?P<outlet>.+?)\s*:?$"
# A link to another story set in a paragraph's place: "READ: Storm hits coast", "Related: Floods close roads",
# "See also: ...".  What follows the label is a headline: unpunctuated.  Compiled on first use (re's cache).
_LINK_LINE = (
    r"(?i)(?:(?:also\s+)?read(?:\s+more|\s+also)?|related(?:\s+(?:stories|articles?|coverage|news))?|see\s+also"
    r"|more|watch|listen)\s*:\s*\S"
)
_LINK_LINE_CHARACTERS = 200
# Credit lines: "With reporting by AP", "(Reporting by X; Editing by Y)", "ipj/dj (AP, Reuters)",
# "Associated Press writer X contributed to this report".
_CREDIT = re.compile(
    r"^\(?\s*(?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing|compiled)"
    r"(?:\s*(?:,|and|&)\s*(?:reporting|writing|editing))*\s+by\b"
    r"|contributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story)\b"
    r"|^[a-z]{1,4}(?:/[a-z]{1,4})+\s*(?:\([^)]*\))?\s*$",
    re.IGNORECASE,
)
# The source of one picture, video or quote, alone in brackets under it: "(Via Getty Images)", "(Via The New York
# Times, USA Today, BBC)".  A credit, but of one item between paragraphs, so it marks no end of the story.
VIA_CREDIT = re.compile(r"^\(\s*via\s+[^()\n]{1,80}\)\s*$", re.IGNORECASE)
# Editors' notes that close a story: a print-edition line, a correction, an update notice.  They
# speak about the article, not the event, and what follows them is the page's other stories.
EDITORS_NOTE = re.compile(
    r"^(?:a\s+version\s+of\s+this\s+(?:article|story|report)\s+appear(?:s|ed)\s+in\s+print"
    r"|this\s+(?:article|story|post|report|piece)\s+(?:has\s+been|was|is\s+being)\s+"
    r"(?:updated|revised|amended|corrected|changed)\b"
    r"|an\s+earlier\s+version\s+of\s+this\s+(?:article|story|post|report|piece)\b"
    r"|(?:corrections?|clarification|editor'?s\s+note)\s*[:.\u2014-])",
    re.IGNORECASE,
)
# A line that only tells the reader the story is still being written: "More details to follow...",
# "More follows", "This is a developing story. Check back for updates."  It says nothing about the event.
_UPDATE_NOTICE = re.compile(
    r"(?:(?:(?:more|further)(?:\s+(?:details|information|updates))?\s+(?:to\s+follow|follows?|soon|to\s+come)"
    r"|(?:details|updates)\s+to\s+follow"
    r"|(?:this\s+is\s+an?\s+)?(?:developing|breaking)(?:\s+news)?\s+story"
    r"|this\s+(?:story|report)\s+is\s+(?:developing|breaking)(?:\s+and\s+will\s+be\s+updated)?"
    r"|(?:please\s+)?check\s+back(?:\s+(?:later|soon))?\s+for\s+(?:more\s+|further\s+)?(?:updates|details|information)"
    r"|this\s+(?:story|article|report|post)\s+(?:will|may)\s+be\s+updated"
    r"(?:\s+as\s+(?:more\s+)?(?:details|information)\s+(?:becomes?|is|are)\s+available)?)"
    r"\s*(?:[.!\u2026]+\s*)?)+",
    re.IGNORECASE,
)
# A copyright notice: "© Provided by ...", "Copyright 2024 The ... All rights reserved."
_COPYRIGHT = re.compile(
    r"^(?:\u00a9|\(c\)\s|copyright\s*(?:\u00a9|\(c\)|\d{4}))|\ball\s+rights\s+reserved\b", re.IGNORECASE
)
_CLOSING_QUOTES = "\"'\u201d\u2019"


def role_of(body: str, markdown_level: int, first_content: bool, sign_off_seen: bool) -> Role:
    """Tell the role of one line from its shape and position."""
    plain = strip_markdown(body)
    if markdown_level:
        return Role.HEADLINE if first_content else Role.SUBHEADING
    if (sign_off_seen or is_furniture(plain) or EDITORS_NOTE.match(plain) or _COPYRIGHT.search(plain)
            or _is_more_from_outlet(plain) or _UPDATE_NOTICE.fullmatch(plain)):
        return Role.BOILERPLATE
    if len(plain) <= _FILING_LABEL_CHARACTERS and _FILING_LABEL.match(plain):
        return Role.BOILERPLATE
    if (len(plain) <= _LINK_LINE_CHARACTERS and ":" in plain[:20] and not plain.endswith(TERMINAL)
            and re.match(_LINK_LINE, plain)):
        return Role.BOILERPLATE
    if not re.search(r"[^\W_]", plain):
        # A rule or section mark ("---", "___", "* * *") holds no text.
        return Role.BOILERPLATE
    if is_photo_credit(plain):
        return Role.BOILERPLATE
    if _CREDIT.search(plain) or VIA_CREDIT.match(plain) or names_only_agencies_line(plain):
        return Role.CREDIT
    header = header_role(plain)
    if header:
        return header
    if is_dateline(plain):
        return Role.DATELINE
    if is_byline(ENUMERATION.sub("", plain)):  # "- By Jane Doe", "• By Jane Doe": a byline set as a list item
        return Role.BYLINE
    word_count = len(plain.split())
    # A closing quote ends a sentence only after its punctuation: 'Jostling Over Benghazi ‘Talking Points’'
    # is a headline.
    ending = re.sub(TRAILING_RUN_IN_LABEL, "", plain) if has_run_in_word(plain[-40:]) else plain
    link = trailing_link_label(ending)  # "... at dawn. Read full story"
    ending = ending[:link].rstrip() if link is not None else ending
    if not ending.rstrip(_CLOSING_QUOTES).endswith(TERMINAL) and word_count <= 25:
        return Role.HEADLINE if first_content else Role.SUBHEADING
    return Role.BODY


def heads_story_list(line: str) -> bool:
    """Whether a furniture line heads a list of links to other stories ("Related Articles", "More from CBS News")."""
    return (is_furniture(line) and not _LIST_HEADER_WORDS.isdisjoint(re.findall(r"[\w']+", line.lower()))
            or is_recommendation_heading(line) or _is_more_from_outlet(line))


def _is_more_from_outlet(line: str) -> bool:
    """Whether a line heads links to an outlet's other stories: "MORE FROM CBS NEWS", "More stories from Reuters".

    >>> [_is_more_from_outlet(line) for line in ("MORE FROM CBS NEWS", "More from the region")]
    [True, False]
    """
    if len(line) > HEADER_CHARACTERS or line[:4].lower() != "more":
        return False
    found = re.match(_MORE_FROM, line)
    return found is not None and (is_masthead(found.group("outlet")) or names_only_agencies_line(found.group("outlet")))
