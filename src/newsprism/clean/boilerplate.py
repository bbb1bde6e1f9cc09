"""The packaged line classifier: after the rules, a kept line that reads as page clutter is removed.

The rules (:mod:`newsprism.clean.rules`, :mod:`newsprism.clean.widgets`, :mod:`newsprism.clean.context`) name
the clutter they recognise. What they leave, the classifier reads with the features of
:mod:`newsprism.clean.features` (shape, words, place, neighbours, the rules' verdicts around it, vocabulary
shared with the title and body, repetition) and removes the lines whose clutter probability reaches the
model's threshold, with the reason ``boilerplate``. It is never asked about a list item or fact-box row the rules
kept, nor about a plain sentence of prose inside the body (:func:`candidates`): those are the article's own, and
out of fold the model dropped short closing sentences and fact boxes of held-out pages when it was. A plain
sentence at the body's edges (:func:`edge_sentences`: a photo caption between the title and the lead, a teaser
after the last paragraph) it removes only from a stricter threshold, when its place and context (a credit next
to it, a closing '(Name)', no past-tense report, its words repeated by a body line, lines of its shape around it)
speak strongly for clutter.
The model is gradient-boosted trees stored as plain JSON
(``line_model.json``) and evaluated with numpy: no learning library at run time. It is fitted, and its
threshold calibrated, by ``python -m newsprism.clean.train`` (see that module for the training data).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from newsprism.clean import prefilter, sections
from newsprism.clean.context import CLOSING_CASE, TIP_LINE, UPDATE_PREFIX, list_line, update_marker
from newsprism.clean.edge_patterns import TRAILING_CREDIT
from newsprism.clean.fact_boxes import closing_box_rows
from newsprism.clean.features import FEATURES, SHAPE_FEATURES, URLISH, line_features, long_prose, widget_word
from newsprism.clean.lines import Line, ends_sentence, title_case_ratio, words
from newsprism.clean.transitions import transition_sentence
from newsprism.model import ClutterKind

MODEL_FILE = Path(__file__).with_name("line_model.json")
MODEL_FORMAT = 1


@dataclass(frozen=True)
class Trees:
    """Regression trees in flat arrays: node ``k`` splits on ``feature[k]`` at ``threshold[k]`` (left when
    the value is at most the threshold); a leaf has ``left[k] == -1`` and outputs ``value[k]``."""

    feature: npt.NDArray[np.int64]
    threshold: npt.NDArray[np.float64]
    left: npt.NDArray[np.int64]
    right: npt.NDArray[np.int64]
    value: npt.NDArray[np.float64]
    roots: npt.NDArray[np.int64]
    depth: int

    @property
    def reads_context(self) -> bool:
        """Whether a split reads a column past :data:`~newsprism.clean.features.SHAPE_FEATURES` (the page-context
        columns; the model packaged today reads none, so cleaning does not compute them)."""
        return bool(np.any(self.feature[self.left != -1] >= len(SHAPE_FEATURES)))


@dataclass(frozen=True)
class LineModel:
    trees: Trees
    base_score: float
    """log-odds before the trees"""
    learning_rate: float
    threshold: float
    """clutter probability from which a kept line is removed (calibrated in :mod:`newsprism.clean.train`)"""
    plain_threshold: float
    """clutter probability from which a plain sentence at the body's edges is removed (:func:`edge_sentences`;
    calibrated apart, on its own body-loss budget; above 1 the model never removes one)"""


def mark(lines: list[Line], kinds: list[ClutterKind | None], title: str | None, first: int, last: int) -> None:
    """Mark as ``boilerplate`` the kept lines the classifier reads as clutter, but a sentence between two of the
    article's paragraphs (:func:`newsprism.clean.transitions.transition_sentence`: the lines are asked and fitted on as
    before, the verdict is not applied); at least one body line stays."""
    model = load_model()
    plain = edge_sentences(lines, kinds, first, last) if model.plain_threshold <= 1 else []
    kept = candidates(lines, kinds, first, last) + plain
    if not kept:
        return
    rows = line_features(lines, kinds, title, first, last, only=kept, context=model.trees.reads_context)
    scores = probabilities(model, rows)
    removed = [i for i, score in zip(kept, scores, strict=True)
               if score >= (model.plain_threshold if i in plain else model.threshold)
               and not transition_sentence(lines, kinds, i, first, last)]
    removed += sections.continue_runs(lines, kinds, removed)
    if len(removed) == len([kind for kind in kinds if kind is None]):
        removed.remove(kept[int(np.argmin(scores))])
    for i in removed:
        kinds[i] = "boilerplate"


def candidates(lines: list[Line], kinds: list[ClutterKind | None], first: int, last: int) -> list[int]:
    """The lines the classifier may remove: those the rules keep, except list items and fact-box rows (a list
    or a fact box the rules kept is the article's own), a post quoted in PolNeAR's ``<tweet>`` markup, a long
    paragraph of prose (:func:`newsprism.clean.features.long_prose`: a link or a phone number in it does not make it
    clutter; out of fold the model dropped such closing paragraphs with a tip line's URL), and a
    plain sentence between the body's first and last lines (prose inside the article is never the model's to
    drop; what it removes there are labels, link titles and widget text), nor a live story's update marker
    ('UPDATE @ 7:30 p.m.', 'FIRST REPORT': :func:`newsprism.clean.context.update_marker`), a tip-line appeal
    (:data:`newsprism.clean.context.TIP_LINE`), a long paragraph written in capitals (:func:`sentence_case`) nor the
    heading of a list or fact box (:func:`_list_heading`) nor a long feature's sub-heading
    (:func:`newsprism.clean.sections.feature_headings`); a sentence after an 'UPDATE:' marker is read without it."""
    bare = [UPDATE_PREFIX.sub("", TRAILING_CREDIT.sub("", line.text)) for line in lines]  # 'the clerk said. REUTERS',
    # 'UPDATE: Police said ...' are sentences
    headings = sections.feature_headings(lines, kinds, first, last) | closing_box_rows(lines, kinds, last)
    return [i for i, kind in enumerate(kinds) if kind is None and i not in headings and not list_line(lines[i].text)
            and not plain_sentence(bare[i]) and not _open_sentence(bare[i])
            and not long_prose(bare[i]) and not long_prose(sentence_case(bare[i])) and not _tip_line(bare[i])
            and not _lead_in(lines, i) and not QUOTED_POST.match(lines[i].text) and not update_marker(lines[i].text)
            and not _list_heading(lines, kinds, i) and not sections.heads_prose(lines, kinds, i)
            and not introduced(lines, kinds, i)
            and not sections.name_heading(lines, kinds, i)]


CAPITALS_SHARE = 0.8
"""A line whose letters are at least this share capitals is written in capitals throughout (a social post, a police
release): headlines and labels in capitals are short, and a long one is read in sentence case."""
TRANSCRIPT = re.compile(r"\bWEBVTT\b|>>")
"""A broadcast's closed captions (in capitals too): a video's transcript, clutter (labels/README.md), left as it is."""
SENTENCE_START = re.compile(r"(^|[.!?]\s+)([a-z])")


def sentence_case(text: str) -> str:
    """A line written in capitals, in sentence case ('POLICE RESPONDED. THE CHILD ...' -> 'Police responded. The child
    ...'), so that its sentences are counted as a reader counts them; other lines, and a broadcast's captions
    (:data:`TRANSCRIPT`), as they are."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or sum(ch.isupper() for ch in letters) < CAPITALS_SHARE * len(letters) or TRANSCRIPT.search(text):
        return text
    return SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text.lower())


def _tip_line(text: str) -> bool:
    """A tip-line appeal of the article (:data:`newsprism.clean.context.TIP_LINE`), not a broadcast's captions that
    mention one."""
    return bool(TIP_LINE.search(text)) and not TRANSCRIPT.search(text)


LEAD_IN_WORDS = 6
"""A clause of this many words ending with a colon, in sentence case and without a link or widget word, leads in
to a quote or a list ('On July 6, Jane Roe made the following comment:', PolNeAR dev, scored 0.75): the
article's. Widget lead-ins are shorter, Title Case or name their widget ('MORE LOCAL NEWS:', 'Follow us on
Twitter:'); a widget word is allowed when a quotation follows."""


CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had)\b")
"""A finite verb in lower case: a lead-in that has one is a clause of the article even when it names a place or a
business in capitals ('So, too, was the porch of The Quill Lane Bakery:' over a picture, batch 11 of the dev labels,
dropped by the classifier once the caption under it was removed); widget lead-ins are noun phrases or imperatives
('MORE LOCAL NEWS:', 'Follow us on Twitter:', 'Watch the video below:')."""


