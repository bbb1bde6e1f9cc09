"""Speakers across the articles of a story (second_article_speakers): a title, a body's ending, a party
description or a spokesperson another article names, joint subjects and 'they', a report or op-ed in a publication.
Texts written for these tests."""

from __future__ import annotations

from quoted_texts import quote_of, second_article_speakers

from newsprism.nlp import NlpResources


def test_a_title_another_article_writes_before_the_name_names_the_description(resources: NlpResources) -> None:
    first = "House Speaker Ana Ruiz had a rough morning on the radio show on Tuesday as the host pressed her on taxes."
    second = "The House speaker said she could not tell how the plan would change the deficit in the coming years."
    assert second_article_speakers(resources, first, second) == [("Ana Ruiz", False)]


def test_a_title_two_people_hold_names_no_one(resources: NlpResources) -> None:
    first = ("House Speaker Ana Ruiz met the former House Speaker Ben Ode and Speaker Carl Moe of the Lumo assembly "
             "on Tuesday to talk about taxes.")
    second = "The speaker said she could not tell how the plan would change the deficit in the coming years."
    assert second_article_speakers(resources, first, second) == [("The speaker", True)]


def test_a_bodys_ending_names_the_body_another_article_names(resources: NlpResources) -> None:
    first = "The Lumo Supreme Court on Saturday threw out a late bid to stop the count of the postal votes."
    second = ("The state Supreme Court, ruling five to two, struck down the order, saying the suit came months too "
              "late.")
    assert second_article_speakers(resources, first, second) == [("Lumo Supreme Court", False)]


SECOND = ("Sen. Ana Ruiz said on Sunday she will vote against the port bill.\n\n\"The bill would sink the harbour "
          "towns,\" the moderate Lumo Democrat wrote in a letter to the paper.")


def test_a_party_description_is_the_one_politician_the_story_marks_so(resources: NlpResources) -> None:
    first = "Democratic Sen. Ana Ruiz on Sunday came out against the port bill that Governor Ben Ode signed last week."
    assert second_article_speakers(resources, first, SECOND) == [("Ana Ruiz", False), ("Ana Ruiz", False)]


def test_a_party_description_two_politicians_hold_stays_anonymous(resources: NlpResources) -> None:
    first = ("Democratic Sen. Ana Ruiz on Sunday came out against the port bill, as did Carl Moe (D-Lumo), a member "
             "of the house.")
    assert second_article_speakers(resources, first, SECOND) == [("Ana Ruiz", False),
                                                                ("the moderate Lumo Democrat", True)]


THIRD = ("The port bill passed the house on Friday.\n\nThe Lumo Democrat said the vote would be close in the senate "
         "next week.")


def test_a_party_description_with_a_place_takes_the_member_of_that_place(resources: NlpResources) -> None:
    first = "Rep. Ana Ruiz (D-Lu.) and Rep. Ben Ode of the other party met on Friday to talk about the port bill."
    assert second_article_speakers(resources, first, THIRD) == [("Ana Ruiz", False)]


def test_a_party_description_with_another_place_stays_anonymous(resources: NlpResources) -> None:
    first = "Rep. Ana Ruiz (D-Kade) and Rep. Ben Ode of the other party met on Friday to talk about the port bill."
    assert second_article_speakers(resources, first, THIRD) == [("The Lumo Democrat", True)]


def test_a_party_mark_of_two_words_agrees_by_its_capitals(resources: NlpResources) -> None:
    first = "Rep. Ana Ruiz (D-N.Lu.) and Rep. Ben Ode of the other party met on Friday to talk about the port bill."
    third = THIRD.replace("The Lumo Democrat", "The North Lumo Democrat")
    assert second_article_speakers(resources, first, third) == [("Ana Ruiz", False)]


RE_MENTION = ("Dr. Mara Quillon says the drought will last until next summer.\n\n"
              "The veteran climate scientist predicted that river levels would keep falling through the autumn.\n\n"
              "\u201cWe have not seen anything like this in decades,\u201d Quillon told reporters on Tuesday.")


def test_a_description_after_a_named_subject_is_that_person(resources: NlpResources) -> None:
    variant = quote_of(resources, RE_MENTION, "that river levels")
    assert (variant.speaker, variant.anonymous) == ("Mara Quillon", False)


