"""Speakers as issue #19's twenty-fourth round found them going wrong, in texts written for these tests: a 'they'
after a joint subject of names ('Ana Ruiz, Ben Ode and Cleo Marr …, which they say …', 'Ana Ruiz and three fellow
skaters …') was left unresolved, and a 'they' the quote stage carried to the last speaker, a joint subject, was
credited to its first member alone; 'a Lumo Party spokesperson said' was left unnamed though another article of the
story names the party's one spokesperson; a participle the parse hangs on a reported clause ('X indicated that the
rights … will be respected, insisting …') was credited to that clause's subject; 'the network' after "KLTV's chief
reporter Ana Ruiz" was left a description; 'according to a report in The Lumo Herald' was left 'a report'; "Lumo's
secretary of state said" was left unnamed though the story titles one person so; 'a new Lumo Research Center survey'
was left the survey."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

LISTED = ("On Tuesday, skaters Ana Ruiz, Greta Holm, Lena Voss, and Petra Lind stunned the panel, recalling the falls "
          "they suffered and blasting the federation, which they say failed to act on repeated warnings from coaches.")
WITH_FELLOWS = ("Ana Ruiz and three fellow skaters gave tearful testimony on Tuesday, recalling the falls they "
                "suffered and charging the federation \"looked the other way\" for years.")
CARRIED = ("The Lumo Health Agency and the Borovia Disease Office said on Friday that masks are no longer needed "
           "indoors, in a joint notice.\n\n"
           "What they're saying: \"Most people are now well protected against severe illness,\" the LHA and BDO said.")
NESTED_AND = ("Ana Ruiz, the mayor's pick to lead the Office of Trade and Budget, is praised by the mayor's team for "
              "her work on what they call \"fair\" growth.")
TITLED = ("Senators Ben Ode and Carl Marr want the visa program changed.\n\n"
          "But Mr. Ode and Mr. Marr say other changes are needed before the vote.")
PARTICIPLE = ("The union's representative indicated that the rights of workers will be respected under the new rules, "
              "insisting that nobody should be \"worried about our plans\" at all.")
DESPITE = ("The former minister Ada Voss said on Monday that she still believes the fire began in a depot despite the "
           "Lumo Fire Service (LFS) saying that account is unlikely.")
EMPLOYER = ("KLTV's chief reporter Ana Ruiz admitted on Monday that it was wrong for the network to claim the mayor "
            "had \"lied about the budget\" in May.")
PAPER = ("The Lumo Times' chief editor Ana Ruiz admitted on Monday that it was wrong for the network to claim the "
         "mayor had \"lied about the budget\" in May.")
REPORT_IN = "The agency had planned to cut staff, according to a report in The Lumo Herald on Friday."
OPED_IN = "The agency had planned to cut staff, according to an op-ed in The Lumo Herald on Friday."
PLACE_NAMED = "On Friday, Lumo Secretary of State Petra Lind published the list of old voter names."
PLACE_TWO = ("On Friday, Lumo Secretary of State Petra Lind published the list of old voter names.\n\n"
             "Former Lumo Secretary of State Greta Holm called the list too long.")
PLACE_UNNAMED = "Lumo's secretary of state said on Friday that 5,000 old names will be removed from the voter rolls."
SURVEY = "Views on the harbour bill are divided along party lines, according to a new Lumo Research Center survey."
PLACE_SURVEY = "Views on the harbour bill are divided along party lines, according to a new Lumo County survey."
NAMED = "Lumo Party spokesman Ana Ruiz told reporters on Monday that the party would back the harbour bill."
UNNAMED = "A Lumo Party spokesperson said on Monday that the party would back the harbour bill in the vote."
TWO_NAMED = ("Lumo Party spokesman Ana Ruiz and Lumo Party spokeswoman Greta Holm both spoke to reporters on Monday "
             "about the harbour bill.")
BARE = "A spokesperson said on Monday that the party would back the harbour bill in the vote."
OTHER_SUBJECT = ("Ana Ruiz and Greta Holm skated first while the coach blasted the federation, which they say failed "
                 "to act on repeated warnings from parents.")


def test_a_they_after_a_listed_subject_is_all_of_them(resources: NlpResources) -> None:
    speaker, anonymous = second_article_speakers(resources, "Skating news.", LISTED)[-1]
    assert not anonymous and (speaker or "").startswith("Ana Ruiz, Greta Holm, ")  # no 'skaters' before the names
    assert (speaker or "").endswith(" and Petra Lind")


def test_a_they_after_a_name_and_fellows_is_the_joint_subject(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Skating news.", WITH_FELLOWS)[-1] == (
        "Ana Ruiz and three fellow skaters", False)


def test_a_they_carried_from_a_joint_subject_keeps_both(resources: NlpResources) -> None:
    speakers = second_article_speakers(resources, "Health news.", CARRIED)
    assert len({speaker for speaker, _ in speakers}) == 1
    assert "and" in (speakers[-1][0] or "") and "Borovia" in (speakers[-1][0] or "")


def test_a_they_after_another_subject_is_no_joint(resources: NlpResources) -> None:
    """A subject named between the joint subject and the 'they' ('while the coach blasted …'): not read as both."""
    assert all(" and " not in (speaker or "") for speaker, _ in
               second_article_speakers(resources, "Skating news.", OTHER_SUBJECT))


def test_a_participle_hung_on_a_reported_clause_is_the_reporters(resources: NlpResources) -> None:
    """'X indicated that the rights … will be respected, insisting that …': X insists, not 'the rights'."""
    assert second_article_speakers(resources, "Union news.", PARTICIPLE) == [("The union's representative", True)] * 2


def test_a_participle_after_its_own_subject_is_not_the_reporters(resources: NlpResources) -> None:
    """'X said that she believes … despite the agency saying that is unlikely': X does not say it is unlikely."""
    speakers = second_article_speakers(resources, "Fire news.", DESPITE)
    assert all(name != "Ada Voss" for name, _ in speakers[1:])


def test_the_network_after_its_employees_title_is_the_employer(resources: NlpResources) -> None:
    """"KLTV's chief reporter Ana Ruiz admitted … for the network to claim": the network is KLTV."""
    assert second_article_speakers(resources, "TV news.", EMPLOYER)[1:] == [("KLTV", False)] * 2


def test_a_newspaper_owning_the_subject_is_no_network(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "TV news.", PAPER)[1:] == [("the network", False)] * 2


def test_a_report_in_a_publication_is_the_publications(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Staff news.", REPORT_IN) == [("Lumo Herald", False)]


def test_an_op_ed_in_a_publication_stays_the_op_ed(resources: NlpResources) -> None:
    """Others write a publication's op-eds, columns and letters: the op-ed is not the paper's."""
    assert second_article_speakers(resources, "Staff news.", OPED_IN) == [("an op-ed", True)]


def test_a_bodys_unnamed_spokesperson_is_the_one_the_story_names(resources: NlpResources) -> None:
    assert second_article_speakers(resources, NAMED, UNNAMED) == [("Ana Ruiz", False)]


def test_an_unnamed_spokesperson_stays_unnamed_when_several_or_no_body(resources: NlpResources) -> None:
    assert second_article_speakers(resources, TWO_NAMED, UNNAMED) == [("A Lumo Party spokesperson", True)]
    assert second_article_speakers(resources, NAMED, BARE) == [("A spokesperson", True)]


def test_an_and_inside_a_phrase_on_the_subject_is_no_joint(resources: NlpResources) -> None:
    """'Ana Ruiz, the pick to lead the Office of Trade and Budget': one person, the 'and' inside a name after her."""
    assert all(" and " not in (speaker or "") for speaker, _ in
               second_article_speakers(resources, "Budget news.", NESTED_AND))


def test_a_joint_subject_of_titled_names_is_both(resources: NlpResources) -> None:
    """'Mr. Ode and Mr. Marr say': the title's full stop ends no joint subject."""
    assert second_article_speakers(resources, "Visa news.", TITLED) == [("Ben Ode and Carl Marr", False)]


def test_a_places_office_holder_is_the_one_the_story_titles_so(resources: NlpResources) -> None:
    assert second_article_speakers(resources, PLACE_NAMED, PLACE_UNNAMED) == [("Petra Lind", False)]


def test_a_places_office_holder_stays_unnamed_when_several_hold_it(resources: NlpResources) -> None:
    assert second_article_speakers(resources, PLACE_TWO, PLACE_UNNAMED) == [("Lumo's secretary of state", True)]


def test_a_survey_a_body_names_is_the_bodys(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Poll news.", SURVEY) == [("Lumo Research Center", False)]


def test_a_survey_a_place_names_stays_the_survey(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Poll news.", PLACE_SURVEY) == [("a new Lumo County survey", True)]
