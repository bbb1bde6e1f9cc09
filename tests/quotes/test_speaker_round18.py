"""Speakers as issue #19's eighteenth round found them going wrong on NeuS stories, in texts written for these
tests: a 'they' in a relative clause with no 'that' credited to the main subject, a sum glued to a source, someone's
quoted words under "X's suggestion that …" credited to the subject who answers them, and a possessed title ('the
city's general counsel') not tied to the person titled so in the next sentence."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources


def test_a_relative_clause_with_no_that_has_its_own_speaker(resources: NlpResources) -> None:
    text = ("Governor Ana Ruiz of Lumo made clear Tuesday that $2 billion was the figure she was willing to sign for "
            "the transit plan, putting her far from the lowest sum rural mayors have said they would take.")
    quote = quote_of(resources, text, "they would take")
    assert quote.speaker == "rural mayors"
    assert quote.anonymous


def test_a_sum_before_a_speaker_is_no_part_of_it(resources: NlpResources) -> None:
    text = ("The offer, which Ruiz has been pushing for weeks, falls far below the $9 billion most city and county "
            "leaders say they need to rebuild the old bridges.")
    assert quote_of(resources, text, "they need").speaker == "most city and county leaders"


def test_quoted_words_under_someones_suggestion_are_theirs(resources: NlpResources) -> None:
    text = ("Candidate Ana Ruiz struck back on Monday at the former mayor Ben Ode's suggestion that she is the "
            "\"darling of the developers\" this year, calling him \"the king of delays.\"")
    assert quote_of(resources, text, "darling of the developers").speaker == "Ben Ode"
    assert quote_of(resources, text, "the king of delays").speaker == "Candidate Ana Ruiz"


def test_quoted_words_under_a_claim_are_its_owners(resources: NlpResources) -> None:
    text = "Ana Ruiz rejected Ben Ode's claim that her budget was \"a gift to landlords\" at the forum on Friday."
    assert quote_of(resources, text, "a gift to landlords").speaker == "Ben Ode"


def test_a_possessed_title_is_the_person_titled_so_next(resources: NlpResources) -> None:
    text = ("The city of Lumo is now asking whether the builder misled its auditors in the reports it filed, "
            "the city's general counsel said in court on Monday. \"Did the builder mislead us?\" city general "
            "counsel Maria Veld asked the judge.")
    quote = quote_of(resources, text, "The city of Lumo")
    assert quote.speaker == "Maria Veld"
    assert not quote.anonymous


def test_a_possessed_title_is_no_person_titled_for_someone_else(resources: NlpResources) -> None:
    text = ("The county is asking whether the builder misled its auditors, the city's general counsel said on "
            "Monday. County general counsel Maria Veld would not comment.")
    quote = quote_of(resources, text, "The county is asking")
    assert quote.speaker == "the city's general counsel"


def test_a_share_keeps_its_count(resources: NlpResources) -> None:
    text = "A survey taken last week found that 61 percent of tenants said the rent rise should be dropped."
    assert quote_of(resources, text, "the rent rise").speaker == "61 percent"


def test_an_estimate_is_its_publishers(resources: NlpResources) -> None:
    text = ("Factory output in Lumo grew at a 3.1% annual pace during the spring quarter, according to an early "
            "estimate released Friday by the Lumo Treasury.")
    assert quote_of(resources, text, "Factory output").speaker == "the Lumo Treasury"
