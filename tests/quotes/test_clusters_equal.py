"""Issue #20: the quote clusters of a story with trimmed, copied, reworded and look-alike quotes stay those the
clustering of before found (recorded with the code of commit ffc0da1: the model run on every candidate pair in
row order). Every quote here is written for this test."""

from __future__ import annotations

from typing import Literal

from newsprism.model import Evidence, QuoteVariant
from newsprism.quotes.clusters import cluster_quotes

Kind = Literal["direct", "partial", "indirect"]
KOWAL, ORTIZ, LIND = "person:ines-kowal", "person:rafael-ortiz", "person:amara-lind"

QUOTES: list[tuple[str, str, str | None, str | None, Kind]] = [
    ("a", "We opened the spillway because the water was rising faster than any model predicted", "Ines Kowal", KOWAL,
     "direct"),
    ("b", "We opened the spillway since the water rose quicker than any of our models had predicted", "Kowal", None,
     "direct"),
    ("c", "faster than any model predicted", "Ines Kowal", KOWAL, "partial"),
    ("d", "the water was rising faster than any model had predicted", "Kowal", None, "indirect"),
    ("e", "We opened the spillway because the water was rising faster than any model predicted", "he", None,
     "direct"),
    ("a", "The concrete on the eastern wall showed cracks as early as March", "Rafael Ortiz", ORTIZ, "direct"),
    ("c", "Cracks were visible in the eastern wall's concrete as early as March", "Ortiz", ORTIZ, "direct"),
    ("f", "The concrete of the east wall already had cracks in March", "Rafael Ortiz", None, "direct"),
    ("b", "Nobody told us the inspection had been postponed", "Rafael Ortiz", ORTIZ, "direct"),
    ("g", "No one informed us that the inspection was delayed", "Ortiz", None, "direct"),
    ("a", "The water came up to the second floor in twenty minutes", None, None, "direct"),
    ("d", "Within twenty minutes the water reached the second floor", "a resident", None, "direct"),
    ("h", "The water came up to the second floor in about twenty minutes", "she", None, "direct"),
    ("b", "Every family that lost a home will get help from the state", "Amara Lind", LIND, "direct"),
    ("e", "Every family who lost their home will receive state help", "Ines Kowal", KOWAL, "direct"),
    ("f", "Every family that lost a home will get help from the state", "Ines Kowal", KOWAL, "direct"),
    ("c", "We will rebuild the dam, but not the way it was built in 1968", "Amara Lind", LIND, "direct"),
    ("g", "not the way it was built in 1968", "Lind", None, "partial"),
    ("h", "We are going to rebuild the dam, though not as it was built in 1968", "Governor Lind", None, "direct"),
    ("a", "The evacuation order remains in force until further notice", "a city spokeswoman", None, "direct"),
    ("e", "The evacuation order stays in place until further notice", "officials", None, "direct"),
    ("g", "The evacuation order remains in force until further notice", "he", None, "direct"),
    ("b", "The water level is still rising in the northern districts", "Ines Kowal", KOWAL, "direct"),
    ("f", "We did not open the spillway too late", "Ines Kowal", KOWAL, "direct"),
    ("h", "We opened the spillway too late", "a resident", None, "direct"),
    ("d", "The eastern wall will be inspected again on Friday", "Rafael Ortiz", ORTIZ, "direct"),
    ("e", "The western wall was inspected on Friday", "Rafael Ortiz", ORTIZ, "direct"),
    ("g", "Evacuation buses leave from the stadium every half hour", "a city spokeswoman", None, "direct"),
    ("h", "Buses for the evacuation depart the stadium every thirty minutes", "officials", None, "direct"),
    ("c", "It was", "Kowal", None, "direct"),
]

RECORDED: list[tuple[list[int], bool]] = [
    ([0, 1, 2, 3, 4], True),
    ([10, 11, 12], False),
    ([13, 14, 15], True),
    ([19, 20, 21], False),
    ([5, 6], False),
    ([16, 17], True),
    ([23, 24], False),
    ([25, 26], False),
    ([27, 28], False),
    ([7], False),
    ([8], False),
    ([9], False),
    ([18], False),
    ([22], False),
    ([29], False),
]
"""Each cluster as its variants' indexes into QUOTES, and whether its speakers differ, in the clusters' order."""


def variants() -> list[QuoteVariant]:
    return [QuoteVariant(kind=kind, content=Evidence(article=article, start=0, end=len(text), text=text),
                         source=None, cue=None, speaker=speaker, entity=entity)
            for article, text, speaker, entity, kind in QUOTES]


def test_the_clusters_are_those_of_before(encoder) -> None:
    found = cluster_quotes(variants(), encoder)
    index = {(article, text, speaker): n for n, (article, text, speaker, _, _) in enumerate(QUOTES)}
    clusters = [(sorted(index[(v.content.article, v.content.text, v.speaker)] for v in quote.variants),
                 quote.speakers_differ) for quote in found]
    assert clusters == RECORDED
    assert any(len(members) > 2 for members, _ in clusters)  # the story has rewordings to join
