"""Issue #18, round 26: a value wide enough to meet two values that do not meet each other ('about 2,000 feet' is
both 'about 600 metres' and '700 metres') takes no side, so it no longer joins the two real sides into one
(sentences and stories written for these tests)."""

from __future__ import annotations

from pipeline_input import story_conflicts

from newsprism.conflicts.wide_claims import wide_claims
from newsprism.values import quantities


def _length(text: str):
    return next(q for q in quantities(text) if q.dimension == "length")


def test_a_value_meeting_two_disagreeing_values_is_wide() -> None:
    values = {"a": _length("fell about 2,000 feet"), "b": _length("fell about 600 metres"),
              "c": _length("fell 700 metres")}
    assert wide_claims(values) == {"a"}


def test_values_that_all_agree_or_all_differ_are_not_wide() -> None:
    assert wide_claims({"a": _length("about 60 metres"), "b": _length("200 feet"), "c": _length("60m")}) == set()
    assert wide_claims({"a": _length("150 metres"), "b": _length("60 metres"), "c": _length("200 metres")}) == set()


def _story() -> list[tuple[str, str]]:
    return [
        ("Climber killed on Mount Tarn", "On Sunday, 29-year-old Welsh climber Owen Pryce, who lived in Bala, fell "
                                         "about 2,000ft while crossing a snowfield on Mount Tarn, police said."),
        ("Second death in the range", "On Sunday, 29-year-old Owen Pryce fell about 600 metres (2,000 feet) down "
                                      "the snowfield on Mount Tarn, police said."),
        ("Welsh climber dies", "A rescue team reached 29-year-old Owen Pryce on Monday. He slipped on the snowfield "
                               "on Sunday. Owen Pryce, 29, fell 700 metres to his death, police said."),
    ]


def test_a_wide_fall_no_longer_hides_two_lengths(resources) -> None:
    conflicts = story_conflicts(_story(), resources)
    pitted = [sorted((s.claim, sorted(e.article for e in s.evidence)) for s in c.sides) for c in conflicts
              if c.about == "how far one person fell"]
    assert pitted == [[("600 metres", ["a1"]), ("700 metres", ["a2"])]]
