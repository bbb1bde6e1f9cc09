"""Claims too wide to take a side: a value whose interval meets two values that do not meet each other says nothing
between them ('about 2,000 feet' is 490-740 m by the value reader, both 'about 600m' and '700 meters'; ECB+
23/ecbplus, round 26). Sides formed around the first claim read would otherwise take such a value as their head and
join the two real sides into one, and the disagreement would be lost.

A wide claim stands on no side; the values it meets keep theirs. Agreement is the value reader's
(:func:`newsprism.values.agree`), so a conversion or rounding it allows is still no disagreement."""

from __future__ import annotations

from collections.abc import Mapping

from newsprism.values import Quantity, agree


def wide_claims(values: Mapping[str, Quantity]) -> set[str]:
    """The keys of ``values`` whose value agrees with two values that disagree with each other."""
    wide = set()
    for key, value in values.items():
        met = [other for name, other in values.items() if name != key and agree(value, other)]
        if any(not agree(x, y) for i, x in enumerate(met) for y in met[i + 1:]):
            wide.add(key)
    return wide
