"""Issue #18, round 26: how long ago one act was, as two outlets give it ('was married about two weeks ago' /
'who married the ranger three weeks before he was killed'), meets by the act's verb with no person named next to
the span; two people's acts, an article giving two spans and spans that agree do not (sentences and stories
written for these tests)."""

from __future__ import annotations

from pipeline_input import story_conflicts

from newsprism.conflicts.act_spans import SPAN_END


def test_a_span_ends_in_ago_before_or_earlier() -> None:
    assert SPAN_END.match(" ago.") and SPAN_END.match(" before he was killed") and SPAN_END.match(" earlier")
    assert not SPAN_END.match(" in jail")


def _story(second: str) -> list[tuple[str, str]]:
    return [
        ("Ranger shot dead in Kell Valley", "A park ranger was shot dead on Tuesday in Kell Valley. The ranger, Ivo "
                                            "Marsh, had joined the service in 2011. He was married about two weeks "
                                            "ago, a colleague said."),
        ("Widow faces the gunman", "At the sentencing, Lena Marsh spoke to the court. " + second),
    ]


def test_one_act_given_two_spans_is_a_conflict(resources) -> None:
    conflicts = story_conflicts(_story("Lena Marsh, who married the ranger three weeks before he was killed, did not "
                                       "look at the gunman."), resources)
    pitted = [sorted(s.claim for s in c.sides) for c in conflicts if c.about.startswith("how long ago")]
    assert pitted == [["about two weeks", "three weeks"]] or pitted == [["three weeks", "two weeks"]]


def test_agreeing_spans_or_two_spans_in_one_article_are_no_conflict(resources) -> None:
    agreeing = story_conflicts(_story("Lena Marsh, who married the ranger two weeks before he was killed, did not look "
                                      "at the gunman."), resources)
    assert not [c for c in agreeing if c.about.startswith("how long ago")]
    torn = story_conflicts(_story("Lena Marsh, who married the ranger three weeks before he was killed, did not "
                                  "look at the gunman. She had married him only two weeks before the shooting."),
                           resources)
    assert not [c for c in torn if c.about.startswith("how long ago")]


def test_two_peoples_acts_are_no_conflict(resources) -> None:
    raws = [("Two guards hired", "Security guard Thomas Reed was hired two years ago, the firm said."),
            ("Guards named", "Security guard Maria Gonzalez was hired five years ago, the firm said.")]
    assert not [c for c in story_conflicts(raws, resources) if c.about.startswith("how long ago")]
