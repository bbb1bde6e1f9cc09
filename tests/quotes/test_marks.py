"""quotes/marks.py: quotation runs (find_marked): a quotation running on to the paragraph that closes it, one
left open, a closing mark glued to the next word. Texts written for these tests."""

from __future__ import annotations

from newsprism.quotes.marks import find_marked


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for block in text.split("\n\n"):
        spans.append((start, start + len(block)))
        start += len(block) + 2
    return spans


def test_a_quotation_runs_on_to_the_paragraph_that_closes_it() -> None:
    text = ("“Our crew owes the harbour staff a great deal.\n\nWe expect to sail again by spring,” Ivo Brannock "
            "said.\n\nThe ferry was towed to Kellsport.")
    spans = find_marked(text, _paragraphs(text))
    assert len(spans) == 1 and spans[0].closed
    assert text[spans[0].start:spans[0].end].endswith("by spring")


def test_a_quotation_left_open_with_no_closing_mark_ends_with_its_paragraph() -> None:
    text = "“Our crew owes the harbour staff a great deal.\n\nThe ferry was towed to “Kellsport” on Monday."
    spans = find_marked(text, _paragraphs(text))
    assert not spans[0].closed and text[spans[0].start:spans[0].end].endswith("great deal.")


def test_a_closing_mark_glued_to_the_next_word_closes_the_run_on() -> None:
    text = ("\"Dana never went back to the clinic.\n\nThe hard part is keeping her away, \"the source told us.\n\n"
            "More text follows here.")
    spans = find_marked(text, _paragraphs(text))
    assert len(spans) == 1 and text[spans[0].start:spans[0].end].endswith("keeping her away")
