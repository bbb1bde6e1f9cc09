"""The automatic outlet and date check on unlabelled pages (newsprism.eval.page_meta): which forms name a page's
outlet domain, which lines state a date, and that test pages are never read. Texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.eval.page_meta import credited, dev_pages, domain_form, main, matches_domain, stated_date
from newsprism.eval.pagelabels import split_of


@pytest.mark.parametrize(("name", "domain", "right"), [
    ("KZZQ", "kzzq.com", True),
    ("KZZQ 12 News", "kzzq.com", True),
    ("KZZQ", "kzzqtv.com", True),
    ("KZZQ-TV", "kzzq.com", True),
    ("KZZQ", "kzzq11.com", True),
    ("WQX", "wqxactionnews5.com", True),
    ("WXYZ NBC12", "nbc12.com", True),
    ("The Harbour Gazette", "harbourgazette.com", True),
    ("Harbour Gazette", "theharbourgazette.com", True),
    ("harbourgazette.com", "www.harbourgazette.com", True),
    ("Harbour", "harbournews.com", False),
    ("News", "news12.com", False),
    ("KQQX", "kzzq.com", False),
    (None, "kzzq.com", False),
])
def test_a_name_matches_the_domain_it_spells(name: str | None, domain: str, right: bool) -> None:
    assert matches_domain(name, domain) is right


@pytest.mark.parametrize(("text", "domain", "form"), [
    ("Two hurt in shooting - KZZQ News 12\n\nPolice said ...", "kzzq.com", "KZZQ"),
    ("Police said the men were hurt.\n\nCopyright 2016 The Harbour Gazette.", "harbourgazette.com",
     "Harbour Gazette"),
    ("Please return to harbourgazette.com for updates.", "harbourgazette.com", "harbourgazette.com"),
    ("Write to jroe@harbourgazette.com with tips.", "harbourgazette.com", None),
    ("See http://harbourgazette.com/story for more.", "harbourgazette.com", None),
    ("A man was shot in Portvale City on Friday.", "portvalecity.com", None),
    ("PORTVALE, PA - Police said ...", "portvalepa.gov", None),
    ("Officers said #KZZQ viewers called in.", "kzzq.com", None),
])
def test_forms_that_name_the_outlet(text: str, domain: str, form: str | None) -> None:
    assert domain_form(text, domain) == form


@pytest.mark.parametrize(("text", "date"), [
    ("Title\n\nPosted: Tuesday, March 3, 2015 4:09 AM EST\n\nPolice said ...", "2015-03-03"),
    ("Title\n\nby: Jane Roe Updated: Nov 4, 2016 - 7:20 AM\n\nPolice said ...", "2016-11-04"),
    ("Title\n\nDecember 29, 2014 3:15 PM\n\nPolice said ...", "2014-12-29"),
    ("Title\n\nPORTVALE, Ind. (Feb. 10, 2015)-- Police say a man was hurt.", "2015-02-10"),
    # a headline line with its posted and updated stamps, a headline ending in its date and time, a two-digit year
    ("Title\n\nPolice: Two men wounded in gunfire near the Portvale docks Posted: Tuesday, August 12, 2014 "
     "8:10 AM EDT Updated: Tuesday, August 19, 2014 4:40 PM EDT\n\nPolice said ...", "2014-08-12"),
    ("Title\n\nPolice seek driver after New Year crash January 2, 2013 6:20 PM\n\nPolice said ...",
     "2013-01-02"),
    ("Title\n\n(07/12/16) - Jurors were picked for the trial of a Portvale man.", "2016-07-12"),
    ("Title\n\nOfficers walked the scene with the family of the victim until late on Wednesday, January 2, 2013 "
     "6:20 PM.\n\nPolice said ...", None),
    ("Title\n\nThe missing girl is Jo Roe, Date of Birth May 4, 2010.", None),
    ("Title\n\nHe was freed on bail from the county jail on Feb. 3, 2011.", None),
    ("Title\n\nMar APR May 14 2014 2015 2016 3 captures", None),
    ("Title\n\nA house on Elm Street. (Photo: Jane Roe, March 3, 2015)", None),
    ("Title\n\n" + "Officers said a man was wounded by gunfire near the docks and taken to a hospital, where "
     "he was in stable condition late on Saturday night.\n\nMarch 9, 2015", None),
])
def test_lines_that_state_a_date(text: str, date: str | None) -> None:
    assert stated_date(text) == date


def _doc_ids() -> tuple[str, str]:
    """A dev and a test document id (hex names, as the corpus has)."""
    ids = [f"{n:032x}" for n in range(40)]
    return next(i for i in ids if split_of(i) == "dev"), next(i for i in ids if split_of(i) == "test")


def test_only_dev_pages_are_read_and_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dev, test = _doc_ids()
    folder = tmp_path / "900001"
    folder.mkdir()
    text = ("PORTVALE (KZZQ) — Officers are looking into gunfire that hurt two men in the north end of town late "
            "on Saturday night, police said.\n\nWitnesses should phone the police tip number.")
    (folder / f"{dev}.txt").write_text(text, encoding="utf-8")  # the test page's file is missing: never opened
    docs = [{"file": f"{doc}.txt", "title": "Two hurt in shooting", "dct": "2016-03-05", "outlet": "kzzq.com"}
            for doc in (dev, test)]
    (folder / "gold.json").write_text(json.dumps({"documents": docs}), encoding="utf-8")
    assert [page.path for page in dev_pages(tmp_path)] == [f"900001/{dev}.txt"]
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "pages 1" in out and "outlet: named 1 right 1 credited 0 wrong 0 none 0" in out


@pytest.mark.parametrize(("text", "name", "credits"), [
    ("Two hurt - KZZQ News 12\n\nPORTVALE (WQXB) — Police said ...", "WQXB", True),
    ("Two hurt\n\nPORTVALE (WQXB/AP) — Police said ...", "WQXB", True),
    ("Two hurt\n\nPolice said ...\n\nCopyright 2016 WQXB. All rights reserved.", "WQXB", True),
    ("Two hurt - WQXB 5 | KZZQ\n\nPolice said ...", "WQXB", True),
    ("Two hurt\n\nA neighbour told WQXB she heard shots.", "WQXB", False),
])
def test_a_name_the_page_credits(text: str, name: str, credits: bool) -> None:
    assert credited(text, name) is credits
