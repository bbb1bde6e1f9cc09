"""NeuS (AllSides headline roundups, Lee et al. 2022): does the cited summary match the editors' neutral one?

``PREFIX.source`` holds one story per line: three outlets' articles joined by `` [SEP] ``, each
``TITLE=> ... ARTICLE=> ...``; ``PREFIX.target`` the editors' roundup on the same line, in the same form.
Each outlet becomes an :class:`~newsprism.model.Article` (its title as ``title``, the ARTICLE text as
``text``; an outlet with no text is left out) and goes through the project's own pipeline pieces:
``parse``, ``align_story``, ``relate``, ``find_facts``, then :func:`~newsprism.summary.summarize` with
the length in words of the reference's ARTICLE text (the reference title is not scored). ROUGE-1/2/L
F1 (``rouge-score``, Porter stemming) is averaged over the stories, next to two baselines at the same
length, with the same sentences (spaCy's) and the same length rule (sentences in the system's order,
each one that still fits in the word budget is added):

- ``lead``: the articles' first sentences, then their second sentences, and so on;
- ``lexrank``: LexRank (``sumy``'s LexRankSummarizer, its default threshold 0.1, stemming and English
  stop words) over all the story's sentences, fed pre-split sentences and a regex word tokenizer so
  that no NLTK data is needed.

Nothing is fitted on the file scored: the summary's constants were set on NeuS train, reported on val.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.align import StoryAlignment, align_story
from newsprism.align.facts import find_facts
from newsprism.config import NlpConfig, SummaryConfig
from newsprism.eval.results import NEWSPRISM, EvalError, EvalResult
from newsprism.model import Article
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse
from newsprism.reuse import relate
from newsprism.summary import SummaryInput, summarize

DATASET = "neus"
LEAD = "lead"
LEXRANK = "lexrank"
METRICS = ("rouge1", "rouge2", "rougeL")
SYSTEMS = (NEWSPRISM, LEAD, LEXRANK)
_FIELDS = re.compile(r"^\s*TITLE=>(?P<title>.*?)\s*ARTICLE=>(?P<text>.*)$", re.DOTALL)
_WORD = re.compile(r"\w+(?:['’]\w+)*")

__all__ = ["DATASET", "NeusStory", "evaluate_neus", "read_neus", "system_summaries"]


@dataclass(frozen=True)
class NeusDocument:
    title: str
    text: str


@dataclass(frozen=True)
class NeusStory:
    """One line of the files: the outlets' articles and the editors' reference summary."""

    line: int
    documents: list[NeusDocument]
    reference: str
    """the reference's ARTICLE text (its title left out)"""

    @property
    def words(self) -> int:
        return len(self.reference.split())


@dataclass(frozen=True)
class Summaries:
    """The three systems' summaries of one story, as text."""

    newsprism: str
    lead: str
    lexrank: str

    def of(self, system: str) -> str:
        return str(getattr(self, system))


def read_neus(prefix: Path) -> list[NeusStory]:
    """The stories of ``PREFIX.source`` with their references from ``PREFIX.target``."""
    source, target = _read_lines(prefix.with_name(prefix.name + ".source")), \
        _read_lines(prefix.with_name(prefix.name + ".target"))
    if len(source) != len(target):
        raise EvalError(f"{prefix}: .source has {len(source)} lines, .target {len(target)}")
    stories = []
    for number, (line, reference) in enumerate(zip(source, target, strict=True), start=1):
        documents = [_document(prefix, number, part) for part in line.split(" [SEP] ")]
        stories.append(NeusStory(number, [d for d in documents if d.text], _document(prefix, number, reference).text))
    if not stories:
        raise EvalError(f"{prefix}: no stories")
    return stories


def _read_lines(path: Path) -> list[str]:
    try:
        return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError) as error:
        raise EvalError(f"{path}: cannot read the NeuS file ({error.__class__.__name__})") from None


def _document(prefix: Path, number: int, part: str) -> NeusDocument:
    match = _FIELDS.match(part)
    if match is None:
        raise EvalError(f"{prefix}: line {number}: not 'TITLE=> ... ARTICLE=> ...'")
    return NeusDocument(" ".join(match["title"].split()), " ".join(match["text"].split()))


