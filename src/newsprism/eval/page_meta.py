"""An automatic check of the outlet and date readers on the gunviolence pages no one labelled (issue #16).

``python -m newsprism.eval.page_meta FOLDER [--show outlet-wrong|outlet-none|date-wrong|date-none] [--count N]``

The labelled pages (``labels/gunviolence_lines.jsonl``) are few and the readers were tuned on them; this check
needs no hand-labelling. It reads only **dev** pages (the split rule of :func:`pagelabels.split_of`, applied to
the path before a file is opened: test pages are never read) that carry no line labels, each pasted as title
line + blank line + crawled text (as :mod:`newsprism.eval.pages` does), and cleans them as one batch.

**Outlet** (:func:`domain_form`): a page counts when its text names its own outlet in a form a reader
recognises from gold.json's outlet domain: a run of one to five capitalised tokens (or a bare domain) whose
letters and digits, a leading 'The' dropped, spell the domain's first label ('The Daily Herald' ~
dailyherald.com, 'KXYZ 12' ~ kxyz12.com, 'Post and Courier' ~ postandcourier.com), or spell it up to a channel
remainder on either side (:data:`REMAINDER`: 'WXYZ' ~ wxyztv.com, 'KXYZ 5 News' ~ kxyz.com); a form inside an
e-mail address or a link is not counted. The outlet newsprism gives is **right** when it matches the domain by
the same rule (:func:`matches_domain`), **credited** when it gives another name that the page credits as a
publisher in a dateline, a copyright line or the title's site name (:func:`credited`: the labels' outlet for a
carried story or a station's other name), **wrong** when it gives another name, **none** when it gives nothing.
Known blind spots: a station carrying another station's story names both (the labels then take the dateline's
station, the check the page's own); a page naming its outlet only by a brand the domain does not spell ('NBC 5'
on a site whose domain spells a city) is not counted.

**Date** (:func:`stated_date`): a page counts when one of its first :data:`TOP` lines states a full date
(month name or numeric, year included) in a stamp: after 'Posted', 'Updated', 'Published', 'Created', 'Modified'
or 'Date', in a 'By ...' line, in a dateline's brackets, or as a short line that is a date and little else
(at most :data:`STAMP_OTHER_WORDS` other words), or a short headline line ending in a date and a clock time
(:data:`END_STAMP`); a bracketed dateline date may have a two-digit year; never a video's '(Published ...)', an
embedded post or a caption. newsprism's date is **right** within
:data:`~newsprism.eval.pages.DATE_TOLERANCE_DAYS` of gold.json's ``dct``, **wrong** otherwise, **none** when it
gives no date; the stated date's own agreement with ``dct`` is printed beside it (the ceiling), and newsprism's
agreement with the stated date itself (``dct`` is the crawl's date on some pages, years after the stamp).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsprism.clean.metadata import DATE_EXPR, OUTLET_WORDS, parse_date
from newsprism.clean.outlet_names import CHANNEL_WORDS, EXTRA_OUTLET_WORDS
from newsprism.clean.outlet_table import registrable_domain
from newsprism.config import CleanConfig
from newsprism.eval.pagelabels import read_labels, split_of
from newsprism.eval.pages import Cleaned, Page, clean_page, corpus_repeats, gold_documents, page_of, same_day

REMAINDER = re.compile(r"(?:\d+|tv|news|online|now|com|net|radio|am|fm|dt|channel|media|daily|digital|local|"
                       r"[kw][a-z]{2,3})+")
"""What one spelling may have beyond the other and still name the same outlet: a channel number, 'tv', 'news',
'online', 'now' and the like, or call letters after a brand ('fox8wjw' ~ fox8.com)."""
SHORT_BY = re.compile(r"\d+|tv|com|dt|\d+tv|tv\d+")
"""What a name may lack of the domain's label: a channel number or 'tv' ('KARE' ~ kare11.com)."""
CALL_LETTERS = re.compile(r"[kw][a-z]{2,3}")
"""A name that is call letters spells a domain opening with them ('WMC' ~ wmcactionnews5.com)."""
GENERIC = re.compile(r"(?:\d+|tv|news|online|now|com|net|radio|am|fm|channel|media|daily|digital|local)+")
"""A spelling made only of these ('News', 'Local 10') names no outlet by itself."""
MIN_PREFIX = 4
"""The shorter spelling of a prefix match has at least this many letters (call letters have four); three-letter
labels ('ksl.com') must be spelled whole."""
MAX_TOKENS = 5
"""Longest name run read: 'The Post and Courier' has four tokens."""
TOP = 12
"""Lines (title line included) where a stamp is looked for: the gunviolence stamps stand in the first 8."""
STAMP_OTHER_WORDS = 6
"""A short line that is a date and at most this many other words ('Sunday, June 5th 2016, 10:30 pm EDT') is a
stamp; a sentence naming a date has more."""
TOKEN = re.compile(r"[@/#]?[A-Za-z0-9][\w&'’.-]*")
STAMP_WORD = re.compile(r"(?:\b(?:posted|updated|published|created|modified)\b(?:\W+\w+){0,4}\W*|"
                        r"\bdate\s*[:–-]\s*|^\s*by\s.*)$", re.I)
