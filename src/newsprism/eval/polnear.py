"""PolNeAR (Political News Attribution Relations, Newell et al. 2018): quotations and who said them.

PATH is a split folder (``text/<name>.txt`` and ``attributions/<name>_<annotator>.ann`` in brat standoff).
Each raw ``.txt`` is read as-is as the article's text (the annotated offsets point into it) and parsed by
the project's :func:`~newsprism.nlp.sentences.parse`. Where several annotators annotated one article, the
first ``.ann`` file in sorted order is used, consistently.

Gold direct quotations are the annotated Content spans that open with a quotation mark; a predicted one is a
``direct`` :class:`~newsprism.model.QuoteVariant`. Spans are compared as sets of letters and digits (quotation
marks, spaces and punctuation do not count). Each predicted item goes to the gold span holding most of its
letters, if that is at least half of them; a gold span is *found* when the items given to it cover at least
half of its letters (*exact*: all of them and no other), so a quotation broken by 'he said', annotated as one
Content, is found by its two pieces. Recall counts gold spans found, precision predicted items given to a found
gold span. ``speaker_accuracy`` counts, over the gold direct quotations found that have an annotated Source,
those whose first predicted piece has a source that overlaps it or resolves to the same name;
``speaker_recall`` divides the same count by every gold direct quotation with a Source (found or not), and
``speaker_accuracy_common`` counts over the gold direct quotations that every system found: both compare systems
that find different quotations (textacy keeps only those with a cue and a subject, the easier ones).
``attribution_f1`` scores every attribution (direct, partial and indirect) against every annotated Content the same way.

The baseline is textacy's ``direct_quotations`` (system ``textacy``) run on the same spaCy paragraphs, with
spaCy's rule lemmatizer added to them (textacy matches its cue verbs by lemma).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from newsprism.config import NlpConfig
from newsprism.eval.results import NEWSPRISM, EvalError, EvalResult
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import ParsedArticle, parse
from newsprism.quotes.extract import find_quotes
from newsprism.quotes.people import people_in
from newsprism.quotes.speakers import SpeakerResolver

DATASET = "polnear"
TEXTACY = "textacy"

QUOTE_MARKS = ("\"", "“", "'", "‘", "”")
_SPANS = re.compile(r"^(\d+) (\d+)((?:;\d+ \d+)*)$")

Range = tuple[int, int]


@dataclass(frozen=True)
class Gold:
    """One annotated attribution: its Content fragments, and its Source fragments if annotated."""

    content: tuple[Range, ...]
    source: tuple[Range, ...]
    direct: bool
    """the Content opens with a quotation mark"""


@dataclass(frozen=True)
class GoldArticle:
    name: str
    path: Path
    text: str
    attributions: tuple[Gold, ...]


@dataclass(frozen=True)
class Predicted:
    """One predicted attribution, offsets into the article's text."""

    kind: str
    content: Range
    source: Range | None
    cue: Range | None
    speaker: str | None


