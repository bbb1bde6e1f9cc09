"""ECB+ (Cybulska & Vossen 2014): cross-document entity coreference of the entity stage.

PATH holds topic folders (``<n>/gold.json`` with the texts beside it, see the dataset's README). Each topic's
articles are analysed as one story: parsed by :func:`~newsprism.nlp.sentences.parse`, then
:func:`~newsprism.entities.find_entities` (the entity stage alone, which is all this measures). The gold
mentions are the entity mentions (HUMAN*, NON_HUMAN*, LOC* tags; no TIME*) in the sentences ECB+ selected for
coreference, scored with singletons as the literature does (README: 4,758 train and 1,475 dev entity mentions).

Systems, each clustering every gold mention of a topic (clusters never cross topics):

- ``newsprism``: a mention whose head word falls in an entity's mention (:meth:`EntityIndex.resolve`) takes
  that entity ("a Brooklyn man" is not Brooklyn, "Lohan's lawyer" not Lohan); any other mention (a pronoun,
  "the actress", an unnamed place) is a singleton.
- ``newsprism+lemma``: the same, with the baseline's rule applied only where the entity stage says nothing:
  a mention outside every entity joins the one entity whose mentions share its head lemma ("the church"
  after "Wasilla Harbour Church"; counting only mentions whose head is their last word), if exactly one does;
  else it clusters by head lemma with the others.
- ``newsprism|lemma``: mentions joined where the entity stage or the head lemma joins them (the closure of
  both); chosen over ``newsprism+lemma`` on the tune topics (CoNLL 0.717 against 0.714, lemma 0.708), where the
  entity stage's splits of one head ("Mo Cheeks" / "Maurice Cheeks", "Mount Cook" / "Mt Cook National Park") cost
  more than its right splits ("Betty Ford Center" / "Promises Treatment Center") gain.
- ``lemma``: the same-head-lemma baseline of the ECB+ literature (Barhom et al. 2019, Cattan et al. 2021):
  mentions of a topic whose syntactic heads share a lemma are one entity.

Figures: MUC, B³, CEAF-e F1 and their mean (``conll_f1``), and ``type_accuracy``: over the gold mentions with
a type that maps to newsprism's (HUMAN_PART_PER → person, HUMAN_PART_ORG → organisation, LOC_GEO/FAC/OTHER →
place) that fall in an entity, the share whose entity has that type. Each figure is given for every topic
(``all``) and for two fixed parts: odd topic numbers (``tune``: the rules of the entity stage were adjusted
looking at these) and even ones (``check``: read only for the figures, a held-out check), chosen before any
figure was seen.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.eval.coref import score_clusterings
from newsprism.eval.results import NEWSPRISM, EvalError, EvalResult
from newsprism.grouping import DisjointSets
from newsprism.model import Article, EntityType
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import ParsedArticle, parse

DATASET = "ecbplus"
LEMMA = "lemma"
BACKOFF = "newsprism+lemma"
UNION = "newsprism|lemma"
ENTITY_TAGS = ("HUMAN", "NON_HUMAN", "LOC")
"""Tag prefixes of the gold entity mentions scored (TIME_* mentions are no entities here)."""
GOLD_TYPES: dict[str, EntityType] = {"HUMAN_PART_PER": "person", "HUMAN_PART_ORG": "organisation",
                                     "LOC_GEO": "place", "LOC_FAC": "place", "LOC_OTHER": "place"}
"""Gold tags with a newsprism type, for type accuracy."""

_TRAILING = " \t\n.,;:!?\"'”’)"
"""Characters a gold mention may end with after its last word."""

MentionKey = tuple[str, int, int]
"""(document, start, end)"""


@dataclass(frozen=True)
class GoldMention:
    doc: str
    start: int
    end: int
    tag: str
    chain: str


@dataclass(frozen=True)
class Head:
    """A gold mention's syntactic head: its lemma (lower case) and where it is written."""

    lemma: str
    start: int
    end: int


@dataclass(frozen=True)
class Topic:
    number: int
    articles: tuple[Article, ...]
    mentions: tuple[GoldMention, ...]

    @property
    def part(self) -> str:
        return "tune" if self.number % 2 else "check"


@dataclass(frozen=True)
class TopicAnswer:
    """One topic's gold and system clusterings, and its type judgements (right or not)."""

    gold: dict[Hashable, Hashable]
    systems: dict[str, dict[Hashable, Hashable]]
    types: list[bool]


