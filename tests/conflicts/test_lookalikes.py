"""Look-alikes the aligned-sentence checks once flagged on real stories, and the real disagreements of the same
shapes that must stay (the sentences are written anew for these tests)."""

from __future__ import annotations

import pytest
from conflict_sentences import sentence

from newsprism.conflicts.compare import disagreements
from newsprism.conflicts.slots import date_predicates, dated_noun, rounded_restatement
from newsprism.model import Sentence
from newsprism.values import quantities
from newsprism.values.polarity import base_form

LOOKALIKES = [
    # two happenings on two days: one plans to act on Thursday, another blocked him on Wednesday
    (sentence("Senator Vale on Thursday will try to make the chief judge read a question about the informant.",
              PERSON="Vale"),
     sentence("The chief judge blocked Vale on Wednesday from asking a question that named the informant.",
              PERSON="Vale")),
    # the same plan, one outlet more cautious: a hedge, not a disputed fact
    (sentence("The assembly will vote as early as Friday on a bill to keep the agencies funded, its leader said."),
     sentence("The assembly may vote as early as Friday on a bill to keep the agencies funded, its leader said.")),
    (sentence("The board could approve the merger next month."),
     sentence("The board will approve the merger next month.")),
    # the years of two different things
    (sentence("Lawmakers backed the 2017 agency report on meddling in the vote."),
     sentence("Lawmakers agreed the neighbour meddled in the 2016 election.")),
    (sentence("Lawmakers backed the 2017 agency report, officials said."),
     sentence("Lawmakers backed the 2016 election findings, officials said.")),
    # an amount rounded to one significant digit
    (sentence("The chamber delayed its ballot on the $1.2 trillion roads bill late Thursday."),
     sentence("On Thursday the chamber delayed its ballot on the $1 trillion roads bill.")),
    (sentence("The fund now helps 2.4 million people across the region."),
     sentence("The fund now helps 2 million people across the region.")),
    # one bill counted over different spans: 'nearly' a rounded amount, the other precise
    (sentence("The chamber began work on a nearly $2 trillion rail plan on Monday."),
     sentence("The chamber moved the $2.3 trillion rail plan forward on Monday.")),
]

REAL = [
    (sentence("He last visited the region in the 2019 season."),
     sentence("He last visited the region in the 2016 season."), "date", "year"),
    (sentence("The congressman died early Thursday at a city hospital after a long illness."),
     sentence("The congressman died early Tuesday after a long illness, his office said."), "date", "weekday"),
    (sentence("Senators signalled they will accept a plan to lift the debt ceiling for two months."),
     sentence("Senators say they will accept a plan to extend the debt ceiling for just three months."),
     "number", "measure"),
    # 'at least nine' / 'at least eight' killed and '50' / '49' killed are tolls: the figures stage compares them
    # (bounds within 1.5 and a round figure's 5 % agree here, as two sentences of one fact may round)
    (sentence("The country has recorded at least 19,882 deaths from the virus, a tally showed on Saturday."),
     sentence("The country has recorded 18,860 deaths from the virus, a tally showed on Saturday."),
     "number", "count"),
    # precision the writer chose is not rounding
    (sentence("Its ballot on the $1.2 trillion roads bill was delayed."),
     sentence("Its ballot on the $1.5 trillion roads bill was delayed."), "number", "money"),
    (sentence("Its ballot on the $1.6 trillion roads bill was delayed."),
     sentence("Its ballot on the $1 trillion roads bill was delayed."), "number", "money"),
]


@pytest.mark.parametrize(("a", "b"), LOOKALIKES)
def test_lookalikes_are_not_conflicts(a: Sentence, b: Sentence) -> None:
    assert disagreements(a, b) == []
    assert disagreements(b, a) == []


@pytest.mark.parametrize(("a", "b", "kind", "slot"), REAL)
def test_real_disagreements_stay(a: Sentence, b: Sentence, kind: str, slot: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert [(d.kind, d.slot) for d in disagreements(x, y)] == [(kind, slot)]


@pytest.mark.parametrize(("x", "y", "expected"), [
    ("$1 trillion", "$1.2 trillion", True),
    ("$1.2 trillion", "$1 trillion", True),
    ("$1 trillion", "$1.6 trillion", False),
    ("$1.5 trillion", "$1.2 trillion", False),
    ("3 million people", "2.6 million people", True),
    ("50 people", "49 people", False),  # a tally without a scale word is exact
    ("about $1 trillion", "$1.2 trillion", False),  # a qualified amount is judged by its own interval
])
def test_rounded_restatement(x: str, y: str, expected: bool) -> None:
    assert rounded_restatement(quantities(x)[0], quantities(y)[0]) is expected


@pytest.mark.parametrize(("text", "date", "verbs"), [
    ("The congressman died early Thursday at a hospital.", "Thursday", {"died"}),
    ("Vale on Thursday will try to make the judge read it.", "Thursday", {"try", "make"}),
    ("Officials said on Friday that the bridge was safe.", "Friday", set()),  # a report, not the event
    ("Turnout in the Nov. 8 election, the first since the war, was high.", "Nov. 8", set()),
])
def test_date_predicates(text: str, date: str, verbs: set[str]) -> None:
    start = text.index(date)
    assert date_predicates(text, start, start + len(date)) == {base_form(v) for v in verbs}


@pytest.mark.parametrize(("text", "date", "noun"), [
    ("Norland interfered in America's 2016 election.", "2016", "elec"),
    ("They backed the 2017 agency report.", "2017", "agen"),
    ("He visited Moscow in 2016 with aides.", "2016", None),
])
def test_dated_noun(text: str, date: str, noun: str | None) -> None:
    start = text.index(date)
    assert dated_noun(text, start, start + len(date)) == noun
