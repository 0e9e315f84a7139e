"""A story file's own text: its front matter, its inline suppressions, and what is not story text.

Suppressions waive deliberate changes: ``<!-- diffnews: ignore[CODE] -->`` on
a line waives that code on that line (no ``[...]`` waives every code there,
``ignore[]`` none); ``diffnews-ignore`` in the front matter waives a code
everywhere.  Front matter, HTML comments, images and link targets are blanked
rather than removed, so lines and columns of findings stay those of the file.

>>> story = prepare_story("---\\nsources: [wire/ap.txt]\\n---\\nA fire killed 12. <!-- diffnews: ignore[number-changed] -->\\n")
>>> story.sources, story.suppressions
(('wire/ap.txt',), (Suppression(line=4, codes=('number-changed',)),))
>>> story.text.splitlines()[3].rstrip()
'A fire killed 12.'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Suppression:
    """An inline ``<!-- diffnews: ignore[...] -->`` comment."""

    line: int
    """1-based line the comment is on; it waives findings on that line."""
    codes: tuple[str, ...]
    """The codes it waives; empty waives every code."""


@dataclass(frozen=True, slots=True)
class StoryText:
    """A story file's text made ready for comparison, with what it says about itself."""

    text: str
    """The text with front matter, HTML comments and link targets blanked; lines and columns unchanged."""
    sources: tuple[str, ...]
    """Source paths from the front matter, as written (relative to the story's folder)."""
    ignore: tuple[str, ...]
    """Codes the front matter waives for the whole story."""
    suppressions: tuple[Suppression, ...]
    """Inline waivers, in line order."""
    empty_ignores: tuple[int, ...] = ()
    """1-based lines of ``ignore[]`` comments: they name no code, so they waive nothing."""


_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
# An inline waiver is ``<!--\s*diffnews:\s*ignore(?:\[([^\]]*)\])?\s*-->``; HTML comments are ``<!--.*?-->``, and
# Markdown images ``!\[[^\]\n]*\]\([^)\n]*\)`` and links ``\[([^\]\n]*)\]\([^)\n]*\)``.  As regular expressions,
# each read on to its closing mark from every opening one, and a story with 60,000 ``<!--`` or ``![`` and no closing
# mark took minutes; the functions below find the same matches, reading each character a bounded number of times.
_SUPPRESSION_OPENING = re.compile(r"<!--\s*diffnews:\s*ignore")
_COMMENT_CLOSING = re.compile(r"\s*-->")
_LABEL_END = re.compile(r"[\]\n]")
_TARGET_END = re.compile(r"[)\n]")