def read_topics(path: Path) -> list[Topic]:
    """Every topic folder of ``path`` (folders holding gold.json), in topic order."""
    if not path.is_dir():
        raise EvalError(f"{path}: not a folder of ECB+ topics")
    topics = [_read_topic(folder) for folder in sorted(path.iterdir(), key=lambda p: p.name)
              if (folder / "gold.json").is_file()]
    if not topics:
        raise EvalError(f"{path}: no topic folder with a gold.json")
    return sorted(topics, key=lambda t: t.number)


def _read_topic(folder: Path) -> Topic:
    try:
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        articles = tuple(Article(id=doc, source=str(folder / info["path"]), format="text",
                                 text=(folder / info["path"]).read_text(encoding="utf-8"))
                         for doc, info in sorted(gold["documents"].items()))
        mentions = tuple(_gold_mentions(gold["entity_chains"]))
        return Topic(int(gold["topic"]), articles, mentions)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise EvalError(f"{folder / 'gold.json'}: cannot read the topic ({error})") from None


def _gold_mentions(chains: list[dict[str, Any]]) -> Iterator[GoldMention]:
    seen: set[MentionKey] = set()
    for chain in chains:
        for m in chain["mentions"]:
            key = (m["doc"], m["start"], m["end"])
            if m["in_selected_sentence"] and m["tag"].startswith(ENTITY_TAGS) and key not in seen:
                seen.add(key)
                yield GoldMention(m["doc"], m["start"], m["end"], m["tag"], str(chain["chain_id"]))


def evaluate_ecbplus(path: Path, resources: NlpResources, config: NlpConfig | None = None) -> list[EvalResult]:
    """Score the entity stage and the same-head-lemma baseline on the ECB+ topics under ``path``."""
    topics = read_topics(path)
    config = config or NlpConfig()
    lemmatize = _lemmatizer(config)
    answers: dict[str, list[TopicAnswer]] = {"all": [], "tune": [], "check": []}
    for topic in topics:
        parsed = parse(list(topic.articles), resources, config)
        answer = answer_topic(topic, parsed, find_entities(parsed), lemmatize)
        answers["all"].append(answer)
        answers[topic.part].append(answer)
    return [result for split, part in answers.items() if part for result in _results(part, split)]


def answer_topic(topic: Topic, parsed: list[ParsedArticle], index: EntityIndex,
                 lemmatize: Callable[[Any], Any] | None = None) -> TopicAnswer:
    """The clusterings of one topic's gold mentions: gold, newsprism, newsprism+lemma, lemma."""
    heads = _heads(topic, parsed, lemmatize)
    gold: dict[Hashable, Hashable] = {}
    ours: dict[Hashable, Hashable] = {}
    backoff: dict[Hashable, Hashable] = {}
    lemma: dict[Hashable, Hashable] = {}
    types: list[bool] = []
    named: set[Hashable] = set()
    texts = {p.article.id: p.article.text for p in parsed}
    for m in topic.mentions:
        key = (topic.number, m.doc, m.start, m.end)
        gold[key] = (topic.number, m.chain)
        head = heads[(m.doc, m.start, m.end)]
        lemma[key] = (topic.number, "lemma", head.lemma)
        entity = index.resolve(m.doc, head.start, head.end)
        if entity is None:
            ours[key] = key
            continue
        ours[key] = (topic.number, "entity", entity.id)
        if head.end >= m.start + len(texts[m.doc][m.start:m.end].rstrip(_TRAILING)):
            named.add(key)
        if m.tag in GOLD_TYPES:
            types.append(entity.type == GOLD_TYPES[m.tag])
    backoff = _backoff(ours, lemma, named)
    systems = {NEWSPRISM: ours, BACKOFF: backoff, UNION: _union(topic.number, ours, lemma), LEMMA: lemma}
    return TopicAnswer(gold, systems, types)


def _backoff(ours: dict[Hashable, Hashable], lemma: dict[Hashable, Hashable],
             named: set[Hashable]) -> dict[Hashable, Hashable]:
    """Mentions outside every entity take the one entity whose mentions share their head lemma, if exactly one
    does; else they cluster by head lemma among themselves. Only the mentions of ``named`` (whose head is their
    last word) speak for their entity's head: the parse of a name can put its head inside it ("Species" of
    "Endangered Species Act"), and a bare "species" is no mention of the act."""
    entities: dict[Hashable, set[Hashable]] = {}
    for key, cluster in ours.items():
        if cluster != key and key in named:
            entities.setdefault(lemma[key], set()).add(cluster)
    backoff: dict[Hashable, Hashable] = {}
    for key, cluster in ours.items():
        if cluster != key:
            backoff[key] = cluster
        else:
            only = entities.get(lemma[key], set())
            backoff[key] = next(iter(only)) if len(only) == 1 else lemma[key]
    return backoff


