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
from dataclasses import dataclass

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


def stated_by(facts: Sequence[Fact]) -> dict[tuple[str, int], list[frozenset[str]]]:
    """(article, sentence start) → the article sets of the facts the sentence states (each fact's set shared by its
    sentences: a one-event story's facts hold every article, and one set per sentence grew with the story times
    its articles)."""
    found: dict[tuple[str, int], list[frozenset[str]]] = {}
    for fact in facts:
        articles = frozenset(e.article for e in fact.evidence)
        for evidence in fact.evidence:
            found.setdefault((evidence.article, evidence.start), []).append(articles)
    return found


def exclusive(article: Article, stated: dict[tuple[str, int], list[frozenset[str]]], copies: set[str]) -> list[
        Evidence]:
    """The article's sentences that only it (and its own copies) state, in text order."""
    found = []
    for sentence in article.sentences:
        if _alone(article.id, stated.get((article.id, sentence.start), []), copies) and len(
                sentence.text.split()) >= MIN_EXCLUSIVE_WORDS:
            found.append(Evidence(article=article.id, start=sentence.start, end=sentence.end, text=sentence.text))
    return found


def _alone(article: str, stating: list[frozenset[str]], copies: set[str]) -> bool:
    """No article but ``article`` and its ``copies`` is in any of the sets ``stating``."""
    for articles in stating:
        if len(articles) - (article in articles) > len(copies):
            return False  # more others than copies: some other is no copy (no set walked)
        if any(a != article and a not in copies for a in articles):
            return False
    return True


@dataclass(frozen=True)
class FactReach:
    """Who states one fact: its articles, and the independent origins they come from."""

    articles: frozenset[str]
    origins: frozenset[int]


def fact_reach(facts: Sequence[Fact], origin: dict[str, int]) -> list[FactReach]:
    """Each fact's :class:`FactReach`, read once for every article's :func:`omitted`."""
    reach = []
    for fact in facts:
        articles = frozenset(e.article for e in fact.evidence)
        reach.append(FactReach(articles, frozenset(origin[a] for a in articles if a in origin)))
    return reach


def omitted(article: Article, facts: Sequence[Fact], origin: dict[str, int],
            reach: Sequence[FactReach] | None = None, wide: Sequence[int] | None = None) -> list[OmittedFact]:
    """Facts that more than half of the other origins (two at least) state and ``article`` does not. ``reach``:
    :func:`fact_reach` of the facts, when read already; ``wide``: :func:`widely_stated` of it, when read already."""
    mine = origin[article.id]
    others = len(set(origin.values()) - {mine})
    reach = reach or fact_reach(facts, origin)
    found = []
    for number in widely_stated(reach, origin) if wide is None else wide:
        fact, stating = facts[number], reach[number]
        if article.id in stating.articles:
            continue
        count = len(stating.origins) - (mine in stating.origins)
        if count >= 2 and 2 * count > others:
            found.append(OmittedFact(fact=number, text=fact.text, origins=fact.origins))
    return found


def widely_stated(reach: Sequence[FactReach], origin: dict[str, int]) -> list[int]:
    """The numbers of the facts some article may omit: stated by two origins at least and by more than half of the
    origins but one (an article's count of the other origins stating a fact is at most the fact's origins). Read
    once for all of a story's articles (issue #20: each article walked every fact, about 1 CPU s of every analysis
    of a 200-article story)."""
    others = len(set(origin.values())) - 1
    return [n for n, stating in enumerate(reach) if len(stating.origins) >= 2 and 2 * len(stating.origins) > others]
