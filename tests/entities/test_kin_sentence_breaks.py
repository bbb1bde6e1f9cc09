"""A bare surname right after the sentence that named a relative (kin._breaks): the sentence's end right before the
surname counts, so the surname goes back to the person that sentence was about. Sentences written for these tests."""

from __future__ import annotations

from entity_texts import analyse, owner

from newsprism.nlp.resources import NlpResources


def test_a_surname_after_the_sentence_naming_his_wife_is_his(resources: NlpResources) -> None:
    text = ("Former Senator Lio Barsk, who represented Ohio for decades, has died. Barsk died on Tuesday at home, "
            "surrounded by his wife Tilde Barsk and other relatives, a former aide said. Barsk served in the Navy "
            "during the war.")
    index = analyse(resources, text)
    assert owner(index, "a0", text.rindex("Barsk")) == "Lio Barsk"
    assert owner(index, "a0", text.index("Tilde Barsk")) == "Tilde Barsk"


def test_a_surname_after_a_sentence_the_relative_opens_stays_hers(resources: NlpResources) -> None:
    text = ("Lio Barsk died on Tuesday. His wife, Tilde Barsk, was at his side. Barsk said he had been ill for "
            "months.")
    index = analyse(resources, text)
    assert owner(index, "a0", text.rindex("Barsk")) == "Tilde Barsk"
