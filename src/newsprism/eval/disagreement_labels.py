"""The hand labels of ``newsprism eval disagreements``: real disagreements between outlets on a figure, and
look-alikes that must not be flagged, per multi-outlet story. No publisher's text: a story names its articles
(an ECB+ topic folder, a NeuS line), the sha1 of their text, and each label gives per article the value(s) it
states (numbers; dates as their day, month or year number).

Spec format (``labels/disagreements.spec``), one item per line, ``#`` starts a comment::

    story ecbplus 20/ecbplus 1f0c2a9e4b7d      # ECB+ topic folder, the first 12 hex of the stories' sha1
    story neus train 976 0b1c...                 # NeuS file (train/val/test .source) and 0-based line
    real magnitude | 20_1ecbplus=6.1 20_2ecbplus=5.9 20_11ecbplus=5.9/6.1
    alike other-event | 20_1ecbplus=10 20_3ecbplus=612   # this quake's dead vs the February quake's

A ``real`` line is one measure on which outlets disagree; each article given states the value(s) after ``=``
(several joined by ``/``). An ``alike`` line is a pair of (article, value) that look like a disagreement but are
not (another event, another scope, a bound, a rounding, an update): a conflict that pits the two is a false flag.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from newsprism.eval.results import EvalError
from newsprism.ingest.raw import RawArticle

SHA_LENGTH = 12
"""Hex digits of a story's sha1 kept in the spec: enough to detect a changed file, short enough to read."""
ECB_JOINED = re.compile(r"(?<![\d.])(\d+)\. (\d)")
ECB_THOUSANDS = re.compile(r"(?<![\d,.\-–])(\d{1,3}), (\d{3})(?!\d)")
"""The ECB+ text was rebuilt from tokens with a space after every point and comma inside a figure ('6. 1',
'120, 000'); the loader joins them back, as the outlets wrote them. A comma after the last part of a hyphenated
figure is a list's comma and keeps its space: a height before a weight ('5-foot-8, 135 pounds', '(5-11, 220)',
'the 6-foot-9, 260-pound forward'). Read on every ECB+ train and dev text: these 6 commas in 16/ecbplus,
25/ecbplus and 31/ecbplus are all the joins it drops, and the 130 '120, 000' figures it keeps are all thousands."""


@dataclass(frozen=True)
class Label:
    """One real disagreement (``real``) or one look-alike pair (``alike``)."""

    real: bool
    measure: str
    values: dict[str, tuple[str, ...]]
    """article id → the value(s) it states, as written in the spec ('5.9', '108e6', '18')"""
    line: int


@dataclass(frozen=True)
class LabelledStory:
    """One story: where its articles are, their sha1, and its labels."""

    source: str
    """'ecbplus' or 'neus'"""
    where: str
    """the ECB+ topic folder ('20/ecbplus') or the NeuS file and line ('train 976')"""
    sha1: str
    labels: list[Label]


def read_spec(path: Path) -> list[LabelledStory]:
    """The stories of a spec file; EvalError naming the line that is not one."""
    if not path.is_file():
        raise EvalError(f"{path}: no such file")
    stories: list[LabelledStory] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        head, _, rest = line.partition(" ")
        if head == "story":
            stories.append(_story(rest.split(), path, number))
        elif head in ("real", "alike") and stories:
            stories[-1].labels.append(_label(head == "real", rest, path, number))
        else:
            raise EvalError(f"{path}:{number}: expected 'story', 'real' or 'alike' after a story")
    if not stories:
        raise EvalError(f"{path}: no stories")
    return stories


def _story(words: list[str], path: Path, number: int) -> LabelledStory:
    if len(words) == 3 and words[0] == "ecbplus":
        return LabelledStory("ecbplus", words[1], words[2], [])
    if len(words) == 4 and words[0] == "neus" and words[2].isdigit():
        return LabelledStory("neus", f"{words[1]} {words[2]}", words[3], [])
    raise EvalError(f"{path}:{number}: a story is 'ecbplus TOPIC/FOLDER SHA1' or 'neus FILE LINE SHA1'")


def _label(real: bool, rest: str, path: Path, number: int) -> Label:
    measure, bar, items = rest.partition("|")
    values: dict[str, tuple[str, ...]] = {}
    for item in items.split():
        article, equals, written = item.partition("=")
        if not equals or not written:
            raise EvalError(f"{path}:{number}: '{item}' is not ARTICLE=VALUE")
        values[article] = tuple(written.split("/"))
    if not bar or len(values) < 2:
        raise EvalError(f"{path}:{number}: a label is 'MEASURE | ARTICLE=VALUE ARTICLE=VALUE ...' (two at least)")
    return Label(real, measure.strip(), values, number)


def story_articles(story: LabelledStory, root: Path) -> list[RawArticle]:
    """The story's articles read from the data root (``ecbplus/``, ``neus_allsides/``); EvalError when missing or
    changed (their sha1 differs from the spec's)."""
    articles = _ecbplus(story, root) if story.source == "ecbplus" else _neus(story, root)
    digest = hashlib.sha1("\n".join(a.text or "" for a in articles).encode()).hexdigest()[:SHA_LENGTH]
    if story.sha1 != "-" and digest != story.sha1:
        raise EvalError(f"{story.source} {story.where}: the articles changed (sha1 {digest}, spec {story.sha1})")
    return articles


def story_sha1(story: LabelledStory, root: Path) -> str:
    """What the spec's sha1 of a story should be (for writing new labels)."""
    articles = _ecbplus(story, root) if story.source == "ecbplus" else _neus(story, root)
    return hashlib.sha1("\n".join(a.text or "" for a in articles).encode()).hexdigest()[:SHA_LENGTH]


def _ecbplus(story: LabelledStory, root: Path) -> list[RawArticle]:
    folder = root / "ecbplus" / story.where
    files = sorted(folder.glob("*.txt"), key=lambda p: int(re.sub(r"\D", "", p.stem.split("_")[1]) or 0))
    if not files:
        raise EvalError(f"{folder}: no ECB+ articles")
    return [RawArticle(id=p.stem, source=str(p), format="text", text=ecb_text(p.read_text(encoding="utf-8")))
            for p in files]


def ecb_text(text: str) -> str:
    """An ECB+ text with its figures joined back ('6. 1' → '6.1', '120, 000' → '120,000')."""
    return ECB_THOUSANDS.sub(r"\1,\2", ECB_JOINED.sub(r"\1.\2", text))


def _neus(story: LabelledStory, root: Path) -> list[RawArticle]:
    name, line = story.where.split()
    path = root / "neus_allsides" / f"{name}.source"
    if not path.is_file():
        raise EvalError(f"{path}: no such file")
    with path.open(encoding="utf-8") as lines:
        text = next((row for i, row in enumerate(lines) if i == int(line)), None)
    if text is None:
        raise EvalError(f"{path}: no line {line}")
    return [_neus_article(f"neus-{name}-{line}-{i}", part, str(path)) for i, part in enumerate(text.split("[SEP]"))]


def _neus_article(article: str, part: str, source: str) -> RawArticle:
    title, _, body = part.replace("TITLE=>", "", 1).partition("ARTICLE=>")
    return RawArticle(id=article, source=source, format="text", text=body.strip(), title=title.strip() or None)
