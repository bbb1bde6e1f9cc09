"""The pipeline, read top to bottom: ingest → clean → nlp → align → reuse → story table (facts, origins) →
entities → figures → quotes → timeline → conflicts → summary → outlets → report.

Each stage takes plain records and returns plain records. Heavy resources (the spaCy
pipeline) come in through ``resources`` so that a caller analysing many stories loads
them once.
"""

from __future__ import annotations

from newsprism.align import align_story
from newsprism.clean.batch import clean_batch
from newsprism.config import CleanConfig, Config
from newsprism.conflicts import ConflictInput, find_conflicts
from newsprism.entities import find_entities
from newsprism.figures import find_figures
from newsprism.ingest import RawArticle, read_inputs
from newsprism.model import Article, InputProblem, Report
from newsprism.nlp import NlpResources, load_resources
from newsprism.outlets import OutletInput, describe_outlets
from newsprism.progress import ALIGN_ENCODING_SHARE, Progress, Tracker
from newsprism.quotes import attribute_speakers, cluster_quotes, find_quotes
from newsprism.reuse import relate
from newsprism.story_cache import StoryCache
from newsprism.story_table import story_table
from newsprism.summary import SummaryInput, summarize
from newsprism.timeline import build_timeline


def analyze(inputs: list[str], config: Config | None = None, resources: NlpResources | None = None,
            progress: Progress | None = None) -> Report:
    """Analyse the articles named by ``inputs`` (paths, directories, globs, URLs) as one story."""
    config = config or Config()
    ingested = read_inputs(inputs, config.ingest)
    return analyze_raw(ingested.articles, config, resources, ingested.problems, progress)


def analyze_raw(raws: list[RawArticle], config: Config | None = None, resources: NlpResources | None = None,
                problems: list[InputProblem] | None = None, progress: Progress | None = None,
                cache: StoryCache | None = None) -> Report:
    """Analyse articles already read (from a store, a web form, a stream) as one story.

    ``problems`` are earlier inputs' failures, carried into the report; ``progress`` is told as each stage
    starts, and after each article within parsing and alignment (see :mod:`newsprism.progress`); ``cache``: what
    earlier analyses of the story read (only the articles and pairs new to it are read now, the same report).
    """
    config, tick, cache = config or Config(), Tracker(progress), cache or StoryCache(keep=False)
    tick("cleaning")
    articles, cleaning_problems = cache.clean(raws, config.clean)
    problems = [*(problems or []), *cleaning_problems]
    if not articles:
        return Report(problems=problems)
    tick("loading")
    resources = resources or load_resources(config.nlp)
    parsed = cache.parse(articles, resources, config.nlp, tick.within("parsing"))
    with cache.readings.active():  # each article's and sentence's readings kept for the next analysis
        articles = [p.article for p in parsed]
        encoder = cache.encoder(resources.encoder)  # each distinct text encoded once per story
        alignment = align_story(articles, encoder, tick.within("aligning", ALIGN_ENCODING_SHARE), cache.links)
        tick("relating")
        reuse = relate(alignment)
        cache.texts_read("reuse.differences")  # relate alone asks a sentence pair's differences
        story = story_table(alignment, reuse)
        entities = find_entities(parsed)
        cache.articles_read("newsprism.entities")  # each stage's per-article readings go once it is done
        figures = find_figures(story, entities, encoder, parsed)
        cache.articles_read("newsprism.figures")
        tick("quotes")
        texts = {p.article.id: p.article.text for p in parsed}  # a description one article leaves unnamed
        variants = attribute_speakers([v for p in parsed for v in find_quotes(p)], entities, texts)
        cache.articles_read("newsprism.quotes")
        quotes = cluster_quotes(variants, encoder, cache.quotes, alignment.table)
        cache.states_read(alignment.table)
        timeline = build_timeline(parsed, alignment)
        del parsed  # the last stage given the parsed paragraphs: a one-analysis cache lets their Docs go
        cache.parsed_read()
        tick("conflicts")
        conflicts = find_conflicts(ConflictInput(alignment, reuse, quotes, timeline, entities, encoder,
                                                 resources.nli, story, figures))
        cache.texts_read()  # the summary and the outlets ask no earlier stage's text readings
        tick("summary")
        summary = summarize(SummaryInput(alignment, story.facts, conflicts, reuse, story=story), config.summary)
        sources = describe_outlets(OutletInput(articles, reuse, story.facts, quotes, figures))
        return Report(articles=articles, facts=story.facts, reuse=reuse, quotes=quotes, entities=entities.entities,
                      conflicts=conflicts, figures=figures, timeline=timeline, summary=summary, outlets=sources.outlets,
                      wording=sources.wording, problems=problems)


def clean_all(raws: list[RawArticle], config: CleanConfig) -> tuple[list[Article], list[InputProblem]]:
    """Clean every raw article, together (:func:`newsprism.clean.batch.clean_batch`: lines the pages repeat are
    clutter); one that has no article text becomes a problem (one with a title is kept with its headline only), the
    rest go on."""
    cleaned = clean_batch(raws, config, keep_headline=True)
    return [a for a in cleaned if isinstance(a, Article)], [p for p in cleaned if isinstance(p, InputProblem)]
