"""The cosine a new story stands for follows what the item carries: a short snippet naming nobody is expected to
share less with its story than a lead naming people and places, so it needs less to join one (issue #17)."""

from __future__ import annotations

import pytest

from newsprism.stream.features import StreamItem, item_features
from newsprism.stream.stories import JOINED, STARTED, StoryConfig, group_stories
from newsprism.stream.story_config import DENSE_SAME, MASS_RANGE, SPARSE_SAME

FERRY = ["harbour ferry strike leaves island commuters stranded ferry crews walk out over pay talks harbour",
         "ferry crews strike over pay island commuters stranded harbour services cancelled talks stall",
         "island ferry strike enters second day commuters stranded pay talks harbour union"]
ORCHARD = ["orchard frost ruins apple harvest growers count losses cold snap valley farms",
           "valley apple growers frost losses harvest cold snap orchard insurance claims"]
LATE = ("commuters queue at harbour wall as union leaders meet ministers late evening after weekend rain and wind "
        "warnings")


def test_the_reference_item_gets_the_configured_cosines() -> None:
    config = StoryConfig()
    assert config.new_cosines(config.reference_mass, True) == pytest.approx((config.sparse_new, config.dense_new))


def test_shorter_items_and_items_naming_nobody_need_less() -> None:
    config = StoryConfig()
    long_keyed, short_keyed, short_plain = (config.new_cosines(m, k) for m, k in ((60, True), (25, True), (25, False)))
    for view in (0, 1):
        assert long_keyed[view] > short_keyed[view] > short_plain[view] > 0
    assert config.new_cosines(1, False) == config.new_cosines(MASS_RANGE[0], False)  # no extrapolation
    assert config.new_cosines(500, True) == config.new_cosines(MASS_RANGE[1], True)


def test_the_fits_say_a_same_story_snippet_shares_less() -> None:
    """A 28-word snippet naming nobody (GoogleNews-TS) against a 45-term lead naming a key (the real corpora)."""
    for fit in (DENSE_SAME, SPARSE_SAME):
        assert fit.at(28, False) < 0.85 * fit.at(45, True)


def test_a_snippet_joins_on_its_scaled_cosine_and_not_on_the_unscaled_one() -> None:
    items = [StreamItem(f"ferry{n}", "", text) for n, text in enumerate(FERRY)]
    items += [StreamItem(f"orchard{n}", "", text) for n, text in enumerate(ORCHARD)]
    stream = [item_features(item) for item in [*items, StreamItem("late", "", LATE)]]
    mass = sum(stream[-1].terms.values())
    scaled = StoryConfig()
    sparse_new, _ = scaled.new_cosines(mass, keyed=False)
    unscaled = StoryConfig(sparse_new=scaled.sparse_new ** 2 / sparse_new)  # this item then faces sparse_new itself
    assert unscaled.new_cosines(mass, keyed=False)[0] == pytest.approx(scaled.sparse_new)
    joined = group_stories(stream, scaled)
    assert [d.kind for d in joined.decisions if d.item == "late"] == [JOINED]
    assert joined.assignment["late"] == joined.assignment["ferry0"]
    assert [d.kind for d in group_stories(stream, unscaled).decisions if d.item == "late"] == [STARTED]
