"""Round 23's faults of reading, mended after its scoring (session 24): a group named in the
possessive ("children's warts") is the figure's population, and a dateline that names only its
month ("Issued: June 2025") dates the page, so "twelve years ago" on it is 2013."""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.extract.mentions.context import words
from factcheck.extract.subjects.roles import population_of

_STAMP = datetime.datetime(2026, 3, 2, 12, tzinfo=datetime.UTC).timestamp()


def _conflicts(tmp_path: Path, first: str, second: str) -> list[tuple[str, ...]]:
    """The values of each conflict `check` reports on two documents, zero-config."""
    docs = []
    for name, text in (("a.md", first), ("b.md", second)):
        doc = tmp_path / name
        doc.write_text(text, encoding="utf-8")
        os.utime(doc, (_STAMP, _STAMP))
        docs.append(str(doc))
    claims = tmp_path / "claims.yaml"
    extracted = CliRunner().invoke(main, ["extract", *docs, "-o", str(claims)])
    assert extracted.exit_code == 0, extracted.output
    checked = CliRunner().invoke(main, ["check", str(claims), "--format", "json"])
    assert checked.exit_code in (0, 1), checked.output
    report = json.loads(checked.stdout)
    values = {c["id"]: c["value"]["text"] for c in report["claims"]}
    return sorted(
        tuple(sorted(values[i] for i in f["claims"]))
        for f in report["findings"]
        if f["kind"] == "conflict"
    )


@pytest.mark.parametrize(
    ("clause", "population"),
    [
        ("Roughly 30% of children's ear infections settle", "children"),
        ("most teenagers’ acne clears", "adolescents"),
        ("about half of ear infections in children settle", "children"),
        ("the clinic's waiting list is 12 weeks", ""),
        # One person's, not the group's: the reader's child.
        ("Do not start it without asking your child's doctor first", ""),
        ("a baby's dose is 2 ml", "infants"),
    ],
)
def test_a_group_named_in_the_possessive_is_the_population(clause: str, population: str) -> None:
    assert population_of(words(clause), []) == population


def test_a_share_of_childrens_cases_meets_a_share_of_cases_in_children(tmp_path: Path) -> None:
    found = _conflicts(
        tmp_path,
        "# Ear clinic\n\nRoughly 30% of children's ear infections settle without antibiotics"
        " within three days.\n",
        "# Ear infections\n\nAbout half of ear infections in children settle without antibiotics"
        " within three days.\n",
    )
    assert ("~30%", "~50%") in found


@pytest.mark.parametrize(("year", "conflict"), [("2013", False), ("2012", True), ("2014", True)])
def test_twelve_years_ago_counts_back_from_the_month_the_leaflet_was_issued(
    tmp_path: Path, year: str, conflict: bool
) -> None:
    # The leaflet's file is of 2026; its dateline says June 2025, so twelve years back is 2013.
    found = _conflicts(
        tmp_path,
        f"# About us\n\nOur ear clinic opened in {year} and now sees patients every weekday.\n",
        "HOLLIN ROAD PHARMACY\nPatient leaflet 12\nIssued: June 2025   Review due: June 2027\n\n"
        "The Hollin Road ear clinic, which opened twelve years ago, sees children on weekdays.\n",
    )
    assert (found == [("12 years ago", year)]) is conflict, found
    written = (tmp_path / "claims.yaml").read_text(encoding="utf-8")
    assert "date: '2025-06'" in written
