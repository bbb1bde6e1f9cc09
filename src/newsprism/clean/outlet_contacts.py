"""The outlet a page names twice over: a name its text writes that spells the domain of a staff e-mail address.

A staff address alone names no outlet (pages quote other papers' reporters, and a carried story keeps its writer's
address), and a paper's name alone may be another paper's ('a 2014 story in the Daily X'). A name the text writes
*and* that spells the domain of an address on the same page ('... in the Portvale Eagle' with
'jdoe@portvaleeagle.com') is the paper whose staff wrote the story: the outlet the labels name, on its own site or
carried on a sister paper's. Read by :func:`newsprism.clean.outlets.text_credits` as ``email`` evidence.

Calibrated on the gunviolence dev pages (split by :func:`newsprism.eval.pagelabels.split_of`): of the 25 pages where a
capitalised name spells an address's domain, the 19 with a name of two words or more ('Detroit News', 'Free Press',
'Sun Sentinel', 'THE BLADE', 'Reading Eagle') all name the page's own paper; of the 6 with one word, 4 are
media-shaped and right ('WRIC', 'Review-Journal'), one a plain nameplate word ('Tribune', right but not
media-shaped) and one a city's name spelling a city's address ('Newnan'), so one word must be media-shaped.
"""

from __future__ import annotations

import re

from newsprism.clean.outlet_names import NAME_RUN, media_like, named, trim

ADDRESS = re.compile(r"\b(?P<local>[\w.+-]+)@(?:[\w-]+\.)*(?P<label>[\w-]+)\.(?:com|net)\b")
"""A staff address at a commercial domain ('jdoe@portvaleeagle.com'); a city's or a police force's '.gov', '.org',
'.us' addresses are not a paper's."""
NAME_PATTERN = re.compile(NAME_RUN)
MIN_LABEL = 4
"""A domain label this long at least: three letters ('abc.com') spell too many runs by chance."""


def _spelling(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def contact_names(lines: list[str]) -> list[str]:
    """Names the text writes that spell the domain of an e-mail address on the page, in text order."""
    labels = {_spelling(m.group("label")): _spelling(m.group("local")) for line in lines if "@" in line
              for m in ADDRESS.finditer(line) if len(m.group("label")) >= MIN_LABEL}
    if not labels:
        return []
    names = []
    for line in lines:
        for match in NAME_PATTERN.finditer(line):
            if line[max(0, match.start() - 1):match.start()] in ("@", "."):
                continue  # the address itself
            name = trim(re.sub(r"^the\s+", "", match.group(0)))  # 'the Portvale Eagle' mid-sentence
            key = _spelling(re.sub(r"^The\s+|\.(?:com|net)$", "", name))  # 'mySA.com' spells 'jdoe@mysa.com'
            local = labels.get(key)
            if local is None or not named(name) or (local and key.startswith(local[:4])):
                continue  # 'jane@janeroe.com': a person's own site
            if len(re.sub(r"^The\s+", "", name).split()) > 1 or "-" in name or media_like(name):
                names.append(name)
    return names
