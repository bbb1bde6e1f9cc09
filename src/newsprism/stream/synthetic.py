"""A synthetic news stream, written here: events reported by several outlets, with planted reprints and rewrites.

For tests and benchmarks that need thousands of articles without a data set. Each event has its own place,
people, organisation and topic words; each outlet's report builds its own sentences from them (so reports of
one event share words, rarely 5-word runs); a *reprint* is another outlet's report with a header and a
footer; a *rewrite* swaps two sentences and replaces a few words. Everything comes from one seeded
``random.Random``: the same arguments give the same articles. Articles come in published order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from newsprism.lexicon import WEEKDAY_NAMES

NOUNS = """bridge council harbour school clinic factory railway market budget tunnel reservoir library airport
ferry hospital museum stadium festival orchard vineyard quarry mill pier lighthouse highway canal dam warehouse
brewery bakery courthouse prison theatre garden forest meadow glacier volcano island valley canyon plateau
contract tariff pension subsidy lawsuit verdict strike merger auction loan bond levy permit licence census
vaccine outbreak drought flood wildfire storm blizzard earthquake landslide heatwave harvest shortage surplus
satellite rocket telescope reactor turbine pipeline battery vehicle tractor locomotive submarine drone
election referendum protest rally summit treaty ceasefire embargo sanction inquiry audit scandal reform
""".split()
VERBS = """approved rejected delayed opened closed expanded cancelled funded inspected repaired rebuilt
announced suspended launched blocked reviewed restored replaced doubled halved postponed challenged""".split()
ADJECTIVES = """new old local regional national disputed costly urgent temporary permanent major minor
overdue ambitious controversial emergency public private""".split()
FIRST = """Dana Sam Lee Ana Tom Priya Jo Ravi Mia Omar Lena Hugo Ines Kofi Nora Ivan Yuki Zara Abel Cleo""".split()
LAST = """Whitlow Okafor Marsh Ruiz Becker Nair Lindqvist Moreau Tanaka Haddad Kowalski Osei Brandt Silva
Duarte Novak Quinn Farrow Ellery Castell""".split()
PLACES = """Elmford Oakridge Riverton Hallam Brookby Marwick Fenley Dunmore Ashgrove Kestrel Pinehurst
Westmere Coldbrook Larchmont Thornbury Redcliff Sandhurst Millbank Greywater Northholm""".split()
ORGS = """Harbour Authority, Water Board, Transport Agency, Health Trust, Farmers Union, Chamber of Commerce,
Teachers Guild, Energy Commission, Rail Company, Science Institute""".replace("\n", " ").split(", ")
OUTLETS = ("Valley Courier", "Metro Daily", "Northern Ledger", "Coastal Herald", "Plains Gazette", "Capital Wire")
PATTERNS = (
    "{person} said the {adj} {n1} in {place} would be {verb} before {day}.",
    "Officials of the {org} {verb} the {n1} after {num} residents complained about the {n2}.",
    "The {n1} near {place} cost {num} million, according to {person}.",
    "{person} of the {org} warned that the {n2} could delay the {n3} for {num} weeks.",
    "In {place}, the {adj} {n2} was {verb} on {day} while the {n1} stayed shut.",
    "Critics said the {org} had {verb} the {n3} without asking {person}.",
    "About {num} people attended a meeting on the {n1} and the {n3} in {place}.",
    "{person} told reporters the {n2} was {adj} and the {n1} must be {verb}.",
)
SYLLABLES = """ka ro ven tal mi sor de lun pa gri to zem bar ne vil os ta rin fe mor qua sel do ki""".split()
DAYS = tuple(name.capitalize() for name in WEEKDAY_NAMES)
START = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)


@dataclass(frozen=True)
class SyntheticArticle:
    """One article, with what it was planted as: ``event`` (its story) and ``copy_of`` (its original, for a
    reprint or rewrite)."""

    id: str
    title: str
    text: str
    published: str
    outlet: str
    url: str
    event: int
    kind: str
    copy_of: str | None = None

    def record(self) -> dict[str, str]:
        """As a JSON Lines record newsprism reads."""
        return {"id": self.id, "title": self.title, "text": self.text, "published": self.published,
                "outlet": self.outlet, "url": self.url}


@dataclass(frozen=True)
class _Event:
    number: int
    place: str
    people: tuple[str, str]
    org: str
    topic: tuple[str, ...]
    start: datetime


def synthetic_stream(count: int, seed: int = 7, reports: int = 4, copy_share: float = 0.3,
                     event_hours: float = 0.7) -> list[SyntheticArticle]:
    """``count`` articles: events of about ``reports`` reports each, one event every ``event_hours`` (0.7: about
    180 articles a day), a ``copy_share`` of them reprints or rewrites of another report of the same event, in
    published order."""
    rng = random.Random(seed)
    out: list[SyntheticArticle] = []
    number = 0
    while len(out) < count:
        event = _event(number, rng, event_hours)
        originals = [_report(event, n, rng) for n in range(max(1, reports + rng.randint(-2, 2)))]
        out.extend(originals)
        out.extend(_copy(rng.choice(originals), len(out), rng) for _ in originals if rng.random() < copy_share)
        number += 1
    return sorted(out[:count], key=lambda a: (a.published, a.id))


def _event(number: int, rng: random.Random, event_hours: float) -> _Event:
    people = tuple(f"{rng.choice(FIRST)} {_name(rng)}" for _ in range(2))
    start = START + timedelta(hours=number * event_hours)
    place = f"{_name(rng)} {rng.choice(PLACES)}"
    return _Event(number, place, (people[0], people[1]), f"{_name(rng)} {rng.choice(ORGS)}",
                  tuple(rng.sample(NOUNS, 6)), start)


def _name(rng: random.Random) -> str:
    """A made-up proper name of two or three syllables: events rarely share one."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _report(event: _Event, n: int, rng: random.Random) -> SyntheticArticle:
    outlet = OUTLETS[(event.number + n) % len(OUTLETS)]
    paragraphs = [" ".join(_sentence(event, rng) for _ in range(rng.randint(2, 3))) for _ in range(3)]
    n1, n2 = rng.sample(event.topic, 2)
    title = f"{event.place} {n1} {rng.choice(VERBS)}, {event.people[0]} says {n2} is {rng.choice(ADJECTIVES)}"
    published = event.start + timedelta(minutes=rng.randint(0, 36 * 60))
    article_id = f"e{event.number}-{n}"
    return SyntheticArticle(article_id, title, "\n\n".join(paragraphs), published.isoformat(), outlet,
                            f"https://{outlet.lower().replace(' ', '')}.example/{article_id}", event.number, "report")


