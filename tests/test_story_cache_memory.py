"""Issue #20: a one-analysis story cache (the CLI's) keeps nothing that only a next analysis would read; the pages
as read for cleaning are let go, and the articles come out as a kept cache cleans them."""

from __future__ import annotations

from newsprism.config import Config
from newsprism.ingest import RawArticle
from newsprism.story_cache import StoryCache

BODIES = [
    ["Ferry timetable changes at Brindle Bay",
     "The island ferry will leave Brindle Bay an hour later on weekdays from next month, its operator said.",
     "Commuters at the quay said the later crossing would make them late for work on the mainland."],
    ["Brindle Bay library extends its hours",
     "The library on Harbour Row will open on Sunday afternoons from next month, the town clerk announced.",
     "Volunteers from the reading club offered to staff the desk while a second librarian is hired."],
]
FOOTER = "Brindle Bay Courier, news from the quay"
"""A site line printed on every page: clutter once the story's pages repeat it."""


def _raw(number: int) -> RawArticle:
    return RawArticle(id=f"courier-{number}", source=f"c{number}.txt", format="text",
                      text="\n\n".join([*BODIES[number], FOOTER]), url=f"https://courier.example/{number}")


def test_a_one_analysis_cache_keeps_no_page_and_cleans_as_a_kept_one() -> None:
    raws = [_raw(0), _raw(1)]
    config = Config()
    kept, once = StoryCache(), StoryCache(keep=False)
    assert once.clean(raws, config.clean) == kept.clean(raws, config.clean)
    assert len(kept._pages) == 2 and not once._pages and not once._cleaned
    assert once.clean(raws, config.clean) == kept.clean(raws, config.clean)  # cleaned anew: the same articles
    assert once.cleanings == 4 and kept.cleanings == 2
