"""Metadata stated in the text: title, subtitle, byline, outlet, date, dateline, credit."""

from __future__ import annotations

import pytest

from newsprism.clean import clean_article
from newsprism.clean.metadata import agency, date_line, outlet_name, person_names
from newsprism.clean.text import clean_text
from newsprism.config import CleanConfig
from newsprism.ingest.raw import RawArticle
from newsprism.lexicon import UI_WORDS

BODY = ("The city council approved the new harbour budget after a three-hour debate that ran late.\n\n"
        "Councillor Ada Brenner said the vote was the closest the council had seen in a decade.")


@pytest.mark.parametrize(("line", "names"), [
    ("By Ola Berg", ["Ola Berg"]),
    ("BY OLA BERG [ola.berg@gazette.example]", ["Ola Berg"]),
    ("By Ola Berg and Kim Wu", ["Ola Berg", "Kim Wu"]),
    ("By Ola Berg, Staff Writer", ["Ola Berg"]),
    ("Bo Sa-yun", ["Bo Sa-yun"]),
    ("• MARIA VAN DER BERG", ["Maria Van Der Berg"]),
    ("By the Associated Press", []),
    ("By TOM VALE Associated Press", ["Tom Vale"]),
    ("By Ola Berg | Reuters", ["Ola Berg"]),
    ("ola.berg@gazette.example (Ola Berg)", ["Ola Berg"]),
    ("North Korea", []),
    ("Home News", []),
    ("The council met on Monday.", []),
])
def test_person_names(line: str, names: list[str]) -> None:
    assert person_names(line.lstrip("• ")) == names


@pytest.mark.parametrize(("line", "iso"), [
    ("September 13, 2023", "2023-09-13"),
    ("Sept. 13, 2023", "2023-09-13"),
    ("13 September 2023", "2023-09-13"),
    ("2023-09-13", "2023-09-13"),
    ("Published September 13, 2023 | Last updated Sept 15, 2023 Share Email", "2023-09-13"),
    ("Updated: Sept. 14, 2023 10:21 a.m. | Published: Sept. 13, 2023", "2023-09-13"),
    ("Posted on 2025/03/11 at 14:05", "2025-03-11"),
    ("Wednesday, September 13, 2023", "2023-09-13"),
    ("Sept. 13, 2023, 9:41 a.m. ET", "2023-09-13"),
    ("The council met on September 13, 2023 to vote.", None),
])
def test_date_lines(line: str, iso: str | None) -> None:
    assert (date_line(line, UI_WORDS) or "")[:10] == (iso or "")


@pytest.mark.parametrize(("text", "name"), [
    ("Reuters", "Reuters"), ("REUTERS", "Reuters"), ("(AP)", "AP"), ("The Associated Press", "AP"),
    ("AFP", "AFP"), ("Yonhap", "Yonhap"), ("Harbour Gazette", None),
])
def test_agency_names(text: str, name: str | None) -> None:
    assert agency(text) == name


@pytest.mark.parametrize(("line", "outlet"), [
    ("The Korea Herald", "The Korea Herald"), ("Harbour Gazette", "Harbour Gazette"),
    ("Ola Berg", None), ("The Harbour Gazette reported the vote.", None),
])
def test_outlet_lines(line: str, outlet: str | None) -> None:
    assert outlet_name(line) == outlet


HEADER = "Harbour budget passes after late-night vote\n\nCouncil split on ferry subsidies and dredging costs\n\n"


@pytest.mark.parametrize(("text", "field", "value"), [
    (HEADER + BODY, "title", "Harbour budget passes after late-night vote"),
    (HEADER + BODY, "subtitle", "Council split on ferry subsidies and dredging costs"),
    (BODY, "title", None),
    ("PORTVALE, Norland (Reuters) - " + BODY, "dateline", "PORTVALE"),
    ("PORTVALE, Norland (Reuters) - " + BODY, "credit", "Reuters"),
    ("NEW YORK, Nov. 19 (UPI) — " + BODY, "dateline", "NEW YORK"),
    ("SEOUL – " + BODY, "credit", None),
    ("PORTVALE ― " + BODY, "dateline", "PORTVALE"),
    (BODY + " ― Reuters", "credit", "Reuters"),
    (BODY + " REUTERS", "credit", "Reuters"),
    (BODY + "\n\n(With reporting from Reuters)", "credit", "Reuters"),
    (BODY + "\n\nThe Associated Press contributed to this report.", "credit", None),
    ("By Ola Berg, Associated Press\n\n" + BODY, "credit", "AP"),
    ("By Ola Berg, Associated Press\n\n" + BODY, "byline", ["Ola Berg"]),
    (BODY + "\n\nLog in to your account to connect with the Harbour Gazette", "outlet", "Harbour Gazette"),
    ("The Harbour Gazette\n\n" + BODY, "outlet", "The Harbour Gazette"),
])
def test_metadata_found_in_text(text: str, field: str, value: str | None) -> None:
    found = clean_text(text, None, CleanConfig()).found
    assert getattr(found, field) == value


