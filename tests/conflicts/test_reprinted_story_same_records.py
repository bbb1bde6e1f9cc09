"""Conflicts and outlets read per distinct text give the records the per-link, per-article readings gave (issue #20).

A story of texts written here: a wire report, three reprints of it, a rewrite that changes a count, a day, a place
and a verb of saying (and evaluative words), two reprints of the rewrite, and two independent reports. The pipeline
analyses it; the conflict and outlet inputs it builds are read again by the reference readings below (the code
before the change: every link read on its own, every article scanning every record) and must give equal records.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsprism import pipeline
from newsprism.config import Config
from newsprism.conflicts import ConflictInput, aligned, find_conflicts
from newsprism.conflicts import _same_entity as same_entity_of
from newsprism.conflicts.compare import disagreements, states
from newsprism.conflicts.explain import explain
from newsprism.conflicts.sides import Claim, build_sides
from newsprism.ingest import RawArticle
from newsprism.model import Conflict, Evidence, OmittedFact, Wording
from newsprism.outlets import OutletInput, describe_outlets
from newsprism.outlets.content import MIN_EXCLUSIVE_WORDS
from newsprism.outlets.wording import MIN_DIFFERENCE, differing_words
from newsprism.reuse import sentence_evidence
from newsprism.story_table import StoryTable

WIRE = (
    "Flooding in the river town of Lendon killed 14 people on Tuesday, officials said. "
    "The mayor, Anna Korvel, said the water rose by three metres overnight. "
    "Rescue teams from Varsk reached the town on Wednesday morning after the bridge reopened. "
    '"Nobody here has known water like this in forty years," Korvel told reporters at the town hall. '
    "About 300 homes were damaged, according to the regional water authority. "
    "The government promised 5 million euros in aid for the families who lost their homes.")
REWRITE = (
    "Flooding in the river town of Lendon killed 41 people on Monday, officials claimed. "
    "The mayor, Anna Korvel, said the water rose by three metres overnight. "
    "Rescue teams from Dornik reached the town on Wednesday morning after the bridge reopened. "
    '"Nobody here has known water like this in forty years," Korvel told reporters at the town hall. '
    "About 300 homes were damaged, according to the regional water authority. "
    "The regime promised a mere 5 million euros in aid for the families who lost their homes.")
OWN = (
    "Fourteen people died when the river burst its banks in Lendon, the regional authority said on Tuesday. "
    "Residents said the warning sirens never sounded before the water reached the main square. "
    "Korvel said rescue teams from Varsk arrived on Wednesday morning to help the families. "
    "The authority said about 300 homes were damaged and that schools will stay closed all week. "
    "Farmers upstream moved their cattle to higher ground as the fields turned into lakes. "
    "A local football club opened its clubhouse to families who had nowhere to sleep. "
    "Insurers sent assessors to the worst hit streets before the weekend. "
    "Volunteers from nearby villages brought blankets, bread and drinking water in their own cars.")

SECOND = (
    "The warning sirens never sounded before the water reached the main square, residents of Lendon said. "
    "Engineers from the capital will inspect the old dam on Thursday, a ministry spokeswoman said. "
    "Shops on the river front stayed shut as volunteers cleared mud from the streets. "
    "The national weather service expects more rain in the hills over the weekend.")


def _story() -> list[RawArticle]:
    texts = [("wire", WIRE, "Wire Agency"), ("reprint-1", WIRE, "Daily One"), ("reprint-2", WIRE, "Daily Two"),
             ("reprint-3", WIRE, "Daily Three"), ("rewrite", REWRITE, "The Herald"),
             ("rewrite-copy-1", REWRITE, "Herald Weekly"), ("rewrite-copy-2", REWRITE, "Herald Sunday"),
             ("own", OWN, "The Observer"), ("second", SECOND, "The Courier")]
    return [RawArticle(id=i, source=i, format="json", text=text, outlet=outlet, published="2024-03-05T10:00:00")
            for i, text, outlet in texts]


@pytest.fixture(scope="module")
def stage_inputs(resources) -> dict[str, Any]:
    """The conflict and outlet inputs the pipeline builds for the story."""
    held: dict[str, Any] = {}
    conflicts, outlets = pipeline.find_conflicts, pipeline.describe_outlets

    def keep_conflicts(story: ConflictInput) -> list[Conflict]:
        held["conflicts"] = story
        return conflicts(story)

    def keep_outlets(story: OutletInput) -> Any:
        held["outlets"] = story
        return outlets(story)

    mp = pytest.MonkeyPatch()
    mp.setattr(pipeline, "find_conflicts", keep_conflicts)
    mp.setattr(pipeline, "describe_outlets", keep_outlets)
    try:
        pipeline.analyze_raw(_story(), Config(), resources)
    finally:
        mp.undo()
    return held


def test_the_story_repeats_texts_and_disputes_them(stage_inputs) -> None:
    """The story is one the change is about: links repeat pairs of texts, and the aligned check finds a dispute."""
    story: ConflictInput = stage_inputs["conflicts"]
    assert story.story is not None
    links = story.alignment.links
    texts = story.alignment.table.sentences
    pairs = {(texts[link.a].text, texts[link.b].text) for link in links}
    assert len(pairs) < len(links) / 2
    assert _old_aligned(story.story, same_entity_of(story, story.story), story.figures)


def test_aligned_conflicts_equal_the_per_link_reading(stage_inputs) -> None:
    story: ConflictInput = stage_inputs["conflicts"]
    assert story.story is not None
    pair = same_entity_of(story, story.story)
    assert aligned.aligned_conflicts(story.story, pair, story.figures) == _old_aligned(story.story, pair,
                                                                                       story.figures)
    assert aligned.aligned_conflicts(story.story, None, []) == _old_aligned(story.story, None, [])


def test_whole_conflicts_keep_the_sides_of_the_per_evidence_check(stage_inputs) -> None:
    found = find_conflicts(stage_inputs["conflicts"])
    assert found
    assert all(_old_own_sides(c) is c for c in found)


def test_outlets_equal_the_per_article_reading(stage_inputs) -> None:
    story: OutletInput = stage_inputs["outlets"]
    view = describe_outlets(story)
    assert view.wording and view.wording == _old_wording(story)
    assert any(o.exclusive for o in view.outlets) and any(o.omitted for o in view.outlets)
    assert any(o.origin.how != "own" for o in view.outlets) and any(o.quoted for o in view.outlets)
    for outlet in view.outlets:
        article = next(a for a in story.articles if a.id == outlet.article)
        assert outlet.origin == _old_origin(article.id, story)
        assert outlet.exclusive == _old_exclusive(article, story)
        assert outlet.omitted == _old_omitted(article.id, story)
        assert outlet.quoted == _old_quoted(article.id, story)
        assert outlet.figures == _old_figures(article.id, story)


# The reference readings: the code before issue #20's per-text reading, kept here to compare with.

def _old_aligned(story: StoryTable, same_entity: Callable[[int, int], Any] | None, figures: list[Any]) -> list[
        Conflict]:
    table = story.alignment.table
    figured = aligned._figure_spans(figures)
    found: dict[tuple[int, str], Any] = {}
    for link in story.alignment.links:
        check = same_entity(link.a, link.b) if same_entity else None
        for item in disagreements(table.sentences[link.a], table.sentences[link.b], check):
            if item.kind == "number" and (aligned._figured(story, link.a, item.a, figured)
                                          or aligned._figured(story, link.b, item.b, figured)):
                continue
            found.setdefault((story.members(link.a)[0], item.kind), (item, link.a, link.b))
    conflicts = [_old_conflict(story, item, a, b) for item, a, b in found.values()]
    return [c for c in conflicts if c is not None]


def _old_conflict(story: StoryTable, item: Any, a: int, b: int) -> Conflict | None:
    table = story.alignment.table
    members = list(story.members(a)) if a in story.member_of else [a, b]
    claims = [Claim(item.a, "a", table.evidence(a)), Claim(item.b, "b", table.evidence(b))]
    claims += [c for i in members if i not in (a, b) and (c := _old_claim(story, item, i, None)) is not None]
    context = (aligned._measure_words(table.sentences[a].text, item.a)
               & aligned._measure_words(table.sentences[b].text, item.b))
    if item.kind in ("number", "date") and context:
        claims += [c for i in range(len(table.sentences)) if i not in members
                   and (c := _old_claim(story, item, i, context)) is not None]
    sides = build_sides(claims, story.origin, lambda x, y: x == y)
    if len(sides) < 2:
        return None
    about = f"{item.about}: {aligned._short(table.sentences[a].text)}"
    return Conflict(kind=item.kind, about=about, sides=sides, explanation=explain(item.kind, item.about, sides))


def _old_claim(story: StoryTable, item: Any, index: int, context: set[str] | None) -> Claim | None:
    sentence = story.alignment.table.sentences[index]
    on_a, on_b = states(sentence, item.kind, item.a), states(sentence, item.kind, item.b)
    if context is not None:
        on_a = on_a and bool(aligned._measure_words(sentence.text, item.a) & context)
        on_b = on_b and bool(aligned._measure_words(sentence.text, item.b) & context)
    if on_a == on_b:
        return None
    return Claim(item.a if on_a else item.b, "a" if on_a else "b", story.alignment.table.evidence(index))


def _old_own_sides(conflict: Conflict) -> Conflict | None:
    from newsprism.conflicts import _states

    if conflict.kind not in ("date", "number"):
        return conflict
    claims = [side.claim for side in conflict.sides]
    mixed = any(j != i and _states(e.text, claim) for i, side in enumerate(conflict.sides) for e in side.evidence
                for j, claim in enumerate(claims))
    return None if mixed else conflict


def _old_origin(article: str, story: OutletInput) -> Any:
    from newsprism.model import OutletOrigin

    related = [r for r in story.reuse if r.relation != "independent" and article in (r.a, r.b)]
    copied = [r for r in related if r.source is not None and r.source != article]
    if copied:
        best = max(copied, key=lambda r: r.coverage)
        return OutletOrigin(how="reprint" if best.relation == "verbatim" else "rewrite", of=best.source,
                            coverage=best.coverage)
    shared = [r for r in related if r.source is None]
    if shared:
        best = max(shared, key=lambda r: r.coverage)
        return OutletOrigin(how="shared", of=best.b if best.a == article else best.a, coverage=best.coverage)
    return OutletOrigin(how="own")


def _old_exclusive(article: Any, story: OutletInput) -> list[Evidence]:
    from newsprism.outlets.content import copies_of

    stated: dict[tuple[str, int], set[str]] = {}
    for fact in story.facts:
        articles = {e.article for e in fact.evidence}
        for evidence in fact.evidence:
            stated.setdefault((evidence.article, evidence.start), set()).update(articles)
    copies = copies_of(story.reuse).get(article.id, set())
    return [Evidence(article=article.id, start=s.start, end=s.end, text=s.text) for s in article.sentences
            if stated.get((article.id, s.start), set()) - {article.id} <= copies
            and len(s.text.split()) >= MIN_EXCLUSIVE_WORDS]


def _old_omitted(article: str, story: OutletInput) -> list[OmittedFact]:
    from newsprism.outlets.names import origin_groups

    origin = origin_groups(story.articles, story.reuse)
    mine = origin[article]
    others = {o for a, o in origin.items() if o != mine}
    found = []
    for number, fact in enumerate(story.facts):
        articles = {e.article for e in fact.evidence}
        if article in articles:
            continue
        stating = {origin[a] for a in articles if a in origin} - {mine}
        if len(stating) >= 2 and 2 * len(stating) > len(others):
            found.append(OmittedFact(fact=number, text=fact.text, origins=fact.origins))
    return found


def _old_quoted(article: str, story: OutletInput) -> list[Any]:
    from newsprism.model import QuotedSource
    from newsprism.outlets.quoted import speaker_kind

    tallies: dict[str, tuple[bool, list[Evidence]]] = {}
    for quote in story.quotes:
        for variant in quote.variants:
            kind = speaker_kind(variant)
            if variant.content.article == article and kind is not None and variant.speaker is not None:
                tallies.setdefault(variant.speaker, (kind == "anonymous", []))[1].append(variant.content)
    found = [QuotedSource(name=name, anonymous=anonymous, quotes=len(evidence),
                          evidence=sorted(evidence, key=lambda e: e.start))
             for name, (anonymous, evidence) in tallies.items()]
    return sorted(found, key=lambda s: (s.anonymous, -s.quotes, s.name.lower()))


def _old_figures(article: str, story: OutletInput) -> list[Any]:
    from newsprism.model import OutletFigure

    given = []
    for number, figure in enumerate(story.figures):
        value = next((v for v in figure.values if v.article == article), None)
        if value is not None:
            given.append(OutletFigure(figure=number, about=figure.about, written=value.written, mention=value.mention))
    return given


def _old_wording(story: OutletInput) -> list[Wording]:
    seen: set[tuple[str, int, str, int]] = set()
    found = []
    articles = {article.id: article for article in story.articles}
    for item in story.reuse:
        for i, j, _ in item.passages:
            a, b = sentence_evidence(articles[item.a], i), sentence_evidence(articles[item.b], j)
            key = (a.article, a.start, b.article, b.start)
            if key in seen or a.text == b.text:
                continue
            seen.add(key)
            a_words, b_words = differing_words(a, b), differing_words(b, a)
            if len(a_words) + len(b_words) >= MIN_DIFFERENCE:
                found.append(Wording(a=a, b=b, a_words=a_words, b_words=b_words))
    return sorted(found, key=lambda w: (-(len(w.a_words) + len(w.b_words)), w.a.article, w.a.start))
