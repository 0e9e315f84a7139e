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
from .furniture import is_masthead, masthead_name, names_only_agencies_line, set_aside_repeats, split_run_in_labels
from .furniture import trailing_date
from .header_lines import DATE_LINE as _DATE_LINE, DATE_LINE_WORDS as _DATE_LINE_WORDS, is_date_line as _is_date_line
from .header_lines import is_menu_item, is_names_and_outlet, is_outlet_shaped, leading_dateline
from .header_lines import reads_as_standfirst
from .line_roles import EDITORS_NOTE, VIA_CREDIT, heads_story_list, role_of
from .markup import MARKDOWN_HEADING, lstrip_at, rstrip_at, strip_markdown
from .model import Article, Line, Role
from .photo_credits import mark_alt_text, split_image_credit
from .wrapped_lines import MIN_WRAPPED, continues_line

# The header-line readers live in header_lines.py; tests read the date-line pattern and reader from here, as before
# the split.
__all__ = ["MAX_RUN", "_DATE_LINE", "_DATE_LINE_WORDS", "_is_date_line", "is_url", "load_bytes", "load_file",
           "load_input", "load_text"]

_OUTLET_HEADER = re.compile(r"^#\s*outlet\s*:\s*(.+?)\s*$", re.IGNORECASE)
_SIGN_OFF_SHARE = 0.5
_MASTHEAD_LOOKAHEAD = 8
"""Most lines read past an outlet's name to find its headline: navigation, a date, a byline between them."""
# A site menu pasted one item per line: at least this many short unpunctuated labels in a row before the story.
_MENU_RUN = 4
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
    text = _join_drop_caps(text)
    outlet = ""
    lines: list[Line] = []
    pieces = list(_pieces(text))
    first_content = True
    sign_off_seen = False
    story_list = False
    body_seen = False
    menu_end = _menu_end(text, pieces)
    for number, (start, end, markdown_level) in enumerate(pieces):
        body = text[start:end]
        header = _OUTLET_HEADER.match(body)
        if header and not lines:
            outlet = header.group(1)
            lines.append(Line(start, end, Role.BOILERPLATE))
            continue
        role = role_of(body, markdown_level, first_content, sign_off_seen)
        if number < menu_end and role in (Role.HEADLINE, Role.SUBHEADING):
            role = Role.BOILERPLATE  # a site menu above the headline: its items are links, not the story's title
        date_line: Line | None = None
        dated = trailing_date(body) if role in (Role.HEADLINE, Role.SUBHEADING, Role.BODY) else None
        if dated is not None:
            # An aggregator's headline glued to its date: the headline, then a dateline.
            head_end = rstrip_at(text, start, start + dated)
            head_role = role_of(text[start:head_end], markdown_level, first_content, sign_off_seen)
            if head_role in (Role.HEADLINE, Role.SUBHEADING):
                role, date_line, end = head_role, Line(start + dated, end, Role.DATELINE), head_end
                body = text[start:end]
        glued = leading_dateline(body) if role is Role.BODY and not body_seen and not markdown_level else None
        if glued is not None:
            # A date or a dateline glued before the first paragraph: "date 2018-10-08 KABUL (Reuters) - ...".
            lines.append(Line(start, rstrip_at(text, start, start + glued), Role.DATELINE))
            start = lstrip_at(text, start + glued, end)
            body = text[start:end]
        if (role is Role.HEADLINE and is_masthead(strip_markdown(body))
                and _headline_follows(text, strip_markdown(body), pieces[number + 1:])):
            role = Role.BOILERPLATE  # the outlet's name above its headline
            outlet = outlet or masthead_name(strip_markdown(body))  # an "# outlet:" header names it first
        if role is Role.SUBHEADING and is_names_and_outlet(strip_markdown(body), set_apart=body_seen):
            role = Role.BYLINE  # under the headline, before the story: "Jane Roe And Tom Doe Daily News"
        if role is Role.SUBHEADING and story_list:
            role = Role.BOILERPLATE  # a headline under "Related Articles" links to another story
        story_list = role is Role.BOILERPLATE and (story_list or heads_story_list(strip_markdown(body)))
        # A line naming only agencies may be a photo credit between paragraphs: it marks no end; nor does "(Via CNN)".
        closes = (role is Role.CREDIT and not names_only_agencies_line(strip_markdown(body))
                  and not VIA_CREDIT.match(strip_markdown(body))
                  or role is Role.BOILERPLATE and EDITORS_NOTE.match(strip_markdown(body)))
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
    return Article(id=id, path=path, title=strip_markdown(title), outlet=outlet, text=text, lines=tuple(lines),
                   warnings=warnings)


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
        plural = "s" if count > 1 else ""
        warnings += (f"{name}: repaired {count} mis-decoded character sequence{plural}, such as {old!r} for {new!r}",)
    if html or _looks_like_html(path, text):
        from .html_input import load_html

        return load_html(text, id=id, path=path, warnings=warnings)
    return load_text(text, id=id, path=path, warnings=warnings)


