"""Figures of one quantity drafted in two families (issue family15): a count and a number whose
words name what it counts in other words, points of a share, and a winner's margin."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.grouping import similarity
from factcheck.extract.grouping.measures import measures
from factcheck.extract.mentions.find import find_mentions
from factcheck.extract.subjects import counted
from tests import common
from tests.common import WORDS


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("ships", "vessels", True),  # synonyms
        ("vessels", "ferries", True),  # a thing and a kind of it
        ("planes", "tankers", True),
        ("aircraft", "helicopters", True),
        ("fish", "neons", True),
        ("Voters", "electors", True),
        ("vehicles", "lorries", True),
        ("members", "councillors", True),
        ("homes", "households", True),
        # Two kinds of one thing, or two things, are two counts.
        ("helicopters", "tankers", False),
        ("cars", "vans", False),
        ("seats", "spaces", False),
        ("neons", "guppies", False),
        ("ships", "planes", False),
        ("homes", "buildings", False),
        ("staff", "nurses", False),
        ("students", "teachers", False),
    ],
)
def test_counts_of_one_thing_in_other_words(a: str, b: str, alike: bool) -> None:
    assert counted.alike(a, b) is alike
    assert counted.alike(b, a) is alike


def test_the_words_that_name_a_total() -> None:
    assert {"capacity", "seating"} <= counted.naming_words("seats")
    assert {"fleet", "vessels"} <= counted.naming_words("ships")
    assert {"fish", "shoal"} <= counted.naming_words("neons")
    assert "guppies" not in counted.naming_words("neons")  # another kind of fish
    assert counted.naming_words("tulips") == frozenset()


def draft(text: str, figure: str):  # type: ignore[no-untyped-def]
    """The draft of ``figure`` in ``text``."""
    [found] = [d for d in draft_claims("d", text, WORDS) if d.mention.text == figure]
    return found


@pytest.mark.parametrize(
    ("count", "number", "alike"),
    [
        (
            ("The 42,500-seat venue is set to open in 2028.", "42,500-seat"),
            ("The new ground will have a capacity of 45,000, the largest in the region.", "45,000"),
            True,
        ),
        (
            ("Some 1.4 million registered voters were eligible to take part.",
             "Some 1.4 million registered voters"),
            # (A label line, "Registered electors on the final register: 1,284,600", names
            # what it counts itself since boxes24: a count, not a number.)
            ("The final register of electors stands at 1,284,600.", "1,284,600"),
            True,
        ),
        (
            ("The port said 61 ships were waiting to enter.", "61 ships"),
            ("The operator's fleet stands at 74 after the sale.", "74"),
            True,
        ),
        # The number's words name something else: two counts.
        (
            ("The 42,500-seat venue is set to open in 2028.", "42,500-seat"),
            ("The club's membership reached 45,000 this season.", "45,000"),
            False,
        ),
        (
            ("The port said 61 ships were waiting to enter.", "61 ships"),
            ("The port's workforce stands at 74 after the cuts.", "74"),
            False,
        ),
    ],
)  # fmt: skip
def test_a_number_meets_a_count_whose_noun_its_words_name(
    count: tuple[str, str], number: tuple[str, str], alike: bool
) -> None:
    a, b = draft(*count), draft(*number)
    assert (a.mention.dimension, b.mention.dimension) == ("count", "number")
    assert similarity._counts_alike(a, b) is alike


def test_a_capacity_and_a_seat_count_on_two_pages_disagree(tmp_path: Path) -> None:
    data, report = common.extract_and_check(
        tmp_path,
        {
            "club.md": (
                "# Quayside Park\n\n"
                "| Facility | Figure |\n|---|---|\n"
                "| Capacity (football) | 42,500 seats for league and cup matches |\n"
            ),
            "paper.md": (
                "The new ground will have a capacity of 45,000, making it the largest stadium "
                "in the region.\n"
            ),
        },
    )
    subjects = {c["value"]: c["subject"] for c in data["claims"]}
    assert subjects["42500"] == subjects["45000"]
    conflicts = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert len(conflicts) == 1


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The Civic Union won by 11 points, taking 37.5% of the vote.", "11 points",
         "percentage_point"),
        ("The latest poll puts the coalition on 31%, down four points from last month.",
         "four points", "percentage_point"),
        ("Its share of the vote rose by 6 points compared with 2021.", "6 points",
         "percentage_point"),
        ("Turnout fell 3.5 points to 58%.", "3.5 points", "percentage_point"),
        # Points of another scale: an index, a game's score, a rating; or more than 100.
        ("The FTSE 100 closed down 58.4 points, or 0.7 per cent, at 8,214.6.", "58.4 points",
         "point"),
        ("Brennick scored 31 points and shot 45% from the field.", "31 points", "point"),
        ("She averaged 27.4 points this season.", "27.4 points", "point"),
        ("His credit score rose 40 points after the loan was repaid, a 6% gain.", "40 points",
         "point"),
        ("The index gained 150 points, up 2%.", "150 points", "point"),
    ],
)  # fmt: skip
def test_points_of_a_share_are_percentage_points(text: str, figure: str, unit: str) -> None:
    found = {m.text: m.unit for m in find_mentions(text, WORDS)}
    assert found[figure] == unit


@pytest.mark.parametrize(
    ("sentence", "figure", "idea"),
    [
        ("The Civic Union won by 11 points, taking 37.5% of the vote.", "11 points", "margin"),
        ("It finished ahead of the Green Alliance by 14.1 percentage points.",
         "14.1 percentage points", "margin"),
        ("Polls give Labour a lead of 6 points.", "6 points", "margin"),
        # A change of a share is no margin.
        ("Its share of the vote rose by 6 points compared with 2021.", "6 points", ""),
        ("The Civic Union took 37.5% of the vote, up 4.5 points on 2021.", "4.5 points", ""),
    ],
)  # fmt: skip
def test_a_winners_margin_in_points(sentence: str, figure: str, idea: str) -> None:
    start = sentence.index(figure)
    assert measures(sentence, [(start, start + len(figure))], ["percentage_point"]) == [idea]


def test_two_pages_margins_of_victory_disagree(tmp_path: Path) -> None:
    data, report = common.extract_and_check(
        tmp_path,
        {
            "herald.md": (
                "The Civic Union finished ahead of the Green Alliance by 14.1 percentage points, "
                "a lead of more than 113,000 votes. Its share of the vote rose by 6 points "
                "compared with 2021.\n"
            ),
            "wire.txt": (
                "The Civic Union won by 11 points, taking 37.5% of the vote, up 4.5 points on "
                "2021.\n"
            ),
        },
    )
    subjects = {c["value"]: c["subject"] for c in data["claims"]}
    # "11 points" of a share is read as percentage points, and both are a winner's margin.
    assert subjects["14.1 percentage_point"] == subjects["11 percentage_point"]
    assert subjects["11 percentage_point"] != subjects["4.5 percentage_point"]
    conflicts = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    assert any("11 percentage points vs 14.1 percentage points" in m for m in conflicts)


@pytest.mark.parametrize(
    ("text", "figure", "dimension"),
    [
        ("Electricity costs roughly 3.5 times the price of gas.", "roughly 3.5 times", "ratio"),
        ("The ratio of electricity to gas prices is roughly 3.5 times in Britain.",
         "roughly 3.5 times", "ratio"),
        ("Give the starter five times its weight in flour.", "five times", "ratio"),
        ("Its output is three times that of a gas boiler.", "three times", "ratio"),
        # How often: a count of times, whole or an average over a span.
        ("Feed the starter five times a day.", "five times a day", "count"),
        ("I have tried it five times.", "five times", "count"),
        ("Adults exercise 2.5 times a week on average.", "2.5 times a week", "count"),
        ("He called three times that week.", "three times", "count"),
    ],
)  # fmt: skip
def test_times_as_a_multiplier_or_a_count(text: str, figure: str, dimension: str) -> None:
    found = {m.text: m.dimension for m in find_mentions(text, WORDS)}
    assert found[figure] == dimension