def test_dateline_and_credit_leave_the_body_whole() -> None:
    cleaned = clean_text("PORTVALE, Norland (Reuters) - " + BODY + " REUTERS", None, CleanConfig())
    assert "\n\n".join(cleaned.paragraphs) == BODY
    assert [(r.reason, r.text) for r in cleaned.removed] == [
        ("dateline", "PORTVALE, Norland (Reuters) -"), ("credit", "REUTERS")]


def test_container_metadata_wins_and_an_agency_author_is_a_credit() -> None:
    raw = RawArticle(id="x", source="x.json", format="json", text="Wrong title here\n\n" + BODY,
                     title="Wrong title here", outlet="Harbour Gazette", published="11 March 2025",
                     byline=("Reuters",))
    article = clean_article(raw, CleanConfig())
    assert (article.title, article.outlet, article.published, article.byline, article.credit) == (
        "Wrong title here", "Harbour Gazette", "2025-03-11", [], "Reuters")
    assert not article.text.startswith("Wrong title")


def test_a_lone_paragraph_is_body_not_a_title() -> None:
    line = "Harbour traffic resumed at noon after divers cleared the wreck from the channel."
    cleaned = clean_text(line, None, CleanConfig())
    assert (cleaned.found.title, cleaned.paragraphs) == (None, [line])


@pytest.mark.parametrize("text", [
    "2024-03-05T08:15:00+01:00", "2024-03-05T08:15:00Z", "2024-03-05 08:15", "2024-03-05T08:15:00.250+0000",
    "2024-03-05T08:15",
])
def test_iso_dates_read_directly_agree_with_dateparser(text: str) -> None:
    import dateparser

    from newsprism.clean.metadata import parse_date

    slow = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    assert slow is not None
    assert parse_date(text) == slow.isoformat()


TOP = "Two hurt in east side shooting\n\n"


@pytest.mark.parametrize(("text", "iso", "shape"), [
    (TOP + "Published: Thursday, 10/13/2016 - Updated: 3 days ago\n\n" + BODY, "2016-10-13", "date-line"),
    (TOP + "Posted: Dec 3, 2015 4:21 PM EST\n\n" + BODY, "2015-12-03", "date-line"),
    (TOP + "Updated 10:32 AM ET, Wed December 2, 2015\n\n" + BODY, "2015-12-02", "date-line"),
    ("Two hurt in shooting Posted: Saturday, December 27, 2014 3:10 PM EST Updated: Tuesday, December 30, "
     "2014 9:05 AM EST\n\n" + BODY, "2014-12-27", "labelled"),
    (TOP + "by: Ola Berg Updated: Oct 24, 2016 - 1:48 AM\n\n" + BODY, "2016-10-24", "labelled"),
    (TOP + "By Ola Berg in News | November 22, 2016 at 3:14PM\n\n" + BODY, "2016-11-22", "byline"),
    ("Police blotter, Dec. 19, 2016\n\n" + BODY, "2016-12-19", "title"),
    (TOP + "(10/31/16) - " + BODY, "2016-10-31", "dateline"),
    # a two-digit year after a publication label, also behind a source note
    (TOP + "from www.portvale-news.example - Posted 01/31/15\n\n" + BODY, "2015-01-31", "labelled"),
    (TOP + "Updated: 3/4/16 4:12 PM\n\n" + BODY, "2016-03-04", "labelled"),
    (TOP + "Published 7:45 p.m. ET Dec. 3, 2016 | Updated 9:12 a.m. ET Dec. 4, 2016\n\n" + BODY, "2016-12-03",
     "date-line"),
    (TOP + "Posted on: 3 December 2015\n\n" + BODY, "2015-12-03", "date-line"),
    (TOP + "Last Updated: Thursday, 2016-03-17 14:02\n\n" + BODY, "2016-03-17", "date-line"),
    (TOP + "PORTVALE, Ore. (Nov. 18, 2015)— " + BODY, "2015-11-18", "dateline"),
])
def test_publication_date_shapes(text: str, iso: str, shape: str) -> None:
    from newsprism.clean.dates import publication_date

    found = publication_date(text)
    assert found is not None and (found.iso[:10], found.shape) == (iso, shape)


