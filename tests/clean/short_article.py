"""A short article written for the clutter tests (no publisher's text): three body paragraphs, with the lines
under test put at its head, in its middle or at its foot."""

from __future__ import annotations

LEAD = "The city council approved the new harbour budget on Monday after a three-hour debate."
MIDDLE = "Councillor Ada Brenner said the vote was the closest the council had seen in a decade."
LAST = "The budget takes effect on the first of April, the council's clerk said."


def short_article(*lines: str, where: str = "middle") -> str:
    parts = {"header": [*lines, LEAD, MIDDLE, LAST], "middle": [LEAD, *lines, MIDDLE, LAST],
             "footer": [LEAD, MIDDLE, LAST, *lines]}[where]
    return "\n\n".join(parts)
