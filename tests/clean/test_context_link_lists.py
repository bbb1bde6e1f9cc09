"""clean/context.py's cut-off lines: a page that is only another site's headlines, each over a blurb the
listing cut off with a space before its ellipsis ('... on ...'), has no article: every blurb goes, the page keeps
nothing or its headline, and the analysis goes on with the other inputs. Every text here is invented."""

from __future__ import annotations

import pytest

from newsprism.clean import clean_article
from newsprism.clean.context import CUT_OFF
from newsprism.config import CleanConfig
from newsprism.errors import InputFailure
from newsprism.ingest.raw import RawArticle
from newsprism.pipeline import clean_all

TEASERS = [
    ("Harbour board names new pilot chief",
     "By Staff Writer The harbour board on Tuesday picked a veteran tug captain to lead its pilots after a year in "
     "which two freighters ran aground near the breakwater and the ..."),
    ("Fenwick library reopens after flood",
     "The Fenwick public library opened its doors again on Monday, three months after the river poured into its "
     "basement and ruined most of the reference ..."),
    ("County adds night patrols on Route 9",
     "Associated Press MILLBROOK — Deputies will patrol the stretch of Route 9 between the quarry and the county line "
     "every night through the winter, the sheriff said in a ..."),
    ("Podcast: what a crossing guard sees",
     "Listen to this week's episode wherever you get podcasts A crossing guard of twenty years talks about the near "
     "misses, the regulars and the one morning she still cannot …"),
]
LIST_PAGE = "Regional News Links\n\n" + "\n\n".join(f"{head}\n\n{blurb}" for head, blurb in TEASERS)

STORY = ("A man was shot in the leg outside a bakery on Elm Street late Sunday, police said.\n\n"
         "Officers found him near the bakery's back door, and he is expected to recover, a spokeswoman said.\n\n"
         "Detectives have not named a suspect and asked anyone who saw the shooting to call them.")


def _raw(text: str, name: str) -> RawArticle:
    return RawArticle(id=name, source=f"{name}.txt", format="text", text=text)


def test_a_line_cut_off_with_a_space_before_its_ellipsis_is_cut_off() -> None:
    assert all(CUT_OFF.search(blurb) for _, blurb in TEASERS)
    assert CUT_OFF.search("the river poured into its basement and the...")  # the unspaced form, as before
    assert not CUT_OFF.search("He said he would think about it. ...")  # a sentence closed before the ellipsis
    assert not CUT_OFF.search("“We will see what happens.” ...")  # a quotation closed before it


def test_a_page_of_headlines_over_cut_off_blurbs_has_no_article() -> None:
    with pytest.raises(InputFailure) as refused:
        clean_article(_raw(LIST_PAGE, "links"), CleanConfig())
    assert refused.value.item.code == "E007" and refused.value.item.input == "links.txt"
    assert "4 lines looked like page clutter (related 4)" in refused.value.item.message  # what the clutter was


def test_the_list_page_keeps_at_most_its_headline_and_the_other_inputs_go_on() -> None:
    articles, problems = clean_all([_raw(LIST_PAGE, "links"), _raw(STORY, "story")], CleanConfig())
    story = next(a for a in articles if a.id == "story")
    assert "bakery" in story.text
    listed = [a for a in articles if a.id == "links"]
    assert all(a.text == "" for a in listed) and len(listed) + len(problems) == 1
    for article in listed:  # kept headline-only: --explain lists every blurb, removed as another story's teaser
        reasons = {line.text: line.reason for line in article.removed}
        assert all(reasons.get(blurb) == "related" for _, blurb in TEASERS)


def test_three_spaced_cut_off_teasers_under_an_article_go_and_the_article_stays() -> None:
    text = "Man shot outside Elm Street bakery\n\n" + STORY + "\n\nMore news\n\n" + \
        "\n\n".join(blurb for _, blurb in TEASERS[:3])
    kept = clean_article(_raw(text, "page"), CleanConfig()).text
    assert "back door" in kept and "call them" in kept
    assert not any(blurb[-30:] in kept for _, blurb in TEASERS[:3])


def test_one_paragraph_cut_off_so_is_still_the_article() -> None:
    """A crawl cuts the article's own prose once at most, at its end: one such line is not a listing."""
    text = STORY + "\n\nThe bakery's owner said the shop would open as usual on Tuesday and that her staff ..."
    kept = clean_article(_raw(text, "page"), CleanConfig()).text
    assert "bakery's back door" in kept and "open as usual" in kept
