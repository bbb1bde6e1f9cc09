"""Speakers (quotes/speakers.py, end to end) by their cue: passive and framing verbs, set phrases with 'say',
'citing', clauses reported after a cue or joined by 'while', a lawsuit's, an order's or an estimate's words. Texts
written for these tests."""

from __future__ import annotations

import pytest
from quoted_texts import quote_of, quotes_of

from newsprism.nlp import NlpResources


def test_the_statement_of_who_said_in_a_statement(resources: NlpResources) -> None:
    text = ("Lumo County Police said in a statement that patrol cars were sent at 9 p.m.  \"Officers responded to "
            "the scene,\" the statement said.")
    found = quote_of(resources, text, "Officers responded")
    assert found.speaker == "Lumo County Police" and not found.anonymous


def test_continues_to_rise_is_no_speech(resources: NlpResources) -> None:
    text = ("Dr. Ana Moreau said Sunday that the region is \"heading the wrong way\" as the number of cases "
            "continues to rise. \"If you look at who is in the wards, it is the unvaccinated.")
    assert quote_of(resources, text, "If you look").speaker == "Ana Moreau"


def test_framing_verbs_credit_their_subject(resources: NlpResources) -> None:
    text = "Lumo accused the leader, Ben Ode, of \"fanatic recklessness.\" President Ana Park said it was bad."
    assert quote_of(resources, text, "fanatic").speaker == "Lumo"
    text = "In a speech, Ana Ruiz attacked “the hateful ideology of the gang and its oppression of women.”"
    assert quote_of(resources, text, "the hateful").speaker == "Ana Ruiz"


def test_a_time_is_no_speaker(resources: NlpResources) -> None:
    text = "He put out a note from his doctor Monday morning that says he is fit for a man of 58."
    assert quote_of(resources, text, "he is fit").speaker == "his doctor"


def test_a_speech_verb_of_what_was_heard_is_no_attribution(resources: NlpResources) -> None:
    text = ("“It sounded like a door slamming,” smelled smoke and heard colleagues shouting, said Wanda Pike, 51, a "
            "clerk at the depot.")
    assert quote_of(resources, text, "It sounded like").speaker == "Wanda Pike"


def test_a_speaker_heard_in_the_passive_speaks(resources: NlpResources) -> None:
    text = ("The deputies moved from door to door.\n\n“Bring the van to the north gate,” an officer could be heard "
            "saying over the radio.")
    assert quote_of(resources, text, "Bring the van").speaker == "an officer"


def test_a_lowercase_clause_after_a_cue_still_runs_on(resources: NlpResources) -> None:
    text = "Mayor Edda Prill said \"regional crews\" must clear the canal before the thaw."
    found = quote_of(resources, text, "regional crews")
    assert found.speaker == "Edda Prill" and "canal" in found.content.text


def test_the_rep_who_confirms_speaks_not_the_possessor(resources: NlpResources) -> None:
    text = ("Juno Varga checked into the Cedar Shoals clinic in Marlport on Sunday night, for what should be a "
            "six-week stay, her rep confirms to Starlit Weekly.\n\n\"Then she arrived before noon and could not "
            "stand it. She would rather return to the lakeside place where the nurses know her.\"")
    found = quote_of(resources, text, "Then she arrived")
    assert (found.speaker, found.anonymous) == ("her rep", True)


def test_citing_in_a_reported_clause_is_the_reporter_s(resources: NlpResources) -> None:
    # the parse hangs 'citing' on the reported clause's verb: the minister is not the one citing
    text = ("A senator on the panel says she is hopeful the minister will testify before the committee, citing a "
            "\"firm date\" for the hearing.")
    cited = [q.speaker for q in quotes_of(resources, text) if "firm date" in q.content.text]
    assert cited and set(cited) == {"A senator"}  # the speech verb's subject, not the framing participle's


def test_the_writer_s_set_phrases_with_say_report_no_one(resources: NlpResources) -> None:
    text = ("After guiding the team back to the playoffs, it's safe to say Ruiz beat every forecast. It goes "
            "without saying that the coach was pleased. Ruiz said the team deserved it.")
    found = quotes_of(resources, text)
    assert [q.content.text for q in found] == ["the team deserved it"]


def test_said_to_be_in_the_passive_is_no_statement(resources: NlpResources) -> None:
    text = ("A farmer said to have been held by the gang for a week was freed on Sunday. His neighbours are said "
            "to be relieved.")
    assert quotes_of(resources, text) == []


def test_a_statement_written_with_its_owner_is_the_owners(resources: NlpResources) -> None:
    text = ("Lumo Chat said its servers would go dark on Sunday, according to its chief executive Ana Ruiz. “This was "
            "a coordinated attack on a small rival,” Ruiz’s statement read.")
    quote = quote_of(resources, text, "This was a coordinated")
    assert (quote.speaker, quote.anonymous) == ("Ana Ruiz", False)


def test_a_sum_before_a_speaker_is_no_part_of_it(resources: NlpResources) -> None:
    text = ("The offer, which Ruiz has been pushing for weeks, falls far below the $9 billion most city and county "
            "leaders say they need to rebuild the old bridges.")
    assert quote_of(resources, text, "they need").speaker == "most city and county leaders"


