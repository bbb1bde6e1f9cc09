"""Long texts: a paragraph over spaCy's max_length is parsed in pieces, every offset still indexes the text."""

from __future__ import annotations

import itertools
import json
import random
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsprism.config import NlpConfig
from newsprism.model import Article
from newsprism.nlp import NlpResources, parse
from newsprism.nlp.paragraphs import PIECE_CHARS, Paragraph, Paragraphs, paragraph_spans, pieces

NAMES = ["Ines Calloway", "Tomasz Wierzbicki", "Amara Okonkwo", "Henrik Dahl", "Leila Haddad"]
PLACES = ["Port Averly", "Kelmsford", "Ostvik", "Dunmere"]
TEMPLATES = [
    "{name} said the ferry would return to {place} on Monday.",
    "“We pulled {number} people out of the water,” {name} said.",
    "The council in {place} approved {number} new homes in March 2019.",
    "Officials said the road to {place} would stay closed for {number} days.",
    "Mr. Dahl told reporters in {place} that the U.S. report was late.",
]


def _sentences(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(TEMPLATES).format(name=rng.choice(NAMES), place=rng.choice(PLACES),
                                         number=rng.randint(2, 900)) for _ in range(count)]


def _one_paragraph(chars: int) -> str:
    sentences: list[str] = []
    length = 0
    for sentence in _sentences(chars // 40 + 10):
        if length >= chars:
            break
        sentences.append(sentence)
        length += len(sentence) + 1
    return " ".join(sentences)


def _article(text: str) -> Article:
    return Article(id="long", source="test", format="text", text=text)


def _assert_offsets(text: str, resources: NlpResources, piece_chars: int = PIECE_CHARS) -> None:
    (parsed,) = parse([_article(text)], resources, NlpConfig(), piece_chars=piece_chars)
    sentences = parsed.article.sentences
    assert sentences
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        for entity in sentence.entities:
            assert text[entity.start:entity.end] == entity.text
            assert sentence.start <= entity.start and entity.end <= sentence.end
    assert all(a.end <= b.start for a, b in itertools.pairwise(sentences))
    for paragraph in parsed.paragraphs:
        assert text[paragraph.start:paragraph.end] == paragraph.doc.text
        assert len(paragraph.doc.text) <= piece_chars
        for token in paragraph.doc[:50]:
            assert text[paragraph.start + token.idx:paragraph.start + token.idx + len(token)] == token.text


def test_a_paragraph_over_max_length_is_parsed_with_offsets_into_the_text(resources: NlpResources) -> None:
    text = _one_paragraph(resources.spacy.max_length + 10_000)
    assert "\n" not in text and len(text) > 1_000_000
    _assert_offsets(text, resources)


def test_pieces_give_the_same_sentences_as_one_piece(resources: NlpResources) -> None:
    text = _one_paragraph(6_000) + "\n\n" + _one_paragraph(3_000)
    (whole,) = parse([_article(text)], resources, NlpConfig())
    (cut,) = parse([_article(text)], resources, NlpConfig(), piece_chars=700)
    assert len(cut.paragraphs) > 2 * len(whole.paragraphs)
    assert [(s.start, s.end, s.text) for s in cut.article.sentences] == \
        [(s.start, s.end, s.text) for s in whole.article.sentences]
    _assert_offsets(text, resources, piece_chars=700)


def test_a_normal_article_is_not_cut() -> None:
    parts = [_one_paragraph(2_600), _one_paragraph(300), _one_paragraph(PIECE_CHARS - 200)]
    text = "\n\n".join(parts)
    starts = [0, len(parts[0]) + 2, len(parts[0]) + len(parts[1]) + 4]
    expected = [(start, start + len(part)) for start, part in zip(starts, parts, strict=True)]
    assert list(paragraph_spans(text)) == expected


texts = st.text(alphabet=st.sampled_from("ab. \nXY!"), min_size=0, max_size=400)


@given(text=texts, limit=st.integers(min_value=4, max_value=60))
def test_pieces_cover_the_text_within_the_limit(text: str, limit: int) -> None:
    found = list(pieces(text, 0, len(text), limit))
    assert all(end - start <= limit and start < end for start, end in found)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(found))
    covered = "".join(text[start:end] for start, end in found)
    assert covered.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")


@given(text=texts, limit=st.integers(min_value=4, max_value=60))
def test_a_cut_falls_at_a_line_break_else_at_a_sentence_end(text: str, limit: int) -> None:
    found = list(pieces(text, 0, len(text), limit))
    for start, end in found[:-1]:
        if end == start + limit and text[end:end + 1].strip():
            continue  # a hard cut: nothing to cut at in the window's second half
        low = start + limit // 2
        if "\n" in text[low:start + limit]:
            assert text[end] == "\n"
        elif re.search(r"[.!?] +[XY]", text[low:start + limit + 2]):
            assert text[end - 1] in ".!?"
        else:
            assert text[end] in " \n"


class _Doc:
    def __init__(self, text: str) -> None:
        self.text = text


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(1, 6)), max_size=8), st.integers(-2, 80))
def test_paragraph_lookups_agree_with_a_scan(gaps: list[tuple[int, int]], position: int) -> None:
    items, at = [], 0
    for gap, length in gaps:
        at += gap
        items.append(Paragraph(at, _Doc("x" * length)))
        at += length
    index = Paragraphs(items)
    assert index.at(position) == next((p for p in items if p.start <= position <= p.end), None)
    assert list(index.overlapping(position, position + 3)) == [p for p in items
                                                               if p.end >= position and p.start <= position + 3]
    assert index.last_start(position) == max((p.start for p in items if p.start <= position), default=None)


def test_the_cli_refuses_a_megabyte_article_by_name_and_analyses_the_others(tmp_path: Path) -> None:
    """Over CleanConfig.max_chars an article is one coded problem (E020) naming the limit, found before any
    cleaning or parsing (so at once), and the story's other articles are analysed."""
    rng = random.Random(3)
    facts = [f"The council in {rng.choice(PLACES)} approved {rng.randint(2, 900)} new homes for the harbour."
             for _ in range(14_000)]
    long = tmp_path / "long.txt"
    long.write_text("Storm closes the port for a second week\n\n" + " ".join(facts)[:1_100_000] + "\n", "utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Ferry returns to the harbour\n\nPORTVALE — The ferry to Portvale returned to service on Monday "
                    "after a storm closed the harbour for two weeks, the port authority said.\n", "utf-8")
    done = subprocess.run([str(Path(sys.executable).parent / "newsprism"), "analyze", str(long), str(good), "--json",
                           str(tmp_path / "report.json"), "-q"], capture_output=True, text=True, check=False,
                          timeout=600)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "E020" in done.stderr and "200000-character limit" in done.stderr and "Traceback" not in done.stderr
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in report["articles"]] == ["good"]
    assert [p["code"] for p in report["problems"]] == ["E020"]
