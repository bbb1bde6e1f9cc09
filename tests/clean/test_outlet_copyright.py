"""clean/outlet_copyright.py: the outlet a copyright line names (copyright_names): a parent company's line,
a site's domain, a closing year; a picture's copyright mark is no page copyright.

Every text here was written for these tests: made-up call letters, outlets, places and people."""

from __future__ import annotations

import pytest

from newsprism.clean.outlet_copyright import copyright_names


@pytest.mark.parametrize(("line", "names", "wires"), [
    ("© 2016 Portvale Television Inc., on behalf of KZZQ-TV. All rights reserved.", ["KZZQ-TV"], []),
    ("Copyright 2016 Portvale Inc., KZZQ-TV Portvale. All Rights Reserved.", ["KZZQ-TV"], []),
    ("Copyright 2014 (KZZQ Broadcasting Corporation). All Rights Reserved.", ["KZZQ"], []),
    ("Copyright 2017 KZZQ-KZZR Broadcasting Corporation. All rights reserved.", ["KZZQ"], []),
    ("Copyright 2016 KZZQ Media. All rights reserved.", ["KZZQ"], []),
    ("© Copyright 2014 by CBS Portvale and Bay City News Service. All rights are reserved.", ["CBS Portvale"],
     ["Bay City News"]),
    ("Copyright 2016 The Post and Courier", ["The Post and Courier"], []),
    ("© 2016 Portvale Media Group.", [], []),  # the owner alone
    ("Copyright 2016 Portvale Radio Inc. and its relevant subsidiaries.", [], []),
])
def test_a_parent_companys_copyright_line_names_the_station(line: str, names: list[str], wires: list[str]) -> None:
    assert copyright_names(line) == (names, wires)


@pytest.mark.parametrize("line, names", [
    ("Copyright 2016 by KZZQ Local7.com - All rights reserved.", ["KZZQ Local7.com"]),
    ("Copyright 2016 by Portvale.com. All rights reserved.", ["Portvale.com"]),
    ("© 2016 KZZQ. All rights reserved.", ["KZZQ"]),
])
def test_a_copyright_keeps_the_sites_domain(line: str, names: list[str]) -> None:
    assert copyright_names(line)[0] == names


def test_a_pictures_copyright_mark_is_no_page_copyright() -> None:
    assert copyright_names("Image copyright Portvale Photo Agency Image caption The pier after the storm") == ([], [])
    assert copyright_names("Copyright 2019 KZZQ. All rights reserved.") == (["KZZQ"], [])


@pytest.mark.parametrize("line, names", [
    ("© Portvale Chronicle Ltd 2019", ["Portvale Chronicle"]),  # the paper's own company
    ("(c) Portvale Chronicle 2019", ["Portvale Chronicle"]),  # a name and a year close the line after '(c)'
    ("(c) Subsection 4 applies to every pilot licensed before 2019", []),  # a list item, no mark
    ("© Portvale Media Ltd 2019", []),  # an owning company
    ("© Portvale Radio Ltd 2019", []),  # a company owning stations
])
def test_a_papers_company_and_a_closing_year_mark_its_copyright(line: str, names: list[str]) -> None:
    assert copyright_names(line)[0] == names