def test_a_share_keeps_its_count(resources: NlpResources) -> None:
    text = "A survey taken last week found that 61 percent of tenants said the rent rise should be dropped."
    assert quote_of(resources, text, "the rent rise").speaker == "61 percent"


def test_an_estimate_is_its_publishers(resources: NlpResources) -> None:
    text = ("Factory output in Lumo grew at a 3.1% annual pace during the spring quarter, according to an early "
            "estimate released Friday by the Lumo Treasury.")
    assert quote_of(resources, text, "Factory output").speaker == "the Lumo Treasury"


def test_an_orders_words_are_whoever_signed_it(resources: NlpResources) -> None:
    text = ("Governor Ben Ode signed an executive order on Monday closing all bars in the state. The order states that "
            "\"all bars must close by ten at night.\"")
    assert quote_of(resources, text, "all bars must close").speaker == "Ben Ode"


def test_an_order_no_one_is_said_to_issue_stays_the_order(resources: NlpResources) -> None:
    text = "A judge granted Ana Ruiz a protective order last year. The order said he must stay away from her house."
    assert quote_of(resources, text, "he must stay away").speaker == "The order"


FILED = ("The Harbor Workers Union filed a lawsuit against Dalmor Shipping on Friday.\n\n"
         "The complaint claims that the company cut wages without notice.")


def test_a_complaint_is_its_filers(resources: NlpResources) -> None:
    variant = quote_of(resources, FILED, "that the company")
    assert (variant.speaker, variant.anonymous) == ("The Harbor Workers Union", False)


OWNED = "Greta Holm's lawsuit claims that the clinic ignored her calls for months."


def test_a_possessed_lawsuit_is_its_owners(resources: NlpResources) -> None:
    assert quote_of(resources, OWNED, "that the clinic").speaker == "Greta Holm"


LED_BY = "A lawsuit led by Attorney General Petra Lind said the rule would cost the state millions."


def test_a_lawsuit_led_by_someone_is_theirs(resources: NlpResources) -> None:
    assert quote_of(resources, LED_BY, "the rule").speaker == "Petra Lind"


@pytest.mark.parametrize("text", [
    "Ben Hauser was described on Friday as a “drifter” from the city.",
    "The town was identified last year as “the happiest” in the state.",
])
def test_the_subject_of_a_passive_cue_is_no_speaker(resources: NlpResources, text: str) -> None:
    assert [q.speaker for q in quotes_of(resources, text) if q.speaker is not None] == []


def test_a_passive_cue_credits_its_by_phrase(resources: NlpResources) -> None:
    text = "Councilman Ed Rees said he has been told by police that the shootings stem from drug disputes."
    quote = quote_of(resources, text, "that the shootings stem")
    assert quote.speaker == "police"


def test_a_cue_reports_its_own_clause_after_another(resources: NlpResources) -> None:
    text = "Two were hit inside the flat, police say Will Mora and Meg Kerr were killed."
    reported = [q.content.text for q in quotes_of(resources, text) if q.kind == "indirect"]
    assert reported == ["Will Mora and Meg Kerr were killed"]


def test_a_name_in_the_lead_in_clause_speaks(resources: NlpResources) -> None:
    text = "A lesson from Ana Ruiz: ‘Be the voice the room hears.’\n\nIn her first job, Ana Ruiz gave a talk."
    assert quote_of(resources, text, "Be the voice").speaker == "Ana Ruiz"


def test_a_prayer_is_the_one_who_prays(resources: NlpResources) -> None:
    text = "Pastor Tim Rollins led the crowd. “Please protect our town,” Rollins, pastor at Grace Church, prayed."
    assert quote_of(resources, text, "Please protect our town").speaker == "Tim Rollins"


def test_a_clause_far_after_the_cue_is_an_aside(resources: NlpResources) -> None:
    text = "Ode had a history of illness, his family said in court papers in 2008, when he made threats at a wedding."
    reported = [q.content.text for q in quotes_of(resources, text) if q.kind == "indirect"]
    assert reported == ["Ode had a history of illness"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Rain fell all week.\n\nOdell's father-in-law, Peter Marsh, said the family was in shock.", "Peter Marsh"),
    ("Her sister-in-law, Mara Quill, said the house had been empty for years.", "Mara Quill"),
    ("A co-worker, Dana Pike, said the man never missed a shift.", "Dana Pike"),
])
def test_a_hyphenated_noun_is_whole_and_the_name_after_it_speaks(resources: NlpResources, text: str,
                                                                  speaker: str) -> None:
    assert quote_of(resources, text, "the ").speaker == speaker


def test_a_reported_clause_ends_before_a_second_attribution_joined_by_while(resources: NlpResources) -> None:
    text = "Senators warned that the bill would raise costs while President Ned Tull said it would cut them."
    found = sorted((q.speaker or "", q.content.text) for q in quotes_of(resources, text))
    assert found == [("Ned Tull", "it would cut them"), ("Senators", "that the bill would raise costs")]


def test_a_while_clause_inside_what_is_reported_stays(resources: NlpResources) -> None:
    text = "Ana Ruiz said that while the bill was long, it would cut costs."
    assert [q.content.text for q in quotes_of(resources, text)] == ["that while the bill was long, it would cut costs"]