def _union(topic: int, ours: dict[Hashable, Hashable], lemma: dict[Hashable, Hashable]) -> dict[Hashable, Hashable]:
    """Mentions joined where either the entity stage or the head lemma joins them (the transitive closure): the
    entity stage adds the links heads miss ("IMF" and "Fund", "Colts" and "Indianapolis Colts") and never splits
    a head's mentions."""
    nodes: dict[Hashable, int] = {}
    roots: DisjointSets[int] = DisjointSets()
    for key, cluster in ours.items():
        node = nodes.setdefault(("mention", key), len(nodes))
        roots.join(node, nodes.setdefault(("lemma", lemma[key]), len(nodes)))
        if cluster != key:
            roots.join(node, nodes.setdefault(("entity", cluster), len(nodes)))
    return {key: (topic, "union", roots.find(nodes[("mention", key)])) for key in ours}


def _heads(topic: Topic, parsed: list[ParsedArticle],
           lemmatize: Callable[[Any], Any] | None) -> dict[MentionKey, Head]:
    """Each gold mention's head: the root of its span in the parse, past a leading preposition (:func:`_nominal`);
    its last word when unparsed."""
    by_doc = {p.article.id: p for p in parsed}
    lemmatized: dict[int, Any] = {}
    heads: dict[MentionKey, Head] = {}
    for m in topic.mentions:
        text = by_doc[m.doc].article.text[m.start:m.end]
        words = text.split()
        last = words[-1] if words else text
        head = Head(last.lower(), m.end - len(last.rstrip()) if words else m.start, m.end)
        for paragraph in by_doc[m.doc].paragraphs:
            if paragraph.start <= m.start < paragraph.end:
                doc = lemmatized.setdefault(id(paragraph.doc), lemmatize(paragraph.doc) if lemmatize
                                            else paragraph.doc)
                span = doc.char_span(m.start - paragraph.start, m.end - paragraph.start, alignment_mode="expand")
                if span is not None and len(span):
                    root = _nominal(span).root
                    start = paragraph.start + root.idx
                    head = Head((root.lemma_ or root.text).lower(), start, start + len(root.text))
        heads[(m.doc, m.start, m.end)] = head
    return heads


def _nominal(span: Any) -> Any:
    """The span without a leading preposition and trailing punctuation: ECB+ writes some place mentions with their
    preposition ("in Newport Beach", "at Mount Cook."), whose parse root is "in"; the mention's head is the noun's."""
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].pos_ == "ADP":
        start += 1
    while end - 1 > start and span.doc[end - 1].pos_ == "PUNCT":
        end -= 1
    return span.doc[start:end]


def _lemmatizer(config: NlpConfig) -> Callable[[Any], Any] | None:
    """spaCy's rule lemmatizer of the same model (the pipeline runs without one); None when it cannot load."""
    try:
        import spacy

        nlp = spacy.load(config.spacy_model)
        lemmatizer: Callable[[Any], Any] = nlp.get_pipe("lemmatizer")
    except (OSError, ImportError, ValueError, KeyError):
        return None
    return lemmatizer


def _results(answers: list[TopicAnswer], split: str) -> list[EvalResult]:
    gold = {k: v for a in answers for k, v in a.gold.items()}
    results: list[EvalResult] = []
    for system in (NEWSPRISM, BACKOFF, UNION, LEMMA):
        response = {k: v for a in answers for k, v in a.systems[system].items()}
        scores = score_clusterings(gold, response)
        figures = [("muc_f1", scores.muc.f1), ("b3_f1", scores.b3.f1), ("ceafe_f1", scores.ceafe.f1),
                   ("conll_f1", scores.conll)]
        results.extend(EvalResult(DATASET, system, metric, value, split, len(gold)) for metric, value in figures)
    types = [right for a in answers for right in a.types]
    results.append(EvalResult(DATASET, NEWSPRISM, "type_accuracy", sum(types) / len(types) if types else 0.0,
                              split, len(types)))
    return results
