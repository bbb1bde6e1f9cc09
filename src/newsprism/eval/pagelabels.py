"""Hand labels of real crawled pages (the gunviolence corpus): one kind per line, the outlet and the date.

The label file (``labels/gunviolence_lines.jsonl``, made by :mod:`newsprism.eval.label_tool` from
``labels/gunviolence_lines.spec``) holds no publisher's text: per document its path relative to the corpus
folder, the sha1 of the file, the outlet and date the text states, and per non-blank line its 1-based number,
its kind and the sha1 of its stripped text, so that a changed file or line is detected. ``labels/README.md``
says how the labels were made and the rules for hard cases.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsprism.eval.results import EvalError

LABELS_DIR = Path(__file__).parent / "labels"
LABEL_FILE = LABELS_DIR / "gunviolence_lines.jsonl"
SPEC_FILE = LABELS_DIR / "gunviolence_lines.spec"

META_KINDS = frozenset({"title", "byline", "date", "dateline"})
"""Lines that are neither the article's prose nor clutter: its headline, author line, date line and a dateline
('HOUSTON -') standing on a line of its own."""
CLUTTER_KINDS = frozenset({"share", "nav", "caption", "related", "newsletter", "comment", "footer", "ad",
                           "captcha", "media", "promo", "other"})
"""Sub-kinds of ``clutter/<kind>`` (see labels/README.md)."""
KINDS = frozenset({"body", *META_KINDS, *(f"clutter/{kind}" for kind in CLUTTER_KINDS)})

TEST_SHARE = 3
"""One document in TEST_SHARE goes to the test part: ``int(sha1(doc_id)[:8], 16) % 3 == 0``. About a third,
as the task asked; fixed by the document id alone so that adding documents never moves the others."""
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class LineLabel:
    number: int
    """1-based line number in the document's file"""
    kind: str
    sha1: str
    """sha1 of the line's text with leading and trailing white space stripped"""


@dataclass(frozen=True)
class DocLabels:
    path: str
    """``<incident>/<doc>.txt`` relative to the corpus folder"""
    sha1: str
    outlet: str | None
    """the outlet as a reader would name it, when the text names it"""
    outlet_also: tuple[str, ...]
    """other spellings of the same outlet the text uses (also counted right)"""
    date: str | None
    """ISO date of publication when the text states one"""
    lines: tuple[LineLabel, ...]
    site: tuple[str, ...] = ()
    """AllSides articles: the outlet as a reader names it from the article's URL (``outlet_right_with_url``)"""
    batch: int = 1
    """which sample the document was drawn in (labels/README.md): 1 (the first 135), 2 (the next 150), 3 (60 more),
    4 (60 dev-only pages), 5 (36 dev-only pages)"""

    @property
    def doc_id(self) -> str:
        return Path(self.path).stem

    @property
    def split(self) -> str:
        return split_of(self.doc_id)


def split_of(doc_id: str) -> str:
    """'test' for about a third of the documents (by a hash of the id), 'dev' for the rest."""
    return "test" if int(hashlib.sha1(doc_id.encode()).hexdigest()[:8], 16) % TEST_SHARE == 0 else "dev"


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def file_lines(text: str) -> list[str]:
    """The file's physical lines as labelled: split on newlines only (not on other Unicode breaks)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def read_labels(path: Path = LABEL_FILE) -> list[DocLabels]:
    """Every document's labels; raises :class:`EvalError` on a malformed record."""
    return _read(path, schema_problem)


def read_label_records(path: Path) -> list[DocLabels]:
    """The labels of AllSides articles (``<story>-<side>`` ids, paragraph indexes from 0)."""
    return _read(path, article_schema_problem)


def _read(path: Path, problem_of: Callable[[DocLabels], str | None]) -> list[DocLabels]:
    if not path.is_file():
        raise EvalError(f"{path}: no such label file")
    docs: list[DocLabels] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            docs.append(_record(json.loads(line), f"{path}:{number}", problem_of))
    return docs


def _record(record: dict[str, object], where: str, problem_of: Callable[[DocLabels], str | None]) -> DocLabels:
    try:
        lines = tuple(LineLabel(int(n), str(k), str(h)) for n, k, h in record["lines"])  # type: ignore[attr-defined]
        doc = DocLabels(str(record["path"]), str(record["sha1"]), _optional(record.get("outlet")),
                        tuple(str(name) for name in record.get("outlet_also") or ()),  # type: ignore[attr-defined]
                        _optional(record.get("date")), lines,
                        tuple(str(name) for name in record.get("site") or ()),  # type: ignore[attr-defined]
                        int(record.get("batch") or 1))  # type: ignore[call-overload]
    except (KeyError, TypeError, ValueError) as error:
        raise EvalError(f"{where}: malformed label record ({error})") from None
    problem = problem_of(doc)
    if problem:
        raise EvalError(f"{where}: {problem}")
    return doc


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


def schema_problem(doc: DocLabels) -> str | None:
    """What is wrong with the record's shape, or None."""
    if not re.fullmatch(r"\d+/[0-9a-f]{32}\.txt", doc.path) or not re.fullmatch(r"[0-9a-f]{40}", doc.sha1):
        return f"{doc.path}: bad path or sha1"
    return _common_problem(doc, 1)


def article_schema_problem(doc: DocLabels) -> str | None:
    """What is wrong with an AllSides article's record, or None."""
    if not re.fullmatch(r"\d+-(left|center|right)", doc.path) or not re.fullmatch(r"[0-9a-f]{40}", doc.sha1):
        return f"{doc.path}: bad id or sha1"
    return _common_problem(doc, 0)


def _common_problem(doc: DocLabels, first: int) -> str | None:
    if doc.date is not None and not _DATE.match(doc.date):
        return f"{doc.path}: date {doc.date!r} is not YYYY-MM-DD"
    numbers = [line.number for line in doc.lines]
    if numbers != sorted(set(numbers)) or not numbers or numbers[0] < first:
        return f"{doc.path}: line numbers must be increasing and start at {first} or later"
    bad = [line.kind for line in doc.lines if line.kind not in KINDS]
    return f"{doc.path}: unknown kinds {sorted(set(bad))}" if bad else None


def check_against(doc: DocLabels, root: Path) -> str | None:
    """What differs between the labels and the corpus file under ``root`` (missing, changed, a line not
    labelled or labelled blank), or None when they agree."""
    path = root / doc.path
    if not path.is_file():
        return f"{doc.path}: missing under {root}"
    text = path.read_text(encoding="utf-8")
    if sha1(text) != doc.sha1:
        return f"{doc.path}: the file changed (sha1 differs)"
    physical = file_lines(text)
    expected = [i for i, line in enumerate(physical, start=1) if line.strip()]
    if [line.number for line in doc.lines] != expected:
        return f"{doc.path}: labelled lines {len(doc.lines)} differ from its {len(expected)} non-blank lines"
    changed = [line.number for line in doc.lines if sha1(physical[line.number - 1].strip()) != line.sha1]
    return f"{doc.path}: lines {changed[:5]} changed" if changed else None
