"""Presenters: Report -> text.  Each module exposes ``render(report) -> str``."""
