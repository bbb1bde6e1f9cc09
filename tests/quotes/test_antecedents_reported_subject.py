"""quotes/antecedents.py, plurals.py: a pronoun credit after the reported words stands for the subject named in them
when no one it could stand for is named before them ('Gov. Ana Vell is sending troops to help “secure” the border, she
announced': Ana Vell; 'Lumo and its partner Kade will seek … “as soon as possible,” they said': the joint subject;
issue #19, the pattern of R4s's honest reading, in texts written for these tests)."""

from __future__ import annotations

from quoted_texts import quote_of

from newsprism.nlp import NlpResources

SHE_ANNOUNCED = ("Maine Gov. Rosa Telling (D) is sending road crews to New Hampshire to help \u201cclear\u201d the "
                 "mountain passes, she announced Monday.\n\nThe storm is due on Wednesday.")
NAMED_BEFORE = ("Rosa Telling spoke to the press on Monday.\n\nGov. Jordan Pell is sending road crews to help "
                "\u201cclear\u201d the passes, she said.")
OBJECT_ONLY = ("Deputies stopped Jordan Pell near the border and took the van to help \u201cclear\u201d the road, "
               "she said.\n\nThe van was later returned.")
THEY_SAID = ("Stocks of both firms rose on Monday. Now Varnel and its partner Quist Labs will ask regulators to clear "
             "the test \u201cas fast as they can,\u201d they said.")


def test_a_she_after_the_reported_words_is_their_subject(resources: NlpResources) -> None:
    assert quote_of(resources, SHE_ANNOUNCED, "clear").speaker == "Rosa Telling"


def test_a_she_after_the_reported_words_keeps_someone_named_before(resources: NlpResources) -> None:
    assert quote_of(resources, NAMED_BEFORE, "clear").speaker == "Rosa Telling"


def test_an_object_in_the_reported_words_is_no_antecedent(resources: NlpResources) -> None:
    assert quote_of(resources, OBJECT_ONLY, "clear").speaker == "she"


def test_a_they_after_the_reported_words_is_their_joint_subject(resources: NlpResources) -> None:
    assert quote_of(resources, THEY_SAID, "as fast as").speaker == "Varnel and its partner Quist Labs"
