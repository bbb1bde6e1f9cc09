"""A chamber's word alone is not the committee's name it opens (contained._panel_of): "the Senate" stays apart from
the "Senate Lumo Committee", "House Speaker" from the "House of Representatives Committee"; "the House" still heads
the "House of Representatives". Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse, holding

from newsprism.nlp.resources import NlpResources


def test_the_senate_is_not_its_committee_written_more_often(resources: NlpResources) -> None:
    index = analyse(resources, "The Senate Forestry Committee met on Monday. Senate Forestry Committee members spoke "
                               "for hours. The Senate is away until June.")
    assert holding(index, "Senate") != holding(index, "Senate Forestry Committee")


def test_the_house_speaker_is_not_the_house_committees(resources: NlpResources) -> None:
    index = analyse(resources, "Hearings of the House of Representatives Committee open in June. House Speaker Mira "
                               "Tolven chose its nine members.")
    assert holding(index, "House") != holding(index, "House of Representatives Committee")


def test_the_house_still_heads_the_house_of_representatives(resources: NlpResources) -> None:
    index = analyse(resources, "The House of Representatives passed the plan on Friday. The House will meet again "
                               "in May.")
    assert holding(index, "House") == holding(index, "House of Representatives")