"""A stamp's label close before the date ('Posted: ', 'Updated at 7:03 pm, ', 'Date: '), or a byline."""
PROSE_WORDS = 25
"""A line of this many words is prose: the stamps stand above it (or open it, as a dateline's date does)."""
STAMP_MAX_WORDS = 40
"""A line with a stamp's label is a stamp up to this many words: a site's headline line with 'Posted: <weekday, date,
time, zone> Updated: <...>' after it has 25 to 30."""
NOT_STAMP = re.compile(r"\(\s*published\b|\(@\w+\)|pic\.twitter|\bphoto\b|\bimage\b|\bcaption\b", re.I)
BRACKET_DATE = re.compile(r"\((?P<date>[^()]{6,30})\)\s*[-–—:]")
SHORT_YEAR = re.compile(r"(\d{1,2})/(\d{1,2})/(\d\d)")
"""A bracketed US date with a two-digit year ('(07/06/16) - A jury ...')."""
END_STAMP = re.compile(r"(?P<date>" + DATE_EXPR.pattern + r")\s+\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\.?(?:\s+[ECMP][SD]T)?$",
                       re.I)
"""A headline ending in the date and time it was posted ('Police seek man January 1, 2013 5:05 PM')."""
END_STAMP_WORDS = 20
"""Such a line has at most this many words and no closing period (a caption's sentence has one)."""


def _key(name: str) -> str:
    """'The Daily-Herald.com' -> 'dailyherald'."""
    key = re.sub(r"\.(?:com|net|org|tv|us)\b|-(?:tv|dt)\b", "", name.casefold())
    key = re.sub(r"^the\s+", "", key.strip())
    return re.sub(r"[^a-z0-9]", "", key)


def _label(domain: str) -> str:
    registrable = registrable_domain(domain) or domain
    return re.sub(r"[^a-z0-9]", "", registrable.split(".")[0].lower())


def _spells(key: str, label: str) -> bool:
    """The name's key spells the label: equal, or the name runs on past the label by a channel remainder
    ('ksla12news' ~ ksla), or falls short of it by a number or 'tv' only ('kare' ~ kare11, 'katv' ~ katvtv):
    'detroit' does not spell detroitnews."""
    if not key or not label:
        return False
    bare = label.removeprefix("the") if len(label) > len("the") + MIN_PREFIX else label
    for target in {label, bare}:
        if key == target:
            return True
        if len(target) >= MIN_PREFIX and not GENERIC.fullmatch(target) and key.startswith(target) \
                and REMAINDER.fullmatch(key[len(target):]):
            return True
        if CALL_LETTERS.fullmatch(key) and target.startswith(key) and len(target) > len(key) + 1:
            return True  # 'WMC' ~ wmcactionnews5.com
        if len(key) >= MIN_PREFIX and not GENERIC.fullmatch(key) and target.startswith(key) \
                and SHORT_BY.fullmatch(target[len(key):]):
            return True
    return False


