"""Articles written for tests as a list of sentences, one space apart, each with its offsets."""

from __future__ import annotations

from newsprism.model import Article, Sentence


def lined_article(name: str, lines: list[str]) -> Article:
    """Article ``name`` whose text is ``lines`` joined by spaces, each line one sentence."""
    spans, start = [], 0
    for line in lines:
        spans.append(Sentence(start=start, end=start + len(line), text=line))
        start += len(line) + 1
    return Article(id=name, source=f"{name}.txt", format="text", text=" ".join(lines), sentences=spans)
