"""A relative change said as a percentage or as a multiple is drafted in one form, a percent
change with its direction (``extract.mentions.relative``), and `check` anchors both wordings."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import check, load
from factcheck.extract.drafts import draft_claims
from factcheck.report.results import Status
from tests.common import WORDS, conflicting_values, extract_and_check, write


def _changes(text: str) -> list[tuple[str, str | None]]:
    """Each draft's value and ``change`` context."""
    return [(d.value, d.subject.context.get("change")) for d in draft_claims("doc", text, WORDS)]


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        # A percentage said as a change, as before.
        ("Over the nine days, ambulance calls were 35% higher than in a normal July week.",
         "35%", "up"),
        ("Admissions fell by 25% after the clinic opened.", "25%", "down"),
        # A multiple said as a rise or a comparison with a baseline: the rise it is.
        ("Ambulance calls over the heatwave were nearly double those in an ordinary July week.",
         "~100%", "up"),
        ("Sleeping in lenses raised the risk of keratitis about sixfold.", "~500%", "up"),
        ("Sleeping in lenses carries eight times the risk of a serious infection.", "700%", "up"),
        ("The number of claims doubled in the first week.", "100%", "up"),
        ("Shoplifting reports have tripled since 2019.", "200%", "up"),
        ("Smokers were three times as likely to relapse.", "200%", "up"),
        ("Night-shift workers were 1.5 times more likely to report poor sleep.", "50%", "up"),
        ("The survey found a fourfold increase in cases.", "300%", "up"),
        ("Visits were twice the usual number for the time of year.", "100%", "up"),
        # A fall said as a multiple or as what is left: the fall.
        ("Daily sunscreen roughly halved the risk of melanoma.", "~50%", "down"),
        ("The risk of a fall fell threefold in the first week.", "66.7%", "down"),
        ("Car journeys into the centre fell to a third of their old level.", "66.7%",
         "down"),
        ("Daily users had half as many melanomas.", "50%", "down"),
        # "by a third" is the fall it says, not what is left.
        ("Car journeys into the centre fell by a third.", "33.3%", "down"),
    ],
)  # fmt: skip
def test_a_relative_change_is_a_percent_change_with_its_direction(
    text: str, value: str, change: str
) -> None:
    assert (value, change) in _changes(text), _changes(text)


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        # A share of people is no change.
        ("About 35% of patients reported side effects.", "~35%", None),
        # How often is a count, and a dose named by another is no change of a measure.
        ("Take the tablets twice a day with food.", "twice a day", None),
        ("Do not take double the dose to make up for a missed one.", "2", None),
        ("The dose is about eight times the daily dietary requirement.", "~8", None),
        # The bound of a range stays a bound, no change.
        ("Waits can be up to twice as long at weekends.", "<=2", None),
        ("Discounts of up to 40% are available.", "<=40%", None),
    ],
)  # fmt: skip
def test_look_alikes_are_no_percent_change(text: str, value: str, change: str | None) -> None:
    drafted = _changes(text)
    assert (value, change) in drafted, drafted
    assert not any(c for v, c in drafted if v.endswith("%") and v != value)


def test_a_percentage_and_a_multiple_of_one_change_disagree_in_check(tmp_path: Path) -> None:
    # heatwave d13: "35% higher" and "nearly double" the calls of a normal July week.
    _claims, report = extract_and_check(
        tmp_path,
        {
            "council.md": "# Heatwave\n\nOver the nine days, ambulance calls were 35% higher "
            "than in a normal July week.\n",
            "courier.md": "# Heatwave\n\nAmbulance calls over the heatwave were nearly double "
            "those in an ordinary July week, according to figures from the ambulance service.\n",
        },
    )
    assert ("35%", "~100%") in conflicting_values(report), report["findings"]
    assert not [f for f in report["findings"] if f["kind"] == "unanchored"]


