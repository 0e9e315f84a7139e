"""Stories as files: where their sources are named, which findings their editors waived, and checking them.

Three places can name the wire copy a story was written from, strongest first:
``--source`` on the command line, the story's own front matter
(``sources: [wire/ap-123.txt]``), and the ``[tool:diffnews]`` section of the
project's ``setup.cfg``.  Each path is relative to the file that names it.

Suppressions waive deliberate changes: ``<!-- diffnews: ignore[CODE] -->`` on
a line waives that code on that line (no ``[...]`` waives every code there,
``ignore[]`` none); ``ignore`` in the config, or ``diffnews-ignore`` in the
front matter, waives a code everywhere.

>>> story = prepare_story("---\\nsources: [wire/ap.txt]\\n---\\nA fire killed 12. <!-- diffnews: ignore[number-changed] -->\\n")
>>> story.sources, story.suppressions
(('wire/ap.txt',), (Suppression(line=4, codes=('number-changed',)),))
>>> story.text.splitlines()[3].rstrip()
'A fire killed 12.'
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from .display import escape_unprintable
from .errors import ConfigError
from .load import is_url
from .model import Finding, Options

CONFIG_FILE = "setup.cfg"
CONFIG_SECTION = "tool:diffnews"
FAIL_ON_CHOICES = ("error", "warning", "info", "never")


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


@dataclass(frozen=True, slots=True)
class ProjectConfig:
    """The ``[tool:diffnews]`` section of a ``setup.cfg``."""

    path: str = ""
    """The config file read, or ``""`` when there is none."""
    sources: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(story pattern, source paths) pairs in file order, relative to the config's folder."""
    ignore: tuple[str, ...] = ()
    """Codes waived everywhere."""
    fail_on: str = ""
    """Lowest severity that fails the run, or ``""`` to use the command's default."""
    dropped: bool = False
    """Whether to report source figures the story dropped."""


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
        codes = _split_codes(listed) if listed is not None else ()
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
        ignore=tuple(code for value in fields.get("diffnews-ignore", ()) for code in _split_codes(value)),
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


def _split_codes(value: str) -> tuple[str, ...]:
    return tuple(code for code in re.split(r"[\s,]+", value.strip()) if code)


def _blank(text: str) -> str:
    """Replace every character but line ends with a space, so offsets, lines and columns stay put."""
    return re.sub(r"[^\n]", " ", text)