def _has_visible_text(text: str) -> bool:
    """Whether text has a character that shows: not white space, not a zero-width or other format character."""
    return any(not char.isspace() and unicodedata.category(char) != "Cf" for char in text)


def _join_drop_caps(text: str) -> str:
    """Join a paragraph's drop cap, pasted as a line of its own, to the rest of its word: "T" over "he storm hit".

    A line of one capital letter, at the text's start or after a blank line, before a line opening in lower case.
    Only the white space between them goes.  "A" and "I" are words too: they keep a space unless the joined word is
    the more common one ("A" over "fter the storm" is "After", "A" over "fire hit" is "A fire").

    >>> _join_drop_caps("T\\n\\nhe storm hit.\\n\\nA\\nfire hit.\\n\\nA\\nfter it.")
    'The storm hit.\\n\\nA fire hit.\\n\\nAfter it.'
    """
    if not re.search(r"(?m)^[^\S\n]*[A-Z][^\S\n]*\n", text):
        return text  # the cheap test: few pages have a one-letter line
    pieces: list[str] = []
    last = 0
    for found in re.finditer(r"(?m)^[^\S\n]*([A-Z])[^\S\n]*\n\s*(?=([a-z]+))", text):
        start = found.start()
        if start and text[text.rfind("\n", 0, start - 1) + 1:start].strip():
            continue  # the line before is not blank: a one-letter line inside a paragraph is no drop cap
        pieces.append(text[last:found.start(1)])
        pieces.append(_drop_cap(found.group(1), found.group(2)))
        last = found.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _drop_cap(letter: str, rest: str) -> str:
    """Return the drop cap as joined to the lower-case word after it: "A" over "fter" is "A", over "fire" "A "."""
    if letter not in ("A", "I"):
        return letter
    from .lexicon import zipf

    return letter if zipf((letter + rest).lower()) > zipf(rest) else letter + " "


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
    # A short line is a headline, label or list item, even over a lowercase line.
    return len(last_line) >= MIN_WRAPPED and continues_line(last_line, line)


def _headline_follows(text: str, name: str, pieces: list[tuple[int, int, int]]) -> bool:
    """Whether the next story line after page furniture is a headline of a few words, as under an outlet's name.

    Not "longer than the name": "The Springfield Gazette-Register" may stand over "Fire kills two".  A headline
    may end in a masthead's noun too ("The Last Post" over its unpunctuated standfirst), so the name needs more
    evidence: page furniture between the two (navigation, a date), a shape few headlines have (a word in capitals
    as in "KBTX News", a web address, a link's verb before it as in "Watch CBS News"), or a line under it that
    reads as a headline, not as a standfirst (reads_as_standfirst).
    """
    furniture_between = False
    for start, end, markdown_level in pieces[:_MASTHEAD_LOOKAHEAD]:
        role = role_of(text[start:end], markdown_level, True, False)
        if role.is_content:
            line = strip_markdown(text[start:end])
            return (role is Role.HEADLINE and len(line.split()) >= 3
                    and (furniture_between or is_outlet_shaped(name) or not reads_as_standfirst(line)))
        furniture_between = True
    return False


def _menu_end(text: str, pieces: list[tuple[int, int, int]]) -> int:
    """Return the index of the piece after a site menu pasted above the headline, or 0 when there is none.

    A menu pasted from a browser is a run of several short labels without sentence punctuation, in title case or
    one word each ("Login", "World News", "Future of Money").  It counts only when a longer headline-shaped line
    follows it before the body, or when the run is one block of lines (no blank line between them) and a blank line
    then leads to a headline of two words or more ("World News" / "" / "Storm Hits Coast"): then everything
    headline-shaped up to the run's end is navigation.  Without either the run may be the story's own short
    header, and it is left alone.

    >>> text = "Login\\nContact\\nWorld\\nBusiness News\\nStorm floods the coast as rivers burst\\nIt rained."
    >>> _menu_end(text, list(_pieces(text)))
    4
    """
    run = run_end = block = block_end = 0
    previous_end = 0
    for number, (start, end, markdown_level) in enumerate(pieces):
        line = strip_markdown(text[start:end])
        role = role_of(text[start:end], markdown_level, True, False)
        # A menu is pasted as one block, one item per line; a blank line after it may lead to a short headline.
        gap = number > 0 and text.count("\n", previous_end, start) > 1
        previous_end = end
        if gap and block >= _MENU_RUN and role is Role.HEADLINE and len(line.split()) >= 2:
            block_end = number
        block = 1 if gap else block + 1
        if role is Role.BODY:
            return block_end
        if not markdown_level and role in (Role.HEADLINE, Role.BOILERPLATE) and is_menu_item(line):
            run += 1
            continue
        block = 0
        if run >= _MENU_RUN:
            run_end = number
        run = 0
        if run_end and role is Role.HEADLINE and len(line.split()) >= 3:
            return run_end
    return 0


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


