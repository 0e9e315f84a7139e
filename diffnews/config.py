"""Stories as files: where their sources are named, which findings their editors waived, and checking them.

Three places can name the wire copy a story was written from, strongest first:
``--source`` on the command line, the story's own front matter
(``sources: [wire/ap-123.txt]``), and the ``[tool:diffnews]`` section of the
project's ``setup.cfg``.  Each path is relative to the file that names it.
A story's own text (front matter, inline suppressions) is read by story.py;
``ignore`` in the config waives a code everywhere.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from .display import escape_unprintable
from .errors import ConfigError
from .load import is_url
from .model import Finding, Options
from .story import StoryText, prepare_story, split_codes

CONFIG_FILE = "setup.cfg"
CONFIG_SECTION = "tool:diffnews"
FAIL_ON_CHOICES = ("error", "warning", "info", "never")


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
    return ProjectConfig(path=path, sources=tuple(sources), ignore=split_codes(section.get("ignore", "")), fail_on=fail_on, dropped=dropped)


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
