"""The outlet from the most trusted evidence: metadata, the URL's domain, then the text's own credits.

Every text here was written for these tests: made-up call letters (KZZQ, WQXB) and papers (The Harbour Gazette).
"""

from __future__ import annotations

import pytest

from newsprism.clean import clean_article
from newsprism.clean.outlet_names import media_like
from newsprism.clean.outlet_table import allsides_rows, known_outlet, registrable_domain, table
from newsprism.clean.outlets import copyright_names, dateline_credit, text_credits
from newsprism.config import CleanConfig
from newsprism.ingest.raw import RawArticle

LEAD = ("Officers are looking into gunfire that hurt two men in the north end of town late on Saturday "
        "night, police said.")
MORE = "Detectives want anyone who saw the gunfire to phone the police tip number as soon as they can."


def _clean(text: str, url: str | None = None, outlet: str | None = None) -> tuple[str | None, str | None, str | None]:
    article = clean_article(RawArticle(id="a", source="a.txt", format="text", text=text, url=url, outlet=outlet),
                            CleanConfig())
    return article.outlet, article.outlet_source, article.credit


@pytest.mark.parametrize(("text", "outlet", "source", "credit"), [
    (f"PORTVALE, Ore. (KZZQ) — {LEAD}\n\n{MORE}", "KZZQ", "dateline", None),
    (f"PORTVALE (KZZQ/AP) – {LEAD}\n\n{MORE}", "KZZQ", "dateline", "AP"),
    (f"(WQXB.com) - {LEAD}\n\n{MORE}", "WQXB.com", "dateline", None),
    (f"PORTVALE (AP) — {LEAD}\n\n{MORE}", None, None, "AP"),
    (f"{LEAD}\n\n{MORE}\n\nCopyright 2016 KZZQ 9 News. All rights reserved.", "KZZQ 9 News", "copyright", None),
    (f"{LEAD}\n\n{MORE}\n\n© 2016 WQXB", "WQXB", "copyright", None),
    (f"{LEAD}\n\n{MORE}\n\nCopyright 2015 The Associated Press. All rights reserved.", None, None, "AP"),
    (f"{LEAD}\n\n{MORE}\n\nCopyright © 2014 Bay City News, Inc. Reprinting is not allowed.", None, None,
     "Bay City News"),
    (f"{LEAD}\n\n{MORE}\n\n© 2016 Harbour Media Group.", None, None, None),
    (f"{LEAD}\n\n{MORE}\n\nStay with WQXB for updates on this story.", "WQXB", "promo", None),
    (f"{LEAD}\n\n{MORE}\n\nThis page is premium content from The Harbour Gazette.",
     "The Harbour Gazette", "promo", None),
    (f"{LEAD} A neighbour told News 4 she heard six shots.\n\n{MORE}", "News 4", "mention", None),
    (f"{LEAD}\n\nThe warrant obtained by FOX 12 names two men. {MORE}", "FOX 12", "mention", None),
    (f"{LEAD} A witness told CNN she heard six shots.\n\n{MORE}", None, None, None),
    (f"By Ola Berg, Associated Press\n\n{LEAD}\n\n{MORE}", None, None, "AP"),
    (f"{LEAD}\n\n{MORE}", None, None, None),
])
def test_outlet_from_the_text(text: str, outlet: str | None, source: str | None, credit: str | None) -> None:
    assert _clean(text) == (outlet, source, credit)


def test_a_wire_credit_never_fills_the_outlet() -> None:
    text = f"PORTVALE (Reuters) - {LEAD}\n\n{MORE}\n\nCopyright 2016 The Associated Press."
    outlet, _, credit = _clean(text)
    assert outlet is None and credit == "Reuters"


def test_a_fact_box_row_is_not_an_outlet() -> None:
    text = f"{LEAD}\n\n{MORE}\n\nIncident Information\n\nType – Shooting\n\nInvestigating Agency – Portvale Police"
    assert _clean(text)[0] is None


