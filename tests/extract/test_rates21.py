"""A count per period is not a count at a moment: "around 40 ships a week" is drafted with
``per: week`` in its context, so that it never meets "31 ships were waiting at anchor", nor a
count per another span; a year's count stays general, as a year's price does."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS, conflicting_values, extract_and_check


def _context(text: str, figure: str) -> dict[str, str]:
    """The proposed context of the draft whose figure is ``figure`` in ``text``."""
    drafts = {d.mention.text: d for d in draft_claims("p", text, WORDS)}
    assert figure in drafts, sorted(drafts)
    return dict(drafts[figure].subject.context)


@pytest.mark.parametrize(
    ("text", "figure", "per"),
    [
        ("The port normally handles around 40 ships a week.", "around 40 ships a week", "week"),
        ("The depot moves 1,200 containers a day.", "1,200 containers a day", "day"),
        ("The clinic saw 40 cases per month last winter.", "40 cases per month", "month"),
        ("Each hostel sleeps 60 guests a night.", "60 guests a night", "night"),
        ("Take one tablet a day with food.", "one tablet a day", "day"),
        ("Use no more than 8 lozenges in 24 hours.", "no more than 8 lozenges in 24 hours", "day"),
    ],
)
def test_a_count_per_span_keeps_its_span_in_the_context(text: str, figure: str, per: str) -> None:
    assert _context(text, figure).get("per") == per


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("By this morning, 31 ships were waiting at anchor.", "31 ships"),  # a moment's count
        ("The museum drew 80,000 visitors a year.", "80,000 visitors a year"),  # a year's: general
        ("The museum expects 250,000 visitors annually.", "250,000 visitors annually"),
        ("Take ibuprofen three times a day.", "three times a day"),  # how often: a label
        ("Oil was $58.24 a barrel on Monday.", "$58.24 a barrel"),  # money per a thing
        ("Take 4.5 mg daily at bedtime.", "4.5 mg daily"),  # a dose a day is the general dose
    ],
)
def test_other_figures_get_no_count_span(text: str, figure: str) -> None:
    assert "per" not in _context(text, figure)


def test_ships_a_week_do_not_conflict_with_ships_at_anchor(tmp_path: Path) -> None:
    # Round 17's strike look-alike: a week's traffic and the ships waiting now.
    claims, report = extract_and_check(
        tmp_path,
        {
            "company.md": "# Strike\n\nThe port normally handles around 40 ships a week.\n",
            "paper.md": "# Strike\n\nBy this morning, 31 ships were waiting at anchor in the "
            "bay.\n",
        },
    )
    drafted = {c["value"]: c for c in claims["claims"]}
    assert drafted["~40"]["context"] == {"per": "week"}
    assert "context" not in drafted["31"]
    assert conflicting_values(report) == [], report["findings"]


def test_counts_per_the_same_span_still_conflict(tmp_path: Path) -> None:
    claims, report = extract_and_check(
        tmp_path,
        {
            "a.md": "# Depot\n\nThe depot moves 1,200 containers a day.\n",
            "b.md": "# Depot\n\nThe depot moves 2,000 containers a day.\n",
        },
    )
    assert all(c.get("context") == {"per": "day"} for c in claims["claims"]), claims["claims"]
    assert conflicting_values(report) == [("1200", "2000")], report["findings"]


def test_counts_per_two_spans_are_not_converted(tmp_path: Path) -> None:
    # "up to 1,200 visitors a day" is a busy day's capacity, no 365th of a year's visitors; nor
    # is a week's count seven days' of a day's: periods stay apart.
    _claims, report = extract_and_check(
        tmp_path,
        {
            "a.md": "# Bridge\n\nThe bridge normally carries 31,000 vehicles a day.\n",
            "b.md": "# Bridge\n\nThe bridge normally carries about 210,000 vehicles a week.\n",
        },
    )
    assert conflicting_values(report) == [], report["findings"]


def test_a_years_count_meets_a_bare_count(tmp_path: Path) -> None:
    # "80,000 visitors a year" and "120,000 visitors" of one museum's attendance: one quantity.
    claims, report = extract_and_check(
        tmp_path,
        {
            "a.md": "# Museum\n\nThe museum drew 80,000 visitors a year.\n",
            "b.md": "# Museum\n\nThe museum drew 120,000 visitors.\n",
        },
    )
    assert all("context" not in c for c in claims["claims"]), claims["claims"]
    assert conflicting_values(report) == [("120000", "80000")], report["findings"]