def test_a_multiple_and_its_percentage_agree_in_check(tmp_path: Path) -> None:
    # "doubled" and "rose 100%" state one change: no conflict, and both anchor.
    claims, report = extract_and_check(
        tmp_path,
        {
            "a.md": "# Cycling\n\nThe number of cycle journeys across the bridge doubled "
            "after the new lane opened.\n",
            "b.md": "# Cycling\n\nCycle journeys across the bridge rose 100% after the new lane "
            "opened.\n",
            "c.md": "# Cycling\n\nCycle journeys across the bridge fell to half after the "
            "toll came in.\n",
        },
    )
    values = sorted(c["value"] for c in claims["claims"])
    assert values.count("100%") == 2, values
    assert conflicting_values(report) == [], report["findings"]
    assert not [f for f in report["findings"] if f["kind"] == "unanchored"]


@pytest.mark.parametrize(
    ("value", "change", "quote", "anchored"),
    [
        ("100%", "up", "Cycle journeys doubled after the lane opened", True),
        ("~100%", "up", "calls were nearly double those in an ordinary July week", True),
        ("500%", "up", "raised the risk of keratitis about sixfold", True),
        ("50%", "down", "roughly halved our bill", True),
        ("66.7%", "down", "journeys fell to a third of their old level", True),
        ("66.7%", "down", "the risk fell threefold", True),
        # Without the change key the claim states a level: "doubled" says no 100 %.
        ("100%", None, "Cycle journeys doubled after the lane opened", False),
        # A rise is read from a multiple above one only, a fall never as a rise.
        ("100%", "down", "Cycle journeys doubled after the lane opened", False),
        ("300%", "up", "Cycle journeys doubled after the lane opened", False),
    ],
)
def test_check_reads_a_percent_change_from_a_multiple(
    tmp_path: Path, value: str, change: str | None, quote: str, anchored: bool
) -> None:
    context = f", context: {{change: {change}}}" if change else ""
    root = write(
        tmp_path,
        {
            "a.md": f"In short, {quote}.\n",
            "claims.yaml": "version: 1\nsources:\n  - {id: a, path: a.md}\nsubjects:\n"
            "  - {id: s, unit: '%'}\nclaims:\n"
            f"  - {{id: c, source: a, subject: s, value: '{value}', quote: '{quote}'{context}}}\n",
        },
    )
    report = check(load(root))
    assert (report.results["c"].status is not Status.UNANCHORED) is anchored, [
        f.message for f in report.findings
    ]


@pytest.mark.parametrize(
    ("text", "value", "against"),
    [
        ("Over the nine days, ambulance calls were 35% higher than in a normal July week.",
         "35%", "week"),
        ("Ambulance calls over the heatwave were nearly double those in an ordinary July week.",
         "~100%", "week"),
        ("Ambulance calls in Marrowby were up 35 percent on a normal July week.", "35%", "week"),
        ("Average demand was roughly a third higher than a normal summer day.", "~33.3%", "day"),
        ("Revenue of EUR 412.6 million, up 7.4% on the same quarter last year.", "7.4%", "year"),
        ("Sales grew 4.7% from a year earlier.", "4.7%", "year"),
        ("Shoplifting reports were double the 2019 figure.", "100%", "2019"),
        ("Its share of the vote rose by 6 points compared with 2021.", "6 percentage_point",
         "2021"),
        # No baseline: the level before ("from £165 in 2025"), the time the change took.
        ("Weekend tickets were £189 this year, up 14.5% from £165 in 2025.", "14.5%", None),
        ("Expect to put on 5 to 6 pounds of water weight in the first week.", "5-6 lb", None),
        ("Sales rose 5% to $10.", "5%", None),
    ],
)  # fmt: skip
def test_a_change_keeps_its_baseline_by_its_period(
    text: str, value: str, against: str | None
) -> None:
    drafted = {d.value: d.subject.context for d in draft_claims("doc", text, WORDS)}
    assert drafted[value].get("change"), drafted
    assert drafted[value].get("baseline") == against, drafted


def test_changes_from_two_baselines_are_not_compared(tmp_path: Path) -> None:
    # "35% higher than last year" and "double the 2019 figure" are two changes, not one.
    _claims, report = extract_and_check(
        tmp_path,
        {
            "a.md": "# Shoplifting\n\nShoplifting reports in the town were 35% higher than "
            "last year.\n",
            "b.md": "# Shoplifting\n\nShoplifting reports in the town were double the 2019 "
            "figure.\n",
        },
    )
    assert conflicting_values(report) == [], report["findings"]
