"""`newsprism eval figures gunviolence FOLDER`: the story's killed and injured figures against the incident's gold.

Each incident folder (Gun Violence Archive incident, its crawled local news pages: see the corpus README) is
analysed as one story (clean → parse → align → reuse → story table → entities → figures). The story's killed
and injured are the figures stage's headline counts (:mod:`newsprism.figures.headline`: the figure of the event
as a whole, its latest value when it rose, else the value with the most independent origins; the injured, when
no article counts them or counts fewer, the people shot less the killed; a count only a headline gives is its
article's value: :mod:`newsprism.figures.group`); the eval only reads them. Where no article counts
them, the victims the articles describe one by one ('X died', 'the 6-year-old was shot':
:mod:`newsprism.figures.victims`, on the parse) give the value. A story that states no such figure
counts as 0 (news names the dead and wounded when there are any) and is not covered.

Metrics per part: ``killed_accuracy``, ``injured_accuracy``, ``both_accuracy``, ``coverage`` (share of incidents
with a killed, injured or shot figure). Baseline ``first-number``: in the first article (earliest dct), the first
number within three words of "killed"/"dead" and of "injured"/"wounded", else 0.

Parts, by a hash of the incident id: ``sample`` (1 in 40: what the measure was first tuned on), ``held-out``
(another 1 in 40, read once), ``sample2`` (another 1 in 40, drawn fresh in round 5 and measured before any change
read on it), ``sample3`` and ``sample4`` (another 1 in 40 each, drawn fresh in rounds 6 and 7 in the same way),
``dev`` (every incident outside the held-out part, the samples included: what the measure is tuned on now;
``limit`` takes its first N in folder order), or with ``limit`` alone the first N incidents in folder order (``all``).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from newsprism.align import align_story
from newsprism.config import Config
from newsprism.entities import find_entities
from newsprism.eval.results import NEWSPRISM, EvalError, EvalResult
from newsprism.figures import find_figures
from newsprism.figures.headline import headline
from newsprism.ingest.raw import RawArticle
from newsprism.lexicon import NUMBER_WORDS
from newsprism.model import Figure
from newsprism.nlp import NlpResources, load_resources, parse
from newsprism.pipeline import clean_all
from newsprism.reuse import relate
from newsprism.story_table import story_table

DATASET = "figures-gunviolence"
BASELINE = "first-number"
PARTS = {"sample": 0, "held-out": 1, "sample2": 20, "sample3": 28, "sample4": 33}
"""Part → the value of md5(incident id) mod ``PART_MODULUS`` that selects it. ``sample2``'s 20, ``sample3``'s 28 and
``sample4``'s 33 lie outside the residues 0-9 that earlier rounds cached and read (the dev 380) and outside each
other, so each was unread when first measured (sample2 in round 5, sample3 in round 6, sample4 in round 7)."""
DEV = "dev"
"""The part of every incident outside the held-out one."""
PART_MODULUS = 40
"""1 in 40 incidents per part: about 60 of the 2,385 dev incidents, a few minutes each on the 2-core machine."""
BASELINE_WINDOW = 3
"""Words on either side of 'killed' / 'injured' in which the baseline takes the first number."""
KILLED_WORDS = re.compile(r"^(?:killed|dead)$", re.I)
INJURED_WORDS = re.compile(r"^(?:injured|wounded)$", re.I)


@dataclass(frozen=True)
class Incident:
    """One incident folder: its gold counts and its pages (earliest first)."""

    id: str
    killed: int
    injured: int
    pages: list[RawArticle]


@dataclass(frozen=True)
class Counts:
    """A system's killed and injured for one incident, and whether it stated any figure."""

    killed: int
    injured: int
    covered: bool


def part_of(incident: str) -> str | None:
    """``sample``, ``held-out`` or None (neither) for an incident id."""
    key = int(hashlib.md5(incident.encode()).hexdigest()[:8], 16) % PART_MODULUS
    return next((name for name, value in PARTS.items() if value == key), None)


def read_incidents(root: Path, part: str | None, limit: int | None = None) -> list[Incident]:
    """The incidents of one part (``None``: all; ``dev``: all but the held-out part), the first ``limit``."""
    golds = sorted(root.glob("*/gold.json"))
    if not golds:
        raise EvalError(f"{root}: not a gunviolence corpus folder (no <incident>/gold.json)")
    chosen = [g for g in golds if part is None or part_of(g.parent.name) == part
              or (part == DEV and part_of(g.parent.name) != "held-out")]
    return [_incident(g) for g in chosen[:limit]]


