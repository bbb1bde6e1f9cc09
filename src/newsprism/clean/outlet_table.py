"""The packaged table of major outlets' web domains and their names (``data/outlets.tsv``).

Each row is ``domain<TAB>name<TAB>from``: ``curated`` rows were written by hand from general knowledge of
major international and US outlets (national papers, networks, agencies, large local TV stations and
dailies); ``allsides`` rows were derived from the AllSides headline roundups
(``allsides_headline_roundups_crawled_2021-10-19.jsonl``: each roundup links its stories to the outlet's
name) by ``python -m newsprism.clean.outlet_table allsides JSONL``, which prints them: per host (without
'www.'), the name AllSides gives it most often, without AllSides' '(Online News)'-style suffixes, when it
gave that name at least twice (a columnist's name given once is not the outlet's), leaving out guest
writers. A curated row wins over an AllSides row for the same
domain.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from functools import cache
from importlib.resources import files
from ipaddress import ip_address
from urllib.parse import urlsplit

TWO_LEVEL_SUFFIXES = frozenset(
    """co.uk org.uk ac.uk gov.uk me.uk ltd.uk com.au net.au org.au co.nz org.nz co.jp ne.jp or.jp co.kr or.kr
    co.in net.in com.br com.sg com.hk com.cn com.tw co.za com.mx com.ar co.il com.tr com.my com.ph com.pk
    co.id com.ng com.eg co.ke com.sa""".split()
)
"""Second-level public suffixes of the countries whose outlets the table holds: 'bbc.co.uk' is registered
under 'co.uk', so its registrable domain has three labels. Not the whole Public Suffix List (nothing may be
downloaded at run time); other hosts take their last two labels."""

ALLSIDES_SUFFIX = re.compile(r"\s*\((?:Online News|News|Online|Opinion)\)$")
MIN_ALLSIDES_COUNT = 2
"""A host's name is taken from AllSides when AllSides gave it at least twice: once-only names were
columnists ('Ed Kilgore' for nymag.com) or a mislabelled link ('Axios' for a reuters.com story)."""
NOT_OUTLET = re.compile(r"^Guest Writer|Staff$|^Govt\.")


def registrable_domain(url_or_host: str) -> str | None:
    """'https://www.news.example.co.uk/a' -> 'example.co.uk'; None for IP addresses and bare host names."""
    host = urlsplit(url_or_host).hostname if "//" in url_or_host else url_or_host.split("/")[0].split(":")[0]
    host = (host or "").lower().strip(".")
    try:
        ip_address(host)
        return None
    except ValueError:
        pass
    labels = host.split(".")
    if len(labels) < 2 or not all(labels):
        return None
    keep = 3 if ".".join(labels[-2:]) in TWO_LEVEL_SUFFIXES and len(labels) >= 3 else 2
    return ".".join(labels[-keep:])


@cache
def table() -> dict[str, str]:
    """Domain (a host or a registrable domain) -> outlet name; curated rows win over AllSides rows."""
    rows: dict[str, tuple[str, str]] = {}
    text = files("newsprism.clean").joinpath("data/outlets.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        domain, name, origin = line.split("\t")
        if domain not in rows or origin == "curated":
            rows[domain] = (name, origin)
    return {domain: name for domain, (name, _) in rows.items()}


@cache
def _known_names() -> dict[str, bool]:
    """The table's outlet names, case folded, without a leading 'The' or a bracketed note ('(Australia)') -> whether
    the table writes the name with 'The'."""
    names: dict[str, bool] = {}
    for name in table().values():
        key = _name_key(name)
        names[key] = names.get(key, False) or name.casefold().startswith("the ")
    return names


def _name_key(name: str) -> str:
    key = " ".join(re.sub(r"\s*\([^)]*\)$", "", name).casefold().split())
    return key.removeprefix("the ")


def known_name(name: str) -> bool:
    """Whether ``name`` is one of the table's outlet names ('Al Jazeera', 'the Guardian', 'Breitbart News'): a
    site name written after a title is read as the outlet though it has no newspaper word or call letters. A name
    the table writes with 'The' needs it ('The South African', not the adjective 'South African')."""
    key = _name_key(name)
    if not name.strip() or key not in _known_names():
        return False
    return not _known_names()[key] or name.strip().casefold().startswith("the ")


def known_outlet(url_or_host: str) -> str | None:
    """The table's name for a URL's host (without 'www.'), else for its registrable domain, else None."""
    host = urlsplit(url_or_host).hostname if "//" in url_or_host else url_or_host
    host = re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", (host or "").lower())
    names = table()
    if host in names:
        return names[host]
    domain = registrable_domain(host)
    return names.get(domain) if domain else None


def allsides_rows(path: str) -> list[tuple[str, str]]:
    """(host, name) pairs from the AllSides roundups: each host's most frequent outlet name, given twice or more."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            for story in json.loads(line)["news"].values():
                if not story or not story.get("newsLink") or not story.get("newsSource"):
                    continue
                host = urlsplit(story["newsLink"]).hostname or ""
                domain = re.sub(r"^www\.", "", host.lower())
                name = ALLSIDES_SUFFIX.sub("", story["newsSource"]).strip()
                if domain and not NOT_OUTLET.search(name):
                    counts[domain][name] += 1
    rows = []
    for domain, names in sorted(counts.items()):
        name, count = names.most_common(1)[0]
        if count >= MIN_ALLSIDES_COUNT:
            rows.append((domain, name))
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "allsides":
        print("usage: python -m newsprism.clean.outlet_table allsides JSONL", file=sys.stderr)
        return 2
    for domain, name in allsides_rows(argv[1]):
        print(f"{domain}\t{name}\tallsides")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