@pytest.mark.parametrize("text", [
    # a fact box's incident date
    BODY + "\n\nIncident Information\n\nDate – February 11th, 2016\n\nType – Shooting\n\nWeapon – Handgun",
    # a video's caption stamp and an embedded post
    "The mayor spoke at the vigil outside the library. (Published Monday, June 8, 2016)\n\n" + BODY,
    TOP + "Six shots were fired near the school. — Ada Brenner (@adabrenner) July 8, 2016\n\n" + BODY,
    # a photo caption with a time and a date
    TOP + "Flight 12 leaves the gate at 11:05 a.m., March 3, 2016. (Photo: Ola Berg)\n\n" + BODY,
    # an article marking three weeks since an event is not dated on the event
    TOP + "Tuesday marked three weeks since the March 1, 2016 shooting that left two men hurt on the east side "
          "of the city, and the families are still waiting for answers from the police.\n\n" + BODY,
    # a birth date in a list, and a date below the top
    TOP + "10/12/1952\n\n" + BODY,
    # a two-digit-year date with no publication label, and an impossible one after a label
    TOP + "Case number 1/31/15 was filed\n\n" + BODY,
    TOP + "Published: 13/45/15\n\n" + BODY,
    TOP + "\n\n".join([BODY.replace("\n\n", " and ")] * 12) + "\n\nPublished: March 3, 2016",
])
def test_dates_that_are_not_the_publication_date(text: str) -> None:
    from newsprism.clean.dates import publication_date

    assert publication_date(text) is None


def test_the_article_takes_the_stated_date_not_the_fact_box() -> None:
    text = (TOP + "Updated: Apr 26, 2016 - 2:40 PM\n\n" + BODY
            + "\n\nIncident Information\n\nDate – February 11th, 2016\n\nType – Shooting")
    article = clean_article(RawArticle(id="x", source="x.txt", format="text", text=text), CleanConfig())
    assert (article.published or "")[:10] == "2016-04-26"


@pytest.mark.parametrize(("text", "iso"), [
    # an update stamp above the publication stamp: the earlier one is the publication
    (TOP + "Updated: March 5, 2016 9:00 AM\n\nPosted: March 3, 2016 8:00 PM\n\n" + BODY, "2016-03-03"),
    # a live blog's entries: the earliest stamp, not the newest entry's
    (TOP + "UPDATE March 5, 2016: The second man left the hospital.\n\nPosted: March 3, 2016\n\n" + BODY,
     "2016-03-03"),
    (TOP + "UPDATE 3/5/2016 8:10 a.m.: The man was charged.\n\nUPDATE 3/4/2016 9:00 p.m.: A man was held.\n\n"
     + BODY, "2016-03-04"),
])
def test_the_earliest_stamp_at_the_top_is_the_publication(text: str, iso: str) -> None:
    from newsprism.clean.dates import publication_date

    found = publication_date(text)
    assert found is not None and found.iso[:10] == iso


@pytest.mark.parametrize("text", [
    "The ferry leaves on 3 March 2130 GMT and docks at dawn",
    "Departure: March 3 1700 GMT",
])
def test_four_digits_with_a_time_zone_are_a_time_not_a_year(text: str) -> None:
    from newsprism.clean.metadata import dates_in, parse_date

    assert dates_in(text) == []
    assert parse_date(text.split(": ")[-1]) is None


@pytest.mark.parametrize("name, canonical", [
    ("Thomson Reuters", "Reuters"), ("Press Trust of India", "PTI"), ("The Canadian Press", "The Canadian Press"),
    ("Portvale Press", None),
])
def test_an_agencys_full_name_is_the_agency(name: str, canonical: str | None) -> None:
    assert agency(name) == canonical
