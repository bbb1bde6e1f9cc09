"""Speakers as issue #19's twenty-second-round tune set (AllSides roundups) found them going wrong, in texts written
for these tests: a definite description that goes on about the person the sentence before names as its subject
('Dr. X says … The veteran climate scientist predicted …'), 'the agency' after a body whose name holds 'and' and
'the department' after a police force were left as unnamed sources; someone in the events, someone brought in with
'a' and a spokeswoman stay apart."""

from __future__ import annotations

from quoted_texts import quote_of, second_article_speakers

from newsprism.nlp import NlpResources

RE_MENTION = ("Dr. Mara Quillon says the drought will last until next summer.\n\n"
              "The veteran climate scientist predicted that river levels would keep falling through the autumn.\n\n"
              "\u201cWe have not seen anything like this in decades,\u201d Quillon told reporters on Tuesday.")
IN_THE_EVENTS = ("A delivery van struck a cyclist on Elm Road, police said.\n\n"
                 "The crash happened just after noon, Sgt. Tobias Renn said.\n\n"
                 "The man told officers he never saw the van, Renn said.")
BROUGHT_IN = ("A senior trade official said the talks would resume in May.\n\n"
              "Minister Elsa Brandt says the deal is close.\n\n"
              "The official added that tariffs would stay in place until the summer.")
SPOKESWOMAN = ("Governor Ida Marsh denied the report on Monday.\n\n"
               "The spokeswoman said the governor had never met the donor.")
TITLED_OTHERWISE = ("Sen. Ana Ruiz voted against the bill on Monday.\n\n"
                    "The president said the bill would pass anyway.")
AGENCY = ("Customs and Border Protection is moving extra officers to the Lumo crossing, the agency said on Tuesday.\n\n"
          "Drivers were told to expect delays.")
POLICE = ("The Lumo Harbor Police arrested two men at the docks on Friday.\n\n"
          "The department said both men were released without charge on Saturday.")


def test_a_description_after_a_named_subject_is_that_person(resources: NlpResources) -> None:
    variant = quote_of(resources, RE_MENTION, "that river levels")
    assert (variant.speaker, variant.anonymous) == ("Mara Quillon", False)


def test_the_same_across_articles_of_a_story(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Rivers ran low.", RE_MENTION)[1] == ("Mara Quillon", False)


def test_someone_in_the_events_is_no_re_mention(resources: NlpResources) -> None:
    assert quote_of(resources, IN_THE_EVENTS, "he never saw").speaker != "Tobias Renn"


def test_someone_brought_in_with_a_is_no_re_mention(resources: NlpResources) -> None:
    variant = quote_of(resources, BROUGHT_IN, "that tariffs")
    assert variant.speaker != "Elsa Brandt" and variant.anonymous


def test_a_spokeswoman_is_no_re_mention_of_the_person_before(resources: NlpResources) -> None:
    assert quote_of(resources, SPOKESWOMAN, "the governor had").speaker != "Ida Marsh"


def test_a_title_written_before_the_name_must_agree(resources: NlpResources) -> None:
    assert quote_of(resources, TITLED_OTHERWISE, "the bill would pass").speaker != "Ana Ruiz"


def test_the_agency_is_the_body_whose_name_holds_and(resources: NlpResources) -> None:
    variant = quote_of(resources, AGENCY, "Customs and")
    assert (variant.speaker, variant.anonymous) == ("Customs and Border Protection", False)


def test_the_department_is_the_police_named_before(resources: NlpResources) -> None:
    variant = quote_of(resources, POLICE, "both men")
    assert (variant.speaker, variant.anonymous) == ("Lumo Harbor Police", False)

