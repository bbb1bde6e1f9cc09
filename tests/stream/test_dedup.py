"""Near-duplicate groups on short articles written here: reprints, rewrites, originals, look-alikes kept apart."""

from __future__ import annotations

import itertools
import random
from datetime import datetime

import pytest

from newsprism.stream.dedup import DAY, LATE_REASON, Deduplicator, find_duplicates
from newsprism.stream.dedup_records import DedupConfig, DedupItem
from newsprism.stream.synthetic import backfill_stream, synthetic_stream

HOUR = 3600.0
PARAGRAPHS = "\n\n"
FERRY = PARAGRAPHS.join((
    'Ferry timetable changes from May',
    'The harbour board approved a new ferry timetable on Monday after three months of talks with island '
    'residents.',
    'Boats will leave the north pier every forty minutes from the first of May, instead of every hour, '
    "and the last crossing of the night moves from ten to eleven o'clock.",
    'Board chair Ruth Anand said the change answers the most common complaint the board heard: that '
    'commuters who work late could not get home. The extra sailings will cost about 310,000 a year, paid '
    'for by a small rise in car fares.',
    'Residents of Tarn Island, where most of the riders live, welcomed the plan but asked for a second '
    'boat on summer weekends.',
))
FERRY_REPRINT = PARAGRAPHS.join((
    'Ferry timetable changes from May',
    'By Ola Brandt | Coast Weekly',
    'The harbour board approved a new ferry timetable on Monday after three months of talks with island '
    'residents.',
    'Boats will leave the north pier every forty minutes from the first of May, instead of every hour, '
    "and the last crossing of the night moves from ten to eleven o'clock.",
    'Board chair Ruth Anand said the change answers the most common complaint the board heard: that '
    'commuters who work late could not get home. The extra sailings will cost about 310,000 a year, paid '
    'for by a small rise in car fares.',
    'Copyright Coast Weekly. All rights reserved.',
))
FERRY_REWRITE = PARAGRAPHS.join((
    'New ferry timetable from May',
    'The harbour board approved a fresh ferry timetable on Monday following three months of talks with '
    'island residents. From the first of May boats will leave the north pier every forty minutes rather '
    "than every hour, and the final crossing of the night moves from ten to eleven o'clock.",
    'Residents of Tarn Island, where most riders live, welcomed the plan yet asked for a second boat on '
    'summer weekends.',
    'The change answers the complaint the board heard most, board chair Ruth Anand stated: commuters who '
    'work late could not get home. The added sailings will cost roughly 325,000 per year, funded by a '
    'modest rise in car fares.',
))
FERRY_OTHER_OUTLET = PARAGRAPHS.join((
    'Islanders get later boat home',
    'Commuters on Tarn Island will no longer be stranded on the mainland after evening shifts, the port '
    'authority promised this week.',
    'A revised schedule adds sailings throughout the day and a final departure at eleven at night. Fares '
    'for cars go up to cover it.',
    'Some islanders told us a single boat is still too small for the summer crowds, and that queues at '
    'the north pier can last an hour on Saturdays.',
))
LIBRARY = PARAGRAPHS.join((
    'Library reopens after roof repair',
    'The central library on Mill Street reopened on Saturday after eight months of repairs to its leaking'
    ' roof.',
    'Workers replaced the slate tiles, the lead gutters and most of the timber above the reading room, '
    'where buckets had stood on the floor for two winters.',
    "The children's section has moved to the ground floor, and the library will stay open until eight on "
    'Thursdays. Librarian Tomas Petrov said visitors had returned the first morning, many of them '
    'carrying books borrowed before the closure.',
))


def _item(item_id: str, text: str, hours: float, outlet: str | None = None, credit: str | None = None) -> DedupItem:
    return DedupItem(item_id, text, hours * HOUR, outlet, credit)


def _groups(items: list[DedupItem]) -> dict[frozenset[str], dict[str, str]]:
    return {frozenset(g.members): dict(g.kinds) | {"original": g.original} for g in find_duplicates(items)}