def matches_domain(name: str | None, domain: str) -> bool:
    """Whether an outlet name, or a run of its tokens ('NBC12' in 'WWBT NBC12'), spells the domain (see the
    module's docstring)."""
    if name is None:
        return False
    label = _label(domain)
    tokens = name.split()
    return any(_spells(_key(" ".join(tokens[i:j])), label)
               for i in range(len(tokens)) for j in range(i + 1, len(tokens) + 1))


def domain_form(text: str, domain: str) -> str | None:
    """The first form in ``text`` naming the outlet of ``domain``, else None."""
    label = _label(domain)
    for line in text.split("\n"):
        tokens = [(m.group(0), m.start()) for m in TOKEN.finditer(line)]
        for i, (token, _) in enumerate(tokens):
            if token[0] in "@/#" or "@" in token or token.lower().startswith(("http", "www.")):
                continue
            if re.fullmatch(r"[a-z0-9-]+\.(?:com|net|org|tv)", token.rstrip(".")) and _spells(_key(token), label):
                return token.rstrip(".")
            if not (token[0].isupper() or token[0].isdigit()) or token == "The":
                continue
            for j in range(i, min(i + MAX_TOKENS, len(tokens))):
                words = [t for t, _ in tokens[i:j + 1]]
                if words[-1][0] in "@/#" or not (words[-1][0].isupper() or words[-1][0].isdigit()
                                                or words[-1] in ("and", "of")):
                    break
                form = line[tokens[i][1]:tokens[j][1] + len(tokens[j][0])].rstrip(".’'")
                if _spells(_key(form), label) and (len(label) >= MIN_PREFIX or form.isupper()) and _name_shaped(form):
                    return form
    return None


PLAIN = re.compile(r"(?:[A-Z][a-z]+|and|of)(?:\s+(?:[A-Z][a-z]+|and|of))*")
"""Words in plain title case ('Kansas City', 'Juneau Police'): a place's or an office's name unless it has a media
word ('Star Tribune', 'Florida Today')."""
MEDIA_WORDS = OUTLET_WORDS | EXTRA_OUTLET_WORDS | CHANNEL_WORDS


def _name_shaped(form: str) -> bool:
    """A form a reader takes for an outlet's name: not a list ('PORTVALE, PA'), and plain title-case words only
    with a newspaper or channel word in them."""
    if "," in form:
        return False
    return not PLAIN.fullmatch(form) or any(word.lower() in MEDIA_WORDS for word in form.split())


def stated_date(text: str) -> str | None:
    """The date a stamp in the top lines states (ISO), else None (see the module's docstring)."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()][:TOP]
    for index, line in enumerate(lines):
        if index and len(lines[index - 1].split()) >= PROSE_WORDS:
            break  # below the lead: a quoted release's or a timeline's date
        if NOT_STAMP.search(line) or len(set(re.findall(r"\b(?:19|20)\d\d\b", line))) > 1:  # an archive's toolbar
            continue
        found = [m for m in DATE_EXPR.finditer(line)]
        bracket = BRACKET_DATE.search(line)
        inside = SHORT_YEAR.sub(r"\1/\2/20\3", bracket.group("date").strip()) if bracket else ""
        if bracket and DATE_EXPR.fullmatch(inside):
            return parse_date(inside)
        if not found:
            continue
        end = END_STAMP.search(line)
        if end and len(line.split()) <= END_STAMP_WORDS and not line.endswith("."):
            return parse_date(end.group("date"))
        stamp = STAMP_WORD.search(line[:found[0].start()])
        rest = DATE_EXPR.sub(" ", line)
        others = [w for w in re.findall(r"[A-Za-z]{2,}", rest)
                  if w.lower() not in {"am", "pm", "at", "on", "est", "edt", "cst", "cdt", "pst", "pdt", "mst",
                                       "mdt", "et", "ct", "pt"}]
        if (stamp and len(line.split()) <= STAMP_MAX_WORDS) or len(others) <= STAMP_OTHER_WORDS:
            return parse_date(found[0].group(0))
    return None


@dataclass(frozen=True)
class Decision:
    """One page's outcome for one reader."""

    path: str
    kind: str
    """'outlet' or 'date'"""
    reference: str
    """the form that names the outlet, or the stated date"""
    gold: str
    """gold.json's outlet domain or dct"""
    given: str | None
    outcome: str
    """'right', 'credited' (outlet: another name the page credits, :func:`credited`), 'wrong' or 'none'"""