def test_metadata_then_known_domain_then_text_then_bare_domain() -> None:
    text = f"PORTVALE (KZZQ) — {LEAD}\n\n{MORE}"
    assert _clean(text, url="https://www.example.com/a", outlet="Harbour Gazette")[:2] == (
        "Harbour Gazette", "metadata")
    assert _clean(text, url="https://www.reuters.com/world/a-1")[:2] == ("Reuters", "domain")
    assert _clean(text, url="https://kzzq.com/news/a")[:2] == ("KZZQ", "dateline")
    assert _clean(f"{LEAD}\n\n{MORE}", url="https://news.wqxb-radio.net/a")[:2] == ("wqxb-radio.net", "bare-domain")


def test_text_credits_rank_the_evidence() -> None:
    credits = text_credits([f"PORTVALE (KZZQ) — {LEAD}", "Copyright 2016 WQXB.", "Stay with WQXB."])
    assert [(e.name, e.source) for e in credits.outlets] == [
        ("KZZQ", "dateline"), ("WQXB", "copyright"), ("WQXB", "promo")]


@pytest.mark.parametrize(("line", "credit"), [
    (f"DETROIT (KZZQ/AP) – {LEAD}", ("KZZQ", "AP")),
    (f"HARBOUR COUNTY, Ind. (Nov. 12, 2015)— {LEAD}", (None, None)),
    (f"PORTVALE, Ore. (Lakeside) - {LEAD}", (None, None)),
    (LEAD, (None, None)),
])
def test_dateline_credits(line: str, credit: tuple[str | None, str | None]) -> None:
    assert dateline_credit(line) == credit


@pytest.mark.parametrize(("line", "names", "wires"), [
    ("Copyright 2016 KZZQ (Harbour Corporation). All rights reserved", ["KZZQ"], []),
    ("Copyright Associated Press / KZZQ 9 South Coast", ["KZZQ 9 South Coast"], ["AP"]),
    ("TM and © Copyright 2014 Harbour Radio Inc.", [], []),
    ("(Source: Harbour Media Wire © The Harbour Gazette 2013. All Rights Reserved.)", ["The Harbour Gazette"], []),
])
def test_copyright_lines(line: str, names: list[str], wires: list[str]) -> None:
    assert copyright_names(line) == (names, wires)


@pytest.mark.parametrize(("name", "like"), [
    ("KZZQ", True), ("WQXB-TV", True), ("News 4", True), ("NBC4", True), ("Channel 9", True),
    ("The Harbour Gazette", True), ("Harbour-Review", True), ("HarbourStar", True), ("wqxb.com", True),
    ("Police", False), ("WHAT", False), ("News", False), ("Sheriff Ada Brenner", False),
])
def test_media_like_names(name: str, like: bool) -> None:
    assert media_like(name) is like


def test_domain_table() -> None:
    assert registrable_domain("https://www.news.example.co.uk/a") == "example.co.uk"
    assert registrable_domain("http://127.0.0.1:8000/a") is None
    assert known_outlet("https://edition.cnn.com/2024/a") == "CNN"
    assert known_outlet("https://www.bbc.co.uk/news/a") == "BBC News"
    assert known_outlet("https://unknown-paper.example/a") is None
    assert len(table()) >= 300


def test_allsides_rows_take_each_hosts_usual_name(tmp_path: pytest.TempPathFactory) -> None:
    import json
    from pathlib import Path

    path = Path(str(tmp_path)) / "roundups.jsonl"
    story = {"newsSource": "Harbour Gazette (Online News)", "newsLink": "https://www.gazette.example/a"}
    once = {"newsSource": "Ada Brenner", "newsLink": "https://www.columns.example/b"}
    path.write_text("\n".join(json.dumps({"news": {"left": story, "right": once, "center": None}})
                              for _ in range(2)) + "\n", encoding="utf-8")
    path.write_text(path.read_text() + json.dumps({"news": {"left": {**once, "newsSource": "Columns Daily"}}}) + "\n")
    assert allsides_rows(str(path)) == [("columns.example", "Ada Brenner"), ("gazette.example", "Harbour Gazette")]


@pytest.mark.parametrize("line", ["©", "Copyright ©", "© 2016", "Copyright 2016 / ", "(KZZQ) —"])
def test_bare_marks_name_nothing(line: str) -> None:
    credits = text_credits([line])
    assert (credits.outlets, credits.agency) == ([], None)


