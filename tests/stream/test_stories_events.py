"""A story is one event: names and dates keep look-alike events apart, a story grown over two events splits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest

from newsprism.stream.events import EventRules
from newsprism.stream.features import FeatureConfig, ItemFeatures, StreamItem, item_features, names, numbers
from newsprism.stream.scoring import KeyFrequency, evidence, key_parts, own_evidence, weigh
from newsprism.stream.stories import JOINED, SPLIT, STARTED, StoryConfig, group_stories

DAY = datetime(2026, 5, 4, 8, 0)


def shooting(town: str, victim: str, n: int, when: datetime = DAY, street: str = "Linden") -> StreamItem:
    return StreamItem(f"{town}{n}", f"Two wounded in shooting in {town}",
                      f"Police in {town} said two men were wounded on {street} Avenue late on Sunday. "
                      f"One of them, {victim}, was taken to hospital.", published=when + timedelta(hours=n))


def test_two_shootings_in_two_towns_on_one_day_are_two_stories() -> None:
    stream = [item_features(shooting(town, victim, n, street=street)) for n in range(3)
              for town, victim, street in (("Elmwood", "Harlan Pike", "Linden"), ("Stonebridge", "Orrin Tate", "Cole"))]
    result = group_stories(stream)
    elmwood = {result.assignment[f"Elmwood{n}"] for n in range(3)}
    stonebridge = {result.assignment[f"Stonebridge{n}"] for n in range(3)}
    assert len(elmwood) == 1 and len(stonebridge) == 1 and elmwood != stonebridge


def test_without_event_keys_the_same_text_would_be_one_story() -> None:
    """The control of the test above: the gate, not the words, keeps them apart."""
    stream = [item_features(shooting(town, victim, n)) for n in range(3)
              for town, victim in (("Elmwood", "Harlan Pike"), ("Stonebridge", "Orrin Tate"))]
    loose = StoryConfig(key_evidence=0.0, evidence_weight=0.0, sparse_new=0.05, split_min=100)
    assert len(set(group_stories(stream, loose).assignment.values())) == 1


@pytest.mark.parametrize(("days", "joins"), [(20, True), (45, False)])
def test_an_article_far_outside_the_window_needs_strong_evidence_and_to_be_within_reach(days: int,
                                                                                         joins: bool) -> None:
    early = [item_features(shooting("Elmwood", "Harlan Pike", n)) for n in range(2)]
    later = shooting("Elmwood", "Harlan Pike", 2, when=DAY + timedelta(days=days))
    weak = StreamItem("weak", "Two wounded in shooting", "Police said two men were wounded late on Sunday.",
                      published=DAY + timedelta(days=days))
    result = group_stories([*early, item_features(weak), item_features(later)],
                           StoryConfig(fade_hours=24 * 60, strong_evidence=4.0, reach_hours=30 * 24))
    assert (result.assignment["Elmwood2"] == result.assignment["Elmwood0"]) is joins  # same town and victim
    assert result.assignment["weak"] != result.assignment["Elmwood0"]


def test_a_story_grown_over_two_events_splits_and_the_split_is_recorded() -> None:
    stream = [item_features(shooting(town, victim, n, street=street)) for town, victim, street in
              (("Elmwood", "Harlan Pike", "Linden"), ("Stonebridge", "Orrin Tate", "Cole")) for n in range(3)]
    loose = StoryConfig(key_evidence=0.0, evidence_weight=0.0, sparse_new=0.05, merge_every=1)
    result = group_stories(stream, loose)
    splits = [d for d in result.decisions if d.kind == SPLIT]
    assert len(splits) == 1 and splits[0].other == "s1" and splits[0].story == "s2"
    assert splits[0].members == ("Stonebridge0", "Stonebridge1")
    assert {result.assignment[f"Elmwood{n}"] for n in range(3)} == {"s1"}
    assert {result.assignment[f"Stonebridge{n}"] for n in range(3)} == {"s2"}
    assert [d.kind for d in result.decisions if d.item == "Stonebridge2"] == [JOINED]
    assert group_stories(stream, loose).decisions == result.decisions


def test_no_split_without_two_keyed_parts() -> None:
    stream = [item_features(shooting("Elmwood", "Harlan Pike", n)) for n in range(6)]
    result = group_stories(stream, StoryConfig(merge_every=1))
    assert [d.kind for d in result.decisions] == [STARTED] + [JOINED] * 5


def test_names_are_capitalised_words_that_are_no_sentence_start_office_or_outlet() -> None:
    item = StreamItem("x", "Teen shot near Rocky Mount court",
                      "ROCKY MOUNT (WKXT) - Police said on Sunday that Officer Dale Brook's report named "
                      "a 17-year-old. The shooting was at 1200 Main Street in 2025.", outlet="WKXT")
    found = names(item, FeatureConfig().title_case_share)
    assert found[:2] == ["rocky", "mount"] and "dale" in found and "brook" in found
    assert not {"police", "sunday", "officer", "the", "wkxt", "teen"} & set(found)
    assert numbers(item.lead) == ["17", "1200"]
    title_case = StreamItem("y", "Teen Shot Near Rocky Mount Court", "A boy was hurt.")
    assert names(title_case, FeatureConfig().title_case_share) == []
    terms = item_features(item).terms
    assert terms["^rocky"] == 1.0 and terms["#17"] == 1.0


def test_key_parts_link_members_through_shared_specific_keys() -> None:
    members = [("a", ["^x"]), ("b", ["^y"]), ("c", ["^x", "^z"]), ("d", []), ("e", ["^common", "^y"])]
    assert key_parts(members, lambda k: k != "^common") == [["a", "c"], ["b", "e"]]
    frequency = KeyFrequency(floor=10)
    frequency.add(["^x"])
    assert frequency.idf("^x") < frequency.idf("^never")




@dataclass
class _Span:
    members: list[str]
    counts: dict[str, float]
    keyed: float
    first: datetime | None
    last: datetime | None
    held: dict[str, ItemFeatures] = field(default_factory=dict)


def test_outside_the_window_only_the_story_s_own_keys_count() -> None:
    """A follow-up ten days later naming the victim may join; a look-alike ten days later sharing four rare keys
    that many stories name (the city's two words, the station, the quay) may not, though their summed rarity is
    higher."""
    frequency = KeyFrequency(floor=100)
    for n in range(200):
        frequency.add(["^port", "^averly", "^kpav", "^quay"] if n % 25 == 0 else [f"^other{n}"])
    for _ in range(3):
        frequency.add(["^harlan", "^pike"])
    span = _Span(["a", "b"], {"^port": 2, "^averly": 2, "^kpav": 2, "^quay": 2, "^harlan": 2, "^pike": 2}, 12.0,
                 DAY, DAY + timedelta(hours=5))
    rules = EventRules(StoryConfig(), frequency)
    month = DAY + timedelta(days=10)  # outside the window, within reach
    city = ["^port", "^averly", "^kpav", "^quay"]
    assert evidence(weigh(city, frequency, 5.0), span.counts) > 12  # the summed rarity alone would let it in
    assert own_evidence(weigh(city, frequency, 5.0), span.counts, frequency) < StoryConfig().strong_evidence
    assert rules.support(rules.weigh(city), month, span) is None
    assert rules.support(rules.weigh(["^harlan", "^pike", "^port"]), month, span) is not None
    inside = DAY + timedelta(hours=8)
    assert rules.support(rules.weigh(city), inside, span) is not None  # inside the window the gate only


def test_a_name_opens_a_sentence_by_the_three_characters_before_it() -> None:
    """names() reads each capitalised word's sentence opening in place (search from 3 characters before it):
    the same words as reading a copy of those 3 characters, at the text's start, after a break and mid-sentence."""
    from newsprism.stream.features import CAPITALISED, SENTENCE_BREAK

    def opening(text: str, start: int) -> bool:
        return SENTENCE_BREAK.search(text[max(0, start - 3):start]) is not None

    texts = ["Ann met Bo Carr. Dee saw Eli", "X: Yale Zed; Quinn (Rhea) - Sol \"Tam\" Uma|Vic\n Wes",
             "A\nBram Cole \u2014 Dana Ewer\u2013Fay Gil? Hal!  Ida", "Jo"]
    kinds = set()
    for text in texts:
        read = [opening(text, m.start()) for m in CAPITALISED.finditer(text)]
        in_place = [SENTENCE_BREAK.search(text, max(0, m.start() - 3), m.start()) is not None
                    for m in CAPITALISED.finditer(text)]
        assert in_place == read
        kinds.update(read)
    assert kinds == {True, False}
    item = StreamItem("z", "", texts[0])
    assert names(item, FeatureConfig().title_case_share) == ["bo", "carr", "eli"]