def _lead_in(lines: list[Line], i: int) -> bool:
    """A lead-in clause; one with a widget word only when a quotation follows it ('… made the following comment:')."""
    stripped = lines[i].text.strip()
    quoted = i + 1 < len(lines) and lines[i + 1].text[:1] in "\"“‘'"
    return (stripped.endswith(":") and len(words(stripped)) >= LEAD_IN_WORDS
            and (title_case_ratio(stripped) < CLOSING_CASE or bool(CLAUSE_VERB.search(stripped)))
            and not prefilter.search(URLISH, stripped) and (quoted or not widget_word(stripped)))


INTRODUCED_ITEM_WORDS = 15
"""An item of the list a clause introduces ('The victims were identified as:' over 'Jane Roe, 39, her mother,'): up to
this many words (:data:`newsprism.clean.context.LIST_ITEM_WORDS`)."""


def introduced(lines: list[Line], kinds: list[ClutterKind | None], i: int) -> bool:
    """What a kept clause ending with a colon introduces ('The victims were identified as:', 'Here is the entire
    statute:'): the kept line right under it, and the short items that go on under that one while no item closes with
    a full stop. The article's own; the model dropped such items and a statute's heading (batch 12 of the dev
    labels). A widget's lead-in has no finite verb ('Related stories:', 'Watch the video below:')."""
    above = i - 1
    while above >= 0 and kinds[above] is None and not lines[above].text.rstrip().endswith(":"):
        if not _open_item(lines[above].text):
            return False
        above -= 1
    if above < 0 or kinds[above] is not None or (above < i - 1 and len(words(lines[i].text)) > INTRODUCED_ITEM_WORDS):
        return False
    lead = lines[above].text.strip()
    return bool(CLAUSE_VERB.search(lead)) and not prefilter.search(URLISH, lead)


