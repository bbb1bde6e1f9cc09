"""Online story grouping on short articles written here: joins, new stories, fading, merging, determinism."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.stream.features import FeatureConfig, ItemFeatures, StreamItem, item_features, words
from newsprism.stream.stories import FADED, JOINED, MERGED, STARTED, StoryConfig, StoryGrouper, group_stories

FLOOD = [
    ("Flood closes Elm bridge", "The river Elm burst its banks overnight and the old stone bridge was closed."),
    ("Elm bridge shut as river floods", "Council engineers closed the stone bridge after the river rose two metres."),
    ("River flooding keeps Elm bridge closed", "The flooded bridge over the Elm stays closed until the water falls."),
    ("Elm flood: bridge closure", "Drivers face detours while the river flood keeps the Elm bridge closed."),
]
MAYOR = [
    ("Oakford elects new mayor", "Voters in Oakford chose Dana Whitlow as mayor in Sunday's election."),
    ("Whitlow wins Oakford mayoral election", "Dana Whitlow won the Oakford mayoral election with 54 per cent."),
    ("Oakford's new mayor sworn in", "Mayor Dana Whitlow took office in Oakford after winning the election."),
]
CUP = [
    ("Riverton win the cup final", "Two goals from striker Ames gave Riverton the cup in the final at Hallam."),
    ("Ames double seals cup for Riverton", "Striker Ames scored twice as Riverton won the cup final."),
    ("Cup final: Riverton beat Hallam", "Riverton lifted the cup after striker Ames scored two goals in the final."),
]
EVENTS = {"flood": FLOOD, "mayor": MAYOR, "cup": CUP}
DAY = datetime(2026, 3, 2, 9, 0)


def items(pairs: list[tuple[str, str]], prefix: str, start: datetime | None = None) -> list[ItemFeatures]:
    return [item_features(StreamItem(f"{prefix}{n}", title, lead, published=None if start is None
                                     else start + timedelta(hours=n)))
            for n, (title, lead) in enumerate(pairs)]


def interleaved(*streams: list[ItemFeatures]) -> list[ItemFeatures]:
    out = []
    for n in range(max(len(s) for s in streams)):
        out += [s[n] for s in streams if n < len(s)]
    return out


def stories_of(assignment: dict[str, str], ids: list[str]) -> set[str]:
    return {assignment[i] for i in ids}


@pytest.mark.parametrize("name", sorted(EVENTS))
def test_reports_of_one_event_join_one_story(name: str) -> None:
    stream = items(EVENTS[name], name)
    result = group_stories(stream)
    assert len(stories_of(result.assignment, [i.id for i in stream])) == 1
    kinds = [d.kind for d in result.decisions]
    assert kinds == [STARTED] + [JOINED] * (len(stream) - 1)
    assert all(d.score is not None and d.score > 0 for d in result.decisions if d.kind == JOINED)


@pytest.mark.parametrize(("first", "second"), [("flood", "mayor"), ("flood", "cup"), ("mayor", "cup")])
def test_different_events_stay_apart(first: str, second: str) -> None:
    a, b = items(EVENTS[first], first), items(EVENTS[second], second)
    result = group_stories(interleaved(a, b))
    story_a = stories_of(result.assignment, [i.id for i in a])
    story_b = stories_of(result.assignment, [i.id for i in b])
    assert len(story_a) == 1 and len(story_b) == 1 and story_a != story_b


@pytest.mark.parametrize(("gap_hours", "same_story"), [(24, True), (71, True), (100, False), (24 * 10, False)])
def test_a_dated_story_fades_after_its_window(gap_hours: int, same_story: bool) -> None:
    early = items(FLOOD[:2], "early", DAY)
    late = items(FLOOD[2:3], "late", DAY + timedelta(hours=1 + gap_hours))
    result = group_stories(early + late, StoryConfig(fade_hours=72, merge_every=1))
    assert (result.assignment["late0"] == result.assignment["early0"]) is same_story
    faded = [d.story for d in result.decisions if d.kind == FADED]
    assert faded == ([] if same_story else [result.assignment["early0"]])


def test_an_undated_story_fades_after_its_window_in_items_and_stays_in_the_result() -> None:
    config = StoryConfig(fade_items=4, merge_every=1)
    grouper = StoryGrouper(config)
    for item in items(FLOOD[:2], "flood") + items(MAYOR, "mayor") + items(CUP[:2], "cup") + items(FLOOD[2:], "late"):
        grouper.add(item)
    result = grouper.result()
    faded = [d for d in result.decisions if d.kind == FADED]
    assert faded and faded[0].story == result.assignment["flood0"]
    assert result.assignment["late0"] != result.assignment["flood0"]
    first = next(s for s in result.stories if s.id == result.assignment["flood0"])
    assert first.members == ("flood0", "flood1") and not first.active


def test_stories_that_converge_merge_and_the_merge_is_recorded() -> None:
    fire = [
        ("Warehouse explosion in Brill", "An explosion tore through a warehouse in Brill."),
        ("Harbour fire spreads to docks", "Fire spread along the harbour docks overnight."),
    ]
    both = [("Brill warehouse explosion starts harbour fire",
             "The warehouse explosion in Brill started a fire that spread along the harbour docks.")] * 6
    stream = items(fire, "first") + items(both, "later")
    result = group_stories(stream, StoryConfig(merge_every=1, sparse_weight=0.0, evidence_weight=0.0))
    assert [(d.kind, d.story) for d in result.decisions[:2]] == [(STARTED, "s1"), (STARTED, "s2")]
    merges = [d for d in result.decisions if d.kind == MERGED]
    assert len(merges) == 1 and (merges[0].story, merges[0].other) == ("s1", "s2")
    assert merges[0].score is not None and merges[0].score >= StoryConfig().merge_threshold
    assert len(set(result.assignment.values())) == 1
    gone = next(s for s in result.stories if s.id == "s2")
    assert gone.merged_into == "s1" and not gone.active


def test_entities_and_title_weight_make_terms() -> None:
    item = StreamItem("x", "Merkel visits Paris", "The chancellor met the president.", ("Angela  Merkel", " "))
    terms = item_features(item, FeatureConfig(title_weight=2.0, entity_weight=3.0)).terms
    assert terms["merkel"] == 2.0 and terms["chancellor"] == 1.0 and terms["@angela merkel"] == 3.0
    assert "the" not in terms and words("A b cd") == ["cd"]


def test_shared_entities_show_in_the_story() -> None:
    stream = [item_features(StreamItem(f"m{n}", title, lead, ("Dana Whitlow", "Oakford")))
              for n, (title, lead) in enumerate(MAYOR)]
    story = group_stories(stream).stories[0]
    assert dict(story.entities) == {"dana whitlow": 3.0, "oakford": 3.0}
    assert "oakford" in story.top_terms


def test_embeddings_keep_events_apart_and_together(encoder) -> None:  # type: ignore[no-untyped-def]
    pairs = [(name, t, lead) for name, event in EVENTS.items() for t, lead in event]
    vectors = encoder.encode([f"{t}. {lead}" for _, t, lead in pairs]).vectors
    stream = [item_features(StreamItem(f"{name}{n}", t, lead, vector=vectors[n]))
              for n, (name, t, lead) in enumerate(pairs)]
    result = group_stories(interleaved(*[[i for i in stream if i.id.startswith(name)] for name in EVENTS]))
    for name in EVENTS:
        assert len(stories_of(result.assignment, [i.id for i in stream if i.id.startswith(name)])) == 1
    assert len(set(result.assignment.values())) == len(EVENTS)


POOL = items(FLOOD, "f") + items(MAYOR, "m") + items(CUP, "c")


@settings(max_examples=40, deadline=None)
@given(st.permutations(range(len(POOL))), st.integers(min_value=1, max_value=5))
def test_grouping_is_deterministic_and_a_partition(order: list[int], merge_every: int) -> None:
    stream = [POOL[n] for n in order]
    config = StoryConfig(merge_every=merge_every)
    first, second = group_stories(stream, config), group_stories(stream, config)
    assert first.decisions == second.decisions and first.assignment == second.assignment
    assert sorted(first.assignment) == sorted(i.id for i in stream)
    members = [m for s in first.stories if s.merged_into is None for m in s.members]
    assert sorted(members) == sorted(first.assignment)
    placed = [d.item for d in first.decisions if d.kind in (JOINED, STARTED)]
    assert placed == [i.id for i in stream]
