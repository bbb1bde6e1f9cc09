"""Whether aligned passages keep their order: the longest increasing run of positions."""

from __future__ import annotations

from bisect import bisect_left


def kept_order(positions: list[tuple[int, int]]) -> float:
    """Share of (position in a, position in b) pairs in the longest run increasing in both."""
    if not positions:
        return 0.0
    ordered = [b for _, b in sorted(positions)]
    tails: list[int] = []
    for value in ordered:
        at = bisect_left(tails, value)
        tails[at:at + 1] = [value]
    return len(tails) / len(positions)
