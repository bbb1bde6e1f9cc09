"""clean/text.py's copies: a carousel's blurb printed whole and then again cut off with an ellipsis above the
article is another story's teaser, both copies; inside the article a paragraph and its cut-off copy keep the first.
Every text here is invented."""

from __future__ import annotations

from newsprism.clean import clean_article
from newsprism.clean.lines import line_key
from newsprism.clean.text import _copies
from newsprism.config import CleanConfig
from newsprism.ingest.raw import RawArticle

TEASER_A = "A ferry captain who steered through a winter storm was honoured by the harbour board on Friday evening."
TEASER_B = "Crews in Fenwick spent the night pumping water out of the library basement after the river rose again."
LEAD = "A man was shot in the arm outside a laundromat on Quarry Lane late Monday, police said."
REST = ("Officers found him near the laundromat's side door, and he is expected to recover, police said.\n\n"
        "Detectives have not named a suspect and asked anyone who saw the shooting to call them.\n\n"
        "The laundromat stayed closed on Tuesday while officers searched the lot behind it.")


def _clean(text: str) -> str:
    return clean_article(RawArticle(id="p", source="p", format="text", text=text), CleanConfig()).text


def _cut(text: str, words: int) -> str:
    return " ".join(text.split()[:words]) + "..."


def test_a_cut_off_copy_prints_the_line_above_again() -> None:
    assert _copies(line_key(TEASER_A), line_key(_cut(TEASER_A, 12)))
    assert _copies(line_key(TEASER_A), line_key(TEASER_A[:40] + "…"))
    assert not _copies(line_key(TEASER_A), line_key(TEASER_B))
    assert not _copies(line_key(TEASER_A), line_key(_cut(TEASER_B, 12)))
    assert not _copies(line_key(TEASER_A), line_key(_cut(TEASER_A, 2)))  # too short to be a copy


def test_teasers_printed_whole_then_cut_off_above_the_lead_go() -> None:
    kept = _clean(f"Man shot outside Quarry Lane laundromat\n\n{TEASER_A}\n\n{_cut(TEASER_A, 14)}\n\n"
                  f"{TEASER_B}\n\n{TEASER_B}\n\n{LEAD}\n\n{REST}")
    assert "ferry captain" not in kept and "library basement" not in kept
    assert LEAD in kept and "searched the lot" in kept


def test_inside_the_article_a_paragraph_and_its_cut_off_copy_keep_the_first() -> None:
    middle = "Neighbours said the laundromat had been busy all evening because the dryers on Hill Street were broken."
    kept = _clean(f"Man shot outside Quarry Lane laundromat\n\n{LEAD}\n\n{middle}\n\n{_cut(middle, 12)}\n\n{REST}")
    assert middle in kept and kept.count("Neighbours said") == 1
