"""What each source alone says, and what it leaves out that most others say.

Exclusive: a sentence of the article that no other independent origin states. Copies of the article (reprints
and rewrites that take it as their source) do not count as others: a wire story whose reprint repeats it still
says alone what it alone reported. A reprint, whose text another article here already states, has no exclusives
but what it added. Omitted: a fact (aligned statements of two articles or more) that most of the other
independent origins state and this article does not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newsprism.model import Article, Evidence, Fact, OmittedFact, Reuse

MIN_EXCLUSIVE_WORDS = 6
"""A sentence shorter than this ('He declined.', 'Read more:') is no statement of its own to show a reader. The
summary's candidates start at 5 words; one more keeps short credit and caption lines of the seeds out."""


def copies_of(reuse: Sequence[Reuse]) -> dict[str, set[str]]:
    """Article id → every article that reuses it, directly or through another copy."""
    direct: dict[str, set[str]] = defaultdict(set)
    for item in reuse:
        if item.relation != "independent" and item.source in (item.a, item.b):
            direct[item.source or ""].add(item.b if item.source == item.a else item.a)
    closed: dict[str, set[str]] = {}
    for source in direct:
        seen: set[str] = set()
        todo = [source]
        while todo:
            for copy in direct.get(todo.pop(), set()) - seen:
                seen.add(copy)
                todo.append(copy)
        closed[source] = seen - {source}
    return closed


def stated_by(facts: Sequence[Fact]) -> dict[tuple[str, int], set[str]]:
    """(article, sentence start) → the articles whose sentences state the same fact."""
    found: dict[tuple[str, int], set[str]] = {}
    for fact in facts:
        articles = {e.article for e in fact.evidence}
        for evidence in fact.evidence:
            found.setdefault((evidence.article, evidence.start), set()).update(articles)
    return found


def exclusive(article: Article, stated: dict[tuple[str, int], set[str]], copies: set[str]) -> list[Evidence]:
    """The article's sentences that only it (and its own copies) state, in text order."""
    found = []
    for sentence in article.sentences:
        others = stated.get((article.id, sentence.start), set()) - {article.id}
        if others <= copies and len(sentence.text.split()) >= MIN_EXCLUSIVE_WORDS:
            found.append(Evidence(article=article.id, start=sentence.start, end=sentence.end, text=sentence.text))
    return found


def omitted(article: Article, facts: Sequence[Fact], origin: dict[str, int]) -> list[OmittedFact]:
    """Facts that more than half of the other origins (two at least) state and ``article`` does not."""
    mine = origin[article.id]
    others = {o for a, o in origin.items() if o != mine}
    found = []
    for number, fact in enumerate(facts):
        articles = {e.article for e in fact.evidence}
        if article.id in articles:
            continue
        stating = {origin[a] for a in articles if a in origin} - {mine}
        if len(stating) >= 2 and 2 * len(stating) > len(others):
            found.append(OmittedFact(fact=number, text=fact.text, origins=fact.origins))
    return found
