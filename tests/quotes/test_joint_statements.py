"""quotes/joint.py: the signers of a joint statement the sentence names after it ('reads a joint statement from Sen.
X (D-Ore.) and Reps. Y (Wash.), Z (Ore.) and W (Idaho)'), and a joint subject whose names carry a lawmaker's party
and state, read through :func:`~newsprism.quotes.attribute_speakers`. Texts written for these tests."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.model import Article
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes import attribute_speakers
from newsprism.quotes.extract import find_quotes

LEAD = "Lawmakers attacked the harbour plan on Friday. “The board’s plan misses the point,” "


def _speaker(resources: NlpResources, text: str) -> str | None:
    article = Article(id="a", source="a.txt", format="text", text=text)
    parsed = parse([article], resources, NlpConfig())
    found = attribute_speakers(find_quotes(parsed[0]), find_entities(parsed), {"a": text})
    return next(v.speaker for v in found if v.content.text.startswith("The board’s plan"))


def test_a_joint_statement_is_all_its_signers(resources: NlpResources) -> None:
    text = LEAD + ("reads a joint statement from Sen. Tara Venn (D-Ore.) and Democratic Reps. Malik Osei (Wash.), "
                   "Lena Dorr (Ore.) and Paul Imre (Idaho).")
    assert _speaker(resources, text) == "Tara Venn, Malik Osei, Lena Dorr and Paul Imre"


def test_a_joint_subject_with_party_labels_is_both(resources: NlpResources) -> None:
    text = LEAD + "Sen. Tara Venn (D-Ore.) and Sen. Malik Osei (R-Utah) said in a statement."
    assert _speaker(resources, text) == "Tara Venn and Malik Osei"


def test_a_statement_from_one_who_met_another_is_hers_alone(resources: NlpResources) -> None:
    text = LEAD + "reads a statement from Sen. Tara Venn, who met Rep. Malik Osei (D-Ore.) on Monday."
    assert _speaker(resources, text) == "Tara Venn"
