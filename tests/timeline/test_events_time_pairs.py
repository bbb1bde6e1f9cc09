"""The timeline's grouping reads ``same_time`` once per pair of distinct values (issue #20: a story's mentions repeat
a few values, and every analysis compared each mention with every group of its year), and groups the mentions as the
plain definition does: each joins the first group of the same time holding a mention of the same event."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from newsprism.align.links import Link
from newsprism.memo import Readings
from newsprism.model import Sentence
from newsprism.timeline import events
from newsprism.timeline.events import RANK, Group, features, group_mentions, similar
from newsprism.timeline.mentions import Mention
from newsprism.values.moments import Point, TimeValue, same_time

EVENTS = [
    "The Orlov mill in Tessa closed its gates after the flood reached the looms",
    "Mayor Ilse Varn of Tessa opened the winter shelter for the families of the valley",
    "Engineers at the Pirin dam lowered the reservoir to spare the lower villages",
]
DAY = TimeValue(Point(2031, 2, 14, precision="day"))
HOUR = TimeValue(Point(2031, 2, 14, 9, 30, precision="time"))
MONTH = TimeValue(Point(2031, 2, precision="month"))
OTHER_DAY = TimeValue(Point(2031, 2, 16, precision="day"))
VALUES = [DAY, HOUR, MONTH, OTHER_DAY]


def _story(articles: int) -> tuple[list[Mention], Any]:
    texts, mentions = [], []
    for n in range(articles):
        for k, event in enumerate(EVENTS):
            mentions.append(Mention(f"a{n}", len(texts), VALUES[(n + k) % len(VALUES)], (), False))
            texts.append(f"{event}, the wire from outlet {n} said.")
    sentences = [Sentence(start=0, end=len(t), text=t, entities=[]) for t in texts]
    links = [Link(a=k, b=k + len(EVENTS), score=0.9, verbatim=True) for k in range(0, len(texts) - len(EVENTS), 2)]
    return mentions, SimpleNamespace(table=SimpleNamespace(sentences=sentences), links=links)


def _plain(mentions: list[Mention], alignment: Any) -> list[Group]:
    """The definition read directly: every group of the same time, every member of it."""
    linked = {(link.a, link.b) for link in alignment.links} | {(link.b, link.a) for link in alignment.links}
    groups: list[Group] = []
    for mention in sorted(mentions, key=lambda m: (-RANK[m.value.precision], m.value.end is not None)):
        own = features(alignment, mention.sentence)
        fitting = next((g for g in groups if same_time(g.value, mention.value) and any(
            m.sentence == mention.sentence or (m.sentence, mention.sentence) in linked
            or similar(own, features(alignment, m.sentence)) for m in g.mentions)), None)
        if fitting is None:
            fitting = Group(mention.value, [])
            groups.append(fitting)
        fitting.mentions.append(mention)
    return groups


def test_the_groups_are_the_plain_definitions() -> None:
    mentions, alignment = _story(12)
    with Readings().active():
        found, plain = group_mentions(mentions, alignment), _plain(mentions, alignment)
    assert [(g.value, g.mentions) for g in found] == [(g.value, g.mentions) for g in plain]
    assert len(found) >= 6  # several groups of one year: a mention is compared with many


def test_same_time_is_read_once_per_pair_of_values(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[TimeValue, TimeValue]] = []

    def counting(a: TimeValue, b: TimeValue) -> bool:
        asked.append((a, b))
        return same_time(a, b)

    monkeypatch.setattr(events, "same_time", counting)
    mentions, alignment = _story(12)
    with Readings().active():
        group_mentions(mentions, alignment)
    assert asked and len(asked) == len(set(asked)) <= len(VALUES) ** 2
