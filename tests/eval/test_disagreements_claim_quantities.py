"""Issue #18: the scorer reads a side's claim with the one value reader's counts as well as its numbers, so a
count written without a figure ('a pair of straight jabs') is the labelled 2 (texts invented)."""

from newsprism.eval.disagreement_labels import Label, LabelledStory
from newsprism.eval.disagreements import claim_values, score_story
from newsprism.model import Conflict, ConflictSide, Evidence


def _side(claim: str, article: str) -> ConflictSide:
    return ConflictSide(claim=claim, evidence=[Evidence(article=article, start=0, end=1, text="x")], articles=1,
                        origins=1)


def test_a_pair_of_is_two() -> None:
    assert 2.0 in claim_values("a pair of straight jabs")


def test_a_count_without_a_figure_meets_its_label() -> None:
    label = Label(real=True, measure="jabs", values={"5_1ecb": ("2",), "5_2ecb": ("4",)}, line=1)
    story = LabelledStory(source="ecbplus", where="5/ecb", sha1="-", labels=[label])
    conflict = Conflict(kind="number", about="how many jabs", explanation="",
                        sides=[_side("a pair of straight jabs", "5_1ecb"), _side("four straight jabs", "5_2ecb")])
    assert score_story(story, [conflict]).found == [label]
