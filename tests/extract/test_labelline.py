"""One reader of a line "Label: value" (mentions.labelline): the counted noun of a label, a
key-facts box's lines and a drafted label all read lines with it; a table column's heading is
the table reader's (text.tables), whoever asks.
"""

from __future__ import annotations

import pytest

from factcheck.extract.grouping.boxes import box_lines
from factcheck.extract.mentions.labelline import label_line
from factcheck.extract.subjects.settings import column_role
from factcheck.text.tables import tables_of
from tests.extract.test_naming import labels


def head(line: str, value: str, **bounds: int | bool) -> str | None:
    """The label ``label_line`` reads before ``value`` in ``line``, or None."""
    found = label_line(line, 0, line.index(value), **bounds)  # type: ignore[arg-type]
    if found is not None:
        assert found.value == line.index(value)
    return None if found is None else found.label


@pytest.mark.parametrize(
    ("line", "value", "label"),
    [
        ("Homes destroyed: 83", "83", "Homes destroyed"),
        ("- Area burned: 14,200 hectares", "14,200", "Area burned"),
        ("* Lanes: eight", "eight", "Lanes"),
        ("+ Lanes: eight", "eight", "Lanes"),
        ("• Seats won: 24", "24", "Seats won"),
        ("  - **Area burned:** 14,200 hectares", "14,200", "Area burned"),
        ("__Speakers__: 24", "24", "Speakers"),
        ("| Seats won | 24 |", "24", "Seats won"),
        ("Platforms - four", "four", "Platforms"),
        ("Charging bays – ten", "ten", "Charging bays"),
        ("Staff on site — 40", "40", "Staff on site"),
        ("Area (hectares): 14,200", "14,200", "Area (hectares)"),
        ("Votes, Civic Union: 301,522", "301,522", "Votes, Civic Union"),
        ("Children’s places: 30", "30", "Children’s places"),
        ("In/out patients: 30", "30", "In/out patients"),
    ],
)
def test_a_line_s_label_is_read_before_its_value(line: str, value: str, label: str) -> None:
    assert head(line, value) == label


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Ward 3: 24 beds", "24"),  # a figure in the label
        ("The council said on Monday that the total was: 83", "83"),  # prose, 10 words
        ("Homes destroyed: 83 and 12 damaged", "12"),  # the value is not right after the colon
        ("Homes destroyed83", "83"),  # no separator
        ("Platforms- four", "four"),  # a hyphen is part of a word, no dash
        ("Note: see below: 5", "5"),  # two colons: the second is inside the value
    ],
)
def test_no_label_where_the_line_is_no_label_s(line: str, value: str) -> None:
    assert head(line, value) is None


def test_each_caller_bounds_its_label_s_words_and_separators() -> None:
    line = "Total length, including approach viaducts: 810 m"
    assert head(line, "810") == "Total length, including approach viaducts"
    assert head(line, "810", words=3) is None
    assert head("Rest for a while - 10 minutes", "10") == "Rest for a while"
    assert head("Rest for a while - 10 minutes", "10", colon=True) is None
    assert head("| Seats | 24 |", "24", colon=True) is None


def test_without_an_end_the_value_starts_after_the_separator() -> None:
    text = "Intro\n- **Homes destroyed:** 83 (up from 70)\n"
    found = label_line(text, 6, words=3)
    assert found is not None
    assert (found.label, text[found.value :].split()[0]) == ("Homes destroyed", "83")


TABLE = (
    "Results by party\n\n"
    "| Party | Seats | Default |\n"
    "|---|:---:|---|\n"
    "| Civic Union | 24 | 4 |\n"
    "| Liberal Reform | 7 | 5 |\n"
)


def column_heading(text: str, start: int) -> str | None:
    """The heading over the table cell that holds ``start``, None outside tables' cells."""
    placed = tables_of(text).at(start)
    return None if placed is None else placed.column_header


def test_a_table_cell_s_column_heading() -> None:
    assert column_heading(TABLE, TABLE.index("7 |")) == "Seats"
    assert column_heading(TABLE, TABLE.index("5 |")) == "Default"
    assert column_role(TABLE, (TABLE.index("5 |"), TABLE.index("5 |") + 1)) == "default"
    assert column_role(TABLE, (TABLE.index("7 |"), TABLE.index("7 |") + 1)) == ""
    # Not in a table row; rows with no separator row are no table; a cell past the heading's.
    assert column_heading(TABLE, TABLE.index("party")) is None
    rows = "| Civic Union | 24 |\n| Liberal Reform | 7 |\n"
    assert column_heading(rows, rows.index("7")) is None
    wide = "| Party |\n|---|\n| Civic Union | 24 |\n"
    assert column_heading(wide, wide.index("24")) == ""


def test_a_table_s_heading_is_read_however_long_the_table() -> None:
    rows = "".join(f"| Region {n} | {n} |\n" for n in range(1, 200))
    text = "| Region | Branches |\n|---|---|\n" + rows
    assert column_heading(text, text.rindex("199 |")) == "Branches"


def test_a_box_of_bold_labels_is_a_box_and_a_config_block_is_not() -> None:
    bold = "At a glance\n**Area burned:** 14,200 ha\n**Homes destroyed:** 83\n**Crews:** 40\n"
    assert [label for _, _, label in box_lines(bold)] == ["area", "home", "crew"]
    config = "inputs:\n  - type: file\n    path: /var/log/app.log\n    tag: app\n    port: 5514\n"
    assert box_lines(config) == []
    long = (
        "Registered electors on the final register: 1,284,600\n"
        "Ballot papers cast at polling stations and by post: 812,430\n"
        "Rejected ballot papers: 8,315\n"
    )
    assert len(box_lines(long)) == 3


def test_a_fact_line_s_label_keeps_its_comma_and_bold() -> None:
    drafted = labels(
        "Key numbers\nTotal length, including approach viaducts: 810 m\n- **Homes destroyed:** 83\n"
    )
    assert drafted["810 m"] == "Total length, including approach viaducts"
    assert drafted["83"] == "Homes destroyed"
