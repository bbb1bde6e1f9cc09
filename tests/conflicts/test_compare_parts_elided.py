"""Issue #18: a part of a bout or game named by its ordinal alone ('in the fifth') is a part, as 'during the round'
is, so two counts of one round meet; an ordinal before a name ('the Ninth Ward') is none (texts invented)."""

import pytest

from newsprism.conflicts.compare import in_part


@pytest.mark.parametrize("text", ["Vane went down from three straight jabs in the fifth.",
                                  "In the fifth Okoro landed a pair of jabs to drop Vane.",
                                  "In the 7th, the Owls scored twice.",
                                  "The Larks tied it late in the fourth."])
def test_an_ordinal_alone_is_a_part(text: str) -> None:
    assert in_part(text)


@pytest.mark.parametrize("text", ["She was in the third grade then.", "In the first place, he said, it was late.",
                                  "He came in the fifth car of the train.",
                                  "Turnout fell in the Seventh Ward contest, clerks said.",
                                  "Both sat in the 114th Assembly before the vote.",
                                  "He served in the 212th Signal Battalion for two years."])
def test_an_ordinal_before_another_noun_or_a_name_is_none(text: str) -> None:
    assert not in_part(text)
