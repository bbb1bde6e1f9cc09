"""The titles before each person mention are read once per story for all of its anonymous titled descriptions
(issue #20: each description read every mention of the story again), with the same holders found."""

from __future__ import annotations

from typing import Any

import pytest

from newsprism.config import NlpConfig
from newsprism.entities import find_entities
from newsprism.model import Article
from newsprism.nlp import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.quotes import attribute_speakers, story_holders
from newsprism.quotes.extract import find_quotes
from newsprism.quotes.speakers import titles_before

FIRST = ("House Speaker Ana Ruiz met Mayor Ben Ode on Tuesday to talk about the harbour budget and the new ferry "
         "pier, and Judge Carl Moe joined them later.")
SECOND = ("The House speaker said the pier would open in the spring. The House speaker also said the budget would "
          "not grow this year.")


def test_each_mention_is_read_once_for_every_description(resources: NlpResources,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [Article(id=f"a{i}", source=f"a{i}.txt", format="text", text=t) for i, t in enumerate((FIRST, SECOND))]
    parsed = parse(articles, resources, NlpConfig())
    variants = [v for p in parsed for v in find_quotes(p)]
    reads: list[tuple[str, int]] = []

    def counted(text: str, start: int) -> Any:
        reads.append((text, start))
        return titles_before(text, start)

    monkeypatch.setattr(story_holders, "titles_before", counted)
    found = attribute_speakers(variants, find_entities(parsed), {a.id: a.text for a in articles})
    assert [(v.speaker, v.anonymous) for v in found if v.content.article == "a1"] == [("Ana Ruiz", False)] * 2
    assert reads and len(reads) == len(set(reads))
