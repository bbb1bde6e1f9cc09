"""Publication dates on crawled pages read as text: the stamp shapes pages use, and the dates that are not one.

Every text here was written for these tests (made-up towns, people and outlets).
"""

from __future__ import annotations

import pytest

from newsprism.clean.dates import publication_date, top_lines

LEAD = ("Police in Portvale are investigating gunfire that wounded two men outside a corner shop on Kade Street "
        "late on Saturday night, officers said on Sunday morning.")
MORE = "Investigators asked anyone who saw the gunfire to phone the department's tips number without delay."
BODY = f"{LEAD}\n\n{MORE}"
TITLE = "Two hurt in east side shooting\n\n"


@pytest.mark.parametrize(("text", "iso", "shape"), [
    # a headline after a colon above the stamp, and a dateline's dash below it: neither is a fact box
    ("Police: Two hurt in shooting\n\nPolice: Two hurt in shooting Posted: Friday, June 3, 2016 9:12 AM EDT "
     "Updated: Monday, June 13, 2016 1:00 PM EDT\n\n" + BODY, "2016-06-03", "labelled"),
    (TITLE + "Updated: Oct 4, 2016 - 7:20 PM\n\nPORTVALE - " + BODY, "2016-10-04", "date-line"),
    # a title with a colon and a short rest above the stamp: a headline, not a fact box's row
    ("Portvale Shooting: Teen killed at Elm Middle School\n\nUpdated: Mar 8, 2017 - 11:20 PM\n\nPORTVALE - " + BODY,
     "2017-03-08", "date-line"),
    # a clock time before the date, a poster's name before it
    (TITLE + "Posted 3:57 AM, May 6, 2015, by Ola Berg and Ada Brenner\n\n" + BODY, "2015-05-06", "labelled"),
    (TITLE + "Updated at 6:48 pm, November 28th, 2016 By: Ola Berg, Portvale Now\n\n" + BODY, "2016-11-28",
     "labelled"),
    (TITLE + "Posted by Ola Berg on 05 Jan 2016\n\n" + BODY, "2016-01-05", "labelled"),
    # a dateline's date with a colon, a lead opening with its date and a dash
    ("PORTVALE, GA (August 2, 2015): " + BODY, "2015-08-02", "dateline"),
    (TITLE + "June 17, 2013 - " + BODY, "2013-06-17", "lead-date"),
    # a headline or a site's name ending in the date and time it was posted
    (TITLE + "Reason For Gunfire Unclear; Nobody Held June 21, 2013 2:44 PM\n\n" + BODY, "2013-06-21",
     "stamp-end"),
    (TITLE + "The Harbour Gazette | harbourgazette.example Sun Apr 21, 2013 9:14 PM\n\n" + BODY, "2013-04-21",
     "stamp-end"),
    # update stamps with a dash or with the time first
    (TITLE + "Update-- Dec. 8, 2015, 10:52 a.m.: A boy was arrested.\n\n" + BODY, "2015-12-08", "update"),
    (TITLE + "4:10 p.m. March 22, 2016 UPDATE:\n\n" + BODY, "2016-03-22", "update"),
    # a British stamp with the time after a dot
    (TITLE + "Tue 12 Oct 2021 10.33 BST\n\n" + BODY, "2021-10-12", "date-line"),
    # an update stamp with a two-digit year
    (TITLE + "UPDATE: 8/26/16 6:35 p.m. -\n\n" + BODY, "2016-08-26", "update"),
    (TITLE + "[UPDATE 8/4/16 @ 9:15p.m.]\n\n" + BODY, "2016-08-04", "update"),
])
def test_stamp_shapes_of_crawled_pages(text: str, iso: str, shape: str) -> None:
    found = publication_date(text)
    assert found is not None and (found.iso[:10], found.shape) == (iso, shape)


def test_an_update_above_the_dateline_leaves_the_dateline_as_publication() -> None:
    text = "Update (May 13, 2016) -- The boy's aunt was charged.\n\nPORTVALE, Ore. (April 20, 2016) – " + BODY
    found = publication_date(text)
    assert found is not None and found.iso[:10] == "2016-04-20"


@pytest.mark.parametrize("text", [
    # a date line below the lead: a press release quoted whole
    TITLE + BODY + "\n\nBelow is the news release in full:\n\nJanuary 9, 2017\n\n" + MORE,
    # an embedded social post ending with its poster and date
    TITLE + "I want to thank everyone for the support... Posted by Ola Berg on Sunday, July 24, 2016\n\n" + BODY,
    # a timeline: several lines open with a date and a dash
    TITLE + "Feb. 12, 2013 - Three people were hurt at a home in the suburb of Portvale, police said on "
            "Monday.\n\nMarch 3, 2013 - Two people were hurt at a shop in the city of Portvale, police said on "
            "Sunday.\n\n" + BODY,
    # a caption with the date and a time, then its credit
    TITLE + "Officers at the scene on Monday, July 11, 2016 at 3:12 PM (Photo: Ada Brenner)\n\n" + BODY,
    # a fact box whose value is short stays a fact box
    TITLE + "Date: February 14, 2017\n\nLocation: 2630 Harbour Rd.\n\nOffense: Murder\n\n"
    + BODY,
])
def test_dates_that_are_not_the_publication(text: str) -> None:
    assert publication_date(text) is None


def test_the_top_ends_with_the_lead() -> None:
    lines = ["Title", "Updated: Oct 4, 2016", LEAD, MORE, "January 9, 2017"]
    assert top_lines(lines) == 3
    assert top_lines(["Menu", "Home", "News"]) == 3
