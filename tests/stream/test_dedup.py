"""Near-duplicate groups on short articles written here: reprints, rewrites, originals, look-alikes kept apart."""

from __future__ import annotations

import pytest

from newsprism.stream.dedup import DAY, DedupConfig, DedupItem, Deduplicator, find_duplicates

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
    dedup = Deduplicator(DedupConfig(window_days=1))
    dedup.add([_item("library", LIBRARY, 0)])
    dedup.add([_item("first", FERRY, 3 * 24)])
    dedup.add([_item("library-again", LIBRARY, 3 * 24 + 1), _item("reprint", FERRY_REPRINT, 3 * 24 + 2)])
    assert {g.members for g in dedup.groups()} == {("first", "reprint")}
    assert len(dedup.rows.ids) == 3
    assert DAY == 24 * HOUR
