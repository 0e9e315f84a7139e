"""The errors diffnews raises; only the command line turns them into exit codes."""

from __future__ import annotations


class DiffnewsError(Exception):
    """Base class: a problem the user can fix, with a message that says how."""


class InputError(DiffnewsError):
    """An input file or text cannot be read as an article."""


class ConfigError(DiffnewsError):
    """Options or project configuration are invalid or incomplete."""
