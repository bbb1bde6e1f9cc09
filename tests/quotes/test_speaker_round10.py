"""Speakers as issue #19's tenth fresh round showed them going wrong, in texts written for these tests: a name before a
description with a doubled 'said', the next sentence glued to a closing mark, 'the agency' after the body, the body
behind 'according to figures published by', 'the FBI' and an unnamed source named in the next sentence."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources


def test_a_name_before_a_description_with_a_doubled_verb(resources: NlpResources) -> None:
    text = ("Ana Kade was hit too.\"Ana phoned me and told me she was hit.\" said Nora Kade, Ana's mother said. \"I "
            "was just crying.\"")
    found = quote_of(resources, text, "Ana phoned me")
    assert found.speaker == "Nora Kade" and not found.anonymous


def test_an_object_before_a_description_is_no_speaker(resources: NlpResources) -> None:
    found = quote_of(resources, "The gunman hit Ana Ruiz, his mother said.", "The gunman hit")
    assert found.speaker != "Ana Ruiz"


def test_the_next_sentence_glued_to_a_closing_mark_is_no_attribution(resources: NlpResources) -> None:
    text = ("Four survived.\"These kids are out of control,\" Tiggett said. \"And all to look tough, for "
            "what?\"Police expect more arrests soon.")
    assert quote_of(resources, text, "And all to look").speaker == "Tiggett"


def test_the_agency_after_the_body_is_the_body(resources: NlpResources) -> None:
    text = ("The Lumo Centre for Disease Control is shortening the quarantine period, offering two alternatives, the "
            "agency said Wednesday.")
    found = quote_of(resources, text, "The Lumo Centre")
    assert found.speaker == "Lumo Centre for Disease Control" and not found.anonymous


def test_the_company_with_two_bodies_before_stays_a_description(resources: NlpResources) -> None:
    text = "Lumo Motors and Kade Foods signed a deal on Monday. The company said sales were strong."
    assert quote_of(resources, text, "sales were strong").speaker == "The company"


def test_data_released_by_a_body_is_the_bodys(resources: NlpResources) -> None:
    text = "Shootings rose 20 percent last year, according to figures published by the Lumo Police Department."
    found = quote_of(resources, text, "Shootings rose")
    assert found.speaker == "the Lumo Police Department" and not found.anonymous


def test_the_fbi_is_a_named_body_and_the_ceo_a_description(resources: NlpResources) -> None:
    assert not quote_of(resources, "The FBI said shootings rose.", "shootings rose").anonymous
    assert quote_of(resources, "The CEO said sales rose.", "sales rose").anonymous


def test_an_unnamed_source_named_in_the_next_sentence(resources: NlpResources) -> None:
    text = "A neighbor said she heard five shots. The neighbor, Ana Ruiz, said the family had lived there for years."
    found = quote_of(resources, text, "she heard")
    assert found.speaker == "Ana Ruiz" and not found.anonymous


def test_a_newspaper_before_the_network_is_not_the_network(resources: NlpResources) -> None:
    text = ("The Lumo Times reported that the editor told Ms. Kade her statement was wrong. The network said it would "
            "send Ms. Kade to Tarvo.")
    assert quote_of(resources, text, "it would send").speaker == "The network"


def test_a_days_report_names_no_body(resources: NlpResources) -> None:
    found = quote_of(resources, "Fort Lumo meets the requirements, according to Friday's report.", "Fort Lumo")
    assert found.speaker != "Friday"


def test_a_verb_with_the_quotation_as_its_clause_still_attributes(resources: NlpResources) -> None:
    text = "The song has a reference. \"Tried to trap me, but you failed!\" he raps. Tarvo Kade was shot."
    assert quote_of(resources, text, "Tried to trap").source.text == "he"


def test_a_rank_abbreviation_does_not_end_the_attribution(resources: NlpResources) -> None:
    text = ("Lumo police arrested a second man they said is responsible.\n\n\"She was killed over a robbery,\" Lumo "
            "Police Department spokesman Sgt. Ana Ruiz said.")
    assert quote_of(resources, text, "She was killed").speaker == "Ana Ruiz"


def test_the_statement_of_who_said_in_a_statement(resources: NlpResources) -> None:
    text = ("Lumo County Police said in a statement that patrol cars were sent at 9 p.m.  \"Officers responded to "
            "the scene,\" the statement said.")
    found = quote_of(resources, text, "Officers responded")
    assert found.speaker == "Lumo County Police" and not found.anonymous


def test_a_release_from_a_body_is_the_bodys(resources: NlpResources) -> None:
    found = quote_of(resources, "Gunfire was heard, according to a release from the Lumo Police Department.", "Gunfire")
    assert found.speaker == "the Lumo Police Department"
