"""Another story's headline left standing over the lead, with no stop and no word of the title or the first
paragraphs (issue #16, :mod:`newsprism.clean.teaser_heads`). Read at the rules' level: the line classifier may
remove a short page's lines either way. Texts written for the test, no publisher's text."""

from __future__ import annotations

from newsprism.clean.text import clean_text, rule_verdicts
from newsprism.config import CleanConfig

TITLE = "Three hurt in shooting outside Marlowe bowling alley"
BODY = [
    "Three men were wounded early Saturday outside a bowling alley on Quarry Road in Marlowe, police said.",
    "Officers found the three in the parking lot after callers reported several gunshots around 1 a.m.",
    "All three were taken to Saint Ann Medical Center and were expected to recover, according to a police spokesman.",
]
OTHERS = ["Mayor says the new ferry will run by spring after all", "Ten apps that save you money on groceries"]
OTHER_HEADLINE = "Oregon farmer grins after painting his neighbor’s barn purple to ‘teach him some manners’"


def _kind(line: str, body: list[str] = BODY) -> str | None:
    verdicts = rule_verdicts("\n\n".join([TITLE, *OTHERS, line, *body]), TITLE, CleanConfig())
    return next(kind for found, kind in zip(verdicts.lines, verdicts.kinds, strict=True) if found.text == line)


def test_another_storys_headline_over_the_lead_is_related() -> None:
    assert _kind(OTHER_HEADLINE) == "related"


def test_the_article_is_kept_whole_under_it() -> None:
    text = "\n\n".join([TITLE, *OTHERS, OTHER_HEADLINE, *BODY])
    assert clean_text(text, TITLE, CleanConfig()).paragraphs == BODY


def test_a_lead_that_lost_its_stop_stays() -> None:
    lead = ("Three men were wounded early Saturday outside a bowling alley on Quarry Road in Marlowe after an argument "
            "in the lot, police said")
    assert _kind(lead, BODY[1:]) is None


def test_an_opening_line_sharing_words_with_the_next_paragraphs_stays() -> None:
    opening = ("Marlowe officers spent the whole night searching the parking lot and the field behind the alley for "
               "shell casings and a second car")
    assert _kind(opening) is None


def test_a_run_of_other_stories_headlines_over_the_lead_goes() -> None:
    run = ["Retired coach says the town’s new fountain is ‘a monument to wasted money’",
           "Bakery owner turns away a food critic over a rude review: ‘He can eat his words instead’"]
    text = "\n\n".join([TITLE, *OTHERS, *run, *BODY])
    verdicts = rule_verdicts(text, TITLE, CleanConfig())
    kinds = {line.text: kind for line, kind in zip(verdicts.lines, verdicts.kinds, strict=True)}
    assert [kinds[line] for line in run] == ["related", "related"]
    assert clean_text(text, TITLE, CleanConfig()).paragraphs == BODY