TITLE = "Two men hurt in east side shooting"


@pytest.mark.parametrize(("title", "outlet"), [
    (f"{TITLE} - Portvale News-Journal", "Portvale News-Journal"),
    (f"{TITLE} | KZZQ.com: Portvale News, Weather, Sports", "KZZQ.com"),
    (f"{TITLE} - KZZQ.com-Portvale, Lakeside, Texas | Coast News", "KZZQ.com"),
    (f"{TITLE} – KZZQ News 12 Portvale", "KZZQ News 12"),
    (f"{TITLE} - KZZQ Portvale", "KZZQ"),
    (f"{TITLE} - FOX 9 KZZQ Portvale News", "FOX 9"),
    (f"{TITLE} - NBC Portvale", "NBC Portvale"),
    (f"{TITLE} - Portvale news, weather and sports", None),
    (f"{TITLE} - Updated", None),
    (f"Police - {TITLE}", None),
])
def test_the_title_suffix_names_the_site(title: str, outlet: str | None) -> None:
    found = _clean(f"{title}\n\n{LEAD}\n\n{MORE}")
    assert found[0] == outlet and (outlet is None or found[1] == "line")


@pytest.mark.parametrize(("text", "outlet", "source"), [
    # names keep their connectors unless a media name of its own follows 'and'
    (f"{LEAD} The records were obtained by The Harbour Post and Courier.\n\n{MORE}",
     "The Harbour Post and Courier", "mention"),
    (f"{LEAD} A neighbour told The Harbour Post & Courier she heard shots.\n\n{MORE}",
     "The Harbour Post & Courier", "mention"),
    (f"{LEAD}\n\n{MORE}\n\nStay with KZZQ.com and KZZQ Action News 5 for updates.", "KZZQ.com", "promo"),
    (f"{LEAD} Harbourfeed and The Washington Post received copies of the letters.\n\n{MORE}", None, None),
    # the outlet as a party to the reporting
    (f"{LEAD} No one answered when NBC Portvale went to the home.\n\n{MORE}", "NBC Portvale", "mention"),
    (f"{LEAD}\n\nOla Berg reports for the KZZQ 9 News at 6.\n\n{MORE}", "KZZQ 9 News", "mention"),
    (f"{LEAD}\n\nPortvale Valley Media is publishing the man's name since he faces charges.\n\n{MORE}",
     "Portvale Valley Media", "mention"),
    (f"{LEAD} Portvale Daily Ledger columnist Ada Brenner was hurt.\n\n{MORE}", "Portvale Daily Ledger",
     "mention"),
    # picture credits: the weakest evidence
    (f"{LEAD}\n\nThe scene on Monday. (Photo: KZZQ 11)\n\n{MORE}", "KZZQ 11", "mention"),
    (f"{LEAD}\n\nThe scene on Monday. (kzzq.com)\n\n{MORE}", "kzzq.com", "mention"),
    (f"{LEAD}\n\nThe party's page. (eventsite.com)\n\n{MORE}", None, None),
    (f"{LEAD}\n\nThe scene on Monday. (Photo: Ola Berg)\n\n{MORE}", None, None),
    (f"{LEAD}\n\nThe scene on Monday. (Photo: Ola Berg / The Harbour Gazette)\n\n{MORE}", "The Harbour Gazette",
     "mention"),
    # the outlet's own prompts and credit lines
    (f"{LEAD}\n\nRead the full article here: The Portvale Mirror", "The Portvale Mirror", "promo"),
    (f"Portvale Sun-Times Wire\n\n{LEAD}\n\n{MORE}", "Portvale Sun-Times", "line"),
    (f"{LEAD}\n\n{MORE}\n\nHarbour Gazette staff reports", "Harbour Gazette", "line"),
    # precision: a legal text's list item, a police unit, a staff e-mail address
    (f"{LEAD}\n\n(c) Paragraph (b) shall not apply:\n\n{MORE}", None, None),
    (f"{LEAD}\n\n{MORE}\n\n(c) 2016 KZZQ", "KZZQ", "copyright"),
    (f"{LEAD}\n\nKSP Post 9 received a report of the gunfire on Sunday.\n\n{MORE}", None, None),
    (f"{LEAD}\n\n{MORE}\n\nContact the writer: oberg@nytimes.com", None, None),
])
def test_outlet_shapes_and_precision_rules(text: str, outlet: str | None, source: str | None) -> None:
    assert _clean(text)[:2] == (outlet, source)


