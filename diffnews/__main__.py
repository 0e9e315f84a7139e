"""``python -m diffnews``: the only place that exits the process."""

from __future__ import annotations

import sys

from .cli import run


def main() -> None:
    """Run the command line and exit with its status."""
    sys.exit(run())


if __name__ == "__main__":
    main()