def test_a_reprint_is_grouped_and_the_earliest_is_the_original() -> None:
    groups = _groups([_item("reprint", FERRY_REPRINT, 5), _item("first", FERRY, 1), _item("library", LIBRARY, 2)])
    assert groups == {frozenset({"first", "reprint"}): {"first": "original", "reprint": "reprint",
                                                        "original": "first"}}


def test_the_credited_outlet_is_the_original_even_when_published_later() -> None:
    items = [_item("wire", FERRY, 3, outlet="Harbour Wire"),
             _item("copy", FERRY_REPRINT, 1, outlet="Coast Weekly", credit="harbour wire")]
    (group,) = find_duplicates(items)
    assert group.original == "wire"


def test_a_rewrite_is_found_and_marked_as_one() -> None:
    groups = _groups([_item("first", FERRY, 1), _item("retold", FERRY_REWRITE, 20)])
    assert groups == {frozenset({"first", "retold"}): {"first": "original", "retold": "rewrite",
                                                       "original": "first"}}


def test_articles_on_the_same_story_by_other_outlets_are_not_grouped() -> None:
    assert find_duplicates([_item("first", FERRY, 1), _item("other", FERRY_OTHER_OUTLET, 2),
                            _item("library", LIBRARY, 3)]) == []


@pytest.mark.parametrize(("hours", "grouped"), [(24.0, True), (6 * 24.0, True), (8 * 24.0, False)])
def test_only_articles_within_the_window_are_matched(hours: float, grouped: bool) -> None:
    dedup = Deduplicator(DedupConfig(window_days=7))
    dedup.add([_item("first", FERRY, 0)])
    dedup.add([_item("library", LIBRARY, hours / 2)])
    (decision,) = dedup.add([_item("reprint", FERRY_REPRINT, hours)])
    assert decision.duplicate is grouped
    assert len(dedup.groups()) == int(grouped)


def test_decisions_say_why() -> None:
    dedup = Deduplicator()
    (first,) = dedup.add([_item("first", FERRY, 0)])
    assert not first.duplicate and "no stored article" in first.reason
    (second,) = dedup.add([_item("reprint", FERRY_REPRINT, 1)])
    assert second.duplicate and second.reason.startswith("reprint of first")
    assert second.links[0].shingle_jaccard >= DedupConfig().reprint_jaccard


def test_batches_and_order_give_the_same_groups() -> None:
    items = [_item("first", FERRY, 1), _item("reprint", FERRY_REPRINT, 2), _item("retold", FERRY_REWRITE, 3),
             _item("other", FERRY_OTHER_OUTLET, 4), _item("library", LIBRARY, 5)]
    whole = find_duplicates(items)
    one_by_one = Deduplicator()
    for item in items:
        one_by_one.add([item])
    assert [g.members for g in whole] == [g.members for g in one_by_one.groups()]
    assert whole[0].members == ("first", "reprint", "retold")


def test_evicted_rows_are_reused_without_mixing_articles_up() -> None:
    dedup = Deduplicator(DedupConfig(window_days=1, late_days=0))
    dedup.add([_item("library", LIBRARY, 0)])
    dedup.add([_item("first", FERRY, 3 * 24)])
    dedup.add([_item("library-again", LIBRARY, 3 * 24 + 1), _item("reprint", FERRY_REPRINT, 3 * 24 + 2)])
    assert {g.members for g in dedup.groups()} == {("first", "reprint")}
    assert len(dedup.rows.ids) == 3
    assert DAY == 24 * HOUR


def test_a_late_feed_item_is_matched_against_an_old_one() -> None:
    """A live feed has moved ten days on when a week-late feed delivers a reprint of a story from day 0."""
    dedup = Deduplicator()
    dedup.add([_item("first", FERRY, 0)])
    for day in range(1, 11):
        dedup.add([_item(f"live-{day}", f"{LIBRARY} Day {day} of the reopening.", day * 24)])
    (late,) = dedup.add([_item("late-reprint", FERRY_REPRINT, 2)])
    assert late.duplicate and late.reason.startswith("reprint of first")