def dev_pages(root: Path) -> Iterator[Page]:
    """Unlabelled dev pages of the folder, as :mod:`newsprism.eval.pages` pastes them; test pages are never
    opened."""
    labelled = {doc.path for doc in read_labels()}
    for path, doc in gold_documents(root):
        if split_of(Path(doc["file"]).stem) == "dev" and path not in labelled:
            yield page_of(root, path, doc)


def credited(text: str, name: str) -> bool:
    """The page credits ``name`` as a publisher: in a dateline's brackets ('(KXYZ) —', '(KXYZ/AP)'), a copyright
    line ('Copyright 2016 KXYZ') or the title line's site name ('Headline - KXYZ'). The labels take such a name for
    the outlet (a station's story carried on a sister station's site, or the station's other name: call letters
    on a site named by its channel); the check cannot tell it from the domain."""
    escaped = re.escape(name)
    title = text.split("\n", 1)[0]
    return bool(re.search(rf"\(\s*{escaped}\s*[/)]|(?:©|\bcopyright\b)[^\n]{{0,20}}\b{escaped}\b", text, re.I)
                or re.search(rf"[-|:]\s[^\n]*\b{escaped}\b", title))


def decide(page: Page, cleaned: Cleaned) -> list[Decision]:
    decisions = []
    form = domain_form(page.text, page.site) if page.site else None
    if form and page.site:
        outcome = ("none" if cleaned.outlet is None else "right" if matches_domain(cleaned.outlet, page.site)
                   else "credited" if credited(page.text, cleaned.outlet) else "wrong")
        decisions.append(Decision(page.path, "outlet", form, page.site, cleaned.outlet, outcome))
    stated = stated_date(page.text)
    if stated:
        outcome = ("none" if cleaned.published is None else
                   "right" if same_day(cleaned.published, page.dct) else "wrong")
        decisions.append(Decision(page.path, "date", stated, page.dct, cleaned.published, outcome))
    return decisions


def run(root: Path, limit: int | None = None) -> tuple[int, list[Decision]]:
    """(pages read, decisions) over the unlabelled dev pages (the first ``limit``)."""
    config = CleanConfig()
    pages = list(dev_pages(root))[:limit]
    repeats = corpus_repeats(pages, config)
    cleaned = [clean_page(page, config, repeats.for_site(page.site)) for page in pages]
    return len(pages), [d for page, made in zip(pages, cleaned, strict=True) for d in decide(page, made)]


def summary(pages: int, decisions: list[Decision]) -> str:
    lines = [f"pages {pages}"]
    for kind in ("outlet", "date"):
        mine = [d for d in decisions if d.kind == kind]
        counts = {o: sum(d.outcome == o for d in mine) for o in ("right", "credited", "wrong", "none")}
        share = counts["right"] / len(mine) if mine else 0.0
        lines.append(f"{kind}: named {len(mine)} right {counts['right']} credited {counts['credited']} "
                     f"wrong {counts['wrong']} none {counts['none']} right_share {share:.3f}")
    dated = [d for d in decisions if d.kind == "date"]
    ceiling = sum(same_day(d.reference, d.gold) for d in dated)
    lines.append(f"date: stated date itself within tolerance of dct {ceiling}/{len(dated)}")
    agree = sum(same_day(d.given, d.reference) for d in dated)
    lines.append(f"date: newsprism's date within tolerance of the stated date {agree}/{len(dated)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsprism.eval.page_meta")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--show", help="print decisions of KIND-OUTCOME (outlet-wrong, date-none, outlet-all ...)")
    parser.add_argument("--json", action="store_true", help="print every decision as JSON Lines")
    args = parser.parse_args(argv)
    pages, decisions = run(args.folder, args.limit)
    if args.json:
        for d in decisions:
            print(json.dumps(d.__dict__))
        return 0
    print(summary(pages, decisions))
    if args.show:
        kind, _, outcome = args.show.partition("-")
        for d in decisions:
            if d.kind == kind and outcome in (d.outcome, "all"):
                print(f"{d.path}\t{d.outcome}\tref={d.reference!r}\tgold={d.gold}\tgiven={d.given!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
