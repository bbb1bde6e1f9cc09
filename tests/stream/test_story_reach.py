"""The grouper reads every candidate story's reach from arrays (:class:`~newsprism.stream.spans.StorySpans`) and
checks the date once: the same stories and decisions as checking each story's reach, quiet and date one Python
call at a time, with the date checked again beside the key gate (the grouper before issue #17's speed pass)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from newsprism.stream import scoring
from newsprism.stream.events import EventRules, EventSpan, gap_hours
from newsprism.stream.features import ItemFeatures, StreamItem, item_features
from newsprism.stream.spans import StorySpans
from newsprism.stream.stories import StoryConfig, StoryGrouper, group_stories

TOWNS = ["Elmwood", "Stonebridge", "Harrowgate", "Quillby", "Dorwen", "Yarrow", "Fenmoor", "Ashcombe"]
FIRST = ["Harlan", "Orrin", "Tamsin", "Bram", "Dana", "Ewan", "Rhea", "Quinn", "Sollie", "Wes", "Ida", "Corin"]
LAST = ["Pike", "Tate", "Hale", "Cole", "Ewer", "Marsh", "Vance", "Lund"]
STREETS = ["Linden", "Cole", "Mercer", "Birch", "Harbor", "Kestrel"]
DAY = datetime(2026, 4, 6, 7, 0, tzinfo=UTC)


def reports(n: int) -> list[StreamItem]:
    """One shooting (the n-th): three same-day reports, a follow-up naming the victim six days later (outside the
    window, within reach), a look-alike in the same town seven days later, and the victim named again 18 days
    later (out of reach); the 5th report of every 7th event undated."""
    town, victim, street = TOWNS[n % len(TOWNS)], f"{FIRST[n % 12]} {LAST[n % 8]}", STREETS[n % 6]
    when = DAY + timedelta(hours=31 * n, minutes=7 * n)
    texts = [
        (f"Two wounded in shooting in {town}", f"Police in {town} said two men were wounded on {street} Avenue late "
         f"on Sunday. One of them, {victim}, was taken to hospital.", 0),
        (f"{town} shooting leaves two hurt", f"Officers were called to {street} Avenue in {town} after shots were "
         f"fired. {victim} remains in hospital, police said.", 3),
        (f"Police seek gunman after {town} shooting", f"Detectives in {town} asked witnesses of the {street} Avenue "
         f"shooting to come forward. {victim} was hurt.", 9),
        (f"{victim} named as {town} shooting victim", f"Police named {victim}, 34, as the man shot on {street} "
         f"Avenue in {town} last week. He is recovering.", 24 * 6 + 5),
        (f"Another shooting in {town}", f"Police in {town} said a man was wounded on a street near the station on "
         f"Saturday night. Officers are looking for witnesses.", 24 * 7 + 2),
        (f"{victim} leaves hospital", f"{victim}, wounded in a shooting on {street} Avenue in {town}, went home "
         f"on Friday, his family said.", 24 * 18),
    ]
    return [StreamItem(f"e{n}r{r}", title, lead, published=None if (r == 4 and n % 7 == 0) else
                       when + timedelta(hours=hours)) for r, (title, lead, hours) in enumerate(texts)]


def stream(events: int = 40, seed: int = 5) -> list[ItemFeatures]:
    """The reports in arrival order: a third of them (a late feed) arrive eight days after their date, the rest
    on it, with small shuffles within an hour."""
    rng = random.Random(seed)
    arriving = []
    for n in range(events):
        for item in reports(n):
            at = item.published or DAY + timedelta(hours=31 * n + 100)
            late = timedelta(days=8) if rng.random() < 1 / 3 else timedelta(0)
            arriving.append((at + late + timedelta(minutes=rng.randint(0, 59)), item.id, item))
    return [item_features(item) for _, _, item in sorted(arriving, key=lambda a: (a[0], a[1]))]


class _CheckedTwice(EventRules):
    """The key gate as ``support`` had it: the date checked again (the item's, set before each item)."""

    published: datetime | None = None

    def gate(self, weighed: list[tuple[str, float]], span: EventSpan) -> float | None:
        found = scoring.evidence(weighed, span.counts)
        if weighed and span.keyed and found < self.config.key_evidence:
            return None
        return found if self.in_reach(weighed, self.published, span) else None


class _OneAtATime(StoryGrouper):
    """The candidate search as it was: every story's quiet and reach one call each, in ranking order."""

    def __init__(self, config: StoryConfig) -> None:
        super().__init__(config)
        self._events = _CheckedTwice(config, self._keys)
        self.seen: dict[str, int] = {}

    def _candidates(self, item: ItemFeatures, weighed: list[tuple[str, float]]) -> list[int]:
        states, rules = self._states, self._events
        assert isinstance(rules, _CheckedTwice)
        rules.published = item.published

        def live(number: int) -> bool:
            state = states[number]
            ok = not self._stale(state, None) and rules.in_reach(weighed, item.published, state)
            gap = gap_hours(item.published, state)
            kind = ("quiet" if self._stale(state, None) else "window" if gap <= self.config.window_hours
                    else "out" if gap > self.config.reach_hours else f"evidence {ok}")
            self.seen[kind] = self.seen.get(kind, 0) + 1
            return ok

        if self.config.sparse_weight:
            found, self._dots = self._postings.nearest(self._sparse, self.config.candidates, live)
            return found
        self._dots = self._postings.dots(self._sparse)
        return sorted(n for n in self._dots if live(n))


def _run(grouper: StoryGrouper, items: list[ItemFeatures]) -> tuple[list[object], dict[str, str]]:
    for item in items:
        grouper.add(item)
    result = grouper.result()
    return result.decisions, result.assignment


EVERY_CASE = {"window", "out", "evidence True", "evidence False"}
CONFIGS = {
    "default": (StoryConfig(merge_every=40), EVERY_CASE),
    "lexical scan": (StoryConfig(merge_every=40, sparse_weight=0.0), EVERY_CASE),
    "few candidates, quiet after 15 items": (StoryConfig(merge_every=40, candidates=3, fade_items=15),
                                             EVERY_CASE - {"out"} | {"quiet"}),  # the stories out of reach are quiet
}


@pytest.mark.parametrize("name", list(CONFIGS))
def test_the_reach_read_from_arrays_takes_the_same_decisions(name: str) -> None:
    (config, cases), items = CONFIGS[name], stream()
    reference = _OneAtATime(config)
    before, after = _run(reference, items), _run(StoryGrouper(config), items)
    assert after == before
    assert cases <= set(reference.seen)  # the stream meets each case of the reach: a wrong one would change stories
    unbounded = StoryConfig(merge_every=40, window_hours=1e6, reach_hours=1e6, sparse_weight=config.sparse_weight,
                            candidates=config.candidates, fade_items=config.fade_items)
    assert group_stories(items, unbounded).assignment != after[1]  # the dates change stories on this stream


def test_a_story_s_gap_from_arrays_is_the_same_float_as_from_its_dates() -> None:
    rng = random.Random(11)
    spans, dates = StorySpans(), {}
    for number in range(300):
        first = DAY + timedelta(seconds=rng.uniform(-4e6, 4e6), microseconds=rng.randint(0, 999_999))
        last = first + timedelta(seconds=rng.uniform(0, 2e6), microseconds=rng.randint(0, 999_999))
        dated = number % 17 != 0
        dates[number] = (first, last) if dated else (None, None)
        spans.note(number, *dates[number], position=number)
    numbers = np.array(rng.sample(range(300), 200), dtype=np.int64)
    for _ in range(50):
        when = DAY + timedelta(seconds=rng.uniform(-6e6, 6e6), microseconds=rng.randint(0, 999_999))
        got = spans.gap_hours(numbers, when).tolist()
        want = [gap_hours(when, _Span(*dates[n])) for n in numbers.tolist()]
        assert got == want  # equal floats, not merely close
        assert any(g > 0 for g in got) and any(g == 0 for g in got)
    assert spans.gap_hours(numbers, None).tolist() == [0.0] * len(numbers)
    assert spans.quiet(numbers, 310, 100).tolist() == [310 - n > 100 for n in numbers.tolist()]


class _Span:
    def __init__(self, first: datetime | None, last: datetime | None) -> None:
        self.first, self.last = first, last