def _sentence(event: _Event, rng: random.Random) -> str:
    n1, n2, n3 = rng.sample(event.topic, 3)
    return rng.choice(PATTERNS).format(
        person=rng.choice(event.people), place=event.place, org=event.org, n1=n1, n2=n2, n3=n3,
        adj=rng.choice(ADJECTIVES), verb=rng.choice(VERBS), day=rng.choice(DAYS), num=rng.randint(2, 900))


def _copy(original: SyntheticArticle, serial: int, rng: random.Random) -> SyntheticArticle:
    outlet = rng.choice([o for o in OUTLETS if o != original.outlet])
    published = datetime.fromisoformat(original.published) + timedelta(minutes=rng.randint(15, 600))
    article_id = f"{original.id}-c{serial}"
    url = f"https://{outlet.lower().replace(' ', '')}.example/{article_id}"
    if rng.random() < 0.6:
        text = f"By {rng.choice(FIRST)} {rng.choice(LAST)}, {outlet}\n\n{original.text}\n\nCopyright 2026 {outlet}."
        return SyntheticArticle(article_id, original.title, text, published.isoformat(), outlet, url,
                                original.event, "reprint", original.id)
    sentences = original.text.replace("\n\n", " ").split(". ")
    if len(sentences) > 3:
        sentences[1], sentences[2] = sentences[2], sentences[1]
    text = ". ".join(sentences).replace(" said ", " stated ").replace(" the ", " this ", 2)
    return SyntheticArticle(article_id, f"{original.title} (updated)", text, published.isoformat(), outlet, url,
                            original.event, "rewrite", original.id)


def near_duplicate_stream(count: int, bases: int = 200, share: float = 0.5, seed: int = 7,
                          spread_days: float = 3.0) -> list[SyntheticArticle]:
    """A near-duplicate-heavy stream: ``count`` articles, a ``share`` of them reprints or rewrites of ``bases``
    base reports (picked evenly along the stream), each copy published within ``spread_days`` after its base;
    the rest an ordinary :func:`synthetic_stream`. In published order."""
    rng = random.Random(seed + 1)
    copies = int(count * share)
    ordinary = synthetic_stream(count - copies, seed=seed)
    reports = [a for a in ordinary if a.kind == "report"]
    chosen = [reports[n * len(reports) // bases] for n in range(min(bases, len(reports)))]
    planted = []
    for n in range(copies):
        copy = _copy(chosen[n % len(chosen)], n, rng)
        late = datetime.fromisoformat(chosen[n % len(chosen)].published) + timedelta(
            minutes=rng.randint(1, int(spread_days * 24 * 60)))
        planted.append(SyntheticArticle(copy.id, copy.title, copy.text, late.isoformat(), copy.outlet, copy.url,
                                        copy.event, copy.kind, copy.copy_of))
    return sorted(ordinary + planted, key=lambda a: (a.published, a.id))


def backfill_stream(count: int, late_days: float = 8.0, seed: int = 7, late_outlets: tuple[str, ...] = OUTLETS[3:],
                    delivery: int = 256, event_hours: float = 0.7) -> list[SyntheticArticle]:
    """A live feed interleaved with a late one, in arrival order (so not in published order): the articles of
    ``late_outlets`` arrive ``late_days`` after they were published, the others when they are published; each
    feed delivers ``delivery`` articles at a time (a poll; with the stream's batch size, a batch holds one feed's
    delivery). Reprints and rewrites cross the two feeds."""
    ordered = synthetic_stream(count, seed=seed, event_hours=event_hours)
    deliveries: list[tuple[datetime, bool, list[SyntheticArticle]]] = []
    for late in (False, True):
        feed = [a for a in ordered if (a.outlet in late_outlets) is late]
        lag = timedelta(days=late_days if late else 0)
        for start in range(0, len(feed), delivery):
            chunk = feed[start:start + delivery]
            deliveries.append((datetime.fromisoformat(chunk[-1].published) + lag, late, chunk))
    deliveries.sort(key=lambda d: (d[0], d[1]))
    return [article for _, _, chunk in deliveries for article in chunk]
