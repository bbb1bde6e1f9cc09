"""``newsprism eval audit``: every conflict and every 'disputed' figure on real stories, as JSON lines to read and diff.

Issue #18 asks that every conflict reported on real stories be real. The audit analyses stories as the pipeline
does (:func:`newsprism.pipeline.analyze_raw`, the models loaded once) and writes one JSON line per item:

- ``conflict:<kind>``: a reported conflict (``measure`` is its ``about``, ``values`` its sides' claims);
- ``disputed``: a figure whose verdict is ``disputed`` (``measure`` its ``about``, ``values`` its sides' claims);
- ``error``: a story that could not be read or analysed (``measure`` the error's code); the run goes on;
- ``analysed``: one per story, last, with its item count and seconds (so a diff sees a story that went missing).

Stories: NeuS train lines (``neus:N``, N the 0-based line of ``neus_allsides/train.source``, the spec's and the
README's numbering) and the AllSides roundups (``allsides:ID``, the JSON ``id``; each side's ``newBody``
paragraphs as one text article), both under a data root (``../shared/data``).

An item's key (:attr:`Item.key`) is stable across runs: story, kind, measure, sorted article ids and sorted
values; offsets and snippets are for reading only. :func:`diff` lists the items new and gone between two runs
with the verdict read for each (``labels/audit_verdicts.tsv``: the key's five fields, ``real``/``wrong``, why).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TextIO

from newsprism.config import Config
from newsprism.errors import NewsprismError
from newsprism.eval.disagreement_labels import LabelledStory, story_articles
from newsprism.eval.results import EvalError
from newsprism.ingest.raw import RawArticle
from newsprism.model import Conflict, Figure, Report
from newsprism.nlp import NlpResources, load_resources
from newsprism.pipeline import analyze_raw

NEUS_FILE = Path("neus_allsides") / "train.source"
ALLSIDES_FILE = Path("neus_allsides") / "allsides_headline_roundups_crawled_2021-10-19.jsonl"
VERDICTS = Path(__file__).parent / "labels" / "audit_verdicts.tsv"
SNIPPET_CHARS = 160
"""Characters of each side's evidence kept in an item for reading (enough for the clause that states the value)."""
KEY_WORDS = 6
"""Words of a measure (before any ': ') and of a value kept in an item's key: enough to tell two items of one story
apart (read on the audit's items), and no run of a publisher's words long enough to be its text in the verdicts."""
ANALYSED, ERROR, DISPUTED = "analysed", "error", "disputed"
PROGRESS_EVERY = 50
"""A progress line on stderr every this many stories (and for every story with items)."""


@dataclass(frozen=True)
class Offset:
    article: str
    start: int
    end: int
    part: str | None = None
    """'title' when the offsets are into the article's title"""


@dataclass(frozen=True)
class Item:
    """One line of an audit run."""

    story: str
    kind: str
    measure: str
    values: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    offsets: tuple[Offset, ...] = ()
    evidence: str = ""
    seconds: float | None = None
    """``analysed`` lines only: the story's analysis time"""

    @property
    def key(self) -> str:
        """Story, kind, measure, sorted article ids and sorted values, tab-separated (the verdicts' first columns)."""
        return "\t".join([self.story, self.kind, _short(self.measure.split(": ")[0]), ",".join(sorted(self.articles)),
                          " | ".join(sorted(_short(v) for v in self.values))])

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> Item:
        row = json.loads(line)
        row["values"], row["articles"] = tuple(row.get("values", ())), tuple(row.get("articles", ()))
        row["offsets"] = tuple(Offset(**o) for o in row.get("offsets", ()))
        return cls(**row)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _short(text: str) -> str:
    """A key's measure or value: its first KEY_WORDS words (a conflict's 'about' may go on with a sentence)."""
    return " ".join(text.split()[:KEY_WORDS])


# -- which stories ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """Which stories to run: a NeuS line range, the first N roundups (None: all, 0: none), or given ids."""

    neus: range = range(0)
    allsides: int | None = 0
    ids: tuple[str, ...] = ()


