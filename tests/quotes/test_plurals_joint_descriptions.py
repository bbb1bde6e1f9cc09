"""quotes/plurals.py: a 'they' opening its sentence after plural nouns joined by 'and', one of people at least ('the
media and politicians are inflating … They declare …'), stands for that joint description (issue #19, E22's seed-99
honest reading, AllSides crawled 5786: the 'they' was left bare); in texts written for these tests."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

JOINT = ("The Lumo Council has issued its latest survey of the rivers. As ever, the media and politicians are "
         "inflating the findings. They declare that we face the \u201cfinal, true chance\u201d to save the valley.")
THINGS = ("The Lumo Council has issued its latest survey of the rivers. As ever, the newspapers and websites are "
          "inflating the findings. They declare that we face the \u201cfinal, true chance\u201d to save the valley.")


def test_they_after_a_joint_description_is_it(resources: NlpResources) -> None:
    assert set(second_article_speakers(resources, "", JOINT)) == {("the media and politicians", True)}


def test_they_after_plural_things_stays_bare(resources: NlpResources) -> None:
    assert set(second_article_speakers(resources, "", THINGS)) == {("They", False)}
