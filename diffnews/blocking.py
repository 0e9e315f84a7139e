"""Prefix filtering: find the pairs that may share enough, without comparing every pair.

Internal to the stages that block before they compare (figures, quotes).  Put the items of every list in
one global order (rarest first, say); two lists that share items weighing ``least`` or more share at least one
item of both prefixes, where a list's prefix stops before its last stretch lighter than ``least``.  So only
lists that share a prefix item need to be compared.

>>> prefix(["x", "y", "z"], [1.0, 1.0, 1.0], 2)
['x', 'y']
>>> prefix(["x"], [0.5], 2)
[]
"""

from __future__ import annotations

from typing import TypeVar

__all__ = ["prefix"]

T = TypeVar("T")


def prefix(items: list[T], weights: list[float], least: float) -> list[T]:
    """Return the items up to the last one from which the rest weigh ``least`` or more: two lists in one order
    that share items weighing ``least`` share one item of both prefixes (the first they share)."""
    total = 0.0
    for k in range(len(items) - 1, -1, -1):
        total += weights[k]
        if total >= least:
            return items[: k + 1]
    return []