def parse_selection(neus: str | None, allsides: str | None, ids: str | None) -> Selection:
    """``--neus A:B`` (0-based, B excluded; ``A:`` to the end), ``--allsides all|N``, ``--ids neus:3,allsides:5``;
    nothing given: every story of both."""
    if neus is None and allsides is None and not ids:
        return Selection(range(0, sys.maxsize), None)
    try:
        start, _, end = (neus or "0:0").partition(":")
        rows = range(int(start or 0), int(end) if end else sys.maxsize)
        count = None if allsides == "all" else int(allsides or 0)
    except ValueError:
        raise EvalError(f"--neus A:B and --allsides all|N (got {neus!r}, {allsides!r})") from None
    named = tuple(x.strip() for x in (ids or "").split(",") if x.strip())
    wrong = [x for x in named if x.partition(":")[0] not in ("neus", "allsides")]
    if wrong:
        raise EvalError(f"--ids takes neus:LINE and allsides:ID (got {', '.join(wrong)})")
    return Selection(rows, count, named)


def stories(selection: Selection, root: Path) -> Iterator[tuple[str, Iterator[list[RawArticle]]]]:
    """(story id, a one-shot reader of its articles): the reader raises when the story cannot be read, so a
    broken story becomes that story's error line."""
    for name in selection.ids:
        source, _, where = name.partition(":")
        yield name, (_neus_story(root, int(where)) if source == "neus" else _allsides_story(root, where))
    if selection.neus:
        for line in range(selection.neus.start, min(selection.neus.stop, _count_lines(root / NEUS_FILE))):
            yield f"neus:{line}", _neus_story(root, line)
    if selection.allsides != 0:
        for number, row in enumerate(_allsides_rows(root)):
            if selection.allsides is not None and number >= selection.allsides:
                break
            yield f"allsides:{row.get('id')}", _allsides_row(row, str(root / ALLSIDES_FILE))


def _count_lines(path: Path) -> int:
    if not path.is_file():
        raise EvalError(f"{path}: no such file")
    with path.open(encoding="utf-8") as lines:
        return sum(1 for _ in lines)


def _neus_story(root: Path, line: int) -> Iterator[list[RawArticle]]:
    yield story_articles(LabelledStory("neus", f"{NEUS_FILE.stem} {line}", "-", []), root)


def _allsides_rows(root: Path) -> Iterator[dict[str, object]]:
    path = root / ALLSIDES_FILE
    if not path.is_file():
        raise EvalError(f"{path}: no such file")
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if any(item.get("newBody") for item in (row.get("news") or {}).values()):
                yield row


def _allsides_story(root: Path, story: str) -> Iterator[list[RawArticle]]:
    row = next((r for r in _allsides_rows(root) if str(r.get("id")) == story), None)
    if row is None:
        raise EvalError(f"{root / ALLSIDES_FILE}: no roundup with id {story}")
    yield from _allsides_row(row, str(root / ALLSIDES_FILE))


def _allsides_row(row: dict[str, object], source: str) -> Iterator[list[RawArticle]]:
    yield allsides_articles(row, source)


def allsides_articles(row: dict[str, object], source: str) -> list[RawArticle]:
    """A roundup's articles: per side, the title and the ``newBody`` paragraphs joined by blank lines."""
    news = row.get("news") or {}
    if not isinstance(news, dict):
        raise EvalError(f"roundup {row.get('id')}: 'news' is not an object")
    return [RawArticle(id=f"{row['id']}-{side}", source=source, format="text", title=item.get("newsTitle"),
                       text="\n\n".join(item.get("newBody") or []), outlet=item.get("newsSource"))
            for side, item in news.items() if item.get("newBody")]


# -- one story's items --------------------------------------------------------------------------------------------


def report_items(story: str, report: Report) -> list[Item]:
    """The report's conflicts and disputed figures as items."""
    return ([_conflict_item(story, c) for c in report.conflicts]
            + [_figure_item(story, f) for f in report.figures if f.verdict == DISPUTED])


def _conflict_item(story: str, conflict: Conflict) -> Item:
    evidence = [(side.claim, e) for side in conflict.sides for e in side.evidence]
    return Item(story, f"conflict:{conflict.kind}", conflict.about, tuple(s.claim for s in conflict.sides),
                tuple(sorted({e.article for _, e in evidence})),
                tuple(Offset(e.article, e.start, e.end, e.part) for _, e in evidence),
                " || ".join(f"{claim} [{e.article}]: {_flat(e.text)[:SNIPPET_CHARS]}" for claim, e in evidence))


def _figure_item(story: str, figure: Figure) -> Item:
    return Item(story, DISPUTED, figure.about, tuple(s.claim for s in figure.sides),
                tuple(sorted({v.article for v in figure.values})),
                tuple(Offset(v.article, v.mention.start, v.mention.end, v.mention.part) for v in figure.values),
                " || ".join(f"{v.written} [{v.article}]: {_flat(v.evidence.text)[:SNIPPET_CHARS]}"
                            for v in figure.values))


