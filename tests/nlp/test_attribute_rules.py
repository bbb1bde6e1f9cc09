"""The array attribute ruler annotates every token as spaCy's AttributeRuler it replaces."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from newsprism.config import NlpConfig
from newsprism.nlp.attribute_rules import ArrayAttributeRuler, Rules, use_array_ruler
from newsprism.nlp.resources import _split_glued_quotes

ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
TEXTS = [
    "The ferry was late and the passengers were angry, but nothin' happened.",
    "There is a storm coming, and there were two warnings on Tuesday.",
    "I told you it would rain.  You said it wouldn't, and they ignored me.",
    "We're gonna need a bigger boat, y'all, and I ain't joking.",
    "Let's go.\n\nWho did it?  Did you see that?  That is what he had said.",
    "The council had voted before the mayor did; whoever won, this was odd.",
    "Harbour master Henrik Dahl said the port would reopen if the fog lifted.",
    "He's got ta leave, she'd said, and we gotta go, c'mon.",
    "He gets what he got.",
    "They were gon",
    "na stay in Oslo.",
]
"""Texts written for the ruler's exceptions: 'was'/'were' and other auxiliaries, expletive 'there', pronouns as
subject and object, 'gonna', "y'all", "ain't", "let's", a determiner used as a pronoun, a subordinating 'if', double
spaces and a paragraph break, and a Doc ending in 'gon' before one starting with 'na' (no match across Docs)."""


def _table(doc: Any) -> tuple[np.ndarray, list[str], list[str]]:
    return doc.to_array(ATTRS), [str(t.morph) for t in doc], [t.lemma_ for t in doc]


def _same(ours: list[Any], theirs: list[Any]) -> None:
    assert len(ours) == len(theirs)
    for a, b in zip(ours, theirs, strict=True):
        x, y = _table(a), _table(b)
        assert np.array_equal(x[0], y[0]) and x[1:] == y[1:], a.text


@pytest.fixture(scope="module")
def spacy_ruler() -> Any:
    """The configured spaCy model with its own attribute ruler, loaded as newsprism loads it otherwise."""
    nlp = spacy.load(NlpConfig().spacy_model, exclude=["lemmatizer"])
    _split_glued_quotes(nlp)
    return nlp


def test_the_model_ruler_is_replaced_and_annotates_the_same(resources, spacy_ruler) -> None:
    assert isinstance(resources.spacy.get_pipe("attribute_ruler").pipe.__self__, ArrayAttributeRuler)
    assert not isinstance(getattr(spacy_ruler.get_pipe("attribute_ruler").pipe, "__self__", None), ArrayAttributeRuler)
    for batch_size in (1, 3, 64):
        _same(list(resources.spacy.pipe(TEXTS, batch_size=batch_size)),
              list(spacy_ruler.pipe(TEXTS, batch_size=batch_size)))
    annotated = next(resources.spacy.pipe(["She was there."]))
    assert [t.pos_ for t in annotated][:2] == ["PRON", "AUX"]  # the exceptions applied, not only the tag map


def _blank_with_rules() -> Any:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["run", "runs", "walk"]}}]], {"POS": "NOUN", "MORPH": "Number=Sing"})
    ruler.add([[{"LOWER": "run"}]], {"POS": "VERB"})  # later: wins over the first rule
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^w"}}, {"IS_SPACE": False, "LOWER": {"NOT_IN": ["home"]}}]], {"TAG": "W"})
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    return nlp


@pytest.mark.parametrize("batch_size", [1, 2, 100])
def test_rule_order_index_and_docs_bounds_as_spacy(batch_size: int) -> None:
    texts = ["run  walk away, we walk home", "Gon na run", "we run gon", "na walk", "", "Runs"]
    spacy_nlp, ours = _blank_with_rules(), _blank_with_rules()
    assert use_array_ruler(ours)
    _same(list(ours.pipe(texts, batch_size=batch_size)), list(spacy_nlp.pipe(texts, batch_size=batch_size)))
    doc = next(ours.pipe(["Gon na run"]))
    assert [t.pos_ for t in ours("run gon na")] == [t.pos_ for t in spacy_nlp("run gon na")]  # one Doc: spaCy's
    assert [t.lemma_ for t in doc][1] == "to" and doc[2].pos_ == "VERB"


def test_a_rule_it_cannot_read_keeps_spacy_ruler() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"POS": "DET"})
    assert Rules.of(ruler) is None
    assert not use_array_ruler(nlp)
    assert "pipe" not in vars(ruler)