def _open_item(text: str) -> bool:
    """A short list item that does not close the list with a full stop."""
    return len(words(text)) <= INTRODUCED_ITEM_WORDS and not text.rstrip().endswith(".")


LIST_HEADING_WORDS = 5
"""A heading of the article's own list or fact box ('Victim Information' over 'Name – ...' rows) is this short: out of
fold the model dropped five such section headings of a police release (dev batch 1), all over fact rows it is
never asked about; a widget's header over a list names its widget ('Related stories:'), which the rules take."""


def _list_heading(lines: list[Line], kinds: list[ClutterKind | None], i: int) -> bool:
    """A short heading, without a link or widget word, right over a list item or fact row the rules keep."""
    stripped = lines[i].text.strip()
    return (i + 1 < len(lines) and kinds[i + 1] is None and list_line(lines[i + 1].text)
            and len(words(stripped)) <= LIST_HEADING_WORDS and not ends_sentence(stripped)
            and not prefilter.search(URLISH, stripped) and not widget_word(stripped))


EDGE_LINES = 2
"""How many kept lines at the top and at the bottom of the body the classifier may read even when they are plain
sentences: a photo caption that reads as a news sentence stands between the title and the lead, a teaser in
sentence case after the last paragraph. Deeper in the body a sentence is always the article's."""