def audit_story(story: str, reader: Iterator[list[RawArticle]], config: Config,
                resources: NlpResources) -> list[Item]:
    """One story's items and its ``analysed`` line; an error line instead of items when it fails."""
    started = time.perf_counter()
    try:
        items = report_items(story, analyze_raw(next(reader), config, resources))
    except NewsprismError as error:  # a story that cannot be read: named, and the run goes on
        items = [Item(story, ERROR, type(error).__name__, evidence=str(error)[:SNIPPET_CHARS * 2])]
    except Exception as error:  # a crash on one story is the audit's finding, never its end
        items = [Item(story, ERROR, f"crash:{type(error).__name__}", evidence=str(error)[:SNIPPET_CHARS * 2])]
    seconds = round(time.perf_counter() - started, 2)
    return [*items, Item(story, ANALYSED, str(len(items)), seconds=seconds)]


def run(selection: Selection, root: Path, out: TextIO, resources: NlpResources | None = None,
        log: TextIO = sys.stderr) -> Counter[str]:
    """Audit the selected stories, one JSON line per item to ``out`` (flushed per story); counts by kind."""
    config = Config()
    resources = resources or load_resources(config.nlp)
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    for number, (story, reader) in enumerate(stories(selection, root), start=1):
        items = audit_story(story, reader, config, resources)
        for item in items:
            out.write(item.to_json() + "\n")
            counts[item.kind.partition(":")[0]] += 1
        out.flush()
        found = [f"{i.kind} {i.measure!r}" for i in items if i.kind != ANALYSED]
        if found or number % PROGRESS_EVERY == 0:
            log.write(f"audit: {number} stories, {time.perf_counter() - started:.0f} s; {story}: "
                      f"{'; '.join(found) or 'nothing'}\n")
            log.flush()
    return counts


# -- two runs side by side ----------------------------------------------------------------------------------------


@dataclass
class RunItems:
    """One run's items by key, and the stories it analysed."""

    items: dict[str, list[Item]] = field(default_factory=dict)
    stories: set[str] = field(default_factory=set)

    def count(self, kind: str) -> int:
        return sum(len(v) for k, v in self.items.items() if v[0].kind.partition(":")[0] == kind)


def read_run(path: Path) -> RunItems:
    if not path.is_file():
        raise EvalError(f"{path}: no such file")
    run_items = RunItems()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = Item.from_json(line)
            if item.kind == ANALYSED:
                run_items.stories.add(item.story)
            else:
                run_items.items.setdefault(item.key, []).append(item)
    return run_items


def read_verdicts(path: Path = VERDICTS) -> dict[str, tuple[str, str]]:
    """Key -> (verdict, why) from the verdicts TSV (``#`` lines are comments)."""
    verdicts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 6:
            continue
        verdicts["\t".join(fields[:5])] = (fields[5], fields[6] if len(fields) > 6 else "")
    return verdicts


def diff(base: RunItems, new: RunItems, verdicts: dict[str, tuple[str, str]]) -> list[str]:
    """Lines to read: items new and gone (with their verdict, 'unread' when none), stories one run lacks, then
    each run's counts and the verdicts of the new run's items."""
    def line(tag: str, key: str) -> str:
        verdict, why = verdicts.get(key, ("unread", ""))
        return f"{tag}\t{verdict}\t{key}" + (f"\t# {why}" if why else "")

    common = base.stories & new.stories  # an item of a story only one run analysed is no change of the code
    lines = [line("new", k) for k in sorted(new.items) if k not in base.items and k.split("\t")[0] in common]
    lines += [line("gone", k) for k in sorted(base.items) if k not in new.items and k.split("\t")[0] in common]
    lines += [f"missing\t{s}" for s in sorted(base.stories - new.stories)]
    for name, run_items in (("base", base), ("new", new)):
        lines.append(f"{name}: {len(run_items.stories)} stories, {run_items.count('conflict')} conflicts, "
                     f"{run_items.count(DISPUTED)} disputed, {run_items.count(ERROR)} errors")
    tally = Counter(verdicts.get(k, ("unread", ""))[0] for k, v in new.items.items() for _ in v
                    if v[0].kind != ERROR)
    lines.append("new run's items read: " + ", ".join(f"{n} {v}" for v, n in sorted(tally.items())))
    return lines
