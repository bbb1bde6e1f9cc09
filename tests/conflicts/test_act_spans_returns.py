"""Issue #18: a verb of going with 'back' is a return, so 'came back to her village eight weeks ago' and 'returned to
the village four weeks ago' give one act two spans; a move with no 'back' is another act (sentences and stories
written for these tests). Spans are compared as of one time: a later article's span has grown by the days between
the publications, so it is no update either."""

from __future__ import annotations

from pipeline_input import story_conflicts

from newsprism.conflicts.act_spans import RETURN, Span, _acts, _differ
from newsprism.conflicts.updates import is_update
from newsprism.figures.verdict import parse_time
from newsprism.model import Conflict, ConflictSide, Evidence
from newsprism.values import quantities


def test_a_verb_of_going_back_is_a_return_and_a_plain_move_is_not() -> None:
    assert _acts("the family had moved back to Dunmore around ", {"mov"}) == {RETURN}
    assert _acts("She came back to the valley ", {"com"}) == {RETURN}
    assert _acts("She moved to Dunmore ", {"mov"}) == {"mov"}


def _story(second: str) -> list[tuple[str, str]]:
    return [
        ("Woman found dead in Dunmore", "A woman was found dead at her flat in Dunmore on Friday. Orla Venn, 31, "
                                        "returned to the town eight weeks ago after years away, neighbours said."),
        ("Dunmore death: police appeal", "Police in Dunmore appealed for witnesses on Saturday. " + second),
    ]


def test_a_return_given_two_spans_is_a_conflict(resources) -> None:
    conflicts = story_conflicts(_story("Venn had been living abroad and had moved back to Dunmore around four "
                                       "weeks ago, her cousin said."), resources)
    pitted = [sorted(s.claim for s in c.sides) for c in conflicts if c.about.startswith("how long ago")]
    assert pitted == [["eight weeks", "four weeks"]]


def test_a_move_elsewhere_is_no_return(resources) -> None:
    conflicts = story_conflicts(_story("Venn had moved to Dunmore from the coast around four weeks ago, her cousin "
                                       "said."), resources)
    assert not [c for c in conflicts if c.about.startswith("how long ago")]


def _span(text: str, published: str) -> Span:
    q = next(q for q in quantities(text) if q.dimension == "time")
    evidence = Evidence(article=published, start=0, end=len(text), text=text)
    return Span(frozenset({RETURN}), q, evidence, [], parse_time(published))


def test_spans_are_compared_as_of_one_time() -> None:
    early = _span("She returned to the town three weeks ago.", "2026-03-01")
    assert not _differ(early, _span("She came back to the town four weeks ago.", "2026-03-08"))  # a week on
    assert _differ(early, _span("She came back to the town two weeks ago.", "2026-03-08"))
    assert _differ(_span("She returned to the town 12 weeks ago.", "2026-03-01"),
                   _span("She came back to the town around six weeks ago.", "2026-03-09"))


def test_an_acts_spans_are_no_update() -> None:
    sides = [ConflictSide(claim=claim, evidence=[Evidence(article=a, start=0, end=1, text="x")], articles=1, origins=1)
             for claim, a in (("12 weeks", "a0"), ("six weeks", "a1"))]
    published = {"a0": "2026-03-01", "a1": "2026-03-09"}
    assert not is_update(Conflict(kind="number", about="how long ago (return)", sides=sides, explanation=""), published)
    assert is_update(Conflict(kind="number", about="how many banks", sides=sides, explanation=""), published)
