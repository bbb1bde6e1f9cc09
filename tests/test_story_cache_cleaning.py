"""Issue #16, one way to clean a story: a story's analysis (``StoryCache.clean``) cleans its pages together, with
the repetition evidence ``pipeline.clean_all`` uses, and cleans an older page again only when an added article
changes the part of that evidence that touches it."""

from __future__ import annotations

import json
from typing import Any

from newsprism.config import Config
from newsprism.ingest import RawArticle
from newsprism.model import Article, Report
from newsprism.nlp import NlpResources
from newsprism.pipeline import analyze_raw, clean_all
from newsprism.story_cache import StoryCache

STORIES = [
    ["Storm closes the pier at Saltmarsh",
     "A winter storm closed the pier at Saltmarsh on Monday after waves damaged its wooden deck, the harbour office "
     "said.",
     "Harbour master Lena Koval said engineers would inspect the supports once the wind had dropped.",
     "The pier was last closed for repairs four years ago, when a fishing boat struck one of its legs."],
    ["Saltmarsh school gets a new roof",
     "Builders began replacing the roof of the primary school in Saltmarsh on Tuesday, the county council said.",
     "Head teacher Omar Reyes said pupils would use the church hall until the work ends in March.",
     "The council set aside money for the roof after a leak flooded two classrooms last autumn."],
    ["Bus route to the coast is cut back",
     "The regional bus company will run its coast route only twice a day from next week, it said on Wednesday.",
     "Passengers at the Saltmarsh stop said the change would make it hard to reach the hospital in town.",
     "The company blamed a shortage of drivers and said the timetable would be reviewed in the summer."],
    ["Market hall reopens after repairs",
     "The covered market hall in Saltmarsh reopened on Thursday after six months of repairs, stallholders said.",
     "Fishmonger Ruth Adair said trade on the first morning was better than she had expected.",
     "The repairs replaced the glass roof, which had been cracked by frost two winters ago."],
    ["Lifeboat crew rescues two walkers",
     "The Saltmarsh lifeboat rescued two walkers cut off by the tide below the cliffs on Friday evening.",
     "Crew member Piet Vos said the pair had been stranded on a ledge for more than an hour.",
     "Both walkers were taken to the harbour and checked by paramedics, who found them unhurt."],
]
TAGLINE = "Saltmarsh Gazette, the voice of the coast since 1921"
"""A site's line inside the body of each of its pages: kept on a page alone, clutter once three stories print it."""
FOOTER = "Send your news to the Saltmarsh Gazette newsdesk"
"""Another site line, printed on every page of the site."""


def page(number: int, tagline: bool, site: str = "gazette.example") -> RawArticle:
    title, *body = STORIES[number]
    lines = [title, body[0], TAGLINE, *body[1:]] if tagline else [title, *body]
    return RawArticle(id=f"{site}-{number}", source=f"p{number}.txt", format="text",
                      text="\n\n".join([*lines, FOOTER]), url=f"https://www.{site}/news/{number}")


def _json(report: Report) -> Any:
    return json.loads(report.model_dump_json())


def _unparsed(article: Article) -> Article:
    return article.model_copy(update={"sentences": []})


def test_the_analysis_cleans_a_story_as_clean_all_cleans_it(resources: NlpResources) -> None:
    raws = [page(n, tagline=True) for n in range(4)]
    config = Config()
    together, problems = clean_all(raws, config.clean)
    assert not problems and all(TAGLINE not in a.text and FOOTER not in a.text for a in together)
    assert ("boilerplate", TAGLINE) in [(line.reason, line.text) for line in together[0].removed]
    cache = StoryCache()
    report = analyze_raw(raws, config, resources, cache=cache)
    assert [_unparsed(a) for a in report.articles] == together
    assert cache.clean(raws, config.clean) == (together, [])


def test_an_article_that_makes_a_line_repeated_cleans_the_pages_it_touches_again(resources: NlpResources) -> None:
    """Two stories print the tagline (no evidence yet); a third makes it the site's: the two older pages lose it,
    the page without it and the other site's page are served as cleaned before."""
    first = [page(0, tagline=True), page(1, tagline=True), page(2, tagline=False), page(3, True, "other.example")]
    added = page(4, tagline=True)
    config = Config()
    cache = StoryCache()
    analyze_raw(first, config, resources, cache=cache)
    before, _ = cache.clean(first, config.clean)
    assert cache.cleanings == 4 and all(TAGLINE in a.text for a in before if a.id != "gazette.example-2")
    incremental = analyze_raw([*first, added], config, resources, cache=cache)
    after, _ = cache.clean([*first, added], config.clean)
    assert cache.cleanings == 4 + 3  # the two older pages with the tagline, and the added one
    assert after[0] is not before[0] and after[1] is not before[1]
    assert TAGLINE not in after[0].text and TAGLINE not in after[1].text and TAGLINE in after[3].text
    assert after[2] is before[2] and after[3] is before[3]  # their part of the evidence did not change
    assert after == clean_all([*first, added], config.clean)[0]
    assert _json(incremental) == _json(analyze_raw([*first, added], config, resources))


def test_a_page_read_again_with_the_same_evidence_is_not_cleaned_again() -> None:
    raws = [page(n, tagline=True) for n in range(3)]
    config = Config()
    cache = StoryCache()
    once, _ = cache.clean(raws, config.clean)
    again, _ = cache.clean(list(reversed(raws)), config.clean)
    assert cache.cleanings == 3 and all(a is b for a, b in zip(once, reversed(again), strict=True))
    fewer, _ = cache.clean(raws[:2], config.clean)  # two stories: the tagline is no longer evidence
    assert cache.cleanings == 5 and all(TAGLINE in a.text for a in fewer)
