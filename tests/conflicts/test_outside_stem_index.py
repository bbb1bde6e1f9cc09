"""The other-sentence scan of a number or date conflict looks only at the texts holding one of its context stems
(issue #20): it must find exactly the claims a scan of every distinct text finds."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from conflict_sentences import sentence

from newsprism.conflicts import aligned
from newsprism.conflicts.compare import disagreements
from newsprism.conflicts.sides import Claim
from newsprism.conflicts.slots import Disagreement
from newsprism.model import Evidence, Sentence

TEXTS = [
    "Flooding in Lendon killed 14 people on Tuesday, officials said.",
    "Flooding in Lendon killed 41 people on Tuesday, officials said.",
    "The storm killed 14 people in the valley, the police said.",
    "Another 41 people were killed when the dam broke.",
    "Rescuers said 14 people were injured and 41 were missing.",
    "The antiestablishmentarians killed 14 soldiers at the border post.",
    "The antiestablishmentarians killed 41 soldiers at the border post.",
    "Now antiestablishmentarians killed 14 soldiers in the north.",
    "Officials counted 14 boats and 41 cars in the harbour.",
    "The mayor spoke on Tuesday about the 14 homes that were damaged.",
    "Schools stayed closed on Wednesday as the water receded.",
    "The flood began on Monday, officials said, and killed dozens.",
    "The flood began on Tuesday, officials said, and killed dozens.",
    "KILLED: 41 PEOPLE, officials say.",
    "Flooding in Lendon killed 14 people on Tuesday, officials said.",
]


def _story(texts: list[str]) -> Any:
    sentences: list[Sentence] = []
    offset = 0
    for text in texts:
        plain = sentence(text)
        sentences.append(plain.model_copy(update={"start": offset, "end": offset + len(text)}))
        offset += len(text) + 1

    def evidence(i: int) -> Evidence:
        s = sentences[i]
        return Evidence(article=f"a{i}", start=s.start, end=s.end, text=s.text)

    return SimpleNamespace(alignment=SimpleNamespace(table=SimpleNamespace(sentences=sentences, evidence=evidence)))


def _plain_outside(story: Any, item: Disagreement, inside: set[int], context: set[str]) -> list[Claim]:
    """Every distinct text read (the scan before the index), the claims in sentence order."""
    table = story.alignment.table
    chosen: list[tuple[int, str]] = []
    first: dict[str, list[int]] = {}
    for i, s in enumerate(table.sentences):
        first.setdefault(s.text, []).append(i)
    for indices in first.values():
        side = aligned._side(table.sentences[indices[0]], item, context)
        if side is not None:
            chosen += [(i, side) for i in indices if i not in inside]
    return [Claim(item.a if side == "a" else item.b, side, table.evidence(i)) for i, side in sorted(chosen)]


def _context(story: Any, item: Disagreement, a: int, b: int) -> set[str]:
    sentences = story.alignment.table.sentences
    return aligned._measure_words(sentences[a].text, item.a) & aligned._measure_words(sentences[b].text, item.b)


def _disputed(story: Any, a: int, b: int) -> Disagreement:
    sentences = story.alignment.table.sentences
    found = disagreements(sentences[a], sentences[b])
    assert len(found) == 1 and found[0].kind in ("number", "date"), found
    return found[0]


def test_indexed_scan_finds_what_every_text_finds() -> None:
    story = _story(TEXTS)
    copies = aligned._Copies(story.alignment.table.sentences)
    found_any = 0
    for a, b in [(0, 1), (5, 6), (11, 12)]:
        item = _disputed(story, a, b)
        context = _context(story, item, a, b)
        assert context, (item, a, b)
        got = aligned._outside(story, item, copies, {a, b}, context)
        assert got == _plain_outside(story, item, {a, b}, context)
        found_any += len(got)
    assert found_any >= 5  # the cases do reach sentences outside the pair


def test_a_stem_cut_by_the_window_is_still_found() -> None:
    """A word cut at the window's edge gives a stem from inside a longer word (the window 25 characters before
    '14 soldiers' starts inside 'antiestablishmentarians' and reads 'stab'): the index matches substrings, not
    whole words, so a text holding it that way is kept."""
    story = _story(TEXTS)
    item = _disputed(story, 5, 6)
    context = _context(story, item, 5, 6)
    whole = {w[:4] for text in TEXTS for w in text.lower().replace(",", " ").replace(".", " ").split()}
    assert context - whole  # a stem no whole word starts with: the cut case is exercised
    copies = aligned._Copies(story.alignment.table.sentences)
    assert 7 in {i for indices in copies.holding(context - whole) for i in indices}
    assert aligned._outside(story, item, copies, {5, 6}, context) == _plain_outside(story, item, {5, 6}, context)


def test_holding_lists_each_text_once_in_order_of_first_sentence() -> None:
    story = _story(TEXTS)
    copies = aligned._Copies(story.alignment.table.sentences)
    held = copies.holding({"kill", "offi"})
    assert held[0] == [0, 14]  # the reprinted text: both of its sentences, once
    firsts = [indices[0] for indices in held]
    assert firsts == sorted(firsts)
    expected = [i for i, t in enumerate(TEXTS) if ("kill" in t.lower() or "offi" in t.lower()) and TEXTS.index(t) == i]
    assert firsts == expected
