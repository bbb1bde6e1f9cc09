"""``newsprism eval cleaning polnear PATH``: how much of PolNeAR's annotated clutter cleaning removes.

PolNeAR's annotators marked page clutter inside the article texts as ``Discard`` spans (share labels,
author sign-offs, 'Read the rest here.', embedded posts); every other span they annotated (Source, Cue,
Content, Discuss) is article text. Each raw ``text/<name>.txt`` is cleaned as a pasted text would be, and the
cleaned title and body are aligned with it word by word (:mod:`newsprism.eval.kept`). The split's articles are
cleaned as one batch, each publisher a site, so that the lines they repeat count as clutter
(:func:`split_repeats`, :mod:`newsprism.clean.repeats`). Figures, over the letters and
digits of the spans of the first ``.ann`` file of each article (sorted names, as :mod:`newsprism.eval.polnear`):

- ``clutter_removed``: share of the Discard spans' letters not kept in the cleaned body;
- ``body_kept``: share of the other annotated spans' letters kept.

The keep-everything baseline (system ``keep-all``) scores 0 and 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsprism.clean import clean_article
from newsprism.clean.repeats import NO_REPEATS, Repeats, gather, page_lines
from newsprism.config import CleanConfig
from newsprism.errors import InputFailure
from newsprism.eval.kept import KeptText, Span
from newsprism.eval.polnear import check_folder
from newsprism.eval.results import NEWSPRISM, EvalError, EvalResult
from newsprism.ingest.raw import RawArticle

DATASET = "polnear-cleaning"
KEEP_ALL = "keep-all"
DISCARD = "Discard"


@dataclass(frozen=True)
class AnnotatedText:
    name: str
    text: str
    discard: tuple[Span, ...]
    body: tuple[Span, ...]
    """every other annotated span"""


@dataclass(frozen=True)
class SpanCounts:
    clutter: int = 0
    clutter_removed: int = 0
    body: int = 0
    body_kept: int = 0

    def __add__(self, other: SpanCounts) -> SpanCounts:
        return SpanCounts(self.clutter + other.clutter, self.clutter_removed + other.clutter_removed,
                          self.body + other.body, self.body_kept + other.body_kept)


def read_spans(path: Path, limit: int | None = None) -> list[AnnotatedText]:
    """The articles of a PolNeAR split folder with their Discard spans and other annotated spans."""
    check_folder(path)
    articles: list[AnnotatedText] = []
    for text_path in sorted((path / "text").glob("*.txt")):
        annotations = sorted((path / "attributions").glob(f"{text_path.stem}_*.ann"))
        if annotations and (limit is None or len(articles) < limit):
            discard, body = _spans(annotations[0])
            articles.append(AnnotatedText(text_path.stem, text_path.read_text(encoding="utf-8"), discard, body))
    if not articles:
        raise EvalError(f"{path}: no article with an .ann file in attributions/")
    return articles


def _spans(path: Path) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    discard: list[Span] = []
    body: list[Span] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        parts = line.split("\t")
        if not line.startswith("T") or len(parts) < 2:
            continue
        label, _, offsets = parts[1].partition(" ")
        try:
            ranges = [(int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";"))]
        except ValueError:
            raise EvalError(f"{path}: line {number}: bad offsets {offsets!r}") from None
        (discard if label == DISCARD else body).extend(ranges)
    return tuple(discard), tuple(body)


def cleaned_body(name: str, text: str, config: CleanConfig, repeated: frozenset[str] = frozenset()) -> str:
    """The title and body newsprism keeps of a pasted text; empty when cleaning finds no article. The title
    counts as kept: it moves to its field, it is not lost (PolNeAR annotates attributions in headlines).
    ``repeated``: the lines the articles cleaned with it repeat (:func:`split_repeats`)."""
    try:
        article = clean_article(RawArticle(id=name, source=name, format="text", text=text), config, repeated)
    except InputFailure:
        return ""
    return f"{article.title or ''}\n\n{article.text}"


def count(article: AnnotatedText, cleaned: str) -> SpanCounts:
    kept = KeptText(article.text, cleaned)
    clutter = kept.letters(article.discard)
    body = kept.letters(article.body)
    return SpanCounts(clutter, clutter - kept.kept_letters(article.discard), body, kept.kept_letters(article.body))


def evaluate_cleaning(path: Path, config: CleanConfig | None = None, limit: int | None = None) -> list[EvalResult]:
    """Score newsprism's cleaning and the keep-everything baseline on a PolNeAR split folder."""
    articles = read_spans(path, limit)
    config = config or CleanConfig()
    repeats = split_repeats(articles, config)
    total = SpanCounts()
    for article in articles:
        repeated = repeats.for_site(publisher(article.name))
        total = total + count(article, cleaned_body(article.name, article.text, config, repeated))
    split = path.name
    with_clutter = sum(1 for article in articles if article.discard)
    return [
        EvalResult(DATASET, NEWSPRISM, "clutter_removed", _ratio(total.clutter_removed, total.clutter), split,
                   with_clutter),
        EvalResult(DATASET, NEWSPRISM, "body_kept", _ratio(total.body_kept, total.body), split, len(articles)),
        EvalResult(DATASET, KEEP_ALL, "clutter_removed", 0.0, split, with_clutter),
        EvalResult(DATASET, KEEP_ALL, "body_kept", 1.0, split, len(articles)),
    ]


def publisher(name: str) -> str:
    """The publisher of a PolNeAR article, the first part of its name ('politico_2016-...')."""
    return name.split("_")[0]


def split_repeats(articles: list[AnnotatedText], config: CleanConfig) -> Repeats:
    """The lines the split's articles repeat, the split read as one batch with each publisher a site
    (:mod:`newsprism.clean.repeats`): a reader of a publisher's site ingests many of its articles."""
    if not config.batch_repeats or len(articles) < 2:
        return NO_REPEATS
    return gather([page_lines(article.text, publisher(article.name)) for article in articles])


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
