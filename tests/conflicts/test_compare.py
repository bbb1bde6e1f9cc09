"""Slot comparison on hand-written sentence pairs: conflicts of every kind, and consistent restatements."""

from __future__ import annotations

import pytest
from conflict_sentences import sentence

from newsprism.conflicts.compare import disagreements, states
from newsprism.model import Sentence

CONFLICTS = [
    (sentence("The bridge reopened on Tuesday after repairs."),
     sentence("The bridge reopened on Monday after repairs."), "date"),
    (sentence("He last visited the region in 2019."), sentence("He last visited the region in 2016."), "date"),
    (sentence("The council met in March to vote."), sentence("The council met in June to vote."), "date"),
    (sentence("The train left at 6:25 a.m. for the coast."), sentence("The train left at 7:10 a.m. for the coast."),
     "date"),
    (sentence("The storm injured 14 people in the town."), sentence("The storm left 41 people injured in the town."),
     "number"),
    (sentence("The works will last 18 months."), sentence("The works will last three years."), "number"),
    (sentence("The mayor gave the speech in Lendon.", GPE="Lendon"),
     sentence("The mayor gave the speech in Varsk.", GPE="Varsk"), "place"),
    (sentence("The talks were held in Ohio last week.", GPE="Ohio"),
     sentence("The talks were held in Texas last week.", GPE="Texas"), "place"),
    (sentence("Mara Olsen said the plan was ready.", PERSON="Mara Olsen"),
     sentence("Piet Haas said the plan was ready.", PERSON="Piet Haas"), "person"),
    (sentence("The company has paid the fine."), sentence("The company has not paid the fine."), "negation"),
]

CONSISTENT = [
    (sentence("The works will last 18 months."), sentence("The works will last a year and a half.")),
    (sentence("The storm injured 14 people."), sentence("Fourteen people were injured by the storm.")),
    (sentence("About 1,500 workers joined the strike."), sentence("Some 1,523 workers joined the strike.")),
    (sentence("The trail is 10 miles long."), sentence("The trail is 16 kilometres long.")),
    (sentence("The bridge reopened on Tuesday after repairs, officials said."),
     sentence("Officials said the bridge reopened on Tuesday.")),
    (sentence("The ship was not seriously damaged."), sentence("The ship suffered no serious damage.")),
    (sentence("The team did not reach the summit."), sentence("The team failed to reach the summit.")),
    (sentence("Kim Jong Un arrived in Russia.", PERSON="Kim Jong Un", GPE="Russia"),
     sentence("Kim arrived in Russia on Tuesday.", PERSON="Kim", GPE="Russia")),
    (sentence("Kim met Putin in Moscow.", PERSON="Kim|Putin", GPE="Moscow"),
     sentence("Kim thanked Russia for its support.", PERSON="Kim", GPE="Russia")),
    (sentence("The collision happened at about 6:40 a.m."), sentence("The collision happened at 6:45 a.m.")),
    (sentence("The launches took place between 9:17 a.m. and 9:26 a.m."),
     sentence("The launches took place at 9:20 a.m.")),
    (sentence("The leaders will likely discuss sanctions."), sentence("The leaders may discuss sanctions.")),
    (sentence("The minister will resign next week."), sentence("The minister may resign next week.")),
    (sentence("It was the first summit held in over four years."),
     sentence("It was the first summit held in 53 months.")),
    (sentence("May officials said they would stay."), sentence("Officials said they would stay in May.")),
    # shapes of the false alarms first seen on NeuS/AllSides stories (written anew here)
    (sentence("Hundreds of families were told to evacuate Sunday once the levee broke."),
     sentence("Hundreds of families stayed under evacuation orders Monday while crews pumped water.")),
    (sentence("The mayor phoned the governor on Friday to rescue the plan."),
     sentence("The mayor told reporters on Saturday that she had phoned the governor about the plan.")),
    (sentence("The tally was 300 to 60; every vote against was cast by one party."),
     sentence("The measure cleared 300-60, with every no vote cast by one party.")),
    (sentence("About 3,000 troops will stay past the May withdrawal date."),
     sentence("The president will withdraw the troops by September.")),
    (sentence("He bullied nine people, among them several who served in his office."),
     sentence("He bullied nine people, among them others who did not serve on his staff.")),
    (sentence("He made a pledge to give up all board seats."),
     sentence("He said he would step down from the board, promising not to take new seats.")),
    (sentence("A judge in Brooklyn ruled on Friday that the depot must reopen.", GPE="Brooklyn"),
     sentence("A judge in New York has ruled that the depot must reopen.", GPE="New York")),
    (sentence("The storm made landfall near Lendon, Norland, early Thursday.", GPE="Lendon|Norland"),
     sentence("The storm made landfall near Varsk, Nor., early Thursday.", GPE="Varsk")),
    (sentence("He was detained on Tuesday in Lendon over federal counts.", GPE="Lendon"),
     sentence("He was detained in California on Tuesday over federal counts.", GPE="California")),
    (sentence("The court gave her three years and four months behind bars."),
     sentence("The court gave her 40 months behind bars.")),
    (sentence("Thousands of nurses could be dismissed for not making a Friday cutoff."),
     sentence("Thousands of nurses are unlikely to make a Friday cutoff.")),
    (sentence("He had both doses of the vaccine, his brother told us."),
     sentence("Olsen had both doses of the vaccine, his brother told us.", PERSON="Olsen")),
    (sentence("More than 180 people were shot dead across the holiday weekend."),
     sentence("The holiday weekend closed with at least 150 people shot dead.")),
    (sentence("The former guard got a 270-month prison term."),
     sentence("The former guard was given 22 1/2 years behind bars.")),
    (sentence("Mayor Ada Berg announced Friday that the city leaves the pact.", PERSON="Ada Berg"),
     sentence("Deputy Ivo Lund announced Friday that the city suspends the pact.", PERSON="Ivo Lund")),
    (sentence("The senator leads in Texas, is tied in Georgia and ahead in Iowa.", GPE="Texas|Georgia|Iowa"),
     sentence("Polls are even in Florida and narrowing in Arizona.", GPE="Florida|Arizona")),
    (sentence("Two aides of the former mayor Ada Berg were arrested.", PERSON="Ada Berg"),
     sentence("Two aides tied to mayor Ivo Lund's lawyer were arrested.", PERSON="Ivo Lund")),
]


