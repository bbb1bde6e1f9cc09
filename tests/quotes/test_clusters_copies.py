"""Issue #20: quotes reprinted in many articles are grouped as copies, read and paired once, and expanded back; the
clusters are those of linking every pair of variants that qualifies, one by one (the clustering of before, written
here plainly: every pair of variants compared). Every text here is written for this test."""

from __future__ import annotations

import numpy as np

from newsprism.align import sentence_table
from newsprism.align.memo import QuoteMemo
from newsprism.align.similarity import SAME_STATEMENT_THRESHOLD, score_pairs_grouped
from newsprism.config import NlpConfig
from newsprism.grouping import DisjointSets
from newsprism.model import Article, Evidence, QuoteVariant
from newsprism.nlp import Encoder, NlpResources, parse
from newsprism.nlp.pooling import SentenceStates
from newsprism.quotes.clusters import (
    CANDIDATE_COSINE,
    REWORDED_COSINE,
    _speaker_key,
    cluster_quotes,
)
from newsprism.quotes.copy_groups import copy_groups
from newsprism.quotes.readings import part_requests, read_quotes
from newsprism.quotes.trims import contained

DAHL = "The harbour will stay closed to ferries until the divers have inspected the hull"
DAHL_REWORDED = "the harbour stays shut to ferries until divers have checked the hull"
MORA = "We did everything we could to reach the passengers before dark"
TRIM = "until the divers have inspected the hull"
YES = "Never"
WIRE = (f'Harbour master Henrik Dahl said: "{DAHL}." Coastguard chief Lena Mora added: "{MORA}." '
        f'Asked whether the crew had been warned, Dahl said: "{YES}." Asked again, Mora said: "{YES}."')
REWRITE = (f'Henrik Dahl told reporters that {DAHL_REWORDED}. "{MORA}," Lena Mora said on Tuesday. '
           f'The ferry company said the ship would stay "{TRIM}".')
OTHER = f'"{MORA}," said a coastguard officer. "{DAHL}," Dahl said. The ferry was built in 1998.'
REPRINTS = 5
"""Articles printing the wire word for word: their quotes are copies of the wire's."""

QUOTED = {"wire": [(DAHL, "Henrik Dahl"), (MORA, "Lena Mora"), (YES, "Dahl"), (YES, "Mora")],
          "rewrite": [(DAHL_REWORDED, "Henrik Dahl"), (MORA, "Lena Mora"), (TRIM, "The ferry company")],
          "other": [(MORA, "a coastguard officer"), (DAHL, "Dahl")]}


def _story() -> dict[str, str]:
    texts = {"wire": WIRE, "rewrite": REWRITE, "other": OTHER}
    texts.update({f"reprint-{n}": WIRE for n in range(REPRINTS)})
    return texts


def _variants(texts: dict[str, str]) -> list[QuoteVariant]:
    out = []
    for article, text in texts.items():
        quoted = QUOTED["wire" if article.startswith("reprint") else article]
        found = 0
        for words, speaker in quoted:
            start = text.index(words, found if words == YES else 0)
            found = start + len(words)
            out.append(QuoteVariant(kind="direct", content=Evidence(article=article, start=start, end=found,
                                                                     text=words),
                                    source=None, cue=None, speaker=speaker))
    last = next(n for n, v in enumerate(out) if v.content.article == f"reprint-{REPRINTS - 1}" and v.speaker == "Dahl")
    out[last] = out[last].model_copy(update={"speaker": "Henrik Dahl"})  # one copy's speaker another person's name
    return [*out, out[0].model_copy(update={"kind": "partial"})]  # one quote found twice in one place


def _every_pair(variants: list[QuoteVariant], encoder: Encoder, table: object) -> list[list[int]]:
    """The clusters of linking each pair of variants that qualifies: a trim or copy, or read alike (not from one
    sentence, speakers not differing) and one statement by cosine or by the model."""
    read = read_quotes(variants, encoder, table)  # type: ignore[arg-type]
    texts = [v.content.text for v in variants]
    speakers = [_speaker_key(v) for v in variants]
    vectors, count = read.vectors, len(variants)
    groups: DisjointSets[int] = DisjointSets()
    scored: list[tuple[int, int]] = []
    for i in range(count):
        groups.find(i)
        for j in range(i + 1, count):
            cosine = float(vectors[i] @ vectors[j])
            apart = None in (speakers[i], speakers[j]) or speakers[i] == speakers[j]
            if contained(texts[i], texts[j]) or (apart and i * count + j not in read.together.tolist()
                                                  and cosine >= REWORDED_COSINE):
                groups.join(i, j)
            elif apart and i * count + j not in read.together.tolist() and cosine >= CANDIDATE_COSINE:
                scored.append((i, j))
    pairs = np.array(scored, dtype=np.int64).reshape(-1, 2)
    cosines = np.array([vectors[i] @ vectors[j] for i, j in scored], dtype=np.float32)
    for (i, j), score in zip(scored, score_pairs_grouped(read.texts(range(count)), pairs, cosines), strict=True):
        if score >= SAME_STATEMENT_THRESHOLD:
            groups.join(i, j)
    found = groups.groups()
    return sorted(found, key=lambda members: (-len({variants[i].content.article for i in members}), members[0]))


def test_copies_cluster_as_every_pair_compared(resources: NlpResources, encoder: Encoder) -> None:
    texts = _story()
    articles = [Article(id=name, source="test", format="text", text=text) for name, text in texts.items()]
    table = sentence_table([p.article for p in parse(articles, resources, NlpConfig())], encoder)
    variants = _variants(texts)
    expected = _every_pair(variants, encoder, table)
    memo = QuoteMemo()
    found = cluster_quotes(variants, encoder, memo, table)
    index = {id(v): n for n, v in enumerate(variants)}
    assert [[index[id(v)] for v in quote.variants] for quote in found] == expected
    again = cluster_quotes(variants, encoder, memo, table)  # with the decisions remembered
    assert [[index[id(v)] for v in quote.variants] for quote in again] == expected
    states = SentenceStates.of(table)
    requests = part_requests(variants)
    copies = copy_groups([(states.context(r), r.text, _speaker_key(v)) for r, v in zip(requests, variants,
                                                                                        strict=True)],
                         [states.holding(r) for r in requests])
    # each reprint's quotes are copies of the wire's but the renamed one; the quote found twice in one place is two
    assert len(copies.members) == len(variants) - REPRINTS * 4 + 1
    assert not any({0, len(variants) - 1} <= set(members) for members in copies.members)
    assert any(len(members) > 2 for members in expected)  # copies and rewordings to join
    said = [members for members in expected if {variants[i].content.text for i in members} == {YES}]
    assert len(said) == 3  # one word said by two people, and one copy credited to a third name