def test_a_batch_straddling_a_jump_in_time_keeps_what_its_first_articles_need() -> None:
    """A batch whose first article is a reprint from day 1 and whose many others are from day 60 (a feed that
    jumps ahead mid-batch): its median moves the newest on 59 days, but the reprint is still in reach and
    meets its original, as it would in published order."""
    dedup = Deduplicator(DedupConfig(window_days=7, late_days=14))
    dedup.add([_item("first", FERRY, 0)])
    later = [_item(f"later-{n}", f"{LIBRARY} Note {n} of the season.", 60 * 24 + n) for n in range(5)]
    reprint, *_ = dedup.add([_item("reprint", FERRY_REPRINT, 24), *later])
    assert reprint.duplicate and reprint.reason.startswith("reprint of first")
    dedup.add([_item("next", LIBRARY, 61 * 24)])
    assert "first" not in dedup.rows.ids, "the next batch evicts what no article in reach needs any more"


def test_an_item_later_than_the_kept_history_says_so() -> None:
    dedup = Deduplicator(DedupConfig(window_days=1, late_days=2))
    dedup.add([_item("first", FERRY, 0)])
    dedup.add([_item("live", LIBRARY, 10 * 24)])
    (late,) = dedup.add([_item("late-reprint", FERRY_REPRINT, 1)])
    assert not late.duplicate and late.reason == LATE_REASON


def test_one_link_per_article_joined_and_the_same_groups() -> None:
    """Ten reprints of one article pass with each other (45 pairs more); the links kept are one per article
    joined, and the group is the same."""
    copies = [_item(f"copy-{n}", f"Edition {n}. {FERRY_REPRINT}", 2 + n) for n in range(10)]
    dedup = Deduplicator()
    dedup.add([_item("first", FERRY, 1)])
    dedup.add(copies[:5])
    dedup.add(copies[5:])
    (group,) = dedup.groups()
    assert set(group.members) == {"first", *(c.id for c in copies)} and group.original == "first"
    assert len(dedup.links) == 10
    assert all(kind in ("original", "reprint") for _, kind in group.kinds)


BACKFILL = DedupConfig(window_days=0.5, late_days=1.0)
"""A window of 12 hours (every planted copy is published within 10 hours of its original) and a late feed 18 hours
behind: the 400-article stream spans two days, so both shrink to scale."""


@pytest.mark.parametrize(("order", "config"), [("backfill", BACKFILL), ("shuffled", DedupConfig())])
def test_recall_is_the_same_in_any_order_of_arrival(order: str, config: DedupConfig) -> None:
    """A small synthetic stream, as a late feed interleaved with a live one (deliveries of one batch), or
    shuffled, gives the duplicate groups it gives in published order."""
    articles = synthetic_stream(400, seed=13)
    items = {a.id: DedupItem(a.id, a.text, datetime.fromisoformat(a.published).timestamp(), a.outlet)
             for a in articles}
    arrival = ([a.id for a in backfill_stream(400, late_days=0.75, seed=13, delivery=32)] if order == "backfill"
               else random.Random(3).sample(list(items), len(items)))
    assert arrival != list(items)
    found = [_stream_groups([items[i] for i in ids], config) for ids in (list(items), arrival)]
    assert found[0] == found[1]
    planted = [(a.id, a.copy_of) for a in articles if a.copy_of]
    grouped = {pair for members in found[0] for pair in itertools.combinations(members, 2)}
    assert sum(tuple(sorted(p)) in grouped for p in planted) >= 0.9 * len(planted)


def _stream_groups(items: list[DedupItem], config: DedupConfig) -> set[tuple[str, ...]]:
    dedup = Deduplicator(config)
    for start in range(0, len(items), 32):
        dedup.add(items[start:start + 32])
    return {g.members for g in dedup.groups()}
