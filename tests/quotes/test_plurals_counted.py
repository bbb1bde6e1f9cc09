"""quotes/plurals.py: a 'they' after a joint subject whose second member is a count of people ('Senator X and four
of her colleagues wrote … They said') stands for the whole subject. Texts written for these tests."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

COUNTED = ("Senator Mara Velden and four of her colleagues wrote to the water agency on Monday, asking for its "
           "files.\n\n"
           "They said the delay was \"an insult to every taxpayer in the valley.\"")


def test_a_they_after_a_name_and_a_count_of_colleagues_is_the_joint_subject(resources: NlpResources) -> None:
    speakers = second_article_speakers(resources, "Water news.", COUNTED)
    assert speakers and all(found == ("Senator Mara Velden and four of her colleagues", False)
                            for found in speakers)


COUNTED_PARTY = ("Rep. Tomas Brink and 11 of his fellow Republicans sent the board a letter on Friday.\n\n"
                 "They said the new maps were \"drawn in the dark.\"")


def test_a_count_of_party_members_joins_the_name(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Maps news.", COUNTED_PARTY)[-1] == (
        "Rep. Tomas Brink and 11 of his fellow Republicans", False)


COUNTED_THINGS = ("Painter Lena Hovd and two of her canvases arrived at the gallery on Monday.\n\n"
                  "They said the show was \"the best of the decade.\"")


def test_a_count_of_things_is_no_joint_subject(resources: NlpResources) -> None:
    """'two of her canvases' counts no people: the 'they' is not read as the painter and her canvases."""
    assert all("canvases" not in (speaker or "") for speaker, _ in
               second_article_speakers(resources, "Art news.", COUNTED_THINGS))


DESCRIBED = ("In the letter, Senator Mara Velden and her colleagues said the agency had ignored the drought.\n\n"
             "The lawmakers said the board should \"open its books before the summer.\"")


def test_the_lawmakers_after_a_name_and_colleagues_is_the_joint_subject(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Water news.", DESCRIBED)[-1] == (
        "Senator Mara Velden and her colleagues", False)


DESCRIBED_ALONE = ("The water agency ignored the drought for a year, the letter said.\n\n"
                   "The lawmakers said the board should \"open its books before the summer.\"")


def test_the_lawmakers_with_no_joint_subject_before_stay_described(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Water news.", DESCRIBED_ALONE)[-1] == ("The lawmakers", True)


CHARGED = ("Ana Ruiz and Ben Ode were charged on Monday with stealing from the water agency.\n\n"
           "The prosecutors said the pair had \"treated the fund as a piggy bank.\"")


def test_the_prosecutors_after_a_joint_subject_that_said_nothing_stay_described(resources: NlpResources) -> None:
    """The joint subject spoke no words before the description: 'The prosecutors' are not Ruiz and Ode."""
    assert all(" and " not in (speaker or "") for speaker, _ in
               second_article_speakers(resources, "Court news.", CHARGED))