def test_an_outlet_line_loses_its_dash_and_takes_a_fuller_spelling() -> None:
    from newsprism.clean.outlets import OutletEvidence, TextCredits, choose_outlet

    assert choose_outlet(None, None, " - The Portvale Report", TextCredits([], None)) == OutletEvidence(
        "The Portvale Report", "line")
    fuller = TextCredits([OutletEvidence("KZZQ Action News 5", "promo")], None)
    assert choose_outlet(None, None, "KZZQ Action News", fuller) == OutletEvidence("KZZQ Action News 5", "line")


@pytest.mark.parametrize(("name", "station"), [
    ("KZZQ News 12 Portvale", "KZZQ News 12"), ("KZZQ Portvale", "KZZQ"), ("WQXB-TV 7-News", "WQXB-TV 7"),
    ("FOX 9 KZZQ Portvale News", "FOX 9"), ("NBC Portvale", "NBC Portvale"), ("The Portvale News", "The Portvale News"),
])
def test_station_names_end_at_the_channel_number(name: str, station: str) -> None:
    from newsprism.clean.outlet_cues import station_name

    assert station_name(name) == station


@pytest.mark.parametrize(("text", "outlet", "source", "credit"), [
    # who else reported is a credit, never the outlet
    (f"{LEAD}\n\n{MORE}\n\nThe Associated Press contributed to this report.", None, None, "AP"),
    (f"{LEAD}\n\n{MORE}\n\nOla Berg of The Harbour Gazette contributed to this report.", None, None, None),
    # ... but the outlet's own staff credited there name it ('KZZQ's Ola Berg', 'Gazette reporter Ola Berg')
    (f"{LEAD}\n\n{MORE}\n\nKZZQ's Ola Berg contributed reporting.", "KZZQ", "mention", None),
    (f"{LEAD}\n\n{MORE}\n\nHarbour Gazette reporter Ola Berg contributed to this report.", "Harbour Gazette",
     "mention", None),
    (f"{LEAD}\n\n{MORE}\n\nKZZQ contributed to this report.", None, None, None),
    # a dateline credit without a dash: the station is the outlet, the agency the credit; a place is neither
    (f"(KZZQ/AP) {LEAD}\n\n{MORE}", "KZZQ", "dateline", "AP"),
    (f"(CBS/AP) {LEAD}\n\n{MORE}", "CBS", "dateline", "AP"),
    (f"(Harbour County, TX) {LEAD}\n\n{MORE}", None, None, None),
    # an owning company in a copyright line is not the outlet; a copyright line in brackets names the outlet
    (f"{LEAD}\n\n{MORE}\n\n(Copyright (c) 2016 Harbour Television. All Rights Reserved.)", None, None, None),
    (f"{LEAD}\n\n{MORE}\n\n(© 2016 KZZQ)", "KZZQ", "copyright", None),
    # the outlet's own reporters and prompts
    (f"{LEAD} A neighbour told Newscenter 9 she heard four shots.\n\n{MORE}", "Newscenter 9", "mention", None),
    (f"{LEAD}\n\n9 News spoke to the victim's father on Sunday.\n\n{MORE}", "9 News", "mention", None),
    (f"{LEAD}\n\n{MORE}\n\nKZZQ will keep you updated when more details come in.", "KZZQ", "mention",
     None),
    (f"{LEAD}\n\n{MORE}\n\nStay with the 9 News for more on this story.", "9 News", "promo", None),
])
def test_credits_owners_and_own_reporters(text: str, outlet: str | None, source: str | None,
                                          credit: str | None) -> None:
    assert _clean(text) == (outlet, source, credit)


def test_a_title_suffix_domain_ends_at_the_domain() -> None:
    found = _clean(f"Two hurt in shooting - KZZQ.com Portvale, Harbour County\n\n{LEAD}\n\n{MORE}")
    assert found[:2] == ("KZZQ.com", "line")