@pytest.mark.parametrize(("a", "b", "kind"), CONFLICTS)
def test_conflicts_are_found(a: Sentence, b: Sentence, kind: str) -> None:
    assert [d.kind for d in disagreements(a, b)] == [kind]
    assert [d.kind for d in disagreements(b, a)] == [kind]


@pytest.mark.parametrize(("a", "b"), CONSISTENT)
def test_consistent_restatements_are_not(a: Sentence, b: Sentence) -> None:
    assert disagreements(a, b) == []
    assert disagreements(b, a) == []


def test_same_entity_check_silences_two_names_of_one_person() -> None:
    a = sentence("Mara Olsen said the plan was ready.", PERSON="Mara Olsen")
    b = sentence("The chancellor said the plan was ready.", PERSON="The chancellor")
    assert [d.kind for d in disagreements(a, b)] == ["person"]
    assert disagreements(a, b, lambda *_: True) == []


@pytest.mark.parametrize(("text", "kind", "value", "expected"), [
    ("Fourteen people were hurt.", "number", "14 people", True),
    ("Forty-one people were hurt.", "number", "14 people", False),
    ("It sank on Tuesday.", "date", "Tuesday", True),
    ("The company has not paid.", "negation", "not paid", True),
    ("The company has paid.", "negation", "not paid", False),
    ("The minister will resign.", "modality", "will resign", True),
])
def test_states(text: str, kind: str, value: str, expected: bool) -> None:
    assert states(sentence(text), kind, value) is expected  # type: ignore[arg-type]


FINER = [
    ("The city paid $50 million for the land.", "The city paid $80 million for the land.", "number", "money"),
    ("The vote was held on Nov. 8 in the capital.", "The vote was held on Nov. 12 in the capital.", "date", "day"),
    ("The company paid the fine last year.", "The company did not pay the fine last year.", "negation",
     "aux-negation"),
    ("The firm holds the licence for the port.", "The firm no longer holds the licence for the port.", "negation",
     "aux-negation"),
    ("The club won the title in the final.", "The club never won the title in the final.", "negation",
     "aux-negation"),
    ("Officials denied the report on the crash.", "Officials did not deny the report on the crash.", "negation",
     "aux-negation"),
    ("It was the fourth largest quake on record.", "It was the fifth-largest quake on record.", "number", "rank"),
    ("The quake had a magnitude of 8.9 near the coast.", "The quake had a magnitude of 9.1 near the coast.",
     "number", "magnitude"),
    ("Households earning over $198,000 lose the credit, as do single filers with more than $99,000 yearly.",
     "Households earning over $396,000 lose the credit, as do single filers with more than $99,000 yearly.", "number",
     "money"),
]