def find_config(start: str) -> str:
    """Return the nearest ``setup.cfg`` with a ``[tool:diffnews]`` section, from ``start`` up; ``""`` if none."""
    folder = os.path.abspath(start)
    while True:
        candidate = os.path.join(folder, CONFIG_FILE)
        if os.path.isfile(candidate) and _has_section(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return ""
        folder = parent


def _has_section(path: str) -> bool:
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as handle:  # as read_config reads it
            return any(line.strip() == f"[{CONFIG_SECTION}]" for line in handle)
    except OSError:
        return False


def read_config(path: str) -> ProjectConfig:
    """Read the ``[tool:diffnews]`` section of a ``setup.cfg``; a file without one gives the defaults."""
    import configparser

    name = escape_unprintable(path)  # for messages
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with open(path, encoding="utf-8-sig") as handle:  # editors on Windows may start it with a byte-order mark
            parser.read_file(handle)
    except OSError as error:
        raise ConfigError(f"{name}: cannot read: {error.strerror or error}") from None
    except (configparser.Error, UnicodeDecodeError) as error:
        raise ConfigError(f"{name}: not a valid setup.cfg: {str(error).splitlines()[0]}") from None
    if not parser.has_section(CONFIG_SECTION):
        return ProjectConfig(path=path)
    section = parser[CONFIG_SECTION]
    known = {"sources", "ignore", "fail-on", "dropped"}
    unknown = sorted(set(section) - known)
    if unknown:
        listed = ", ".join(sorted(known))
        raise ConfigError(f"{name}: [{CONFIG_SECTION}] has unknown key {unknown[0]!r}; known keys: {listed}")
    sources = []
    for number, line in enumerate(section.get("sources", "").splitlines(), start=1):
        if not line.strip():
            continue
        pattern, colon, paths = line.partition(":")
        if not colon or not pattern.strip() or not paths.split():
            raise ConfigError(
                f"{name}: [{CONFIG_SECTION}] sources line {line.strip()!r} should read "
                "'STORY-PATTERN: SOURCE [SOURCE...]'"
            )
        sources.append((pattern.strip(), tuple(paths.split())))
    fail_on = section.get("fail-on", "").strip()
    if fail_on and fail_on not in FAIL_ON_CHOICES:
        raise ConfigError(f"{name}: [{CONFIG_SECTION}] fail-on is {fail_on!r}; use one of {', '.join(FAIL_ON_CHOICES)}")
    try:
        dropped = section.getboolean("dropped", fallback=False)
    except ValueError:
        raise ConfigError(f"{name}: [{CONFIG_SECTION}] dropped is {section['dropped']!r}; use true or false") from None
    return ProjectConfig(path=path, sources=tuple(sources), ignore=_split_codes(section.get("ignore", "")), fail_on=fail_on, dropped=dropped)


def sources_from_config(config: ProjectConfig, story: str) -> tuple[str, ...]:
    """Return the sources the config maps a story to (first matching pattern), as paths usable from here."""
    if not config.path:
        return ()
    from fnmatch import fnmatchcase

    root = os.path.dirname(os.path.abspath(config.path))
    relative = os.path.relpath(os.path.abspath(story), root).replace(os.sep, "/")
    for pattern, paths in config.sources:
        if fnmatchcase(relative, pattern.replace(os.sep, "/").removeprefix("./")):
            return tuple(path if is_url(path) else _from_here(os.path.join(root, path)) for path in paths)
    return ()


def sources_from_front_matter(story_text: StoryText, story: str) -> tuple[str, ...]:
    """Return the front matter's sources as paths usable from here (they are relative to the story's folder)."""
    folder = os.path.dirname(os.path.abspath(story))
    return tuple(path if is_url(path) else _from_here(os.path.join(folder, path)) for path in story_text.sources)


def _from_here(path: str) -> str:
    """Show a path relative to the current folder when it lies below it, else absolute."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


@dataclass(frozen=True, slots=True)
class CheckRun:
    """What checking some stories found, after suppressions."""

    findings: tuple[Finding, ...]
    """Findings left after suppressions, story by story."""
    suppressed: int
    """How many findings inline comments, front matter or the config waived."""
    errors: tuple[str, ...]
    """One message per story that could not be checked (unreadable, no source, missing source)."""
    warnings: tuple[str, ...]
    """Things to tell the user, such as an unknown code in a suppression."""
    fail_on: str
    """The config's ``fail-on``, or ``""`` when it sets none."""


def check_files(stories: Sequence[str], *, sources: Sequence[str] = (), config: str | None = None,
                dropped: bool | None = None, options: Options = Options()) -> CheckRun:
    """Check each story file against its sources: ``sources`` if given, else its front matter, else the config."""
    from .check import RULES
    from .errors import DiffnewsError, InputError
    from .decode import decode, read_source

    config_path = config if config is not None else find_config(os.getcwd())
    project = read_config(config_path) if config_path else ProjectConfig()
    unknown = [code for code in project.ignore if code not in RULES]
    if unknown:
        name = escape_unprintable(project.path)
        raise ConfigError(f"{name}: ignore names unknown code {unknown[0]!r}; known codes: {', '.join(RULES)}")
    report_dropped = project.dropped if dropped is None else dropped
    findings: list[Finding] = []
    errors: list[str] = []
    warnings: list[str] = []
    suppressed = 0
    for path in stories:
        try:
            text, decode_warnings = decode(read_source(path, max_bytes=options.max_bytes), name=path)
            warnings.extend(decode_warnings)
            story = prepare_story(text)
            chosen = tuple(sources) or sources_from_front_matter(story, path) or sources_from_config(project, path)
            if not chosen:
                raise InputError(
                    f"{escape_unprintable(path)}: no source found; name it in the story's front matter "
                    "('sources: [wire/ap-123.txt]'), map the story in setup.cfg [tool:diffnews] sources, "
                    "or pass --source WIRE"
                )
            found = check_story(path, chosen, text=story.text, options=options, dropped=report_dropped)
        except DiffnewsError as error:
            errors.append(str(error))
            continue
        warnings.extend(_suppression_warnings(story, path, RULES))
        kept = waive(found, story, project.ignore, path)
        suppressed += len(found) - len(kept)
        findings.extend(kept)
    return CheckRun(tuple(findings), suppressed, tuple(errors), tuple(warnings), project.fail_on)


def waive(findings: Sequence[Finding], story: StoryText, ignore: Sequence[str], path: str) -> list[Finding]:
    """Drop the findings that the story's comments and front matter, or the config's ``ignore``, waive."""
    everywhere = set(ignore) | set(story.ignore)
    at_line: dict[int, set[str]] = {}
    for suppression in story.suppressions:
        at_line.setdefault(suppression.line, set()).update(suppression.codes or ("*",))
    return [
        finding for finding in findings
        if finding.code not in everywhere
        and not (finding.path == path and at_line.get(finding.line, set()) & {finding.code, "*"})
    ]


def _suppression_warnings(story: StoryText, path: str, known: Collection[str]) -> list[str]:
    """Warn about codes a story waives that no rule has, and ``ignore[]``: either would waive nothing, silently."""
    listed = ", ".join(known)
    path = escape_unprintable(path)
    warnings = [
        f"{path}:{suppression.line}: unknown code {code!r} in a diffnews: ignore comment; known codes: {listed}"
        for suppression in story.suppressions for code in suppression.codes if code not in known
    ]
    warnings += [
        f"{path}:{line}: diffnews: ignore[] names no code and waives nothing; name the codes, or write a bare 'ignore' "
        "to waive every code"
        for line in story.empty_ignores
    ]
    return warnings + [f"{path}: unknown code {code!r} in diffnews-ignore; known codes: {listed}" for code in story.ignore if code not in known]


def check_story(path: str, sources: Sequence[str], *, text: str, options: Options = Options(), dropped: bool = False) -> tuple[Finding, ...]:
    """Compare a prepared story text (see :func:`prepare_story`) with its source files."""
    from .check import check_report
    from .errors import DiffnewsError, InputError
    from .load import load_input, load_text
    from .pipeline import compare, document_ids

    ids = document_ids(1 + len(sources))
    story = load_text(text, id=ids[0], path=path)  # an empty story's error names the story, not a source
    try:
        articles = [load_input(source, id=id_, max_bytes=options.max_bytes) for source, id_ in zip(sources, ids[1:])]
    except DiffnewsError as error:
        raise InputError(f"{escape_unprintable(path)}: source {error}") from None
    return check_report(compare(story, *articles, options=options), dropped=dropped)
