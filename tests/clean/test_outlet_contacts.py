"""clean/outlet_contacts.py: a staff address whose name spells the paper names it (contact_names).

Every text here was written for these tests: made-up call letters, outlets, places and people."""

from __future__ import annotations

from crawled_page import BODY, outlet_of

from newsprism.clean.outlet_contacts import contact_names


def test_a_name_spelling_a_staff_address_names_the_paper() -> None:
    lines = ["The family was featured in a 2014 story in the Portvale Eagle.",
             "Contact Jane Roe: 555-0100 or jroe@portvaleeagle.com."]
    assert contact_names(lines) == ["Portvale Eagle"]
    assert contact_names(["Reach The Portvale Eagle at news@portvaleeagle.com."]) == ["The Portvale Eagle"]
    assert contact_names([lines[0], "Contact Jane Roe at jroe@example.com."]) == []  # no name spells the domain
    assert contact_names(["Write to Jane Roe at jane@janeroe.com."]) == []  # a person's own site
    assert contact_names(["Portvale police ask for tips at tips@portvale.com."]) == []  # one plain word: a place
    assert contact_names(["KZZQ has the video; send yours to news@kzzq.com."]) == ["KZZQ"]
    page = f"Family mourns\n\n{BODY}\n\n{lines[0]}\n\n{lines[1]}"
    assert outlet_of(page) == ("Portvale Eagle", "email")
