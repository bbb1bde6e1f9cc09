"""Issue #20: wording passes over a passage whose two sentences hold no evaluative word before keeping anything for
it (a one-event story's reuse passages are mostly such pairs), and finds the pairs the plain definition gives."""

from __future__ import annotations

import pytest

from newsprism.model import Article, Evidence, Reuse, Sentence
from newsprism.outlets import wording
from newsprism.outlets.wording import differing_words, find_wording

PLAIN = ["The ferry left the harbour at nine in the morning.", "Twelve cars were on the lower deck.",
         "The crossing takes about two hours in calm weather."]
REWORDED = ["The ferry sailed from the harbour at nine.", "Twelve cars were parked on the lower deck.",
            "The crossing usually takes two hours."]
LOADED = ["The ferry finally left the harbour at nine in the morning.", "Twelve cars were on the lower deck.",
          "The operator claimed the crossing takes about two hours in calm weather."]


def _article(name: str, sentences: list[str]) -> Article:
    spans, start = [], 0
    for sentence in sentences:
        spans.append(Sentence(start=start, end=start + len(sentence), text=sentence))
        start += len(sentence) + 1
    return Article(id=name, source=f"/home/reader/{name}.txt", format="text", text=" ".join(sentences),
                   sentences=spans)


def _span(article: Article, index: int) -> Evidence:
    s = article.sentences[index]
    return Evidence(article=article.id, start=s.start, end=s.end, text=s.text)


STORY = [_article("plain", PLAIN), _article("reworded", REWORDED), _article("loaded", LOADED)]
REUSE = [Reuse(a=a.id, b=b.id, relation="independent", source=None, coverage=1.0,
               passages=[(i, i, 0.9) for i in range(3)])
         for n, a in enumerate(STORY) for b in STORY[n + 1:]]


def test_wording_pairs_are_those_of_the_plain_definition() -> None:
    expected = set()
    for item in REUSE:
        a, b = next(x for x in STORY if x.id == item.a), next(x for x in STORY if x.id == item.b)
        for i, j, _ in item.passages:
            mine, theirs = _span(a, i), _span(b, j)
            if mine.text != theirs.text and (differing_words(mine, theirs) or differing_words(theirs, mine)):
                expected.add((a.id, i, b.id, j))
    found = {(w.a.article, _index(w.a), w.b.article, _index(w.b)) for w in find_wording(REUSE, STORY)}
    assert found == expected == {("plain", 0, "loaded", 0), ("plain", 2, "loaded", 2),
                                 ("reworded", 0, "loaded", 0), ("reworded", 2, "loaded", 2)}


def _index(evidence: Evidence) -> int:
    """The index in its article of the sentence ``evidence`` cites."""
    article = next(x for x in STORY if x.id == evidence.article)
    return [s.start for s in article.sentences].index(evidence.start)


def test_a_pair_without_evaluative_words_keeps_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    inner = wording._differing

    def counted(mine: Evidence, other: str, made: dict[tuple[str, int, str, str], list[Evidence]]) -> list[Evidence]:
        read.append(mine.text)
        return inner(mine, other, made)

    monkeypatch.setattr(wording, "_differing", counted)
    find_wording(REUSE, STORY)
    assert read and all(text.startswith(("The ferry", "The crossing", "The operator")) for text in read)
    assert not any(text in read for text in (PLAIN[1], REWORDED[1], LOADED[1]))
