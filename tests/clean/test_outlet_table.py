"""clean/data/outlets.tsv, the domain table clean/outlet_table.py reads: every row well formed and once."""

from __future__ import annotations


def test_the_domain_table_rows_are_well_formed() -> None:
    from importlib.resources import files

    text = files("newsprism.clean").joinpath("data/outlets.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert all(len(row) == 3 and row[2] in ("curated", "allsides") for row in rows)
    assert all(row[0] == row[0].lower().strip() and "." in row[0] and row[1].strip() == row[1] for row in rows)
    keys = [(row[0], row[2]) for row in rows]
    assert len(keys) == len(set(keys))
