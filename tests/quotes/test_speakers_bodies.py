"""Speakers (quotes/speakers.py, end to end) that are bodies: 'the agency', 'the company', 'the department',
'the newspaper' after the body named before, data or a release published by a body, a definite body, initials in
brackets. Texts written for these tests."""

from __future__ import annotations

import pytest
from quoted_texts import quote_of, quotes_of

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.model import Article
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes import attribute_speakers
from newsprism.quotes.extract import find_quotes


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


def test_a_newspaper_before_the_network_is_not_the_network(resources: NlpResources) -> None:
    text = ("The Lumo Times reported that the editor told Ms. Kade her statement was wrong. The network said it would "
            "send Ms. Kade to Tarvo.")
    assert quote_of(resources, text, "it would send").speaker == "The network"


def test_a_days_report_names_no_body(resources: NlpResources) -> None:
    found = quote_of(resources, "Fort Lumo meets the requirements, according to Friday's report.", "Fort Lumo")
    assert found.speaker != "Friday"


def test_a_release_from_a_body_is_the_bodys(resources: NlpResources) -> None:
    found = quote_of(resources, "Gunfire was heard, according to a release from the Lumo Police Department.", "Gunfire")
    assert found.speaker == "the Lumo Police Department"


def test_according_to_a_statement_from_a_body(resources: NlpResources) -> None:
    text = ("Nine sailors were detained on Friday over missing fuel, according to a statement from the Coastal "
            "Patrol Command. The sailors were held at the Dunmere base.\n\n"
            "\"Records from an earlier audit led to the arrests,\" the statement said.")
    assert quote_of(resources, text, "Nine sailors").speaker.endswith("Coastal Patrol Command")
    assert quote_of(resources, text, "Records from").speaker.endswith("Coastal Patrol Command")


def test_a_definite_body_is_no_anonymous_source(resources: NlpResources) -> None:
    text = ("The Orrin County Sheriff's Office has opened an inquiry into the feed store break-in. \"We want to hear "
            "from anyone who drove past after midnight,\" the sheriff's office wrote on its page.\n\nNobody has "
            "been charged yet, and the department did not say why. \"No one is in custody at the moment,\" the "
            "department said.")
    first = quote_of(resources, text, "We want to hear")
    second = quote_of(resources, text, "No one is in custody")
    assert (first.speaker, first.anonymous) == ("the sheriff's office", False)
    assert (second.speaker, second.anonymous) == ("the department", False)


def test_initials_in_brackets_after_a_body_subject_leave_the_body(resources: NlpResources) -> None:
    text = ("The Harbour Workers Federation (HWF) said on Monday that it may call a strike unless the port "
            "changes its shift rules.")
    assert str(quote_of(resources, text, "that it may").speaker).endswith("Harbour Workers Federation")


def test_the_newspaper_is_the_outlet_the_sentence_before_has_as_subject(resources: NlpResources) -> None:
    text = ("The Lumo Herald on Friday released the findings of its review of the harbour series. The newspaper "
            "acknowledged that its series gave \"too much weight to one witness\" who has since been charged.")
    quote = quote_of(resources, text, "that its series gave")
    assert quote.speaker == "The Lumo Herald"
    assert not quote.anonymous


def test_the_newspaper_after_no_outlet_stays_a_description(resources: NlpResources) -> None:
    text = "Ana Ruiz read the report on Monday. The newspaper said the port would close."
    assert quote_of(resources, text, "the port would close").speaker == "The newspaper"


TEXT = ("Lumo Bank's chief quit on Tuesday after months of pressure from regulators.\n\n"
        "The Atlantic reported that the board had met twice in secret before the vote. The Pentagon said it was "
        "watching the matter closely. The Witness said she saw the meeting. The Sheriff said two men fled.")


def _speakers(resources: NlpResources, text: str) -> dict[str, tuple[str | None, str | None, bool]]:
    article = Article(id="a", source="a.txt", format="text", text=text)
    parsed = parse([article], resources, NlpConfig())
    found = attribute_speakers(find_quotes(parsed[0]), find_entities(parsed))
    return {v.content.text.split()[-1]: (v.speaker, v.entity, v.anonymous) for v in found}


def test_the_and_one_capitalised_word_names_a_body(resources: NlpResources) -> None:
    speakers = _speakers(resources, TEXT)
    assert speakers["vote"] == ("Atlantic", "organisation:atlantic", False)
    assert speakers["closely"] == ("Pentagon", "organisation:pentagon", False)


def test_a_capitalised_role_stays_a_description(resources: NlpResources) -> None:
    speakers = _speakers(resources, TEXT)
    assert speakers["meeting"] == ("The Witness", None, True)
    assert speakers["fled"] == ("The Sheriff", None, True)


AGENCY = ("Customs and Border Protection is moving extra officers to the Lumo crossing, the agency said on Tuesday.\n\n"
          "Drivers were told to expect delays.")


def test_the_agency_is_the_body_whose_name_holds_and(resources: NlpResources) -> None:
    variant = quote_of(resources, AGENCY, "Customs and")
    assert (variant.speaker, variant.anonymous) == ("Customs and Border Protection", False)


POLICE = ("The Lumo Harbor Police arrested two men at the docks on Friday.\n\n"
          "The department said both men were released without charge on Saturday.")


def test_the_department_is_the_police_named_before(resources: NlpResources) -> None:
    variant = quote_of(resources, POLICE, "both men")
    assert (variant.speaker, variant.anonymous) == ("Lumo Harbor Police", False)


FILED_BY = "The lawsuit, filed by the Harbor Workers Union, alleges that the company cut wages without notice."


def test_a_lawsuit_filed_by_a_body_is_the_bodys(resources: NlpResources) -> None:
    assert quote_of(resources, FILED_BY, "that the company").speaker == "the Harbor Workers Union"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The newspaper quotes Mayor Tom Reyes as saying the budget is balanced.", "Tom Reyes"),
    ("The paper quoted Lena Ortiz as saying that the vote was rigged.", "Lena Ortiz"),
])
def test_who_is_quoted_as_saying_speaks_not_the_outlet(resources: NlpResources, text: str, speaker: str) -> None:
    speakers = [q.speaker for q in quotes_of(resources, text)]
    assert speakers == [speaker]


def test_a_time_is_no_speaker(resources: NlpResources) -> None:
    text = ("The sheriff's office texted people in the valley at 6:15 a.m., that says the man should be treated "
            "as armed.")
    assert all("a.m." not in (q.speaker or "") for q in quotes_of(resources, text))


def test_someone_with_a_body_is_an_unnamed_source(resources: NlpResources) -> None:
    text = "Someone with Lumvale Foods told us off-duty guards work at the plant each summer."
    found = quote_of(resources, text, "off-duty")
    assert found.speaker == "Someone with Lumvale Foods" and found.anonymous


def test_an_officer_with_the_department_after_a_states_abbreviation(resources: NlpResources) -> None:
    text = ("Neighbors gathered outside. “Most of them are friends,” officer Ben Ode with the Lumo "
            "City, Kan., police department said.")
    assert quote_of(resources, text, "Most of them").speaker == "Ben Ode"