def _incident(gold_path: Path) -> Incident:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    documents = sorted(gold["documents"], key=lambda d: str(d.get("dct") or ""))
    pages = [RawArticle(id=d["doc_id"], source=str(gold_path.parent / d["file"]), format="text",
                        text=(gold_path.parent / d["file"]).read_text(encoding="utf-8"), title=d.get("title"),
                        outlet=d.get("outlet"), published=d.get("dct")) for d in documents]
    return Incident(gold_path.parent.name, int(gold["num_killed"]), int(gold["num_injured"]), pages)


def analyse(incident: Incident, resources: NlpResources, config: Config) -> list[Figure]:
    """The incident's figures: its pages analysed as one story, up to the figures stage."""
    articles, _ = clean_all(incident.pages, config.clean)
    if not articles:
        return []
    parsed = parse(articles, resources, config.nlp)
    alignment = align_story([p.article for p in parsed], resources.encoder)
    story = story_table(alignment, relate(alignment))
    return find_figures(story, find_entities(parsed), resources.encoder, parsed)


def story_counts(figures: list[Figure]) -> Counts:
    """Killed and injured as the figures stage's headlines give them (:mod:`newsprism.figures.headline`)."""
    killed, injured, shot = (headline(figures, m) for m in ("killed", "injured", "shot"))
    covered = any(h is not None for h in (killed, injured, shot))
    return Counts(int(killed.value) if killed else 0, int(injured.value) if injured else 0, covered)


def baseline_counts(incident: Incident) -> Counts:
    """The first number next to 'killed'/'dead' and next to 'injured'/'wounded' in the first page."""
    words = re.findall(r"[\w,.-]+", incident.pages[0].text or "") if incident.pages else []
    killed, injured = _next_to(words, KILLED_WORDS), _next_to(words, INJURED_WORDS)
    return Counts(killed or 0, injured or 0, killed is not None or injured is not None)


def _next_to(words: list[str], wanted: re.Pattern[str]) -> int | None:
    for i, word in enumerate(words):
        if wanted.match(word.strip(",.")):
            near = words[max(0, i - BASELINE_WINDOW):i] + words[i + 1:i + 1 + BASELINE_WINDOW]
            for token in near:
                number = _number(token.strip(",.").lower())
                if number is not None:
                    return number
    return None


def _number(token: str) -> int | None:
    if token.isdigit() and len(token) < 4:
        return int(token)
    return NUMBER_WORDS.get(token) if token not in ("once", "twice", "thrice") else None


def evaluate_figures(root: Path, resources: NlpResources | None = None, limit: int | None = None,
                     config: Config | None = None, part: str | None = None) -> list[EvalResult]:
    """Killed, injured, both accuracy and coverage of newsprism and the baseline, per part (``part``: that one
    only, e.g. ``dev``)."""
    config = config or Config()
    resources = resources or load_resources(config.nlp)
    parts: list[tuple[str, str | None]] = [(part, part)] if part else [("all", None)] if limit else [
        (p, p) for p in PARTS]
    results: list[EvalResult] = []
    for name, part in parts:
        incidents = read_incidents(root, part, limit)
        ours = [story_counts(analyse(i, resources, config)) for i in incidents]
        results += _scores(NEWSPRISM, ours, incidents, name)
        results += _scores(BASELINE, [baseline_counts(i) for i in incidents], incidents, name)
    return results


def _scores(system: str, counts: list[Counts], incidents: list[Incident], part: str) -> list[EvalResult]:
    total = max(len(incidents), 1)
    killed = sum(c.killed == i.killed for c, i in zip(counts, incidents, strict=True))
    injured = sum(c.injured == i.injured for c, i in zip(counts, incidents, strict=True))
    both = sum(c.killed == i.killed and c.injured == i.injured for c, i in zip(counts, incidents, strict=True))
    covered = sum(c.covered for c in counts)
    return [EvalResult(DATASET, system, metric, value / total, part, len(incidents)) for metric, value in
            (("killed_accuracy", killed), ("injured_accuracy", injured), ("both_accuracy", both),
             ("coverage", covered))]
