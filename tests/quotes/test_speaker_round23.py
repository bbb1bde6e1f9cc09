"""Speakers as issue #19's twenty-third round found them going wrong, in texts written for these tests: a lawsuit's or
complaint's allegations were credited to the filing ('The lawsuit alleges …') though the story names who filed it
('X filed a lawsuit', 'X is suing Y', 'the lawsuit, filed by X', "X's lawsuit claims"); a filing whose filer the text
does not name ('a lawsuit was filed', 'Y was sued') or names only as 'they' stays the filing; a long title
the parse cut from an honorific and a name ('County Health Director | Dr. Ana Ruiz') was the speaker."""

from __future__ import annotations

from quoted_texts import quote_of, second_article_speakers

from newsprism.nlp import NlpResources

FILED = ("The Harbor Workers Union filed a lawsuit against Dalmor Shipping on Friday.\n\n"
         "The complaint claims that the company cut wages without notice.")
SUING = ("Mayor Lena Voss said Tuesday she is suing the county over the new tax.\n\n"
         "The lawsuit, filed in state court, alleges that the county broke its own charter.")
FILED_BY = "The lawsuit, filed by the Harbor Workers Union, alleges that the company cut wages without notice."
OWNED = "Greta Holm's lawsuit claims that the clinic ignored her calls for months."
UNNAMED = ("A lawsuit was filed against Dalmor Shipping on Friday by several of its former workers.\n\n"
           "The lawsuit alleges that the company cut wages without notice.")
SUED = ("Dalmor Shipping was sued by two former workers last year.\n\n"
        "The lawsuit alleges that the company cut wages without notice.")
NAME_MODIFIED = ("The Voss administration sued the county over the new tax.\n\n"
                 "The lawsuit alleges that the county broke its own charter.")
LED_BY = "A lawsuit led by Attorney General Petra Lind said the rule would cost the state millions."
THEY = ("They sued the county in March.\n\n"
        "The suit claims the county broke its own charter.")


def test_a_complaint_is_its_filers(resources: NlpResources) -> None:
    variant = quote_of(resources, FILED, "that the company")
    assert (variant.speaker, variant.anonymous) == ("The Harbor Workers Union", False)


def test_a_lawsuit_after_suing_is_the_suers(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Tax news.", SUING)[1] == ("Lena Voss", False)


def test_a_lawsuit_filed_by_a_body_is_the_bodys(resources: NlpResources) -> None:
    assert quote_of(resources, FILED_BY, "that the company").speaker == "the Harbor Workers Union"


def test_a_possessed_lawsuit_is_its_owners(resources: NlpResources) -> None:
    assert quote_of(resources, OWNED, "that the clinic").speaker == "Greta Holm"


def test_a_lawsuit_whose_filer_is_unnamed_stays_the_lawsuit(resources: NlpResources) -> None:
    for text in (UNNAMED, SUED, THEY):
        variant = quote_of(resources, text, "the county" if text is THEY else "that the company")
        assert variant.anonymous and variant.speaker in ("The lawsuit", "The suit"), text


def test_a_lawsuit_led_by_someone_is_theirs(resources: NlpResources) -> None:
    assert quote_of(resources, LED_BY, "the rule").speaker == "Petra Lind"


def test_a_body_a_name_modifies_is_no_filer(resources: NlpResources) -> None:
    """The story stage would credit 'The Voss administration' to a person named Voss: the lawsuit stays."""
    assert second_article_speakers(resources, "Tax news.", NAME_MODIFIED)[-1] == ("The lawsuit", True)


TITLE_BEFORE_HONORIFIC = "The order will also cover large outdoor games, said County Health Director Dr. Ana Ruiz."


def test_a_long_title_before_an_honorific_is_no_name(resources: NlpResources) -> None:
    """The parse cut 'County Health Director' from 'Dr. Ana Ruiz': the title is not a longer name than hers."""
    assert quote_of(resources, TITLE_BEFORE_HONORIFIC, "The order").speaker == "Ana Ruiz"


LONE_ROLE = "A girl was hurt on Sunday night. The Grandmother, who owns the car, says the girl's brother drove it."


def test_a_lone_capitalised_role_stays_a_description(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "Crash news.", LONE_ROLE)[-1] == ("The Grandmother", True)