def prepare_story(text: str) -> StoryText:
    """Read a story's front matter and inline suppressions, and blank what is not story text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")  # as the loader does, so offsets agree
    fields: dict[str, tuple[str, ...]] = {}
    body_start = 0
    if text.startswith("---") and text[3:4] in ("\n", "\r", " ", "\t"):
        first_break = text.find("\n")
        end = _FRONT_MATTER_END.search(text, first_break + 1) if first_break >= 0 else None
        if end is not None:
            fields = parse_front_matter(text[first_break + 1:end.start()])
            body_start = end.end()
    suppressions: list[Suppression] = []
    empty_ignores: list[int] = []
    for line, listed in _suppressions(text, body_start):
        codes = split_codes(listed) if listed is not None else ()
        if listed is not None and not codes:
            # "ignore[]" reads as "ignore these: none"; waiving every code, as a bare "ignore" does, would hide errors.
            empty_ignores.append(line)
        else:
            suppressions.append(Suppression(line, codes))
    blanked = _blank(text[:body_start]) + text[body_start:]
    blanked = _unlink(_blank_images(_blank_comments(blanked)))
    return StoryText(
        text=blanked,
        sources=fields.get("sources", ()) or fields.get("source", ()),
        ignore=tuple(code for value in fields.get("diffnews-ignore", ()) for code in split_codes(value)),
        suppressions=tuple(suppressions),
        empty_ignores=tuple(empty_ignores),
    )


def _suppressions(text: str, start: int) -> Iterator[tuple[int, str | None]]:
    """Yield (1-based line, the text in ``[...]`` or None) for each inline waiver from ``start`` on, in order."""
    line, counted = 1, 0
    # The first "]" at or after the last place looked from (len(text): none), and where "\s*-->" after it ends
    # (None: it does not follow).  Openings before that "]" share both, so neither is looked for again.
    bracket_end, bracket_closing = -1, None
    position = start
    while (opening := _SUPPRESSION_OPENING.search(text, position)) is not None:
        position = opening.end()
        codes = None
        if text.startswith("[", position):
            if bracket_end <= position:
                bracket_end = text.find("]", position + 1)
                bracket_end = len(text) if bracket_end < 0 else bracket_end
                closing = _COMMENT_CLOSING.match(text, bracket_end + 1)
                bracket_closing = closing.end() if closing and bracket_end < len(text) else None
            codes, end = text[position + 1:bracket_end], bracket_closing
        else:
            closing = _COMMENT_CLOSING.match(text, position)
            end = closing.end() if closing else None
        if end is None:
            continue
        line += text.count("\n", counted, opening.start())
        counted = opening.start()
        yield line, codes
        position = end


def _blank_comments(text: str) -> str:
    """Blank every HTML comment, as ``re.sub("<!--.*?-->", ..., flags=re.DOTALL)`` finds them."""
    pieces: list[str] = []
    done = 0
    while (start := text.find("<!--", done)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break  # no comment closes after this one opens, nor after any later one
        pieces += (text[done:start], _blank(text[start:end + 3]))
        done = end + 3
    return "".join(pieces) + text[done:]


def _markdown_links(text: str, opening: str) -> Iterator[tuple[int, int, int]]:
    """Yield (start, end of label, end) for each ``opening label](target)``, label and target without line breaks."""
    label_end = target_end = -1  # the first stop at or after the last place looked from: only ever looked for further on
    position = 0
    while (start := text.find(opening, position)) >= 0:
        position = start + 1
        label = start + len(opening)
        if label_end < label:
            found = _LABEL_END.search(text, label)
            label_end = found.start() if found else len(text)
        if not text.startswith("](", label_end):
            continue
        if target_end < label_end + 2:
            found = _TARGET_END.search(text, label_end + 2)
            target_end = found.start() if found else len(text)
        if not text.startswith(")", target_end):
            continue
        yield start, label_end, target_end + 1
        position = target_end + 1


def _blank_images(text: str) -> str:
    """Blank each Markdown image ``![alt](target)``: images vanish."""
    pieces: list[str] = []
    done = 0
    for start, _label_end, end in _markdown_links(text, "!["):
        pieces += (text[done:start], _blank(text[start:end]))
        done = end
    return "".join(pieces) + text[done:]


def _unlink(text: str) -> str:
    """Keep each Markdown link's words and blank its brackets and target, whose digits are no figures."""
    pieces: list[str] = []
    done = 0
    for start, label_end, end in _markdown_links(text, "["):
        pieces += (text[done:start], " ", text[start + 1:label_end], _blank(text[label_end:end]))
        done = end
    return "".join(pieces) + text[done:]


def parse_front_matter(block: str) -> dict[str, tuple[str, ...]]:
    """Parse the YAML subset stories use: ``key: value``, ``key: [a, b]`` and ``key:`` with ``- item`` lines.

    Every value becomes a tuple of strings; other YAML (nesting, anchors) is skipped.

    >>> parse_front_matter("title: Floods\\nsources:\\n  - wire/ap.txt\\n  - 'wire/afp.txt'\\ntags: [a, b]")
    {'title': ('Floods',), 'sources': ('wire/ap.txt', 'wire/afp.txt'), 'tags': ('a', 'b')}
    """
    fields: dict[str, tuple[str, ...]] = {}
    key = ""
    for raw in block.splitlines():
        line = _strip_comment(raw).rstrip()
        if not line.strip():
            continue
        item = re.match(r"^\s*-\s+(.*)$", line)
        if item and key:
            fields[key] += (_unquote(item.group(1)),)
            continue
        pair = re.match(r"^([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$", line)
        if not pair:
            key = ""  # nested or unknown YAML: not ours
            continue
        key, value = pair.group(1), (pair.group(2) or "").strip()
        if value.startswith("[") and value.endswith("]"):
            fields[key] = tuple(_unquote(part) for part in value[1:-1].split(",") if part.strip())
        else:
            fields[key] = (_unquote(value),) if value else ()
    return fields


def _strip_comment(line: str) -> str:
    # A YAML comment starts with '#' at the line start or after a space, outside quotes.
    quote = ""
    for position, char in enumerate(line):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "#" and (position == 0 or line[position - 1] in " \t"):
            return line[:position]
    return line


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def split_codes(value: str) -> tuple[str, ...]:
    return tuple(code for code in re.split(r"[\s,]+", value.strip()) if code)


def _blank(text: str) -> str:
    """Replace every character but line ends with a space, so offsets, lines and columns stay put."""
    return re.sub(r"[^\n]", " ", text)