FINER_CONSISTENT = [
    ("He travelled 10 miles to the harbour.", "He travelled 16 km to the harbour."),
    ("The city paid $50 million for the land.", "The city paid 50 million dollars for the land."),
    ("The vote was held on Nov. 8 in the capital.", "The vote was held on November 8th in the capital."),
    ("The company did not pay the fine.", "The company didn't pay the fine."),
    ("It was the fourth largest quake on record.", "It was the 4th largest quake on record."),
    ("The good times aren't over, and he paid the fine.",
     "The good times aren't over, and he paid the fine, they said."),
    ("The storm reached 60 mph near the coast.", "The storm reached 97 km/h near the coast."),
    ("The deal is worth $3bn to the region.", "The deal is worth $3 billion to the region."),
    ("The first report came at 2100 GMT on Friday.", "The first report came at 2100 GMT on Friday, police said."),
    ("Payments would rise by $154 to $2,754 a month.", "Payments would rise to $2,754 a month."),

]


@pytest.mark.parametrize(("a", "b", "kind", "slot"), FINER)
def test_finer_conflicts_name_their_slot(a: str, b: str, kind: str, slot: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert [(d.kind, d.slot) for d in disagreements(sentence(x), sentence(y))] == [(kind, slot)]


@pytest.mark.parametrize(("a", "b"), FINER_CONSISTENT)
def test_finer_restatements_are_not_conflicts(a: str, b: str) -> None:
    assert disagreements(sentence(a), sentence(b)) == []
    assert disagreements(sentence(b), sentence(a)) == []


@pytest.mark.parametrize(("text", "kind", "value", "expected"), [
    ("The city paid 50 million dollars.", "number", "$50 million", True),
    ("The vote was on November 8, 2015.", "date", "Nov. 8", True),
    ("The vote was on Nov. 12.", "date", "Nov. 8", False),
    ("They did not pay the fine.", "negation", "not pay", True),
    ("They paid the fine.", "negation", "pay", True),
    ("It was the 5th largest quake.", "number", "fifth-largest", True),
])
def test_states_finer_values(text: str, kind: str, value: str, expected: bool) -> None:
    assert states(sentence(text), kind, value) is expected  # type: ignore[arg-type]


def _sentence(text: str) -> Sentence:
    return Sentence(start=0, end=len(text), text=text)


def _clock_slots(a: str, b: str) -> list[str]:
    return [d.slot for d in disagreements(_sentence(a), _sentence(b)) if d.slot == "time"]


def test_a_time_in_a_named_zone_and_one_in_none_whole_hours_apart_may_be_one_moment() -> None:
    assert _clock_slots("The final in Lisbon kicks off Sunday at 7:15 p.m. ET versus the Rovers.",
                        "The final in Lisbon kicks off Sunday at 4:15 p.m. versus the Rovers.") == []
    assert _clock_slots("The final in Lisbon kicks off Sunday at 7:15 p.m. ET versus the Rovers.",
                        "The final in Lisbon kicks off Sunday at 7:05 p.m. versus the Rovers.") == ["time"]
    assert _clock_slots("The final in Lisbon kicks off Sunday at 7:15 p.m. versus the Rovers.",
                        "The final in Lisbon kicks off Sunday at 4:15 p.m. versus the Rovers.") == ["time"]


def test_a_hedged_count_is_no_side_of_a_plain_one() -> None:
    plain = sentence("Three people were hurt at the depot, the clerk said.")
    other = sentence("Four people were hurt at the depot, the clerk said.")
    hedged = sentence("There may have been four people hurt at the depot, the clerk said.")
    assert [d.kind for d in disagreements(plain, other)] == ["number"]
    assert disagreements(plain, hedged) == []


def test_a_count_up_to_a_return_is_another_window() -> None:
    season = sentence("Okafor missed seven matches this season with the knee injury.")
    window = sentence("Okafor missed six matches before returning for the last two of the season.")
    whole = sentence("Okafor missed six matches this season with the knee injury.")
    assert disagreements(season, window) == []
    assert [d.kind for d in disagreements(season, whole)] == ["number"]
