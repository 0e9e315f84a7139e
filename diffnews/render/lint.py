"""Findings -> lint lines (``path:line:col: CODE severity message``) or JSON.

The line format is the one compilers and linters print, so editors and CI
problem matchers pick it up: a path, a 1-based line and column, the stable
rule code, the severity, and a message that quotes the source's version.

>>> from diffnews.model import Finding, Severity
>>> finding = Finding("number-changed", Severity.ERROR, "'2,800' (people); the source says '280'", "story.md", 3, 15, 3, 20, "a3", "wire.txt:3:15")
>>> print(render_lines([finding]), end="")
story.md:3:15: number-changed error '2,800' (people); the source says '280' (wire.txt:3:15)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..display import escape_undecodable, escape_unprintable
from ..model import Finding, Severity
from .escape import close_direction_controls

FORMAT_VERSION = 1


def render_line(finding: Finding) -> str:
    """Write one finding as a lint line."""
    where = f" ({escape_unprintable(finding.source)})" if finding.source else ""
    # One finding, one line, whatever the quote held; a direction override it opens must not reverse the rest.
    message = close_direction_controls(" ".join(finding.message.split()))
    place = f"{escape_unprintable(finding.path)}:{finding.line}:{finding.column}"
    return f"{place}: {finding.code} {finding.severity.value} {message}{where}"


def render_lines(findings: Sequence[Finding]) -> str:
    """Write findings as lint lines, one a line."""
    return "".join(render_line(finding) + "\n" for finding in findings)


def summarize(findings: Sequence[Finding], *, stories: int, suppressed: int = 0) -> str:
    """Count findings by severity in one line: ``2 findings (1 error, 1 warning) in 3 stories``."""
    counts = [(sum(1 for f in findings if f.severity is severity), severity.value) for severity in Severity]
    parts = ", ".join(f"{count} {name}{'s' if count != 1 else ''}" for count, name in counts if count)
    total = f"{len(findings)} finding{'s' if len(findings) != 1 else ''}" + (f" ({parts})" if parts else "")
    waived = f"; {suppressed} suppressed" if suppressed else ""
    return f"{total} in {stories} stor{'ies' if stories != 1 else 'y'}{waived}"


def to_data(findings: Sequence[Finding], *, errors: Sequence[str] = (), suppressed: int = 0, failed: bool = False) -> dict[str, Any]:
    """Turn findings into plain JSON-ready data."""
    return {
        "format": "diffnews-check",
        "version": FORMAT_VERSION,
        "failed": failed,
        "findings": [
            {
                "path": escape_undecodable(f.path),
                "line": f.line,
                "column": f.column,
                "end_line": f.end_line,
                "end_column": f.end_column,
                "code": f.code,
                "severity": f.severity.value,
                "message": f.message,
                "sentence": f.sentence,
                "source": escape_undecodable(f.source) or None,
            }
            for f in findings
        ],
        "counts": {severity.value: sum(1 for f in findings if f.severity is severity) for severity in Severity},
        "suppressed": suppressed,
        "errors": list(errors),
    }


def render_json(findings: Sequence[Finding], *, errors: Sequence[str] = (), suppressed: int = 0, failed: bool = False) -> str:
    """Write findings as one JSON document."""
    import json  # only here: the lint format is the hook's hot path

    return json.dumps(to_data(findings, errors=errors, suppressed=suppressed, failed=failed), ensure_ascii=False, indent=2) + "\n"
