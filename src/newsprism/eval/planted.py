"""A planted-duplicate corpus: real articles, with reprints and rewrites of some of them planted in.

``python -m newsprism.eval.planted POLNEAR_DIR NEUS_SOURCE... -o corpus.jsonl`` reads the base articles (every
``*/text/*.txt`` of a PolNeAR data folder; every article of NeuS/AllSides ``*.source`` files, three outlets'
openings of one story per line), drops the ones that are near-copies of an earlier base (so that the only
duplicates are the planted ones: 5-word shingle containment >= :data:`BASE_OVERLAP`, exact sets), and writes
one JSON object per line: ``{"id", "text", "published", "url", "outlet", "credit", "group", "kind", "base"}``
with ``kind`` one of original, reprint, rewrite, unique and ``group`` the base article's id for every copy.

The three NeuS articles on one story are published within 12 hours of one another: hard negatives, on the same
event, in the same window, and not duplicates. A base becomes an original with probability
:data:`PLANT_SHARE`, with 1-4 reprints (published 15 minutes to 36 hours later; one in ten that credit the
original's outlet up to 2 hours *earlier*, as embargoed wire copy is) and 0-2 rewrites (1 to 72 hours later):

- reprint: the text, with a byline or outlet header, a footer (copyright, "Reported by", "Read more"), the last
  paragraph trimmed (four paragraphs or more), curly quotes made straight or the other way, paragraph breaks
  and spacing changed;
- rewrite: sentences dropped (one in eight, five sentences or more) and reordered (adjacent swaps, one moved),
  words replaced from :data:`SUBSTITUTIONS` (a paraphrase table written for this; ``_`` stands for a space),
  numbers changed, paragraphs re-cut. A rewrite's words not in its base: median 25 %, 5th-95th percentile
  15-35 % (PolNeAR and NeuS bases, seed 2016).

Everything is drawn from one seeded ``random.Random``: the same inputs and seed give the same file.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from newsprism.eval.results import EvalError
from newsprism.stream.minhash import shingle_sets

PLANT_SHARE = 0.55
"""Share of bases that get copies: with 1-4 reprints and 0-2 rewrites each, ~9,100 bases make ~23,000 articles."""
REPRINTS, REWRITES = (1, 1, 2, 2, 3, 4), (0, 1, 1, 2)
BASE_OVERLAP = 0.2
"""A base sharing a fifth of its 5-word shingles with an earlier one copies it (wire copy in two outlets)."""
MIN_WORDS = 25
NEUS_SEP, TITLE, BODY = " [SEP] ", "TITLE=>", "ARTICLE=>"
SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z\"“])")
START = datetime(2016, 1, 1, tzinfo=UTC)
OUTLETS = ("Harbor Times", "Valley Courier", "Northern Ledger", "Metro Daily", "Coastal Herald", "Plains Gazette",
           "Capital Wire", "Lakeside Post", "Summit Tribune", "River City Star")
NAMES = ("Dana Whitlow", "Sam Okafor", "Lee Marsh", "Ana Ruiz", "Tom Becker", "Priya Nair", "Jo Lindqvist")
FOOTERS = ("Copyright {year} {outlet}. All rights reserved.", "Reported by {name}; editing by {other}.",
           "Read more at {outlet}.", "This article first appeared in {source}.", "{name} contributed to this report.",
           "Follow {outlet} for the latest updates.")
SUBSTITUTIONS = dict(line.split(":") for line in """said:stated|noted|added|explained says:states|notes
told:informed|said_to about:around|regarding would:will|could more:further|additional new:fresh|recent
people:individuals|citizens campaign:bid|race president:leader also:as_well|likewise after:following
time:moment first:initial last:final|previous because:since|as many:numerous|several support:backing
like:such_as just:only|simply think:believe years:years' country:nation make:create|produce before:prior_to
win:victory|success called:named|labelled including:among_them since:as want:wish|hope
help:aid|assist big:large|major need:require top:leading good:fine|decent asked:questioned|pressed
recent:latest likely:probably leaders:heads added:continued every:each might:may around:roughly
early:initial really:truly less:fewer better:improved again:once_more clear:evident believe:think
trying:attempting several:various already:previously ago:earlier important:significant fight:battle
questions:queries but:yet while:whereas against:versus during:throughout still:nonetheless even:indeed
back:again only:merely very:highly take:seize get:obtain show:demonstrate group:organization
public:general government:administration officials:authorities week:seven_days day:date political:partisan
policy:plan vote:ballot voters:electorate election:poll debate:discussion candidate:contender race:contest
party:faction state:region national:nationwide former:ex people's:public's made:produced major:key
month:period far:much change:shift part:portion need:necessity money:funds go:head speech:address
issue:matter issues:matters members:associates statement:remarks plan:proposal system:framework
nation:country economic:financial economy:financial_system job:position end:close call:phone running:operating
high:elevated groups:organizations making:creating doing:performing workers:employees fact:truth
important:crucial social:societal away:off took:seized family:relatives questions:issues attack:assault
attacks:assaults women:female_voters news:reports secretary:minister night:evening long:lengthy
down:lower right:correct law:legislation court:tribunal work:labour take:grab see:observe next:following
own:personal far:considerably point:moment lot:great_deal times:occasions use:employ real:genuine
home:house place:location major:main number:figure little:small used:employed best:finest behind:trailing
leader:chief making:building ms:mrs however:nonetheless begin:start began:started include:contain
includes:contains increase:rise decrease:fall reported:announced report:account officials':authorities'
announced:declared expected:anticipated released:published meeting:session killed:slain city:town
police:officers children:kids military:armed_forces and:plus|as_well_as|and_also in:within|inside
on:upon|regarding with:alongside|along_with that:which|how is:remains|was|has_been was:had_been|became
has:had|now_has have:had|now_have are:remain|were will:is_set_to|is_going_to|shall from:out_of|coming_from
by:through|via at:in|over not:never|not_at_all this:that|the_present it:this|that they:those|these_people
for:on_behalf_of|toward his:the_man's her:the_woman's their:the_group's
to:toward|so_as_to""".replace("\n", " ").split())


@dataclass(frozen=True)
class Base:
    id: str
    text: str
    outlet: str | None
    published: datetime


def read_polnear(folder: Path, rng: random.Random) -> list[Base]:
    """Every ``*/text/*.txt`` of a PolNeAR data folder; outlet and day from the file name
    (``publisher_YYYY-MM-DD_slug``), hour drawn."""
    files = sorted(folder.glob("*/text/*.txt"))
    if not files:
        raise EvalError(f"{folder}: no PolNeAR texts (expected */text/*.txt under it)")
    bases = []
    for path in files:
        outlet, day, *_ = [*path.stem.split("_"), "", ""]
        try:
            published = datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=UTC)
        except ValueError:
            published = START
        published += timedelta(hours=rng.uniform(6, 22))
        bases.append(Base(f"polnear/{path.stem}", path.read_text(encoding="utf-8"), outlet or None, published))
    return bases


def read_neus(path: Path, rng: random.Random) -> list[Base]:
    """Each story line's three articles (``TITLE=> ... ARTICLE=> ...`` joined by `` [SEP] ``) as title and body;
    a story gets a day in 2016 and its articles hours within 12 of one another."""
    if not path.is_file():
        raise EvalError(f"{path}: no such NeuS/AllSides .source file")
    bases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        day = START + timedelta(days=rng.uniform(0, 365))
        for k, article in enumerate(line.split(NEUS_SEP)):
            title, _, body = article.partition(BODY)
            text = f"{title.replace(TITLE, '').strip()}\n\n{body.strip()}"
            published = day + timedelta(hours=rng.uniform(0, 12))
            bases.append(Base(f"neus/{path.stem}-{number}-{k}", text, rng.choice(OUTLETS), published))
    return bases


def distinct(bases: Sequence[Base]) -> list[Base]:
    """The bases of :data:`MIN_WORDS` words or more that share under :data:`BASE_OVERLAP` of their 5-word
    shingles (exact sets) with every earlier kept base."""
    from scipy.sparse import csr_matrix

    sets = [shingle_sets(base.text, 5).shingles for base in bases]
    long_enough = [i for i, base in enumerate(bases) if len(base.text.split()) >= MIN_WORDS and len(sets[i])]
    rows = np.repeat(np.arange(len(long_enough)), [len(sets[i]) for i in long_enough])
    columns = np.unique(np.concatenate([sets[i] for i in long_enough]), return_inverse=True)[1]
    matrix = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, columns)))
    overlap = (matrix @ matrix.T).tocoo()
    sizes = np.array([len(sets[i]) for i in long_enough], dtype=np.float64)
    share = overlap.data / np.minimum(sizes[overlap.row], sizes[overlap.col])
    copies = (overlap.row < overlap.col) & (share >= BASE_OVERLAP)
    dropped = set(overlap.col[copies].tolist())
    return [bases[i] for n, i in enumerate(long_enough) if n not in dropped]


def reprint(text: str, rng: random.Random, outlet: str, source: str) -> str:
    """The text as another outlet runs it: header, footer, trimmed tail, quotes and spacing changed."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    if len(paragraphs) >= 4 and rng.random() < 0.3:
        paragraphs.pop()
    names = rng.sample(NAMES, 2)
    if rng.random() < 0.6:
        paragraphs.insert(1 if len(paragraphs) > 1 else 0, rng.choice((f"By {names[0]} | {outlet}", outlet.upper())))
    if rng.random() < 0.6:
        footer = rng.choice(FOOTERS).format(year=2016, outlet=outlet, name=names[0], other=names[1], source=source)
        paragraphs.append(footer)
    joined = rng.choice(("\n\n", "\n\n\n", "\n")).join(paragraphs)
    if rng.random() < 0.5:
        joined = _swap_quotes(joined)
    if rng.random() < 0.3:
        joined = joined.replace(". ", ".  ")
    return joined


def _swap_quotes(text: str) -> str:
    if "“" in text or "’" in text:
        return text.translate({ord("“"): '"', ord("”"): '"', ord("’"): "'", ord("‘"): "'"})
    curly = re.sub(r'"(\S)', "“\\1", text)
    return curly.replace('"', "”").replace("'", "’")


def rewrite(text: str, rng: random.Random) -> str:
    """The text retold: sentences dropped and reordered, words paraphrased, numbers changed, paragraphs re-cut."""
    sentences = [s for s in SENTENCE_BREAK.split(text.strip()) if s.strip()]
    if len(sentences) >= 5:
        sentences = [s for i, s in enumerate(sentences) if i == 0 or rng.random() >= 0.125]
    for i in range(1, len(sentences) - 1):
        if rng.random() < 0.3:
            sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
    if len(sentences) >= 3:
        sentences.insert(rng.randrange(1, len(sentences)), sentences.pop(rng.randrange(1, len(sentences))))
    retold = [_paraphrase(" ".join(s.split()), rng) for s in sentences]
    paragraphs, at = [], 0
    while at < len(retold):
        step = rng.randint(1, 3)
        paragraphs.append(" ".join(retold[at:at + step]))
        at += step
    return "\n\n".join(paragraphs)


def _paraphrase(sentence: str, rng: random.Random) -> str:
    def word(match: re.Match[str]) -> str:
        found = match.group(0)
        if found[0].isdigit():
            return _number(found, rng) if rng.random() < 0.5 else found
        options = SUBSTITUTIONS.get(found) if found.islower() else None
        if options is None or rng.random() >= 0.9:
            return found
        chosen = rng.choice(options.split("|"))
        return chosen.replace("_", " ")

    return re.sub(r"[A-Za-z]+(?:'[a-z]+)?|\d[\d,]*(?:\.\d+)?", word, sentence)


def _number(value: str, rng: random.Random) -> str:
    digits = value.rstrip(",")
    changed = float(digits.replace(",", "")) * rng.uniform(0.8, 1.2) + rng.choice((-1, 1))
    written = f"{changed:.1f}" if "." in digits else f"{max(0, round(changed)):{',' if ',' in digits else ''}d}"
    return written + value[len(digits):]


def plant(bases: Sequence[Base], seed: int) -> Iterator[dict[str, str | None]]:
    """The corpus records: each base as original or unique, then its reprints and rewrites."""
    rng = random.Random(seed)
    for base in bases:
        planted = rng.random() < PLANT_SHARE
        yield _record(base.id, base.text, base.published, base.outlet, None, base.id,
                      "original" if planted else "unique", base.id)
        if not planted:
            continue
        for n in range(rng.choice(REPRINTS)):
            outlet = rng.choice([o for o in OUTLETS if o != base.outlet])
            credit = base.outlet if base.outlet and rng.random() < 0.5 else None
            early = credit is not None and rng.random() < 0.2
            hours = -rng.uniform(0.1, 2) if early else rng.uniform(0.25, 36)
            text = reprint(base.text, rng, outlet, base.outlet or "the original")
            yield _record(f"{base.id}/reprint-{n}", text, base.published + timedelta(hours=hours), outlet, credit,
                          base.id, "reprint", base.id)
        for n in range(rng.choice(REWRITES)):
            outlet = rng.choice([o for o in OUTLETS if o != base.outlet])
            yield _record(f"{base.id}/rewrite-{n}", rewrite(base.text, rng), base.published
                          + timedelta(hours=rng.uniform(1, 72)), outlet, None, base.id, "rewrite", base.id)


def _record(item_id: str, text: str, published: datetime, outlet: str | None, credit: str | None, group: str,
            kind: str, base: str) -> dict[str, str | None]:
    slug = re.sub(r"[^a-z0-9]+", "-", (outlet or "outlet").lower()).strip("-")
    url = f"https://{slug}.example/{published:%Y/%m/%d}/{re.sub(r'[^a-z0-9]+', '-', item_id.lower())}"
    return {"id": item_id, "text": text, "published": published.isoformat(timespec="seconds"), "url": url,
            "outlet": outlet, "credit": credit, "group": group, "kind": kind, "base": base}


def build(polnear: Path, neus: Sequence[Path], out: Path, seed: int = 2016) -> int:
    """Write the corpus to ``out``; returns the number of articles written."""
    rng = random.Random(seed)
    bases = read_polnear(polnear, rng)
    for path in neus:
        bases += read_neus(path, rng)
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for record in plant(distinct(bases), seed + 1):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m newsprism.eval.planted", description=__doc__.split("\n")[0])
    parser.add_argument("polnear", type=Path, help="PolNeAR data folder (with train/text, dev/text)")
    parser.add_argument("neus", type=Path, nargs="*", help="NeuS/AllSides .source files")
    parser.add_argument("-o", "--out", type=Path, required=True, help="JSON Lines file to write")
    parser.add_argument("--seed", type=int, default=2016)
    args = parser.parse_args(argv)
    try:
        count = build(args.polnear, args.neus, args.out, args.seed)
    except EvalError as error:
        parser.exit(2, f"newsprism: error: {error}\n")
    print(f"wrote {count} articles to {args.out}")


if __name__ == "__main__":
    main()
