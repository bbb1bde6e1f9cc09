"""Days every article of a side also writes: a date conflict whose one side's articles all write, somewhere in their
text, the other side's day of the month ('restored services to business customers on 14 October' and, a sentence
later, 'to the rest on 20 October') is no disagreement: those articles know both days and tell two steps apart (ECB+
30/ecbplus, a wrong conflict of the disagreement spec; issue #18 round 18).

Only days written with their month count: a bare year or month an article names elsewhere is as often another
event's, so a year or a month of another side written elsewhere does not drop a conflict.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsprism.model import Conflict
from newsprism.values import DateValue, dates, dates_agree


def knows_both_days(conflict: Conflict, texts: Mapping[str, str]) -> bool:
    """A date conflict one of whose sides has every article write a day of the month that another side claims."""
    if conflict.kind != "date":
        return False
    days = [_days(side.claim) for side in conflict.sides]
    for i, side in enumerate(conflict.sides):
        others = [d for j, found in enumerate(days) if j != i for d in found]
        articles = {e.article for e in side.evidence}
        if others and articles and all(_writes(texts.get(a, ""), others) for a in articles):
            return True
    return False


def _days(text: str) -> list[DateValue]:
    return [d for d in dates(text) if d.month is not None and d.day is not None]


def _writes(text: str, wanted: list[DateValue]) -> bool:
    return any(dates_agree(d, w) for d in _days(text) for w in wanted)
