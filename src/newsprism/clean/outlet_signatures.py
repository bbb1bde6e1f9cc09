"""Picture and post credits that name the page's outlet beside a person's name: an embedded post's signature
('— Jane Roe KXYZ (@handle)') and a caption opening with its credit ('JANE ROE | The Daily X Police say ...').

Read by :func:`newsprism.clean.outlet_photos.photo_names` as picture credits, the weakest outlet evidence.
"""

from __future__ import annotations

import re

from newsprism.clean import prefilter
from newsprism.clean.metadata import OUTLET_WORDS, is_name
from newsprism.clean.outlet_names import EXTRA_OUTLET_WORDS, NOT_CALL_SIGNS, cited, is_owner, media_like

POST_SIGNATURE = re.compile(r"[—―–-]\s+[A-Z][a-z]+(?:\s+[A-Z0-9][\w.'’-]*){1,4}\s+\(@\w+\)")
"""An embedded post's signature: '— Jane Roe KXYZ (@JaneRoeKXYZ) June 2, 2016' (the reporter's display name
ends in the station's)."""


def post_names(line: str) -> list[str]:
    """The outlet a reporter's display name ends with in an embedded post's signature: '— Jane Roe Fox 5
    (@handle)' -> ['Fox 5']; the shortest media-shaped ending of two words at most, never the person's name
    alone, a wire or a national outlet."""
    names = []
    for match in prefilter.finditer(POST_SIGNATURE, line):
        tokens = match.group(0).lstrip("—―–- ").rsplit("(@", 1)[0].split()
        for size in (1, 2):
            name = " ".join(tokens[-size:])
            if len(tokens) - size >= 2 and media_like(name) and cited(name):
                names.append(name)
                break
    return names


POST_LINE = re.compile(r"pic\.twitter\.com/|[—―–-]\s+[^()]{2,60}\(@\w+\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}")
"""A line holding an embedded post: its picture link or its signature ('— Jane Roe (@handle) May 11, 2016')."""
STATION_HANDLE = re.compile(
    r"(?<![\w(@])@(?P<handle>(?:[KW][A-Z]{2,3}(?=TV|\d|News|[A-Z][a-z]|\b)|(?:FOX|Fox|NBC|ABC|CBS|CW)\d{1,2}|"
    r"\d{1,2}(?:Alive|News|TV|abc|ABC|NBC|CBS|FOX|WSB))(?:TV|News|\d{1,2}|[A-Z][a-z]+)*)\b")
"""A station's handle a reporter tags in the post's text ('... on Main St @KXYZ5Portvale pic.twitter.com/x',
'@KXYZNews'): call letters, or a network or brand with its channel number, then 'TV', 'News' or a city; never the
signature's own handle ('(@JaneRoeKXYZ)'), a person's ('@JaneRoe') or a national network's ('@NBCNews')."""


def handle_names(line: str) -> list[str]:
    """Station handles tagged in an embedded post's text: '... Kensington Rd @KXYZ5Portvale pic.twitter.com/x' ->
    ['KXYZ5Portvale'] (a page embeds its own reporter's posts, who tag the station: issue #16's batch-3 rule)."""
    if "@" not in line or not POST_LINE.search(line):
        return []
    names = []
    for match in STATION_HANDLE.finditer(line):
        handle = match.group("handle")
        letters = re.match(r"[KW][A-Z]{2,3}", handle)
        if letters and (handle[:4] in NOT_CALL_SIGNS or handle[:3] in NOT_CALL_SIGNS):
            continue
        names.append(handle)
    return names


LEADING_CREDIT = re.compile(r"^(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})\s*\|\s*"
                            r"(?P<rest>(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})")
"""A caption opening with its credit: 'JANE ROE | The Daily X Police say ...' (the photographer, a bar, then the
paper, run into the caption's words)."""


def leading_credit(line: str) -> list[str]:
    """The paper of a credit opening a caption: 'JANE ROE | The Daily X Police say ...' -> ['The Daily X'] (the
    shortest media-shaped run of words after the bar, after a person's name, and the newspaper words right after
    it: 'Gazette Mail')."""
    match = LEADING_CREDIT.match(line)
    if not match or not is_name(match.group("who")):
        return []
    tokens = match.group("rest").split()
    start = 2 if tokens[0] == "The" else 1
    for end in range(start, len(tokens) + 1):
        name = " ".join(tokens[:end])
        if media_like(name) and cited(name) and not is_owner(name):
            while end < len(tokens) and tokens[end].lower() in OUTLET_WORDS | EXTRA_OUTLET_WORDS:
                end += 1  # 'Gazette Mail', 'Times Herald'
            return [" ".join(tokens[:end])]
    return []