def evaluate_neus(prefix: Path, resources: NlpResources, limit: int | None = None) -> list[EvalResult]:
    """ROUGE-1/2/L F1 of newsprism, lead and LexRank against the references of the first ``limit`` stories."""
    stories = read_neus(prefix)[:limit]
    scorer = _rouge_scorer()
    totals = {(system, metric): 0.0 for system in SYSTEMS for metric in METRICS}
    for story, summaries in zip(stories, system_summaries(stories, resources, prefix.name), strict=True):
        for system in SYSTEMS:
            scores = scorer.score(story.reference, summaries.of(system))
            for metric in METRICS:
                totals[(system, metric)] += float(scores[metric].fmeasure)
    return [EvalResult(DATASET, system, metric, totals[(system, metric)] / len(stories), prefix.name, len(stories))
            for system in SYSTEMS for metric in METRICS]


def system_summaries(stories: Sequence[NeusStory], resources: NlpResources, split: str) -> list[Summaries]:
    """Each story through parse → align → reuse → facts → summarize, and the two baselines."""
    articles = [_articles(story, split) for story in stories]
    parsed = iter(parse([a for group in articles for a in group], resources, NlpConfig()))
    lexrank = _lexrank()
    found = []
    for story, group in zip(stories, articles, strict=True):
        story_articles = [next(parsed).article for _ in group]
        alignment = align_story(story_articles, resources.encoder)
        found.append(Summaries(newsprism=_ours(alignment, story.words), lead=_lead(story_articles, story.words),
                               lexrank=lexrank(story_articles, story.words)))
    return found


def _articles(story: NeusStory, split: str) -> list[Article]:
    return [Article(id=f"{split}-{story.line}-{k}", source=f"{split}:{story.line}", format="text",
                    title=document.title or None, text=document.text)
            for k, document in enumerate(story.documents, start=1)]


def _ours(alignment: StoryAlignment, words: int) -> str:
    facts = find_facts(alignment, relate(alignment))
    summary = summarize(SummaryInput(alignment, facts), SummaryConfig(words=words))
    return " ".join(s.text for s in summary)


def pack(sentences: Sequence[str], words: int) -> list[str]:
    """The sentences, in the order given, that fit one after another in ``words`` (one too long is skipped)."""
    chosen: list[str] = []
    left = words
    for sentence in sentences:
        size = len(sentence.split())
        if size <= left:
            chosen.append(sentence)
            left -= size
    return chosen


def _lead(articles: Sequence[Article], words: int) -> str:
    """First sentences of every article, then the second ones, ... within the budget."""
    depth = max((len(a.sentences) for a in articles), default=0)
    order = [a.sentences[i].text for i in range(depth) for a in articles if i < len(a.sentences)]
    return " ".join(pack(order, words))


class _WordTokenizer:
    """sumy's tokenizer interface without NLTK data: sentences come pre-split, words by a regex."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        return [paragraph]

    def to_words(self, sentence: str) -> list[str]:
        return _WORD.findall(sentence)


def _lexrank() -> Callable[[Sequence[Article], int], str]:
    """LexRank from sumy, over pre-split sentences, packed into the budget in rating order."""
    try:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError:
        raise EvalError("the lexrank baseline needs sumy: pip install -e '.[dev]'") from None
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = _WordTokenizer()

    def run(articles: Sequence[Article], words: int) -> str:
        seen: set[str] = set()
        paragraphs = []
        for article in articles:
            texts = [s.text for s in article.sentences]
            paragraphs.append(Paragraph([Sentence(t, tokenizer) for t in texts if t not in seen]))
            seen.update(texts)
        document = ObjectDocumentModel(paragraphs)
        chosen = summarizer(document, lambda infos: _fit_infos(infos, words))
        return " ".join(str(s) for s in chosen)

    return run


def _fit_infos(infos: Sequence[Any], words: int) -> list[Any]:
    """sumy's count callable: of the sentences in rating order, those that fit in the budget."""
    fitting = set(pack([str(info.sentence) for info in infos], words))
    return [info for info in infos if str(info.sentence) in fitting]


def _rouge_scorer() -> Any:
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise EvalError("newsprism eval neus needs rouge-score: pip install -e '.[dev]'") from None
    return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