@dataclass(frozen=True)
class Scores:
    """Counts over a split; added article by article."""

    direct_gold: int = 0
    direct_predicted: int = 0
    direct_found: int = 0
    """gold direct quotations covered (half of their letters or more) by predicted ones lying mostly inside"""
    direct_correct: int = 0
    """predicted direct quotations lying mostly inside a found gold one"""
    direct_found_exact: int = 0
    direct_correct_exact: int = 0
    speaker_total: int = 0
    speaker_correct: int = 0
    speaker_gold: int = 0
    """gold direct quotations with an annotated Source, found or not"""
    all_gold: int = 0
    all_predicted: int = 0
    all_found: int = 0
    all_correct: int = 0
    judged: frozenset[tuple[str, int, bool]] = frozenset()
    """(article, gold index, speaker right?) for each gold direct quotation judged for its speaker"""

    def __add__(self, other: Scores) -> Scores:
        return Scores(*(getattr(self, f.name) | getattr(other, f.name) if f.name == "judged"
                        else getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def results(self, dataset: str, system: str, split: str) -> list[EvalResult]:
        precision = _ratio(self.direct_correct, self.direct_predicted)
        recall = _ratio(self.direct_found, self.direct_gold)
        figures = [
            ("quote_precision", precision, self.direct_gold),
            ("quote_recall", recall, self.direct_gold),
            ("quote_f1", _f1(precision, recall), self.direct_gold),
            ("quote_f1_exact", _f1(_ratio(self.direct_correct_exact, self.direct_predicted),
                                   _ratio(self.direct_found_exact, self.direct_gold)), self.direct_gold),
            ("speaker_accuracy", _ratio(self.speaker_correct, self.speaker_total), self.speaker_total),
            ("speaker_recall", _ratio(self.speaker_correct, self.speaker_gold), self.speaker_gold),
            ("attribution_f1", _f1(_ratio(self.all_correct, self.all_predicted),
                                   _ratio(self.all_found, self.all_gold)), self.all_gold),
        ]
        return [EvalResult(dataset, system, metric, value, split, count) for metric, value, count in figures]


__all__ = ["DATASET", "Gold", "GoldArticle", "Predicted", "Scores", "evaluate_polnear", "read_polnear", "score"]


@dataclass(frozen=True)
class _System:
    name: str
    predict: Callable[[ParsedArticle], list[Predicted]]


def evaluate_polnear(path: Path, resources: NlpResources, config: NlpConfig | None = None) -> list[EvalResult]:
    """Score newsprism's quotations and textacy's on the split folder ``path``."""
    gold = read_polnear(path)
    articles = [Article(id=g.name, source=str(g.path), format="text", text=g.text) for g in gold]
    parsed = parse(articles, resources, config or NlpConfig())
    systems = [_System(NEWSPRISM, _ours)]
    lemmatize = _lemmatizer(config or NlpConfig())
    if lemmatize is not None:
        systems.append(_System(TEXTACY, lambda article: _textacy(article, lemmatize)))
    scores = [_score_all(gold, parsed, system) for system in systems]
    results = [result for system, score in zip(systems, scores, strict=True)
               for result in score.results(DATASET, system.name, path.name)]
    return results + _common_speakers([system.name for system in systems], scores, path.name)


def _common_speakers(names: Sequence[str], scores: Sequence[Scores], split: str) -> list[EvalResult]:
    """``speaker_accuracy_common``: speaker accuracy over the gold direct quotations every system found."""
    judged = [{(name, index): right for name, index, right in score.judged} for score in scores]
    common = set.intersection(*(set(by_quote) for by_quote in judged)) if judged else set()
    return [EvalResult(DATASET, name, "speaker_accuracy_common",
                       _ratio(sum(by_quote[key] for key in common), len(common)), split, len(common))
            for name, by_quote in zip(names, judged, strict=True)]


def _score_all(gold: Sequence[GoldArticle], parsed: Sequence[ParsedArticle], system: _System) -> Scores:
    total = Scores()
    for article, parsed_article in zip(gold, parsed, strict=True):
        resolver = SpeakerResolver(people_in(parsed_article.paragraphs))
        total = total + score(article, system.predict(parsed_article), resolver)
    return total


def _ours(parsed: ParsedArticle) -> list[Predicted]:
    return [Predicted(v.kind, (v.content.start, v.content.end),
                      (v.source.start, v.source.end) if v.source else None,
                      (v.cue.start, v.cue.end) if v.cue else None, v.speaker)
            for v in find_quotes(parsed)]


def _lemmatizer(config: NlpConfig) -> Callable[[Any], Any] | None:
    """spaCy's rule lemmatizer of the same model (textacy needs lemmas); None when textacy is not installed."""
    try:
        import spacy
        import textacy.extract.triples  # noqa: F401
    except ImportError:
        return None
    try:
        nlp = spacy.load(config.spacy_model)
    except (OSError, ImportError, ValueError) as error:
        raise EvalError(f"cannot load {config.spacy_model!r} for the textacy baseline ({error})") from None
    lemmatizer: Callable[[Any], Any] = nlp.get_pipe("lemmatizer")
    return lemmatizer


def _textacy(parsed: ParsedArticle, lemmatize: Callable[[Any], Any]) -> list[Predicted]:
    from textacy.extract.triples import direct_quotations

    found: list[Predicted] = []
    for paragraph in parsed.paragraphs:
        doc = lemmatize(paragraph.doc)
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # an odd number of quotation marks: textacy gives up on the paragraph
            continue
        for triple in triples:
            speaker = sorted(triple.speaker, key=lambda token: token.i)
            cue = sorted(triple.cue, key=lambda token: token.i)
            source = (paragraph.start + speaker[0].idx, paragraph.start + speaker[-1].idx + len(speaker[-1]))
            found.append(Predicted("direct", (paragraph.start + triple.content.start_char,
                                              paragraph.start + triple.content.end_char), source,
                                   (paragraph.start + cue[0].idx, paragraph.start + cue[-1].idx + len(cue[-1])),
                                   parsed.article.text[source[0]:source[1]]))
    return found


def check_folder(path: Path) -> None:
    """Raise :class:`EvalError` unless ``path`` is a PolNeAR split folder."""
    if not (path / "text").is_dir() or not (path / "attributions").is_dir():
        raise EvalError(f"{path}: not a PolNeAR split folder (needs text/ and attributions/)")


def read_polnear(path: Path) -> list[GoldArticle]:
    """Every article of the split folder with the attributions of its first annotator (sorted file names)."""
    check_folder(path)
    articles: list[GoldArticle] = []
    for text_path in sorted((path / "text").glob("*.txt")):
        annotations = sorted((path / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not annotations:
            continue
        text = text_path.read_text(encoding="utf-8")
        articles.append(GoldArticle(text_path.stem, text_path, text, tuple(_read_ann(annotations[0], text))))
    if not articles:
        raise EvalError(f"{path}: no article with an .ann file in attributions/")
    return articles


def _read_ann(path: Path, text: str) -> Iterator[Gold]:
    spans: dict[str, tuple[str, tuple[Range, ...]]] = {}
    relations: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, _ranges(path, number, offsets))
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(parts[1])
    for relation in relations:
        roles = dict(part.split(":", 1) for part in relation.split() if ":" in part)
        content = [spans[v][1] for k, v in roles.items() if k.startswith("Content") and v in spans]
        if not content:
            continue
        fragments = tuple(r for ranges in content for r in ranges)
        source = spans[roles["Source"]][1] if roles.get("Source") in spans else ()
        opening = text[fragments[0][0]:fragments[0][1]].lstrip()
        yield Gold(fragments, source, opening.startswith(QUOTE_MARKS))


def _ranges(path: Path, number: int, offsets: str) -> tuple[Range, ...]:
    if not _SPANS.match(offsets):
        raise EvalError(f"{path}: line {number}: bad offsets {offsets!r}")
    pairs = (part.split() for part in offsets.split(";"))
    return tuple((int(start), int(end)) for start, end in pairs)


def _letters(text: str, ranges: Sequence[Range]) -> frozenset[int]:
    """The positions of the letters and digits in the ranges: marks, spaces and punctuation do not count."""
    return frozenset(i for start, end in ranges for i in range(start, min(end, len(text))) if text[i].isalnum())


def _assign(gold: Sequence[frozenset[int]], predicted: Sequence[frozenset[int]]) -> dict[int, list[int]]:
    """Gold index -> the predicted items that lie mostly (half of their letters or more) inside it."""
    assigned: dict[int, list[int]] = {}
    for p, letters in enumerate(predicted):
        shared = [(len(letters & gold_letters), g) for g, gold_letters in enumerate(gold)]
        best, g = max(shared, default=(0, -1))
        if letters and 2 * best >= len(letters):
            assigned.setdefault(g, []).append(p)
    return assigned


@dataclass(frozen=True)
class _Matches:
    found: dict[int, list[int]]
    """gold index -> its predicted items, for the gold spans they cover at least half of"""
    exact: dict[int, list[int]]
    """the same, where they cover exactly the gold's letters"""

    def predicted(self, exact: bool = False) -> int:
        return sum(len(items) for items in (self.exact if exact else self.found).values())


def _match(gold: Sequence[frozenset[int]], predicted: Sequence[frozenset[int]]) -> _Matches:
    found: dict[int, list[int]] = {}
    exact: dict[int, list[int]] = {}
    for g, items in _assign(gold, predicted).items():
        covered = frozenset().union(*(predicted[p] for p in items))
        if 2 * len(covered & gold[g]) >= len(gold[g]):
            found[g] = items
        if covered == gold[g]:
            exact[g] = items
    return _Matches(found, exact)


def score(article: GoldArticle, predicted: Sequence[Predicted], resolver: SpeakerResolver) -> Scores:
    """The counts for one article: precision counts predicted items, recall gold spans."""
    text = article.text
    gold_direct = [g for g in article.attributions if g.direct]
    direct = sorted((p for p in predicted if p.kind == "direct"), key=lambda p: p.content)
    matches = _match([_letters(text, g.content) for g in gold_direct],
                     [_letters(text, [p.content]) for p in direct])
    judged = frozenset((article.name, g, _same_speaker(text, gold_direct[g], direct[items[0]], resolver))
                       for g, items in matches.found.items() if gold_direct[g].source)
    everything = _match([_letters(text, g.content) for g in article.attributions],
                        [_letters(text, [p.content]) for p in predicted])
    return Scores(len(gold_direct), len(direct), len(matches.found), matches.predicted(),
                  len(matches.exact), matches.predicted(exact=True), len(judged),
                  sum(right for _, _, right in judged), sum(1 for g in gold_direct if g.source),
                  len(article.attributions), len(predicted), len(everything.found), everything.predicted(), judged)


def _same_speaker(text: str, gold: Gold, item: Predicted, resolver: SpeakerResolver) -> bool:
    if item.source is None:
        return False
    first, last = item.source
    if any(start < last and first < end for start, end in gold.source):
        return True
    start, end = gold.source[0]
    name = resolver.resolve(text[start:end], start).lower()
    return (item.speaker or "").lower() == name or resolver.resolve(text[first:last], first).lower() == name


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