def edge_sentences(lines: list[Line], kinds: list[ClutterKind | None], first: int, last: int) -> list[int]:
    """Plain sentences the rules keep before the body, after it, or among
    its first and last :data:`EDGE_LINES` kept lines; never a list row, a quoted post nor a tip-line appeal (a refit
    on batches 1-8 dropped a closing 'Anyone with information should call Crime Stoppers at …'). The model removes one
    only from its own, stricter threshold (:attr:`LineModel.plain_threshold`)."""
    inside = [i for i in range(first, last + 1) if kinds[i] is None]
    edges = set(inside[:EDGE_LINES] + inside[-EDGE_LINES:])
    return [i for i, kind in enumerate(kinds) if kind is None and (i < first or i > last or i in edges)
            and not list_line(lines[i].text) and not QUOTED_POST.match(lines[i].text)
            and plain_sentence(lines[i].text) and not long_prose(lines[i].text) and not _tip_line(lines[i].text)]


OPEN_SENTENCE_WORDS = 12
"""A line of this many words in sentence case, without a link or widget word, is a sentence that lost its period
(the article's last paragraph, cut by the crawl): prose, never the classifier's to drop. With the threshold the
pooled budget gave (0.77) the model took such a closing sentence; related headlines of 12 words and more are
Title Case or carry a link word on the dev pages."""


def _open_sentence(text: str) -> bool:
    stripped = text.strip()
    return (len(words(stripped)) >= OPEN_SENTENCE_WORDS and stripped[:1].isupper()
            and title_case_ratio(stripped) < CLOSING_CASE and not prefilter.search(URLISH, stripped)
            and not widget_word(stripped))


QUOTED_POST = re.compile(r"^\s*<tweet\b[^>]*>\s*[^<\s]")
"""A post the article quotes, in PolNeAR's ``<tweet ...>text`` markup: its text is annotated as the article's
content (a quote), so the widget rules keep it and the classifier is not asked (the rules drop bare tags)."""


ATTRIBUTED = re.compile(r"\b(?:said|says|told|according to)\b")
"""A reported statement: a sentence attributed to someone is the article's even when it uses a widget word ('Read
the report and you will see why, she said.'); the model scored such a sentence 0.64 with the threshold at 0.5."""


def plain_sentence(text: str) -> bool:
    """A sentence of prose: it ends like one, starts with a capital or a quote, names no link, and names no widget
    unless it is attributed."""
    stripped = text.strip()
    return (ends_sentence(stripped) and (stripped[:1].isupper() or stripped[:1] in "\"“‘'")
            and not prefilter.search(URLISH, stripped)
            and (bool(prefilter.search(ATTRIBUTED, stripped)) or not widget_word(stripped)))


def probabilities(model: LineModel, rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Clutter probability of each row of features."""
    trees = model.trees
    node = np.broadcast_to(trees.roots, (len(rows), len(trees.roots))).copy()
    for _ in range(trees.depth):
        leaf = trees.left[node] == -1
        go_left = rows[np.arange(len(rows))[:, None], trees.feature[node]] <= trees.threshold[node]
        node = np.where(leaf, node, np.where(go_left, trees.left[node], trees.right[node]))
    margin = model.base_score + model.learning_rate * trees.value[node].sum(axis=1)
    return np.asarray(1.0 / (1.0 + np.exp(-margin)), dtype=np.float64)


@cache
def load_model(path: Path = MODEL_FILE) -> LineModel:
    """The packaged model; a file of another format or feature list is refused (refit it)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != MODEL_FORMAT or tuple(data.get("features", ())) != FEATURES:
        raise ValueError(f"{path}: line model of another format or feature list; run python -m newsprism.clean.train")
    nodes = data["trees"]
    trees = Trees(np.array(nodes["feature"], dtype=np.int64), np.array(nodes["threshold"], dtype=np.float64),
                  np.array(nodes["left"], dtype=np.int64), np.array(nodes["right"], dtype=np.int64),
                  np.array(nodes["value"], dtype=np.float64), np.array(nodes["roots"], dtype=np.int64),
                  int(nodes["depth"]))
    return LineModel(trees, float(data["base_score"]), float(data["learning_rate"]), float(data["threshold"]),
                     float(data.get("plain_threshold", NEVER)))


NEVER = 1.01
"""A threshold no probability reaches (a model fitted before plain sentences were asked about)."""
