"""Years of one named work that outlets give differently ('the 2005 film The Notorious Bettie Page' / 'the 2006 HBO
movie, The Notorious Bettie Page'; ECB+ 4/ecb, issue #18 round 25).

Such sentences rarely align and their clauses score under the dated path's cosine floor (:mod:`.dated`): the rest
of each sentence tells another thing. But a work's year written right before its noun and its title names one
thing by its name, so two are compared by the title alone:

- **the shape**: a determiner, a year, up to :data:`MAKERS` capitalised words (the studio, 'HBO'), a work noun
  (:data:`~newsprism.entities.evidence.WORK_WORDS`), then the title: in quotation marks, or capitalised words; a
  title after a comma must be quoted or closed by punctuation ('the 2005 film, Mol said' names no title);
- **one work**: the same title (case, quotation marks and a leading 'The' aside) and one kind of work
  (:data:`KINDS`: a film is a movie, a book is no film of it);
- **each article one year** for the title: an article that gives two (a film and its remake) is no side.

Scanned when made (round 25, every ECB+ topic, the 2,452 NeuS train lines and the AllSides roundups): the shape reads 4
items in all, and keys one title in two articles of one story once (ECB+ 4/ecb, 2005 / 2006, a real disagreement).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprism.align import SentenceTable
from newsprism.conflicts.sides import grouped_conflict, two_valued
from newsprism.entities.evidence import WORK_WORDS
from newsprism.model import Conflict, Evidence

MAKERS = 3
"""Capitalised words that may stand between the year and the work noun: the maker's name ('the 2006 HBO movie', 'a
2010 Walt Disney Pictures film')."""
KINDS = {"film": frozenset({"film", "films", "movie", "movies", "documentary"}),
         "book": frozenset({"book", "novel", "memoir"})}
"""Work nouns that name one kind of work, by that kind's name; any other work noun meets only itself."""
_TITLE_WORD = r"[A-Z0-9](?:[\w'’&-]|\.(?=\w))*"
"""A title's word: no full stop at its end, where its sentence may end ('the 2011 film Lumo. Vell ...')."""
_SMALL = r"(?:of|the|and|in|on|a|an|to|for|at|with|from|or)"
_SPACE = r"[^\S\n]"
"""Space within a line: a title never runs on to the next paragraph."""
WORK_YEAR = re.compile(
    r"\b(?:the|a|an|his|her|their|its)\s+(?P<year>1[89]\d\d|20\d\d)\s+"
    rf"(?:[A-Z][\w&-]*\s+){{0,{MAKERS}}}(?P<noun>{'|'.join(WORK_WORDS)})\b(?P<comma>{_SPACE}*,)?{_SPACE}*"
    r"(?:(?:``|[\"“‘])(?P<quoted>[^\"”’'`\n]{2,80})(?:''|[\"”’])"
    rf"|(?P<title>{_TITLE_WORD}(?:{_SPACE}+(?:{_SMALL}{_SPACE}+)*{_TITLE_WORD})*))")
"""A year before a work noun and its title ('his 2006 memoir, ``A Life Told''', 'the 2005 film Lumo Nights')."""
CLOSED = re.compile(r"^\s*(?:[,.;:)]|$)")
"""What must follow an unquoted title written after a comma: the apposition closes there."""


@dataclass(frozen=True)
class WorkYear:
    """One year an article gives a named work: the year as written, the title as the key, the kind, the sentence."""

    year: str
    title: str
    kind: str
    sentence: Evidence


def work_year_conflicts(table: SentenceTable, origin: Callable[[str], int]) -> list[Conflict]:
    """One conflict per named work whose year outlets give differently."""
    by_work: dict[tuple[str, str], list[WorkYear]] = {}
    for index, sentence in enumerate(table.sentences):
        for item in work_years(sentence.text, table.evidence(index)):
            by_work.setdefault((item.kind, item.title), []).append(item)
    conflicts = [_conflict(items, origin) for items in by_work.values()]
    return [c for c in conflicts if c is not None]


def work_years(text: str, evidence: Evidence) -> list[WorkYear]:
    """Every year the sentence gives a named work in the shape :data:`WORK_YEAR` reads."""
    found = []
    for match in WORK_YEAR.finditer(text):
        title = match.group("quoted") or match.group("title")
        if match.group("title") and match.group("comma") and not CLOSED.match(text[match.end():]):
            continue
        key = re.sub(r"^(?:the|a|an)\s+", "", title.strip(" ,.").lower())
        if key:
            found.append(WorkYear(match.group("year"), key, _kind(match.group("noun")), evidence))
    return found


def _kind(noun: str) -> str:
    return next((kind for kind, nouns in KINDS.items() if noun in nouns), noun)


def _conflict(items: list[WorkYear], origin: Callable[[str], int]) -> Conflict | None:
    two = two_valued((w.sentence.article, w.year) for w in items)
    one_year = [w for w in items if w.sentence.article not in two]
    about = f"the year of the {items[0].kind} '{items[0].title}'"
    return grouped_conflict("date", about, one_year, lambda w: (w.year, w.sentence), lambda x, y: x.year == y.year,
                            origin)