def test_the_same_across_articles_of_a_story(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Rivers ran low.", RE_MENTION)[1] == ("Mara Quillon", False)


IN_THE_EVENTS = ("A delivery van struck a cyclist on Elm Road, police said.\n\n"
                 "The crash happened just after noon, Sgt. Tobias Renn said.\n\n"
                 "The man told officers he never saw the van, Renn said.")


def test_someone_in_the_events_is_no_re_mention(resources: NlpResources) -> None:
    assert quote_of(resources, IN_THE_EVENTS, "he never saw").speaker != "Tobias Renn"


BROUGHT_IN = ("A senior trade official said the talks would resume in May.\n\n"
              "Minister Elsa Brandt says the deal is close.\n\n"
              "The official added that tariffs would stay in place until the summer.")


def test_someone_brought_in_with_a_is_no_re_mention(resources: NlpResources) -> None:
    variant = quote_of(resources, BROUGHT_IN, "that tariffs")
    assert variant.speaker != "Elsa Brandt" and variant.anonymous


SUING = ("Mayor Lena Voss said Tuesday she is suing the county over the new tax.\n\n"
         "The lawsuit, filed in state court, alleges that the county broke its own charter.")


def test_a_lawsuit_after_suing_is_the_suers(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Tax news.", SUING)[1] == ("Lena Voss", False)


NAME_MODIFIED = ("The Voss administration sued the county over the new tax.\n\n"
                 "The lawsuit alleges that the county broke its own charter.")


def test_a_body_a_name_modifies_is_no_filer(resources: NlpResources) -> None:
    """The story stage would credit 'The Voss administration' to a person named Voss: the lawsuit stays."""
    assert second_article_speakers(resources, "Tax news.", NAME_MODIFIED)[-1] == ("The lawsuit", True)


LONE_ROLE = "A girl was hurt on Sunday night. The Grandmother, who owns the car, says the girl's brother drove it."


def test_a_lone_capitalised_role_stays_a_description(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Crash news.", LONE_ROLE)[-1] == ("The Grandmother", True)


LISTED = ("On Tuesday, skaters Ana Ruiz, Greta Holm, Lena Voss, and Petra Lind stunned the panel, recalling the falls "
          "they suffered and blasting the federation, which they say did nothing about repeated warnings from coaches.")


def test_a_they_after_a_listed_subject_is_all_of_them(resources: NlpResources) -> None:
    speaker, anonymous = second_article_speakers(resources, "Skating news.", LISTED)[-1]
    assert not anonymous and (speaker or "").startswith("Ana Ruiz, Greta Holm, ")  # no 'skaters' before the names
    assert (speaker or "").endswith(" and Petra Lind")


WITH_FELLOWS = ("Ana Ruiz and three fellow skaters gave tearful testimony on Tuesday, recalling the falls they "
                "suffered and charging the federation \"looked the other way\" for years.")


def test_a_they_after_a_name_and_fellows_is_the_joint_subject(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Skating news.", WITH_FELLOWS)[-1] == (
        "Ana Ruiz and three fellow skaters", False)


CARRIED = ("The Lumo Health Agency and the Borovia Disease Office said on Friday that masks are no longer needed "
           "indoors, in a joint notice.\n\n"
           "What they're saying: \"Most people are now well protected against severe illness,\" the LHA and BDO said.")


def test_a_they_carried_from_a_joint_subject_keeps_both(resources: NlpResources) -> None:
    speakers = second_article_speakers(resources, "Health news.", CARRIED)
    assert len({speaker for speaker, _ in speakers}) == 1
    assert "and" in (speakers[-1][0] or "") and "Borovia" in (speakers[-1][0] or "")


OTHER_SUBJECT = ("Ana Ruiz and Greta Holm skated first while the coach blasted the federation, which they say failed "
                 "to act on repeated warnings from parents.")


def test_a_they_after_another_subject_is_no_joint(resources: NlpResources) -> None:
    """A subject named between the joint subject and the 'they' ('while the coach blasted …'): not read as both."""
    assert all(" and " not in (speaker or "") for speaker, _ in
               second_article_speakers(resources, "Skating news.", OTHER_SUBJECT))


PARTICIPLE = ("The union's representative indicated that the rights of workers will be respected under the new rules, "
              "insisting that no member needs to be \"worried about our plans\" at all.")


def test_a_participle_hung_on_a_reported_clause_is_the_reporters(resources: NlpResources) -> None:
    """'X indicated that the rights … will be respected, insisting that …': X insists, not 'the rights'."""
    assert second_article_speakers(resources, "Union news.", PARTICIPLE) == [("The union's representative", True)] * 2


DESPITE = ("The former minister Ada Voss said on Monday that she still believes the fire began in a depot despite the "
           "Lumo Fire Service (LFS) saying that account is unlikely.")


def test_a_participle_after_its_own_subject_is_not_the_reporters(resources: NlpResources) -> None:
    """'X said that she believes … despite the agency saying that is unlikely': X does not say it is unlikely."""
    speakers = second_article_speakers(resources, "Fire news.", DESPITE)
    assert all(name != "Ada Voss" for name, _ in speakers[1:])


EMPLOYER = ("KLTV's chief reporter Ana Ruiz admitted on Monday that it was wrong for the network to claim the mayor "
            "had \"lied about the budget\" in May.")


def test_the_network_after_its_employees_title_is_the_employer(resources: NlpResources) -> None:
    """"KLTV's chief reporter Ana Ruiz admitted … for the network to claim": the network is KLTV."""
    assert second_article_speakers(resources, "TV news.", EMPLOYER)[1:] == [("KLTV", False)] * 2


PAPER = ("The Lumo Times' chief editor Ana Ruiz admitted on Monday that it was wrong for the network to claim the "
         "mayor had \"lied about the budget\" in May.")


def test_a_newspaper_owning_the_subject_is_no_network(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "TV news.", PAPER)[1:] == [("the network", False)] * 2


REPORT_IN = "The agency had planned to cut staff, according to a report in The Lumo Herald on Friday."


def test_a_report_in_a_publication_is_the_publications(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Staff news.", REPORT_IN) == [("Lumo Herald", False)]


OPED_IN = "The agency had planned to cut staff, according to an op-ed in The Lumo Herald on Friday."


def test_an_op_ed_in_a_publication_stays_the_op_ed(resources: NlpResources) -> None:
    """Others write a publication's op-eds, columns and letters: the op-ed is not the paper's."""
    assert second_article_speakers(resources, "Staff news.", OPED_IN) == [("an op-ed", True)]


NAMED = "Lumo Party spokesman Ana Ruiz told reporters on Monday that the party would back the harbour bill."
UNNAMED = "A Lumo Party spokesperson said on Monday that the party would back the harbour bill in the vote."


def test_a_bodys_unnamed_spokesperson_is_the_one_the_story_names(resources: NlpResources) -> None:
    assert second_article_speakers(resources, NAMED, UNNAMED) == [("Ana Ruiz", False)]


TWO_NAMED = ("Lumo Party spokesman Ana Ruiz and Lumo Party spokeswoman Greta Holm both spoke to reporters on Monday "
             "about the harbour bill.")
BARE = "A spokesperson said on Monday that the party would back the harbour bill in the vote."


def test_an_unnamed_spokesperson_stays_unnamed_when_several_or_no_body(resources: NlpResources) -> None:
    assert second_article_speakers(resources, TWO_NAMED, UNNAMED) == [("A Lumo Party spokesperson", True)]
    assert second_article_speakers(resources, NAMED, BARE) == [("A spokesperson", True)]


NESTED_AND = ("Ana Ruiz, the mayor's pick to lead the Office of Trade and Budget, is praised by the mayor's team for "
              "her work on what they call \"fair\" growth.")


def test_an_and_inside_a_phrase_on_the_subject_is_no_joint(resources: NlpResources) -> None:
    """'Ana Ruiz, the pick to lead the Office of Trade and Budget': one person, the 'and' inside a name after her."""
    assert all(" and " not in (speaker or "") for speaker, _ in
               second_article_speakers(resources, "Budget news.", NESTED_AND))


TITLED = ("Senators Ben Ode and Carl Marr want the visa program changed.\n\n"
          "But Mr. Ode and Mr. Marr say other changes are needed before the vote.")


def test_a_joint_subject_of_titled_names_is_both(resources: NlpResources) -> None:
    """'Mr. Ode and Mr. Marr say': the title's full stop ends no joint subject."""
    assert second_article_speakers(resources, "Visa news.", TITLED) == [("Ben Ode and Carl Marr", False)]


PLACE_NAMED = "On Friday, Lumo Secretary of State Petra Lind published the list of old voter names."
PLACE_UNNAMED = "Lumo's secretary of state said on Friday that 5,000 old names will be removed from the voter rolls."


def test_a_places_office_holder_is_the_one_the_story_titles_so(resources: NlpResources) -> None:
    assert second_article_speakers(resources, PLACE_NAMED, PLACE_UNNAMED) == [("Petra Lind", False)]


PLACE_TWO = ("On Friday, Lumo Secretary of State Petra Lind published the list of old voter names.\n\n"
             "Former Lumo Secretary of State Greta Holm called the list too long.")


def test_a_places_office_holder_stays_unnamed_when_several_hold_it(resources: NlpResources) -> None:
    assert second_article_speakers(resources, PLACE_TWO, PLACE_UNNAMED) == [("Lumo's secretary of state", True)]


SURVEY = "Views on the harbour bill are divided along party lines, according to a new Lumo Research Center survey."


def test_a_survey_a_body_names_is_the_bodys(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Poll news.", SURVEY) == [("Lumo Research Center", False)]


PLACE_SURVEY = "Views on the harbour bill are divided along party lines, according to a new Lumo County survey."


def test_a_survey_a_place_names_stays_the_survey(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Poll news.", PLACE_SURVEY) == [("a new Lumo County survey", True)]
