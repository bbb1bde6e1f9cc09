"""Issue #18 precision (the h18audit's quotation credited to the wrong speaker on both sides), in texts written for
these tests: a quotation closed on a comma before a capital has its credit after it — where that is cut off, no
speaker named earlier is carried over to it; a partial quotation inside reported speech nested in reported speech
is the inner speaker's."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources

_CUT = ("The Harbor Authority told the port council it is \"pausing\" cargo work at the east quay. It followed by one "
        "day the council's vote to close the quay following the drone strike that killed rebel Gen. Odell "
        "Brisk. \"Madam chair, out of respect for the council's vote and as the mayor asked, the authority will be "
        "moving its cranes over the next few weeks to make way for the closure,\" Capt.")
_NESTED = ("Harbor chief Lena Marsh said Tuesday that the authority has not decided to leave the quay, shortly after "
           "the port office said in a notice to shippers that cargo work would be moving \"to make way for the "
           "closure.\" On Monday, the council passed a vote asking the cranes to go.")
_CARRIED = ("Harbor chief Lena Marsh spoke to the council on Tuesday. \"We are not leaving the quay.\"\n\n"
            "\"The cranes stay where they are,\" she said.")


def test_a_quotation_whose_credit_follows_takes_no_earlier_name(resources: NlpResources) -> None:
    assert quote_of(resources, _CUT, "Madam chair").speaker is None


def test_a_quotation_with_no_credit_after_it_still_goes_on_with_the_speaker(resources: NlpResources) -> None:
    assert quote_of(resources, _CARRIED, "We are not leaving").speaker == "Lena Marsh"


def test_quoted_words_in_nested_reported_speech_are_the_inner_speaker_s(resources: NlpResources) -> None:
    assert quote_of(resources, _NESTED, "to make way").speaker == "the port office"
